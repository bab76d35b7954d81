"""The aging report as of a date, straight from the ledger tables.

SQL computes each item's open amount *as of D* (amount − allocations from credits dated
≤ D) and each customer's unapplied credit as of D; :func:`arapp.core.aging.age` buckets
them, so the bucket rules live in one place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from peewee import SqliteDatabase

from arapp.core.aging import AgingRow, age_by_days
from arapp.core.money import ZERO, from_minor
from arapp.core.services.settings import SettingsService

# Open amount per item as of D: items issued ≤ D, minus allocations of credits dated ≤ D.
# The correlated form uses the allocation_debit index, so one customer's card is instant.
_OPEN_ITEMS_SQL = """
SELECT d.customer_id,
       CAST(julianday(:d) - julianday(d.due_date) AS INTEGER) AS days_late,
       d.amount - COALESCE((SELECT SUM(a.amount) FROM allocation a
                            JOIN credit c ON c.id = a.credit_id
                            WHERE a.debit_id = d.id AND c.date <= :d), 0) AS open
FROM debit d
WHERE d.voided_at IS NULL AND d.issue_date <= :d AND open != 0 {customer_filter}
"""

# Balance as of D per customer: debits issued ≤ D minus credits dated ≤ D. Since
# balance = Σ open items − unapplied credit, the unapplied credit as of D follows from it
# without visiting every allocation (money applied later to an item that did not yet
# exist on D was still unapplied on D, and this identity counts it so).
_BALANCE_SQL = """
SELECT customer_id, SUM(amount) FROM (
    SELECT d.customer_id, d.amount FROM debit d
    WHERE d.voided_at IS NULL AND d.issue_date <= :d {debit_filter}
    UNION ALL
    SELECT c.customer_id, -c.amount FROM credit c
    WHERE c.voided_at IS NULL AND c.date <= :d {credit_filter})
GROUP BY customer_id
"""


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

    def _raw(
        self, as_of: date, customer_id: int | None
    ) -> tuple[dict[int, list[tuple[int, Decimal]]], dict[int, Decimal]]:
        params: dict[str, object] = {"d": as_of.isoformat()}
        item_filter = debit_filter = credit_filter = ""
        if customer_id is not None:
            params["c"] = customer_id
            item_filter = "AND d.customer_id = :c"
            debit_filter = "AND d.customer_id = :c"
            credit_filter = "AND c.customer_id = :c"
        items: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
        open_sum: dict[int, int] = defaultdict(int)
        sql = _OPEN_ITEMS_SQL.format(customer_filter=item_filter)
        for cid, days, open_minor in self.db.execute_sql(sql, params):
            items[cid].append((days, from_minor(open_minor)))
            open_sum[cid] += open_minor
        credits: dict[int, Decimal] = {}
        sql = _BALANCE_SQL.format(debit_filter=debit_filter, credit_filter=credit_filter)
        for cid, balance in self.db.execute_sql(sql, params):
            unapplied = open_sum.get(cid, 0) - balance
            if unapplied:
                credits[cid] = from_minor(unapplied)
        return items, credits

    def customer(self, customer_id: int, as_of: date) -> AgingRow:
        items, credits = self._raw(as_of, customer_id)
        return age_by_days(items.get(customer_id, []), credits.get(customer_id, ZERO))

    def report(self, as_of: date) -> AgingReport:
        """Every customer with something open or unapplied as of ``as_of``, by code."""
        items, credits = self._raw(as_of, None)
        ids = set(items) | set(credits)
        names = {
            cid: (code, name)
            for cid, code, name in self.db.execute_sql("SELECT id, code, name FROM customer")
            if cid in ids
        }
        rows = []
        totals = AgingRow()
        for cid in ids:
            row = age_by_days(items.get(cid, []), credits.get(cid, ZERO))
            if row.is_zero():
                continue
            code, name = names[cid]
            rows.append(CustomerAging(cid, code, name, row))
            totals = totals + row
        rows.sort(key=lambda r: r.code)
        return AgingReport(as_of, SettingsService(self.db).currency, tuple(rows), totals)
