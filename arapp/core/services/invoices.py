"""Invoices and fees (debits): issue, dispute, void. One transaction per action."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from peewee import SqliteDatabase

from arapp.core.collection import kinds as log
from arapp.core.collection.credit import CreditCheck, exposure_after_invoice
from arapp.core.errors import (
    CreditLimitExceeded,
    CreditRefused,
    CreditStopped,
    DuplicateRecord,
    InvalidDate,
    LedgerRuleViolation,
    UserError,
)
from arapp.core.money import from_minor, money_str
from arapp.core.services import cash_outlook, clock, ledger, ledger_read
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
        *,
        override: bool = False,
    ) -> ItemRecord:
        """Issue an invoice. Without a due date, the customer's payment terms decide it.
        Unapplied credit the customer has is applied to it at once.

        Credit control (:mod:`arapp.core.collection.credit`): for a customer on stop
        credit, or when the invoice takes the exposure over the credit limit, it is
        refused (:class:`CreditStopped`, :class:`CreditLimitExceeded`) unless
        ``override`` — the owner chose to sell on credit anyway, and the customer's log
        says so. Imports do not come here: they record invoices already issued, which a
        limit cannot undo (an import is history, not a sale being decided)."""
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
            check = self._credit_check(customer, minor, clock.today())
            if check.needs_override and not override:
                raise credit_refusal(customer.name, check)
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
            if check.needs_override:
                limit = "" if check.limit is None else f" / {money_str(check.limit)}"
                record_event(
                    customer_id, log.CREDIT_OVERRIDE, "debit", debit.id,
                    note=f"{number} · {money_str(check.exposure_after)}{limit}",
                    outcome=log.STOP_CREDIT if check.stop_credit else log.OVER_LIMIT,
                )
        return self.get(debit.id)

    #: The name callers of the collection workflow use (issue #20).
    add = create_invoice

    def credit_check(
        self, customer_id: int, amount: Decimal, as_of: date | None = None
    ) -> CreditCheck:
        """What an invoice of ``amount`` would do to the customer's credit on ``as_of``
        (today), writing nothing: a form shows it before the owner confirms."""
        minor = positive_amount(amount, "Invoice amount")
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise UserError("That customer no longer exists")
        return self._credit_check(customer, minor, as_of or clock.today())

    def _credit_check(self, customer: Customer, minor: int, day: date) -> CreditCheck:
        execute = self.db.execute_sql
        balance = from_minor(ledger_read.balance(execute, customer.id, day))
        _covered, at_risk = cash_outlook.pending_cheques(execute, customer.id, day)
        amount = from_minor(minor)
        return CreditCheck(
            limit=None if customer.credit_limit is None else from_minor(customer.credit_limit),
            stop_credit=bool(customer.stop_credit),
            amount=amount,
            exposure_after=exposure_after_invoice(balance, at_risk, amount),
        )

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


def credit_refusal(name: str, check: CreditCheck) -> CreditRefused:
    """The refusal for an invoice that needs the owner's override: stop credit first
    (it refuses whatever the amount), else the limit."""
    if check.stop_credit:
        return CreditStopped(name, check)
    assert check.limit is not None  # needs_override without stop credit: over a limit
    return CreditLimitExceeded(name, check, exposure=check.exposure_after, limit=check.limit,
                               over=check.over)
