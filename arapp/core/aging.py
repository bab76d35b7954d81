"""Aging: how long the open amounts have been late, as of a date. Pure: no database.

DESIGN: only items issued on or before D and credits dated on or before D count; days past
due = D − due date; buckets current (≤ 0), 1–30, 31–60, 61–90, 91+; unapplied credit is its
own (negative) column and ``total`` is the sum of all six.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from arapp.core.money import ZERO

#: Each bucket and the most days late it holds (None: no limit), in order.
LIMITS: tuple[tuple[str, int | None], ...] = (
    ("current", 0),
    ("d1_30", 30),
    ("d31_60", 60),
    ("d61_90", 90),
    ("d91_plus", None),
)
BUCKETS: tuple[str, ...] = tuple(name for name, _limit in LIMITS)
COLUMNS: tuple[str, ...] = (*BUCKETS, "credit", "total")


def days_late(due_date: date, as_of: date) -> int:
    return (as_of - due_date).days


def bucket_of(days: int) -> str:
    for name, limit in LIMITS:
        if limit is None or days <= limit:
            return name
    raise AssertionError("the last bucket has no limit")


def earliest_due_dates(as_of: date) -> tuple[date, ...]:
    """For each bucket but the last, the earliest due date it holds on ``as_of``: an item
    belongs to the first bucket whose date is on or before its due date (how a database
    buckets a million items by comparing dates instead of counting days)."""
    return tuple(
        date.fromordinal(as_of.toordinal() - limit) for _name, limit in LIMITS if limit is not None
    )


@dataclass(frozen=True, slots=True)
class AgingRow:
    current: Decimal = ZERO
    d1_30: Decimal = ZERO
    d31_60: Decimal = ZERO
    d61_90: Decimal = ZERO
    d91_plus: Decimal = ZERO
    credit: Decimal = ZERO  # <= 0
    total: Decimal = ZERO

    @property
    def overdue(self) -> Decimal:
        return self.d1_30 + self.d31_60 + self.d61_90 + self.d91_plus

    def is_zero(self) -> bool:
        return all(getattr(self, name) == ZERO for name in COLUMNS)

    def as_dict(self) -> dict[str, Decimal]:
        return {name: getattr(self, name) for name in COLUMNS}

    def __add__(self, other: AgingRow) -> AgingRow:
        return AgingRow(**{name: getattr(self, name) + getattr(other, name) for name in COLUMNS})


def age(open_items: Iterable[tuple[date, Decimal]], unapplied: Decimal, as_of: date) -> AgingRow:
    """Bucket ``(due_date, open_amount)`` pairs as of ``as_of``; ``unapplied`` is the
    customer's unapplied credit (>= 0) as of that date and shows as a negative column."""
    return age_by_days(((days_late(due, as_of), amount) for due, amount in open_items), unapplied)


def age_by_days(open_items: Iterable[tuple[int, Decimal]], unapplied: Decimal) -> AgingRow:
    """:func:`age` for ``(days_late, open_amount)`` pairs (days already counted, e.g. by
    the database for a million invoices)."""
    sums = dict.fromkeys(BUCKETS, ZERO)
    for days, open_amount in open_items:
        sums[bucket_of(days)] += open_amount
    credit = -unapplied
    total = sum(sums.values(), ZERO) + credit
    return AgingRow(**sums, credit=credit, total=total)
