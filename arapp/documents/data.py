"""Plain data that documents are made from. No database, no Qt: the letters service in
``arapp.core`` fills these, ``arapp.documents`` turns them into PDF bytes.

Text fields hold *logical-order* Unicode as the user typed it; the documents layer strips
bidi control characters, wraps, reorders and shapes. Labels are the per-language fixed words
(table headers, "Total", ...) read from ``resources/templates/<lang>/labels.toml``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
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


@dataclass(frozen=True, slots=True)
class LetterData:
    """Everything one letter shows. ``kind`` is one of reminder, debt_notice, second,
    warning, settlement, statement. ``subject`` and ``paragraphs`` are already filled from
    the template (placeholders replaced)."""

    kind: str
    lang: str  # "he" | "ar" | "en"
    letter_date: date
    business: Business
    recipient: Recipient
    subject: str
    paragraphs: tuple[str, ...]
    labels: Mapping[str, str]
    currency: str = "ILS"
    items: tuple[OpenItemRow, ...] = ()
    total: Decimal = Decimal("0.00")
    pay_by: date | None = None
    statement_rows: tuple[StatementRow, ...] = ()
    period_start: date | None = None
    period_end: date | None = None
    opening_balance: Decimal = Decimal("0.00")
    closing_balance: Decimal = Decimal("0.00")
    extra: Mapping[str, str] = field(default_factory=dict)
