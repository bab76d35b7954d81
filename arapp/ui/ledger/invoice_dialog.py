"""New invoice for one customer: number, date, due date, amount, description.

The due date follows the invoice date by the customer's payment terms until the owner
changes it by hand; from then on it is left alone.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from arapp.core.errors import CreditRefused
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.records import ItemRecord
from arapp.core.terms import default_due_date
from arapp.ui import display
from arapp.ui.ops.changes import Changes
from arapp.ui.widgets.date_edit import DateEdit
from arapp.ui.widgets.messages import user_message
from arapp.ui.widgets.money_edit import ErrorLabel, MoneyEdit, with_error
from arapp.ui.widgets.placement import place_window
from arapp.ui.widgets.service_dialog import ServiceDialog
from arapp.ui.widgets.wrapping_label import WrappingLabel


class InvoiceDialog(ServiceDialog):
    """On OK the invoice is issued through the service; ``created`` holds it."""

    def __init__(self, shop: Shop, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer = shop.customers.get(customer_id)
        self.created: ItemRecord | None = None
        self._due_touched = False

        self.customer_label = QLabel(self)
        self.number = QLineEdit(self)
        self.number.setMaxLength(40)
        self.issue_date = DateEdit(parent=self)
        self.due_date = DateEdit(parent=self)
        self.terms_label = QLabel(self)
        # A warning, not a refusal: the owner may still sell on credit, but should know.
        self.credit_warning = WrappingLabel(parent=self)
        self.credit_warning.setStyleSheet(f"color: {display.DANGER.name()}; font-weight: bold;")
        self.credit_warning.setVisible(self.customer.stop_credit or self.customer.over_limit)
        self.amount_error = ErrorLabel(self)
        self.amount = MoneyEdit(self.amount_error, parent=self)
        self.description = QLineEdit(self)
        self.description.setMaxLength(500)
        self.captions = {
            key: QLabel(self)
            for key in ("customer", "number", "date", "due", "amount", "description")
        }
        self.form = QFormLayout()
        self.form.addRow(self.captions["customer"], self.customer_label)
        self.form.addRow(self.captions["number"], self.number)
        self.form.addRow(self.captions["date"], self.issue_date)
        self.form.addRow(self.captions["due"], self.due_date)
        self.form.addRow("", self.terms_label)
        self.form.addRow(self.captions["amount"], with_error(self.amount, self.amount_error))
        self.form.addRow(self.captions["description"], self.description)
        # Buddies make the Alt+letter mnemonics jump to their fields.
        for key, field in (
            ("number", self.number),
            ("date", self.issue_date),
            ("due", self.due_date),
            ("amount", self.amount),
            ("description", self.description),
        ):
            self.captions[key].setBuddy(field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.credit_warning)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.number.textChanged.connect(self._update_ok)
        self.amount.amountChanged.connect(self._update_ok)
        self.issue_date.dateChanged.connect(self._issue_date_changed)
        self.due_date.dateChanged.connect(self._due_date_changed)
        self.issue_date.validityChanged.connect(self._update_ok)
        self.due_date.validityChanged.connect(self._update_ok)
        for first, second in (
            (self.number, self.issue_date),
            (self.issue_date, self.due_date),
            (self.due_date, self.amount),
            (self.amount, self.description),
        ):
            self.setTabOrder(first, second)

        self._set_default_due()
        self.setMinimumWidth(480)
        place_window(self, QSize(540, 420), "invoice")
        self.retranslate()
        self._update_ok()

    # -- behaviour ---------------------------------------------------------------------
    def default_due(self, issued: date) -> date:
        return default_due_date(issued, self.customer.payment_terms_days)

    def _set_default_due(self) -> None:
        self.due_date.blockSignals(True)
        self.due_date.set_value(self.default_due(self.issue_date.value()))
        self.due_date.blockSignals(False)

    def _issue_date_changed(self) -> None:
        if not self._due_touched:
            self._set_default_due()
        self._update_ok()

    def _due_date_changed(self) -> None:
        self._due_touched = True
        self._update_ok()

    def _problem(self) -> str:
        if self.due_date.value() < self.issue_date.value():
            return self.tr("The due date is before the invoice date.")
        return ""

    def _update_ok(self) -> None:
        problem = self._problem()
        self.error.show_message(problem)
        dates = self.issue_date.is_valid() and self.due_date.is_valid()
        ok = bool(self.number.text().strip()) and self.amount.is_valid() and dates and not problem
        self.ok_button().setEnabled(ok)

    def can_submit(self) -> bool:
        return (
            self.amount.amount() is not None
            and not self._problem()
            and bool(self.number.text().strip())
        )

    def submit(self) -> None:
        amount = self.amount.amount()
        assert amount is not None  # can_submit
        try:
            self.created = self._add(amount, override=False)
        except CreditRefused as refused:
            # Stop credit or over the limit: the owner decides, and the service logs it.
            if not self.add_anyway(refused):
                raise
            self.created = self._add(amount, override=True)

    def _add(self, amount: Decimal, *, override: bool) -> ItemRecord:
        return self.shop.invoices.add(
            self.customer.id,
            number=self.number.text(),
            issue_date=self.issue_date.value(),
            amount=amount,
            due_date=self.due_date.value(),
            description=self.description.text(),
            override=override,
        )

    def add_anyway(self, refused: CreditRefused) -> bool:
        """Ask whether to sell on credit despite ``refused``; True: add it anyway."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Credit control"),
                          user_message(refused), parent=self)
        box.setInformativeText(
            self.tr("Add the invoice anyway? It is noted in the customer's log.")
        )
        anyway = box.addButton(self.tr("&Add anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is anyway

    def changes(self) -> Changes:
        return Changes(customers=frozenset({self.customer.id}), ledger=True)

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New invoice"))
        texts = {
            "customer": self.tr("Customer:"),
            "number": self.tr("Invoice &number:"),
            "date": self.tr("&Date:"),
            "due": self.tr("D&ue date:"),
            "amount": self.tr("&Amount:"),
            "description": self.tr("D&escription:"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.customer_label.setText(
            f"{display.isolate(self.customer.name)} ({display.isolate(self.customer.code)})"
        )
        warnings = []
        if self.customer.stop_credit:
            warnings.append(self.tr("This customer is on stop credit."))
        if self.customer.over_limit:
            warnings.append(self.tr("This customer is over the credit limit."))
        self.credit_warning.setText(" ".join(warnings))
        self.terms_label.setText(
            arg(self.tr("Payment terms: %1 days"), str(self.customer.payment_terms_days))
        )
        self.amount.retranslate()
        self._update_ok()
