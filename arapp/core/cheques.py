"""Cheques: the fields an Israeli cheque carries, their checks, and fill-down. Pure.

A cheque's MICR line gives the bank (2 digits), the branch (3) and the account (up to 9);
the cheque number is printed on it too. A cheque received is a payment dated with the date
written on it (DESIGN.md, Checks); its life in the register (in hand → deposited →
cleared, or returned with the bank's reason) is kept by the cheque service.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from arapp.core import id_number
from arapp.core.errors import InvalidField
from arapp.core.money import MAX_AMOUNT, ZERO, NotExact, to_minor
from arapp.core.textclean import strip_bidi_controls

STATUSES: tuple[str, ...] = ("in_hand", "deposited", "cleared", "returned", "given_back",
                             "replaced")
#: The bank's reasons for returning a cheque (DESIGN.md, Checks), in the CLI's words.
RETURN_REASONS: tuple[str, ...] = (
    "insufficient_funds",
    "restricted",
    "closed",
    "stop_order",
    "attached",
    "signature",
    "technical",
    "early",
    "stale",
    "other",
)
_NUMBER_DIGITS = 10


@dataclass(frozen=True, slots=True, kw_only=True)
class ChequeInput:
    """One cheque as the owner types it. ``drawer_name`` empty: the customer drew it."""

    bank: str
    branch: str
    account: str
    number: str
    amount: Decimal
    date: date
    drawer_name: str = ""
    drawer_id: str = ""


def _digits(value: str, *, most: int, least: int = 1) -> str | None:
    text = "".join(value.split()).replace("-", "")
    if text.isascii() and text.isdigit() and least <= len(text) <= most:
        return text
    return None


def clean_cheque(cheque: ChequeInput, *, row: int | None = None) -> ChequeInput:
    """``cheque`` with its fields tidied (digits only, names stripped of bidi controls),
    or an :class:`InvalidField` naming the field (and the cheque's row when given)."""

    def refuse(template: str, field: str, **params: object) -> InvalidField:
        if row is not None:
            template = "Cheque {row}: " + template
            params["row"] = row
        return InvalidField(template, input_field=field, **params)

    bank = _digits(cheque.bank, most=2)
    if bank is None:
        raise refuse("the bank is a number of up to 2 digits", "bank")
    branch = _digits(cheque.branch, most=3)
    if branch is None:
        raise refuse("the branch is a number of up to 3 digits", "branch")
    account = _digits(cheque.account, most=9)
    if account is None:
        raise refuse("the account is a number of up to 9 digits", "account")
    number = _digits(cheque.number, most=_NUMBER_DIGITS)
    if number is None:
        raise refuse("the cheque number is a number of up to 10 digits", "number")
    try:
        minor = to_minor(cheque.amount)
    except (NotExact, TypeError) as exc:
        raise refuse("the amount must have at most two decimals", "amount") from exc
    if minor <= 0 or cheque.amount >= MAX_AMOUNT:
        raise refuse("the amount must be more than zero", "amount")
    drawer = strip_bidi_controls(cheque.drawer_name).strip()
    drawer_id = cheque.drawer_id.strip()
    if drawer and not drawer_id:
        raise refuse("a cheque drawn by someone else needs the drawer's ID number",
                     "drawer_id")
    if drawer_id:
        padded = id_number.digits_of(drawer_id)
        if padded is None or not id_number.is_valid(padded):
            raise refuse("the drawer's ID number {value} is not valid", "drawer_id",
                         value=drawer_id)
        drawer_id = padded
    return replace(
        cheque,
        bank=bank.zfill(2),
        branch=branch.zfill(3),
        account=account,
        number=number,
        drawer_name=drawer,
        drawer_id=drawer_id,
    )


def fill_down(first: ChequeInput, dates: Sequence[date],
              amounts: Sequence[Decimal]) -> list[ChequeInput]:
    """One cheque per installment from the first one typed: the same bank, branch,
    account and drawer, consecutive numbers (keeping leading zeros), the installments'
    dates and amounts."""
    if len(dates) != len(amounts):
        raise ValueError("one date per amount")
    width = len(first.number)
    start = int(first.number) if first.number.isdigit() else 0
    return [
        replace(first, number=str(start + k).zfill(width), date=day, amount=amount)
        for k, (day, amount) in enumerate(zip(dates, amounts, strict=True))
    ]


def total(cheques: Sequence[ChequeInput]) -> Decimal:
    return sum((c.amount for c in cheques), ZERO)
