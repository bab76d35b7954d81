"""The ledger engine the services share: open items, unapplied credit, settling credit onto
open items, and the customer's cached balance. Callers hold the transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from peewee import JOIN, fn

from arapp.core.allocation import Allocation as Applied
from arapp.core.allocation import OpenItem, allocate
from arapp.core.money import ZERO, from_minor, to_minor
from arapp.core.services import clock, ledger_read
from arapp.core.services.records import AppliedAmount, CreditRecord, ItemRecord
from arapp.core.store.models import Allocation, Credit, Debit, database


def item_records(
    customer_id: int,
    *,
    open_only: bool,
    include_void: bool,
    debit_id: int | None = None,
    as_of: date | None = None,
) -> list[ItemRecord]:
    """The customer's debits (or just ``debit_id``) with their open amount on ``as_of``
    (today when None; :data:`ledger_read.ALL_DATES` for what allocation sees), oldest-due
    first."""
    day = clock.today() if as_of is None else as_of
    return [
        ItemRecord(
            id=r.id,
            customer_id=customer_id,
            kind=r.kind,
            number=r.number,
            issue_date=r.issue_date,
            due_date=r.due_date,
            amount=from_minor(r.amount_minor),
            open_amount=from_minor(r.open_minor),
            description=r.description,
            disputed=r.disputed,
            voided=r.voided,
            void_reason=r.void_reason,
        )
        for r in ledger_read.customer_items(
            database.execute_sql, customer_id, day,
            open_only=open_only, include_void=include_void, item_id=debit_id,
        )
    ]


def open_items(
    customer_id: int, *, include_disputed: bool, picked: Sequence[int] = ()
) -> list[OpenItem]:
    """Items that can receive money now; disputed ones only if allowed or picked."""
    chosen = set(picked)
    return [
        OpenItem(r.id, r.number, r.issue_date, r.due_date, r.open_amount)
        for r in item_records(
            customer_id, open_only=True, include_void=False, as_of=ledger_read.ALL_DATES
        )
        if include_disputed or not r.disputed or r.id in chosen
    ]


def credit_records(customer_id: int, *, include_void: bool) -> list[CreditRecord]:
    """The customer's payments and credit notes, newest first, with their allocations."""
    query = Credit.select().where(Credit.customer == customer_id)
    if not include_void:
        query = query.where(Credit.voided_at.is_null())
    return with_allocations(list(query.order_by(Credit.date.desc(), Credit.id.desc())))


def with_allocations(credits: Sequence[Credit]) -> list[CreditRecord]:
    applied: dict[int, list[AppliedAmount]] = {c.id: [] for c in credits}
    if credits:
        rows = (
            Allocation.select(Allocation.credit, Allocation.amount, Debit.id, Debit.number)
            .join(Debit)
            .where(Allocation.credit.in_(list(applied)))
            .order_by(Debit.due_date, Debit.id)
        )
        for row in rows:
            applied[row.credit_id].append(
                AppliedAmount(row.debit.id, row.debit.number, from_minor(row.amount))
            )
    return [credit_record(c, applied[c.id]) for c in credits]


def credit_record(c: Credit, applied: Sequence[AppliedAmount]) -> CreditRecord:
    return CreditRecord(
        id=c.id,
        customer_id=c.customer_id,
        kind=c.kind,
        date=c.date,
        amount=from_minor(c.amount),
        method=c.method,
        reference=c.reference,
        number=c.number,
        note=c.note,
        voided=c.voided_at is not None,
        void_reason=c.void_reason,
        applied=tuple(applied),
    )


def unapplied_credits(customer_id: int) -> list[tuple[int, Decimal]]:
    """(credit id, unapplied amount) of credits with something left, oldest first."""
    applied = fn.COALESCE(fn.SUM(Allocation.amount), 0)
    query = (
        Credit.select(Credit.id, (Credit.amount - applied).alias("left"))
        .join(Allocation, JOIN.LEFT_OUTER, on=(Allocation.credit == Credit.id))
        .where((Credit.customer == customer_id) & Credit.voided_at.is_null())
        .group_by(Credit.id)
        .having(Credit.amount - applied > 0)
        .order_by(Credit.date, Credit.id)
    )
    return [(row.id, from_minor(row.left)) for row in query]


def write_allocations(credit_id: int, allocations: Sequence[Applied]) -> None:
    for a in allocations:
        database.execute_sql(
            "INSERT INTO allocation (credit_id, debit_id, amount) VALUES (?, ?, ?) "
            "ON CONFLICT (credit_id, debit_id) DO UPDATE SET amount = amount + excluded.amount",
            (credit_id, a.item_id, to_minor(a.amount)),
        )


def apply_credit(
    credit_id: int, amount: Decimal, eligible: Sequence[OpenItem], picked: Sequence[int]
) -> None:
    """Apply ``amount`` of a new credit over ``eligible`` (from :func:`open_items` with the
    same ``picked``): picked items first (even disputed ones, the owner chose them), then
    every other open undisputed item oldest-due first."""
    allocations, _left = allocate(amount, eligible, picked)
    write_allocations(credit_id, allocations)


def settle(customer_id: int) -> None:
    """Apply every unapplied credit to open undisputed items, oldest credit first, then
    refresh the cached balance. After this, unapplied credit and an open undisputed item
    never stand side by side."""
    credits = unapplied_credits(customer_id)
    if credits:
        items = open_items(customer_id, include_disputed=False)
        for credit_id, left in credits:
            if not items:
                break
            allocations, _rest = allocate(left, items)
            write_allocations(credit_id, allocations)
            taken = {a.item_id: a.amount for a in allocations}
            items = [
                replace(i, open_amount=i.open_amount - taken.get(i.id, ZERO))
                for i in items
                if i.open_amount - taken.get(i.id, ZERO) > ZERO
            ]
    refresh_balance(customer_id)


def refresh_balance(customer_id: int) -> None:
    """Bring the customer's cached balance and oldest due date up to date (as of the
    ledger day, see :mod:`ledger_read`)."""
    ledger_read.refresh(database.execute_sql, [customer_id])


def void_credit(credit_id: int, reason: str) -> None:
    """Mark a credit void with ``reason`` and take back its allocations: the items it paid
    re-open by exactly what it gave each. The caller settles the customer afterwards
    (other unapplied credit goes onto the re-opened items, as the ledger rules say)."""
    Credit.update(voided_at=clock.now_text(), void_reason=reason).where(
        Credit.id == credit_id
    ).execute()
    Allocation.delete().where(Allocation.credit == credit_id).execute()
