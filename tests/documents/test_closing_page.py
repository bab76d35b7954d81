"""Issue #22 (5): the closing (how to pay, the signature) never stands alone on a sheet
with no letter text: it moves with the table of items at the end of the letter."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.letters.kinds import BY_HAND_KINDS, letter_kind
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.core.services.settings import BusinessDetails
from arapp.documents.render import render_document

ITEM_KINDS = [k for k in BY_HAND_KINDS if letter_kind(k).listing != "statement"]


def pages_of(pdf: bytes, tmp_path: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_the_signature_page_carries_letter_text(lang: str, tmp_path: Path) -> None:
    for kind in ITEM_KINDS:
        for count in range(1, 11):
            shop = Shop.open(":memory:")
            try:
                shop.settings.save_business(BusinessDetails(
                    name='מכולת השכונה בע"מ', registration_number="512345678",
                    address="רחוב הרצל 5, חיפה", phones="04-8123456",
                    email="shop@example.co.il", owner_name="Signer Name",
                    bank_details="בנק לאומי (10), סניף 800, חשבון 12345678"))
                c = shop.customers.create(CustomerInput(
                    code="C042", name="يوسف الخطيب Joseph", language=lang, kind="business",
                    address="שארע אלג'אמע 5, נצרת", phones="052-1234567"))
                for i in range(count):
                    issued = date(2026, 1, 10) + timedelta(days=5 * i)
                    shop.invoices.create_invoice(c.id, f"INV-{1001 + i}", issued,
                                                 Decimal("1234.50") + i,
                                                 issued + timedelta(days=30))
                draft = shop.letter_drafts.draft(c.id, kind, letter_date=date(2026, 6, 30))
                pages = pages_of(render_document(draft.data), tmp_path)
            finally:
                shop.close()
            signed = [p for p in pages if "Signer Name" in p]
            assert len(signed) == 1, (kind, count)
            assert "INV-" in signed[0], (lang, kind, count, len(pages))


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_statement_how_to_pay_moves_with_the_table(lang: str, tmp_path: Path) -> None:
    # A statement (and a handover, which sends one) has no signature; its closing is how to
    # pay, which must not be left alone on a last sheet either.
    from arapp.documents.statement import render_statement
    from tests.documents.conftest import LABELS, make_statement

    heading = LABELS[lang]["how_to_pay"]
    closing = LABELS[lang]["closing_balance"]
    for movements in range(1, 40):
        pages = pages_of(render_statement(make_statement(lang, movements=movements)), tmp_path)
        last = pages[-1]
        assert heading in last, movements
        assert closing in last, (lang, movements, len(pages))
