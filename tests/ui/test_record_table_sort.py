"""The record-table model sorts itself by raw values (not formatted text), an empty cell
below every value in either direction, and its cached cell texts follow the rows."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from arapp.ui.widgets.record_table import Column, RecordTableModel

ROWS = [("b", Decimal("10.00")), ("a", None), ("c", Decimal("9.50")), ("d", Decimal("100"))]


def make_model() -> RecordTableModel[tuple[str, Decimal | None]]:
    model: RecordTableModel[tuple[str, Decimal | None]] = RecordTableModel([
        Column(lambda: "Name", lambda r: r[0]),
        Column(lambda: "Amount", lambda r: r[1], "money"),
    ])
    model.set_rows(ROWS)
    return model


def names(model: RecordTableModel[tuple[str, Decimal | None]]) -> list[str]:
    return [r[0] for r in model.rows()]


def test_amounts_sort_as_numbers_and_an_empty_cell_as_less_than_any(qapp: object) -> None:
    model = make_model()
    model.index(0, 1).data()  # a cell text cached for row 0 ("b")
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["a", "c", "b", "d"]  # as text "100" would come before "9.50"
    assert model.index(0, 1).data() == ""  # row 0 is "a" now: its text, not "b"'s
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["d", "b", "c", "a"]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["a", "b", "c", "d"]
