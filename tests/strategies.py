"""Hypothesis strategies shared by the test suite: money, dates, open items and sequences of
ledger operations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import strategies as st

from arapp.core.allocation import OpenItem
from arapp.core.money import from_minor, to_minor

FIRST_DAY = date(2025, 1, 1)
LAST_DAY = date(2026, 12, 31)


def money(min_value: str = "0.01", max_value: str = "5000.00") -> st.SearchStrategy[Decimal]:
    """Exact amounts with two decimals between the bounds (inclusive)."""
    return st.integers(to_minor(Decimal(min_value)), to_minor(Decimal(max_value))).map(from_minor)


def written_amounts(max_size: int = 14) -> st.SearchStrategy[str]:
    """Text an owner might type or a file might hold as an amount: digits, separators,
    signs, currency signs and words, Arabic-Indic digits, no-break spaces; mostly not a
    valid amount, which is the point (typed and imported amounts must agree)."""
    return st.text(alphabet="0123456789,.-+ ₪$شيكلש\"ח\u00a0٫٬١", max_size=max_size)


def dates(first: date = FIRST_DAY, last: date = LAST_DAY) -> st.SearchStrategy[date]:
    return st.dates(min_value=first, max_value=last)


@st.composite
def open_items(draw: st.DrawFn, max_size: int = 8) -> list[OpenItem]:
    """Open items with distinct ids; numbers drawn so that 999 and 1000 sort naturally and
    due/issue dates often tie."""
    ids = draw(st.lists(st.integers(1, 10_000), unique=True, max_size=max_size))
    items = []
    for item_id in ids:
        issue = draw(dates(date(2026, 1, 1), date(2026, 1, 10)))
        due = issue + timedelta(days=draw(st.integers(0, 5)))
        number = draw(st.sampled_from(["", "INV-"])) + str(draw(st.integers(995, 1005)))
        items.append(OpenItem(item_id, number, issue, due, draw(money("0.01", "500.00"))))
    return items


# Ledger operations. Indices (``customer``, ``pick``, ``picks``, ``target``) are resolved
# modulo the number of candidates when the operation runs, so every drawn sequence is valid.


@dataclass(frozen=True, slots=True)
class CreateInvoice:
    customer: int
    issue: date
    due_days: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class CreateFee:
    customer: int
    on: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class RecordPayment:
    customer: int
    on: date
    amount: Decimal
    picks: tuple[int, ...]  # indices into the customer's open items; empty = oldest-due


@dataclass(frozen=True, slots=True)
class CreditNote:
    customer: int
    on: date
    amount: Decimal
    target: int | None  # index into the customer's open items


@dataclass(frozen=True, slots=True)
class VoidPayment:
    pick: int  # index into every credit, void ones included (voiding twice is refused)


@dataclass(frozen=True, slots=True)
class VoidInvoice:
    pick: int  # index into every debit, void ones included


@dataclass(frozen=True, slots=True)
class Dispute:
    pick: int  # index into the live debits whose dispute flag differs from ``disputed``
    disputed: bool


Operation = (
    CreateInvoice | CreateFee | RecordPayment | CreditNote | VoidPayment | VoidInvoice | Dispute
)

_index = st.integers(0, 50)

create_invoice = st.builds(
    CreateInvoice, customer=_index, issue=dates(), due_days=st.integers(0, 90), amount=money()
)
create_fee = st.builds(CreateFee, customer=_index, on=dates(), amount=money("0.01", "100.00"))
record_payment = st.builds(
    RecordPayment,
    customer=_index,
    on=dates(),
    amount=money(),
    picks=st.lists(_index, max_size=3).map(tuple),
)
credit_note = st.builds(
    CreditNote,
    customer=_index,
    on=dates(),
    amount=money("0.01", "1000.00"),
    target=st.none() | _index,
)
void_payment = st.builds(VoidPayment, pick=_index)
void_invoice = st.builds(VoidInvoice, pick=_index)
dispute = st.builds(Dispute, pick=_index, disputed=st.booleans())


def operations(min_size: int = 1, max_size: int = 25) -> st.SearchStrategy[list[Operation]]:
    """A sequence of owner actions, weighted towards invoices and payments."""
    one = st.one_of(
        create_invoice,
        create_invoice,
        record_payment,
        record_payment,
        credit_note,
        create_fee,
        void_payment,
        void_invoice,
        dispute,
    )
    # A length drawn uniformly: plain st.lists favours short lists, and the interesting
    # states (credit waiting beside a disputed item, a void that re-settles) need a history.
    return st.integers(min_size, max_size).flatmap(lambda n: st.lists(one, min_size=n, max_size=n))
