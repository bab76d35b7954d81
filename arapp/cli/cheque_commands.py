"""Cheque register commands (issue #19): checks add/list/deposit/deposit-list/clear/
return/give-back/replace/exposure/account, and the cash-flow forecast. Warnings go to stderr as
"arapp: warning: …"; the result to stdout (JSON as DESIGN.md gives it, money as decimal
strings, dates ISO)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from arapp.cli.output import open_shop, print_csv, print_json
from arapp.cli.plan_commands import _decimal
from arapp.core.cheques import RETURN_REASONS, STATUSES, ChequeInput, ChequeWarning
from arapp.core.errors import ImportRowError, UserError
from arapp.core.services import Shop
from arapp.core.services.cheque_records import Forecast, ForecastRow
from arapp.core.services.plan_records import ChequeRecord

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]
CHECK_KEYS = ("id", "customer", "number", "bank", "branch", "account", "drawer", "amount",
              "date", "status", "reason", "fee", "pays")
FORECAST_KEYS = ("period", "start", "end", "checks", "installments", "total")


def day_arg(text: str | None, option: str) -> date | None:
    """A date the owner typed: ISO (2026-03-15) or day first (15/03/2026). A date that
    does not exist (31/02/2026) is bad input (exit 1) with the reason, not a usage error."""
    if text is None:
        return None
    from arapp.core.importing.fields import parse_date

    try:
        return parse_date(text, None, None)  # type: ignore[arg-type]
    except ImportRowError as exc:
        raise UserError("{option}: {reason}", option=option, reason=exc.reason) from None


def warn(warnings: Iterable[ChequeWarning]) -> None:
    for w in warnings:
        print(f"arapp: warning: {w.message}", file=sys.stderr)


def check_json(c: ChequeRecord, names: dict[int, str]) -> dict[str, Any]:
    """DESIGN.md's shape of one cheque. ``drawer``: the drawer's name, the customer's
    when the customer drew it."""
    return {
        "id": c.id,
        "customer": c.customer_code,
        "number": c.number,
        "bank": c.bank,
        "branch": c.branch,
        "account": c.account,
        "drawer": c.drawer_name or names.get(c.customer_id, ""),
        "amount": c.amount,
        "date": c.date,
        "status": c.status,
        "reason": c.reason,
        "fee": c.fee,
        "pays": list(c.pays),
    }


def _names(shop: Shop, cheques: Sequence[ChequeRecord]) -> dict[int, str]:
    return {cid: shop.customers.get(cid).name for cid in {c.customer_id for c in cheques}}


def _cheque_input(args: argparse.Namespace, on: date | None) -> ChequeInput:
    missing = [name for name in ("number", "bank", "branch", "account", "amount")
               if getattr(args, name) is None]
    if missing or on is None:
        raise UserError("A cheque needs --number, --bank, --branch, --account, --amount and "
                        "--date")
    return ChequeInput(
        bank=args.bank, branch=args.branch, account=args.account, number=args.number,
        amount=args.amount, date=on, drawer_name=args.drawer or "",
        drawer_id=args.drawer_id or "", endorser_name=args.endorser or "",
        endorser_id=args.endorser_id or "", endorsements=args.endorsements,
    )


def _add(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        customer = shop.customers.by_code(args.customer)
        cheque = _cheque_input(args, day_arg(args.date, "--date"))
        if (args.plan is None) != (args.installment is None):
            raise UserError("Give --plan and --installment together")
        installment = (args.plan, args.installment) if args.plan is not None else None
        picked: list[int] = []
        if args.items:
            by_number = {i.number: i.id for i in shop.payments.payable_items(customer.id)}
            for number in (n.strip() for n in args.items.split(",") if n.strip()):
                if number not in by_number:
                    raise UserError("No open item numbered “{number}”", number=number)
                picked.append(by_number[number])
        added = shop.cheques.add(customer.id, cheque, picked, installment)
        warn(added.warnings)
        print_json({"check": check_json(added.record, {customer.id: customer.name})})
    finally:
        shop.close()
    return 0


def _list(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        customer_id = shop.customers.by_code(args.customer).id if args.customer else None
        cheques = shop.cheques.list(status=args.status, customer_id=customer_id,
                                    search=args.search)
        names = _names(shop, cheques)
    finally:
        shop.close()
    rows = [check_json(c, names) for c in cheques]
    if args.format == "json":
        print_json({"checks": rows})
    else:
        print_csv(CHECK_KEYS, ([*(r[k] for k in CHECK_KEYS[:-1]), " ".join(r["pays"])]
                              for r in rows))
    return 0


def _write_deposit_list(shop: Shop, deposit_ids: Sequence[int], lang: str,
                        out: str) -> Path:
    from arapp.documents.render import render_document

    pdf = render_document(shop.deposit_lists.document(deposit_ids, lang))
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf)
    return path


def _deposit(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        on = day_arg(args.date, "--date") or date.today()
        warnings = shop.cheques.deposit_warnings(args.checks, on)
        batch = shop.cheques.deposit(args.checks, on, args.bank_account, allow_early=args.early)
        warn(warnings)
        listed = shop.cheques.deposit_list(batch)
        cheques = [c for g in listed.groups for c in g.cheques]
        names = _names(shop, cheques)
        if args.out:
            written = _write_deposit_list(shop, [batch], args.lang, args.out)
            print(f"deposit list written to {written}", file=sys.stderr)
    finally:
        shop.close()
    print_json({
        "deposit": listed.id, "date": listed.date, "bank_account": listed.bank_account,
        "total": listed.total, "count": listed.count,
        "groups": [{"date": g.date, "total": g.total,
                    "checks": [check_json(c, names) for c in g.cheques]}
                   for g in listed.groups],
    })
    return 0


def _deposit_list(args: argparse.Namespace) -> int:
    """The printable list of the deposits named, or of those made from --from to --to."""
    shop = open_shop(args)
    try:
        ids: list[int] = list(args.deposits)
        start, end = day_arg(args.start, "--from"), day_arg(args.end, "--to")
        if start is not None or end is not None:
            first = start or end
            assert first is not None
            ids += shop.deposit_lists.deposit_ids(first, end or first)
        elif not ids:
            raise UserError("Name the deposits, or give --from and --to")
        written = _write_deposit_list(shop, ids, args.lang, args.out)
    finally:
        shop.close()
    print(f"deposit list written to {written}")
    return 0


def _clear(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        shop.cheques.clear(args.checks, day_arg(args.date, "--date"))
    finally:
        shop.close()
    print(f"{len(set(args.checks))} cheque(s) cleared")
    return 0


def _show_one(shop: Shop, record: ChequeRecord) -> None:
    print_json({"check": check_json(record, _names(shop, [record]))})


def _return(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        record = shop.cheques.return_cheque(args.check, args.reason, args.fee,
                                            day_arg(args.date, "--date"))
        _show_one(shop, record)
    finally:
        shop.close()
    return 0


def _give_back(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        _show_one(shop, shop.cheques.give_back(args.check, day_arg(args.date, "--date")))
    finally:
        shop.close()
    return 0


def _replace(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        on = day_arg(args.date, "--date")
        new = None
        if args.number is not None:
            new = _cheque_input(args, day_arg(args.cheque_date, "--cheque-date") or on)
        done = shop.cheques.replace(args.check, new, args.cash, on)
        warn(done.warnings)
        shown = [done.old, *([done.new] if done.new else [])]
        names = _names(shop, shown)
    finally:
        shop.close()
    print_json({"replaced": check_json(done.old, names),
                "check": check_json(done.new, names) if done.new else None,
                "cash_payment": done.cash_credit_id})
    return 0


def _exposure(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        as_of = day_arg(args.as_of, "--as-of")
        customer = shop.customers.by_code(args.customer) if args.customer else None
        cover = shop.cheques.exposure(customer.id if customer else None, as_of)
        limit = shop.cheques.check_credit_limit(customer.id, as_of) if customer else None
        returned = shop.cheques.returned_count(customer.id) if customer else None
    finally:
        shop.close()
    print_json({
        "customer": customer.code if customer else None,
        "as_of": as_of or date.today(), "debt": cover.debt, "covered": cover.covered,
        "uncovered": cover.uncovered, "at_risk": cover.at_risk, "exposure": cover.exposure,
        "credit_limit": limit.limit if limit else None,
        "over_limit": limit.over if limit else None, "returned": returned,
    })
    return 0


def _account(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        checked = day_arg(args.checked, "--checked")
        if checked is not None:
            shop.cheques.mark_account_checked(args.bank, args.branch, args.account, checked)
        returns = shop.cheques.drawer_returns(args.bank, args.branch, args.account)
        last = shop.cheques.account_checked_on(args.bank, args.branch, args.account)
    finally:
        shop.close()
    print_json({"returned": returns, "checked_on": last})
    return 0


def _row(period: str, r: ForecastRow) -> dict[str, Any]:
    return {"period": period, "start": r.start, "end": r.end, "checks": r.cheques,
            "installments": r.installments, "total": r.total}


def forecast_json(f: Forecast) -> dict[str, Any]:
    return {
        "from": f.start, "to": f.end,
        "weeks": [_row("week", r) for r in f.weeks],
        "months": [_row("month", r) for r in f.months],
        "totals": {"checks": f.cheques, "installments": f.installments, "total": f.total},
    }


def _forecast(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        start = day_arg(args.start, "--from") or date.today()
        got = shop.cheques.forecast(start, args.months)
    finally:
        shop.close()
    data = forecast_json(got)
    if args.format == "json":
        print_json(data)
    else:
        print_csv(FORECAST_KEYS, ([row[k] for k in FORECAST_KEYS]
                                  for row in (_row(p, r) for p, r in got.rows())))
    return 0


def _cheque_fields(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--number", required=required, metavar="N", help="the cheque's number")
    p.add_argument("--bank", required=required, metavar="B", help="bank code (2 digits)")
    p.add_argument("--branch", required=required, metavar="BR", help="branch (3 digits)")
    p.add_argument("--account", required=required, metavar="A", help="account (up to 9)")
    p.add_argument("--amount", type=_decimal, required=required, metavar="X")
    p.add_argument("--drawer", default="", metavar="NAME",
                   help="who drew it, when not the customer (needs --drawer-id)")
    p.add_argument("--drawer-id", default="", metavar="ID")
    p.add_argument("--endorser", default="", metavar="NAME",
                   help="who endorsed it to the shop (needs --endorser-id)")
    p.add_argument("--endorser-id", default="", metavar="ID")
    p.add_argument("--endorsements", type=int, default=0, metavar="N",
                   help="how many times it was endorsed (default 1 with --endorser)")


def register_checks(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("checks", help="the cheque register")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    a = actions.add_parser("add", help="record a cheque received as a payment")
    a.add_argument("customer", metavar="CUSTOMER", help="the customer's code")
    _cheque_fields(a, required=True)
    a.add_argument("--date", required=True, metavar="D", help="the date on the cheque")
    a.add_argument("--plan", type=int, default=None, metavar="PLAN")
    a.add_argument("--installment", type=int, default=None, metavar="K")
    a.add_argument("--items", default="", metavar="N1,N2",
                   help="the open items it pays first (default: oldest due first)")
    a.set_defaults(handler=_add)

    ls = actions.add_parser("list", help="the register")
    ls.add_argument("--status", choices=STATUSES, default=None)
    ls.add_argument("--customer", default=None, metavar="CODE")
    ls.add_argument("--search", default="", metavar="TEXT")
    ls.add_argument("--format", choices=("json", "csv"), default="json")
    ls.set_defaults(handler=_list)

    d = actions.add_parser("deposit", help="deposit cheques in hand as one batch")
    d.add_argument("checks", type=int, nargs="+", metavar="CHECK")
    d.add_argument("--date", default=None, metavar="D", help="default: today")
    d.add_argument("--bank-account", default="", metavar="TEXT",
                   help="the shop's account they go into")
    d.add_argument("--early", action="store_true",
                   help="deposit cheques dated later too (the bank may return them)")
    d.add_argument("--out", default=None, metavar="FILE.pdf",
                   help="also write the batch's printable deposit list")
    d.add_argument("--lang", choices=("he", "ar", "en"), default="he",
                   help="the deposit list's language (default he)")
    d.set_defaults(handler=_deposit)

    dl = actions.add_parser("deposit-list", help="the printable list of deposits (PDF)")
    dl.add_argument("deposits", type=int, nargs="*", metavar="DEPOSIT",
                    help="deposit batch ids (as `checks deposit` prints them)")
    dl.add_argument("--from", dest="start", default=None, metavar="D",
                    help="every deposit from this day…")
    dl.add_argument("--to", dest="end", default=None, metavar="D", help="…to this day")
    dl.add_argument("--lang", choices=("he", "ar", "en"), default="he")
    dl.add_argument("--out", required=True, metavar="FILE.pdf")
    dl.set_defaults(handler=_deposit_list)

    c = actions.add_parser("clear", help="deposited cheques the bank credited")
    c.add_argument("checks", type=int, nargs="+", metavar="CHECK")
    c.add_argument("--date", default=None, metavar="D")
    c.set_defaults(handler=_clear)

    r = actions.add_parser("return", help="the bank returned a cheque")
    r.add_argument("check", type=int, metavar="CHECK")
    r.add_argument("--reason", choices=RETURN_REASONS, required=True)
    r.add_argument("--fee", type=_decimal, default=None, metavar="X",
                   help="the bank's fee, charged to the customer")
    r.add_argument("--date", default=None, metavar="D")
    r.set_defaults(handler=_return)

    g = actions.add_parser("give-back", help="the paper cheque went back to the customer")
    g.add_argument("check", type=int, metavar="CHECK")
    g.add_argument("--date", default=None, metavar="D")
    g.set_defaults(handler=_give_back)

    x = actions.add_parser("replace", help="replace a cheque by cash or another cheque")
    x.add_argument("check", type=int, metavar="CHECK")
    x.add_argument("--cash", type=_decimal, default=None, metavar="X")
    _cheque_fields(x, required=False)
    x.add_argument("--date", default=None, metavar="D",
                   help="the day of the replacement (the cash payment's date)")
    x.add_argument("--cheque-date", default=None, metavar="D",
                   help="the date on the new cheque (default: --date)")
    x.set_defaults(handler=_replace)

    e = actions.add_parser("exposure", help="debt, covered, at risk and exposure")
    e.add_argument("--customer", default=None, metavar="CODE")
    e.add_argument("--as-of", default=None, metavar="D")
    e.set_defaults(handler=_exposure)

    k = actions.add_parser("account", help="a drawer's account: returned cheques, and "
                           "when it was checked against the restricted-accounts list")
    k.add_argument("bank")
    k.add_argument("branch")
    k.add_argument("account")
    k.add_argument("--checked", default=None, metavar="D",
                   help="record that it was checked on this day")
    k.set_defaults(handler=_account)
    for sub in (a, ls, d, dl, c, r, g, x, e, k):
        sub.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    return p


def register_forecast(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("forecast", help="money expected from cheques and installments")
    p.add_argument("--from", dest="start", default=None, metavar="D", help="default: today")
    p.add_argument("--months", type=int, default=3, metavar="N")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.set_defaults(handler=_forecast)
    return p


REGISTER: tuple[Callable[[Subparsers], argparse.ArgumentParser], ...] = (
    register_checks,
    register_forecast,
)
