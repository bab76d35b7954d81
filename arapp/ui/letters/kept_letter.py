"""One letter from the customer's file, exactly as it was sent: the stored bytes (checked
against their SHA-256) shown, reprinted or saved again, and the reprint or save noted on
the letter (``shop.letters.mark_delivered``). Nothing is drafted or rendered again."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from arapp.core.errors import UserError
from arapp.core.letters.filenames import safe_code
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.letters import PRINTED, SAVED
from arapp.ui import display
from arapp.ui.i18n.labels import letter_kind_name
from arapp.ui.i18n.language import NATIVE_NAMES
from arapp.ui.letters.pdf_output import ask_pdf_path, choose_printer, send_to_printer, write_pdf
from arapp.ui.letters.print_preview import PdfPreview
from arapp.ui.ops.changes import Changes, announce
from arapp.ui.ops.query import QueryHandle, run_query, show_failure, wait_for_queries
from arapp.ui.widgets.messages import user_message


class KeptLetterDialog(QDialog):
    """``delivered`` lists how the letter went out again while the dialog was open
    (``"printed"``, ``"saved"``)."""

    def __init__(self, shop: Shop, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.document_id = document_id
        self.record = shop.letters.document(document_id)
        self.customer = shop.customers.get(self.record.customer_id)
        self.pdf: bytes | None = None
        self.delivered: list[str] = []

        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PdfPreview(self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: self.print_letter())
        self.save_button.clicked.connect(lambda: self.save_pdf())

        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setWindowTitle(
            arg(self.tr("%1 to %2"), letter_kind_name(self.record.kind), self.customer.name)
        )
        self._show_about()
        self.resize(760, 660)
        self._loading: QueryHandle = run_query(
            shop, lambda: shop.letters.pdf(document_id), self._show_pdf, self._show_problem
        )

    def _show_about(self) -> None:
        r = self.record
        parts = [display.day(r.letter_date), NATIVE_NAMES.get(r.lang, r.lang)]
        if r.amount:
            parts.append(display.money(r.amount, self.shop.settings.currency))
        if r.printed_at:
            parts.append(arg(self.tr("printed %1"), _moment(r.printed_at)))
        if r.saved_at:
            parts.append(arg(self.tr("saved %1"), _moment(r.saved_at)))
        if not (r.printed_at or r.saved_at):
            parts.append(self.tr("not recorded whether printed or saved"))
        self.about.setText(" · ".join(parts))

    def _show_pdf(self, pdf: bytes) -> None:
        if not isValid(self):
            return
        self.pdf = pdf
        self.preview.set_pdf(pdf)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.print_button.setDefault(True)

    def _show_problem(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        if not isinstance(exc, UserError):
            show_failure(self)(exc)  # a bug: to the exception hook
            return
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(user_message(exc))

    def wait_loaded(self) -> None:
        """Block until the stored letter has been read and shown (tests, scripts)."""
        wait_for_queries()
        while not self._loading.done:
            QCoreApplication.processEvents()

    # -- print / save ------------------------------------------------------------------
    def suggested_name(self) -> str:
        r = self.record
        return f"{safe_code(self.customer.code)}_{r.kind}_{r.letter_date.isoformat()}.pdf"

    def print_letter(self, printer: QPrinter | None = None) -> bool:
        """Print the stored bytes (on ``printer``, else on the one the owner picks)."""
        if self.pdf is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if not choose_printer(self, printer, self.pdf, self.suggested_name()):
                return False
        pages = send_to_printer(self, self.pdf, printer)
        if pages is None:
            return False
        where = printer.outputFileName() or printer.printerName()
        self._note(PRINTED, arg(self.tr("Printed again: %1 page(s) to %2."), str(pages),
                                display.ltr(where)))
        return True

    def save_pdf(self, path: str | Path | None = None) -> bool:
        """Save the stored bytes to ``path`` (asked for when None)."""
        if self.pdf is None:
            return False
        if path is None:
            path = ask_pdf_path(self, self.suggested_name())
            if path is None:
                return False
        if not write_pdf(self, path, self.pdf):
            return False
        self._note(SAVED, arg(self.tr("Saved to %1."), display.ltr(str(path))))
        return True

    def _note(self, how: str, done: str) -> None:
        try:
            [self.record] = self.shop.letters.mark_delivered(self.document_id, how)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), user_message(exc))
            return
        self.delivered.append(how)
        self.status.setStyleSheet("")
        self.status.setText(done)
        self._show_about()
        announce(Changes(customers=frozenset({self.record.customer_id}), letters=True))


def _moment(at: str) -> str:
    """``2026-06-30T10:15:00`` as the reader writes the day, with the time."""
    moment = datetime.fromisoformat(at)
    return f"{display.day(moment.date())} {moment:%H:%M}"
