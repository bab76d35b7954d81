"""`arapp` command line: the same services as the desktop app, without a screen.

Exit status: 0 success, 1 bad input (a message names the row or field), 2 usage error.
With no command, the desktop app opens.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from arapp import __version__
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
    _self_test_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    from arapp.cli import (
        casefile_commands,
        cheque_commands,
        collection_commands,
        ledger_commands,
        message_commands,
        plan_commands,
        report_commands,
    )

    for register in (*ledger_commands.REGISTER, *plan_commands.REGISTER,
                     *cheque_commands.REGISTER, *collection_commands.REGISTER,
                     *message_commands.REGISTER, *report_commands.REGISTER,
                     *casefile_commands.REGISTER):
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


def _self_test_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open every screen on a sample shop in a temporary folder, print a letter to "
        "a PDF file, and exit 0 if all of it worked (1 listing what failed)",
    )


def _app_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """``--db``/``--lang``/``--self-test`` and nothing else: the desktop app (or its
    self-test). Parsed without building the commands' parsers, which load the ledger,
    import and letter code the window does not need before it shows."""
    if not argv:
        return argparse.Namespace(db=None, lang=None, self_test=False)
    parser = argparse.ArgumentParser(prog="arapp", add_help=False)
    _db_option(parser, top=True)
    parser.add_argument("--lang", choices=("he", "ar", "en"))
    _self_test_option(parser)
    args, rest = parser.parse_known_args(argv)
    return None if rest else args  # a command, --help or --version: the full parser


def _open_app(args: argparse.Namespace) -> int:
    if args.self_test:
        # A sample shop of its own in a temporary folder: --db is not used.
        from arapp.ui.self_test import run_self_test

        return run_self_test(args.lang)
    from arapp.ui.app import run_app

    return run_app(db=args.db, lang=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    app_args = _app_options(argv)
    if app_args is not None:
        return _open_app(app_args)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # e.g. --db given twice: the full parser's reading decides
        return _open_app(args)
    # What a command writes (letters, agreements, exports) is for this user's eyes only
    # (issue #21); the umask is put back for a caller that runs commands in-process.
    umask = os.umask(0o077)
    try:
        return int(args.handler(args) or EXIT_OK)
    except UserError as exc:
        print(f"arapp: {exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("arapp: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`arapp letters due | head -1`): nothing is wrong with the
        # shop. Stdout is pointed at nothing so that Python's own flush at exit is quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # as a shell reports a command ended by SIGPIPE
    except Exception as exc:
        # A shop file damaged inside (it opened, a page read later failed): the core's
        # message, not a traceback. Only the store's errors; any other is a bug.
        error = _shop_file_error(exc, args)
        if error is None:
            raise
        print(f"arapp: {error.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        os.umask(umask)


def _shop_file_error(exc: Exception, args: argparse.Namespace) -> UserError | None:
    if isinstance(exc, OSError):
        return None  # a file the command writes, not the shop file
    from arapp.cli.output import db_path
    from arapp.core.services import shop_file_error

    return shop_file_error(exc, str(db_path(args)))
