"""The interaction log (``shop.interactions``, issue #20; DESIGN.md, Collection workflow).

Append-only: the database refuses to change or delete an entry (schema 8's triggers), so
a correction is a new entry pointing at the one it corrects, and the timeline marks the
old one as superseded. The owner logs contacts (:data:`CONTACT_KINDS`); letters, payments,
plans, cheques and voids write their own entries through :func:`record_event`, so the
customer's card shows one timeline of everything that happened.

Promises to pay are judged by :mod:`arapp.core.collection.promises` on the payments;
the shop-wide queries (open and broken promises, follow-ups due) are a few indexed
queries whatever the number of customers, for Today's list.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from arapp.core.collection.kinds import (
    CONTACT_KINDS,
    DIRECTIONS,
    ENTRY_KINDS,
    OUTCOMES,
    PROMISED,
    REASONS,
    is_contact,
)
from arapp.core.collection.promises import (
    NOT_KEPT,
    promise_progress,
)
from arapp.core.errors import InvalidDate, InvalidField, UserError
from arapp.core.money import from_minor
from arapp.core.services import clock
from arapp.core.services.interaction_records import (
    FollowUpDue,
    InteractionInput,
    PromiseStatus,
    TimelineEntry,
)
from arapp.core.services.validation import clean_text, positive_amount, real_date
from arapp.core.store.models import Customer, Interaction

if TYPE_CHECKING:
    from arapp.core.services import Shop

_COLUMNS = (
    "id, customer_id, kind, at, direction, outcome, reason, note, promise_amount,"
    " promise_date, follow_up_date, document_id, corrects_id, collection, ref_kind, ref_id,"
    " created_at"
)
#: How far back Today looks for broken promises and follow-ups left unanswered: older
#: ones are history (the ladder and the risk summary carry them), not today's work.
TODAY_LOOKBACK_DAYS = 90
# The contact kinds as an SQL list: fixed codes of our own, never owner text.
_CONTACTS_SQL = ", ".join(f"'{k}'" for k in CONTACT_KINDS)


def record_event(
    customer_id: int,
    kind: str,
    ref_kind: str = "",
    ref_id: int | None = None,
    note: str = "",
    collection: bool = False,
    *,
    outcome: str = "",
    document_id: int | None = None,
) -> int:
    """Write an automatic entry into the customer's log, inside the caller's transaction
    (the record and its entry are kept together or not at all): ``kind`` is one of
    :data:`arapp.core.collection.kinds.EVENT_KINDS`, ``ref_kind``/``ref_id`` the record
    that wrote it, ``collection`` whether it was a collection step (§13B2). Every
    service writes its entries through here. Returns the entry's id."""
    if kind not in ENTRY_KINDS or is_contact(kind):
        raise ValueError(f"{kind!r} is not an event kind of the interaction log")
    now = clock.now_text()
    row = Interaction.create(
        customer=customer_id, at=now, kind=kind, outcome=outcome, note=note,
        document=document_id, collection=collection, ref_kind=ref_kind, ref_id=ref_id,
        created_at=now,
    )
    return int(row.id)


def _choice(value: str, choices: Sequence[str], field: str, template: str) -> str:
    value = (value or "").strip()
    if value not in choices:
        raise InvalidField(template, input_field=field, value=value)
    return value


def _checked(entry: InteractionInput, at: datetime) -> dict[str, object]:
    """The row to write for ``entry`` happening at ``at``; a ``UserError`` naming the
    field for anything wrong, before anything is written."""
    kind = _choice(entry.kind, CONTACT_KINDS, "kind", "Unknown kind of entry “{value}”")
    direction = _choice(entry.direction, DIRECTIONS, "direction", "Unknown direction “{value}”")
    outcome = _choice(entry.outcome, ("", *OUTCOMES), "outcome", "Unknown outcome “{value}”")
    reason = _choice(entry.reason, ("", *REASONS), "reason",
                     "Unknown reason for not paying “{value}”")
    note = clean_text(entry.note, "Note", required=kind == "note", max_len=4000)
    day = at.date()
    promised = entry.promise_amount is not None or entry.promise_date is not None
    amount = None
    if promised or outcome == PROMISED:
        if entry.promise_amount is None or entry.promise_date is None:
            raise InvalidField(
                "A promise to pay needs both an amount and a date",
                input_field="promise_amount" if entry.promise_amount is None
                else "promise_date",
            )
        if outcome not in ("", PROMISED):
            raise InvalidField(
                "An entry with a promise to pay has the outcome “promised”",
                input_field="outcome",
            )
        outcome = PROMISED
        amount = positive_amount(entry.promise_amount, "Promise amount")
        promise_date = real_date(entry.promise_date, "Promise date")
        if promise_date < day:
            raise InvalidField(
                "The promise date {day} is in the past", input_field="promise_date",
                day=promise_date,
            )
    follow_up = None
    if entry.follow_up_date is not None:
        follow_up = real_date(entry.follow_up_date, "Follow-up date")
        if follow_up < day:
            raise InvalidField(
                "The follow-up date {day} is before the day of the entry ({entry_day})",
                input_field="follow_up_date", day=follow_up, entry_day=day,
            )
    return {
        "kind": kind, "direction": direction, "outcome": outcome, "reason": reason,
        "note": note, "promise_amount": amount,
        "promise_date": entry.promise_date if amount is not None else None,
        "follow_up_date": follow_up, "at": at.isoformat(timespec="seconds"),
    }


def entry_time(value: object) -> datetime:
    """``value`` as the time a contact happened (to the second), or an ``InvalidField``
    (``at``) for a time still to come: a later day, or later today than now. How far back
    is the owner's to judge (last year's visit may be logged), down to 1990."""
    if not isinstance(value, datetime):
        raise InvalidDate("{field} is not a date", field="Date")
    real_date(value.date(), "Date")
    at = value.replace(microsecond=0, tzinfo=None)
    day, today = at.date(), clock.today()
    if day > today:
        raise InvalidField("The entry's day {day} is in the future", input_field="at", day=day)
    now = clock_now()
    # Compared only when both clocks agree on the day (a test may fix one of them).
    if day == today == now.date() and at > now:
        raise InvalidField("The entry's time {time} is later than now", input_field="at",
                           time=at.strftime("%H:%M"))
    return at


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _entry(row: Sequence[object], superseded_by: int | None) -> TimelineEntry:
    (id_, customer_id, kind, at, direction, outcome, reason, note, amount, promised,
     follow_up, document_id, corrects_id, collection, ref_kind, ref_id, created_at) = row
    return TimelineEntry(
        id=int(id_), customer_id=int(customer_id), kind=str(kind),  # type: ignore[call-overload]
        at=datetime.fromisoformat(str(at)), direction=str(direction), outcome=str(outcome),
        reason=str(reason), note=str(note),
        promise_amount=None if amount is None else from_minor(int(amount)),  # type: ignore[call-overload]
        promise_date=_day(promised), follow_up_date=_day(follow_up),  # type: ignore[arg-type]
        document_id=document_id, corrects_id=corrects_id,  # type: ignore[arg-type]
        collection=bool(collection), ref_kind=str(ref_kind),
        ref_id=ref_id, created_at=created_at,  # type: ignore[arg-type]
        superseded_by=superseded_by,
    )


class InteractionService:
    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    def _execute(self, sql: str, params: Sequence[object] | dict[str, object] = ()):  # type: ignore[no-untyped-def]
        return self.shop.db.execute_sql(sql, params)

    # -- writing ----------------------------------------------------------------------

    def log(self, customer_id: int, entry: InteractionInput) -> int:
        """Log a contact with the customer; returns the new entry's id. Refusals are
        :class:`InvalidField` errors naming the field; nothing is written then."""
        at = clock_now() if entry.at is None else entry_time(entry.at)
        fields = _checked(entry, at)
        with self.shop.db.atomic():
            if Customer.get_or_none(Customer.id == customer_id) is None:
                raise UserError("That customer no longer exists")
            row = Interaction.create(customer=customer_id, created_at=clock.now_text(),
                                     **fields)
        return int(row.id)

    def correct(self, entry_id: int, entry: InteractionInput) -> int:
        """Correct a logged contact: a new entry that replaces it (the old one stays,
        marked superseded, since the log is append-only). Without a time of its own the
        correction keeps the corrected entry's. Entries written by the app are corrected
        through the record behind them (void the payment…), not here."""
        with self.shop.db.atomic():
            old = Interaction.get_or_none(Interaction.id == entry_id)
            if old is None:
                raise UserError("That entry of the log no longer exists")
            if not is_contact(old.kind):
                raise UserError(
                    "An entry written by the app cannot be corrected by hand; correct the "
                    "record behind it"
                )
            if Interaction.select().where(Interaction.corrects == entry_id).exists():
                raise UserError("That entry was already corrected; correct its newest version")
            # The corrected entry's own time is not judged again (it was when logged).
            at = datetime.fromisoformat(old.at) if entry.at is None else entry_time(entry.at)
            fields = _checked(entry, at)
            row = Interaction.create(customer=old.customer_id, corrects=entry_id,
                                     created_at=clock.now_text(), **fields)
        return int(row.id)

    # -- reading ----------------------------------------------------------------------

    def timeline(
        self, customer_id: int, kinds: Collection[str] | None = None
    ) -> list[TimelineEntry]:
        """Everything logged for the customer, newest first (by when it happened, then
        by entry), optionally only ``kinds``; each entry says which correction replaced
        it, if one did."""
        params: list[object] = [customer_id]
        only = ""
        if kinds is not None:
            kinds = list(kinds)
            if not kinds:
                return []
            only = f" AND kind IN ({', '.join('?' * len(kinds))})"
            params += kinds
        corrected = self._corrections(customer_id)
        rows = self._execute(
            f"SELECT {_COLUMNS} FROM interaction WHERE customer_id = ?{only}"
            " ORDER BY at DESC, id DESC", params,
        ).fetchall()
        return [_entry(r, corrected.get(int(r[0]))) for r in rows]

    def entry(self, entry_id: int) -> TimelineEntry:
        row = self._execute(
            f"SELECT {_COLUMNS} FROM interaction WHERE id = ?", (entry_id,)
        ).fetchone()
        if row is None:
            raise UserError("That entry of the log no longer exists")
        return _entry(row, self._corrections(int(row[1])).get(entry_id))

    def _corrections(self, customer_id: int) -> dict[int, int]:
        """Corrected entry id → the (newest) correction of it, for one customer."""
        return {
            int(old): int(new)
            for old, new in self._execute(
                "SELECT corrects_id, MAX(id) FROM interaction WHERE customer_id = ?"
                " AND corrects_id IS NOT NULL GROUP BY corrects_id", (customer_id,),
            )
        }

    # -- promises ---------------------------------------------------------------------

    @property
    def grace_days(self) -> int:
        return self.shop.settings.promise_grace_days()

    def promises(self, customer_id: int, as_of: date) -> list[PromiseStatus]:
        """The customer's promises to pay made on or before ``as_of`` and not corrected
        away, newest first, each with its state on ``as_of``."""
        return self.promises_of([customer_id], as_of)

    def promises_of(self, customer_ids: Iterable[int], as_of: date) -> list[PromiseStatus]:
        """:meth:`promises` of several customers at once (the customer list, the risk
        summaries): one indexed query for the promises, one for the payments."""
        ids = json.dumps(sorted(set(customer_ids)))
        rows = self._promise_rows(
            " AND p.customer_id IN (SELECT value FROM json_each(:ids))", as_of, {"ids": ids})
        return self._judge(rows, as_of)

    def open_promises(self, as_of: date) -> list[PromiseStatus]:
        """Every promise in the shop still open on ``as_of`` (its deadline not passed,
        not paid in full yet), by promise date."""
        lo = as_of - timedelta(days=self.grace_days)
        rows = self._promise_rows(" AND p.promise_date >= :lo", as_of, {"lo": lo.isoformat()})
        found = [p for p in self._judge(rows, as_of) if p.state == "open"]
        return sorted(found, key=lambda p: (p.promise_date, p.customer_code, p.entry_id))

    def broken_promises(
        self, as_of: date, since: date | None = None, *, unanswered_only: bool = True
    ) -> list[PromiseStatus]:
        """Promises broken or only partly kept by ``as_of``, whose deadline fell on or
        after ``since`` (default: :data:`TODAY_LOOKBACK_DAYS` before ``as_of``) and
        before ``as_of``, oldest deadline first. Today's list asks for the
        ``unanswered_only`` ones (the default): those no contact logged after the
        deadline has followed up yet — logging the call clears it from Today. (The risk
        summary counts every broken promise, however old.)"""
        grace = self.grace_days
        since = since or as_of - timedelta(days=TODAY_LOOKBACK_DAYS)
        where = " AND p.promise_date <= :hi AND p.promise_date >= :lo"
        params: dict[str, object] = {
            "hi": (as_of - timedelta(days=grace + 1)).isoformat(),
            "lo": (since - timedelta(days=grace)).isoformat(),
        }
        if unanswered_only:
            where += (
                " AND NOT EXISTS (SELECT 1 FROM interaction l WHERE l.customer_id ="
                " p.customer_id AND l.at >= date(p.promise_date, :after) AND l.at < :next"
                f" AND l.kind IN ({_CONTACTS_SQL}))"
            )
            params["after"] = f"+{grace + 1} days"
        rows = self._promise_rows(where, as_of, params)
        found = [p for p in self._judge(rows, as_of) if p.state in NOT_KEPT]
        return sorted(found, key=lambda p: (p.deadline, p.customer_code, p.entry_id))

    def _promise_rows(
        self, where: str, as_of: date, params: dict[str, object]
    ) -> list[tuple[int, int, str, str, date, int, date, int]]:
        """Promises standing (not corrected away) made by ``as_of`` that match ``where``:
        (entry, customer, code, name, made on, amount and date, paid) — paid: the live
        payments dated in the promise's window as the rule reads them (from the day it
        was made to the earlier of its deadline and ``as_of``), summed by one indexed
        lookup per promise (credit by customer and date)."""
        rows = self._execute(
            "SELECT p.id, p.customer_id, c.code, c.name, substr(p.at, 1, 10),"
            " p.promise_amount, p.promise_date,"
            " (SELECT COALESCE(SUM(k.amount), 0) FROM credit k WHERE k.customer_id ="
            " p.customer_id AND k.date >= substr(p.at, 1, 10)"
            " AND k.date <= min(date(p.promise_date, :grace), :d)"
            " AND k.kind = 'payment' AND k.voided_at IS NULL)"
            " FROM interaction p JOIN customer c ON c.id = p.customer_id"
            " WHERE p.promise_date IS NOT NULL AND p.at < :next" + where +
            " AND NOT EXISTS (SELECT 1 FROM interaction x WHERE x.customer_id ="
            " p.customer_id AND x.corrects_id = p.id)"
            " ORDER BY p.at DESC, p.id DESC",
            {**params, "next": (as_of + timedelta(days=1)).isoformat(),
             "d": as_of.isoformat(), "grace": f"+{self.grace_days} days"},
        ).fetchall()
        return [
            (int(i), int(c), str(code), str(name), date.fromisoformat(made), int(amount),
             date.fromisoformat(promised), int(paid))
            for i, c, code, name, made, amount, promised, paid in rows
        ]

    def _judge(
        self, rows: Sequence[tuple[int, int, str, str, date, int, date, int]], as_of: date
    ) -> list[PromiseStatus]:
        grace = self.grace_days
        result = []
        for entry_id, cid, code, name, made, amount, promised, paid in rows:
            # The payments are already summed over the window; the rule decides.
            progress = promise_progress(from_minor(amount), promised,
                                        [(made, from_minor(paid))], as_of, grace)
            result.append(PromiseStatus(
                entry_id=entry_id, customer_id=cid, customer_code=code, customer_name=name,
                made_on=made, amount=from_minor(amount), promise_date=promised,
                deadline=progress.deadline, paid=progress.paid, state=progress.state,
            ))
        return result

    def promises_falling_due(self, start: date, end: date, as_of: date) -> list[PromiseStatus]:
        """Every standing promise whose promise date is in [start, end], as it stands on
        ``as_of`` (the KPIs' promises kept share), by promise date."""
        rows = self._promise_rows(
            " AND p.promise_date >= :lo AND p.promise_date <= :hi", as_of,
            {"lo": start.isoformat(), "hi": end.isoformat()})
        found = self._judge(rows, as_of)
        return sorted(found, key=lambda p: (p.promise_date, p.customer_code, p.entry_id))

    # -- follow-ups -------------------------------------------------------------------

    def follow_ups_due(self, as_of: date, since: date | None = None) -> list[FollowUpDue]:
        """Follow-up dates from ``since`` (default: :data:`TODAY_LOOKBACK_DAYS` before
        ``as_of``) to ``as_of`` that no later contact with the customer has answered
        (and that no correction replaced), oldest first: logging the call is what
        clears one."""
        since = since or as_of - timedelta(days=TODAY_LOOKBACK_DAYS)
        rows = self._execute(
            "SELECT f.id, f.customer_id, c.code, c.name, f.follow_up_date, f.kind, f.note,"
            " f.at FROM interaction f JOIN customer c ON c.id = f.customer_id"
            " WHERE f.follow_up_date IS NOT NULL AND f.follow_up_date BETWEEN :lo AND :d"
            " AND f.at < :next"
            " AND NOT EXISTS (SELECT 1 FROM interaction x WHERE x.customer_id ="
            " f.customer_id AND x.corrects_id = f.id)"
            " AND NOT EXISTS (SELECT 1 FROM interaction l WHERE l.customer_id ="
            " f.customer_id AND l.at > f.at AND l.at < :next AND l.corrects_id IS NULL"
            f" AND l.kind IN ({_CONTACTS_SQL}))"
            " ORDER BY f.follow_up_date, c.code, f.id",
            {"d": as_of.isoformat(), "next": (as_of + timedelta(days=1)).isoformat(),
             "lo": since.isoformat()},
        ).fetchall()
        return [
            FollowUpDue(
                entry_id=int(i), customer_id=int(c), customer_code=code, customer_name=name,
                follow_up_date=date.fromisoformat(day), kind=kind, note=note,
                at=datetime.fromisoformat(at),
            )
            for i, c, code, name, day, kind, note, at in rows
        ]


def clock_now() -> datetime:
    """Now, to the second, on the shop's clock."""
    return datetime.fromisoformat(clock.now_text())
