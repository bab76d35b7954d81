"""Installment plan commands: create, show, list, cancel, breach; and the agreement PDF."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from arapp.cli.ledger_commands import iso_date
from arapp.cli.output import open_shop, print_json
from arapp.core.errors import UserError
from arapp.core.plans.schedule import Frequency
from arapp.core.services.plan_records import PlanInput, PlanRecord

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"not a number: {text!r}")
    return value


def plan_json(plan: PlanRecord) -> dict[str, Any]:
    """DESIGN.md's shape for ``plan create`` and ``plan show --format json``; money as
    decimal strings, dates ISO. Installment 0 is the down payment, when there is one."""
    return {
        "plan": plan.id,
        "number": plan.number,
        "version": plan.version,
        "customer": plan.customer_code,
        "status": plan.status,
        "plan_date": plan.plan_date,
        "frequency": str(plan.frequency),
        "debt": plan.debt,
        "principal": plan.principal,
        "down_payment": plan.down_payment,
        "annual_rate": str(plan.annual_rate),
        "total_interest": plan.total_interest,
        "total_payable": plan.total_payable,
        "paid": plan.paid,
        "waived": plan.waived,
        "open": plan.open_amount,
        "breachable": plan.breachable,
        "covered": list(plan.covered),
        "installments": [
            {
                "n": i.n,
                "number": i.number,
                "due": i.due_date,
                "amount": i.amount,
                "principal": i.principal,
                "interest": i.interest,
                "paid": i.paid,
                "waived": i.waived,
                "status": i.status,
                "cheque": (
                    {"number": i.cheque.number, "bank": i.cheque.bank,
                     "branch": i.cheque.branch, "account": i.cheque.account,
                     "date": i.cheque.date, "status": i.cheque.status}
                    if i.cheque else None
                ),
            }
            for i in plan.installments
        ],
    }


def _plan_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a plan number: {text!r}") from None


def _create(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        customer = shop.customers.by_code(args.customer)
        item_ids: tuple[int, ...] = ()
        if args.items:
            wanted = [n.strip() for n in args.items.split(",") if n.strip()]
            by_number = {i.number: i.id for i in shop.plans.coverable_items(customer.id)}
            unknown = [n for n in wanted if n not in by_number]
            if unknown:
                raise UserError("No open item numbered “{number}”", number=unknown[0])
            item_ids = tuple(by_number[n] for n in wanted)
        plan = shop.plans.create(
            PlanInput(
                customer_id=customer.id,
                first_due=args.first_due,
                item_ids=item_ids,
                count=args.installments,
                amount_each=args.amount,
                frequency=Frequency(args.every),
                down_payment=args.down_payment,
                annual_rate=args.annual_rate,
                grace_days=args.grace_days,
            )
        )
        print_json(plan_json(plan))
    finally:
        shop.close()
    return 0


def _show(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        plan = shop.plans.get(args.plan, as_of=args.as_of)
    finally:
        shop.close()
    if args.format == "json":
        print_json(plan_json(plan))
    else:
        print(f"plan {plan.number} v{plan.version} — {plan.customer_code} — {plan.status}")
        for i in plan.installments:
            print(f"{i.n:>3}  {i.due_date.isoformat()}  {i.amount:>12}  paid {i.paid:>12}"
                  f"  {i.status}")
    return 0


def _list(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        customer = shop.customers.by_code(args.customer)
        plans = shop.plans.for_customer(customer.id)
    finally:
        shop.close()
    print_json({"customer": customer.code, "plans": [
        {"plan": p.id, "number": p.number, "version": p.version, "status": p.status,
         "plan_date": p.plan_date, "total_payable": p.total_payable, "paid": p.paid,
         "open": p.open_amount, "breachable": p.breachable}
        for p in plans
    ]})
    return 0


def _cancel(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        plan = shop.plans.cancel(args.plan, args.reason)
    finally:
        shop.close()
    print(f"plan {plan.number} cancelled; {plan.open_amount} stays open as ordinary items")
    return 0


def _breach(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        plan = shop.plans.breach(args.plan, args.date)
    finally:
        shop.close()
    print(f"plan {plan.number} breached: {plan.open_amount} is due at once")
    return 0


def _agreement(args: argparse.Namespace) -> int:
    """The kept agreement's exact bytes when one was kept in that language; else the
    agreement as the plan's terms stand, unsigned (and kept, so a reprint matches)."""
    from arapp.documents.render import render_document

    shop = open_shop(args)
    try:
        plan = shop.plans.get(args.plan)
        customer = shop.customers.get(plan.customer_id)
        lang = args.lang or customer.language
        kept = shop.plans.latest_agreement(plan.id, lang)
        if kept is not None and kept.version == plan.version:
            pdf = shop.plans.agreement_pdf(kept.id)
            what = f"kept agreement (version {kept.version})"
        else:
            pdf = render_document(shop.plans.agreement_data(plan.id, lang))
            kept = shop.plans.keep_agreement(plan.id, pdf, lang, signed="")
            what = "agreement, unsigned"
    finally:
        shop.close()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pdf)
    print(f"{what} of plan {plan.number} written to {out}")
    return 0


def register_plan(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("plan", help="installment plans")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    c = actions.add_parser("create", help="spread a customer's debt over installments")
    c.add_argument("customer", metavar="CUSTOMER", help="the customer's code")
    c.add_argument("--installments", type=int, default=None, metavar="N")
    c.add_argument("--amount", type=_decimal, default=None, metavar="X",
                   help="the amount of each installment instead of their number")
    c.add_argument("--first-due", type=iso_date, required=True, metavar="YYYY-MM-DD")
    c.add_argument("--down-payment", type=_decimal, default=Decimal("0.00"), metavar="X")
    c.add_argument("--every", choices=[f.value for f in Frequency], default="month")
    c.add_argument("--annual-rate", type=_decimal, default=Decimal("0"), metavar="PCT")
    c.add_argument("--grace-days", type=int, default=10, metavar="N")
    c.add_argument("--items", default="", metavar="NUMBER,…",
                   help="the open items it covers (default: every undisputed one)")
    c.set_defaults(handler=_create)

    s = actions.add_parser("show", help="a plan and its installments")
    s.add_argument("plan", type=_plan_id, metavar="PLAN")
    s.add_argument("--format", choices=("json", "text"), default="text")
    s.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD")
    s.set_defaults(handler=_show)

    ls = actions.add_parser("list", help="a customer's plans")
    ls.add_argument("customer", metavar="CUSTOMER")
    ls.set_defaults(handler=_list)

    k = actions.add_parser("cancel", help="drop a plan; what is unpaid stays open")
    k.add_argument("plan", type=_plan_id, metavar="PLAN")
    k.add_argument("--reason", default="cancelled from the command line")
    k.set_defaults(handler=_cancel)

    b = actions.add_parser("breach", help="invoke the acceleration clause of a late plan")
    b.add_argument("plan", type=_plan_id, metavar="PLAN")
    b.add_argument("--date", type=iso_date, default=None, metavar="YYYY-MM-DD")
    b.set_defaults(handler=_breach)
    for sub in (c, s, ls, k, b):
        sub.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    return p


def register_agreement(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("agreement", help="write a plan's agreement as a PDF")
    p.add_argument("plan", type=_plan_id, metavar="PLAN")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", choices=("he", "ar", "en"), default=None,
                   help="default: the customer's letter language")
    p.set_defaults(handler=_agreement)
    return p


REGISTER: tuple[Callable[[Subparsers], argparse.ArgumentParser], ...] = (
    register_plan,
    register_agreement,
)
