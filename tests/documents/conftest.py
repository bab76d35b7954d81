"""Sample letters in he/ar/en for the documents tests (labels written here, not read from
resources/templates, so these tests do not depend on the wording files), and the two ways
the app and the CLI make letters from a shop: one letter drafted by the core and rendered
here, or a batch."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from arapp.core.letters.data import (
    Business,
    LetterData,
    OpenItemRow,
    PreparedLetter,
    Recipient,
    StatementData,
    StatementRow,
)
from arapp.core.services import Shop
from arapp.core.services.letter_batch import BatchResult
from arapp.documents.combine import combine_pdfs
from arapp.documents.parallel import render_all
from arapp.documents.render import render_document

LABELS: dict[str, dict[str, str]] = {
    "he": {
        "letter_date": "תאריך",
        "to": "לכבוד",
        "customer_code": "מס' לקוח",
        "id_number": "ת.ז.",
        "subject": "הנדון",
        "reg_no": "ח.פ.",
        "phone": "טלפון",
        "email": 'דוא"ל',
        "address": "כתובת",
        "col_number": "מס' חשבונית",
        "col_issue_date": "תאריך הפקה",
        "col_due_date": "תאריך פירעון",
        "col_days_late": "ימי פיגור",
        "col_amount": "סכום",
        "col_open_amount": "יתרה לתשלום",
        "total": 'סה"כ לתשלום',
        "pay_by": "נא לשלם עד",
        "how_to_pay": "אפשרויות תשלום",
        "signature": "חתימה",
        "page_of": "עמוד {page} מתוך {pages}",
        "col_date": "תאריך",
        "col_kind": "סוג",
        "col_reference": "אסמכתא",
        "col_description": "פירוט",
        "col_debit": "חובה",
        "col_credit": "זכות",
        "col_balance": "יתרה",
        "opening_balance": "יתרת פתיחה",
        "closing_balance": "יתרת סגירה",
        "period": "תקופה",
        "kind_invoice": "חשבונית",
        "kind_credit_note": "זיכוי",
        "kind_payment": "תשלום",
        "kind_fee": "עמלה",
        "kind_installment": "תשלום בהסדר",
        "applied_to": "על חשבון: {items}",
        "not_yet_due": "טרם הגיע",
        "letter_reminder": "תזכורת לתשלום",
        "letter_warning": "התראה לפני נקיטת הליכים משפטיים",
        "letter_statement": "דף חשבון",
        "registered_mail": "דואר רשום",
        "continued": "המשך",
    },
    "ar": {
        "letter_date": "التاريخ",
        "to": "إلى",
        "customer_code": "رقم الزبون",
        "id_number": "رقم الهوية",
        "subject": "الموضوع",
        "reg_no": "رقم المشتغل",
        "phone": "هاتف",
        "email": "البريد الإلكتروني",
        "address": "العنوان",
        "col_number": "رقم الفاتورة",
        "col_issue_date": "تاريخ الإصدار",
        "col_due_date": "تاريخ الاستحقاق",
        "col_days_late": "أيام التأخير",
        "col_amount": "المبلغ",
        "col_open_amount": "المبلغ المستحق",
        "total": "المجموع",
        "pay_by": "يرجى الدفع حتى",
        "how_to_pay": "طرق الدفع",
        "signature": "التوقيع",
        "page_of": "صفحة {page} من {pages}",
        "col_date": "التاريخ",
        "col_kind": "النوع",
        "col_reference": "المرجع",
        "col_description": "التفاصيل",
        "col_debit": "مدين",
        "col_credit": "دائن",
        "col_balance": "الرصيد",
        "opening_balance": "الرصيد الافتتاحي",
        "closing_balance": "الرصيد الختامي",
        "period": "الفترة",
        "kind_invoice": "فاتورة",
        "kind_credit_note": "إشعار دائن",
        "kind_payment": "دفعة",
        "kind_fee": "رسوم",
        "kind_installment": "قسط",
        "applied_to": "على حساب: {items}",
        "not_yet_due": "لم يستحق بعد",
        "letter_reminder": "تذكير بالدفع",
        "letter_warning": "إنذار قبل اتخاذ إجراءات قانونية",
        "letter_statement": "كشف حساب",
        "registered_mail": "بريد مسجل",
        "continued": "تابع",
    },
    "en": {
        "letter_date": "Date",
        "to": "To",
        "customer_code": "Customer no.",
        "id_number": "ID no.",
        "subject": "Re",
        "reg_no": "Reg. no.",
        "phone": "Phone",
        "email": "Email",
        "address": "Address",
        "col_number": "Invoice no.",
        "col_issue_date": "Issued",
        "col_due_date": "Due",
        "col_days_late": "Days late",
        "col_amount": "Amount",
        "col_open_amount": "Open amount",
        "total": "Total due",
        "pay_by": "Please pay by",
        "how_to_pay": "How to pay",
        "signature": "Signature",
        "page_of": "Page {page} of {pages}",
        "col_date": "Date",
        "col_kind": "Type",
        "col_reference": "Reference",
        "col_description": "Details",
        "col_debit": "Debit",
        "col_credit": "Credit",
        "col_balance": "Balance",
        "opening_balance": "Opening balance",
        "closing_balance": "Closing balance",
        "period": "Period",
        "kind_invoice": "Invoice",
        "kind_credit_note": "Credit note",
        "kind_payment": "Payment",
        "kind_fee": "Fee",
        "kind_installment": "Installment",
        "applied_to": "applied to: {items}",
        "not_yet_due": "not yet due",
        "letter_reminder": "Payment reminder",
        "letter_warning": "Warning before legal action",
        "letter_statement": "Statement of account",
        "registered_mail": "Registered mail",
        "continued": "continued",
    },
}

SUBJECTS = {
    "he": "תזכורת לתשלום יתרה פתוחה",
    "ar": "تذكير بدفع الرصيد المستحق",
    "en": "Reminder of open balance",
}

BODIES = {
    "he": (
        "שלום רב,",
        "לפי רישומינו, נכון לתאריך 05/03/2026 קיימת בחשבונך יתרה פתוחה בסך 1,234.50 ₪ "
        "בגין 5 חשבוניות, שהמוקדמת שבהן (INV-1001) הייתה לתשלום ב-15/12/2025. "
        "החשבונית הופקה עבור Cohen & Sons Ltd (1998).",
        "נודה לך אם תסדיר את התשלום עד 19/03/2026. לשאלות ניתן לפנות אלינו בטלפון "
        "052-1234567 (בימים א'-ה').",
    ),
    "ar": (
        "تحية طيبة وبعد،",
        "نود تذكيركم بأن في حسابكم رصيدا مستحقا بمبلغ 1,234.50 ₪ عن 5 فواتير، منها فاتورة "
        "شراء كاميرا Canon EOS R50 رقم INV-1001 بتاريخ 05/03/2026.",
        "يرجى تسديد المبلغ حتى 19/03/2026. للاستفسار يرجى الاتصال على الرقم 052-1234567.",
    ),
    "en": (
        "Dear customer,",
        "According to our records, as of 05/03/2026 your account shows an open balance of "
        "₪1,234.50 on 5 invoices, the earliest of which (INV-1001) was due on 15/12/2025.",
        "Please settle the balance by 19/03/2026. For questions call us on 052-1234567.",
    ),
}

BUSINESSES = {
    "he": Business(
        name="אור צילום – ציוד צילום",
        registration_number="514567890",
        address="רחוב הרצל 12, חיפה 3303112",
        phones="052-1234567, 04-8123456",
        email="office@or-photo.co.il",
        bank_details='בנק לאומי (10), סניף 912\nחשבון 12345/67\nלטובת: אור צילום בע"מ',
        owner_name="אורי לוי",
    ),
    "ar": Business(
        name="مكتبة النور",
        registration_number="514567890",
        address="شارع الجبل 5، الناصرة 1600000",
        phones="052-1234567",
        email="info@alnoor-books.co.il",
        bank_details="بنك هبوعليم (12)، فرع 345\nحساب رقم 678901\nلصالح: مكتبة النور",
        owner_name="سامي حداد",
    ),
    "en": Business(
        name="Or Photo Supplies Ltd",
        registration_number="514567890",
        address="12 Herzl St, Haifa 3303112",
        phones="+972-52-123-4567",
        email="office@or-photo.co.il",
        bank_details="Bank Leumi (10), branch 912\nAccount 12345/67\nBeneficiary: Or Photo Ltd",
        owner_name="Uri Levi",
    ),
}

RECIPIENTS = {
    "he": Recipient(
        name="David Cohen (דוד כהן)",
        code="C-1042",
        address="רחוב הגפן 7, נצרת עילית",
        id_number="012345678",
    ),
    "ar": Recipient(
        name="يوسف الخطيب", code="C-2077", address="حي الورود 3، أم الفحم", id_number="203456789"
    ),
    "en": Recipient(
        name="Cohen & Sons Ltd (כהן ובניו)", code="C-3001", address="4 Jaffa Rd, Jerusalem"
    ),
}

OPEN_AMOUNTS = (
    Decimal("250.00"),
    Decimal("310.50"),
    Decimal("180.00"),
    Decimal("294.00"),
    Decimal("200.00"),
)


def png_bytes(width: int, height: int, color: tuple[int, int, int]) -> bytes:
    """A small deterministic PNG (a framed block) for logo/signature tests."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw.rectangle([2, 2, width - 3, height - 3], outline=color, width=3)
    draw.line([6, height - 8, width - 6, 8], fill=color, width=3)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def items(count: int) -> tuple[OpenItemRow, ...]:
    letter_day = date(2026, 3, 5)
    rows = []
    for i in range(count):
        issue = date(2025, 11, 1) + timedelta(days=3 * i)
        due = issue + timedelta(days=30)
        amount = OPEN_AMOUNTS[i % len(OPEN_AMOUNTS)]
        rows.append(
            OpenItemRow(
                number=f"INV-{1001 + i}",
                issue_date=issue,
                due_date=due,
                days_late=(letter_day - due).days,
                amount=amount,
                open_amount=amount,
            )
        )
    return tuple(rows)


def make_letter(lang: str, *, count: int = 5, **changes: Any) -> LetterData:
    rows = items(count)
    fields: dict[str, Any] = {
        "kind": "reminder",
        "lang": lang,
        "letter_date": date(2026, 3, 5),
        "business": BUSINESSES[lang],
        "recipient": RECIPIENTS[lang],
        "subject": SUBJECTS[lang],
        "paragraphs": BODIES[lang],
        "labels": LABELS[lang],
        "items": rows,
        "total": sum((r.open_amount for r in rows), Decimal("0.00")),
        "pay_by": date(2026, 3, 19),
    }
    fields.update(changes)
    return LetterData(**fields)


def make_statement(lang: str, *, movements: int = 12) -> StatementData:
    labels = LABELS[lang]
    rows = []
    balance = Decimal("500.00")
    day = date(2026, 1, 1)
    for i in range(movements):
        day += timedelta(days=4)
        if i % 3 == 2:
            amount = Decimal("400.00")
            balance -= amount
            applied = labels["applied_to"].replace(
                "{items}", f"INV-{1001 + i - 2}, INV-{1002 + i - 2}"
            )
            rows.append(
                StatementRow(
                    day, "payment", f"CHK-{5000 + i}", applied, Decimal(0), amount, balance
                )
            )
        else:
            amount = OPEN_AMOUNTS[i % len(OPEN_AMOUNTS)]
            balance += amount
            rows.append(
                StatementRow(day, "invoice", f"INV-{1001 + i}", "", amount, Decimal(0), balance)
            )
    return StatementData(
        lang=lang,
        letter_date=date(2026, 3, 5),
        business=BUSINESSES[lang],
        recipient=RECIPIENTS[lang],
        subject=labels["letter_statement"],
        paragraphs=(),
        labels=labels,
        movements=tuple(rows),
        period_start=date(2026, 1, 1),
        period_end=date(2026, 3, 31),
        opening_balance=Decimal("500.00"),
        closing_balance=balance,
    )


def prepare_letter(
    shop: Shop, customer_id: int, kind: str, lang: str | None = None,
    letter_date: date | None = None, **options: Any,
) -> PreparedLetter:
    """As the letter dialog and ``arapp letter`` do: the core drafts, documents render."""
    draft = shop.letter_drafts.draft(customer_id, kind, lang, letter_date, **options)
    return PreparedLetter(draft, render_document(draft.data))


def run_batch(shop: Shop, as_of: date, out_dir: Any, **kwargs: Any) -> BatchResult:
    """As ``arapp letters batch`` and File → Letters due today do."""
    return shop.letter_batch.run(
        as_of, out_dir, render_all=render_all, combine=combine_pdfs, **kwargs
    )
