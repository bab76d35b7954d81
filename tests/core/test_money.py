"""Money: exact Decimal <-> integer agorot, half-up rounding, no floats."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arapp.core.money import (
    MINOR_UNIT,
    NotExact,
    from_minor,
    money,
    money_str,
    round_money,
    to_minor,
)
from tests.strategies import money as money_values


@pytest.mark.parametrize(
    ("amount", "minor"),
    [
        ("0.00", 0),
        ("0.01", 1),
        ("12.34", 1234),
        ("12.3", 1230),
        ("12", 1200),
        ("-0.01", -1),
        ("-1234.56", -123456),
        ("9999999999.99", 999999999999),
        ("1.100", 110),  # trailing zeros are still exact: nothing is rounded
        ("1E+2", 10000),
    ],
)
def test_to_minor(amount: str, minor: int) -> None:
    assert to_minor(Decimal(amount)) == minor


def test_to_minor_accepts_int() -> None:
    assert to_minor(7) == 700


@pytest.mark.parametrize("minor", [0, 1, 5, 99, 100, 123456, -1, -150])
def test_from_minor_has_two_decimals(minor: int) -> None:
    value = from_minor(minor)
    assert value.as_tuple().exponent == -2
    assert value * 100 == minor


def test_from_minor_text() -> None:
    assert str(from_minor(5)) == "0.05"
    assert str(from_minor(-150)) == "-1.50"
    assert str(from_minor(100000)) == "1000.00"


@given(st.integers(-(10**14), 10**14))
def test_minor_round_trip(minor: int) -> None:
    assert to_minor(from_minor(minor)) == minor


@given(money_values("-99999999.99", "99999999.99"))
def test_decimal_round_trip(amount: Decimal) -> None:
    back = from_minor(to_minor(amount))
    assert back == amount
    assert str(back) == str(amount.quantize(MINOR_UNIT))


@pytest.mark.parametrize("value", [1.5, 0.1, 0.0, float("nan")])
def test_to_minor_refuses_floats(value: float) -> None:
    with pytest.raises(TypeError):
        to_minor(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["1.00", None, [1]])
def test_to_minor_refuses_other_types(value: object) -> None:
    with pytest.raises(TypeError):
        to_minor(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["2.345", "0.001", "-0.005", "1.0000001", "NaN", "Infinity"])
def test_to_minor_refuses_more_than_two_decimals(value: str) -> None:
    with pytest.raises(NotExact):
        to_minor(Decimal(value))


@pytest.mark.parametrize(
    ("value", "rounded"),
    [
        ("2.345", "2.35"),  # half-up; banker's rounding would give 2.34
        ("-2.345", "-2.35"),  # half away from zero on the negative side too
        ("0.125", "0.13"),
        ("2.344", "2.34"),
        ("2.3449999", "2.34"),
        ("-2.344", "-2.34"),
        ("0.005", "0.01"),
        ("-0.005", "-0.01"),
        ("7", "7.00"),
        ("1.2", "1.20"),
    ],
)
def test_round_money_half_up(value: str, rounded: str) -> None:
    result = round_money(Decimal(value))
    assert result == Decimal(rounded)
    assert str(result) == rounded


def test_money_from_canonical_text() -> None:
    assert str(money("1234.5")) == "1234.50"
    assert str(money(3)) == "3.00"
    assert money(Decimal("0.10")) == Decimal("0.1")


@pytest.mark.parametrize("text", ["abc", "", "1.005", "1,234.50"])
def test_money_refuses_bad_text(text: str) -> None:
    with pytest.raises(NotExact):
        money(text)


@pytest.mark.parametrize("value", [1.5, 0.25])
def test_money_refuses_floats(value: float) -> None:
    # The module promises that a float is a programming error everywhere, not only in
    # to_minor: money(1.5) must not quietly become 1.50.
    with pytest.raises(TypeError):
        money(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "text"),
    [("5", "5.00"), ("1234.5", "1234.50"), ("-0.1", "-0.10"), ("0.00", "0.00")],
)
def test_money_str(value: str, text: str) -> None:
    assert money_str(Decimal(value)) == text
