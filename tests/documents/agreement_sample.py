"""A sample installment agreement in he/ar/en, filled as the plan service fills one: the
real schedule (:func:`build_schedule`), the bundled wording and labels, and
:func:`agreement_values` for the placeholders."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal

from arapp.core.letters.data import (
    AgreementData,
    OpenItemRow,
    Party,
    Recipient,
    ScheduleRow,
    SignatureMark,
)
from arapp.core.plans.agreement_text import agreement_values
from arapp.core.plans.schedule import Terms, build_schedule
from arapp.core.templates import default_template, fill, fill_paragraphs, labels
from tests.documents.conftest import BUSINESSES

PLAN_DATE = date(2027, 1, 1)
DEBT = Decimal("12000.00")
#: The five invoices the debt consists of (they add up to DEBT).
COVERED_AMOUNTS = ("2500.00", "3100.50", "1800.00", "2940.00", "1659.50")

CUSTOMERS = {
    "he": Party("דוד כהן", "012345678", "רחוב הגפן 7, נצרת עילית", "052-1234567"),
    "ar": Party("يوسف الخطيب", "203456789", "حي الورود 3، أم الفحم", "054-7654321"),
    "en": Party("David Cohen", "012345678", "7 Hagefen St, Nazareth Illit", "052-1234567"),
}
GUARANTORS = {
    "he": Party("רחל לוי", "023456789", "רחוב התאנה 3, עפולה", "050-2223344",
                Decimal("6000.00")),
    "ar": Party("سعاد حداد", "034567891", "شارع المطران 8، حيفا", "050-2223344",
                Decimal("6000.00")),
    "en": Party("Rachel Levy", "023456789", "3 Hateena St, Afula", "050-2223344",
                Decimal("6000.00")),
}
PLACES = {"he": "חיפה", "ar": "حيفا", "en": "Haifa"}
BANK = "12/345/123456"


def cheque_number(n: int) -> str:
    return f"{8000100 + n}"


def signature_png(seed: int) -> bytes:
    """A transparent PNG of a few strokes, as the signing pad hands over."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (360, 120), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    points = [(20 + 40 * i, 60 + ((i * 37 + seed * 23) % 50) - 25) for i in range(9)]
    draw.line(points, fill=(20, 30, 120, 255), width=5)
    draw.line([(40, 95), (320, 90)], fill=(20, 30, 120, 255), width=3)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def covered() -> tuple[OpenItemRow, ...]:
    rows = []
    for i, amount in enumerate(COVERED_AMOUNTS):
        issue = date(2026, 8, 1) + timedelta(days=14 * i)
        due = issue + timedelta(days=30)
        value = Decimal(amount)
        rows.append(
            OpenItemRow(f"INV-{2041 + i}", issue, due, (PLAN_DATE - due).days, value, value)
        )
    return tuple(rows)


def make_agreement(
    lang: str,
    *,
    count: int = 12,
    guarantor: bool = True,
    signed: tuple[str, ...] = (),
    down_payment: Decimal = Decimal("0.00"),
) -> AgreementData:
    """The agreement for DEBT over ``count`` monthly installments at 6% from 31/01/2027,
    a cheque for each; ``signed`` names the roles whose signature is drawn on screen."""
    terms = Terms(
        debt=DEBT, plan_date=PLAN_DATE, first_due=date(2027, 1, 31), count=count,
        annual_rate=Decimal("6"), down_payment=down_payment,
    )
    schedule = build_schedule(terms)
    rows = [
        ScheduleRow(line.n, line.due, line.amount, line.principal, line.interest,
                    cheque_number(line.n), BANK)
        for line in schedule.lines
    ]
    if down_payment:
        rows.insert(0, ScheduleRow(0, PLAN_DATE, down_payment, down_payment, Decimal("0.00")))
    business = BUSINESSES[lang]
    customer = CUSTOMERS[lang]
    surety = GUARANTORS[lang] if guarantor else None
    values = agreement_values(
        lang, business=business, customer=customer, guarantor=surety, plan_number="P-0007",
        debt=DEBT, down_payment=down_payment, principal=schedule.principal,
        annual_rate=terms.annual_rate, total_interest=schedule.total_interest,
        total_payable=schedule.total_payable, schedule=rows, frequency="month",
        grace_days=10, place=PLACES[lang], today=PLAN_DATE,
    )
    template = default_template("agreement", lang)
    names = {"customer": customer.name, "owner": business.owner_name,
             "guarantor": surety.name if surety else ""}
    marks = tuple(
        SignatureMark(role, names[role], signature_png(i), "01/01/2027 10:3" + str(i))
        for i, role in enumerate(signed)
    )
    return AgreementData(
        lang=lang,
        letter_date=PLAN_DATE,
        business=business,
        recipient=Recipient(customer.name, "C-1042", customer.address, customer.phones,
                            customer.id_number),
        subject=fill(template.subject, values),
        paragraphs=fill_paragraphs(template.body, values),
        labels=labels(lang),
        plan_number="P-0007",
        version=1,
        customer=customer,
        guarantor=surety,
        covered=covered(),
        debt=DEBT,
        down_payment=down_payment,
        principal=schedule.principal,
        annual_rate=terms.annual_rate,
        total_interest=schedule.total_interest,
        total_payable=schedule.total_payable,
        schedule=tuple(rows),
        grace_days=10,
        place=PLACES[lang],
        signatures=marks,
    )
