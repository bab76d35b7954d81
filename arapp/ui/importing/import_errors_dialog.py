"""Every problem of a refused import file, one row each, as the owner will fix them in Excel:
row number (as Excel shows it), column, and what is wrong. "Copy" puts the list on the
clipboard for an e-mail to whoever keeps the spreadsheet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arapp.core.errors import ImportRowError
from arapp.core.placeholders import arg
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.widgets.messages import reason_text
from arapp.ui.widgets.placement import place_window
from arapp.ui.widgets.record_table import Column, RecordTableModel
from arapp.ui.widgets.wrapping_label import WrappingLabel


def _columns() -> list[Column[ImportRowError]]:
    return [
        Column(
            lambda: QCoreApplication.translate("ImportErrorsDialog", "Row"),
            lambda e: "" if e.row is None else e.row,
            "number",
        ),
        Column(
            lambda: QCoreApplication.translate("ImportErrorsDialog", "Column"),
            lambda e: e.column or "",
        ),
        Column(
            lambda: QCoreApplication.translate("ImportErrorsDialog", "Problem"),
            lambda e: reason_text(e),
            tooltip=lambda e: e.reason,
        ),
    ]


class ImportErrorsDialog(Retranslating, QDialog):
    def __init__(
        self, file_name: str, errors: Sequence[ImportRowError], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.file_name = file_name
        self.errors = list(errors)
        self.summary = WrappingLabel(parent=self)
        self.model: RecordTableModel[ImportRowError] = RecordTableModel(_columns(), parent=self)
        self.model.set_rows(self.errors)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        place_window(self, QSize(760, 440), "import_errors")
        self.retranslate()

    def as_text(self) -> str:
        lines = [self.summary.text()]
        for e in self.errors:
            lines.append("\t".join(["" if e.row is None else str(e.row), e.column or "", e.reason]))
        return "\n".join(lines)

    def copy_to_clipboard(self) -> None:
        QApplication.clipboard().setText(self.as_text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nothing was imported"))
        self.summary.setText(
            arg(
                self.tr(
                    "%1 was not imported: %2 problem(s) found. Fix them in the file and "
                    "import it again; rows already in the shop are skipped."
                ),
                self.file_name,
                str(len(self.errors)),
            )
        )
        self.copy_button.setText(self.tr("&Copy list"))
        self.model.refresh_display()
