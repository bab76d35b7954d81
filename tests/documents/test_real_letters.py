"""What a real Israeli collection letter carries (issue #22): the warning sent by registered
mail "without prejudice", with a reference, the earlier letters' dates, what each invoice
was for, the basis for interest and the Execution Office route only where the amount
allows it; a debt notice that says how to dispute it; every way to pay; native wording."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.errors import InvalidField
from arapp.core.letters.data import LetterData
from arapp.core.letters.terms import DEFAULT_EXECUTION_OFFICE_CAP, LetterTerms
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.core.services.settings import BusinessDetails
from arapp.core.templates import strip_isolates
from arapp.documents.render import render_document
from tests.documents.conftest import prepare_letter

NOTICE_DAY = date(2026, 3, 1)
WARNING_DAY = date(2026, 3, 20)


@pytest.fixture
def consumer(shop: Shop) -> int:
    shop.settings.save_business(BusinessDetails(
        name="מכולת השכונה", phones="04-8123456", address="הרצל 12, חיפה",
        email="shop@example.co.il", bank_details="בנק לאומי (10), סניף 800, חשבון 12345678",
        pay_app_number="052-7654321", card_phone="04-8123456",
        opening_hours="א׳–ה׳ 7:00–20:00", owner_name="יוסי לוי"))
    c = shop.customers.create(CustomerInput(code="C7", name="דנה לוי", language="he"))
    shop.invoices.create_invoice(c.id, "INV-1", date(2025, 12, 1), Decimal("1200.00"),
                                 date(2026, 1, 1), description="מצרכים לחודש דצמבר")
    shop.invoices.create_invoice(c.id, "INV-2", date(2026, 1, 1), Decimal("800.00"),
                                 date(2026, 2, 1))
    notice = prepare_letter(shop, c.id, "debt_notice", letter_date=NOTICE_DAY)
    shop.letters.issue(notice.draft, notice.pdf)
    return c.id


def body(data: object) -> str:
    assert isinstance(data, LetterData)
    return strip_isolates(" ".join(data.paragraphs))


def test_a_warning_cites_the_earlier_letter_and_is_sent_without_prejudice(
    shop: Shop, consumer: int
) -> None:
    draft = shop.letter_drafts.draft(consumer, "warning", letter_date=WARNING_DAY)
    text = body(draft.data)
    assert "זאת בהמשך למכתבנו מיום 01/03/2026." in text
    assert "הודעת חוב נשלחה אליכם ביום 01/03/2026." in text
    assert draft.data.extra["sent_as"].split("\n") == [
        "בדואר רשום עם אישור מסירה", "מבלי לפגוע בכל זכות"]
    assert draft.data.extra["reference"] == "C7/20260320"


def test_registered_mail_is_the_owners_choice(shop: Shop, consumer: int) -> None:
    draft = shop.letter_drafts.draft(consumer, "warning", letter_date=WARNING_DAY,
                                     registered_mail=False)
    assert draft.data.extra["sent_as"] == "מבלי לפגוע בכל זכות"
    # A reminder is neither registered nor "without prejudice" unless asked.
    other = shop.customers.create(CustomerInput(code="C8", name="רון", kind="business"))
    shop.invoices.create_invoice(other.id, "INV-9", date(2026, 1, 1), Decimal("10"),
                                 date(2026, 1, 31))
    reminder = shop.letter_drafts.draft(other.id, "reminder", letter_date=WARNING_DAY)
    assert reminder.data.extra["sent_as"] == ""


def test_interest_basis_is_the_law_unless_a_rate_was_agreed(shop: Shop, consumer: int) -> None:
    by_law = body(shop.letter_drafts.draft(consumer, "warning", letter_date=WARNING_DAY).data)
    assert "הפרשי הצמדה וריבית כחוק, מיום הפירעון של כל חיוב" in by_law
    shop.settings.save_letter_terms(LetterTerms(DEFAULT_EXECUTION_OFFICE_CAP, Decimal("4.5")))
    agreed = body(shop.letter_drafts.draft(consumer, "warning", letter_date=WARNING_DAY).data)
    assert "ריבית פיגורים בשיעור 4.5% לשנה, כפי שהוסכם בינינו" in agreed
    assert "כחוק, מיום" not in agreed


def test_the_execution_office_route_only_where_the_amount_allows_it(
    shop: Shop, consumer: int
) -> None:
    text = body(shop.letter_drafts.draft(consumer, "warning", letter_date=WARNING_DAY).data)
    assert "אינו עולה על 75,000.00 ₪" in text and "לשכת ההוצאה לפועל" in text
    # A ceiling below this debt (₪2,000): the sentence drops out, the letter stays whole.
    shop.settings.save_letter_terms(LetterTerms(Decimal("1999.99"), None))
    text = body(shop.letter_drafts.draft(consumer, "warning", letter_date=WARNING_DAY).data)
    assert "הוצאה לפועל" not in text
    assert "ללא הודעה נוספת. במקרה כזה תחויבו" in text


def test_letter_terms_refuse_nonsense_and_keep_what_was_saved(shop: Shop) -> None:
    shop.settings.save_letter_terms(LetterTerms(Decimal("50000"), Decimal("3")))
    for bad in (LetterTerms(Decimal("-1"), None), LetterTerms(Decimal("75000"), Decimal("25")),
                LetterTerms(Decimal("NaN"), None)):
        with pytest.raises(InvalidField):
            shop.settings.save_letter_terms(bad)
    assert shop.settings.letter_terms() == LetterTerms(Decimal("50000.00"), Decimal("3"))


def test_the_debt_notice_says_how_to_dispute_it(shop: Shop) -> None:
    shop.settings.save_business(BusinessDetails(
        name="مخبز الناصرة", phones="04-6001122", address="شارع بولس السادس 10\nالناصرة",
        email="bakery@example.com"))
    c = shop.customers.create(CustomerInput(code="A1", name="سامر", language="ar"))
    shop.invoices.create_invoice(c.id, "F-1", date(2026, 1, 1), Decimal("300"),
                                 date(2026, 2, 1))
    text = body(shop.letter_drafts.draft(c.id, "debt_notice", letter_date=NOTICE_DAY).data)
    assert ("فنرجو التواصل معنا على الهاتف 04-6001122، بالبريد على العنوان شارع بولس السادس 10"
            " الناصرة أو بالبريد الإلكتروني bakery@example.com، لنراجع الأمر معكم.") in text
    assert "إشعار بوجود دين" in text and "مصاريف التحصيل" in text


def pdftext(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True,
                         text=True).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


def page_count(pdf: bytes, tmp_path: Path) -> int:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    path = tmp_path / "count.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True,
                          text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))


def test_the_printed_warning_lists_what_each_invoice_was_for_and_every_way_to_pay(
    shop: Shop, consumer: int, tmp_path: Path
) -> None:
    draft = shop.letter_drafts.draft(consumer, "warning", letter_date=WARNING_DAY)
    text = pdftext(render_document(draft.data), tmp_path)
    assert "מצרכים לחודש דצמבר" in text  # the description column
    assert "052-7654321" in text and "כרטיס אשראי בטלפון" in text
    assert "בשעות הפתיחה" in text and "א׳–ה׳" in text
    assert "12345678" in text
    assert page_count(render_document(draft.data), tmp_path) == 1  # still one sheet


def test_arabic_letters_address_the_customer_with_the_customary_honorific(shop: Shop) -> None:
    c = shop.customers.create(CustomerInput(code="A2", name="ليلى", language="ar",
                                            kind="business"))
    shop.invoices.create_invoice(c.id, "F-2", date(2026, 1, 1), Decimal("50"),
                                 date(2026, 2, 1))
    draft = shop.letter_drafts.draft(c.id, "reminder", letter_date=NOTICE_DAY)
    assert draft.data.labels["to"] == "حضرة السيد/ة"
    assert draft.data.labels["to_after"] == "المحترم/ة"
    assert "في موعد أقصاه" in body(draft.data)


FULL_DETAILS = BusinessDetails(
    name="מכולת השכונה – Neighbourhood Grocery", registration_number="512345678",
    address="הרצל 12, חיפה", phones="04-8123456, 052-7654321", email="shop@example.co.il",
    bank_details="בנק לאומי (10), סניף 800, חשבון 12345678\nמוטב: מכולת השכונה בע\"מ",
    owner_name="יוסי לוי", pay_app_number="052-7654321", card_phone="04-8123456",
    opening_hours="א׳–ה׳ 7:00–20:00, ו׳ 7:00–14:00")


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_a_debt_notice_with_every_way_to_pay_and_three_items_is_one_sheet(
    shop: Shop, lang: str, tmp_path: Path
) -> None:
    """The richer letter (contacts, ways to pay, the friendly lines) still fits one sheet
    with a few items: the Arabic one ran onto a second sheet with one item until the ways
    to pay were set compactly."""
    shop.settings.save_business(FULL_DETAILS)
    c = shop.customers.create(CustomerInput(
        code="C1", name="يوسف الخطيب Joseph", language=lang, address="شارع الجامع 5، الناصرة",
        phones="052-1234567"))
    for i in range(3):
        issued = date(2026, 1, 10) + timedelta(days=10 * i)
        shop.invoices.create_invoice(c.id, f"INV-{1001 + i}", issued, Decimal("1234.50") + i,
                                     issued + timedelta(days=30),
                                     description="מצרכים" if i % 2 else "")
    draft = shop.letter_drafts.draft(c.id, "debt_notice", letter_date=date(2026, 6, 30))
    pdf = render_document(draft.data)
    assert page_count(pdf, tmp_path) == 1
    text = pdftext(pdf, tmp_path)
    assert "052-7654321" in text and "12345678" in text
