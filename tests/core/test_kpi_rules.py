"""The pure rules under Today and the KPIs: the work list's order, the ratios' rounding
and null, the periods."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from arapp.core import kpi_rules
from arapp.core.tasks import TASK_KINDS, Task, days_late, ordered

D = date(2026, 3, 31)


def task(kind: str, amount: str, day: date, code: str = "C1", ref: int | None = 1) -> Task:
    return Task(kind, 1, code, "x", Decimal(amount), day, days_late(day, D), "", "plan", ref)


def test_the_largest_amount_comes_first_then_the_latest() -> None:
    small_old = task("installment_late", "100.00", date(2025, 1, 1))
    big_new = task("check_to_deposit", "900.00", D)
    same_older = task("letter_due", "500.00", date(2026, 1, 1))
    same_newer = task("letter_due", "500.00", date(2026, 3, 1))
    assert ordered([small_old, same_newer, big_new, same_older]) == [
        big_new, same_older, same_newer, small_old]


def test_on_a_tie_trouble_comes_before_routine() -> None:
    day = date(2026, 3, 1)
    tied = [task(kind, "500.00", day) for kind in reversed(TASK_KINDS)]
    assert [t.kind for t in ordered(tied)] == list(TASK_KINDS)
    assert TASK_KINDS.index("check_returned") < TASK_KINDS.index("check_to_deposit")
    # Then the customer's code, then the record: the same list every time.
    a, b = task("follow_up", "5.00", day, "C2", 7), task("follow_up", "5.00", day, "C1", 9)
    assert ordered([a, b]) == [b, a]


def test_days_late_never_go_below_zero() -> None:
    assert days_late(date(2026, 4, 4), D) == 0
    assert days_late(date(2026, 3, 1), D) == 30


def test_ratios_round_half_up_once_and_are_null_without_a_divisor() -> None:
    assert kpi_rules.overdue_share(Decimal("1"), Decimal("8")) == Decimal("0.1250")
    assert kpi_rules.overdue_share(Decimal("1"), Decimal("160000")) == Decimal("0.0000")
    assert kpi_rules.overdue_share(Decimal("1"), Decimal("20000")) == Decimal("0.0001")  # .00005
    assert kpi_rules.dso(Decimal("1.00"), Decimal("0.00")) is None
    # 3600 × 90 / 2850 = 113.684…; dividing first and rounding twice would also give
    # 113.7, but 1 × 90 / 7 = 12.857… only rounds right when multiplied first.
    assert kpi_rules.dso(Decimal("3600.00"), Decimal("2850.00")) == Decimal("113.7")
    assert kpi_rules.dso(Decimal("1"), Decimal("7")) == Decimal("12.9")
    assert kpi_rules.collection_rate(Decimal("5"), Decimal("-5"), Decimal("5")) is None
    assert kpi_rules.collection_rate(Decimal("0"), Decimal("3"), Decimal("0")) == Decimal(
        "0.0000")


@given(st.integers(1, 10**9), st.integers(1, 10**9))
def test_a_share_is_the_exact_quotient_rounded_half_up(numerator: int, divisor: int) -> None:
    share = kpi_rules.ratio(numerator, divisor, kpi_rules.SHARE_PLACES)
    assert share is not None and share.as_tuple().exponent == -4
    # Within half a unit of the last place, and a tie goes up.
    error = share - Decimal(numerator) / Decimal(divisor)
    assert Decimal("-0.00005") < error <= Decimal("0.00005")


def test_the_default_period_is_thirty_days_with_the_day() -> None:
    assert kpi_rules.default_from(D) == date(2026, 3, 2)
    assert kpi_rules.default_from(date(2026, 3, 1)) == date(2026, 1, 31)
    assert kpi_rules.dso_window(D) == (date(2026, 1, 1), D)


def test_month_spans_end_on_the_months_last_day_or_the_day_asked() -> None:
    spans = kpi_rules.month_spans(date(2024, 3, 15), 3)
    assert [(s.month, s.start, s.end) for s in spans] == [
        ("2024-01", date(2024, 1, 1), date(2024, 1, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2024-03", date(2024, 3, 1), date(2024, 3, 15)),
    ]
    across = kpi_rules.month_spans(date(2026, 1, 31), 12)
    assert (across[0].month, across[-1].month, len(across)) == ("2025-02", "2026-01", 12)
