"""The dunning ladder: which letter each late item needs as of a date. Pure: no database.

Defaults follow Israeli practice (DESIGN, collection workflow):

1. ``reminder`` — businesses: a friendly reminder once the item is 7 days late;
2. ``debt_notice`` — consumers: the notice §13B2 of the Consumer Protection Law requires
   before any collection step, friendly in tone, the consumer's first overdue letter (a
   reminder may itself count as a collection step); nothing further may follow for 14
   days;
3. ``second`` — second reminder at 21 days;
4. ``warning`` — warning before legal action at 45 days (pay within 14 days);
5. ``handover`` — hand over to a lawyer or agency once the warning's 14 days have passed.

The owner may change the delays and which levels each kind of customer gets
(:class:`LadderPolicy`, kept in settings); for a consumer the debt notice always comes
first and every other level waits for its 14 days, whatever the ladder says.

Levels go up one at a time and never repeat for the same item, nor go back below a level
made by hand; letters for one item are at least ``min_gap_days`` apart. A disputed item, a
customer with an active promise to pay, a recent payment, a plan in good standing or a
handover stops automatic letters.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from arapp.core.errors import UserError
from arapp.core.letters.kinds import BY_HAND_KINDS, LADDER_LEVELS, letter_kind
from arapp.core.money import ZERO

#: The ladder's levels in the order it climbs them (the letter-kinds table's).
LEVELS: tuple[str, ...] = LADDER_LEVELS


#: The levels a ladder may use besides the debt notice, in the order it climbs them.
OPTIONAL_LEVELS: tuple[str, ...] = tuple(lv for lv in LADDER_LEVELS if lv != "debt_notice")
#: §13B2(b): the law's wait after the debt notice; the owner may make it longer only.
LAW_NOTICE_WAIT_DAYS = 14
#: The longest delay the settings accept (ten years): a bigger one is a typo.
MAX_DAYS = 3650


@dataclass(frozen=True, slots=True)
class LadderPolicy:
    """The ladder's levels and delays; the owner may change them (kept in settings)."""

    reminder_days: int = 7
    #: Days late at which a consumer gets the debt notice (the first overdue letter).
    debt_notice_days: int = 7
    second_days: int = 21
    warning_days: int = 45
    #: After a debt notice nothing else may follow for this long (§13B2).
    debt_notice_wait_days: int = LAW_NOTICE_WAIT_DAYS
    #: The warning gives this long to pay; the handover comes after it.
    warning_wait_days: int = 14
    min_gap_days: int = 7
    #: A payment this recent pauses automatic letters.
    payment_pause_days: int = 14
    #: §13B2(a): the debt notice goes within this many months of the missed due date.
    debt_notice_window_months: int = 4
    #: The levels a business customer gets, of :data:`OPTIONAL_LEVELS`.
    business_levels: tuple[str, ...] = OPTIONAL_LEVELS
    #: The levels a consumer gets after the debt notice, of :data:`OPTIONAL_LEVELS`; by
    #: default no first reminder, since the debt notice takes its place.
    consumer_levels: tuple[str, ...] = ("second", "warning", "handover")

    def threshold(self, level: str) -> int:
        return {
            "reminder": self.reminder_days,
            "debt_notice": self.debt_notice_days,
            "second": self.second_days,
            "warning": self.warning_days,
            "handover": self.warning_days + self.warning_wait_days,
        }[level]

    def levels(self, consumer: bool) -> tuple[str, ...]:
        """The ladder a customer climbs, in order: for a consumer the debt notice first."""
        chosen = self.consumer_levels if consumer else self.business_levels
        rest = tuple(lv for lv in OPTIONAL_LEVELS if lv in chosen)
        return ("debt_notice", *rest) if consumer else rest

    def notice_wait(self) -> timedelta:
        """The wait after a debt notice: the owner's, never less than the law's."""
        return timedelta(days=max(self.debt_notice_wait_days, LAW_NOTICE_WAIT_DAYS))

    def entry_days(self) -> int:
        """Days late at which an item enters some customer's ladder."""
        firsts = [ladder[0] for ladder in (self.levels(True), self.levels(False)) if ladder]
        return min(self.threshold(lv) for lv in firsts)


#: The delays the owner may edit, with the least each may be.
DAY_FIELDS: dict[str, int] = {
    "reminder_days": 1,
    "debt_notice_days": 1,
    "second_days": 1,
    "warning_days": 1,
    "debt_notice_wait_days": LAW_NOTICE_WAIT_DAYS,
    "warning_wait_days": 0,
    "min_gap_days": 0,
    "payment_pause_days": 0,
}


def check_policy(policy: LadderPolicy) -> LadderPolicy:
    """``policy`` if the settings may keep it; else a ``UserError`` naming what is wrong:
    a delay out of range, the debt notice's wait shorter than the law's 14 days, an
    unknown level, or a handover without the warning it follows."""
    for name, least in DAY_FIELDS.items():
        value = getattr(policy, name)
        if not isinstance(value, int) or not least <= value <= MAX_DAYS:
            if name == "debt_notice_wait_days":
                raise UserError(
                    "The wait after the debt notice must be at least {days} days (§13B2)",
                    days=LAW_NOTICE_WAIT_DAYS,
                )
            raise UserError(
                "Each delay of the ladder must be a whole number of days from {least} to "
                "{most}",
                least=least, most=MAX_DAYS,
            )
    for chosen in (policy.business_levels, policy.consumer_levels):
        unknown = [lv for lv in chosen if lv not in OPTIONAL_LEVELS]
        if unknown:
            raise UserError("Unknown ladder level “{level}”", level=unknown[0])
        if "handover" in chosen and "warning" not in chosen:
            raise UserError("The handover comes after the warning: keep the warning too")
    return policy


DEFAULT_POLICY = LadderPolicy()


@dataclass(frozen=True, slots=True)
class LadderItem:
    """An open item as of the run date, with the ladder steps already taken for it."""

    item_id: int
    number: str
    due_date: date
    open_amount: Decimal
    disputed: bool = False
    in_good_plan: bool = False
    steps: Mapping[str, date] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class LadderCustomer:
    customer_id: int
    code: str
    consumer: bool
    items: Sequence[LadderItem]
    last_payment: date | None = None
    promise_until: date | None = None  # an unbroken promise to pay up to this date
    handed_over: bool = False


@dataclass(frozen=True, slots=True)
class LetterDue:
    customer_id: int
    code: str
    kind: str
    item_ids: tuple[int, ...]
    item_numbers: tuple[str, ...]
    amount: Decimal
    #: For a debt notice: the numbers of the items it comes late for — more than the
    #: §13B2(a) window (4 months) past their due date.
    past_notice_window: tuple[str, ...] = ()
    #: The earliest due date of the items it covers (how late the letter's debt is).
    oldest_due: date | None = None


def months_later(day: date, months: int) -> date:
    """``day`` moved ``months`` months on (the month's last day where it has no such day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def past_notice_window(
    due_date: date, as_of: date, policy: LadderPolicy = DEFAULT_POLICY
) -> bool:
    """Whether a debt notice sent on ``as_of`` for an item due on ``due_date`` comes after
    the §13B2(a) window (4 months from the missed due date)."""
    return as_of > months_later(due_date, policy.debt_notice_window_months)


def notice_wait_over(
    notice: date | None, on: date, policy: LadderPolicy = DEFAULT_POLICY
) -> bool:
    """§13B2, for a consumer: whether a collection step (a letter or message that
    ``waits_for_debt_notice``) may go on ``on`` for an item whose debt notice went on
    ``notice`` (None: it had none) — only once the notice's wait is over."""
    return notice is not None and on >= notice + policy.notice_wait()


def levels_for(consumer: bool, policy: LadderPolicy = DEFAULT_POLICY) -> tuple[str, ...]:
    return policy.levels(consumer)


def customer_paused(c: LadderCustomer, as_of: date, policy: LadderPolicy) -> bool:
    if c.handed_over:
        return True
    if c.promise_until is not None and c.promise_until >= as_of:
        return True
    if c.last_payment is not None:
        return (as_of - c.last_payment).days < policy.payment_pause_days
    return False


def _above_highest_step(item: LadderItem, ladder: Sequence[str]) -> int:
    """Index in ``ladder`` of the level above the highest step ``item`` has had."""
    taken = [ladder.index(lv) for lv in item.steps if lv in ladder]
    return max(taken, default=-1) + 1


def next_level(
    item: LadderItem, consumer: bool, as_of: date, policy: LadderPolicy = DEFAULT_POLICY
) -> str | None:
    """The level this item needs on ``as_of``, or None."""
    if item.disputed or item.in_good_plan or item.open_amount <= ZERO:
        return None
    late = (as_of - item.due_date).days
    ladder = levels_for(consumer, policy)
    above = _above_highest_step(item, ladder)
    if above >= len(ladder):
        return None
    # The level above the highest step taken: a level skipped by a letter made by hand
    # (a consumer's debt notice sent first) is not sent afterwards.
    level = ladder[above]
    if late < policy.threshold(level):
        return None
    last_step = max(item.steps.values(), default=None)
    if last_step is not None and (as_of - last_step).days < policy.min_gap_days:
        return None
    # §13B2: for a consumer, no collection step until 14 days after the debt notice.
    if (
        consumer
        and letter_kind(level).waits_for_debt_notice
        and not notice_wait_over(item.steps.get("debt_notice"), as_of, policy)
    ):
        return None
    if level == "handover":
        warned = item.steps.get("warning")
        if warned is None or as_of < warned + timedelta(days=policy.warning_wait_days):
            return None
    return level


def letters_due(
    customers: Iterable[LadderCustomer], as_of: date, policy: LadderPolicy = DEFAULT_POLICY
) -> list[LetterDue]:
    """One entry per customer and letter kind, listing the items it covers (oldest due
    first), ordered by customer code then ladder level."""
    result: list[LetterDue] = []
    for c in customers:
        if customer_paused(c, as_of, policy):
            continue
        by_level: dict[str, list[LadderItem]] = {}
        for item in c.items:
            level = next_level(item, c.consumer, as_of, policy)
            if level is not None:
                by_level.setdefault(level, []).append(item)
        for level in LEVELS:
            items = sorted(by_level.get(level, []), key=lambda i: (i.due_date, i.item_id))
            if items:
                result.append(
                    LetterDue(
                        customer_id=c.customer_id,
                        code=c.code,
                        kind=level,
                        item_ids=tuple(i.item_id for i in items),
                        item_numbers=tuple(i.number for i in items),
                        amount=sum((i.open_amount for i in items), ZERO),
                        past_notice_window=tuple(
                            i.number for i in items
                            if level == "debt_notice"
                            and past_notice_window(i.due_date, as_of, policy)
                        ),
                        oldest_due=items[0].due_date,
                    )
                )
    result.sort(key=lambda d: (d.code, LEVELS.index(d.kind)))
    return result


#: What :func:`next_step` proposes when no collection letter fits: the statement of
#: account is never a collection step, so it may go at any time, to anyone.
NEUTRAL_KIND = "statement"


def _reached_on(
    item: LadderItem, level: str, consumer: bool, policy: LadderPolicy
) -> date:
    """The first day on which ``level`` is due for ``item`` (its steps as they are)."""
    day = item.due_date + timedelta(days=policy.threshold(level))
    last_step = max(item.steps.values(), default=None)
    if last_step is not None:
        day = max(day, last_step + timedelta(days=policy.min_gap_days))
    notice = item.steps.get("debt_notice")
    if consumer and letter_kind(level).waits_for_debt_notice and notice is not None:
        day = max(day, notice + policy.notice_wait())
    warned = item.steps.get("warning")
    if level == "handover" and warned is not None:
        day = max(day, warned + timedelta(days=policy.warning_wait_days))
    return day


def next_step(
    c: LadderCustomer, as_of: date, policy: LadderPolicy = DEFAULT_POLICY
) -> str:
    """The letter the owner most likely wants to make by hand for ``c`` on ``as_of`` (the
    kind the letter dialog proposes; always one of the kinds made by hand):

    1. Nothing overdue to collect (no open item past due, or every one disputed or in a
       plan in good standing), or the customer is handed over → the statement of account.
    2. A consumer with an overdue item that has had no §13B2 debt notice → ``debt_notice``:
       no collection step may come before it, and a reminder may count as one.
    3. A consumer within the 14 days after a debt notice on an overdue item → the
       statement: any collection letter has to wait (§13B2).
    4. Else, for each overdue item, the ladder level above the highest step it has had,
       and the first day that level is due (days late, 7 days since its last letter,
       the warning's 14 days before a handover). Pauses — a promise, a recent payment —
       are ignored: the owner asked for a letter. Among the levels due on ``as_of`` the
       highest; if none is due yet, the one due first (the higher on a tie). An item 3
       days late gets ``reminder``; one whose reminder went last week gets ``second``.
    5. Every level done, or the next level is the handover (not a letter made by hand;
       its case file prints the statement) → the statement.
    """
    overdue = [
        i for i in c.items
        if i.open_amount > ZERO and not i.disputed and not i.in_good_plan
        and i.due_date < as_of
    ]
    if not overdue or c.handed_over:  # a lawyer or an agency collects now
        return NEUTRAL_KIND
    if c.consumer:
        if any("debt_notice" not in i.steps for i in overdue):
            return "debt_notice"
        if any(not notice_wait_over(i.steps["debt_notice"], as_of, policy) for i in overdue):
            return NEUTRAL_KIND
    ladder = levels_for(c.consumer, policy)
    upcoming = []
    for i in overdue:
        # The ladder only climbs (a consumer whose first letter was the debt notice goes
        # on to the second reminder, not back to the first).
        above = _above_highest_step(i, ladder)
        if above < len(ladder):
            level = ladder[above]
            upcoming.append((_reached_on(i, level, c.consumer, policy), above, level))
    if not upcoming:
        return NEUTRAL_KIND
    due_now = [u for u in upcoming if u[0] <= as_of]
    if due_now:
        level = max(due_now, key=lambda u: u[1])[2]
    else:
        level = min(upcoming, key=lambda u: (u[0], -u[1]))[2]
    return level if level in BY_HAND_KINDS else NEUTRAL_KIND
