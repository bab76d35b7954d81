"""Checks of owner-typed values shared by the services; each failure is a UserError."""

from __future__ import annotations

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


def clean_text(value: str, what: str, *, required: bool = False, max_len: int = 500) -> str:
    """Trimmed text without bidi control characters (a name must not reorder a letter)."""
    text = strip_bidi_controls(value or "").replace("\x00", "").strip()
    if required and not text:
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
