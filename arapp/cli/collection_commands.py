"""The collection workflow's commands (issue #20): log a contact, show a customer's
timeline, hand a customer over (or take the file back)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from arapp.cli.ledger_commands import iso_date
from arapp.cli.output import open_shop, print_json
from arapp.cli.plan_commands import _decimal
from arapp.core.collection.kinds import CONTACT_KINDS, ENTRY_KINDS, OUTCOMES, REASONS
from arapp.core.errors import UserError
from arapp.core.importing.fields import parse_date
from arapp.core.services import clock
from arapp.core.services.interaction_records import (
    InteractionInput,
    PromiseStatus,
    TimelineEntry,
)

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]


def _day(text: str | None, option: str) -> date | None:
    """A date typed on the command line, day first or ISO (the importer's one parser):
    a date that does not exist (31/02) is bad input naming the option, exit 1."""
    if text is None:
        return None
    return parse_date(text, None, option)  # type: ignore[arg-type]


def _when(text: str | None) -> datetime | None:
    """When a contact happened, typed as "DATE HH:MM" (the date day first or ISO): bad
    input names the option, exit 1; the core refuses a time still to come."""
    if text is None:
        return None
    day_text, _, time_text = text.strip().rpartition(" ")
    if not day_text:
        raise UserError("--at: give the day and the time, e.g. 30/03/2026 16:30")
    day = _day(day_text.strip(), "--at")
    assert day is not None
    try:
        hour, minute = (int(part) for part in time_text.split(":"))
        at = time(hour, minute)
    except ValueError:
        raise UserError("--at: “{value}” is not a time of day (HH:MM)",
                        value=time_text) from None
    return datetime.combine(day, at)


def entry_json(e: TimelineEntry) -> dict[str, Any]:
    return {
        "id": e.id, "at": e.at.isoformat(), "kind": e.kind, "direction": e.direction,
        "outcome": e.outcome, "reason": e.reason, "note": e.note,
        "promise_amount": e.promise_amount, "promise_date": e.promise_date,
        "follow_up": e.follow_up_date, "collection": e.collection,
        "corrects": e.corrects_id, "superseded_by": e.superseded_by,
        "ref_kind": e.ref_kind, "ref_id": e.ref_id, "document": e.document_id,
    }


def promise_json(p: PromiseStatus) -> dict[str, Any]:
    return {
        "entry": p.entry_id, "customer": p.customer_code, "made_on": p.made_on,
        "amount": p.amount, "date": p.promise_date, "deadline": p.deadline, "paid": p.paid,
        "state": p.state,
    }


# -- log ----------------------------------------------------------------------------------
def _log(args: argparse.Namespace) -> int:
    entry = InteractionInput(
        kind=args.kind, direction=args.direction, outcome=args.outcome, reason=args.reason,
        note=args.note, promise_amount=args.promise_amount,
        promise_date=_day(args.promise_date, "--promise-date"),
        follow_up_date=_day(args.follow_up, "--follow-up"),
        at=_when(args.at),
    )
    shop = open_shop(args)
    try:
        customer = shop.customers.by_code(args.customer)
        if args.correct is not None:
            old = shop.interactions.entry(args.correct)
            if old.customer_id != customer.id:
                raise UserError("That entry of the log is another customer's")
            entry_id = shop.interactions.correct(args.correct, entry)
        else:
            entry_id = shop.interactions.log(customer.id, entry)
        print_json({"customer": customer.code, "entry": entry_json(
            shop.interactions.entry(entry_id))})
    finally:
        shop.close()
    return 0


def register_log(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("log", help="log a call, message, visit or note with a customer")
    p.add_argument("customer", metavar="CUSTOMER", help="the customer's code")
    p.add_argument("--kind", required=True, choices=CONTACT_KINDS)
    p.add_argument("--direction", choices=("out", "in"), default="")
    p.add_argument("--outcome", choices=OUTCOMES, default="")
    p.add_argument("--reason", choices=REASONS, default="", help="reason for not paying")
    p.add_argument("--note", default="")
    p.add_argument("--promise-amount", type=_decimal, default=None, metavar="X")
    p.add_argument("--promise-date", default=None, metavar="DATE",
                   help="DD/MM/YYYY or YYYY-MM-DD")
    p.add_argument("--follow-up", default=None, metavar="DATE",
                   help="next follow-up, DD/MM/YYYY or YYYY-MM-DD")
    p.add_argument("--at", default=None, metavar="'DATE HH:MM'",
                   help="when it happened, if not now (a correction keeps the entry's time)")
    p.add_argument("--correct", type=int, default=None, metavar="ENTRY",
                   help="this entry corrects (replaces) entry ENTRY of the log")
    p.set_defaults(handler=_log)
    return p


# -- timeline -----------------------------------------------------------------------------
def _timeline(args: argparse.Namespace) -> int:
    as_of = args.as_of or clock.today()
    shop = open_shop(args)
    try:
        customer = shop.customers.by_code(args.customer)
        entries = shop.interactions.timeline(customer.id, args.kind)
        promises = shop.interactions.promises(customer.id, as_of)
    finally:
        shop.close()
    if args.format == "json":
        print_json({
            "customer": customer.code, "as_of": as_of,
            "handed_over": ({"on": customer.handed_over_on, "to": customer.handed_over_to}
                            if customer.handed_over else None),
            "entries": [entry_json(e) for e in entries],
            "promises": [promise_json(p) for p in promises],
        })
        return 0
    states = {p.entry_id: p.state for p in promises}
    for e in entries:
        parts = [e.at.strftime("%Y-%m-%d %H:%M"), e.kind, e.direction, e.outcome, e.reason]
        if e.promise_amount is not None:
            parts.append(f"promise {e.promise_amount} by {e.promise_date}"
                         f" ({states.get(e.id, 'superseded')})")
        if e.follow_up_date is not None:
            parts.append(f"follow up {e.follow_up_date}")
        if e.superseded:
            parts.append(f"[corrected by {e.superseded_by}]")
        parts.append(e.note)
        print(f"{e.id:>6}  " + "  ".join(p for p in parts if p))
    return 0


def register_timeline(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("timeline", help="everything that happened with a customer")
    p.add_argument("customer", metavar="CUSTOMER", help="the customer's code")
    p.add_argument("--kind", action="append", choices=ENTRY_KINDS, default=None,
                   help="only entries of this kind (repeat for more)")
    p.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD",
                   help="the day the promises are judged on (default today)")
    p.add_argument("--format", choices=("json", "text"), default="text")
    p.set_defaults(handler=_timeline)
    return p


# -- handover -----------------------------------------------------------------------------
def _handover(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        customer = shop.customers.by_code(args.customer)
        if args.take_back:
            record = shop.customers.take_back(customer.id)
        else:
            on = _day(args.date, "--date") or clock.today()
            record = shop.customers.hand_over(customer.id, on, args.to)
    finally:
        shop.close()
    print_json({"customer": record.code, "handed_over": (
        {"on": record.handed_over_on, "to": record.handed_over_to}
        if record.handed_over else None)})
    return 0


def register_handover(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser(
        "handover", help="hand a customer over to a lawyer or a collection agency")
    p.add_argument("customer", metavar="CUSTOMER", help="the customer's code")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--to", metavar="NAME", help="the lawyer or agency")
    who.add_argument("--take-back", action="store_true",
                     help="the file came back: the shop collects again")
    p.add_argument("--date", default=None, metavar="DATE",
                   help="handover day, DD/MM/YYYY or YYYY-MM-DD (default today)")
    p.set_defaults(handler=_handover)
    return p


REGISTER: tuple[Callable[[Subparsers], argparse.ArgumentParser], ...] = (
    register_log,
    register_timeline,
    register_handover,
)
