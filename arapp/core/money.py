"""Money: ``Decimal`` in code, integer minor units (agorot) in storage.

Rounding happens only where the ledger rules define it (an installment amount, a fee);
everything else is exact. Floats never enter: a float handed to these functions is a
programming error.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MINOR_DIGITS = 2
MINOR_UNIT = Decimal(1).scaleb(-MINOR_DIGITS)  # Decimal("0.01")
ZERO = Decimal("0.00")
#: Amounts at or above this are refused everywhere: no shop's invoice is ten billion.
MAX_AMOUNT = Decimal("10000000000")


class NotExact(ValueError):
    """An amount has more decimals than the currency's minor unit."""


def to_minor(amount: Decimal) -> int:
    """Return ``amount`` in minor units; raise :class:`NotExact` if it has more than two
    decimals (never rounds silently)."""
    if isinstance(amount, float) or not isinstance(amount, Decimal | int):
        raise TypeError(f"money must be Decimal or int, not {type(amount).__name__}")
    value = Decimal(amount)
    if not value.is_finite():
        raise NotExact(str(amount))
    scaled = value.scaleb(MINOR_DIGITS)
    if scaled != scaled.to_integral_value():
        raise NotExact(str(amount))
    return int(scaled)


def from_minor(minor: int) -> Decimal:
    """Return the ``Decimal`` amount for ``minor`` units, always with two decimals."""
    return (Decimal(int(minor)).scaleb(-MINOR_DIGITS)).quantize(MINOR_UNIT)


def round_money(amount: Decimal) -> Decimal:
    """Round half-up to the minor unit: the one rounding rule of the ledger."""
    return amount.quantize(MINOR_UNIT, rounding=ROUND_HALF_UP)


def money(text: str | int | Decimal) -> Decimal:
    """Exact money value from a canonical string such as ``"1234.50"``; for code and tests,
    not for user input (see :mod:`arapp.core.importing.fields` and the UI parsers)."""
    if isinstance(text, float):
        raise TypeError("money must be Decimal, int or str, not float")
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise NotExact(str(text)) from exc
    return from_minor(to_minor(value))


def money_str(amount: Decimal) -> str:
    """Canonical machine string with two decimals, as used in JSON and CSV output."""
    return str(amount.quantize(MINOR_UNIT))
