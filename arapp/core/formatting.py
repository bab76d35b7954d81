"""Locale-aware display strings for amounts, numbers, percentages and dates.

One place for "how does 1234.5 look in a Hebrew letter": the UI, the CLI and the documents
layer all call these. Babel only; no Qt, no reportlab.

Two house rules on top of babel:

- **Latin digits everywhere**, Arabic included (numbering system ``latn``), because that
  is what Israeli Arabic speakers write on checks and invoices.
- **No bidi control characters** in the result. Babel puts RLM/LRM/ALM marks into the
  he/ar patterns so that a plain text widget orders the pieces; our PDF layer orders text
  itself (and protects amounts as left-to-right units), and stray marks would print as
  boxes or fight that ordering. Qt widgets lay out the clean string correctly as well.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.numbers import format_currency, format_decimal
from babel.numbers import format_percent as _babel_percent

from arapp.core.textclean import strip_bidi_controls

#: Letter/UI language → babel locale. Israel for all three: ₪ formatting and conventions.
_LOCALES = {"he": "he_IL", "ar": "ar_IL", "en": "en_IL"}

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


def format_amount(value: Decimal | int, lang: str, currency: str = "ILS") -> str:
    """Money with its currency sign as written in ``lang``: ``"1,234.50 ₪"`` (he, ar),
    ``"₪1,234.50"`` (en); negatives carry a leading minus (``"-1,234.50 ₪"``).

    Always two decimals for ILS (babel's currency digits), Latin digits, and no bidi
    control characters. Raises ``ValueError`` for an unknown language, ``TypeError`` for
    a float.
    """
    amount = _check_decimal(value)
    text = format_currency(amount, currency, locale=_locale(lang), numbering_system="latn")
    return _clean(text)


def format_number(value: Decimal | int, lang: str) -> str:
    """A grouped number showing exactly the decimals ``value`` has: ``Decimal("1234.50")``
    → ``"1,234.50"``, ``7`` → ``"7"``. Quantize first if a fixed scale is wanted."""
    number = _check_decimal(value)
    # The pattern carries the value's own scale: babel's decimal_quantization=False
    # normalises first and would print 1234.50 as "1,234.5".
    exponent = number.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    pattern = "#,##0." + "0" * places if places else "#,##0"
    text = format_decimal(number, format=pattern, locale=_locale(lang), numbering_system="latn")
    return _clean(text)


def format_percent(value: Decimal | int, lang: str) -> str:
    """A ratio as a percentage with up to two decimals: ``Decimal("0.125")`` → ``"12.5%"``,
    ``Decimal("0.1")`` → ``"10%"``. (Pass the ratio, not the number of percent.)"""
    ratio = _check_decimal(value)
    text = _babel_percent(ratio, format="#,##0.##%", locale=_locale(lang), numbering_system="latn")
    return _clean(text)


def format_date(d: date, lang: str) -> str:
    """``dd/mm/yyyy`` in every language (the Israeli convention, also in English letters):
    ``date(2026, 3, 5)`` → ``"05/03/2026"``. ``lang`` is validated for symmetry."""
    _locale(lang)
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"
