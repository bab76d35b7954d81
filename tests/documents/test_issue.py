"""Letters from the ledger: composed, rendered, recorded as exact bytes, laddered."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import unicodedata
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.errors import UserError
from arapp.core.letters.data import LetterData, PreparedLetter, StatementData
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.core.services.settings import BusinessDetails
from arapp.core.templates import TemplateText, strip_isolates
from tests.documents.conftest import prepare_letter, run_batch

TODAY = date(2026, 6, 30)


@pytest.fixture
def debtor(shop: Shop) -> int:
    shop.settings.save_business(BusinessDetails(
        name="מכולת השכונה", registration_number="512345678", phones="04-8123456",
        bank_details="בנק לאומי (10), סניף 800, חשבון 12345678", owner_name="יוסי לוי"))
    c = shop.customers.create(CustomerInput(
        code="C042", name="يوسف الخطيب Joseph", phones="052-1234567", language="ar",
        address="شارع الجامع 5، الناصرة", kind="business"))  # no §13B2 debt notice needed
    for n in range(5):
        issued = date(2026, 1, 10) + timedelta(days=20 * n)
        shop.invoices.create_invoice(c.id, f"INV-{1001 + n}", issued,
                                     Decimal("1234.50") + n, issued + timedelta(days=30))
    return c.id


def record_letter(shop: Shop, letter: PreparedLetter) -> int:
    return shop.letters.issue(letter.draft, letter.pdf)


def pdftext(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         check=True, text=True).stdout
    return unicodedata.normalize("NFKC", out)


def test_arabic_warning_letter_lists_the_five_invoices_and_reads_right(
    shop: Shop, debtor: int, tmp_path: Path
) -> None:
    letter = prepare_letter(shop, debtor, "warning", letter_date=TODAY)
    assert letter.lang == "ar"
    assert len(letter.item_ids) == 5
    assert letter.amount == Decimal("6182.50")
    text = pdftext(letter.pdf, tmp_path)
    for n in range(5):
        assert f"INV-{1001 + n}" in text
    assert "052-1234567" in text or "04-8123456" in text
    assert "6,182.50" in text
    assert "14/07/2026" in text  # pay by: letter date + 14 days, day first
    assert "يوسف" in text and "Joseph" in text


def test_hebrew_letter_on_request_and_unknown_kind(shop: Shop, debtor: int) -> None:
    letter = prepare_letter(shop, debtor, "reminder", lang="he", letter_date=TODAY)
    assert letter.data.lang == "he" and letter.data.subject
    with pytest.raises(UserError):
        prepare_letter(shop, debtor, "poem", letter_date=TODAY)


def test_recorded_letter_keeps_exact_bytes_and_ladder_steps(shop: Shop, debtor: int) -> None:
    letter = prepare_letter(shop, debtor, "reminder", letter_date=TODAY)
    doc_id = record_letter(shop, letter)
    assert shop.letters.pdf(doc_id) == letter.pdf
    record = shop.letters.document(doc_id)
    assert record.sha256 == hashlib.sha256(letter.pdf).hexdigest()
    assert [d.kind for d in shop.letters.documents_for(debtor)] == ["reminder"]
    due = shop.letters.letters_due(TODAY)
    assert all(d.kind != "reminder" for d in due)  # the same level never twice per item


def test_same_data_gives_byte_identical_reprint(shop: Shop, debtor: int) -> None:
    a = prepare_letter(shop, debtor, "warning", letter_date=TODAY)
    b = prepare_letter(shop, debtor, "warning", letter_date=TODAY)
    assert a.pdf == b.pdf


def test_registered_mail_on_a_warning(shop: Shop, debtor: int) -> None:
    doc_id = record_letter(shop, prepare_letter(shop, debtor, "warning", letter_date=TODAY))
    rec = shop.letters.set_registered_mail(doc_id, "RR123456789IL", TODAY + timedelta(days=3))
    assert rec.registered_mail_number == "RR123456789IL"
    assert rec.delivered_on == TODAY + timedelta(days=3)
    with pytest.raises(UserError):
        shop.letters.set_registered_mail(doc_id, "RR1", TODAY - timedelta(days=1))


def test_edited_template_is_used_and_reset_restores_default(shop: Shop, debtor: int) -> None:
    edited = TemplateText("تذكير {customer_code}", "ادفع {total}")
    shop.letters.save_template("reminder", "ar", edited)
    letter = prepare_letter(shop, debtor, "reminder", letter_date=TODAY)
    assert strip_isolates(letter.data.subject) == "تذكير C042"
    shop.letters.reset_template("reminder", "ar")
    assert not shop.letters.is_edited("reminder", "ar")
    with pytest.raises(UserError):
        shop.letters.save_template("reminder", "ar", TemplateText("x", "{nonsense}"))


def test_settlement_offer_amounts(shop: Shop, debtor: int) -> None:
    letter = prepare_letter(shop, debtor, "settlement", letter_date=TODAY,
                            discount_percent=Decimal("10"))
    body = " ".join(letter.data.paragraphs)
    assert "5,564.25" in body  # 6182.50 less 10 %, rounded half-up to the agora
    assert "618.25" in body


def test_statement_has_running_balance(shop: Shop, debtor: int) -> None:
    inv = shop.invoices.for_customer(debtor, open_only=True)[0]
    shop.payments.record_payment(debtor, date(2026, 3, 1), Decimal("1000.00"), "cash",
                                 picked=[inv.id])
    letter = prepare_letter(shop, debtor, "statement", letter_date=TODAY)
    assert isinstance(letter.data, StatementData)
    rows = letter.data.movements
    assert rows[-1].balance == letter.data.closing_balance == Decimal("5182.50")
    assert letter.amount == Decimal("5182.50") and letter.item_ids == ()
    payment = next(r for r in rows if r.kind == "payment")
    assert inv.number in payment.description


def test_batch_makes_what_is_due_once(shop: Shop, debtor: int, tmp_path: Path) -> None:
    due = shop.letters.letters_due(TODAY)
    assert due and {d.kind for d in due} == {"reminder"}
    result = run_batch(shop, TODAY, tmp_path)
    assert len(result.files) == len(due)
    assert result.combined is not None and result.combined.exists()
    assert shop.letters.letters_due(TODAY) == []
    assert run_batch(shop, TODAY, tmp_path / "again").files == ()


def test_no_overdue_items_means_no_reminder_but_a_settlement_is_possible(shop: Shop) -> None:
    c = shop.customers.create(CustomerInput(code="N1", name="Early Bird", language="en"))
    shop.invoices.create_invoice(c.id, "E-1", date(2026, 6, 1), Decimal("50.00"),
                                 date(2026, 7, 31))
    with pytest.raises(UserError, match="overdue"):
        prepare_letter(shop, c.id, "reminder", letter_date=TODAY)
    offer = prepare_letter(shop, c.id, "settlement", letter_date=TODAY)
    assert isinstance(offer.data, LetterData)
    assert [row.number for row in offer.data.items] == ["E-1"]


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_a_warning_with_five_invoices_is_one_sheet(
    shop: Shop, debtor: int, tmp_path: Path, lang: str
) -> None:
    """Letterhead, the full warning wording, five invoices, pay-by, how to pay and the
    signature on one A4 sheet in every language: a second sheet with just a signature on
    it costs paper and looks careless."""
    shop.settings.save_business(BusinessDetails(
        name="מכולת השכונה – Neighbourhood Grocery", registration_number="512345678",
        address="הרצל 12, חיפה", phones="04-8123456, 052-7654321", email="shop@example.co.il",
        bank_details="בנק לאומי (10), סניף 800, חשבון 12345678\nמוטב: מכולת השכונה בע\"מ",
        owner_name="יוסי לוי"))
    letter = prepare_letter(shop, debtor, "warning", lang=lang, letter_date=TODAY)
    text = pdftext(letter.pdf, tmp_path)
    assert text.count("\f") == 1
    assert "INV-1005" in text and "12345678" in text and "יוסי לוי" in text


def test_a_handover_is_a_ladder_step_that_prints_the_statement(shop: Shop, debtor: int) -> None:
    draft = shop.letter_drafts.draft(debtor, "handover", letter_date=TODAY)
    assert isinstance(draft.data, StatementData)
    assert draft.kind == draft.ladder_level == "handover"
    assert shop.letter_drafts.draft(debtor, "statement", letter_date=TODAY).ladder_level is None
