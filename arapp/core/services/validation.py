"""Checks of owner-typed values shared by the services; each failure is a UserError."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from arapp.core.errors import InvalidAmount, InvalidDate, UserError
from arapp.core.money import MAX_AMOUNT, ZERO, NotExact, to_minor
from arapp.core.textclean import strip_bidi_controls


def positive_amount(value: Decimal, what: str = "Amount") -> int:
    """Minor units of a money amount that must be > 0, exact to the agora, < 10 billion."""
    if not isinstance(value, Decimal):
        raise InvalidAmount("{field} must be a number", field=what)
    try:
        minor = to_minor(value)
    except NotExact as exc:
        raise InvalidAmount(
            "{field} {value} has more than two decimals", field=what, value=value
        ) from exc
    if value <= ZERO:
        raise InvalidAmount("{field} must be more than zero", field=what)
    if value >= MAX_AMOUNT:
        raise InvalidAmount("{field} {value} is too large", field=what, value=value)
    return minor


def optional_limit(value: Decimal | None) -> int | None:
    if value is None:
        return None
    if value == ZERO:
        return 0
    return positive_amount(value, "Credit limit")


#: Characters that show nothing: a name of only these is no name (issue #21, defect 11).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
#: Every line break Unicode knows; a one-line field (a name, a code) holds none of them.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = ("\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def clean_text(
    value: str, what: str, *, required: bool = False, max_len: int = 500, one_line: bool = False
) -> str:
    """Trimmed text without bidi control characters (a name must not reorder a letter).
    ``one_line``: a line break is refused (a name on two lines breaks a letter's address
    block and every list)."""
    text = strip_bidi_controls(value or "").strip().strip(_INVISIBLE).strip()
    if one_line and any(brk in text for brk in _LINE_BREAKS):
        raise UserError("{field} must be on one line", field=what)
    # Control characters (NUL, escape, C1 codes) are never text a person typed.
    text = _CONTROLS.sub("", text).strip()
    if required and not text.translate({ord(c): None for c in _INVISIBLE}).strip():
        raise UserError("{field} is required", field=what)
    if len(text) > max_len:
        raise UserError("{field} is longer than {limit} characters", field=what, limit=max_len)
    return text


def real_date(value: object, what: str = "Date") -> date:
    if not isinstance(value, date):
        raise InvalidDate("{field} is not a date", field=what)
    if not (1990 <= value.year <= 2100):
        raise InvalidDate("{field} {value} is out of range", field=what, value=value)
    return value
