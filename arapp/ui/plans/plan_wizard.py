"""The plan wizard at the counter: set up an installment plan with the customer, show
the agreement, sign it, save it, print it.

Steps: what the plan covers → terms (with the live schedule) → cheques → the agreement
in the customer's language → signatures (on screen, or on paper later) → save and print.
Nothing is written before the last step's "Save plan", which is one service call
(``shop.plans.create``) keeping the plan, its installments, its cheques and the
agreement's exact PDF bytes together; printing and saving send those same bytes.
Enter goes on when the page is complete; Esc asks before dropping what was typed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from arapp.core.errors import UserError
from arapp.core.letters.filenames import safe_code
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.plan_records import PlanInput, PlanRecord
from arapp.core.services.records import ItemRecord
from arapp.ui import display
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.letters.pdf_output import ask_pdf_path, choose_printer, send_to_printer, write_pdf
from arapp.ui.ops.changes import Changes, announce
from arapp.ui.plans.agreement_page import AgreementPage
from arapp.ui.plans.cheques_page import ChequesPage
from arapp.ui.plans.finish_page import FinishPage
from arapp.ui.plans.items_page import ItemsPage
from arapp.ui.plans.schedule_table import lines_of
from arapp.ui.plans.sign_page import SignPage
from arapp.ui.plans.terms_page import TermsPage, city_of
from arapp.ui.plans.wizard_page import WizardPage
from arapp.ui.widgets.messages import user_message
from arapp.ui.widgets.money_edit import ErrorLabel
from arapp.ui.widgets.placement import place_window

ITEMS, TERMS, CHEQUES, AGREEMENT, SIGN, FINISH = range(6)


class PlanWizard(Retranslating, QDialog):
    """``saved`` holds the plan once "Save plan" has recorded it."""

    def __init__(self, shop: Shop, customer_id: int, parent: QWidget | None = None, *,
                 replaces: int | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer = shop.customers.get(customer_id)
        # A new version of a running plan covers what is left to pay of it (the service
        # decides that from ``replaces``; the first page shows it, all ticked).
        self.replaces = shop.plans.get(replaces) if replaces is not None else None
        business = shop.settings.business()
        self.currency = business.currency or "ILS"
        self.owner_name = business.owner_name or business.name
        self.saved: PlanRecord | None = None
        self.signed_at: str | None = None
        self._signed_for: tuple[PlanInput, str] | None = None
        self._printer: QPrinter | None = None

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.who = QLabel(self)
        self.items_page = ItemsPage(self._coverable(), self.currency, self,
                                    fixed=self.replaces is not None)
        self.terms_page = TermsPage(self.currency, city_of(business.address), self)
        self.cheques_page = ChequesPage(self.currency, self)
        self.agreement_page = AgreementPage(shop, self.customer.language or "he",
                                            self.plan_input, self)
        self.sign_page = SignPage(self)
        self.finish_page = FinishPage(shop, self)
        self.pages: list[WizardPage] = [self.items_page, self.terms_page, self.cheques_page,
                                        self.agreement_page, self.sign_page, self.finish_page]
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.stack.addWidget(page)
            page.completeChanged.connect(self._update_buttons)

        self.error = ErrorLabel(self)
        self.back_button = QPushButton(self)
        self.back_button.setAutoDefault(False)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.who)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.reject)
        self.finish_page.print_button.clicked.connect(lambda: self.print_agreement())
        self.finish_page.save_button.clicked.connect(lambda: self.save_pdf())

        place_window(self, QSize(1180, 720), "plan-wizard")
        self.retranslate()
        self._show_page(ITEMS)

    def _coverable(self) -> list[ItemRecord]:
        if self.replaces is None:
            return self.shop.plans.coverable_items(self.customer.id)
        theirs = {i.debit_id for i in self.replaces.installments}
        return [i for i in self.shop.payments.payable_items(self.customer.id) if i.id in theirs]

    # -- the plan as the pages have it ---------------------------------------------------
    def plan_input(self) -> PlanInput:
        """The plan as typed so far (the terms page must be complete)."""
        terms = self.terms_page.terms()
        assert terms is not None
        return PlanInput(
            customer_id=self.customer.id,
            first_due=terms.first_due,
            item_ids=self.items_page.item_ids() if self.replaces is None else (),
            replaces=self.replaces.id if self.replaces is not None else None,
            count=terms.count,
            amount_each=terms.amount_each,
            frequency=terms.frequency,
            down_payment=terms.down_payment,
            annual_rate=terms.annual_rate,
            grace_days=self.terms_page.grace.value(),
            cheques=self.cheques_page.cheques() if self.cheques_page.lines else (),
            guarantor=self.terms_page.guarantor(),
            place=self.terms_page.place_value(),
            plan_date=self.terms_page.plan_date,
        )

    def lang(self) -> str:
        return self.agreement_page.lang()

    # -- moving between pages ------------------------------------------------------------
    def index(self) -> int:
        return self.stack.currentIndex()

    def page(self) -> WizardPage:
        return self.pages[self.index()]

    def go_next(self) -> None:
        index = self.index()
        if index == FINISH:
            if self.saved is None:
                self.save_plan()
            else:
                self.accept()
            return
        if not self.page().is_complete():
            return
        self.error.show_message("")
        if index == ITEMS:
            self.terms_page.set_debt(self.items_page.debt())
        elif index == TERMS:
            assert self.terms_page.schedule is not None
            self.cheques_page.set_lines(lines_of(self.terms_page.schedule))
        elif index == CHEQUES:
            self.agreement_page.enter()
        elif index == AGREEMENT:
            guarantor = self.terms_page.guarantor()
            if self._signed_for not in (None, (self.plan_input(), self.lang())):
                # The owner went back and changed the agreement: what was signed is not it.
                self.sign_page.clear()
            self.sign_page.set_parties(self.customer.name, self.owner_name,
                                       guarantor.name if guarantor else None)
        elif index == SIGN:
            marks = self.sign_page.marks()
            self.signed_at = marks[0].signed_at if marks else None
            self._signed_for = (self.plan_input(), self.lang())
            self.finish_page.view.show_for(self.plan_input(), self.lang(), marks)
            self._show_finish_status()
        self._show_page(index + 1)

    def go_back(self) -> None:
        if self.index() > ITEMS and self.saved is None:
            self.error.show_message("")
            self._show_page(self.index() - 1)

    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self._update_heading()
        self._update_buttons()
        self.page().focus_first()

    def _update_heading(self) -> None:
        self.heading.setText(arg(self.tr("Step %1 of %2: %3"), str(self.index() + 1),
                                 str(len(self.pages)), self.page().title()))

    def _update_buttons(self) -> None:
        index = self.index()
        self.back_button.setEnabled(index > ITEMS and self.saved is None)
        if index == FINISH:
            self.next_button.setText(self.tr("&Close") if self.saved else self.tr("Save &plan"))
            self.next_button.setEnabled(self.saved is not None or self.page().is_complete())
        else:
            self.next_button.setText(self.tr("&Next"))
            self.next_button.setEnabled(self.page().is_complete())
        self.cancel_button.setEnabled(self.saved is None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter goes on only when the page is complete (QDialog would press the default
        # button, which is disabled then, and Qt would beep or do nothing).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            if self.next_button.isEnabled():
                self.go_next()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- saving, printing ----------------------------------------------------------------
    def save_plan(self) -> PlanRecord | None:
        """Save the plan with the agreement shown (one service call); None (said why)
        when the service refused."""
        view = self.finish_page.view
        view.wait()
        if view.draft is None or view.pdf is None:
            return None
        # Signed on paper is marked when the signed copy comes back
        # (shop.plans.mark_signed_on_paper); until then the kept agreement is unsigned.
        signed = "screen" if self.sign_page.signing_on_screen() else ""
        try:
            self.saved = self.shop.plans.create(
                view.draft.input,
                agreement_pdf=view.pdf,
                agreement_lang=self.lang(),
                signed=signed,
                signed_at=self.signed_at if signed else None,
                draft_number=view.draft.number,
            )
        except UserError as exc:
            self.error.show_message(user_message(exc))
            return None
        announce(Changes(customers=frozenset({self.customer.id}), ledger=True))
        self.finish_page.set_saved(True)
        self._show_finish_status()
        self._update_buttons()
        self.finish_page.focus_first()
        return self.saved

    def _show_finish_status(self) -> None:
        page = self.finish_page
        paper = not self.sign_page.signing_on_screen()
        if self.saved is None:
            page.status.setText(self.tr(
                "This is the agreement as it will be kept. \"Save plan\" records the plan, "
                "its installments and cheques, and this agreement."))
            return
        page.status.setText(arg(self.tr("Plan %1 saved."), display.isolate(self.saved.number)))
        if paper:
            page.notice.setText(self.tr(
                "Print the agreement and have it signed; then mark it signed on the "
                "customer's plan."))

    def _suggested_name(self) -> str:
        number = self.saved.number if self.saved else "plan"
        return f"{safe_code(self.customer.code)}_plan_{safe_code(number)}_{date.today()}.pdf"

    def print_agreement(self, printer: QPrinter | None = None) -> bool:
        """Print the kept agreement (the same bytes); False if nothing printed."""
        pdf = self.finish_page.view.pdf
        if self.saved is None or pdf is None:
            return False
        if printer is None:
            if self._printer is None:
                self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer = self._printer
            if not choose_printer(self, printer, pdf, self._suggested_name(),
                                  self.tr("Print the agreement")):
                return False
        pages = send_to_printer(self, pdf, printer)
        if pages is None:
            return False
        where = printer.outputFileName() or printer.printerName()
        self.finish_page.notice.setText(
            arg(self.tr("Printed: %1 page(s) to %2."), str(pages), display.ltr(where)))
        return True

    def save_pdf(self, path: str | Path | None = None) -> bool:
        """Write the kept agreement's bytes to ``path`` (asked for when None)."""
        pdf = self.finish_page.view.pdf
        if self.saved is None or pdf is None:
            return False
        if path is None:
            path = ask_pdf_path(self, self._suggested_name(),
                                self.tr("Save the agreement as PDF"))
            if path is None:
                return False
        if not write_pdf(self, path, pdf):
            return False
        self.finish_page.notice.setText(arg(self.tr("Saved to %1."), display.ltr(str(path))))
        return True

    # -- leaving -------------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """Whether the owner means to drop the plan typed so far ("keep editing" is the
        default, so a second Esc does not lose it)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard the plan?"))
        box.setText(self.tr("The plan has not been saved. Discard what you typed?"))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def reject(self) -> None:
        if self.saved is None and self.index() > ITEMS and not self.confirm_discard():
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.saved is not None:
            result = QDialog.DialogCode.Accepted
        super().done(result)

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.replaces is None:
            self.setWindowTitle(arg(self.tr("Installment plan for %1"), self.customer.name))
        else:
            self.setWindowTitle(arg(self.tr("New version of plan %1 for %2"),
                                    self.replaces.number, self.customer.name))
        self.who.setText(arg(
            self.tr("%1 (%2) — balance %3"), display.isolate(self.customer.name),
            display.isolate(self.customer.code),
            display.money(self.customer.balance, self.currency)))
        self.back_button.setText(self.tr("&Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update_heading()
        self._update_buttons()
        if self.index() == FINISH:
            self._show_finish_status()


def open_plan_wizard(parent: QWidget, shop: Shop, customer_id: int, *,
                     replaces: int | None = None) -> PlanRecord | None:
    """Run the wizard for the customer (``replaces``: the running plan whose terms a new
    version changes); the plan saved, or None if none was."""
    wizard = PlanWizard(shop, customer_id, parent, replaces=replaces)
    wizard.exec()
    return wizard.saved
