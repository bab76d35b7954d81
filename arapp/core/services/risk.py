"""The customers' risk summaries (``shop.risk``; the rule: :mod:`arapp.core.collection.
risk`). One customer for the card, or a batch for the customer list in a handful of
indexed queries, however many customers it covers."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from arapp.core.collection.promises import NOT_KEPT
from arapp.core.collection.risk import DueItem, RiskSummary, payment_record

if TYPE_CHECKING:
    from arapp.core.services import Shop

# The items whose payment record counts: invoices and installments (a fee is the shop's
# charge, not a debt the customer chose to pay late).
_COUNTED = "('invoice', 'installment')"


class RiskService:
    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    def summary(self, customer_id: int, as_of: date) -> RiskSummary:
        return self.summaries([customer_id], as_of)[customer_id]

    def summaries(self, customer_ids: Iterable[int], as_of: date) -> dict[int, RiskSummary]:
        """Customer id → risk summary on ``as_of``, for each of ``customer_ids``."""
        ids = sorted(set(customer_ids))
        if not ids:
            return {}
        execute = self.shop.db.execute_sql
        params = {"ids": json.dumps(ids), "d": as_of.isoformat()}
        mine = "IN (SELECT value FROM json_each(:ids))"
        settled: dict[int, list[tuple[date, int]]] = defaultdict(list)
        moved: set[int] = set()
        for debit_id, kind, day, amount in execute(
            "SELECT a.debit_id, c.kind, c.date, a.amount FROM debit d"
            " JOIN allocation a ON a.debit_id = d.id JOIN credit c ON c.id = a.credit_id"
            f" WHERE d.customer_id {mine} AND d.kind IN {_COUNTED} AND d.due_date <= :d"
            " AND d.voided_at IS NULL AND c.voided_at IS NULL AND c.date <= :d", params,
        ):
            if kind == "restructure":
                moved.add(int(debit_id))
            else:
                settled[int(debit_id)].append((date.fromisoformat(day), int(amount)))
        items: dict[int, list[DueItem]] = defaultdict(list)
        for cid, debit_id, due, amount in execute(
            "SELECT customer_id, id, due_date, amount FROM debit"
            f" WHERE customer_id {mine} AND kind IN {_COUNTED} AND due_date <= :d"
            " AND issue_date <= :d AND voided_at IS NULL", params,
        ):
            if int(debit_id) not in moved:
                items[int(cid)].append(DueItem(date.fromisoformat(due), int(amount),
                                               settled.get(int(debit_id), ())))
        returned = {
            int(cid): int(n) for cid, n in execute(
                "SELECT q.customer_id, COUNT(*) FROM cheque q JOIN cheque_event e"
                f" ON e.cheque_id = q.id WHERE q.customer_id {mine} AND e.kind = 'returned'"
                " AND e.date <= :d GROUP BY q.customer_id", params,
            )
        }
        broken: dict[int, int] = defaultdict(int)
        for promise in self.shop.interactions.promises_of(ids, as_of):
            if promise.state in NOT_KEPT:
                broken[promise.customer_id] += 1
        result = {}
        for cid in ids:
            share, average, late_now = payment_record(items.get(cid, ()), as_of)
            result[cid] = RiskSummary(
                on_time_share=share, avg_days_late=average,
                broken_promises=broken.get(cid, 0), returned_cheques=returned.get(cid, 0),
                days_late_now=late_now,
            )
        return result
