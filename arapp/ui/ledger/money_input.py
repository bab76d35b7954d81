"""Typed amounts → ``Decimal`` through the core's one amount parser
(:func:`arapp.core.amounts.parse_amount`, which the importer uses too), and the few words
the amount box says about each refusal.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from arapp.core.amounts import AmountError, AmountProblem
from arapp.core.amounts import parse_amount as _parse_amount
from arapp.core.formatting import format_number
from arapp.core.money import MINOR_UNIT

__all__ = ["AmountError", "AmountProblem", "amount_text", "parse_amount", "problem_text"]


def parse_amount(text: str, *, allow_zero: bool = False) -> Decimal:
    """The amount ``text`` means, with exactly two decimals; raises :class:`AmountError`
    (never negative: the boxes take what was paid or invoiced)."""
    return _parse_amount(text, allow_zero=allow_zero)


def problem_text(problem: AmountProblem) -> str:
    """The owner-facing sentence for ``problem`` in the current UI language."""
    texts = {
        AmountProblem.EMPTY: QCoreApplication.translate("MoneyInput", "Type an amount."),
        AmountProblem.NOT_A_NUMBER: QCoreApplication.translate(
            "MoneyInput", "This is not a number."
        ),
        AmountProblem.TOO_MANY_DECIMALS: QCoreApplication.translate(
            "MoneyInput", "At most two digits after the point."
        ),
        AmountProblem.BAD_GROUPING: QCoreApplication.translate(
            "MoneyInput", "Check the thousands separators (for example 1,234.50)."
        ),
        AmountProblem.NEGATIVE: QCoreApplication.translate(
            "MoneyInput", "The amount cannot be negative."
        ),
        AmountProblem.ZERO: QCoreApplication.translate(
            "MoneyInput", "The amount must be more than zero."
        ),
        AmountProblem.TOO_LARGE: QCoreApplication.translate(
            "MoneyInput", "The amount is too large."
        ),
    }
    return texts[problem]


def amount_text(value: Decimal, lang: str) -> str:
    """``value`` as it would be typed back into an amount box: ``1,234.50``."""
    return format_number(value.quantize(MINOR_UNIT), lang)
