"""What services hand to the UI and CLI: plain frozen values, never peewee models, with
money as ``Decimal``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

# The interaction log's values live beside it; re-exported so that every service value
# can be found here.
from arapp.core.services.interaction_records import (  # noqa: F401
    FollowUpDue,
    InteractionInput,
    PromiseStatus,
    TimelineEntry,
)

PAYMENT_METHODS: tuple[str, ...] = (
    "cash",
    "check",
    "credit_card",
    "bank_transfer",
    "app",  # Bit / PayBox
    "other",
)
LANGUAGES: tuple[str, ...] = ("he", "ar", "en")
CUSTOMER_KINDS: tuple[str, ...] = ("consumer", "business")


@dataclass(frozen=True, slots=True)
class CustomerInput:
    """Fields the owner fills for a new or edited customer."""

    code: str
    name: str
    phones: str = ""
    email: str = ""
    address: str = ""
    id_number: str = ""
    credit_limit: Decimal | None = None
    payment_terms_days: int = 30
    language: str = "he"
    kind: str = "consumer"
    stop_credit: bool = False
    notes: str = ""


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    id: int
    code: str
    name: str
    phones: str
    email: str
    address: str
    id_number: str
    credit_limit: Decimal | None
    payment_terms_days: int
    language: str
    kind: str
    stop_credit: bool
    notes: str
    balance: Decimal
    oldest_due: date | None
    #: Handed over to a lawyer or a collection agency (``handed_over_to``) on this day.
    handed_over_on: date | None = None
    handed_over_to: str = ""

    @property
    def handed_over(self) -> bool:
        return self.handed_over_on is not None

    @property
    def over_limit(self) -> bool:
        return self.credit_limit is not None and self.balance > self.credit_limit

    def days_late(self, today: date) -> int:
        """Days the oldest open item is past due (0 when nothing is late)."""
        if self.oldest_due is None:
            return 0
        return max(0, (today - self.oldest_due).days)


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """A debit: invoice, fee or installment, with what is still open of it now."""

    id: int
    customer_id: int
    kind: str
    number: str
    issue_date: date
    due_date: date
    amount: Decimal
    open_amount: Decimal
    description: str
    disputed: bool
    voided: bool
    void_reason: str


@dataclass(frozen=True, slots=True)
class AppliedAmount:
    item_id: int
    item_number: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class CreditRecord:
    """A payment or credit note, with how it was applied."""

    id: int
    customer_id: int
    kind: str
    date: date
    amount: Decimal
    method: str
    reference: str
    number: str
    note: str
    voided: bool
    void_reason: str
    applied: tuple[AppliedAmount, ...]

    @property
    def unapplied(self) -> Decimal:
        if self.voided:
            return Decimal("0.00")
        return self.amount - sum((a.amount for a in self.applied), Decimal("0.00"))


@dataclass(frozen=True, slots=True)
class AllocationPreview:
    """What a payment would pay if recorded now: nothing is written."""

    applied: tuple[AppliedAmount, ...]
    unapplied: Decimal
