"""Issue #22 (4): numbers and references never break inside a table cell — a long invoice
number, a balance in the millions with its ₪ — they shrink to fit their column instead."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.documents.render import render_document
from arapp.documents.tables import unbreakable


def layout_text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "statement.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         check=True, text=True).stdout
    return unicodedata.normalize("NFKC", out).replace("\u202a", "").replace("\u202c", "")


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_long_invoice_numbers_and_millions_stay_on_one_line(
    shop: Shop, tmp_path: Path, lang: str
) -> None:
    c = shop.customers.create(CustomerInput(code="M1", name="Dana Levi", language=lang))
    for n, amount in ((21, "1234567.89"), (22, "987654.32")):
        shop.invoices.create_invoice(c.id, f"INV-2026/0000{n}", date(2026, 3, n - 20),
                                     Decimal(amount), date(2026, 4, 1))
    draft = shop.letter_drafts.draft(c.id, "statement", letter_date=date(2026, 6, 30))
    lines = layout_text(render_document(draft.data), tmp_path).splitlines()
    for whole in ("INV-2026/000021", "INV-2026/000022", "1,234,567.89", "2,222,222.21"):
        assert any(whole in line for line in lines), (whole, lines)
    closing = [line for line in lines if "2,222,222.21" in line]
    # The closing balance keeps its ₪ on its line.
    assert any("₪" in line for line in closing), closing
    assert not any(line.strip() == "₪" for line in lines)


def test_what_counts_as_unbreakable() -> None:
    assert unbreakable("INV-2026/000021") and unbreakable("1,234,567.89 ₪")
    assert unbreakable("₪1,234,567.89") and not unbreakable("Invoice for May")
