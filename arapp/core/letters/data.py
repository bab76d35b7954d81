"""Plain data that documents are made from. No database, no Qt, no PDF: the letter
services in ``arapp.core`` decide what a letter says and lists and fill these;
``arapp.documents`` turns a :class:`LetterData`, :class:`StatementData`,
:class:`PaymentConfirmationData` (and the other kinds below) into PDF bytes.

Text fields hold *logical-order* Unicode as the user typed it; the documents layer strips
bidi control characters, wraps, reorders and shapes. Labels are the per-language fixed words
(table headers, "Total", ...) read from ``resources/templates/<lang>/labels.toml``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Business:
    name: str
    registration_number: str = ""
    address: str = ""
    phones: str = ""
    email: str = ""
    bank_details: str = ""  # multi-line: bank, branch, account, beneficiary
    owner_name: str = ""
    logo_png: bytes | None = None
    signature_png: bytes | None = None
    pay_app_number: str = ""  # Bit / PayBox
    card_phone: str = ""  # pay by credit card over the phone
    opening_hours: str = ""  # pay at the shop


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    code: str
    address: str = ""
    phones: str = ""
    id_number: str = ""


@dataclass(frozen=True, slots=True)
class OpenItemRow:
    number: str
    issue_date: date
    due_date: date
    days_late: int  # <= 0 when not yet due
    amount: Decimal
    open_amount: Decimal
    description: str = ""  # what the item was for, as the invoice says


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One movement of a statement of account, in date order."""

    date: date
    kind: str  # "invoice" | "credit_note" | "payment" | "fee" | "installment"
    reference: str  # invoice number, check number, ...
    description: str  # e.g. "applied to: 1001, 1002" for a payment
    debit: Decimal  # 0 when it is a credit
    credit: Decimal  # 0 when it is a debit
    balance: Decimal  # running balance after this row


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentData:
    """What every document shows: the letterhead (``business``), the addressee, the
    date, the subject and the body. ``subject`` and ``paragraphs`` are already filled
    from the template (placeholders replaced). A document is one of the kinds below;
    ``arapp.documents`` renders each by its type."""

    lang: str  # "he" | "ar" | "en"
    letter_date: date
    business: Business
    recipient: Recipient
    subject: str
    paragraphs: tuple[str, ...]
    labels: Mapping[str, str]
    currency: str = "ILS"
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class LetterData(DocumentData):
    """A collection letter: the open items it is about, their total and the date to pay
    by. ``kind`` names its wording (a letter kind's ``template`` in
    :mod:`arapp.core.letters.kinds`)."""

    kind: str
    items: tuple[OpenItemRow, ...] = ()
    total: Decimal = Decimal("0.00")
    pay_by: date | None = None
    #: A settlement offer: the reduced amount it asks for by ``pay_by`` (``total`` is the
    #: full debt).
    settlement_amount: Decimal | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementData(DocumentData):
    """A statement of account: every movement in a period with a running balance."""

    movements: tuple[StatementRow, ...]
    period_start: date
    period_end: date
    opening_balance: Decimal
    closing_balance: Decimal


@dataclass(frozen=True, slots=True)
class PaidItemRow:
    """One item a payment paid: how much of it, and what was still open on it on the
    payment's day."""

    number: str
    issue_date: date
    due_date: date
    amount: Decimal  # the item's own amount
    paid: Decimal  # what this payment paid of it
    open_after: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentConfirmationData(DocumentData):
    """A confirmation that a payment was received: who paid, how much, how, what it paid
    and the balance after it. Not a tax invoice or receipt (חשבונית מס / קבלה), which the
    shop's bookkeeping software issues; ``notice`` says so on the page."""

    payment_date: date
    amount: Decimal
    method: str  # the method's label in the document's language ("מזומן")
    reference: str  # cheque number, transfer reference; may be empty
    items: tuple[PaidItemRow, ...]
    unapplied: Decimal  # what this payment left as credit
    balance_after: Decimal  # the customer's balance at the end of the payment's day
    notice: str


@dataclass(frozen=True, slots=True)
class Party:
    """A person who signs an agreement besides the business: the customer or a
    guarantor. ``max_liability`` is a guarantor's ceiling (None: none stated)."""

    name: str
    id_number: str = ""
    address: str = ""
    phones: str = ""
    max_liability: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """One installment line of an agreement; ``n`` 0 is the down payment."""

    n: int
    due_date: date
    amount: Decimal
    principal: Decimal
    interest: Decimal
    cheque_number: str = ""  # empty: no cheque given for it
    cheque_bank: str = ""  # "bank/branch/account", e.g. "12/345/123456"


@dataclass(frozen=True, slots=True)
class SignatureMark:
    """A signature drawn on screen, placed in its box. ``role`` is "customer", "owner"
    or "guarantor"; ``png`` a transparent PNG of the strokes; ``signed_at`` the local
    date and time of signing as "dd/mm/yyyy HH:MM"."""

    role: str
    name: str
    png: bytes
    signed_at: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AgreementData(DocumentData):
    """An installment agreement (הסכם פריסת חוב / اتفاقية تقسيط): the parties, the debt
    acknowledged and the items it consists of, the down payment, the schedule, the terms
    (acceleration, early repayment, arrears), and a signature box per party.
    ``recipient`` is the customer as the letterhead shows them; ``customer`` adds what
    an agreement states of them. ``paragraphs`` are the clauses from the agreement
    template, placeholders filled; ``subject`` its title. Boxes without a
    :class:`SignatureMark` print empty, for signing on paper."""

    plan_number: str
    version: int
    customer: Party
    guarantor: Party | None
    covered: tuple[OpenItemRow, ...]  # the items the debt consists of
    debt: Decimal  # acknowledged: the covered items' open total
    down_payment: Decimal
    principal: Decimal  # debt − down payment
    annual_rate: Decimal  # percent a year
    total_interest: Decimal
    total_payable: Decimal  # down payment + every installment
    schedule: tuple[ScheduleRow, ...]
    grace_days: int
    place: str
    signatures: tuple[SignatureMark, ...] = ()


@dataclass(frozen=True, slots=True)
class LetterDraft:
    """A letter decided but not yet rendered: what it shows, and what recording it will
    write into the customer's file (the kind asked for, the items whose ladder step it
    marks, the amount it claims)."""

    customer_id: int
    kind: str  # the kind asked for (a ladder level or a letter made by hand)
    lang: str
    letter_date: date
    data: LetterData | StatementData | PaymentConfirmationData
    item_ids: tuple[int, ...]  # the open items it lists; none for a statement
    amount: Decimal
    ladder_level: str | None  # the ladder step recording it marks, if it is one
    #: A debt notice: the numbers of the items it comes late for, more than the §13B2(a)
    #: window (4 months) after they fell due.
    past_notice_window: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PreparedLetter:
    """A draft with the PDF bytes it rendered to: what is previewed, printed, saved and
    recorded, byte for byte."""

    draft: LetterDraft
    pdf: bytes

    @property
    def kind(self) -> str:
        return self.draft.kind

    @property
    def lang(self) -> str:
        return self.draft.lang

    @property
    def letter_date(self) -> date:
        return self.draft.letter_date

    @property
    def data(self) -> LetterData | StatementData | PaymentConfirmationData:
        return self.draft.data

    @property
    def item_ids(self) -> tuple[int, ...]:
        return self.draft.item_ids

    @property
    def amount(self) -> Decimal:
        return self.draft.amount


@dataclass(frozen=True, slots=True)
class DepositChequeRow:
    """One cheque on a deposit list, as the bank's clerk reads it."""

    number: str
    bank: str  # "12/345/123456": bank, branch, account
    cheque_date: date
    drawer: str
    customer: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class DepositDay:
    """One deposit: the day, the shop's account it went into, its cheques."""

    date: date
    bank_account: str
    cheques: tuple[DepositChequeRow, ...]

    @property
    def total(self) -> Decimal:
        return sum((c.amount for c in self.cheques), Decimal("0.00"))


@dataclass(frozen=True, slots=True, kw_only=True)
class DepositListData(DocumentData):
    """The printable list of cheque deposits, oldest day first: which cheques went to
    which of the shop's accounts on which day, each day's total and the list's. Not
    addressed to a customer (``recipient`` is empty)."""

    deposits: tuple[DepositDay, ...]

    @property
    def total(self) -> Decimal:
        return sum((d.total for d in self.deposits), Decimal("0.00"))

    @property
    def count(self) -> int:
        return sum(len(d.cheques) for d in self.deposits)


@dataclass(frozen=True, slots=True)
class LogEntryRow:
    """One entry of a customer's interaction log as the record of contacts prints it.
    The words (``what``, ``outcome``, ``promise_state``) are already in the document's
    language; ``number`` is the entry's place in the record (1: the oldest), by which a
    correction and the entry it corrects name each other."""

    number: int
    at: datetime  # when it happened
    recorded_at: datetime | None  # when it was written into the log
    what: str  # the kind, and which way a contact went
    outcome: str  # how a contact ended and why the customer has not paid, or what the
    # record behind an automatic entry says (a letter's kind, a payment's method…)
    note: str
    #: What a payment entry paid, or a void took back (the note then says the rest).
    amount: Decimal | None = None
    promise_amount: Decimal | None = None
    promise_date: date | None = None
    #: How the promise stands on the document's date ("" when it was corrected away).
    promise_state: str = ""
    follow_up_date: date | None = None
    automatic: bool = False  # written by the app, not logged by the owner
    corrects: int | None = None  # the number of the entry this one corrects
    corrected_by: int | None = None  # the number of the entry that corrected this one

    @property
    def superseded(self) -> bool:
        return self.corrected_by is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class InteractionLogData(DocumentData):
    """The record of contacts with a customer for a lawyer or agency (issue #20, item 8):
    every entry of the append-only interaction log, oldest first, corrected entries
    included and marked. ``recipient`` is the customer the record is about (the running
    header names them); ``subject`` its title."""

    entries: tuple[LogEntryRow, ...]

    @property
    def period(self) -> tuple[date, date] | None:
        """The first and the last day an entry covers; None for an empty log."""
        if not self.entries:
            return None
        days = [e.at.date() for e in self.entries]
        return min(days), max(days)
