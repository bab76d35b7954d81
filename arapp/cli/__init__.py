"""`arapp` command line: the same services as the desktop app, without a screen.

Exit status: 0 success, 1 bad input (a message names the row or field), 2 usage error.
With no command, the desktop app opens.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from arapp import __version__
from arapp.cli import ledger_commands
from arapp.core.errors import UserError

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


def _db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # --db may come before or after the command; SUPPRESS keeps a sub-parser from
    # overwriting a value given at the top with its own default.
    parser.add_argument(
        "--db",
        metavar="FILE",
        default=None if top else argparse.SUPPRESS,
        help="shop database file (default: the per-user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arapp", description="Accounts receivable and debt collection for small shops."
    )
    parser.add_argument("--version", action="version", version=f"arapp {__version__}")
    _db_option(parser, top=True)
    parser.add_argument("--lang", choices=("he", "ar", "en"), help="language of the app")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in ledger_commands.REGISTER:
        sub = register(commands)
        _db_option(sub, top=False)
    _register_letters(commands)
    return parser


def _register_letters(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    try:
        from arapp.cli import letter_commands
    except ImportError:  # pragma: no cover - the documents layer is part of every install
        return
    for register in letter_commands.REGISTER:
        sub = register(commands)
        _db_option(sub, top=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from arapp.ui.app import run_app

        return run_app(db=args.db, lang=args.lang)
    try:
        return int(args.handler(args) or EXIT_OK)
    except UserError as exc:
        print(f"arapp: {exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("arapp: interrupted", file=sys.stderr)
        return 130
