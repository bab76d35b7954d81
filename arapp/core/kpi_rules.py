"""The KPI formulas (issue #20, 7; DESIGN.md, Headless CLI ``kpi``). Pure: amounts in,
ratios out, no database.

Every ratio is computed exactly and rounded once, ROUND_HALF_UP, to its stated places;
a ratio whose divisor is zero is ``None`` (JSON null), never 0 or infinity.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

#: DSO looks at what was invoiced in this many days ending on the day asked for.
DSO_DAYS = 90
#: Without ``--from``, a KPI period is this many days ending on the day asked for.
PERIOD_DAYS = 30
#: What a payment must come within, after a letter, to count as paid after it.
LETTER_EFFECT_DAYS = 30
#: How many customers the top debtors list.
TOP_DEBTORS = 10

SHARE_PLACES = Decimal("0.0001")  # overdue share, collection rate, promises kept
DAYS_PLACES = Decimal("0.1")  # DSO, average days to pay


def ratio(numerator: Decimal | int, divisor: Decimal | int, places: Decimal) -> Decimal | None:
    """``numerator ÷ divisor`` rounded half-up to ``places``; None for a zero divisor."""
    if divisor == 0:
        return None
    return (Decimal(numerator) / Decimal(divisor)).quantize(places, rounding=ROUND_HALF_UP)


def overdue_share(overdue: Decimal, receivable: Decimal) -> Decimal | None:
    """overdue ÷ receivable, 4 decimals."""
    return ratio(overdue, receivable, SHARE_PLACES)


def dso(receivable: Decimal, invoiced_90_days: Decimal) -> Decimal | None:
    """Days sales outstanding: receivable ÷ invoiced in the 90 days ending on the day ×
    90, 1 decimal (multiplied before dividing, so only the result is rounded)."""
    return ratio(receivable * DSO_DAYS, invoiced_90_days, DAYS_PLACES)


def collection_rate(
    collected: Decimal, receivable_before: Decimal, invoiced: Decimal
) -> Decimal | None:
    """collected in the period ÷ (receivable at the end of the day before it + invoiced
    in it), 4 decimals."""
    return ratio(collected, receivable_before + invoiced, SHARE_PLACES)


def default_from(as_of: date) -> date:
    """The first day of the default period: ``as_of`` − 29 days (30 days with it)."""
    return as_of - timedelta(days=PERIOD_DAYS - 1)


def dso_window(as_of: date) -> tuple[date, date]:
    """The 90 days ending on ``as_of``, both ends included."""
    return as_of - timedelta(days=DSO_DAYS - 1), as_of


@dataclass(frozen=True, slots=True)
class MonthSpan:
    """A calendar month as far as the trend sees it: ``start`` its first day, ``end`` its
    last day, or the day asked for in the month it falls in."""

    month: str  # YYYY-MM
    start: date
    end: date


def month_spans(as_of: date, months: int) -> list[MonthSpan]:
    """The ``months`` calendar months ending with the one ``as_of`` is in, oldest first;
    the last one ends on ``as_of``."""
    if months < 1:
        raise ValueError("a trend has at least one month")
    spans = []
    index = as_of.year * 12 + as_of.month - 1
    for k in range(months - 1, -1, -1):
        year, month = divmod(index - k, 12)
        month += 1
        start = date(year, month, 1)
        end = date(year, month, calendar.monthrange(year, month)[1])
        spans.append(MonthSpan(f"{year:04d}-{month:02d}", start, min(end, as_of)))
    return spans
