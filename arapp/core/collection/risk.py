"""The risk summary of a customer, from their history (DESIGN.md, Credit control).

As of a day D, over the customer's invoices and installments that fell due by D (voided
ones and invoices moved into a plan left out — the plan's installments count instead):

- **on-time share** — the share of them settled in full on or before their due date
  (None when none fell due);
- **average days late** — over those settled in full by D, the mean of the days between
  the due date and the day the last agora came in (0 for one paid on time), one decimal
  (None when none was settled);
- **days late now** — D minus the due date of the oldest item still open on D (0 when
  nothing is late);
- **broken promises** — promises to pay broken or only partly kept by D;
- **returned cheques** — cheques the bank returned on or before D.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

ONE_DECIMAL = Decimal("0.1")
FOUR_DECIMALS = Decimal("0.0001")


@dataclass(frozen=True, slots=True)
class DueItem:
    """An item that fell due, with the (day, minor units) of what settled it, by day."""

    due_date: date
    amount: int
    settled_by: Sequence[tuple[date, int]]

    def settled_on(self, as_of: date) -> date | None:
        """The day the item was settled in full, if it was by ``as_of``."""
        paid = 0
        for day, amount in sorted(self.settled_by):
            if day > as_of:
                break
            paid += amount
            if paid >= self.amount:
                return day
        return None


@dataclass(frozen=True, slots=True)
class RiskSummary:
    on_time_share: Decimal | None
    avg_days_late: Decimal | None
    broken_promises: int
    returned_cheques: int
    days_late_now: int


def payment_record(
    items: Iterable[DueItem], as_of: date
) -> tuple[Decimal | None, Decimal | None, int]:
    """(on-time share, average days late, days late now) of ``items`` on ``as_of``."""
    due = [i for i in items if i.due_date <= as_of]
    on_time = 0
    late_days: list[int] = []
    oldest_open: date | None = None
    for item in due:
        settled = item.settled_on(as_of)
        if settled is None:
            oldest_open = item.due_date if oldest_open is None else min(oldest_open,
                                                                        item.due_date)
            continue
        late = max(0, (settled - item.due_date).days)
        on_time += late == 0
        late_days.append(late)
    share = None if not due else (Decimal(on_time) / len(due)).quantize(
        FOUR_DECIMALS, ROUND_HALF_UP)
    average = None if not late_days else (Decimal(sum(late_days)) / len(late_days)).quantize(
        ONE_DECIMAL, ROUND_HALF_UP)
    now = 0 if oldest_open is None else max(0, (as_of - oldest_open).days)
    return share, average, now
