"""Promises to pay: whether one was kept follows from the payments, never from a flag.

The rule (one home; the interaction service, Today, the risk summary and the KPIs read
it from here):

- A promise made on day M to pay amount A by day P is judged on the payments dated from M
  up to its **deadline** P + grace days (a setting, default 2: money promised for Sunday
  that arrives on Tuesday still keeps it). Payments voided since (a returned cheque) do
  not count; a cheque counts from the date written on it, like every payment.
- **kept** — those payments reach A (at any time up to the deadline, even before P);
- **open** — not reached yet and the deadline has not passed (as of the day asked);
- **partly_kept** — the deadline passed with some money paid, but less than A;
- **broken** — the deadline passed with nothing paid.

Payments dated after ``as_of`` are not seen, so the state as of a past day is the state
the owner saw on that day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from arapp.core.money import ZERO

PromiseState = Literal["open", "kept", "partly_kept", "broken"]
PROMISE_STATES: tuple[PromiseState, ...] = ("open", "kept", "partly_kept", "broken")
#: The states of a promise that was not kept (Today's "promise broken", the risk summary).
NOT_KEPT: tuple[PromiseState, ...] = ("partly_kept", "broken")
DEFAULT_GRACE_DAYS = 2
MAX_GRACE_DAYS = 60


@dataclass(frozen=True, slots=True)
class PromiseProgress:
    state: PromiseState
    #: Paid towards the promise by ``as_of`` (within its window).
    paid: Decimal
    #: The last day a payment keeps the promise: its date plus the grace days.
    deadline: date


def promise_deadline(promise_date: date, grace_days: int) -> date:
    return promise_date + timedelta(days=grace_days)


def promise_progress(
    promise_amount: Decimal,
    promise_date: date,
    payments_after_promise: Iterable[tuple[date, Decimal]],
    as_of: date,
    grace_days: int = DEFAULT_GRACE_DAYS,
) -> PromiseProgress:
    """The promise's state on ``as_of`` and what was paid towards it (see the module's
    rule). ``payments_after_promise``: (date, amount) of the customer's live payments
    dated on or after the day the promise was made; those after the deadline or after
    ``as_of`` are ignored here."""
    deadline = promise_deadline(promise_date, grace_days)
    last_seen = min(deadline, as_of)
    paid = sum((amount for day, amount in payments_after_promise if day <= last_seen), ZERO)
    if paid >= promise_amount:
        state: PromiseState = "kept"
    elif as_of <= deadline:
        state = "open"
    elif paid > ZERO:
        state = "partly_kept"
    else:
        state = "broken"
    return PromiseProgress(state, paid, deadline)


def promise_state(
    promise_amount: Decimal,
    promise_date: date,
    payments_after_promise: Iterable[tuple[date, Decimal]],
    as_of: date,
    grace_days: int = DEFAULT_GRACE_DAYS,
) -> PromiseState:
    """``'open'``, ``'kept'``, ``'partly_kept'`` or ``'broken'`` (see the module's rule)."""
    return promise_progress(
        promise_amount, promise_date, payments_after_promise, as_of, grace_days
    ).state
