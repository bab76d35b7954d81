"""The aging report as of a date, through the ledger read model
(:mod:`arapp.core.services.ledger_read`): the open items on D, summed by the buckets of
:mod:`arapp.core.aging`, and each customer's balance on D, whose difference is the
unapplied credit. One customer's row is bucketed item by item by the same rules.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from peewee import SqliteDatabase

from arapp.core.aging import BUCKETS, AgingRow, age_by_days, earliest_due_dates
from arapp.core.money import from_minor
from arapp.core.services import ledger_read
from arapp.core.services.settings import SettingsService


@dataclass(frozen=True, slots=True)
class CustomerAging:
    customer_id: int
    code: str
    name: str
    row: AgingRow


@dataclass(frozen=True, slots=True)
class AgingReport:
    as_of: date
    currency: str
    customers: tuple[CustomerAging, ...]
    totals: AgingRow


class AgingService:
    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db

    def _items(
        self, as_of: date, customer_id: int | None
    ) -> tuple[dict[int, list[tuple[int, Decimal]]], dict[int, int]]:
        """(days late, open amount) per customer, and each one's open total in minor units."""
        items: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
        open_sum: dict[int, int] = defaultdict(int)
        day = as_of.toordinal()
        for cid, _id, _number, _issued, due, _disputed, open_minor in ledger_read.open_item_rows(
            self.db.execute_sql, as_of, customer_id
        ):
            items[cid].append((day - date.fromisoformat(due).toordinal(), from_minor(open_minor)))
            open_sum[cid] += open_minor
        return items, open_sum

    def customer(self, customer_id: int, as_of: date) -> AgingRow:
        """One customer's row on ``as_of``; its total is the customer's balance that day."""
        items, open_sum = self._items(as_of, customer_id)
        balance = ledger_read.balance(self.db.execute_sql, customer_id, as_of)
        unapplied = from_minor(open_sum.get(customer_id, 0) - balance)
        return age_by_days(items.get(customer_id, []), unapplied)

    def report(self, as_of: date) -> AgingReport:
        """Every customer with something open or unapplied as of ``as_of``, by code."""
        execute = self.db.execute_sql
        by_bucket = ledger_read.open_by_bucket(execute, as_of, earliest_due_dates(as_of))
        balances = ledger_read.balances(execute, as_of)
        nothing = [0] * len(BUCKETS)
        rows = []
        sums = [0] * (len(BUCKETS) + 1)
        money: dict[int, Decimal] = {}  # most amounts repeat (zero above all)
        # In code order straight from its index: no sort of the report afterwards.
        for cid, code, name in execute("SELECT id, code, name FROM customer ORDER BY code"):
            buckets = by_bucket.get(cid)
            balance = balances.get(cid, 0)
            if buckets is None:
                if not balance:
                    continue
                buckets = nothing
            credit = balance - sum(buckets)  # −(unapplied credit on as_of)
            if not credit and not any(buckets):
                continue
            values = [*buckets, credit]
            for k, value in enumerate(values):
                sums[k] += value
            rows.append(CustomerAging(cid, code, name, _row(values, balance, money)))
        totals = _row(sums, sum(sums), money)
        return AgingReport(as_of, SettingsService(self.db).currency, tuple(rows), totals)


def _row(values: list[int], total: int, money: dict[int, Decimal]) -> AgingRow:
    """An aging row from minor units (the buckets in order, then the credit column);
    ``money`` remembers the amounts already converted."""
    amounts = []
    for minor in (*values, total):
        amount = money.get(minor)
        if amount is None:
            amount = money[minor] = from_minor(minor)
        amounts.append(amount)
    return AgingRow(*amounts)
