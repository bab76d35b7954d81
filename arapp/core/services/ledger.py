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
from arapp.core.services.records import AppliedAmount, CreditRecord, ItemRecord
from arapp.core.store.models import Allocation, Credit, Customer, Debit, database


def item_records(
    customer_id: int, *, open_only: bool, include_void: bool, debit_id: int | None = None
) -> list[ItemRecord]:
    """The customer's debits (or just ``debit_id``) with their open amount now, oldest-due
    first."""
    paid = fn.COALESCE(fn.SUM(Allocation.amount), 0)
    query = (
        Debit.select(Debit, paid.alias("paid"))
        .join(Allocation, JOIN.LEFT_OUTER, on=(Allocation.debit == Debit.id))
        .where(Debit.customer == customer_id)
        .group_by(Debit.id)
        .order_by(Debit.due_date, Debit.issue_date, Debit.id)
    )
    if debit_id is not None:
        query = query.where(Debit.id == debit_id)
    if not include_void or open_only:
        # A void item owes nothing: it is never an open item, whatever include_void says.
        query = query.where(Debit.voided_at.is_null())
    if open_only:
        query = query.having(Debit.amount - paid > 0)
    return [
        ItemRecord(
            id=d.id,
            customer_id=customer_id,
            kind=d.kind,
            number=d.number,
            issue_date=d.issue_date,
            due_date=d.due_date,
            amount=from_minor(d.amount),
            open_amount=from_minor(0 if d.voided_at else d.amount - d.paid),
            description=d.description,
            disputed=bool(d.disputed),
            voided=d.voided_at is not None,
            void_reason=d.void_reason,
        )
        for d in query
    ]


def open_items(
    customer_id: int, *, include_disputed: bool, picked: Sequence[int] = ()
) -> list[OpenItem]:
    """Items that can receive money now; disputed ones only if allowed or picked."""
    chosen = set(picked)
    return [
        OpenItem(r.id, r.number, r.issue_date, r.due_date, r.open_amount)
        for r in item_records(customer_id, open_only=True, include_void=False)
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


def balance_now(customer_id: int) -> tuple[int, date | None]:
    """(balance in minor units, earliest due date of an open item) computed from the ledger."""
    debits = (
        Debit.select(fn.COALESCE(fn.SUM(Debit.amount), 0))
        .where((Debit.customer == customer_id) & Debit.voided_at.is_null())
        .scalar()
    )
    credits = (
        Credit.select(fn.COALESCE(fn.SUM(Credit.amount), 0))
        .where((Credit.customer == customer_id) & Credit.voided_at.is_null())
        .scalar()
    )
    oldest = database.execute_sql(
        "SELECT MIN(d.due_date) FROM debit d WHERE d.customer_id = ? AND d.voided_at IS NULL"
        " AND d.amount > COALESCE((SELECT SUM(amount) FROM allocation"
        " WHERE debit_id = d.id), 0)",
        (customer_id,),
    ).fetchone()[0]
    return int(debits) - int(credits), date.fromisoformat(oldest) if oldest else None


def refresh_balance(customer_id: int) -> None:
    balance, oldest = balance_now(customer_id)
    Customer.update(balance=balance, oldest_due=oldest).where(Customer.id == customer_id).execute()
