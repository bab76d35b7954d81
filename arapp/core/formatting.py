"""Locale-aware display strings for amounts, numbers, percentages and dates.

One place for "how does 1234.5 look in a Hebrew letter": the UI, the CLI and the documents
layer all call these. CLDR conventions as babel has them; no Qt, no reportlab.

Two house rules on top of CLDR:

- **Latin digits everywhere**, Arabic included (numbering system ``latn``), because that
  is what Israeli Arabic speakers write on checks and invoices.
- **No bidi control characters** in the result. Babel puts RLM/LRM/ALM marks into the
  he/ar patterns so that a plain text widget orders the pieces; our PDF layer orders text
  itself (and protects amounts as left-to-right units), and stray marks would print as
  boxes or fight that ordering. Qt widgets lay out the clean string correctly as well.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Context, Decimal

from arapp.core.textclean import strip_bidi_controls

#: Letter/UI language → babel locale. Israel for all three: ₪ formatting and conventions.
_LOCALES = {"he": "he_IL", "ar": "ar_IL", "en": "en_IL"}

# The shekel in he_IL, ar_IL and en_IL as CLDR writes it (digits ``latn``, "," grouping in
# threes, "." decimals, a leading "-"): sign before, after a no-break space in he/ar, sign
# first in en. Kept here so that drawing a list of balances or a count does not load babel
# and its locale data (about 50 ms, most of what the app spent on start-up beyond Qt);
# tests/core/test_formatting_cldr.py holds them to babel itself. Other currencies
# go through babel.
_ILS_SIGN_BEFORE = {"he": False, "ar": False, "en": True}


def _locale(lang: str) -> str:
    try:
        return _LOCALES[lang]
    except KeyError:
        raise ValueError(f"unsupported language {lang!r}; expected one of he, ar, en") from None


def _clean(text: str) -> str:
    # babel puts direction marks around he/ar amounts; the layout places them itself.
    return strip_bidi_controls(text)


def _check_decimal(value: Decimal | int) -> Decimal:
    # A float here would silently print binary noise (0.1 + 0.2); refuse it like core.money.
    if isinstance(value, float) or not isinstance(value, Decimal | int):
        raise TypeError(f"expected Decimal or int, not {type(value).__name__}")
    return Decimal(value)


def _grouped(value: Decimal, places: int) -> tuple[bool, str]:
    """(negative, "1,234.50") with exactly ``places`` decimals, half to even as babel
    rounds; the sign is the rounded value's, so ``-0.001`` at two places is "-0.00" as in
    babel."""
    # Enough precision for every digit kept: the default 28 would refuse a long value.
    context = Context(prec=max(28, value.adjusted() + places + 2), rounding=ROUND_HALF_EVEN)
    rounded = value.quantize(Decimal(1).scaleb(-places), context=context)
    return rounded.is_signed(), format(abs(rounded), f",.{places}f")


def format_amount(value: Decimal | int, lang: str, currency: str = "ILS") -> str:
    """Money with its currency sign as written in ``lang``: ``"1,234.50 ₪"`` (he, ar),
    ``"₪1,234.50"`` (en); negatives carry a leading minus (``"-1,234.50 ₪"``).

    Always two decimals for ILS (babel's currency digits), Latin digits, and no bidi
    control characters. Raises ``ValueError`` for an unknown language, ``TypeError`` for
    a float.
    """
    amount = _check_decimal(value)
    locale = _locale(lang)
    if currency == "ILS":
        negative, digits = _grouped(amount, 2)
        minus = "-" if negative else ""
        return f"{minus}₪{digits}" if _ILS_SIGN_BEFORE[lang] else f"{minus}{digits}\xa0₪"
    from babel.numbers import format_currency

    text = format_currency(amount, currency, locale=locale, numbering_system="latn")
    return _clean(text)


def format_number(value: Decimal | int, lang: str) -> str:
    """A grouped number showing exactly the decimals ``value`` has: ``Decimal("1234.50")``
    → ``"1,234.50"``, ``7`` → ``"7"``. Quantize first if a fixed scale is wanted."""
    number = _check_decimal(value)
    # The pattern carries the value's own scale: babel's decimal_quantization=False
    # normalises first and would print 1234.50 as "1,234.5".
    _locale(lang)
    exponent = number.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    negative, digits = _grouped(number, places)
    return "-" + digits if negative else digits


def format_percent(value: Decimal | int, lang: str) -> str:
    """A ratio as a percentage with up to two decimals: ``Decimal("0.125")`` → ``"12.5%"``,
    ``Decimal("0.1")`` → ``"10%"``. (Pass the ratio, not the number of percent.)"""
    ratio = _check_decimal(value)
    _locale(lang)
    negative, digits = _grouped(ratio.scaleb(2), 2)
    digits = digits.rstrip("0").rstrip(".")
    return ("-" if negative else "") + digits + "%"


def format_date(d: date, lang: str) -> str:
    """``dd/mm/yyyy`` in every language (the Israeli convention, also in English letters):
    ``date(2026, 3, 5)`` → ``"05/03/2026"``. ``lang`` is validated for symmetry."""
    _locale(lang)
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"
