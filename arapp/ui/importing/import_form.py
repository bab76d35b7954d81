"""The Excel/CSV import form shared by the first-run wizard's import page and the main
window's import dialog: what to expect, one file picker per kind (customers, invoices,
payments), and under them what the last import did.

The form only collects paths and shows an outcome; its owner runs
:func:`arapp.ui.importing.import_files.import_files` when its own button (Finish, Import) is
pressed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arapp.core.placeholders import arg
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.importing.import_files import IMPORT_ORDER, ImportOutcome, kind_title, summary_text
from arapp.ui.widgets.money_edit import ErrorLabel
from arapp.ui.widgets.wrapping_label import WrappingLabel


class FilePicker(Retranslating, QWidget):
    """A read-only path with "Browse…" and "Clear"; the file is only read on import."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.browse = QPushButton(self)
        self.clear = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.clear.clicked.connect(lambda: self.set_path(None))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path_edit, 0, 0)
        layout.addWidget(self.browse, 0, 1)
        layout.addWidget(self.clear, 0, 2)
        layout.setColumnStretch(0, 1)
        self.retranslate()
        self.set_path(None)

    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.path_edit.setText("" if path is None else str(path))
        self.clear.setEnabled(path is not None)
        self.changed.emit()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if name:
            self.set_path(Path(name))

    def retranslate(self) -> None:
        self.browse.setText(self.tr("Browse…"))
        self.clear.setText(self.tr("Clear"))
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))


def intro_text() -> str:
    """One file of each kind, and the order they go in (the wizard shows it as the page's
    subtitle, the dialog above the pickers)."""
    return QCoreApplication.translate(
        "ImportFilesForm",
        "Choose one file of each kind you have. They are imported in "
        "this order: customers, invoices, payments.",
    )


class ImportFilesForm(Retranslating, QWidget):
    """``changed`` is emitted whenever a file is chosen or cleared.

    With ``intro=False`` the form leaves out :func:`intro_text` (a wizard page shows it as
    its subtitle instead).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, intro: bool = True) -> None:
        super().__init__(parent)
        self.pickers: dict[str, FilePicker] = {}
        self.captions: dict[str, QLabel] = {}
        self._outcome: ImportOutcome | None = None
        self._refused: Callable[[], str] | None = None
        self.intro = WrappingLabel(parent=self) if intro else None
        self.columns_note = WrappingLabel(parent=self)
        grid = QGridLayout()
        for row, kind in enumerate(IMPORT_ORDER):
            caption = QLabel(self)
            picker = FilePicker(self)
            caption.setBuddy(picker.browse)
            picker.changed.connect(self.changed)
            grid.addWidget(caption, row, 0)
            grid.addWidget(picker, row, 1)
            self.pickers[kind], self.captions[kind] = picker, caption
        grid.setColumnStretch(1, 1)
        self.result_label = WrappingLabel(parent=self)
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.intro is not None:
            layout.addWidget(self.intro)
        layout.addWidget(self.columns_note)
        layout.addLayout(grid)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        self.retranslate()

    def files(self) -> dict[str, Path]:
        """The chosen files, kind → path, without the kinds left empty."""
        return {kind: p.path() for kind, p in self.pickers.items() if p.path() is not None}  # type: ignore[misc]

    def show_outcome(self, outcome: ImportOutcome, refused: Callable[[], str]) -> None:
        """Show what was imported, and why the run stopped if it did. ``refused()`` is the
        owner's "%1 was not imported…" line (it names the owner's own button), called
        again after a language switch."""
        self._outcome, self._refused = outcome, refused
        self._show_outcome()

    def _show_outcome(self) -> None:
        outcome, refused = self._outcome, self._refused
        if outcome is None or refused is None:
            return
        self.result_label.setText(summary_text(outcome))
        if outcome.cancelled:
            self.error.show_message(self.tr("The import was cancelled."))
        elif not outcome.ok:
            self.error.show_message(arg(refused(), kind_title(str(outcome.failed))))
        else:
            self.error.show_message("")

    def retranslate(self) -> None:
        if self.intro is not None:
            self.intro.setText(intro_text())
        self.columns_note.setText(
            self.tr(
                "The first row holds the column names, in Hebrew, Arabic or English. A file with "
                "a mistake imports nothing and lists every row to fix."
            )
        )
        for kind, caption in self.captions.items():
            caption.setText(kind_title(kind) + ":")
        self._show_outcome()
