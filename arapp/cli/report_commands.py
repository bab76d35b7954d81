"""Today's work list and the key figures (issue #20, 3 and 7): ``arapp today`` and
``arapp kpi``, the shapes DESIGN.md gives (money as decimal strings, dates ISO, ratios as
decimal strings with their stated places, null for a zero divisor)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from arapp.cli.ledger_commands import iso_date, parse_as_of
from arapp.cli.output import open_shop, print_csv, print_json
from arapp.core.services.kpi import Kpis, ratio_text, trend_rows, write_trend_csv
from arapp.core.tasks import Task

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]
TASK_KEYS = ("kind", "customer", "amount", "date", "note")
KPI_KEYS = ("as_of", "from", "receivable", "overdue", "overdue_share", "dso", "collection_rate",
            "avg_days_to_pay", "promises_kept_share", "letters_sent", "paid_after_letters",
            "top_debtors")


def task_json(task: Task) -> dict[str, Any]:
    """One task as DESIGN.md shapes it: ``customer`` is the customer's code."""
    return {"kind": task.kind, "customer": task.code, "amount": task.amount, "date": task.date,
            "note": task.note}


def kpi_json(k: Kpis) -> dict[str, Any]:
    """The ``kpi`` shape of DESIGN.md, and what was paid within 30 days of the letters
    (``paid_after_letters``, issue #20, 7)."""
    return {
        "as_of": k.as_of,
        "from": k.from_,
        "receivable": k.receivable,
        "overdue": k.overdue,
        "overdue_share": ratio_text(k.overdue_share),
        "dso": ratio_text(k.dso),
        "collection_rate": ratio_text(k.collection_rate),
        "avg_days_to_pay": ratio_text(k.avg_days_to_pay),
        "promises_kept_share": ratio_text(k.promises_kept_share),
        "letters_sent": k.letters_sent,
        "paid_after_letters": k.paid_after_letters,
        "top_debtors": [{"code": d.code, "total": d.total} for d in k.top_debtors],
    }


# -- today --------------------------------------------------------------------------------
def _today(args: argparse.Namespace) -> int:
    as_of = parse_as_of(args)
    shop = open_shop(args)
    try:
        tasks = shop.today.tasks(as_of)
        summary = shop.today.summary(as_of) if args.format == "text" else None
    finally:
        shop.close()
    if summary is None:
        print_json({"as_of": as_of, "tasks": [task_json(t) for t in tasks]},
                   pretty=len(tasks) <= 2000)
        return 0
    out = sys.stdout
    out.write(f"Today {as_of.isoformat()}: receivable {summary.receivable}, overdue "
              f"{summary.overdue}, collected this month {summary.collected_this_month} of "
              f"{summary.fell_due_this_month} that fell due, DSO {ratio_text(summary.dso)}\n")
    for t in tasks:
        late = f", {t.days_late} days late" if t.days_late else ""
        out.write(f"{t.kind:17s} {t.code:10s} {t.amount:>12} {t.date.isoformat()}{late}"
                  f"  {t.name} {t.note}\n")
    return 0


def register_today(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("today", help="today's work list, most important first")
    p.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD")
    p.add_argument("--format", choices=("json", "text"), default="json")
    p.set_defaults(handler=_today)
    return p


# -- kpi ----------------------------------------------------------------------------------
def _kpi(args: argparse.Namespace) -> int:
    as_of = parse_as_of(args)
    shop = open_shop(args)
    try:
        if args.trend:
            points = shop.kpi.trend(as_of, args.months)
        else:
            figures = shop.kpi.compute(as_of, args.from_)
    finally:
        shop.close()
    if args.trend:
        if args.format == "csv":
            write_trend_csv(points, sys.stdout)
        else:
            print_json({"as_of": as_of, "months": [
                dict(zip(("month", "end", "receivable", "overdue", "collected", "invoiced",
                          "dso"), row, strict=True))
                for row in trend_rows(points)]})
        return 0
    data = kpi_json(figures)
    if args.format == "json":
        print_json(data)
        return 0
    rows: list[list[object]] = [
        [key, value] for key, value in data.items() if key != "top_debtors"
    ]
    rows += [[f"top_debtor:{d['code']}", d["total"]] for d in data["top_debtors"]]
    print_csv(["kpi", "value"], [[k, v.isoformat() if hasattr(v, "isoformat") else v]
                                 for k, v in rows])
    return 0


def _months(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 120:
        raise argparse.ArgumentTypeError(f"not a number of months from 1 to 120: {text!r}")
    return int(text)


def register_kpi(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("kpi", help="key figures as of a day and over a period")
    p.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD")
    p.add_argument("--from", dest="from_", type=iso_date, default=None, metavar="YYYY-MM-DD",
                   help="first day of the period (default: 29 days before --as-of)")
    p.add_argument("--trend", action="store_true",
                   help="month by month instead: receivable, overdue, collected, invoiced, DSO")
    p.add_argument("--months", type=_months, default=12, metavar="N",
                   help="months of the trend (default 12)")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.set_defaults(handler=_kpi)
    return p


REGISTER: tuple[Callable[[Subparsers], argparse.ArgumentParser], ...] = (
    register_today, register_kpi,
)
