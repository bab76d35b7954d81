"""Issue #22 (2): every value filled into a letter is a bidi isolate, so a right-to-left
value (a Hebrew shop name) cannot reorder the words of an English sentence around it."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.core.services.settings import BusinessDetails
from arapp.documents.render import render_document
from arapp.documents.text import layout_paragraph


def text_of(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True,
                         text=True).stdout
    # pdftotext marks right-to-left runs with RLE … PDF; the words are what matter.
    out = re.sub("[\u202a-\u202c]", "", unicodedata.normalize("NFKC", out))
    return re.sub(r"\s+", " ", out)


def test_an_english_letter_from_a_hebrew_named_shop_keeps_its_word_order(
    shop: Shop, tmp_path: Path
) -> None:
    shop.settings.save_business(
        BusinessDetails(name='מכולת השכונה בע"מ', phones="04-8123456", owner_name="יוסי לוי")
    )
    c = shop.customers.create(CustomerInput(code="C042", name="Dana Levi", language="en"))
    shop.invoices.create_invoice(c.id, "INV-1", date(2026, 3, 1), Decimal("3703.50"),
                                 date(2026, 4, 1))
    # The debt notice now says "according to our records" (issue #22's wording review);
    # the payment confirmation still names the shop mid-sentence.
    pay = shop.payments.record_payment(c.id, date(2026, 6, 30), Decimal("703.50"))
    draft = shop.confirmations.payment_confirmation(pay.id, letter_date=date(2026, 6, 30))
    text = text_of(render_document(draft.data), tmp_path)
    # The words in their places; whether poppler keeps the space after a right-to-left
    # run is its extraction's business (copy-paste order is tested on its own).
    assert re.search(
        r'After it, your balance with מכולת השכונה בע"מ ?at the end of 30/06/2026 is '
        r"₪3,000\.00\.", text
    ), text


def test_an_isolate_cut_by_a_line_break_stays_in_its_place() -> None:
    text = "According to the records of \u2068מכולת השכונה בע\"מ\u2069, \u2068₪3,703.50\u2069 on"
    narrow = ["".join(t for _font, t in line.runs)
              for line in layout_paragraph(text, 180, 10, rtl=False)]
    assert narrow[0].startswith("According to the records of ")
    assert narrow[-1].endswith(", ₪3,703.50 on")
    assert all("\u2068" not in line and "\u2069" not in line for line in narrow)
