"""``arapp casefile``: one ZIP with a customer's whole case for a lawyer (issue #20)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from arapp.cli.ledger_commands import iso_date, parse_as_of
from arapp.cli.output import open_shop, print_json

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]


def _casefile(args: argparse.Namespace) -> int:
    from arapp.documents.render import render_document

    shop = open_shop(args)
    try:
        customer = shop.customers.by_code(args.customer)
        summary = shop.case_file.export(
            customer.id, Path(args.out), args.doc_lang, parse_as_of(args),
            render=render_document,
        )
    finally:
        shop.close()
    print_json({
        "customer": customer.code, "file": str(summary.path), "files": list(summary.files),
        "letters": summary.letters, "log_entries": summary.log_entries,
        "agreements": summary.agreements, "cheques": summary.cheques,
    })
    return 0


def register_casefile(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser(
        "casefile", help="a customer's case file as one ZIP (statement, letters, the log as PDF "
        "and CSV, agreements, cheques) for a lawyer or agency")
    p.add_argument("customer", metavar="CUSTOMER", help="customer code")
    p.add_argument("--out", required=True, metavar="FILE.zip")
    p.add_argument("--lang", dest="doc_lang", choices=("he", "ar", "en"), default=None,
                   help="language of the statement and of the log's PDF (default: the "
                   "customer's)")
    p.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD")
    p.set_defaults(handler=_casefile)
    return p


REGISTER: tuple[Callable[[Subparsers], argparse.ArgumentParser], ...] = (register_casefile,)
