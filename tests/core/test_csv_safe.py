"""Text that a spreadsheet would run as a formula is written as text; amounts stay numbers."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest

from arapp.core.csv_safe import safe_cell, write_csv


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_quoted(text: str) -> None:
    assert safe_cell(text) == "'" + text


def test_amounts_and_plain_text_are_kept() -> None:
    assert safe_cell(Decimal("-12.5")) == "-12.50"
    assert safe_cell(3) == "3"
    assert safe_cell(None) == ""
    assert safe_cell("דוד כהן") == "דוד כהן"


def test_write_csv_guards_header_and_rows() -> None:
    out = io.StringIO()
    write_csv(out, ["code", "=x"], [["A", Decimal("1")]], lineterminator="\n")
    assert out.getvalue() == "code,'=x\nA,1.00\n"
