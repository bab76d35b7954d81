"""Statement of account: every movement in a period with a running balance and, for each
payment, the items it was applied to."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from peewee import SqliteDatabase

from arapp.core.money import ZERO, from_minor
from arapp.core.services import ledger, ledger_read
from arapp.core.store.models import Credit, Debit


@dataclass(frozen=True, slots=True)
class Movement:
    date: date
    kind: str  # invoice | fee | installment | payment | credit_note
    reference: str
    description: str
    applied_to: tuple[str, ...]  # for credits: numbers of the items they paid
    method: str
    debit: Decimal
    credit: Decimal
    balance: Decimal


@dataclass(frozen=True, slots=True)
class Statement:
    start: date
    end: date
    opening_balance: Decimal
    movements: tuple[Movement, ...]
    closing_balance: Decimal


class StatementService:
    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db

    def statement(self, customer_id: int, start: date, end: date) -> Statement:
        """Movements dated in [start, end], debits before credits on the same day."""
        opening = from_minor(
            ledger_read.balance(self.db.execute_sql, customer_id, start - timedelta(days=1))
        )
        rows: list[tuple[date, int, int, Movement]] = []
        debits = Debit.select().where(
            (Debit.customer == customer_id) & Debit.voided_at.is_null()
            & Debit.issue_date.between(start, end)
        )
        for d in debits:
            rows.append((d.issue_date, 0, d.id, Movement(
                d.issue_date, d.kind, d.number, d.description, (), "",
                from_minor(d.amount), ZERO, ZERO)))
        credits = list(Credit.select().where(
            (Credit.customer == customer_id) & Credit.voided_at.is_null()
            & Credit.date.between(start, end)
        ))
        for c in ledger.with_allocations(credits):
            reference = c.number or c.reference
            rows.append((c.date, 1, c.id, Movement(
                c.date, c.kind, reference, c.note,
                tuple(a.item_number for a in c.applied), c.method, ZERO, c.amount, ZERO)))
        rows.sort(key=lambda r: (r[0], r[1], r[2]))
        balance = opening
        movements = []
        for *_key, m in rows:
            balance = balance + m.debit - m.credit
            movements.append(replace(m, balance=balance))
        return Statement(start, end, opening, tuple(movements), balance)
