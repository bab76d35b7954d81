"""Typed amounts become exact Decimals, or a reason the owner can act on."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given

from arapp.ui.ledger.money_input import AmountError, AmountProblem, amount_text, parse_amount
from tests.strategies import written_amounts


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
        ("1.500", "1.50"),  # exact, as the importer reads it: a trailing zero is no decimal
        ("100 شيكل", "100.00"),  # the currency words the importer accepts
        ('ש"ח 100', "100.00"),
        ("100 ש״ח", "100.00"),
        ("₪\u00a0100", "100.00"),
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
        ("12,34", AmountProblem.BAD_GROUPING),
        ("1,2345", AmountProblem.BAD_GROUPING),
        (",123", AmountProblem.BAD_GROUPING),
        ("-5", AmountProblem.NEGATIVE),
        ("5-", AmountProblem.NEGATIVE),
        ("0", AmountProblem.ZERO),
        ("0.00", AmountProblem.ZERO),
        ("10,000,000,000", AmountProblem.TOO_LARGE),
        ("$100", AmountProblem.NOT_A_NUMBER),  # another currency is not shekels
        ("1 234", AmountProblem.NOT_A_NUMBER),  # a space is no thousands separator here
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


# --- typed and imported amounts are read by one parser ----------------------------------

CORPUS = [
    "1234.5", "1,234.50", "₪1,234", "1234 ₪", "100 شيكل", "100 شيقل", 'ש"ח 5', "5 NIS",
    "12.", ".5", "12.500", "12.345", "12,50", "1.234,50", "1,2345", ",123", "1.2.3", "-5",
    "5-", "-5-", "--5", "0", "0.00", "1e5", "inf", "nan", "$100", "1 234", "", "  ",
    "10000000000", "9999999999.99", "١٬٢٣٤٫٥", "\u200f12.30\u200e", "abc", "+7",
]


def _typed(text: str) -> Decimal | None:
    try:
        return parse_amount(text)
    except AmountError:
        return None


def _imported(text: str) -> Decimal | None:
    from arapp.core.errors import ImportRowError
    from arapp.core.importing.fields import parse_amount as import_amount

    try:
        return import_amount(text, 2, "amount")
    except ImportRowError:
        return None


@pytest.mark.parametrize("text", CORPUS)
def test_typed_and_imported_amounts_agree(text: str) -> None:
    assert _typed(text) == _imported(text)


@given(written_amounts())
def test_typed_and_imported_amounts_agree_on_any_text(text: str) -> None:
    assert _typed(text) == _imported(text)
