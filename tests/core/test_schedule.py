"""Installment schedules: dates, equal installments, the annuity, count from an amount."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arapp.core.errors import InvalidField
from arapp.core.money import round_money
from arapp.core.plans.schedule import (
    MAX_INSTALLMENTS,
    Frequency,
    Terms,
    add_months,
    build_schedule,
    due_dates,
)

PLAN_DAY = date(2027, 1, 1)


def terms(**kw: object) -> Terms:
    base: dict[str, object] = {
        "debt": Decimal("12000.00"), "plan_date": PLAN_DAY, "first_due": date(2027, 1, 31),
        "count": 12,
    }
    base.update(kw)
    return Terms(**base)  # type: ignore[arg-type]


def test_monthly_dates_keep_the_day_and_clamp_to_short_months() -> None:
    dates = due_dates(date(2027, 1, 31), Frequency.MONTH, 5)
    assert dates == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31),
                     date(2027, 4, 30), date(2027, 5, 31)]
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)  # leap year


def test_two_weekly_and_weekly_dates() -> None:
    assert due_dates(date(2027, 1, 5), Frequency.TWO_WEEKS, 3) == [
        date(2027, 1, 5), date(2027, 1, 19), date(2027, 2, 2)]
    assert due_dates(date(2027, 1, 5), Frequency.WEEK, 2) == [date(2027, 1, 5),
                                                              date(2027, 1, 12)]


def test_textbook_annuity_12000_at_6_percent_over_12_months() -> None:
    s = build_schedule(terms(annual_rate=Decimal("6")))
    assert [x.amount for x in s.lines[:11]] == [Decimal("1032.80")] * 11
    assert s.lines[-1].amount == Decimal("1032.78")
    assert s.lines[0].interest == Decimal("60.00")
    assert s.lines[0].principal == Decimal("972.80")
    assert s.total_interest == Decimal("393.58")
    assert sum(x.principal for x in s.lines) == Decimal("12000.00")
    assert [x.due for x in s.lines[:3]] == [date(2027, 1, 31), date(2027, 2, 28),
                                           date(2027, 3, 31)]


def test_without_interest_the_last_installment_absorbs_the_rounding() -> None:
    s = build_schedule(terms(debt=Decimal("1000.00"), count=3))
    assert [x.amount for x in s.lines] == [Decimal("333.33"), Decimal("333.33"),
                                           Decimal("333.34")]


def test_amount_each_gives_the_count_and_a_smaller_last() -> None:
    s = build_schedule(terms(debt=Decimal("2300.00"), count=None,
                             amount_each=Decimal("500"), down_payment=Decimal("100")))
    assert [x.amount for x in s.lines] == [Decimal("500")] * 4 + [Decimal("200.00")]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"annual_rate": Decimal("-1")}, "annual_rate"),
        ({"annual_rate": Decimal("400")}, "annual_rate"),
        ({"count": 0}, "count"),
        ({"count": 1000}, "count"),
        ({"first_due": PLAN_DAY - timedelta(days=1)}, "first_due"),
        ({"down_payment": Decimal("12000.01")}, "down_payment"),
        ({"down_payment": Decimal("12000.00")}, "down_payment"),
        ({"count": None, "amount_each": Decimal("10")}, "amount_each"),
        ({"count": None, "amount_each": Decimal("59.99"), "annual_rate": Decimal("6")},
         "amount_each"),
        ({"count": 5, "amount_each": Decimal("10")}, "count"),
        ({"debt": Decimal("0.02"), "count": 3}, "count"),
    ],
)
def test_bad_terms_name_their_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidField) as caught:
        build_schedule(terms(**change))
    assert caught.value.input_field == field


def test_first_due_before_today_is_refused() -> None:
    with pytest.raises(InvalidField) as caught:
        build_schedule(terms(), today=date(2027, 2, 1))
    assert caught.value.input_field == "first_due"


debts = st.integers(min_value=100, max_value=10**9).map(lambda m: Decimal(m).scaleb(-2))
rates = st.sampled_from(["0", "1.5", "6", "9.9", "12", "20"]).map(Decimal)
frequencies = st.sampled_from(list(Frequency))
first_days = st.dates(min_value=PLAN_DAY, max_value=date(2030, 12, 31))


@settings(max_examples=300, deadline=None)
@given(debt=debts, count=st.integers(1, MAX_INSTALLMENTS), rate=rates, freq=frequencies,
       first=first_days)
def test_a_schedule_repays_exactly_the_principal(
    debt: Decimal, count: int, rate: Decimal, freq: Frequency, first: date
) -> None:
    try:
        s = build_schedule(Terms(debt=debt, plan_date=PLAN_DAY, first_due=first, count=count,
                                 frequency=freq, annual_rate=rate))
    except InvalidField as exc:  # a tiny debt over many installments
        assert exc.input_field == "count"
        assert debt < Decimal(count)  # installments under one shekel
        return
    assert len(s.lines) == count
    assert sum(x.principal for x in s.lines) == debt
    assert s.lines[-1].balance_after == 0
    assert all(x.amount > 0 and x.interest >= 0 for x in s.lines)
    assert all(x.amount == x.principal + x.interest for x in s.lines)
    assert all(a.due < b.due for a, b in zip(s.lines, s.lines[1:], strict=False))
    assert s.lines[0].due == first
    assert all(x.amount == x.amount.quantize(Decimal("0.01")) for x in s.lines)
    if rate == 0:
        each = s.lines[0].amount
        assert all(x.amount == each for x in s.lines[:-1])
        assert each <= s.lines[-1].amount < each + Decimal(count).scaleb(-2)
    else:
        # The annuity against its closed form, rounded to the agora.
        i = rate / 100 / {Frequency.MONTH: 12, Frequency.TWO_WEEKS: 26, Frequency.WEEK: 52}[freq]
        payment = round_money(debt * i / (1 - (1 + i) ** -count))
        assert all(x.amount == payment for x in s.lines[:-1])
        # Each line's interest is the balance before it at the period rate.
        balance = debt
        for x in s.lines:
            assert x.interest == round_money(balance * i)
            balance -= x.principal
    if freq is Frequency.MONTH:
        for k, x in enumerate(s.lines):
            assert x.due == add_months(first, k)
            assert x.due.day == first.day or (x.due.day < first.day and (
                (x.due + timedelta(days=1)).day == 1))


@settings(max_examples=200, deadline=None)
@given(debt=debts, each=st.integers(min_value=1000, max_value=10**8).map(
    lambda m: Decimal(m).scaleb(-2)), rate=rates)
def test_amount_each_pays_at_most_that_and_repays_exactly(
    debt: Decimal, each: Decimal, rate: Decimal
) -> None:
    try:
        s = build_schedule(Terms(debt=debt, plan_date=PLAN_DAY, first_due=PLAN_DAY,
                                 amount_each=each, annual_rate=rate))
    except InvalidField as exc:
        assert exc.input_field == "amount_each"
        return
    assert sum(x.principal for x in s.lines) == debt
    assert all(x.amount == each for x in s.lines[:-1])
    assert 0 < s.lines[-1].amount <= each
