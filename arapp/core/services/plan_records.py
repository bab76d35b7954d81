"""What the plan service takes from and hands to the UI and CLI: plain frozen values,
money as ``Decimal``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from arapp.core.cheques import ChequeInput
from arapp.core.letters.data import AgreementData, Party
from arapp.core.money import ZERO
from arapp.core.plans.schedule import DEFAULT_GRACE_DAYS, Frequency, Schedule

#: A plan's states: active (running), completed (every installment paid), breached (the
#: owner invoked the acceleration clause), cancelled (dropped, or replaced by a new
#: version of its terms).
PLAN_STATUSES: tuple[str, ...] = ("active", "completed", "breached", "cancelled")
#: An installment's state on a day.
INSTALLMENT_STATUSES: tuple[str, ...] = ("due", "partly_paid", "paid", "late")
#: How an agreement was signed: on the screen, on paper (marked afterwards), or not yet.
SIGNED_HOW: tuple[str, ...] = ("screen", "paper", "")


@dataclass(frozen=True, slots=True)
class PlanCheque:
    """A post-dated cheque handed over for installment ``installment`` (1-based; 0 is
    the down payment)."""

    installment: int
    cheque: ChequeInput


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanInput:
    """A plan as the owner sets it up at the counter. ``item_ids`` empty: the whole
    balance (every undisputed open item). Exactly one of ``count`` and ``amount_each``.
    ``replaces``: the plan whose terms this new version changes (its unpaid
    installments are what this one covers)."""

    customer_id: int
    first_due: date
    item_ids: tuple[int, ...] = ()
    count: int | None = None
    amount_each: Decimal | None = None
    frequency: Frequency = Frequency.MONTH
    down_payment: Decimal = ZERO
    annual_rate: Decimal = ZERO
    grace_days: int = DEFAULT_GRACE_DAYS
    cheques: tuple[PlanCheque, ...] = ()
    guarantor: Party | None = None
    place: str = ""
    plan_date: date | None = None  # None: today
    replaces: int | None = None


@dataclass(frozen=True, slots=True)
class PlanDraft:
    """A plan checked but not saved: its number-to-be, schedule and agreement data.
    Nothing is written until :meth:`PlanService.create`."""

    input: PlanInput
    number: str
    version: int
    debt: Decimal
    schedule: Schedule
    agreement: AgreementData


@dataclass(frozen=True, slots=True)
class ChequeRecord:
    id: int
    customer_id: int
    bank: str
    branch: str
    account: str
    number: str
    amount: Decimal
    date: date
    drawer_name: str  # empty: the customer
    drawer_id: str
    status: str  # one of arapp.core.cheques.STATUSES
    plan_id: int | None
    installment: int | None  # its installment's n, when given for one


@dataclass(frozen=True, slots=True)
class InstallmentRecord:
    n: int  # 0: the down payment
    debit_id: int
    number: str  # the ledger item's number, e.g. "1024/03"
    due_date: date
    amount: Decimal
    principal: Decimal
    interest: Decimal
    paid: Decimal  # as of the day asked for
    open_amount: Decimal
    status: str  # one of INSTALLMENT_STATUSES
    days_late: int  # 0 unless late
    cheque: ChequeRecord | None
    agreed_due: date | None = None  # as agreed; due_date moves on acceleration
    waived: Decimal = ZERO  # interest given up when the plan was accelerated


@dataclass(frozen=True, slots=True)
class AgreementRecord:
    id: int
    plan_id: int
    version: int
    lang: str
    created_at: str
    sha256: str
    signed: str  # one of SIGNED_HOW
    signed_at: str | None
    scan_name: str  # "" when no scan is attached


@dataclass(frozen=True, slots=True)
class PlanRecord:
    id: int
    number: str  # shared by every version of the same agreement
    version: int
    customer_id: int
    customer_code: str
    customer_name: str
    status: str  # one of PLAN_STATUSES
    breachable: bool  # active with an installment more than grace_days late
    plan_date: date
    first_due: date
    frequency: Frequency
    annual_rate: Decimal
    grace_days: int
    debt: Decimal
    down_payment: Decimal
    principal: Decimal
    total_interest: Decimal
    total_payable: Decimal
    paid: Decimal
    open_amount: Decimal
    covered: tuple[str, ...]  # numbers of the items it restructured
    guarantor: Party | None
    place: str
    installments: tuple[InstallmentRecord, ...]
    cheques: tuple[ChequeRecord, ...]
    agreements: tuple[AgreementRecord, ...]
    replaces: int | None
    replaced_by: int | None
    breached_on: date | None
    cancelled_on: date | None
    cancel_reason: str
    waived: Decimal = ZERO  # interest given up on acceleration: paid + open + waived = total


@dataclass(frozen=True, slots=True)
class Coverage:
    """The debt as of a day, the part of it covered by post-dated cheques in hand, and
    the uncovered rest."""

    debt: Decimal
    covered: Decimal

    @property
    def uncovered(self) -> Decimal:
        return max(ZERO, self.debt - self.covered)
