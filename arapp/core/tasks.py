"""Today's work list: what a task is, the kinds there are, and the one rule that orders
them (issue #20, 3; DESIGN.md, Collection workflow). Pure: no database.

A task is never stored and never ticked off: the service derives the list from the
ledger, the cheque register, the plans, the ladder and the interaction log on the day
asked for, so a task is gone as soon as its cause is (the installment paid, the cheque
deposited, the letter sent, the promise kept, the follow-up done).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

#: Every kind of task, in the order that breaks a tie of amount and days late: what went
#: wrong before what is merely due.
TASK_KINDS: tuple[str, ...] = (
    "check_returned",     # a cheque the bank returned, neither given back nor replaced
    "promise_broken",     # a promise to pay whose day passed without the money
    "installment_late",   # a running plan's installment past its due date, still open
    "letter_due",         # a letter the dunning ladder asks for today
    "follow_up",          # a follow-up date that has come, with nothing logged since
    "promise_due",        # a promise to pay whose day is today
    "installment_due",    # a running plan's installment due today, still open
    "check_to_deposit",   # a cheque in hand whose date has come
)
_RANK = {kind: k for k, kind in enumerate(TASK_KINDS)}

#: What each ``ref_kind`` names, so the UI opens the right thing: a plan (``ref_id`` the
#: plan's id), a cheque (the cheque's id), an interaction-log entry (its id), or a
#: letter of kind ``note`` for the customer (``ref_id`` None).
REF_KINDS: tuple[str, ...] = ("plan", "cheque", "interaction", "letter")


@dataclass(frozen=True, slots=True)
class Task:
    """One thing to do today.

    ``amount`` is the money at stake: the open installment, the cheque, the promised sum,
    the letter's total, or for a follow-up the customer's balance on the day. ``date``
    is the day the task refers to (the due date, the cheque's date, the promise's or
    follow-up's day, the day the bank returned the cheque, for a letter the oldest
    due date it covers) and ``days_late`` = the day asked for − ``date``, never below 0.
    ``note`` per kind: the installment's item number, the cheque's number, the bank's
    reason for a returned cheque, the letter's kind, the log entry's note.
    """

    kind: str
    customer_id: int
    code: str
    name: str
    amount: Decimal
    date: date
    days_late: int
    note: str
    ref_kind: str
    ref_id: int | None


def days_late(day: date, as_of: date) -> int:
    return max((as_of - day).days, 0)


def priority(task: Task) -> tuple[object, ...]:
    """The order of the work list, most important first — THE rule, nowhere else:

    1. the amount at risk, largest first;
    2. then the days late, most first;
    3. then the kind, in :data:`TASK_KINDS` order (trouble before routine);
    4. then the customer's code and the referenced record, so the list is stable.
    """
    return (-task.amount, -task.days_late, _RANK[task.kind], task.code, task.ref_id or 0,
            task.note)


def ordered(tasks: Iterable[Task]) -> list[Task]:
    """``tasks`` most important first (:func:`priority`)."""
    return sorted(tasks, key=priority)
