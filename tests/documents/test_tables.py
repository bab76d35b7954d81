"""The one table builder: columns in logical order, laid out right to left for Hebrew and
Arabic, a header that repeats on every page, a total row whose label spans cells."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table

from arapp.documents.layout import TextBlock, TextStyle
from arapp.documents.tables import Column, build_table

COLUMNS = [Column("Number", 0.5), Column("Date", 0.2, "center"), Column("Amount", 0.3, "end")]
ROWS = [["INV-1", "01/01/2026", "10.00"], ["INV-2", "02/01/2026", "20.00"]]
STYLE = TextStyle(size=9)


def texts(table: Table) -> list[list[Any]]:
    return [
        [cell.text if isinstance(cell, TextBlock) else cell for cell in row]
        for row in table._cellvalues
    ]


def make(rtl: bool) -> Table:
    return build_table(
        COLUMNS, ROWS, width=400, rtl=rtl, body=STYLE, header=STYLE,
        total=["Total", "30.00"], total_label_span=2,
    )


def test_left_to_right_keeps_the_logical_order() -> None:
    table = make(rtl=False)
    assert texts(table) == [
        ["Number", "Date", "Amount"], *ROWS, ["Total", "", "30.00"],
    ]
    assert table._colWidths == [200, 80, 120]
    assert table.repeatRows == 1


def test_right_to_left_runs_the_columns_from_the_right() -> None:
    table = make(rtl=True)
    assert texts(table) == [
        ["Amount", "Date", "Number"],
        *[list(reversed(r)) for r in ROWS],
        # A span shows its leftmost cell, so in RTL the label sits first of the two.
        ["30.00", "Total", ""],
    ]
    assert table._colWidths == [120, 80, 200]
    assert ("SPAN", (1, -1), (2, -1)) in [tuple(c[:3]) for c in table._spanCmds]


def test_the_total_row_never_goes_alone_onto_a_page() -> None:
    rows = [[f"INV-{n}", "01/01/2026", "10.00"] for n in range(1, 11)]
    table = build_table(
        COLUMNS, rows, width=400, rtl=False, body=STYLE, header=STYLE,
        total=["Total", "100.00"], total_label_span=2,
    )
    _width, height = table.wrap(400, 10_000)
    row = height / 12  # header, ten rows and the total, all one line high
    # Room for the header and every row but not the total: the last row goes over with it.
    first, rest = table.split(400, height - row / 2)
    def first_cells(part: Table) -> list[str]:
        # a split hands its cells over wrapped in tuples
        cells = [row[0][0] if isinstance(row[0], tuple) else row[0] for row in part._cellvalues]
        return [cell.text for cell in cells]

    assert first_cells(rest) == ["Number", "INV-10", "Total"]
    assert len(first_cells(first)) == 10  # the header and nine rows
