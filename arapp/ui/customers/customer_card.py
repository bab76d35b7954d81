"""One customer's card: who, how much, how late, what was paid, which installment plans
run, which letters went out, and the actions at the counter (new invoice, record payment,
new installment plan, void, print a letter).

A window of its own so the owner can keep the list open beside it; everything shown is
read again from the services whenever the app announces a change that touches this
customer (:mod:`arapp.ui.ops.changes`), its own dialogs' included.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arapp.core.aging import AgingRow
from arapp.core.collection.risk import RiskSummary
from arapp.core.money import ZERO
from arapp.core.placeholders import arg
from arapp.core.services import Shop, clock
from arapp.core.services.plan_records import Coverage
from arapp.core.services.records import CreditRecord, ItemRecord
from arapp.ui import display, prefs
from arapp.ui.customers.card_letters import SentLetters
from arapp.ui.customers.card_parts import AgingStrip, RecordTable, credit_columns, item_columns
from arapp.ui.customers.card_plans import PlansTab
from arapp.ui.customers.risk_text import risk_line
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.ledger.void_dialog import VoidDialog
from arapp.ui.ops.changes import Changes, announce, change_bus
from arapp.ui.widgets.placement import place_window
from arapp.ui.widgets.wrapping_label import WrappingLabel


class CustomerCard(Retranslating, QWidget):
    def __init__(self, shop: Shop, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.shop = shop
        self.customer_id = customer_id
        self.customer = shop.customers.get(customer_id)
        # The header's balance is this row's total: one reading of the ledger, one figure
        # (read by reload() below, before the card is shown).
        self.position = AgingRow()
        # Read once: re-labelling after a language switch must not need the database.
        self.currency = currency = shop.settings.currency

        self.name_label = QLabel(self)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.flags_label = QLabel(self)
        self.balance_label = QLabel(self)
        self.balance_label.setFont(font)
        # Debt, covered by cheques in hand, uncovered: shown only while cheques are in hand.
        self.coverage = Coverage(ZERO, ZERO)
        self.coverage_label = QLabel(self)
        self.coverage_label.setAlignment(display.NUMBER_ALIGNMENT)
        self.details_label = WrappingLabel(parent=self)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The risk summary from the customer's history (shop.risk, issue #20).
        self.risk: RiskSummary | None = None
        self.risk_label = WrappingLabel(parent=self)
        self.aging = AgingStrip(currency, self)

        self.invoice_action = QAction(self)
        self.invoice_action.setShortcut(QKeySequence("Ctrl+I"))
        self.payment_action = QAction(self)
        self.payment_action.setShortcut(QKeySequence("Ctrl+P"))
        self.new_plan_action = QAction(self)
        self.new_plan_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.void_action = QAction(self)
        self.letter_action = QAction(self)
        self.letter_action.setShortcut(QKeySequence("Ctrl+L"))
        self.edit_action = QAction(self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.confirmation_action = QAction(self)
        self.handover_action = QAction(self)  # hand over, or take back once handed over
        # Issue #20: everything a lawyer needs, in one ZIP.
        self.casefile_action = QAction(self)
        # Issue #20: log a call, a visit, a promise… in a few keystrokes.
        self.log_action = QAction(self)
        self.log_action.setShortcut(QKeySequence("Ctrl+K"))
        close_action = QAction(self)
        close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close_action.triggered.connect(self.close)
        self.addAction(close_action)
        buttons = QHBoxLayout()
        # The row of action buttons; other features add theirs with add_action_button.
        self.action_row = buttons
        # The everyday actions as buttons; the rarer ones under "More": in Hebrew and
        # Arabic all of them side by side made the card wider than a 1366-pixel screen.
        everyday = (self.log_action, self.invoice_action, self.payment_action,
                    self.new_plan_action, self.letter_action, self.edit_action)
        rarer = (self.void_action, self.confirmation_action, self.handover_action,
                 self.casefile_action)
        for action in (*everyday, *rarer):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        for action in everyday:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        from arapp.ui.messages.messages_menu import MessagesButton

        self.messages_button = MessagesButton(shop, customer_id, self)
        buttons.addWidget(self.messages_button)
        self.more_button = QToolButton(self)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        more.addActions(list(rarer))
        self.more_button.setMenu(more)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)

        self.invoices = RecordTable(item_columns(self), currency, self)
        self.show_closed = QCheckBox(self)
        self.payments = RecordTable(credit_columns(self), currency, self)
        self.show_void = QCheckBox(self)
        # Read from shop.plans when the tab is first shown after a change (most cards are
        # opened for the invoices, and a plan's records take a few queries to build).
        self.plans = PlansTab(shop, customer_id, currency, self.new_plan_action, self)
        self._plans_stale = True
        self.letters = SentLetters(shop, self)  # filled from shop.letters; Open… reprints
        # The register's panel over this customer's cheques (it follows the change bus).
        from arapp.ui.cheques.cheques_view import ChequesPanel

        self.cheques = ChequesPanel(shop, self, customer_id=customer_id)
        self.cheques.set_filter("all")
        self.returned_cheques = 0  # cheques the bank ever returned: a flag in the header
        self._documents: list[Any] = []
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_with_option(self.invoices, self.show_closed), "")
        self.tabs.addTab(_with_option(self.payments, self.show_void), "")
        self.tabs.addTab(self.plans, "")
        self.tabs.addTab(self.cheques, "")
        self.tabs.addTab(self.letters, "")
        from arapp.ui.collection.timeline_tab import TimelineTab

        self.timeline = TimelineTab(shop, customer_id, self)
        self.timeline.log_button.clicked.connect(self.log_action.trigger)
        self.tabs.addTab(self.timeline, "")

        head = QHBoxLayout()
        head.addWidget(self.name_label)
        head.addWidget(self.flags_label)
        head.addStretch(1)
        head.addWidget(self.coverage_label)
        head.addSpacing(12)
        head.addWidget(self.balance_label)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.details_label)
        layout.addWidget(self.risk_label)
        layout.addWidget(self.aging)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)

        self.invoice_action.triggered.connect(self.new_invoice)
        self.payment_action.triggered.connect(lambda: self.record_payment())
        self.new_plan_action.triggered.connect(lambda: self.new_plan())
        self.void_action.triggered.connect(self.void_selected)
        self.letter_action.triggered.connect(self.print_letter)
        self.edit_action.triggered.connect(self.edit_customer)
        self.confirmation_action.triggered.connect(self.print_confirmation)
        self.log_action.triggered.connect(lambda: self.log_contact())
        self.handover_action.triggered.connect(self.hand_over_or_take_back)
        self.casefile_action.triggered.connect(lambda: self.export_case_file())
        self.show_closed.toggled.connect(self.reload)
        self.show_void.toggled.connect(self.reload)
        self.tabs.currentChanged.connect(self._update_actions)
        self.tabs.currentChanged.connect(self._load_plans_if_shown)
        for table in (self.invoices, self.payments):
            table.selectionModel().selectionChanged.connect(self._update_actions)

        place_window(self, QSize(980, 640), "card")
        self.retranslate()
        self.reload()
        change_bus().changed.connect(self._on_changes)

    # -- data --------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if self.shop.closed:
            return
        if changes.settings:
            self._set_currency(self.shop.settings.currency)
        if changes.touches(self.customer_id) or changes.settings:
            self.reload()

    def _set_currency(self, currency: str) -> None:
        self.currency = currency
        self.aging.currency = currency
        self.invoices.records.currency = currency
        self.payments.records.currency = currency
        self.plans.set_currency(currency)

    def reload(self) -> None:
        """Read the customer, aging, items, payments and letters again."""
        self.customer = self.shop.customers.get(self.customer_id)
        self.position = self.shop.aging.customer(self.customer_id, date.today())
        self.aging.set_row(self.position)
        closed = self.show_closed.isChecked()
        self.invoices.records.set_rows(
            self.shop.invoices.for_customer(
                self.customer_id, open_only=not closed, include_void=closed
            )
        )
        self.payments.records.set_rows(
            self.shop.payments.for_customer(
                self.customer_id, include_void=self.show_void.isChecked()
            )
        )
        self.coverage = self.shop.plans.coverage(self.customer_id)
        self.returned_cheques = self.shop.cheques.returned_count(self.customer_id)
        self.risk = self.shop.risk.summary(self.customer_id, clock.today())
        self._plans_stale = True
        self._load_plans_if_shown()
        self._load_letters()
        self.timeline.load()
        self._show_header()
        self._update_actions()

    def _load_plans_if_shown(self, *_args: object) -> None:
        if self._plans_stale and self.tabs.currentWidget() is self.plans:
            self._plans_stale = False
            self.plans.show_plans(self.shop.plans.for_customer(self.customer_id))

    def _load_letters(self) -> None:
        service = getattr(self.shop, "letters", None)
        documents_for = getattr(service, "documents_for", None)
        self._documents = list(documents_for(self.customer_id)) if documents_for else []
        self._show_letters()

    def _show_letters(self) -> None:
        # From the loaded records only: a language switch re-labels without a query.
        self.letters.show_documents(self._documents, self.currency)

    def _show_header(self) -> None:
        c = self.customer
        self.setWindowTitle(arg(self.tr("%1 — customer card"), c.name))
        self.name_label.setText(c.name)
        flags = []
        if c.stop_credit:
            flags.append(self.tr("Stop credit"))
        if c.over_limit:
            flags.append(self.tr("Over credit limit"))
        if self.returned_cheques:
            flags.append(arg(self.tr("Returned cheques: %1"), str(self.returned_cheques)))
        if c.handed_over_on is not None:
            flags.append(arg(self.tr("Handed over to %1 on %2"),
                             display.isolate(c.handed_over_to), display.day(c.handed_over_on)))
        self.flags_label.setText("  ·  ".join(flags))
        self.flags_label.setStyleSheet(f"color: {display.DANGER.name()}; font-weight: bold;")
        balance = display.money(self.position.total, self.currency)
        self.balance_label.setText(arg(self.tr("Balance: %1"), balance))
        cover = self.coverage
        self.coverage_label.setVisible(cover.covered > 0)
        if cover.covered > 0:
            self.coverage_label.setText(
                arg(
                    self.tr("Debt %1 · covered by cheques in hand %2 · uncovered %3"),
                    display.money(cover.debt, self.currency),
                    display.money(cover.covered, self.currency),
                    display.money(cover.uncovered, self.currency),
                )
            )
        parts = [arg(self.tr("Code: %1"), display.isolate(c.code))]
        if c.phones:
            parts.append(arg(self.tr("Phone: %1"), display.isolate(c.phones)))
        if c.email:
            parts.append(arg(self.tr("Email: %1"), display.isolate(c.email)))
        if c.id_number:
            parts.append(arg(self.tr("ID: %1"), display.isolate(c.id_number)))
        if c.address:
            parts.append(arg(self.tr("Address: %1"), display.isolate(c.address)))
        parts.append(arg(self.tr("Terms: %1 days"), str(c.payment_terms_days)))
        if c.credit_limit is not None:
            limit = display.money(c.credit_limit, self.currency)
            parts.append(arg(self.tr("Credit limit: %1"), limit))
        self.details_label.setText("   ·   ".join(parts))
        risk = risk_line(self.risk, returned_cheques=False)  # those are a flag above
        self.risk_label.setText(risk)
        self.risk_label.setVisible(bool(risk))  # no empty line under the details
        self.handover_action.setText(
            self.tr("Take the file &back…") if c.handed_over_on else self.tr("&Hand over…")
        )
        self.handover_action.setToolTip(self.tr("Hand the file to a lawyer or a collection agency"))

    # -- selection ---------------------------------------------------------------------
    def selected_item(self) -> ItemRecord | CreditRecord | None:
        index = self.tabs.currentIndex()
        if index == 0:
            return self.invoices.selected()
        if index == 1:
            return self.payments.selected()
        return None

    def _update_actions(self) -> None:
        selected = self.selected_item()
        self.void_action.setEnabled(selected is not None and not selected.voided)
        self.confirmation_action.setEnabled(self._selected_payment() is not None)

    def _selected_payment(self) -> CreditRecord | None:
        selected = self.selected_item()
        if isinstance(selected, CreditRecord) and selected.kind == "payment":
            return None if selected.voided else selected
        return None

    def _select_payment(self, credit_id: int) -> None:
        """Show ``credit_id`` selected on the payments tab (selecting through the model:
        QTableView.selectRow selects nothing in a right-to-left layout)."""
        self.tabs.setCurrentIndex(1)
        model = self.payments.records
        for row in range(model.rowCount()):
            if model.record(row).id == credit_id:
                self.payments.selectionModel().select(
                    model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    # -- actions -----------------------------------------------------------------------
    def new_invoice(self) -> bool:
        from arapp.ui.ledger.invoice_dialog import InvoiceDialog

        dialog = InvoiceDialog(self.shop, self.customer_id, self)
        return self._after(dialog.exec())

    def record_payment(self, picked: list[int] | None = None) -> bool:
        from arapp.ui.ledger.payment_dialog import PaymentDialog

        if picked is None and self.tabs.currentIndex() == 0:
            chosen = self.invoices.selected()
            picked = [chosen.id] if isinstance(chosen, ItemRecord) and chosen.open_amount else []
        dialog = PaymentDialog(self.shop, self.customer_id, self, picked=picked)
        recorded = self._after(dialog.exec())
        if recorded and dialog.recorded is not None:
            # Selected, so its payment confirmation is one click away.
            self._select_payment(dialog.recorded.id)
        return recorded

    def log_contact(self, kind: str = "call") -> bool:
        """Log a call, a message, a visit or a note (with a promise or a follow-up); the
        Timeline tab shows it once recorded."""
        from arapp.ui.collection.log_dialog import LogDialog

        dialog = LogDialog(self.shop, self.customer_id, self, kind=kind)
        try:
            return self._after(dialog.exec())  # it announced the change; reload follows
        finally:
            dialog.deleteLater()

    def hand_over_or_take_back(self) -> bool:
        """Hand the file to a lawyer or an agency (the day and to whom), or take it back."""
        from arapp.ui.collection.handover_dialog import HandoverDialog, take_back

        if self.customer.handed_over_on is not None:
            return take_back(self.shop, self.customer_id, self)
        dialog = HandoverDialog(self.shop, self.customer_id, self)
        try:
            return self._after(dialog.exec())
        finally:
            dialog.deleteLater()

    def export_case_file(self, path: Path | None = None) -> Path | None:
        """Start writing the case file (statement, letters, log, agreements, cheques) as
        one ZIP to ``path`` (asked for when None). Returns the path, or None if cancelled."""
        from arapp.ui.customers.case_file_export import ask_case_file_path, export_case_file

        if path is None:
            path = ask_case_file_path(self, self.customer.code)
            if path is None:
                return None
        export_case_file(self, self.shop, self.customer_id, path)
        return path

    def add_action_button(self, action: QAction) -> QToolButton:
        """Put ``action`` in the card's action row (before the stretch), with its
        shortcut active in the card: the extension point for other features' actions."""
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.action_row.insertWidget(self.action_row.count() - 1, button)
        return button

    def show_tab(self, name: str) -> None:
        """Bring a tab to the front: "invoices", "payments", "plans", "cheques",
        "letters" or "timeline" (an unknown name leaves the card as it is)."""
        if name == "invoices":
            self.tabs.setCurrentIndex(0)
        elif name == "payments":
            self.tabs.setCurrentIndex(1)
        elif name in ("plans", "cheques", "letters", "timeline"):
            self.tabs.setCurrentWidget(getattr(self, name))

    def new_plan(self) -> bool:
        """Set up an installment plan in the wizard; the card shows it on its Plans tab."""
        self.tabs.setCurrentWidget(self.plans)
        return self.plans.new_plan() is not None

    def print_confirmation(self) -> bool:
        """Preview, print or save the payment confirmation of the selected payment."""
        payment = self._selected_payment()
        if payment is None:
            return False
        from arapp.ui.letters.letter_dialog import LetterDialog

        dialog = LetterDialog(self.shop, self.customer_id, self, payment_id=payment.id)
        recorded = self._after(dialog.exec())
        if recorded:
            announce(Changes(customers=frozenset({self.customer_id}), letters=True))
        return recorded

    def void_selected(self) -> bool:
        item = self.selected_item()
        if item is None or item.voided:
            return False
        currency = self.currency
        if isinstance(item, ItemRecord):
            text = arg(
                self.tr("Void invoice %1 of %2, %3?"),
                item.number,
                display.day(item.issue_date),
                display.money(item.amount, currency),
            )
            dialog = VoidDialog(
                text,
                lambda reason: self.shop.invoices.void(item.id, reason),
                self,
                changed=self._ledger_changed(),
            )
        else:
            text = arg(
                self.tr("Void the payment of %1 from %2?"),
                display.money(item.amount, currency),
                display.day(item.date),
            )
            dialog = VoidDialog(
                text,
                lambda reason: self.shop.payments.void(item.id, reason),
                self,
                changed=self._ledger_changed(),
            )
        return self._after(dialog.exec())

    def print_letter(self) -> bool:
        try:
            # Imported here: the letters layer (reportlab, QtPdf) loads only when needed.
            from arapp.ui.letters.letter_dialog import LetterDialog
        except ImportError:
            QMessageBox.information(
                self, self.tr("Print letter"), self.tr("Letters are not available in this version.")
            )
            return False
        # The ladder's next step for this customer, not always the warning (§13B2 order).
        kind = self.shop.letters.next_step(self.customer_id, date.today())
        dialog = LetterDialog(self.shop, self.customer_id, self, kind=kind)
        recorded = self._after(dialog.exec())
        if recorded:  # the letter dialog records through its own path, not a ServiceDialog
            announce(Changes(customers=frozenset({self.customer_id}), letters=True))
        return recorded

    def edit_customer(self) -> bool:
        from arapp.ui.customers.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.shop, self.customer_id, self)
        try:
            return self._after(dialog.exec())  # it announced the change; reload follows
        finally:
            dialog.deleteLater()

    def _ledger_changed(self) -> Changes:
        return Changes(customers=frozenset({self.customer_id}), ledger=True)

    def _after(self, result: int) -> bool:
        """Whether the dialog recorded something. A service dialog has announced it (and
        this card reloaded on the announcement); a cancelled one changed nothing."""
        return result == QDialog.DialogCode.Accepted

    # -- language and window -----------------------------------------------------------
    def retranslate(self) -> None:
        self.invoice_action.setText(self.tr("New &invoice (Ctrl+I)"))
        self.payment_action.setText(self.tr("Record &payment (Ctrl+P)"))
        self.new_plan_action.setText(self.tr("New pla&n… (Ctrl+Shift+P)"))
        self.new_plan_action.setToolTip(self.tr("Set up an installment plan for this customer"))
        self.void_action.setText(self.tr("&Void selected…"))
        self.letter_action.setText(self.tr("Print &letter… (Ctrl+L)"))
        self.edit_action.setText(self.tr("&Edit customer… (Ctrl+E)"))
        self.confirmation_action.setText(self.tr("Payment &confirmation…"))
        self.log_action.setText(self.tr("Lo&g contact… (Ctrl+K)"))
        self.casefile_action.setText(self.tr("E&xport case file…"))
        self.more_button.setText(self.tr("More a&ctions"))
        self.more_button.setToolTip(self.tr(
            "Void, payment confirmation, hand over, case file"))
        self.casefile_action.setToolTip(self.tr(
            "One ZIP for a lawyer or agency: statement, letters sent, contact log, "
            "agreements and cheques"))
        self.log_action.setToolTip(
            self.tr("Log a call, message, visit or note, with a promise or a follow-up")
        )
        self.show_closed.setText(self.tr("Show paid and void invoices"))
        self.show_void.setText(self.tr("Show void payments"))
        self.tabs.setTabText(0, self.tr("Invoices"))
        self.tabs.setTabText(1, self.tr("Payments"))
        self.tabs.setTabText(self.tabs.indexOf(self.plans), self.tr("Installment plans"))
        self.tabs.setTabText(self.tabs.indexOf(self.cheques), self.tr("Cheques"))
        self.tabs.setTabText(self.tabs.indexOf(self.letters), self.tr("Letters sent"))
        self.tabs.setTabText(self.tabs.indexOf(self.timeline), self.tr("Timeline"))
        self.aging.retranslate()
        self.invoices.records.refresh_display()
        self.payments.records.refresh_display()
        self.letters.retranslate()
        self._show_letters()
        self._show_header()

    def closeEvent(self, event: QCloseEvent) -> None:
        prefs.save_geometry(self, "card")
        super().closeEvent(event)


def _with_option(table: QWidget, option: QCheckBox) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(option)
    layout.addWidget(table, 1)
    return page
