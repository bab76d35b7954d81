"""Messages from the command line (issue #20, 4): the WhatsApp link or SMS text for a
customer, a kept letter by e-mail — the same service as the card's Send message — and the
owner's wording of the messages (as Settings › Messages keeps it)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from arapp.cli.ledger_commands import iso_date, parse_as_of
from arapp.cli.output import open_shop, print_json
from arapp.core.messages.texts import LANGUAGES, MESSAGE_KINDS, TEXT_KEYS, placeholders
from arapp.core.services.messaging import CHANNELS

Subparsers = argparse._SubParsersAction  # type: ignore[type-arg]


def _message(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        customer = shop.customers.by_code(args.customer)
        service = shop.messages
        draft = service.whatsapp_link if args.via == "whatsapp" else service.sms_text
        message = draft(customer.id, parse_as_of(args), args.lang, args.kind)
        # --sent: the owner sent it from another device; the log says so.
        logged = service.record_sent(message) if args.sent else None
        print_json({
            "customer": customer.code, "via": message.channel, "kind": message.kind,
            "collection": message.collection, "lang": message.lang,
            "number": message.number, "text": message.text, "url": message.url,
            "logged": logged,
        })
    finally:
        shop.close()
    return 0


def register_message(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser(
        "message", help="a customer's WhatsApp link or SMS text (a reminder or the balance)")
    p.add_argument("customer", metavar="CUSTOMER", help="the customer's code")
    p.add_argument("--via", required=True, choices=CHANNELS)
    p.add_argument("--kind", choices=tuple(MESSAGE_KINDS), default="reminder",
                   help="reminder: asks to pay (a collection step); balance: for information")
    p.add_argument("--lang", choices=LANGUAGES, default=None,
                   help="default: the customer's letter language")
    p.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD")
    p.add_argument("--sent", action="store_true", help="log the message as sent")
    p.set_defaults(handler=_message)
    return p


def _email(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        customer = shop.customers.by_code(args.customer)
        entry = shop.messages.send_email(customer.id, args.letter)
        print_json({"customer": customer.code, "letter": args.letter, "logged": entry})
    finally:
        shop.close()
    return 0


def register_email(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser(
        "email", help="e-mail a kept letter to the customer (mail server: Settings › E-mail)")
    p.add_argument("customer", metavar="CUSTOMER", help="the customer's code")
    p.add_argument("--letter", type=int, required=True, metavar="ID",
                   help="the kept letter's id")
    p.set_defaults(handler=_email)
    return p


def _message_text(args: argparse.Namespace) -> int:
    shop = open_shop(args)
    try:
        if args.reset:
            shop.settings.reset_message_text(args.lang, args.key)
        elif args.text is not None:
            shop.settings.save_message_texts(args.lang, {args.key: args.text})
        print_json({
            "lang": args.lang, "key": args.key,
            "text": shop.settings.message_wording(args.lang)[args.key],
            "own": args.key in shop.settings.message_texts(args.lang),
            "placeholders": list(placeholders(args.key)),
        })
    finally:
        shop.close()
    return 0


def register_message_text(commands: Subparsers) -> argparse.ArgumentParser:
    p = commands.add_parser(
        "message-text",
        help="show, set or reset the wording of a message text (Settings › Messages)")
    p.add_argument("lang", metavar="LANG", choices=LANGUAGES)
    p.add_argument("key", metavar="KEY", choices=TEXT_KEYS, help=", ".join(TEXT_KEYS))
    which = p.add_mutually_exclusive_group()
    which.add_argument("text", metavar="TEXT", nargs="?", default=None,
                       help="your wording (placeholders in braces); none: show it")
    which.add_argument("--reset", action="store_true", help="back to the default wording")
    p.set_defaults(handler=_message_text)
    return p


REGISTER: tuple[Callable[[Subparsers], argparse.ArgumentParser], ...] = (
    register_message,
    register_email,
    register_message_text,
)
