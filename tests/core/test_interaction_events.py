"""Letters, payments, voids, plans and cheques write their own entries into the
customer's log (through record_event), so the card shows one timeline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest

from arapp.core.errors import LedgerRuleViolation
from arapp.core.services import Shop, clock
from arapp.core.services.records import CustomerRecord
from tests.core.test_cheques import paper
from tests.core.test_plans import plan_input

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now_text", lambda: f"{TODAY.isoformat()}T12:00:00")
    yield


@pytest.fixture
def invoices(shop: Shop, customer: CustomerRecord) -> list[int]:
    made = []
    for number, amount, issued in (("100", "1000.00", date(2026, 9, 1)),
                                   ("101", "500.00", date(2026, 10, 2))):
        made.append(shop.invoices.create_invoice(
            customer.id, number, issued, Decimal(amount), issued + timedelta(days=30)).id)
    return made


def events(shop: Shop, customer: CustomerRecord) -> list[tuple[str, str, int | None, str, str]]:
    return [
        (e.kind, e.ref_kind, e.ref_id, e.outcome, e.note)
        for e in reversed(shop.interactions.timeline(customer.id))
    ]


def test_payments_and_their_voids(
    shop: Shop, customer: CustomerRecord, invoices: list[int]
) -> None:
    paid = shop.payments.record_payment(customer.id, TODAY, Decimal("250.50"), "bank_transfer")
    shop.payments.record_credit_note(customer.id, "CN-1", TODAY, Decimal("10"))
    shop.payments.void(paid.id, "wrong customer")
    assert events(shop, customer) == [
        ("payment", "payment", paid.id, "bank_transfer", "250.50"),
        ("payment_voided", "payment", paid.id, "", "250.50: wrong customer"),
    ]
    # A refused void writes nothing.
    with pytest.raises(LedgerRuleViolation):
        shop.payments.void(paid.id, "again")
    assert len(events(shop, customer)) == 2


def test_a_voided_invoice(shop: Shop, customer: CustomerRecord, invoices: list[int]) -> None:
    shop.invoices.void(invoices[1], "issued twice")
    assert events(shop, customer) == [
        ("invoice_voided", "debit", invoices[1], "", "101: issued twice")]


def test_plans_created_breached_and_cancelled(
    shop: Shop, customer: CustomerRecord, invoices: list[int]
) -> None:
    plan = shop.plans.create(plan_input(customer, count=3, item_ids=(invoices[0],)))
    shop.plans.breach(plan.id, on=date(2027, 2, 11))
    second = shop.plans.create(plan_input(customer, count=2, item_ids=(invoices[1],)))
    shop.plans.cancel(second.id, "moved away")
    kinds = [(k, ref, i) for k, ref, i, _o, _n in events(shop, customer)]
    assert kinds == [("plan_created", "plan", plan.id), ("plan_breached", "plan", plan.id),
                     ("plan_created", "plan", second.id), ("plan_cancelled", "plan", second.id)]
    assert events(shop, customer)[-1][4].endswith(": moved away")


def test_cheque_events(shop: Shop, customer: CustomerRecord, invoices: list[int]) -> None:
    one = shop.cheques.add(customer.id, paper("1001", "600.00")).record
    two = shop.cheques.add(customer.id, paper("1002", "100.00")).record
    three = shop.cheques.add(customer.id, paper("1003", "50.00")).record
    shop.cheques.deposit([one.id])
    shop.cheques.return_cheque(one.id, "insufficient_funds")
    shop.cheques.give_back(two.id)
    shop.cheques.replace(three.id, cash_amount=Decimal("50.00"))
    found = events(shop, customer)
    assert [(k, i) for k, _r, i, _o, _n in found] == [
        ("payment", one.id), ("payment", two.id), ("payment", three.id),
        ("cheque_deposited", one.id), ("cheque_returned", one.id),
        ("cheque_given_back", two.id), ("cheque_replaced", three.id),
    ]
    assert found[0][1] == "cheque" and found[0][3] == "check"
    assert found[0][4] == "1001 · 12/345/678901 · 600.00"
    assert found[4][3] == "insufficient_funds"


@pytest.mark.parametrize(
    ("kind", "collection"),
    [("reminder", True), ("debt_notice", False), ("second", True), ("warning", True),
     ("statement", False), ("settlement", False), ("payment_confirmation", False)],
)
def test_letters_are_logged_and_collection_steps_marked(
    shop: Shop, customer: CustomerRecord, kind: str, collection: bool
) -> None:
    doc = shop.letters.record(customer.id, kind, "he", TODAY, b"%PDF-1.4 x", Decimal("10"))
    (entry,) = shop.interactions.timeline(customer.id)
    assert (entry.kind, entry.outcome, entry.collection) == ("letter", kind, collection)
    assert (entry.ref_kind, entry.ref_id, entry.document_id) == ("document", doc, doc)
