"""A shop small enough to work out by hand: six customers, built day by day through the
services (the clock moved to each day), looked at on D = 2026-03-31.

Every figure `today` and `kpi` must print is worked out below from these rows alone; the
tests compare the commands' output with these numbers, not with another computation.

Customers (all businesses but F, so the ladder sends reminders without a §13B2 notice):

- A "Alpha":   A1 1000.00 issued 2025-11-01 due 2025-12-01; A2 600.00 issued 2026-03-10
               due 2026-04-09; reminder letter on 2026-03-05 for A1; paid 400.00 on
               2026-03-15 (oldest due first: A1, which keeps 600.00 open).
- B "Beta":    B1 2000.00 issued 2025-12-01 due 2025-12-31, restructured on 2026-01-15
               into a plan of 4 × 500.00 due 01-31, 02-28, 03-31, 04-30 (the 31st kept,
               clamped to February); paid 500.00 on 2026-01-31 (installment 1).
- C "Gamma":   C1 800.00 issued 2026-02-01 due 2026-03-03; C2 300.00 issued 2026-03-05
               due 2026-04-04; cheque 1001 of 800.00 dated 2026-03-25 (pays C1), cheque
               1002 of 300.00 dated 2026-04-04 (pays C2, post-dated); both in hand.
- D "Delta":   D1 450.00 issued 2026-02-08 due 2026-03-10; cheque 1003 of 450.00 dated
               2026-03-12, deposited 03-13, returned 03-16 (insufficient funds): its
               payment is void, D1 is open again.
- E "Epsilon": E2 250.00 issued 2025-12-15 due 2026-01-14; E1 700.00 issued 2026-02-10
               due 2026-03-12; paid 700.00 on 2026-03-20 for E1.
- F "Zeta":    a consumer; paid 100.00 on 2026-03-20 with nothing owed (credit).

The interaction log (promises judged by the collection log's rule, 2 days' grace):

- E, call on 2026-03-10: promises 700.00 by 03-20 — kept (paid 700.00 on 03-20);
- D, call on 2026-03-17: promises 450.00 by 03-24 — broken (nothing paid by 03-26, and
  no contact logged since);
- C, call on 2026-03-26: promises 300.00 by 03-31 — open on D (its grace runs to 04-02);
- E, call on 2026-03-21: follow up on 03-30 ("call back about E2"), nothing logged since.

Balances on D: A 1000 + 600 − 400 = 1200; B 2000 − 2000 + 2000 − 500 = 1500;
C 800 + 300 − 800 = 300 (cheque 1002 is dated after D); D 450; E 250 + 700 − 700 = 250;
F −100. **receivable** = 3600.00.

Aging on D (days late = D − due): current A2 600 + B/03 500 + B/04 500 + C2 300 = 1900;
1–30 D1 450 (21 days); 31–60 B/02 500 (31 days); 61–90 E2 250 (76 days); 91+ A1 600 (120
days); credit −100. **overdue** = 450 + 500 + 250 + 600 = 1800.00;
**overdue_share** = 1800 / 3600 = 0.5000.

**dso**: invoiced in the 90 days 2026-01-01…03-31 = A2 600 + C1 800 + C2 300 + D1 450 +
E1 700 = 2850; 3600 × 90 / 2850 = 113.684… → 113.7.

**collection_rate**, from = D − 29 = 2026-03-02: collected in [03-02, 03-31] = A 400 + C
800 (cheque 1001) + E 700 + F 100 = 2000 (cheque 1003 is void; 1002 is dated April);
receivable at the end of 03-01 = A 1000 + B 1500 + C 800 + D 450 + E 950 = 4700;
invoiced in [03-02, 03-31] = A2 600 + C2 300 = 900; 2000 / 5600 = 0.357142… → 0.3571.

**promises_kept_share**: promises dated in [03-02, 03-31] and settled on D: E's (kept)
and D's (broken); C's is still open: 1 / 2 = 0.5000.

**avg_days_to_pay** over [03-02, 03-31]: invoices paid in full by payments whose last
payment is in the period: C1 (03-25 − 02-01 = 52 days) and E1 (03-20 − 02-10 = 38 days);
A1 is partly paid, B1 went into a plan, D1's cheque came back; (52 + 38) / 2 = 45.0.

**letters_sent**: A's reminder of 03-05 = 1; **paid_after_letters**: A's 400.00 of 03-15
(within 30 days of it).

**top_debtors**: B 1500, A 1200, D 450, C 300, E 250 (F owes nothing).

**Today's work** on D (amount first, then days late, then kind):

1. check_to_deposit  C 800.00 2026-03-25 (6 days): cheque 1001's date has come;
2. letter_due        A 600.00 2025-12-01 (120 days): "second" (A1 had its reminder;
   A's last payment was 16 days ago, past the ladder's 14-day pause);
3. installment_late  B 500.00 2026-02-28 (31 days): installment 2 ("1/02");
4. letter_due        B 500.00 2026-02-28 (31 days): "reminder" for installment 2, past
   the plan's 10 days' grace (same amount and days as 3: a late installment ranks first);
5. installment_due   B 500.00 2026-03-31 (0 days): installment 3 ("1/03");
6. letter_due        D 450.00 2026-03-10 (21 days): "reminder" for D1 (D's promise ran
   out on 03-24: it no longer holds the ladder);
7. check_returned    D 450.00 2026-03-16 (15 days): cheque 1003, insufficient_funds;
8. promise_broken    D 450.00 2026-03-24 (7 days): nothing of it paid;
9. promise_due       C 300.00 2026-03-31 (0 days): open, nothing paid since it was made
   (cheque 1002 is dated April);
10. follow_up        E 250.00 2026-03-30 (1 day): E's balance on D.

No letter for E (paid 11 days ago: paused) nor C (its cheque of 03-25 counts as a payment).

Today's figures: collected this month [03-01, 03-31] = 2000.00; fell due in it = B/03
500 + C1 800 + D1 450 + E1 700 = 2450.00.

Trend (month ends): January (01-31): receivable A 1000 + B 1500 + E 250 = 2750, overdue A1
1000 + E2 250 = 1250, collected B 500, invoiced 0, DSO 2750 × 90 / (B1 2000 + E2 250,
issued 2025-11-03…2026-01-31) = 110.0. February (02-28): receivable 4700, overdue 1250
(B/02 is due that very day), collected 0, invoiced C1 + D1 + E1 = 1950, DSO 4700 × 90 /
(B1 + E2 + C1 + D1 + E1 = 4200, issued 2025-12-01…02-28) = 100.714… → 100.7.
March: 3600, 1800, 2000, 900, 113.7.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from arapp.core.cheques import ChequeInput
from arapp.core.plans.schedule import Frequency
from arapp.core.services import Shop
from arapp.core.services.interaction_records import InteractionInput
from arapp.core.services.plan_records import PlanInput
from arapp.core.services.records import CustomerInput

D = date(2026, 3, 31)


@dataclass
class HandShop:
    """The ids the tests act on."""

    customers: dict[str, int]
    items: dict[str, int]
    plan_id: int
    cheques: dict[str, int]
    entries: dict[str, int]


def cheque(number: str, amount: str, on: date) -> ChequeInput:
    return ChequeInput(bank="12", branch="345", account="678901", number=number,
                       amount=Decimal(amount), date=on)


def build_hand_shop(shop: Shop, move_clock: Callable[[date], None]) -> HandShop:
    """Write the shop above, each record on its own day; leaves the clock on D."""
    customers = {}
    for letter, name in (("A", "Alpha"), ("B", "Beta"), ("C", "Gamma"), ("D", "Delta"),
                         ("E", "Epsilon")):
        customers[letter] = shop.customers.create(
            CustomerInput(code=f"C0{letter}", name=name, kind="business")).id
    customers["F"] = shop.customers.create(CustomerInput(code="C0F", name="Zeta")).id
    items: dict[str, int] = {}
    cheques: dict[str, int] = {}
    entries: dict[str, int] = {}

    def call(key: str, on: date, **fields: object) -> None:
        move_clock(on)
        entries[key] = shop.interactions.log(customers[key[0]], InteractionInput(
            kind="call", direction="out", at=datetime(on.year, on.month, on.day, 10, 0),
            **fields))  # type: ignore[arg-type]

    def invoice(key: str, amount: str, issued: date, due: date) -> None:
        move_clock(issued)
        items[key] = shop.invoices.create_invoice(
            customers[key[0]], key, issued, Decimal(amount), due).id

    invoice("A1", "1000.00", date(2025, 11, 1), date(2025, 12, 1))
    invoice("B1", "2000.00", date(2025, 12, 1), date(2025, 12, 31))
    invoice("E2", "250.00", date(2025, 12, 15), date(2026, 1, 14))
    move_clock(date(2026, 1, 15))
    plan = shop.plans.create(PlanInput(
        customer_id=customers["B"], first_due=date(2026, 1, 31), count=4,
        frequency=Frequency.MONTH, plan_date=date(2026, 1, 15)))
    move_clock(date(2026, 1, 31))
    shop.payments.record_payment(customers["B"], date(2026, 1, 31), Decimal("500.00"))
    invoice("C1", "800.00", date(2026, 2, 1), date(2026, 3, 3))
    invoice("D1", "450.00", date(2026, 2, 8), date(2026, 3, 10))
    invoice("E1", "700.00", date(2026, 2, 10), date(2026, 3, 12))
    move_clock(date(2026, 3, 5))
    shop.letters.record(customers["A"], "reminder", "he", date(2026, 3, 5), b"%PDF-1.4 A",
                        Decimal("1000.00"), [items["A1"]], ladder_level="reminder")
    invoice("C2", "300.00", date(2026, 3, 5), date(2026, 4, 4))
    invoice("A2", "600.00", date(2026, 3, 10), date(2026, 4, 9))
    call("E-promise", date(2026, 3, 10), promise_amount=Decimal("700.00"),
         promise_date=date(2026, 3, 20))
    move_clock(date(2026, 3, 12))
    cheques["1003"] = shop.cheques.add(
        customers["D"], cheque("1003", "450.00", date(2026, 3, 12))).record.id
    move_clock(date(2026, 3, 13))
    shop.cheques.deposit([cheques["1003"]], on=date(2026, 3, 13))
    move_clock(date(2026, 3, 15))
    shop.payments.record_payment(customers["A"], date(2026, 3, 15), Decimal("400.00"))
    move_clock(date(2026, 3, 16))
    shop.cheques.return_cheque(cheques["1003"], "insufficient_funds", on=date(2026, 3, 16))
    call("D-promise", date(2026, 3, 17), promise_amount=Decimal("450.00"),
         promise_date=date(2026, 3, 24))
    move_clock(date(2026, 3, 20))
    shop.payments.record_payment(customers["E"], date(2026, 3, 20), Decimal("700.00"),
                                 picked=[items["E1"]])
    shop.payments.record_payment(customers["F"], date(2026, 3, 20), Decimal("100.00"))
    call("E-follow-up", date(2026, 3, 21), follow_up_date=date(2026, 3, 30),
         note="call back about E2")
    move_clock(date(2026, 3, 25))
    cheques["1001"] = shop.cheques.add(
        customers["C"], cheque("1001", "800.00", date(2026, 3, 25))).record.id
    call("C-promise", date(2026, 3, 26), promise_amount=Decimal("300.00"),
         promise_date=date(2026, 3, 31))
    move_clock(date(2026, 3, 28))
    cheques["1002"] = shop.cheques.add(
        customers["C"], cheque("1002", "300.00", date(2026, 4, 4))).record.id
    move_clock(D)
    return HandShop(customers, items, plan.id, cheques, entries)


#: `kpi --as-of 2026-03-31 --format json`, worked out above.
EXPECTED_KPI = {
    "as_of": "2026-03-31",
    "from": "2026-03-02",
    "receivable": "3600.00",
    "overdue": "1800.00",
    "overdue_share": "0.5000",
    "dso": "113.7",
    "collection_rate": "0.3571",
    "avg_days_to_pay": "45.0",
    "promises_kept_share": "0.5000",
    "letters_sent": 1,
    "paid_after_letters": "400.00",
    "top_debtors": [
        {"code": "C0B", "total": "1500.00"},
        {"code": "C0A", "total": "1200.00"},
        {"code": "C0D", "total": "450.00"},
        {"code": "C0C", "total": "300.00"},
        {"code": "C0E", "total": "250.00"},
    ],
}

#: `today --as-of 2026-03-31 --format json`, worked out above.
EXPECTED_TODAY = {
    "as_of": "2026-03-31",
    "tasks": [
        {"kind": "check_to_deposit", "customer": "C0C", "amount": "800.00",
         "date": "2026-03-25", "note": "1001"},
        {"kind": "letter_due", "customer": "C0A", "amount": "600.00", "date": "2025-12-01",
         "note": "second"},
        {"kind": "installment_late", "customer": "C0B", "amount": "500.00",
         "date": "2026-02-28", "note": "1/02"},
        {"kind": "letter_due", "customer": "C0B", "amount": "500.00", "date": "2026-02-28",
         "note": "reminder"},
        {"kind": "installment_due", "customer": "C0B", "amount": "500.00",
         "date": "2026-03-31", "note": "1/03"},
        {"kind": "letter_due", "customer": "C0D", "amount": "450.00", "date": "2026-03-10",
         "note": "reminder"},
        {"kind": "check_returned", "customer": "C0D", "amount": "450.00",
         "date": "2026-03-16", "note": "insufficient_funds"},
        {"kind": "promise_broken", "customer": "C0D", "amount": "450.00",
         "date": "2026-03-24", "note": "broken"},
        {"kind": "promise_due", "customer": "C0C", "amount": "300.00", "date": "2026-03-31",
         "note": "open"},
        {"kind": "follow_up", "customer": "C0E", "amount": "250.00", "date": "2026-03-30",
         "note": "call back about E2"},
    ],
}
