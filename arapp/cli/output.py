"""Writing command results: JSON with decimal strings for money, CSV, plain lines."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from arapp.core.csv_safe import write_csv
from arapp.core.errors import NoShopFile
from arapp.core.money import money_str
from arapp.core.paths import default_db_path
from arapp.core.services import Shop

_MONEY_TEXT: dict[Decimal, str] = {}


def _default(value: object) -> object:
    if isinstance(value, Decimal):
        # A big report repeats a few thousand amounts (zero above all) a million times.
        text = _MONEY_TEXT.get(value)
        if text is None:
            text = _MONEY_TEXT[value] = money_str(value)
        return text
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def print_json(data: object, *, pretty: bool = True) -> None:
    """JSON on stdout; ``pretty=False`` for big outputs (Python's indenting encoder is
    pure Python and takes seconds for 100,000 rows; the compact one is C)."""
    indent = 2 if pretty else None
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=indent, default=_default))
    sys.stdout.write("\n")


def print_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """CSV on stdout, text cells guarded against spreadsheet formulas (see csv_safe)."""
    write_csv(sys.stdout, header, rows, lineterminator="\n")


def db_path(args: object) -> Path:
    value = getattr(args, "db", None)
    return Path(value) if value else default_db_path()


def open_shop(args: object, *, create: bool = False) -> Shop:
    """The shop named by ``--db`` (or the per-user one). Only a command that starts a
    shop (``demo``, ``import customers``) passes ``create``: any other refuses a path with
    no file, so a mistyped ``--db`` is a message, not a new empty shop."""
    path = db_path(args)
    if not create and not path.exists():
        raise NoShopFile(str(path))
    return Shop.open(path)
