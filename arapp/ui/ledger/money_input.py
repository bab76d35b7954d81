"""Typed amounts → ``Decimal``: what the owner writes in an amount box, never via float.

Accepted, in every UI language (Israel writes "." for decimals and "," for thousands in
Hebrew, Arabic and English alike): ``1234.5``, ``1,234.50``, ``₪ 1,234``, ``.5``, Arabic-Indic
digits and separators (``١٬٢٣٤٫٥``) from an Arabic keyboard. Refused, each with its own
reason so the dialog can say what is wrong: more than two decimals (never rounded: a third
decimal is a typo in money), thousands separators in the wrong place (``12,34`` could mean
12.34 or 1,234), a minus sign, letters, zero when zero makes no sense, ten billion and up.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import Enum

from PySide6.QtCore import QCoreApplication

from arapp.core.formatting import format_number
from arapp.core.money import MAX_AMOUNT, MINOR_UNIT


class AmountProblem(Enum):
    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    TOO_MANY_DECIMALS = "too_many_decimals"
    BAD_GROUPING = "bad_grouping"
    NEGATIVE = "negative"
    ZERO = "zero"
    TOO_LARGE = "too_large"


class AmountError(ValueError):
    """A typed amount that is not acceptable; ``problem`` says why."""

    def __init__(self, problem: AmountProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


# Arabic-Indic and Persian digits, Arabic decimal and thousands separators → Latin.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
# Currency signs and words an owner may type or paste along with the number; spaces of
# every kind (copying from a PDF brings no-break spaces) and bidi marks.
_NOISE = re.compile('[₪$€\\s\u00a0\u202f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]|NIS|ש"ח|ש״ח')
_NUMBER = re.compile(r"(?P<int>[\d,]*)(?:\.(?P<frac>\d*))?")
_GROUPED = re.compile(r"\d{1,3}(,\d{3})*")


def parse_amount(text: str, *, allow_zero: bool = False) -> Decimal:
    """The amount ``text`` means, with exactly two decimals; raises :class:`AmountError`."""
    cleaned = _NOISE.sub("", text.translate(_DIGITS))
    if not cleaned:
        raise AmountError(AmountProblem.EMPTY)
    if cleaned.startswith("-") or cleaned.endswith("-"):
        raise AmountError(AmountProblem.NEGATIVE)
    cleaned = cleaned.removeprefix("+")
    match = _NUMBER.fullmatch(cleaned)
    if match is None or not any(ch.isdigit() for ch in cleaned):
        raise AmountError(AmountProblem.NOT_A_NUMBER)
    whole, frac = match.group("int"), match.group("frac") or ""
    if "," in whole:
        if not _GROUPED.fullmatch(whole):
            raise AmountError(AmountProblem.BAD_GROUPING)
        whole = whole.replace(",", "")
    if len(frac) > 2:
        raise AmountError(AmountProblem.TOO_MANY_DECIMALS)
    try:
        value = Decimal(f"{whole or '0'}.{frac or '0'}").quantize(MINOR_UNIT)
    except InvalidOperation:
        raise AmountError(AmountProblem.NOT_A_NUMBER) from None
    if value >= MAX_AMOUNT:
        raise AmountError(AmountProblem.TOO_LARGE)
    if value == 0 and not allow_zero:
        raise AmountError(AmountProblem.ZERO)
    return value


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
