"""CSV that a spreadsheet cannot run: every CSV arapp writes goes through here.

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
taken by Excel and LibreOffice as a formula, so a customer named ``=HYPERLINK(…)`` would
become a live link (spreadsheet formula injection). Such text gets a leading ``'``, which
the spreadsheet shows as text. Amounts are written as plain decimals (``-12.50``) and stay
numbers: only text is guarded.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TextIO

from arapp.core.money import money_str

#: Characters that make a spreadsheet treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """``value`` as a CSV cell: amounts as decimals with two places, other numbers as
    written, ``None`` empty, text guarded against being read as a formula."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return money_str(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(
    stream: TextIO,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    lineterminator: str = "\r\n",
) -> None:
    """``header`` then ``rows`` to ``stream`` as CSV, every cell through :func:`safe_cell`.
    The stream's encoding is the caller's (Excel wants UTF-8 with a BOM in a file)."""
    writer = csv.writer(stream, lineterminator=lineterminator)
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
