"""Payment confirmations as PDF (issue #17, 3), read back with pdftotext like the letters:
the words "not a tax invoice or receipt", the amounts, dates and invoices in order, the
table right to left in Hebrew and Arabic, one page, byte-identical reprints."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.letters.data import PaymentConfirmationData
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.core.services.settings import BusinessDetails
from arapp.documents.confirmation import render_confirmation
from arapp.documents.render import render_document
from tests.documents.test_letter_pdf import _columns_x, extract, nospace, page_count, squash

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"
)

NAMES = {"he": "דוד כהן", "ar": "يوسف الخطيب", "en": "Cohen & Sons Ltd"}
NOTICE = {
    "he": "מסמך זה אינו חשבונית מס ואינו קבלה",
    "ar": "هذه الوثيقة ليست فاتورة ضريبية ولا إيصالا",
    "en": "This is not a tax invoice or a receipt",
}
TITLE = {"he": "אישור תשלום", "ar": "تأكيد استلام دفعة", "en": "Payment confirmation"}


def confirmation(shop: Shop, lang: str, invoices: int = 3) -> PaymentConfirmationData:
    shop.settings.save_business(BusinessDetails(
        name="מכולת השכונה", registration_number="512345678", phones="04-8123456",
        owner_name="יוסי לוי"))
    c = shop.customers.create(CustomerInput(
        code=f"C-{lang}", name=NAMES[lang], phones="052-1234567", language=lang))
    for n in range(invoices):
        issued = date(2026, 1, 10) + timedelta(days=n)
        shop.invoices.create_invoice(c.id, f"INV-{1001 + n}", issued,
                                     Decimal("1234.50") + n, issued + timedelta(days=31))
    amount = Decimal("2000.00") if invoices < 10 else Decimal("30000.00")
    p = shop.payments.record_payment(c.id, date(2026, 3, 5), amount, "check", "000123")
    data = shop.confirmations.payment_confirmation(p.id, letter_date=date(2026, 3, 6)).data
    assert isinstance(data, PaymentConfirmationData)
    return data


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_confirmation_reads_back(shop: Shop, tmp_path: Path, lang: str) -> None:
    data = confirmation(shop, lang)
    pdf = render_document(data)
    assert pdf == render_confirmation(data)  # dispatched by its type
    assert pdf.startswith(b"%PDF-")
    text = extract(pdf, tmp_path)
    flat = squash(text)
    assert page_count(pdf, tmp_path) == 1
    assert TITLE[lang] in flat
    assert NOTICE[lang] in flat
    assert NAMES[lang] in flat
    for expected in ("INV-1001", "INV-1002", "1,234.50", "765.50", "470.00", "2,000.00",
                     "1,706.50", "05/03/2026", "06/03/2026", "10/02/2026", "000123",
                     "052-1234567"):
        assert expected in text, expected
    assert "INV-1003" not in text  # the payment did not reach it
    assert "1234567-052" not in text and "2026/03/05" not in text


def test_rtl_table_runs_right_to_left(shop: Shop, tmp_path: Path) -> None:
    he = extract(render_document(confirmation(shop, "he")), tmp_path)
    number_x, open_x = _columns_x(he, "INV-1002", "470.00")
    assert number_x > open_x  # the invoice number is the first column, on the right


def test_english_table_runs_left_to_right(shop: Shop, tmp_path: Path) -> None:
    en = extract(render_document(confirmation(shop, "en")), tmp_path)
    number_x, open_x = _columns_x(en, "INV-1002", "470.00")
    assert number_x < open_x
    flat = squash(en)
    assert "Your balance after this payment: ₪1,706.50" in flat
    assert "Applied to invoices ₪2,000.00" in flat


def test_arabic_balance_line_keeps_amount_and_date_whole(shop: Shop, tmp_path: Path) -> None:
    text = extract(render_document(confirmation(shop, "ar")), tmp_path)
    assert "رصيد حسابكم بعد الدفعة" in squash(text)
    assert "1,706.50" in text and "05.1,706" not in text
    assert "صفحة1من1" in nospace(text)


def test_many_invoices_repeat_the_header_and_reprint_byte_identical(
    shop: Shop, tmp_path: Path
) -> None:
    data = confirmation(shop, "he", invoices=40)
    pdf = render_document(data)
    assert render_document(data) == pdf
    pages = page_count(pdf, tmp_path)
    assert pages >= 2
    for page in range(1, pages):
        assert "מס' חשבונית" in extract(pdf, tmp_path, page=page)
    rows = [ln for ln in extract(pdf, tmp_path).splitlines() if "INV-" in ln]
    # 30,000 pays the first 24 of the 40 invoices in full and the 25th in part.
    assert len(data.items) == 25 and len(rows) == 25
    assert data.items[-1].open_after > 0
