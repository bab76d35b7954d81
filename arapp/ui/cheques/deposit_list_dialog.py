"""The printable deposit list from the Cheques screen: the deposits of a period (today by
default) in the chosen language, previewed as the same PDF bytes that are printed or
saved (``shop.deposit_lists`` decides what it lists; ``arapp.documents`` draws it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arapp.core.errors import UserError
from arapp.core.services import Shop
from arapp.documents.render import render_document
from arapp.ui.i18n.language import NATIVE_NAMES, current_language
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.letters.pdf_output import ask_pdf_path, choose_printer, send_to_printer, write_pdf
from arapp.ui.letters.print_preview import PdfPreview
from arapp.ui.widgets.date_edit import DateEdit
from arapp.ui.widgets.messages import user_message
from arapp.ui.widgets.money_edit import ErrorLabel
from arapp.ui.widgets.placement import place_window


class DepositListDialog(Retranslating, QDialog):
    """``pdf`` holds the list shown (None when there is nothing to list)."""

    def __init__(self, shop: Shop, parent: QWidget | None = None,
                 start: date | None = None, end: date | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.pdf: bytes | None = None
        today = date.today()
        self.from_label = QLabel(self)
        self.start = DateEdit(start or today, self)
        self.to_label = QLabel(self)
        self.end = DateEdit(end or start or today, self)
        self.lang_label = QLabel(self)
        self.lang = QComboBox(self)
        for code, name in NATIVE_NAMES.items():
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(max(self.lang.findData(current_language()), 0))
        self.problem = ErrorLabel(self)
        self.preview = PdfPreview(self)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: self.print_list())
        self.save_button.clicked.connect(lambda: self.save_pdf())

        row = QHBoxLayout()
        for widget in (self.from_label, self.start, self.to_label, self.end, self.lang_label,
                       self.lang):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.lang.currentIndexChanged.connect(lambda _i: self.refresh())
        place_window(self, QSize(760, 680), "deposit_list")
        self.retranslate()
        self.refresh()

    def language(self) -> str:
        return str(self.lang.currentData())

    def refresh(self) -> None:
        """Draw the list again for the period and language chosen."""
        self.pdf = None
        self.problem.show_message("")
        if self.start.is_valid() and self.end.is_valid():
            try:
                ids = self.shop.deposit_lists.deposit_ids(self.start.value(), self.end.value())
                data = self.shop.deposit_lists.document(ids, self.language())
            except UserError as exc:
                self.problem.show_message(user_message(exc))
            else:
                self.pdf = render_document(data)
        if self.pdf is None:
            self.preview.clear()
        else:
            self.preview.set_pdf(self.pdf)
        for button in (self.print_button, self.save_button):
            button.setEnabled(self.pdf is not None)

    def suggested_name(self) -> str:
        return f"deposits_{self.start.value().isoformat()}_{self.end.value().isoformat()}.pdf"

    def print_list(self, printer: QPrinter | None = None) -> bool:
        if self.pdf is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if not choose_printer(self, printer, self.pdf, self.suggested_name(),
                                  self.tr("Print the deposit list")):
                return False
        return send_to_printer(self, self.pdf, printer) is not None

    def save_pdf(self, path: str | Path | None = None) -> bool:
        if self.pdf is None:
            return False
        if path is None:
            path = ask_pdf_path(self, self.suggested_name(),
                                self.tr("Save the deposit list as PDF"))
            if path is None:
                return False
        return write_pdf(self, path, self.pdf)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cheque deposit list"))
        self.from_label.setText(self.tr("Deposited from"))
        self.to_label.setText(self.tr("to"))
        self.lang_label.setText(self.tr("Language of the list"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
