"""Fixtures for the import reader tests: the stored corpus and XLSX files built on demand
(openpyxl stamps the time into a workbook, so storing one would change it on every run)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import openpyxl
import pytest

CORPUS = Path(__file__).resolve().parents[2] / "data" / "imports"

MakeXlsx = Callable[..., Path]


@pytest.fixture
def corpus() -> Path:
    return CORPUS


@pytest.fixture
def make_xlsx(tmp_path: Path) -> MakeXlsx:
    """``make_xlsx(rows, name=..., before=[...])`` writes ``rows`` (row 1 first; ``[]`` is a
    blank row) to the active sheet of a new workbook; ``before`` adds sheets in front of it
    with these rows, so the sheet the owner sees is not the first one."""

    def make(
        rows: Sequence[Sequence[object]],
        name: str = "book.xlsx",
        before: Sequence[Sequence[Sequence[object]]] = (),
    ) -> Path:
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        for index, other_rows in enumerate(before):
            other = book.create_sheet(f"Other {index + 1}", index)
            for row in other_rows:
                other.append(list(row))
        for row in rows:
            sheet.append(list(row))
        book.active = book.index(sheet)
        path = tmp_path / name
        book.save(path)
        return path

    return make


def replace_in_sheet(path: Path, old: str, new: str) -> None:
    """Edit the first sheet's XML of the workbook at ``path``. openpyxl writes floats at 15
    significant digits, but Excel writes 17 (``<v>117.00000000000001</v>``); this puts
    Excel's exact text into a test workbook."""
    with zipfile.ZipFile(path) as original:
        items = [(item, original.read(item)) for item in original.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as copy:
        for item, data in items:
            if item.filename == "xl/worksheets/sheet1.xml":
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode())
            copy.writestr(item, data)
