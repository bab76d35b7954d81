"""Which letter to propose for one customer (Ctrl+L; issue #17, 5): the next step of the
ladder for that customer, not always the warning."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from arapp.core.dunning import LadderCustomer, LadderItem, next_step
from arapp.core.errors import UserError
from arapp.core.letters.kinds import BY_HAND_KINDS
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput

DUE = date(2026, 1, 1)


def day(n: int) -> date:
    return DUE + timedelta(days=n)


def customer(consumer: bool, *items: LadderItem) -> LadderCustomer:
    return LadderCustomer(1, "C1", consumer, items)


def item(steps: dict[str, date] | None = None, item_id: int = 1, **kw: object) -> LadderItem:
    base: dict[str, object] = {"number": f"{1000 + item_id}", "due_date": DUE,
                               "open_amount": Decimal("100.00")}
    base.update(kw)
    return LadderItem(item_id, steps=steps or {}, **base)  # type: ignore[arg-type]


# -- the rule, on pure data ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("consumer", "steps", "on", "expected"),
    [
        # Never had a letter.
        (False, {}, day(3), "reminder"),
        (False, {}, day(10), "reminder"),
        (True, {}, day(3), "debt_notice"),
        (True, {}, day(60), "debt_notice"),
        # After a reminder.
        (False, {"reminder": day(7)}, day(9), "second"),  # not due yet: what comes next
        (False, {"reminder": day(7)}, day(30), "second"),
        (True, {"reminder": day(7)}, day(30), "debt_notice"),
        # After the debt notice: within its 14 days nothing but a statement, then on.
        (True, {"reminder": day(7), "debt_notice": day(20)}, day(27), "statement"),
        (True, {"reminder": day(7), "debt_notice": day(20)}, day(33), "statement"),
        (True, {"reminder": day(7), "debt_notice": day(20)}, day(34), "second"),
        (True, {"debt_notice": day(20), "second": day(40)}, day(50), "warning"),
        # A business climbs to the warning; after it comes the handover (not by hand).
        (False, {"reminder": day(7), "second": day(21)}, day(45), "warning"),
        (False, {"reminder": day(7), "second": day(21)}, day(30), "warning"),
        (False, {"reminder": day(7), "second": day(21), "warning": day(45)}, day(70),
         "statement"),
    ],
)
def test_next_step_over_ladders(
    consumer: bool, steps: dict[str, date], on: date, expected: str
) -> None:
    assert next_step(customer(consumer, item(steps)), on) == expected


def test_nothing_overdue_or_all_disputed_proposes_the_statement() -> None:
    assert next_step(customer(True), day(30)) == "statement"
    assert next_step(customer(False, item(due_date=day(40))), day(30)) == "statement"
    assert next_step(customer(True, item(disputed=True)), day(30)) == "statement"
    assert next_step(customer(False, item(in_good_plan=True)), day(30)) == "statement"


def test_the_most_advanced_letter_due_wins_then_the_earliest_upcoming() -> None:
    old = item({"reminder": day(7)}, item_id=1)
    new = item({}, item_id=2, due_date=day(20))
    # On day 30 the old item needs its second reminder, the new one its first.
    assert next_step(customer(False, old, new), day(30)) == "second"
    # On day 10 nothing is due; the old item's second reminder (day 21) comes first.
    assert next_step(customer(False, old, item({}, item_id=2, due_date=day(5))), day(10)) \
        == "reminder"


def test_pauses_do_not_hide_the_next_step() -> None:
    promised = LadderCustomer(1, "C1", False, (item(),), promise_until=day(60))
    assert next_step(promised, day(30)) == "reminder"


def test_next_step_is_always_a_letter_made_by_hand() -> None:
    for consumer in (True, False):
        for n in range(0, 120, 3):
            steps = {lv: day(7 * k) for k, lv in enumerate(("reminder", "second")) if 7 * k < n}
            assert next_step(customer(consumer, item(steps)), day(n)) in BY_HAND_KINDS


# -- the service, on a shop ------------------------------------------------------------------
@pytest.fixture
def people(shop: Shop) -> dict[str, int]:
    ids = {}
    for code, kind in (("CONS", "consumer"), ("BIZ", "business")):
        c = shop.customers.create(CustomerInput(code=code, name=code, kind=kind, language="en"))
        shop.invoices.create_invoice(c.id, f"{code}-1", date(2025, 12, 1), Decimal("100.00"),
                                     DUE)
        ids[code] = c.id
    return ids


def _record(shop: Shop, customer_id: int, kind: str, on: date) -> None:
    draft = shop.letter_drafts.draft(customer_id, kind, letter_date=on)
    shop.letters.issue(draft, b"%PDF-1.4 test")


def test_the_service_follows_what_was_sent(shop: Shop, people: dict[str, int]) -> None:
    cons, biz = people["CONS"], people["BIZ"]
    assert shop.letters.next_step(cons, day(10)) == "debt_notice"
    assert shop.letters.next_step(biz, day(10)) == "reminder"
    _record(shop, biz, "reminder", day(10))
    assert shop.letters.next_step(biz, day(12)) == "second"
    _record(shop, cons, "debt_notice", day(10))
    assert shop.letters.next_step(cons, day(20)) == "statement"  # §13B2: 14 days' wait
    assert shop.letters.next_step(cons, day(24)) == "second"
    _record(shop, biz, "second", day(24))
    _record(shop, biz, "warning", day(45))
    assert shop.letters.next_step(biz, day(50)) == "statement"


def test_the_service_on_disputed_and_paid_debts(shop: Shop, people: dict[str, int]) -> None:
    biz = people["BIZ"]
    (inv,) = shop.invoices.for_customer(biz)
    shop.invoices.set_disputed(inv.id, True)
    assert shop.letters.next_step(biz, day(30)) == "statement"
    shop.invoices.set_disputed(inv.id, False)
    shop.payments.record_payment(biz, day(20), Decimal("100.00"))
    assert shop.letters.next_step(biz, day(30)) == "statement"
    assert shop.letters.next_step(biz, day(19)) == "reminder"  # the day before it was paid
    with pytest.raises(UserError):
        shop.letters.next_step(9999, day(30))
