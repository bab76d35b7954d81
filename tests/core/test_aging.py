"""Aging (pure): days past due, bucket boundaries, the credit column and the total."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arapp.core.aging import BUCKETS, COLUMNS, AgingRow, age, bucket_of, days_late
from tests.conftest import d, m
from tests.strategies import dates, money

AS_OF = d("2026-03-31")


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (-400, "current"),
        (-1, "current"),
        (0, "current"),
        (1, "d1_30"),
        (30, "d1_30"),
        (31, "d31_60"),
        (60, "d31_60"),
        (61, "d61_90"),
        (90, "d61_90"),
        (91, "d91_plus"),
        (5000, "d91_plus"),
    ],
)
def test_bucket_boundaries(days: int, bucket: str) -> None:
    assert bucket_of(days) == bucket
    # The same boundary reached through real dates: an item due `days` before AS_OF.
    row = age([(AS_OF - timedelta(days=days), m("10.00"))], m("0.00"), AS_OF)
    assert getattr(row, bucket) == m("10.00")
    assert row.total == m("10.00")
    assert sum((getattr(row, b) for b in BUCKETS), Decimal(0)) == m("10.00")


def test_days_late_counts_calendar_days() -> None:
    assert days_late(d("2026-01-31"), d("2026-03-01")) == 29  # February 2026 has 28 days
    assert days_late(d("2024-01-31"), d("2024-03-01")) == 30  # leap year
    assert days_late(d("2026-03-31"), d("2026-03-31")) == 0
    assert days_late(d("2026-04-10"), d("2026-03-31")) == -10


def test_age_buckets_credit_and_total() -> None:
    items = [
        (d("2026-04-15"), m("100.00")),  # not yet due
        (d("2026-03-31"), m("0.01")),  # due today: current
        (d("2026-03-30"), m("20.00")),  # 1 day
        (d("2026-03-01"), m("30.30")),  # 30 days
        (d("2026-02-28"), m("31.31")),  # 31 days
        (d("2026-01-30"), m("60.60")),  # 60 days
        (d("2026-01-29"), m("61.61")),  # 61 days
        (d("2025-12-31"), m("90.90")),  # 90 days
        (d("2025-12-30"), m("91.91")),  # 91 days
        (d("2024-01-01"), m("1000.00")),
    ]
    row = age(items, m("250.50"), AS_OF)
    assert row == AgingRow(
        current=m("100.01"),
        d1_30=m("50.30"),
        d31_60=m("91.91"),
        d61_90=m("152.51"),
        d91_plus=m("1091.91"),
        credit=m("-250.50"),
        total=m("1236.14"),
    )
    assert row.overdue == m("1386.63")


def test_credit_column_is_negative_and_counted_in_total() -> None:
    row = age([], m("75.25"), AS_OF)
    assert row.credit == m("-75.25")
    assert row.total == m("-75.25")
    assert not row.is_zero()


def test_nothing_open_is_zero() -> None:
    row = age([], m("0.00"), AS_OF)
    assert row.is_zero()
    assert row == AgingRow()
    assert str(row.credit) == "0.00"  # never "-0.00" in a report


def test_rows_add_column_by_column() -> None:
    a = age([(d("2026-03-01"), m("10.00"))], m("1.00"), AS_OF)
    b = age([(d("2026-05-01"), m("5.55"))], m("0.00"), AS_OF)
    total = a + b
    assert total.current == m("5.55")
    assert total.d1_30 == m("10.00")
    assert total.credit == m("-1.00")
    assert total.total == m("14.55")
    assert set(total.as_dict()) == set(COLUMNS)


@given(
    items=st.lists(st.tuples(dates(), money("0.01", "9999.99")), max_size=12),
    unapplied=money("0.00", "9999.99"),
    as_of=dates(),
)
def test_total_is_sum_of_six_columns(
    items: list[tuple[date, Decimal]], unapplied: Decimal, as_of: date
) -> None:
    row = age(items, unapplied, as_of)
    six = sum((getattr(row, c) for c in (*BUCKETS, "credit")), Decimal(0))
    assert row.total == six
    assert row.total == sum((a for _, a in items), Decimal(0)) - unapplied
    assert row.credit <= 0
    assert all(getattr(row, b) >= 0 for b in BUCKETS)
