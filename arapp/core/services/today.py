"""Today, the home screen's data (``shop.today``; issue #20, 3; DESIGN.md, Collection
workflow): the shop's position on a day and one work list, most important first.

Each kind of task comes from the service that owns its rule, and none is stored: a task
is there while its cause is and gone once it is dealt with.

- installment_due / installment_late: an installment of a running plan (status active)
  open on the day and due that day / before it (the ledger read model's open amount) —
  gone when paid;
- check_to_deposit: :meth:`ChequeService.to_deposit` (read in brief) — gone when
  deposited;
- check_returned: :meth:`ChequeService.brief_returned`, a cheque the bank returned on or
  before the day that is still ``returned`` — gone when given back or replaced (by a
  cheque or by cash);
- letter_due: :meth:`LetterService.letters_due`, one task per customer and letter — gone
  once the letter is recorded (the ladder never asks for a step twice);
- promise_due: :meth:`InteractionService.open_promises` whose promise date has come
  (due that day, or in its grace days) — gone when kept (paid), or corrected away;
- promise_broken: :meth:`InteractionService.broken_promises` (broken or partly kept, no
  contact logged since its deadline) — gone once the owner logs the call that follows
  it up; a promise's amount is what is still unpaid of it;
- follow_up: :meth:`InteractionService.follow_ups_due` — gone once a later contact is
  logged; its amount is the customer's balance on the day (0 if in credit).

The order is :func:`arapp.core.tasks.priority`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from arapp.core import kpi_rules
from arapp.core.aging import AgingRow
from arapp.core.money import from_minor
from arapp.core.services import ledger_read
from arapp.core.services.kpi import customer_names, rows_for_ids
from arapp.core.tasks import TASK_KINDS, Task, days_late, ordered

if TYPE_CHECKING:
    from arapp.core.services import Shop

#: The kinds that take seconds on a shop of 100,000 customers (the ladder looks at every
#: late item): a screen can show the others first and add these when they are ready.
SLOW_KINDS: tuple[str, ...] = ("letter_due",)
QUICK_KINDS: tuple[str, ...] = tuple(k for k in TASK_KINDS if k not in SLOW_KINDS)

# The installments of running plans: a breached plan's debt is the ladder's, a cancelled
# plan's was re-stated by another.
_RUNNING_INSTALLMENTS = (
    "SELECT i.debit_id FROM plan_installment i JOIN plan p ON p.id = i.plan_id"
    " WHERE p.status = 'active'"
)


@dataclass(frozen=True, slots=True)
class TodaySummary:
    """The figures at the top of Today, on ``as_of``."""

    as_of: date
    aging: AgingRow  # the aging report's totals row, for the chart
    receivable: Decimal  # = aging.total
    overdue: Decimal  # = aging.overdue
    month_start: date
    collected_this_month: Decimal  # payments dated in [month_start, as_of]
    fell_due_this_month: Decimal  # items due in [month_start, as_of]
    dso: Decimal | None

    @property
    def collected_share(self) -> Decimal | None:
        """Collected this month ÷ what fell due in it, 4 decimals (None if nothing did)."""
        return kpi_rules.ratio(self.collected_this_month, self.fell_due_this_month,
                               kpi_rules.SHARE_PLACES)


class _Found(NamedTuple):
    """A task before its customer's code and name are looked up."""

    kind: str
    customer_id: int
    amount: Decimal
    date: date
    note: str
    ref_kind: str
    ref_id: int | None


class TodayService:
    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    # -- the figures -------------------------------------------------------------------
    def summary(self, as_of: date) -> TodaySummary:
        """The figures on ``as_of``, by the KPIs' definitions (:mod:`.kpi`): the aging's
        totals, collected and fallen due since the first of the month, DSO."""
        kpi = self.shop.kpi
        aging = kpi.aging_totals(as_of)
        month_start = as_of.replace(day=1)
        return TodaySummary(
            as_of=as_of,
            aging=aging,
            receivable=aging.total,
            overdue=aging.overdue,
            month_start=month_start,
            collected_this_month=kpi.collected(month_start, as_of),
            fell_due_this_month=kpi.fell_due(month_start, as_of),
            dso=kpi.dso(as_of, aging.total),
        )

    # -- the work list -----------------------------------------------------------------
    def tasks(self, as_of: date, kinds: Collection[str] = TASK_KINDS) -> list[Task]:
        """The work list on ``as_of`` (only ``kinds``), most important first."""
        unknown = set(kinds) - set(TASK_KINDS)
        if unknown:
            raise ValueError(f"unknown task kinds: {sorted(unknown)}")
        found: list[_Found] = []
        if {"installment_due", "installment_late"} & set(kinds):
            found += self._installments(as_of)
        if "check_to_deposit" in kinds:
            found += self._cheques_to_deposit(as_of)
        if "check_returned" in kinds:
            found += self._cheques_returned(as_of)
        if "letter_due" in kinds:
            found += self._letters(as_of)
        if "promise_due" in kinds:
            found += self._promises_due(as_of)
        if "promise_broken" in kinds:
            found += self._promises_broken(as_of)
        if "follow_up" in kinds:
            found += self._follow_ups(as_of)
        return ordered(self._with_names([t for t in found if t.kind in kinds], as_of))

    def _with_names(self, found: Sequence[_Found], as_of: date) -> list[Task]:
        names = customer_names(self.shop.execute, (f.customer_id for f in found))
        return [
            Task(kind=f.kind, customer_id=f.customer_id, code=names[f.customer_id][0],
                 name=names[f.customer_id][1], amount=f.amount, date=f.date,
                 days_late=days_late(f.date, as_of), note=f.note, ref_kind=f.ref_kind,
                 ref_id=f.ref_id)
            for f in found
        ]

    def _installments(self, as_of: date) -> list[_Found]:
        rows = list(ledger_read.open_item_rows(
            self.shop.execute, as_of, due_by=as_of, among=_RUNNING_INSTALLMENTS))
        if not rows:
            return []
        plans = _plan_of(self.shop.execute, [row[1] for row in rows])
        found = []
        for cid, item_id, number, _issued, due, _disputed, open_minor in rows:
            due_date = date.fromisoformat(due)
            kind = "installment_due" if due_date == as_of else "installment_late"
            found.append(_Found(kind, cid, from_minor(open_minor), due_date, number, "plan",
                                plans[item_id]))
        return found

    def _cheques_to_deposit(self, as_of: date) -> list[_Found]:
        return [
            _Found("check_to_deposit", c.customer_id, c.amount, c.date, c.number, "cheque", c.id)
            for c in self.shop.cheques.brief_to_deposit(as_of)
        ]

    def _cheques_returned(self, as_of: date) -> list[_Found]:
        return [
            _Found("check_returned", c.customer_id, c.amount, c.status_date or c.date,
                   c.reason, "cheque", c.id)
            for c in self.shop.cheques.brief_returned(as_of)
        ]

    def _promises_due(self, as_of: date) -> list[_Found]:
        return [
            _Found("promise_due", p.customer_id, p.amount - p.paid, p.promise_date, p.state,
                   "interaction", p.entry_id)
            for p in self.shop.interactions.open_promises(as_of)
            if p.promise_date <= as_of
        ]

    def _promises_broken(self, as_of: date) -> list[_Found]:
        return [
            _Found("promise_broken", p.customer_id, p.amount - p.paid, p.promise_date,
                   p.state, "interaction", p.entry_id)
            for p in self.shop.interactions.broken_promises(as_of)
        ]

    def _follow_ups(self, as_of: date) -> list[_Found]:
        due = self.shop.interactions.follow_ups_due(as_of)
        owed = ledger_read.balances_of(self.shop.execute, (f.customer_id for f in due), as_of)
        return [
            _Found("follow_up", f.customer_id, from_minor(max(owed[f.customer_id], 0)),
                   f.follow_up_date, f.note, "interaction", f.entry_id)
            for f in due
        ]

    def _letters(self, as_of: date) -> list[_Found]:
        return [
            _Found("letter_due", letter.customer_id, letter.amount, letter.oldest_due or as_of,
                   letter.kind, "letter", None)
            for letter in self.shop.letters.letters_due(as_of)
        ]


def _plan_of(execute: ledger_read.Execute, debit_ids: Iterable[int]) -> dict[int, int]:
    """The plan each installment item belongs to."""
    return dict(rows_for_ids(
        execute, "SELECT debit_id, plan_id FROM plan_installment WHERE debit_id IN ({ids})",
        debit_ids))
