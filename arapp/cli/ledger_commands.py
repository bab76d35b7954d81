"""Commands over the ledger: demo, import, aging, backup, restore, check."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from arapp.cli.output import db_path, open_shop, print_csv, print_json
from arapp.core.aging import COLUMNS
from arapp.core.errors import UserError
from arapp.core.services import Shop, file_errors
from arapp.core.services.backup import backup_database
from arapp.core.services.customers import CustomerQuery

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]
#: Up to this many rows JSON is indented for people; beyond it, compact for speed.
PRETTY_ROWS = 2000


#: The years a shop's dates fall in (the services' own range): 9999-12-31 or 0001-01-01
#: passed as a date overflowed the ledger's date arithmetic (issue #21, defect 10).
FIRST_YEAR, LAST_YEAR = 1990, 2100


def iso_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text} is out of range: a date from {FIRST_YEAR} to {LAST_YEAR}"
        )
    return day


def parse_as_of(args: argparse.Namespace) -> date:
    return args.as_of or date.today()


# -- demo ---------------------------------------------------------------------------------
def _demo(args: argparse.Namespace) -> int:
    from arapp.core.demo import check_sample_size

    check_sample_size(args.customers, args.invoices_per_customer)  # before a file is made
    path = db_path(args)
    if path.exists() and path.stat().st_size > 0:
        shop = open_shop(args, create=True)
        try:
            if shop.customers.count(CustomerQuery()) > 0:
                raise UserError(f"{path} already holds a shop; the demo needs a new file")
        finally:
            shop.close()
    shop = open_shop(args, create=True)
    try:
        summary = shop.make_demo(
            customers=args.customers, seed=args.seed, end=args.end,
            invoices_per_customer=args.invoices_per_customer,
        )
    finally:
        shop.close()
    print(f"demo shop in {path}: {summary.customers} customers, {summary.invoices} invoices, "
          f"{summary.payments} payments")
    return 0


def register_demo(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("demo", help="make a sample shop in a new database")
    p.add_argument("--customers", type=int, default=200, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--end", type=iso_date, default=None, metavar="YYYY-MM-DD",
                   help="last day of the two years of history (default: today)")
    p.add_argument("--invoices-per-customer", type=int, default=10, metavar="N")
    p.set_defaults(handler=_demo)
    return p


# -- import -------------------------------------------------------------------------------
def _import(args: argparse.Namespace) -> int:
    # Importing customers may start a new shop; the other kinds need one that exists.
    shop = open_shop(args, create=args.kind == "customers")
    try:
        result = shop.importer.import_file(args.kind, Path(args.file))
    finally:
        shop.close()
    print(f"{args.kind}: {result.added} added, {result.skipped} already present (skipped)")
    if result.extra_columns:
        print(f"ignored columns: {', '.join(result.extra_columns)}")
    return 0


def register_import(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("import", help="import customers, invoices or payments (CSV/XLSX)")
    p.add_argument("kind", choices=("customers", "invoices", "payments"))
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=_import)
    return p


# -- aging --------------------------------------------------------------------------------
def _aging(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        report = shop.aging.report(parse_as_of(args))
    finally:
        shop.close()
    if args.format == "json":
        print_json({
            "as_of": report.as_of,
            "currency": report.currency,
            "customers": [
                {"code": c.code, "name": c.name, **c.row.as_dict()} for c in report.customers
            ],
            "totals": report.totals.as_dict(),
        }, pretty=len(report.customers) <= PRETTY_ROWS)
    else:
        rows = [[c.code, c.name, *(getattr(c.row, k) for k in COLUMNS)]
                for c in report.customers]
        rows.append(["", "TOTAL", *(getattr(report.totals, k) for k in COLUMNS)])
        print_csv(["code", "name", *COLUMNS], rows)
    return 0


def register_aging(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("aging", help="who owes what and how late, as of a date")
    p.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.set_defaults(handler=_aging)
    return p


# -- backup / restore / check -------------------------------------------------------------
def _backup(args: argparse.Namespace) -> int:
    path = db_path(args)
    with file_errors(path):  # a damaged shop file is a message, not a traceback
        target = backup_database(path, Path(args.to))
    print(f"backup written: {target}")
    return 0


def register_backup(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("backup", help="write a verified copy of the database")
    p.add_argument("--to", required=True, metavar="DIR")
    p.set_defaults(handler=_backup)
    return p


def _restore(args: argparse.Namespace) -> int:
    # Holds the shop file: refused while the app or another command has it open.
    kept = Shop.restore(Path(args.backup), db_path(args))
    if kept:
        print(f"the previous database was kept as {kept}")
    print(f"restored {args.backup} into {db_path(args)}")
    return 0


def register_restore(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("restore", help="replace the database with a backup")
    p.add_argument("backup", metavar="BACKUP")
    p.set_defaults(handler=_restore)
    return p


def _check(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        problems = shop.check()
    finally:
        shop.close()
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 1
    print("database OK: integrity and ledger invariants hold")
    return 0


def register_check(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("check", help="check integrity and ledger invariants")
    p.set_defaults(handler=_check)
    return p


REGISTER: tuple[Callable[[Subparsers], argparse.ArgumentParser], ...] = (
    register_demo, register_import, register_aging, register_backup, register_restore,
    register_check,
)
