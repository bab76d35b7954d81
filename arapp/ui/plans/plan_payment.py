"""A payment against an installment plan: the payment dialog with the plan's open
installments listed (no picking: the plan pays its own installments first, oldest due
first) and recorded through ``shop.plans.record_payment``.

The preview is still the payment service's own allocation with those installments picked
in due order, which is what the plan service records, so what the dialog shows is what OK
records.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from arapp.core.money import ZERO
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.plan_records import PlanRecord
from arapp.core.services.records import ItemRecord
from arapp.ui import display
from arapp.ui.ledger.payment_dialog import PaymentDialog
from arapp.ui.widgets.record_table import Column


class PlanPaymentDialog(PaymentDialog):
    can_pick = False

    def __init__(self, shop: Shop, plan: PlanRecord, parent: QWidget | None = None) -> None:
        # Set before the base builds its table, which asks payable_items() and picked().
        self.plan = plan
        ordered = sorted(plan.installments, key=lambda i: (i.due_date, i.n))
        self._installment_ids = [i.debit_id for i in ordered if i.open_amount > 0]
        super().__init__(shop, plan.customer_id, parent)

    def _columns(self) -> list[Column[ItemRecord]]:
        columns = super()._columns()
        # The rows are the plan's installments, not invoices.
        columns[1] = replace(columns[1], header=lambda: self.tr("Installment"))
        return columns

    def payable_items(self) -> list[ItemRecord]:
        ids = set(self._installment_ids)
        items = [r for r in self.shop.payments.payable_items(self.plan.customer_id) if r.id in ids]
        return sorted(items, key=lambda r: self._installment_ids.index(r.id))

    def picked(self) -> list[int]:
        return list(self._installment_ids)

    def _summary_text(self, amount: Decimal, unapplied: Decimal) -> str:
        ids = set(self._installment_ids)
        on_plan = sum((v for k, v in self._applied.items() if k in ids), ZERO)
        elsewhere = amount - unapplied - on_plan
        text = arg(
            self.tr("Pays %1 of the plan's installments."), display.money(on_plan, self.currency)
        )
        if elsewhere > ZERO:
            text += " " + arg(
                self.tr("%1 goes to other open invoices."), display.money(elsewhere, self.currency)
            )
        if unapplied > ZERO:
            text += " " + arg(
                self.tr("Left as credit: %1"), display.money(unapplied, self.currency)
            )
        return text

    def submit(self) -> None:
        if self.by_cheque():
            # The plan service pays its installments the same way: picked in due order.
            self.submit_cheque(self.picked())
            return
        amount = self.amount.amount()
        assert amount is not None  # can_submit
        self.recorded = self.shop.plans.record_payment(
            self.plan.id,
            self.date.value(),
            amount,
            method=str(self.method.currentData()),
            reference=self.reference.text(),
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(
            arg(self.tr("Payment against plan %1"), display.ltr(self.plan.number))
        )
        self.hint.setText(
            self.tr(
                "The payment goes to the plan's installments, oldest due first; anything "
                "above them pays other open invoices, then stays as credit."
            )
        )
