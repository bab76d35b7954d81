"""One kept agreement of a plan, exactly as it was made: the stored bytes
(``shop.plans.agreement_pdf``, checked against their SHA-256 by the service) shown,
printed again or saved. Nothing is drafted or rendered again, so a reprint is
byte-identical to what the customer signed. Printing and saving go the one way every
PDF leaves a dialog (:mod:`arapp.ui.letters.pdf_output`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from arapp.core.errors import UserError
from arapp.core.letters.filenames import safe_code
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.plan_records import AgreementRecord, PlanRecord
from arapp.ui import display
from arapp.ui.i18n.labels import signed_how_name
from arapp.ui.i18n.language import NATIVE_NAMES
from arapp.ui.letters.pdf_output import ask_pdf_path, choose_printer, send_to_printer, write_pdf
from arapp.ui.letters.print_preview import PdfPreview
from arapp.ui.ops.query import QueryHandle, run_query, show_failure, wait_for_queries
from arapp.ui.plans.plan_columns import moment
from arapp.ui.widgets.messages import user_message


class KeptAgreementDialog(QDialog):
    """``delivered`` lists how the agreement went out while the dialog was open
    (``"printed"``, ``"saved"``); ``pdf`` holds the kept bytes once read."""

    def __init__(
        self,
        shop: Shop,
        plan: PlanRecord,
        agreement: AgreementRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.plan = plan
        self.agreement = agreement
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
        self.print_button.clicked.connect(lambda: self.print_agreement())
        self.save_button.clicked.connect(lambda: self.save_pdf())

        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setWindowTitle(
            arg(
                self.tr("Agreement %1 (version %2) — %3"),
                display.ltr(plan.number),
                str(agreement.version),
                plan.customer_name,
            )
        )
        self._show_about()
        self.resize(760, 660)
        self._loading: QueryHandle = run_query(
            shop,
            lambda: shop.plans.agreement_pdf(agreement.id),
            self._show_pdf,
            self._show_problem,
        )

    def _show_about(self) -> None:
        a = self.agreement
        parts = [moment(a.created_at), NATIVE_NAMES.get(a.lang, a.lang), signed_how_name(a.signed)]
        if a.scan_name:
            parts.append(arg(self.tr("scan: %1"), display.isolate(a.scan_name)))
        parts.append(arg(self.tr("SHA-256 %1…"), display.ltr(a.sha256[:12])))
        self.about.setText(" · ".join(p for p in parts if p))

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
        self.status.setStyleSheet(f"color: {display.DANGER.name()};")
        self.status.setText(user_message(exc))

    def wait_loaded(self) -> None:
        """Block until the kept agreement has been read and shown (tests, scripts)."""
        wait_for_queries()
        while not self._loading.done:
            QCoreApplication.processEvents()

    # -- print / save ------------------------------------------------------------------
    def suggested_name(self) -> str:
        code = safe_code(self.plan.customer_code)
        number = safe_code(self.plan.number)
        return f"{code}_agreement_{number}_v{self.agreement.version}.pdf"

    def print_agreement(self, printer: QPrinter | None = None) -> bool:
        """Print the kept bytes (on ``printer``, else on the one the owner picks)."""
        if self.pdf is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            title = self.tr("Print the agreement")
            if not choose_printer(self, printer, self.pdf, self.suggested_name(), title):
                return False
        pages = send_to_printer(self, self.pdf, printer)
        if pages is None:
            return False
        where = printer.outputFileName() or printer.printerName()
        self._done("printed", arg(self.tr("Printed: %1 page(s) to %2."), str(pages),
                                  display.ltr(where)))
        return True

    def save_pdf(self, path: str | Path | None = None) -> bool:
        """Save the kept bytes to ``path`` (asked for when None)."""
        if self.pdf is None:
            return False
        if path is None:
            path = ask_pdf_path(self, self.suggested_name(), self.tr("Save the agreement as PDF"))
            if path is None:
                return False
        if not write_pdf(self, path, self.pdf):
            return False
        self._done("saved", arg(self.tr("Saved to %1."), display.ltr(str(path))))
        return True

    def _done(self, how: str, text: str) -> None:
        self.delivered.append(how)
        self.status.setStyleSheet("")
        self.status.setText(text)
