"""Typed amounts become exact Decimals, or a reason the owner can act on."""

from __future__ import annotations

from decimal import Decimal

import pytest

from arapp.ui.ledger.money_input import AmountError, AmountProblem, amount_text, parse_amount


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1234.5", "1234.50"),
        ("1,234.50", "1234.50"),
        ("  1,234 ", "1234.00"),
        ("₪ 1,234.5", "1234.50"),
        ("1234.50 ₪", "1234.50"),
        (".5", "0.50"),
        ("12.", "12.00"),
        ("1,000,000", "1000000.00"),
        ("١٬٢٣٤٫٥", "1234.50"),  # Arabic-Indic digits and separators
        ("\u200f1,234.50", "1234.50"),  # a pasted right-to-left mark
        ("+7", "7.00"),
    ],
)
def test_accepted_amounts(typed: str, value: str) -> None:
    result = parse_amount(typed)
    assert result == Decimal(value)
    assert isinstance(result, Decimal)
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", AmountProblem.EMPTY),
        ("   ", AmountProblem.EMPTY),
        ("abc", AmountProblem.NOT_A_NUMBER),
        ("12a", AmountProblem.NOT_A_NUMBER),
        ("1e5", AmountProblem.NOT_A_NUMBER),
        ("inf", AmountProblem.NOT_A_NUMBER),
        ("1.2.3", AmountProblem.NOT_A_NUMBER),
        (".", AmountProblem.NOT_A_NUMBER),
        ("12.345", AmountProblem.TOO_MANY_DECIMALS),
        ("1.500", AmountProblem.TOO_MANY_DECIMALS),
        ("12,34", AmountProblem.BAD_GROUPING),
        ("1,2345", AmountProblem.BAD_GROUPING),
        (",123", AmountProblem.BAD_GROUPING),
        ("-5", AmountProblem.NEGATIVE),
        ("5-", AmountProblem.NEGATIVE),
        ("0", AmountProblem.ZERO),
        ("0.00", AmountProblem.ZERO),
        ("10,000,000,000", AmountProblem.TOO_LARGE),
    ],
)
def test_refused_amounts(typed: str, problem: AmountProblem) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(typed)
    assert caught.value.problem is problem


def test_zero_when_allowed() -> None:
    assert parse_amount("0", allow_zero=True) == Decimal("0.00")


def test_amount_text_types_back() -> None:
    assert amount_text(Decimal("1234.5"), "he") == "1,234.50"
    assert parse_amount(amount_text(Decimal("98765.43"), "ar")) == Decimal("98765.43")
