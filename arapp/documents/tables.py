"""The one table builder of every document: the letter's open items, the statement's
movements and the agreement's schedule are each a list of :class:`Column` and rows of
text. The header row repeats on every page; right-to-left documents run the columns from
the right, and a total row can merge its first cells into one label."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from reportlab.platypus import Table

from arapp.documents.fonts import text_width
from arapp.documents.layout import (
    ACCENT,
    FADED,
    HEADER_FILL,
    RULE,
    TOTAL_FILL,
    TextBlock,
    TextStyle,
    table_style,
)
from arapp.documents.text import clean_user_text, protected_spans, shape

#: A cell's left plus right padding (the LEFTPADDING/RIGHTPADDING below), and a little room.
_PADDING = 4 + 4 + 0.5


def unbreakable(text: str) -> bool:
    """A number, an amount, a date or a reference: one word, or one unit that must keep
    its order ("1,234.50 ₪"). It never wraps inside (issue #22, 4)."""
    text = text.strip()
    if not text:
        return False
    return " " not in text or protected_spans(text) == [(0, len(text))]


def fitting(text: str, style: TextStyle, width: float) -> TextStyle:
    """``style``, its size shrunk if an unbreakable ``text`` would not fit on one line of a
    cell ``width`` wide (a long invoice number, a balance in the millions)."""
    if not unbreakable(text):
        return style
    room = width - _PADDING
    needed = text_width(shape(clean_user_text(text)), style.size, style.bold)
    if needed <= room or needed <= 0:
        return style
    return replace(style, size=style.size * room / needed)


@dataclass(frozen=True, slots=True)
class Column:
    """One table column in *logical* order (the first column is the one read first)."""

    header: str
    share: float  # fraction of the table width
    align: str = "start"  # "start" | "end" | "center" (see TextBlock)


def build_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    width: float,
    rtl: bool,
    body: TextStyle,
    header: TextStyle,
    total: Sequence[str] | None = None,
    total_label_span: int = 1,
    muted_rows: Collection[int] = (),
    split_in_row: bool = False,
) -> Table:
    """A data table whose header row repeats on every page. For RTL the columns are laid
    out right to left (logical column 0 on the right). ``total`` is a bold last row whose
    first ``total_label_span`` logical cells merge into one label cell. The rows whose
    indexes (in ``rows``) are in ``muted_rows`` print faded (a corrected
    entry of a log: there, but no longer what stands). With ``split_in_row`` a row taller
    than what is left of a page is cut between the lines of its cells (a log entry's long
    note), not moved whole to the next page — nor refused when it is taller than a page."""
    n = len(columns)

    def physical(cells: Sequence[object]) -> list[object]:
        return list(reversed(cells)) if rtl else list(cells)

    def cell(text: str, col: Column, style: TextStyle) -> TextBlock:
        return TextBlock(text, style, rtl=rtl, align=col.align)

    def value(text: str, col: Column, style: TextStyle) -> TextBlock:
        # Numbers and references never break inside: shrunk to fit their column.
        return cell(text, col, fitting(text, style, col.share * width))

    data = [physical([cell(c.header, c, header) for c in columns])]
    muted = replace(body, color=FADED)
    for i, row in enumerate(rows):
        style = muted if i in muted_rows else body
        cells = [value(text, col, style) for text, col in zip(row, columns, strict=True)]
        data.append(physical(cells))
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    if total is not None:
        bold_body = TextStyle(size=body.size, bold=True, color=body.color, leading=body.leading)
        label = cell(total[0], Column("", 1.0, "start"), bold_body)
        blanks: list[object] = [""] * (total_label_span - 1)
        values = [
            value(text, col, bold_body)
            for text, col in zip(total[1:], columns[total_label_span:], strict=True)
        ]
        # A spanned cell shows the content of its leftmost cell, so in RTL the label goes
        # first among the spanned cells, not last.
        if rtl:
            data.append([*reversed(values), label, *blanks])
        else:
            data.append([label, *blanks, *values])
        first, last = (n - total_label_span, n - 1) if rtl else (0, total_label_span - 1)
        commands += [
            ("SPAN", (first, -1), (last, -1)),
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, ACCENT),
        ]
    widths = physical([c.share * width for c in columns])
    # A total row alone under a repeated header reads as a table of nothing: a page break
    # may fall no later than before the last row above the total.
    split_range = (0, -2) if total is not None else None
    table = Table(
        data, colWidths=widths, repeatRows=1, hAlign="CENTER", rowSplitRange=split_range,
        splitInRow=1 if split_in_row else 0,
    )
    table.setStyle(table_style(commands))
    return table
