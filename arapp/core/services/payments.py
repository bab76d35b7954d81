"""Payments and credit notes (credits): record with allocation, preview, void."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from peewee import SqliteDatabase

from arapp.core.allocation import allocate
from arapp.core.collection import kinds as log
from arapp.core.errors import DuplicateRecord, LedgerRuleViolation, UserError
from arapp.core.money import from_minor, money_str
from arapp.core.services import clock, ledger, ledger_read
from arapp.core.services.clock import now_text
from arapp.core.services.interactions import record_event
from arapp.core.services.records import (
    PAYMENT_METHODS,
    AllocationPreview,
    AppliedAmount,
    CreditRecord,
    ItemRecord,
)
from arapp.core.services.validation import clean_text, positive_amount, real_date
from arapp.core.store.models import Cheque, Credit, Customer, Debit


class PaymentService:
    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db

    def preview(
        self, customer_id: int, amount: Decimal, picked: Sequence[int] = ()
    ) -> AllocationPreview:
        """Which items ``amount`` would pay if recorded now (writes nothing)."""
        positive_amount(amount, "Payment amount")
        _check_picked(customer_id, picked)
        items = ledger.open_items(customer_id, include_disputed=False, picked=picked)
        allocations, left = allocate(amount, items, picked)
        numbers = {i.id: i.number for i in items}
        applied = tuple(AppliedAmount(a.item_id, numbers[a.item_id], a.amount) for a in allocations)
        return AllocationPreview(applied=applied, unapplied=left)

    def payable_items(self, customer_id: int) -> list[ItemRecord]:
        """The items a new payment can still pay, with what is left on each: money
        already allocated counts even if its credit is dated later (a post-dated cheque
        has its items), so nothing is ever paid twice."""
        return ledger.item_records(
            customer_id, open_only=True, include_void=False, as_of=ledger_read.ALL_DATES
        )

    def record_payment(
        self,
        customer_id: int,
        on: date,
        amount: Decimal,
        method: str = "cash",
        reference: str = "",
        picked: Sequence[int] = (),
        note: str = "",
    ) -> CreditRecord:
        """Record a payment and apply it: ``picked`` items first, then oldest-due first;
        the rest stays as unapplied credit. A picked item already paid in full takes
        nothing (the ledger rule, issue #17); one that is not this customer's, or is
        void, is refused."""
        if method not in PAYMENT_METHODS:
            raise UserError("Unknown payment method “{method}”", method=method)
        return self._record(
            customer_id,
            kind="payment",
            on=on,
            amount=amount,
            picked=picked,
            method=method,
            reference=clean_text(reference, "Reference", max_len=100),
            note=clean_text(note, "Note", max_len=500),
        )

    def record_credit_note(
        self,
        customer_id: int,
        number: str,
        on: date,
        amount: Decimal,
        invoice_id: int | None = None,
        note: str = "",
    ) -> CreditRecord:
        """A credit note (זיכוי): reduces what is owed, applied to ``invoice_id`` first."""
        number = clean_text(number, "Credit note number", required=True, max_len=40)
        clash = Credit.select().where((Credit.kind == "credit_note") & (Credit.number == number))
        if clash.exists():
            raise DuplicateRecord("Credit note number “{number}” is already in use", number=number)
        return self._record(
            customer_id,
            kind="credit_note",
            on=on,
            amount=amount,
            picked=[invoice_id] if invoice_id is not None else [],
            number=number,
            note=clean_text(note, "Note", max_len=500),
        )

    def _record(
        self,
        customer_id: int,
        *,
        kind: str,
        on: date,
        amount: Decimal,
        picked: Sequence[int],
        method: str = "",
        reference: str = "",
        number: str = "",
        note: str = "",
    ) -> CreditRecord:
        on = real_date(on, "Date")
        minor = positive_amount(amount, "Amount")
        with self.db.atomic():
            if Customer.get_or_none(Customer.id == customer_id) is None:
                raise UserError("That customer no longer exists")
            _check_picked(customer_id, picked)
            items = ledger.open_items(customer_id, include_disputed=False, picked=picked)
            credit = Credit.create(
                customer=customer_id,
                kind=kind,
                date=on,
                amount=minor,
                method=method,
                reference=reference,
                number=number,
                note=note,
                target_debit=picked[0] if picked else None,
                created_at=now_text(),
            )
            ledger.apply_credit(credit.id, amount, items, picked)
            ledger.refresh_balance(customer_id)
            if kind == "payment":
                record_event(customer_id, log.PAYMENT, "payment", credit.id,
                             note=money_str(from_minor(minor)), outcome=method)
        return self.get(credit.id)

    def get(self, credit_id: int) -> CreditRecord:
        credit = Credit.get_or_none(Credit.id == credit_id)
        if credit is None:
            raise UserError("That payment no longer exists")
        return ledger.with_allocations([credit])[0]

    def newest_payment_id(self) -> int | None:
        """The shop's latest live payment (by its date), if any."""
        row = (
            Credit.select(Credit.id)
            .where((Credit.kind == "payment") & Credit.voided_at.is_null())
            .order_by(Credit.date.desc(), Credit.id.desc())
            .first()
        )
        return int(row.id) if row else None

    def for_customer(self, customer_id: int, *, include_void: bool = False) -> list[CreditRecord]:
        return ledger.credit_records(customer_id, include_void=include_void)

    def void(self, credit_id: int, reason: str) -> CreditRecord:
        """Void a payment or credit note: it stays on record, marked void with the reason;
        the items it paid re-open, and other unapplied credit settles onto them."""
        reason = clean_text(reason, "Reason", required=True, max_len=500)
        with self.db.atomic():
            credit = Credit.get_or_none(Credit.id == credit_id)
            if credit is None:
                raise UserError("That payment no longer exists")
            if credit.voided_at is not None:
                raise LedgerRuleViolation("That payment is already void")
            if credit.kind == "restructure":
                raise LedgerRuleViolation(
                    "This moved invoices into installment plan {number}; cancel the plan "
                    "instead",
                    number=credit.number,
                )
            # A voided cheque payment: the paper cheque goes back to the customer.
            cheque = Cheque.get_or_none(Cheque.credit == credit_id)
            if cheque is not None:
                from arapp.core.services.cheque_writer import mark_given_back

                mark_given_back(cheque, clock.today(), note=reason)
            ledger.void_credit(credit_id, reason)
            ledger.settle(credit.customer_id)
            if credit.kind == "payment":
                record_event(credit.customer_id, log.PAYMENT_VOIDED, "payment", credit_id,
                             note=f"{money_str(from_minor(credit.amount))}: {reason}")
        return self.get(credit_id)


def _check_picked(customer_id: int, picked: Sequence[int]) -> None:
    """Refuse picked ids that are not live items of this customer. Whether they are still
    open does not matter: one paid in full meanwhile takes nothing and the money goes
    oldest-due first, as the ledger rule says (an owner's slip may name a paid invoice)."""
    if not picked:
        return
    wanted = set(picked)
    found = (
        Debit.select(Debit.id)
        .where(
            Debit.id.in_(list(wanted))
            & (Debit.customer == customer_id)
            & Debit.voided_at.is_null()
        )
        .count()
    )
    if found != len(wanted):
        raise UserError("A chosen invoice is not open for this customer")
