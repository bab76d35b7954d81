"""What the cheque service hands to the UI and CLI: plain frozen values, money as
``Decimal``. The register's row itself is :class:`~arapp.core.services.plan_records.
ChequeRecord` (a plan's cheques are the same register)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from arapp.core.cheques import ChequeWarning
from arapp.core.collection.credit import over_limit
from arapp.core.money import ZERO
from arapp.core.services.plan_records import ChequeRecord

#: The kinds of step in a cheque's history (table ``cheque_event``).
EVENT_KINDS: tuple[str, ...] = ("received", "deposited", "cleared", "returned", "given_back",
                                "replaced", "fee")
#: Setting: how many returned cheques of a drawer's account make the next cheque from it
#: come with a warning.
RETURNS_WARNING_KEY = "cheques.returns_warning_threshold"
DEFAULT_RETURNS_WARNING = 1


@dataclass(frozen=True, slots=True)
class ChequeAdded:
    """A cheque recorded, and what the owner should be told about it (never a refusal:
    the cheque is in the register)."""

    record: ChequeRecord
    warnings: tuple[ChequeWarning, ...] = ()


@dataclass(frozen=True, slots=True)
class ChequeReplaced:
    """A cheque replaced: the old one (now ``replaced``) and what took its place — a new
    cheque, or a cash payment (its credit id)."""

    old: ChequeRecord
    new: ChequeRecord | None
    cash_credit_id: int | None
    warnings: tuple[ChequeWarning, ...] = ()


@dataclass(frozen=True, slots=True)
class ChequeEventRecord:
    id: int
    cheque_id: int
    kind: str  # one of EVENT_KINDS
    date: date
    reason: str
    amount: Decimal
    deposit_id: int | None
    note: str


@dataclass(frozen=True, slots=True)
class DepositGroup:
    """The cheques of one deposit with the same date on them."""

    date: date
    cheques: tuple[ChequeRecord, ...]

    @property
    def total(self) -> Decimal:
        return sum((c.amount for c in self.cheques), ZERO)


@dataclass(frozen=True, slots=True)
class DepositList:
    """A deposit batch as the printable list for the bank: its cheques grouped by the
    date on them, oldest first."""

    id: int
    date: date
    bank_account: str
    groups: tuple[DepositGroup, ...]

    @property
    def count(self) -> int:
        return sum(len(g.cheques) for g in self.groups)

    @property
    def total(self) -> Decimal:
        return sum((g.total for g in self.groups), ZERO)


@dataclass(frozen=True, slots=True)
class CreditLimitCheck:
    """The credit limit against the exposure: ``over`` > 0 when the exposure exceeds it."""

    limit: Decimal | None  # None: no limit set
    exposure: Decimal

    @property
    def over(self) -> Decimal:
        return over_limit(self.limit, self.exposure)


@dataclass(frozen=True, slots=True)
class ForecastRow:
    """Money expected in over [start, end]: cheques not yet cleared dated in it, and
    what installments falling due in it still leave unpaid (a cheque's installment is
    counted once, through the cheque)."""

    start: date
    end: date
    cheques: Decimal
    installments: Decimal

    @property
    def total(self) -> Decimal:
        return self.cheques + self.installments


@dataclass(frozen=True, slots=True)
class Forecast:
    start: date
    end: date
    weeks: tuple[ForecastRow, ...]
    months: tuple[ForecastRow, ...]

    @property
    def cheques(self) -> Decimal:
        return sum((r.cheques for r in self.months), ZERO)

    @property
    def installments(self) -> Decimal:
        return sum((r.installments for r in self.months), ZERO)

    @property
    def total(self) -> Decimal:
        return self.cheques + self.installments
