"""The first-run wizard's import page: pick the customers, invoices and payments files,
then import them in that order when the owner presses Finish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from arapp.core.services import Shop
from arapp.ui.import_files import IMPORT_ORDER, import_files, kind_title, summary_text
from arapp.ui.widgets.money_edit import ErrorLabel
from arapp.ui.widgets.wrapping_label import WrappingLabel


class FilePicker(QWidget):
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ImportPage(QWizardPage):
    """Finish imports the chosen files; a refused file keeps the wizard on this page."""

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.pickers: dict[str, FilePicker] = {}
        self.captions: dict[str, QLabel] = {}
        self.columns_note = WrappingLabel(parent=self)
        grid = QGridLayout()
        for row, kind in enumerate(IMPORT_ORDER):
            caption = QLabel(self)
            picker = FilePicker(self)
            caption.setBuddy(picker.browse)
            picker.changed.connect(self.completeChanged)
            grid.addWidget(caption, row, 0)
            grid.addWidget(picker, row, 1)
            self.pickers[kind], self.captions[kind] = picker, caption
        grid.setColumnStretch(1, 1)
        self.result_label = WrappingLabel(parent=self)
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns_note)
        layout.addLayout(grid)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def files(self) -> dict[str, Path]:
        return {kind: p.path() for kind, p in self.pickers.items() if p.path() is not None}  # type: ignore[misc]

    def isComplete(self) -> bool:
        return bool(self.files())

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        outcome = import_files(self, self.shop, self.files())
        self.result_label.setText(summary_text(outcome))
        if outcome.cancelled:
            self.error.show_message(self.tr("The import was cancelled."))
        elif not outcome.ok:
            self.error.show_message(
                self.tr("%1 was not imported. Fix the file and press Finish again.").replace(
                    "%1", kind_title(str(outcome.failed))
                )
            )
        else:
            self.error.show_message("")
        return outcome.ok

    def retranslate(self) -> None:
        self.setTitle(self.tr("Import from Excel or CSV"))
        self.setSubTitle(
            self.tr(
                "Choose one file of each kind you have. They are imported in "
                "this order: customers, invoices, payments."
            )
        )
        self.columns_note.setText(
            self.tr(
                "The first row holds the column names, in Hebrew, Arabic or English. A file with "
                "a mistake imports nothing and lists every row to fix."
            )
        )
        for kind, caption in self.captions.items():
            caption.setText(kind_title(kind) + ":")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
