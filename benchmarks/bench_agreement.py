"""Installment agreement speed: one 12-installment agreement rendered warm in Hebrew and
Arabic (target ≤ 300 ms), against the floor of the same run: a bare reportlab page with
one line of text. Prints figures; asserts nothing.

    python benchmarks/bench_agreement.py [--runs 20] [--count 12]

The agreement is filled as the plan service fills one (the real schedule, the bundled
wording, ``agreement_values``), once; what is timed is ``render_document`` alone. Runs are
interleaved (floor, he, ar, …) after a warm-up of each, so that a busy moment of the
machine falls on all of them; medians are printed with their ratio to the floor.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from arapp.core.letters.data import (
    AgreementData,
    Business,
    OpenItemRow,
    Party,
    Recipient,
    ScheduleRow,
)
from arapp.core.plans.agreement_text import agreement_values
from arapp.core.plans.schedule import Terms, build_schedule
from arapp.core.templates import default_template, fill, fill_paragraphs, labels
from arapp.documents.render import render_document

PLAN_DATE = date(2027, 1, 1)
NAMES = {
    "he": ("אור צילום – ציוד צילום", "דוד כהן", "רחל לוי", "חיפה"),
    "ar": ("مكتبة النور", "يوسف الخطيب", "سعاد حداد", "حيفا"),
}


def agreement(lang: str, count: int) -> AgreementData:
    """A plan of ₪12,000.00 over ``count`` monthly installments at 6%, a cheque for each,
    five invoices covered, a guarantor; not signed (boxes for signing on paper)."""
    shop, customer_name, guarantor_name, place = NAMES[lang]
    business = Business(shop, "514567890", "Herzl 12, Haifa 3303112", "04-8123456",
                        owner_name=customer_name)
    customer = Party(customer_name, "012345678", "Hagefen 7, Nazareth", "052-1234567")
    guarantor = Party(guarantor_name, "023456789", "Hateena 3, Afula", "050-2223344",
                      Decimal("6000.00"))
    terms = Terms(debt=Decimal("12000.00"), plan_date=PLAN_DATE, first_due=date(2027, 1, 31),
                  count=count, annual_rate=Decimal("6"))
    schedule = build_schedule(terms)
    rows = tuple(
        ScheduleRow(line.n, line.due, line.amount, line.principal, line.interest,
                    str(8000100 + line.n), "12/345/123456")
        for line in schedule.lines
    )
    covered = tuple(
        OpenItemRow(f"INV-{2041 + i}", date(2026, 8, 1 + 5 * i), date(2026, 9, 1 + 5 * i), 90,
                    Decimal("2400.00"), Decimal("2400.00"))
        for i in range(5)
    )
    values = agreement_values(
        lang, business=business, customer=customer, guarantor=guarantor, plan_number="P-0007",
        debt=terms.debt, down_payment=Decimal(0), principal=schedule.principal,
        annual_rate=terms.annual_rate, total_interest=schedule.total_interest,
        total_payable=schedule.total_payable, schedule=rows, frequency="month",
        grace_days=10, place=place, today=PLAN_DATE,
    )
    template = default_template("agreement", lang)
    return AgreementData(
        lang=lang, letter_date=PLAN_DATE, business=business,
        recipient=Recipient(customer.name, "C-1042", customer.address, customer.phones),
        subject=fill(template.subject, values),
        paragraphs=fill_paragraphs(template.body, values), labels=labels(lang),
        plan_number="P-0007", version=1, customer=customer, guarantor=guarantor,
        covered=covered, debt=terms.debt, down_payment=Decimal(0),
        principal=schedule.principal, annual_rate=terms.annual_rate,
        total_interest=schedule.total_interest, total_payable=schedule.total_payable,
        schedule=rows, grace_days=10, place=place,
    )


def floor() -> bytes:
    """The least a PDF page costs here: reportlab, A4, one line of text."""
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    canvas.drawString(72, 770, "Installment agreement P-0007")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def ms(work: Callable[[], bytes]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--count", type=int, default=12, help="installments in the plan")
    args = parser.parse_args()
    data = {lang: agreement(lang, args.count) for lang in NAMES}
    work: dict[str, Callable[[], bytes]] = {"floor": floor}
    for lang, item in data.items():
        work[lang] = lambda item=item: render_document(item)  # type: ignore[misc]
    for run in work.values():  # warm-up: fonts parsed, modules imported, caches filled
        run()
    times: dict[str, list[float]] = {name: [] for name in work}
    for _ in range(args.runs):
        for name, run in work.items():
            times[name].append(ms(run))
    median = {name: statistics.median(t) for name, t in times.items()}
    pages = {lang: render_document(item).count(b"/Type /Page\n") for lang, item in data.items()}
    print(f"{args.count}-installment agreement, warm, median of {args.runs} runs")
    print(f"{'floor (bare reportlab page)':34s} median {median['floor']:7.1f} ms  "
          f"best {min(times['floor']):7.1f} ms")
    for lang in NAMES:
        print(f"{'agreement, ' + lang + f' ({pages[lang]} pages)':34s} median "
              f"{median[lang]:7.1f} ms  best {min(times[lang]):7.1f} ms  "
              f"ratio {median[lang] / median['floor']:.0f}x  (target ≤ 300 ms)")


if __name__ == "__main__":
    main()
