"""Letter commands: one letter for a customer, the ladder's letters due, a batch, and a
payment confirmation."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path

from arapp.cli.ledger_commands import iso_date, parse_as_of
from arapp.cli.output import open_shop, print_json
from arapp.core.errors import UserError
from arapp.core.letters.kinds import KIND_CODES

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]


def _percent(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value.is_finite():  # "nan", "inf": Decimal reads them (issue #21, defect 10)
        raise argparse.ArgumentTypeError(f"not a number: {text!r}")
    return value


def _letter(args: argparse.Namespace) -> int:
    from arapp.core.letters.data import PreparedLetter
    from arapp.core.services.letters import PRINTED, SAVED
    from arapp.documents.render import render_document

    out = Path(args.out)
    if out.is_dir():  # refused before anything is printed or recorded (issue #21, defect 10)
        raise UserError("{path} is a folder: --out names the letter's file, e.g. "
                        "{path}/letter.pdf", path=out)
    shop = open_shop(args)
    try:
        customer = shop.customers.by_code(args.customer)
        draft = shop.letter_drafts.draft(
            customer.id, args.kind, lang=args.lang, letter_date=args.date,
            discount_percent=args.discount, registered_mail=args.registered_mail,
        )
        prepared = PreparedLetter(draft, render_document(draft.data))
        if args.print:
            # Printed first: a letter that did not reach the printer is not recorded.
            # The same code path as the app's Print button: QtPdf onto a QPrinter.
            from arapp.printing import print_pdf_to

            pages = print_pdf_to(prepared.pdf, args.print)
            print(f"printed {pages} page(s) on {args.print}")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(prepared.pdf)
        document_id = shop.letters.issue(prepared.draft, prepared.pdf, how=SAVED)
        if args.print:
            shop.letters.mark_delivered(document_id, PRINTED)
    finally:
        shop.close()
    print(f"{args.kind} letter for {customer.code} written to {out} (document {document_id})")
    return 0


def register_letter(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("letter", help="write (and print) one letter for a customer")
    p.add_argument("customer", metavar="CUSTOMER", help="the customer's code")
    p.add_argument("--kind", required=True, choices=KIND_CODES)
    p.add_argument("--lang", choices=("he", "ar", "en"), default=None,
                   help="default: the customer's letter language")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--print", metavar="PRINTER", default=None, help="also print on this queue")
    p.add_argument("--date", type=iso_date, default=None, metavar="YYYY-MM-DD",
                   help="the letter's date (default: today)")
    p.add_argument("--discount", type=_percent, default=Decimal("10"), metavar="PCT",
                   help="settlement discount in percent (default 10)")
    p.add_argument("--registered-mail", action=argparse.BooleanOptionalAction, default=None,
                   help="print 'by registered mail with delivery confirmation' at the top "
                        "(default: for a warning before legal action)")
    p.set_defaults(handler=_letter)
    return p


def _confirmation(args: argparse.Namespace) -> int:
    from arapp.core.services.letters import SAVED
    from arapp.documents.render import render_document

    shop = open_shop(args)
    try:
        draft = shop.confirmations.payment_confirmation(
            args.payment, lang=args.lang, letter_date=args.date
        )
        pdf = render_document(draft.data)
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(pdf)
        document_id = shop.letters.issue(draft, pdf, how=SAVED)
    finally:
        shop.close()
    print(f"payment confirmation for payment {args.payment} written to {out} "
          f"(document {document_id})")
    return 0


def register_confirmation(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser(
        "confirmation", help="write a payment confirmation (not a tax invoice or receipt)"
    )
    p.add_argument("payment", metavar="PAYMENT_ID", type=int, help="the payment's number")
    p.add_argument("--lang", choices=("he", "ar", "en"), default=None,
                   help="default: the customer's letter language")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--date", type=iso_date, default=None, metavar="YYYY-MM-DD",
                   help="the date printed on it (default: today)")
    p.set_defaults(handler=_confirmation)
    return p


def _due(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        as_of = parse_as_of(args)
        due = shop.letters.letters_due(as_of)
    finally:
        shop.close()
    print_json({
        "as_of": as_of,
        "letters": [
            {"customer": d.code, "kind": d.kind, "items": list(d.item_numbers),
             "amount": d.amount,
             # §13B2(a): a debt notice more than 4 months after these items fell due.
             "past_notice_window": bool(d.past_notice_window),
             "items_past_notice_window": list(d.past_notice_window)}
            for d in due
        ],
    })
    return 0


def _batch(args: argparse.Namespace) -> int:
    from arapp.documents.combine import combine_pdfs
    from arapp.documents.parallel import render_all

    shop = open_shop(args)
    try:
        result = shop.letter_batch.run(
            parse_as_of(args), Path(args.out), render_all=render_all, combine=combine_pdfs
        )
    finally:
        shop.close()
    if result.combined is None:
        print("no letters are due")
    else:
        print(f"{len(result.files)} letter(s); print-ready file: {result.combined}")
    return 0


def register_letters(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser("letters", help="the dunning ladder: letters due, batch")
    sub = p.add_subparsers(dest="letters_command", metavar="due|batch", required=True)
    due = sub.add_parser("due", help="which letters the ladder asks for on a date")
    due.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD")
    due.add_argument("--format", choices=("json",), default="json")
    due.set_defaults(handler=_due)
    batch = sub.add_parser("batch", help="make, record and combine the letters due")
    batch.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD")
    batch.add_argument("--out", required=True, metavar="DIR")
    batch.set_defaults(handler=_batch)
    for child in (due, batch):
        child.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    return p


REGISTER: tuple[Callable[[Subparsers], argparse.ArgumentParser], ...] = (
    register_letter, register_letters, register_confirmation,
)
