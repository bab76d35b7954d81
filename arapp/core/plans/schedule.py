"""Installment schedules: pure rules, no database.

Principal = the debt the plan covers minus a down payment due on the plan date. The
installments fall every month, two weeks or week from the first due date; a monthly
schedule keeps the first due day of the month, clamped to short months (31 Jan → 28/29 Feb
→ 31 Mar). The owner gives either the number of installments or the amount of each
("₪500 a month"), in which case the count follows and the last one is smaller.

Without interest every installment is equal (P/N down to the agora) but the last, which
absorbs the rest.
With an annual rate r the schedule is the annuity (Spitzer) one at the period rate
r/12 (r/26 every two weeks, r/52 every week): payment = P·i / (1 − (1+i)^−N), rounded
half-up to the agora; each line's interest is the balance × i rounded to the agora, the
rest of the payment is principal, and the last line clears the balance exactly.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal, localcontext
from enum import StrEnum

from arapp.core.errors import InvalidField
from arapp.core.money import MAX_AMOUNT, MINOR_UNIT, ZERO, NotExact, round_money, to_minor


class Frequency(StrEnum):
    MONTH = "month"
    TWO_WEEKS = "2weeks"
    WEEK = "week"


PERIODS_PER_YEAR: dict[Frequency, int] = {
    Frequency.MONTH: 12,
    Frequency.TWO_WEEKS: 26,
    Frequency.WEEK: 52,
}
_DAYS_APART = {Frequency.TWO_WEEKS: 14, Frequency.WEEK: 7}

MAX_INSTALLMENTS = 120
#: Above this an owner has surely typed a mistake (the Fair Credit Law's ceiling on a
#: non-bank lender's rate sits well below it).
MAX_ANNUAL_RATE = Decimal("20")
DEFAULT_GRACE_DAYS = 10


def check_annual_rate(rate: object, input_field: str = "annual_rate") -> Decimal:
    """``rate`` (percent a year) if it is a number from 0 to ``MAX_ANNUAL_RATE``; else
    ``InvalidField`` naming ``input_field``. A plan's rate and a letter's late interest
    are checked alike."""
    if not isinstance(rate, Decimal) or not rate.is_finite():
        raise InvalidField("{field} must be a number", input_field=input_field,
                           field="Annual interest rate")
    if not ZERO <= rate <= MAX_ANNUAL_RATE:
        raise InvalidField(
            "The annual interest rate must be between 0% and {limit}%",
            input_field=input_field,
            limit=MAX_ANNUAL_RATE,
        )
    return rate


def add_months(first: date, months: int) -> date:
    """``first`` moved ``months`` months on, keeping its day of the month where the month
    has it and the month's last day where it does not."""
    index = first.year * 12 + (first.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(first.day, last))


def due_dates(first: date, frequency: Frequency, count: int) -> list[date]:
    """The ``count`` due dates from ``first``. Monthly dates are each computed from the
    first (not from the previous one), so 31 Jan → 28 Feb → 31 Mar, not → 28 Mar."""
    if frequency is Frequency.MONTH:
        return [add_months(first, k) for k in range(count)]
    step = _DAYS_APART[frequency]
    return [first + timedelta(days=step * k) for k in range(count)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Terms:
    """What the owner and the customer agree on. Exactly one of ``count`` and
    ``amount_each`` is given."""

    debt: Decimal  # what the plan covers, before the down payment
    plan_date: date
    first_due: date
    count: int | None = None
    amount_each: Decimal | None = None
    frequency: Frequency = Frequency.MONTH
    down_payment: Decimal = ZERO
    annual_rate: Decimal = ZERO  # percent a year, e.g. Decimal("6")


@dataclass(frozen=True, slots=True)
class ScheduleLine:
    n: int  # 1-based
    due: date
    amount: Decimal
    principal: Decimal
    interest: Decimal
    balance_after: Decimal  # principal still owed after this line


@dataclass(frozen=True, slots=True)
class Schedule:
    terms: Terms
    principal: Decimal  # debt − down payment: what the installments repay
    lines: tuple[ScheduleLine, ...]

    @property
    def total_interest(self) -> Decimal:
        return sum((line.interest for line in self.lines), ZERO)

    @property
    def total_installments(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)

    @property
    def total_payable(self) -> Decimal:
        """Down payment plus every installment: what the customer pays in all."""
        return self.terms.down_payment + self.total_installments


def period_rate(annual_rate: Decimal, frequency: Frequency) -> Decimal:
    """The rate per period as a fraction (6 % a year monthly → 0.005)."""
    return annual_rate / Decimal(100) / PERIODS_PER_YEAR[frequency]


def annuity_payment(principal: Decimal, rate: Decimal, count: int) -> Decimal:
    """P·i / (1 − (1+i)^−N), rounded half-up to the agora (P/N rounded down when i = 0)."""
    with localcontext() as ctx:
        ctx.prec = 34
        if rate == 0:
            # Down to the agora, so the last installment (which absorbs the rest) is never
            # smaller than the others and never zero.
            return (principal / count).quantize(MINOR_UNIT, rounding=ROUND_DOWN)
        factor = (1 + rate) ** -count
        return round_money(principal * rate / (1 - factor))


def _money_field(value: Decimal, field: str, input_field: str) -> None:
    try:
        to_minor(value)
    except (NotExact, TypeError) as exc:
        raise InvalidField(
            "{field} must be an amount with at most two decimals",
            input_field=input_field,
            field=field,
        ) from exc


def check_terms(terms: Terms, *, today: date | None = None) -> None:
    """Refuse terms no plan can have, with a message naming the field. ``today`` (when
    given) refuses a first due date before it."""
    _money_field(terms.debt, "Debt", "debt")
    _money_field(terms.down_payment, "Down payment", "down_payment")
    if terms.debt <= ZERO:
        raise InvalidField("There is no debt to spread", input_field="items")
    if terms.debt >= MAX_AMOUNT:
        raise InvalidField("{field} is too large", input_field="items", field="Debt")
    if terms.down_payment < ZERO:
        raise InvalidField(
            "{field} cannot be negative", input_field="down_payment", field="Down payment"
        )
    if terms.down_payment >= terms.debt:
        raise InvalidField(
            "The down payment must be less than the debt ({debt})",
            input_field="down_payment",
            debt=terms.debt,
        )
    check_annual_rate(terms.annual_rate)
    if (terms.count is None) == (terms.amount_each is None):
        raise InvalidField(
            "Give either the number of installments or the amount of each",
            input_field="count",
        )
    if terms.count is not None and not 1 <= terms.count <= MAX_INSTALLMENTS:
        raise InvalidField(
            "The number of installments must be between 1 and {limit}",
            input_field="count",
            limit=MAX_INSTALLMENTS,
        )
    if terms.amount_each is not None:
        _money_field(terms.amount_each, "Amount of each installment", "amount_each")
        if terms.amount_each <= ZERO:
            raise InvalidField(
                "{field} must be more than zero",
                input_field="amount_each",
                field="Amount of each installment",
            )
    if terms.first_due < terms.plan_date or (today is not None and terms.first_due < today):
        raise InvalidField(
            "The first installment cannot be due before {day}",
            input_field="first_due",
            day=max(terms.plan_date, today or terms.plan_date),
        )


def _count_for(principal: Decimal, payment: Decimal, rate: Decimal) -> int:
    """How many payments of ``payment`` (the last smaller) repay ``principal``."""
    if rate == 0:
        return int((principal / payment).to_integral_value(rounding=ROUND_CEILING))
    balance, count = principal, 0
    while balance > ZERO:
        interest = round_money(balance * rate)
        if payment <= interest:
            return MAX_INSTALLMENTS + 1  # never repaid
        balance = balance + interest - payment
        count += 1
        if count > MAX_INSTALLMENTS:
            break
    return count


def build_schedule(terms: Terms, *, today: date | None = None) -> Schedule:
    """The schedule for ``terms`` (checked with :func:`check_terms` first)."""
    check_terms(terms, today=today)
    principal = terms.debt - terms.down_payment
    rate = period_rate(terms.annual_rate, terms.frequency)
    if terms.amount_each is not None:
        count = _count_for(principal, terms.amount_each, rate)
        if count > MAX_INSTALLMENTS:
            raise InvalidField(
                "At {amount} each the debt would take more than {limit} installments",
                input_field="amount_each",
                amount=terms.amount_each,
                limit=MAX_INSTALLMENTS,
            )
        payment = terms.amount_each
    else:
        assert terms.count is not None
        count = terms.count
        payment = annuity_payment(principal, rate, count)
    dates = due_dates(terms.first_due, terms.frequency, count)
    lines: list[ScheduleLine] = []
    balance = principal
    for n, due in enumerate(dates, start=1):
        interest = round_money(balance * rate) if rate else ZERO
        # The last line clears what is left, to the agora.
        part = balance if n == count else min(payment - interest, balance)
        balance -= part
        if part + interest <= ZERO:
            raise InvalidField(
                "{count} installments are too many for a debt of {debt}",
                input_field="count",
                count=count,
                debt=principal,
            )
        lines.append(ScheduleLine(n, due, part + interest, part, interest, balance))
    return Schedule(terms=terms, principal=principal, lines=tuple(lines))
