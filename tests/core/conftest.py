"""Helpers for the ledger tests: read the raw tables and check the ledger rules from them,
independently of the services under test (plain SQL and Python, no service code)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from peewee import SqliteDatabase

from arapp.core.services import Shop
from arapp.core.services.audit_trail import replay_problems
from arapp.core.services.records import CustomerInput, CustomerRecord

LEDGER_TABLES = ("customer", "debit", "credit", "allocation", "setting")

Snapshot = dict[str, list[tuple[object, ...]]]


def table_snapshot(db: SqliteDatabase) -> Snapshot:
    """Every row of the ledger tables, so a refused action can be shown to change nothing."""
    return {
        table: [tuple(row) for row in db.execute_sql(f"SELECT * FROM {table} ORDER BY rowid")]
        for table in LEDGER_TABLES
    }


def agorot(minor: int) -> Decimal:
    return Decimal(minor).scaleb(-2)


@dataclass(frozen=True, slots=True)
class RawDebit:
    id: int
    customer_id: int
    kind: str
    number: str
    issue_date: date
    due_date: date
    amount: int
    disputed: bool
    voided: bool


@dataclass(frozen=True, slots=True)
class RawCredit:
    id: int
    customer_id: int
    kind: str
    date: date
    amount: int
    voided: bool


@dataclass(frozen=True, slots=True)
class RawAllocation:
    credit_id: int
    debit_id: int
    amount: int


@dataclass(frozen=True, slots=True)
class RawLedger:
    """The ledger tables as plain values (money in agorot)."""

    customers: dict[int, int]  # id -> cached balance
    oldest_dues: dict[int, date | None]  # id -> cached oldest due date
    ledger_day: date  # the day the cached values are as of
    debits: dict[int, RawDebit]
    credits: dict[int, RawCredit]
    allocations: list[RawAllocation]

    def paid(self, debit_id: int, *, credits_dated_by: date | None = None) -> int:
        return sum(
            a.amount
            for a in self.allocations
            if a.debit_id == debit_id
            and (credits_dated_by is None or self.credits[a.credit_id].date <= credits_dated_by)
        )

    def applied(self, credit_id: int, *, debits_issued_by: date | None = None) -> int:
        return sum(
            a.amount
            for a in self.allocations
            if a.credit_id == credit_id
            and (debits_issued_by is None or self.debits[a.debit_id].issue_date <= debits_issued_by)
        )

    def live_debits(self, customer_id: int) -> list[RawDebit]:
        return [x for x in self.debits.values() if x.customer_id == customer_id and not x.voided]

    def live_credits(self, customer_id: int) -> list[RawCredit]:
        return [x for x in self.credits.values() if x.customer_id == customer_id and not x.voided]

    def open_amount(self, debit: RawDebit, as_of: date | None = None) -> int:
        """Now (every credit, whatever its date), or on ``as_of``."""
        if as_of is not None and debit.issue_date > as_of:
            return 0
        return debit.amount - self.paid(debit.id, credits_dated_by=as_of)

    def oldest_due(self, customer_id: int, as_of: date) -> date | None:
        dues = [
            x.due_date for x in self.live_debits(customer_id) if self.open_amount(x, as_of) > 0
        ]
        return min(dues, default=None)

    def unapplied(self, customer_id: int) -> int:
        return sum(c.amount - self.applied(c.id) for c in self.live_credits(customer_id))

    def balance(self, customer_id: int, as_of: date | None = None) -> int:
        """invoices + fees − credit notes − payments, from the rows themselves: all of
        them, or those dated on or before ``as_of``."""
        return sum(
            x.amount for x in self.live_debits(customer_id)
            if as_of is None or x.issue_date <= as_of
        ) - sum(
            x.amount for x in self.live_credits(customer_id) if as_of is None or x.date <= as_of
        )


def read_raw(db: SqliteDatabase) -> RawLedger:
    cached = db.execute_sql("SELECT id, balance, oldest_due FROM customer").fetchall()
    customers = {cid: bal for cid, bal, _due in cached}
    oldest_dues = {cid: date.fromisoformat(due) if due else None for cid, _bal, due in cached}
    (day,) = db.execute_sql("SELECT value FROM setting WHERE key = 'ledger_as_of'").fetchone()
    debits = {
        row[0]: RawDebit(
            id=row[0],
            customer_id=row[1],
            kind=row[2],
            number=row[3],
            issue_date=date.fromisoformat(row[4]),
            due_date=date.fromisoformat(row[5]),
            amount=row[6],
            disputed=bool(row[7]),
            voided=row[8] is not None,
        )
        for row in db.execute_sql(
            "SELECT id, customer_id, kind, number, issue_date, due_date, amount, disputed, "
            "voided_at FROM debit"
        )
    }
    credits = {
        row[0]: RawCredit(
            id=row[0],
            customer_id=row[1],
            kind=row[2],
            date=date.fromisoformat(row[3]),
            amount=row[4],
            voided=row[5] is not None,
        )
        for row in db.execute_sql(
            "SELECT id, customer_id, kind, date, amount, voided_at FROM credit"
        )
    }
    allocations = [
        RawAllocation(*row)
        for row in db.execute_sql("SELECT credit_id, debit_id, amount FROM allocation")
    ]
    return RawLedger(
        customers, oldest_dues, date.fromisoformat(day), debits, credits, allocations
    )


def check_ledger(db: SqliteDatabase) -> RawLedger:
    """Assert the ledger rules on the raw tables (DESIGN, ledger rules); return the rows."""
    raw = read_raw(db)
    per_debit: dict[int, int] = {}
    per_credit: dict[int, int] = {}
    for a in raw.allocations:
        debit, credit = raw.debits[a.debit_id], raw.credits[a.credit_id]
        assert a.amount > 0, a
        assert a.amount <= debit.amount, a
        assert not debit.voided, f"allocation {a} touches void debit {debit.number}"
        assert not credit.voided, f"allocation {a} touches void credit {credit.id}"
        assert debit.customer_id == credit.customer_id, a
        per_debit[a.debit_id] = per_debit.get(a.debit_id, 0) + a.amount
        per_credit[a.credit_id] = per_credit.get(a.credit_id, 0) + a.amount
    for debit_id, total in per_debit.items():
        assert total <= raw.debits[debit_id].amount, (debit_id, total)
    for credit_id, total in per_credit.items():
        assert total <= raw.credits[credit_id].amount, (credit_id, total)

    for cid, cached in raw.customers.items():
        balance = raw.balance(cid)
        open_total = sum(raw.open_amount(x) for x in raw.live_debits(cid))
        unapplied = raw.unapplied(cid)
        assert balance == open_total - unapplied, (cid, balance, open_total, unapplied)
        # The cache holds the customer's standing on the ledger day, by the same rules as
        # the aging: records dated after it (a post-dated cheque) do not count yet.
        on_day = raw.balance(cid, raw.ledger_day)
        assert cached == on_day, f"customer {cid}: cached balance {cached} != ledger {on_day}"
        oldest = raw.oldest_due(cid, raw.ledger_day)
        assert raw.oldest_dues[cid] == oldest, (cid, raw.oldest_dues[cid], oldest)
        if unapplied > 0:
            waiting = [
                x.number for x in raw.live_debits(cid) if not x.disputed and raw.open_amount(x) > 0
            ]
            assert not waiting, f"customer {cid} has unapplied credit and open items {waiting}"
    # The audit trail (schema 9) replays to these very rows.
    assert replay_problems(db.execute_sql) == []
    return raw


def raw_aging(raw: RawLedger, customer_id: int, as_of: date) -> dict[str, Decimal]:
    """DESIGN's aging as of ``as_of``, recomputed from the rows (not via arapp.core.aging)."""
    sums = dict.fromkeys(("current", "d1_30", "d31_60", "d61_90", "d91_plus"), 0)
    for debit in raw.live_debits(customer_id):
        if debit.issue_date > as_of:
            continue
        open_minor = debit.amount - raw.paid(debit.id, credits_dated_by=as_of)
        days = (as_of - debit.due_date).days
        if days <= 0:
            key = "current"
        elif days <= 30:
            key = "d1_30"
        elif days <= 60:
            key = "d31_60"
        elif days <= 90:
            key = "d61_90"
        else:
            key = "d91_plus"
        sums[key] += open_minor
    unapplied = sum(
        c.amount - raw.applied(c.id, debits_issued_by=as_of)
        for c in raw.live_credits(customer_id)
        if c.date <= as_of
    )
    result = {name: agorot(value) for name, value in sums.items()}
    result["credit"] = agorot(-unapplied)
    result["total"] = agorot(sum(sums.values()) - unapplied)
    return result


@pytest.fixture
def snapshot(shop: Shop) -> Callable[[], Snapshot]:
    return lambda: table_snapshot(shop.db)


@pytest.fixture
def ledger_ok(shop: Shop) -> Callable[[], RawLedger]:
    """Call after an action: asserts every ledger rule on the raw tables."""
    return lambda: check_ledger(shop.db)


@pytest.fixture
def other_customer(shop: Shop) -> CustomerRecord:
    return shop.customers.create(
        CustomerInput(code="C002", name="أحمد الخطيب", phones="054-7654321", language="ar")
    )
