"""Cheques: the fields an Israeli cheque carries, their checks, and fill-down. Pure.

A cheque's MICR line gives the bank (2 digits), the branch (3) and the account (up to 9);
the cheque number is printed on it too. A cheque received is a payment dated with the date
written on it (DESIGN.md, Checks); its life in the register (in hand → deposited →
cleared, or returned with the bank's reason) is kept by the cheque service.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from arapp.core import id_number
from arapp.core.errors import InvalidField, fill_template
from arapp.core.money import MAX_AMOUNT, ZERO, NotExact, to_minor
from arapp.core.plans.schedule import add_months
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
    #: Who endorsed it to the shop (empty: not endorsed) and how many endorsements it
    #: carries (the Cash Law allows one on a cheque over ₪10,000).
    endorser_name: str = ""
    endorser_id: str = ""
    endorsements: int = 0


@dataclass(frozen=True, slots=True)
class ChequeWarning:
    """Something the owner should know about a cheque that is not a refusal: an English
    template with named values, translated like a refusal (context "UserError")."""

    template: str
    params: tuple[tuple[str, object], ...] = ()

    @property
    def message(self) -> str:
        return fill_template(self.template, dict(self.params))


def warning(template: str, **params: object) -> ChequeWarning:
    return ChequeWarning(template, tuple(params.items()))


#: The Cash Law: a cheque over this amount may be endorsed once at most.
CASH_LAW_LIMIT = Decimal("10000")
#: A cheque is stale this many months after its date; the bank returns it.
STALE_MONTHS = 6
MAX_ENDORSEMENTS = 20


def stale_after(day: date) -> date:
    """The last day a cheque dated ``day`` can still be deposited."""
    return add_months(day, STALE_MONTHS)


def paper_warnings(cheque: ChequeInput, today: date) -> list[ChequeWarning]:
    """What a bank clerk would point out about a (cleaned) cheque received ``today``."""
    found = []
    if cheque.endorsements > 1 and cheque.amount > CASH_LAW_LIMIT:
        found.append(warning(
            "Cheque {number} is over {limit} and endorsed {count} times: under the Cash "
            "Law the bank will return it",
            number=cheque.number, limit=CASH_LAW_LIMIT, count=cheque.endorsements,
        ))
    if today > stale_after(cheque.date):
        found.append(warning(
            "Cheque {number} is dated {day}, more than six months ago: the bank will "
            "return it as stale",
            number=cheque.number, day=cheque.date,
        ))
    return found


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
    endorser = strip_bidi_controls(cheque.endorser_name).strip()
    endorser_id = cheque.endorser_id.strip()
    endorsements = cheque.endorsements
    if not isinstance(endorsements, int) or not 0 <= endorsements <= MAX_ENDORSEMENTS:
        raise refuse("the number of endorsements must be between 0 and {limit}",
                     "endorsements", limit=MAX_ENDORSEMENTS)
    if (endorser or endorser_id) and endorsements == 0:
        endorsements = 1
    if endorsements and not endorser:
        raise refuse("an endorsed cheque needs the endorser's name", "endorser_name")
    if endorsements and not endorser_id:
        raise refuse("an endorsed cheque needs the endorser's ID number (the Cash Law)",
                     "endorser_id")
    if endorser_id:
        padded_endorser = id_number.digits_of(endorser_id)
        if padded_endorser is None or not id_number.is_valid(padded_endorser):
            raise refuse("the endorser's ID number {value} is not valid", "endorser_id",
                         value=endorser_id)
        endorser_id = padded_endorser
    if len(drawer) > 200 or len(endorser) > 200:
        raise refuse("a name is longer than {limit} characters", "drawer_name", limit=200)
    return replace(
        cheque,
        endorser_name=endorser,
        endorser_id=endorser_id,
        endorsements=endorsements,
        bank=bank.zfill(2),
        branch=branch.zfill(3),
        account=account,
        number=number,
        drawer_name=drawer,
        drawer_id=drawer_id,
    )


def clean_account(bank: str, branch: str, account: str) -> tuple[str, str, str]:
    """A drawer's account as the register keeps it (bank and branch zero-padded), or an
    :class:`InvalidField` naming the field."""
    cleaned = clean_cheque(ChequeInput(bank=bank, branch=branch, account=account,
                                       number="1", amount=Decimal(1), date=date.min))
    return cleaned.bank, cleaned.branch, cleaned.account


_MICR_QUERY = re.compile(r"^(\d{1,2})\s*[-/.\s]\s*(\d{1,3})(?:\s*[-/.\s]\s*(\d{1,9}))?$")


def micr_query(text: str) -> tuple[str, str, str] | None:
    """A search typed as the cheque's MICR line reads — bank and branch ("12-345",
    "12/345") or with the account ("12/345/678901") — as (bank, branch, account) padded
    as the register keeps them (account "" when not typed); None for any other text."""
    found = _MICR_QUERY.match(text.strip())
    if found is None:
        return None
    bank, branch, account = found.groups()
    return bank.zfill(2), branch.zfill(3), account or ""


#: A returned cheque's bank fee is a fee debit numbered after the cheque ("CHQ-1001"). Its
#: words ("bank fee, returned cheque 1001") are put in the reader's language where it is
#: shown (:func:`returned_cheque_of`), never stored: a Hebrew statement of a shop whose
#: owner works in Arabic must not print someone else's language.
FEE_NUMBER_PREFIX = "CHQ-"


def fee_number(cheque_number: str) -> str:
    return FEE_NUMBER_PREFIX + cheque_number


def returned_cheque_of(kind: str, debit_number: str) -> str | None:
    """The cheque number whose bank fee this debit is, or None for any other debit."""
    if kind == "fee" and debit_number.startswith(FEE_NUMBER_PREFIX):
        return debit_number[len(FEE_NUMBER_PREFIX):]
    return None


#: Why a cheque's payment was voided, as the ledger stores it: fixed words with the bank's
#: reason code, put into the reader's language where shown (:func:`cheque_void_reason`).
VOID_RETURNED = "cheque returned: "
VOID_GIVEN_BACK = "cheque given back"
VOID_REPLACED = "cheque replaced"


def cheque_void_reason(text: str) -> tuple[str, str] | None:
    """("returned", reason code), ("given_back", "") or ("replaced", "") for a payment
    voided by the cheque register; None for a void reason the owner typed."""
    if text.startswith(VOID_RETURNED) and text[len(VOID_RETURNED):] in RETURN_REASONS:
        return "returned", text[len(VOID_RETURNED):]
    if text == VOID_GIVEN_BACK:
        return "given_back", ""
    if text == VOID_REPLACED:
        return "replaced", ""
    return None


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
