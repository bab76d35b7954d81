"""Invoices and fees (debits): issue, dispute, void. One transaction per action."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from peewee import SqliteDatabase

from arapp.core.collection import kinds as log
from arapp.core.errors import DuplicateRecord, InvalidDate, LedgerRuleViolation, UserError
from arapp.core.services import ledger
from arapp.core.services.clock import now_text
from arapp.core.services.interactions import record_event
from arapp.core.services.records import ItemRecord
from arapp.core.services.validation import clean_text, positive_amount, real_date
from arapp.core.store.models import Allocation, Credit, Customer, Debit, PlanInstallment
from arapp.core.terms import default_due_date


class InvoiceService:
    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db

    def create_invoice(
        self,
        customer_id: int,
        number: str,
        issue_date: date,
        amount: Decimal,
        due_date: date | None = None,
        description: str = "",
    ) -> ItemRecord:
        """Issue an invoice. Without a due date, the customer's payment terms decide it.
        Unapplied credit the customer has is applied to it at once."""
        number = clean_text(number, "Invoice number", required=True, max_len=40)
        issue_date = real_date(issue_date, "Invoice date")
        minor = positive_amount(amount, "Invoice amount")
        description = clean_text(description, "Description", max_len=500)
        with self.db.atomic():
            customer = Customer.get_or_none(Customer.id == customer_id)
            if customer is None:
                raise UserError("That customer no longer exists")
            if due_date is None:
                due_date = default_due_date(issue_date, customer.payment_terms_days)
            due_date = real_date(due_date, "Due date")
            if due_date < issue_date:
                raise InvalidDate("The due date is before the invoice date")
            exists = Debit.select().where((Debit.kind == "invoice") & (Debit.number == number))
            if exists.exists():
                raise DuplicateRecord("Invoice number “{number}” is already in use", number=number)
            debit = Debit.create(
                customer=customer_id,
                kind="invoice",
                number=number,
                issue_date=issue_date,
                due_date=due_date,
                amount=minor,
                description=description,
                created_at=now_text(),
            )
            ledger.settle(customer_id)
        return self.get(debit.id)

    def create_fee(
        self, customer_id: int, on: date, amount: Decimal, description: str, reference: str = ""
    ) -> ItemRecord:
        """A charge such as a returned-check bank fee or a late fee, due at once."""
        on = real_date(on, "Fee date")
        minor = positive_amount(amount, "Fee amount")
        description = clean_text(description, "Description", required=True, max_len=500)
        with self.db.atomic():
            if Customer.get_or_none(Customer.id == customer_id) is None:
                raise UserError("That customer no longer exists")
            debit = Debit.create(
                customer=customer_id,
                kind="fee",
                number=clean_text(reference, "Reference", max_len=40),
                issue_date=on,
                due_date=on,
                amount=minor,
                description=description,
                created_at=now_text(),
            )
            ledger.settle(customer_id)
        return self.get(debit.id)

    def get(self, debit_id: int) -> ItemRecord:
        debit = Debit.get_or_none(Debit.id == debit_id)
        if debit is None:
            raise UserError("That invoice no longer exists")
        (record,) = ledger.item_records(
            debit.customer_id, open_only=False, include_void=True, debit_id=debit_id
        )
        return record

    def by_number(self, number: str) -> ItemRecord:
        debit = Debit.get_or_none((Debit.kind == "invoice") & (Debit.number == number.strip()))
        if debit is None:
            raise UserError("No invoice with number “{number}”", number=number)
        return self.get(debit.id)

    def for_customer(
        self,
        customer_id: int,
        *,
        open_only: bool = False,
        include_void: bool = False,
        as_of: date | None = None,
    ) -> list[ItemRecord]:
        """The customer's items with what is open on ``as_of`` (today when None)."""
        return ledger.item_records(
            customer_id, open_only=open_only, include_void=include_void, as_of=as_of
        )

    def set_disputed(self, debit_id: int, disputed: bool) -> ItemRecord:
        """A disputed invoice gets no automatic allocation and no dunning letters; clearing
        the dispute lets waiting credit settle onto it."""
        with self.db.atomic():
            debit = Debit.get_or_none(Debit.id == debit_id)
            if debit is None:
                raise UserError("That invoice no longer exists")
            Debit.update(disputed=disputed).where(Debit.id == debit_id).execute()
            ledger.settle(debit.customer_id)
        return self.get(debit_id)

    def void(self, debit_id: int, reason: str) -> ItemRecord:
        """Void an invoice or fee: it stays on record, marked void with the reason; the money
        applied to it becomes unapplied credit and settles onto other open items."""
        reason = clean_text(reason, "Reason", required=True, max_len=500)
        with self.db.atomic():
            debit = Debit.get_or_none(Debit.id == debit_id)
            if debit is None:
                raise UserError("That invoice no longer exists")
            if debit.voided_at is not None:
                raise LedgerRuleViolation("{number} is already void", number=debit.number)
            _refuse_if_in_plan(debit)
            Debit.update(voided_at=now_text(), void_reason=reason).where(
                Debit.id == debit_id
            ).execute()
            Allocation.delete().where(Allocation.debit == debit_id).execute()
            ledger.settle(debit.customer_id)
            record_event(debit.customer_id, log.INVOICE_VOIDED, "debit", debit_id,
                         note=f"{debit.number}: {reason}")
        return self.get(debit_id)


def _refuse_if_in_plan(debit: Debit) -> None:
    """An installment, or an invoice a plan restructured, is part of a signed agreement:
    the plan is cancelled (or a new version made), not the item voided."""
    inst = PlanInstallment.get_or_none(PlanInstallment.debit == debit.id)
    if inst is not None:
        raise LedgerRuleViolation(
            "{number} is an installment of plan {plan}; cancel the plan instead",
            number=debit.number,
            plan=inst.plan.number,
        )
    moved = (
        Credit.select(Credit.number)
        .join(Allocation, on=(Allocation.credit == Credit.id))
        .where((Allocation.debit == debit.id) & (Credit.kind == "restructure")
               & Credit.voided_at.is_null())
        .first()
    )
    if moved is not None:
        raise LedgerRuleViolation(
            "{number} was moved into installment plan {plan}; correct it with a credit "
            "note instead",
            number=debit.number,
            plan=moved.number,
        )
