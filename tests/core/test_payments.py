"""Payment service: recording payments and credit notes, allocation, preview and voiding."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from arapp.core.errors import DuplicateRecord, InvalidAmount, LedgerRuleViolation, UserError
from arapp.core.services import Shop
from arapp.core.services.records import CreditRecord, CustomerRecord, ItemRecord
from tests.conftest import d, m
from tests.core.conftest import RawLedger, Snapshot

LedgerOk = Callable[[], RawLedger]


def applied(credit: CreditRecord) -> list[tuple[str, Decimal]]:
    return [(a.item_number, a.amount) for a in credit.applied]


def open_amounts(shop: Shop, customer_id: int) -> dict[str, Decimal]:
    return {i.number: i.open_amount for i in shop.invoices.for_customer(customer_id)}


@pytest.fixture
def three(shop: Shop, customer: CustomerRecord) -> list[ItemRecord]:
    """Due 10, 20 and 30 January; created newest-first so ids do not follow due order."""
    c = shop.invoices.create_invoice(
        customer.id, "C", d("2026-01-03"), m("300.00"), d("2026-01-30")
    )
    b = shop.invoices.create_invoice(
        customer.id, "B", d("2026-01-02"), m("200.00"), d("2026-01-20")
    )
    a = shop.invoices.create_invoice(
        customer.id, "A", d("2026-01-01"), m("100.00"), d("2026-01-10")
    )
    return [a, b, c]


def test_payment_record(shop: Shop, customer: CustomerRecord, ledger_ok: LedgerOk) -> None:
    p = shop.payments.record_payment(
        customer.id, d("2026-02-01"), m("12.34"), "check", " 000123 ", note="\u202eשיק\u202c"
    )
    assert (p.kind, p.date, p.amount, p.method) == ("payment", d("2026-02-01"), m("12.34"), "check")
    assert p.reference == "000123"
    assert p.note == "שיק"
    assert not p.voided
    assert p.unapplied == m("12.34")
    assert shop.customers.get(customer.id).balance == m("-12.34")
    assert shop.payments.for_customer(customer.id) == [p]
    ledger_ok()


def test_oldest_due_first_by_default(
    shop: Shop, customer: CustomerRecord, three: list[ItemRecord], ledger_ok: LedgerOk
) -> None:
    p = shop.payments.record_payment(customer.id, d("2026-02-01"), m("350.00"))
    assert applied(p) == [("A", m("100.00")), ("B", m("200.00")), ("C", m("50.00"))]
    assert p.unapplied == m("0.00")
    assert open_amounts(shop, customer.id) == {"A": m("0"), "B": m("0"), "C": m("250.00")}
    assert shop.customers.get(customer.id).balance == m("250.00")
    ledger_ok()


def test_picked_invoices_first_in_picked_order(
    shop: Shop, customer: CustomerRecord, three: list[ItemRecord], ledger_ok: LedgerOk
) -> None:
    _a, b, c = three
    p = shop.payments.record_payment(customer.id, d("2026-02-01"), m("450.00"), picked=[c.id, b.id])
    assert sorted(applied(p)) == [("B", m("150.00")), ("C", m("300.00"))]
    assert open_amounts(shop, customer.id) == {"A": m("100.00"), "B": m("50.00"), "C": m("0")}
    ledger_ok()


def test_picked_then_rest_oldest_due(
    shop: Shop, customer: CustomerRecord, three: list[ItemRecord], ledger_ok: LedgerOk
) -> None:
    _a, _b, c = three
    p = shop.payments.record_payment(customer.id, d("2026-02-01"), m("350.00"), picked=[c.id])
    assert sorted(applied(p)) == [("A", m("50.00")), ("C", m("300.00"))]
    ledger_ok()


def test_same_due_date_lower_number_first(
    shop: Shop, customer: CustomerRecord, ledger_ok: LedgerOk
) -> None:
    due = d("2026-02-01")
    shop.invoices.create_invoice(customer.id, "1000", d("2026-01-01"), m("10.00"), due)
    shop.invoices.create_invoice(customer.id, "999", d("2026-01-01"), m("10.00"), due)
    shop.invoices.create_invoice(customer.id, "5000", d("2025-12-31"), m("10.00"), due)
    p = shop.payments.record_payment(customer.id, d("2026-02-01"), m("25.00"))
    # Same due date: earlier issue (5000) first, then 999 before 1000.
    assert sorted(applied(p)) == [("1000", m("5.00")), ("5000", m("10.00")), ("999", m("10.00"))]
    assert open_amounts(shop, customer.id) == {
        "1000": m("5.00"),
        "999": m("0.00"),
        "5000": m("0.00"),
    }
    ledger_ok()


def test_overpayment_is_unapplied_credit_applied_to_next_invoice(
    shop: Shop, customer: CustomerRecord, ledger_ok: LedgerOk
) -> None:
    inv = shop.invoices.create_invoice(customer.id, "1", d("2026-01-01"), m("100.00"))
    p = shop.payments.record_payment(customer.id, d("2026-01-10"), m("150.25"))
    assert applied(p) == [("1", m("100.00"))]
    assert p.unapplied == m("50.25")
    assert shop.customers.get(customer.id).balance == m("-50.25")
    ledger_ok()

    nxt = shop.invoices.create_invoice(customer.id, "2", d("2026-02-01"), m("80.00"))
    assert nxt.open_amount == m("29.75")
    p = shop.payments.get(p.id)
    assert applied(p) == [("1", m("100.00")), ("2", m("50.25"))]
    assert p.unapplied == m("0.00")
    assert shop.invoices.get(inv.id).open_amount == m("0.00")
    assert shop.customers.get(customer.id).balance == m("29.75")
    ledger_ok()


def test_disputed_skipped_automatically_but_payable_when_picked(
    shop: Shop, customer: CustomerRecord, three: list[ItemRecord], ledger_ok: LedgerOk
) -> None:
    a, _b, _c = three
    shop.invoices.set_disputed(a.id, True)
    p = shop.payments.record_payment(customer.id, d("2026-02-01"), m("250.00"))
    assert applied(p) == [("B", m("200.00")), ("C", m("50.00"))]
    assert shop.invoices.get(a.id).open_amount == m("100.00")
    ledger_ok()

    p2 = shop.payments.record_payment(customer.id, d("2026-02-02"), m("30.00"), picked=[a.id])
    assert applied(p2) == [("A", m("30.00"))]
    assert shop.invoices.get(a.id).open_amount == m("70.00")
    ledger_ok()


def test_disputed_leftover_waits_and_undispute_settles(
    shop: Shop, customer: CustomerRecord, three: list[ItemRecord], ledger_ok: LedgerOk
) -> None:
    a, _b, _c = three
    shop.invoices.set_disputed(a.id, True)
    p = shop.payments.record_payment(customer.id, d("2026-02-01"), m("560.00"))
    assert applied(p) == [("B", m("200.00")), ("C", m("300.00"))]
    assert p.unapplied == m("60.00")
    assert shop.customers.get(customer.id).balance == m("40.00")  # 600 − 560
    ledger_ok()

    shop.invoices.set_disputed(a.id, False)
    assert shop.invoices.get(a.id).open_amount == m("40.00")
    assert shop.payments.get(p.id).unapplied == m("0.00")
    ledger_ok()


def test_credit_note_applied_to_its_invoice_first(
    shop: Shop, customer: CustomerRecord, three: list[ItemRecord], ledger_ok: LedgerOk
) -> None:
    _a, _b, c = three
    note = shop.payments.record_credit_note(customer.id, "CN-1", d("2026-02-01"), m("320.00"), c.id)
    assert note.kind == "credit_note" and note.number == "CN-1"
    assert sorted(applied(note)) == [("A", m("20.00")), ("C", m("300.00"))]
    assert shop.customers.get(customer.id).balance == m("280.00")
    ledger_ok()


def test_credit_note_without_invoice_goes_oldest_due(
    shop: Shop, customer: CustomerRecord, three: list[ItemRecord]
) -> None:
    note = shop.payments.record_credit_note(customer.id, "CN-1", d("2026-02-01"), m("120.00"))
    assert applied(note) == [("A", m("100.00")), ("B", m("20.00"))]


def test_credit_note_number_unique(
    shop: Shop,
    customer: CustomerRecord,
    other_customer: CustomerRecord,
    three: list[ItemRecord],
    snapshot: Callable[[], Snapshot],
) -> None:
    shop.payments.record_credit_note(customer.id, "CN-1", d("2026-02-01"), m("1.00"))
    before = snapshot()
    with pytest.raises(DuplicateRecord):
        shop.payments.record_credit_note(other_customer.id, " CN-1 ", d("2026-02-01"), m("1.00"))
    with pytest.raises(UserError):
        shop.payments.record_credit_note(customer.id, "", d("2026-02-01"), m("1.00"))
    with pytest.raises(UserError):  # another customer's invoice
        shop.payments.record_credit_note(
            other_customer.id, "CN-2", d("2026-02-01"), m("1.00"), three[0].id
        )
    assert snapshot() == before


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"amount": m("0.00")}, InvalidAmount),
        ({"amount": m("-1.00")}, InvalidAmount),
        ({"amount": m("1.001")}, InvalidAmount),
        ({"amount": m("10000000000")}, InvalidAmount),
        ({"amount": 5.0}, InvalidAmount),
        ({"method": "bitcoin"}, UserError),
        ({"on": d("1900-01-01")}, UserError),
        ({"customer_id": 999}, UserError),
        ({"picked": [999]}, UserError),
        ({"picked": ["other"]}, UserError),  # another customer's invoice
        ({"picked": ["void"]}, UserError),
    ],
)
def test_refused_payment_changes_nothing(
    shop: Shop,
    customer: CustomerRecord,
    other_customer: CustomerRecord,
    snapshot: Callable[[], Snapshot],
    kwargs: dict[str, object],
    error: type[Exception],
) -> None:
    inv = shop.invoices
    ids = {
        "other": inv.create_invoice(other_customer.id, "O", d("2026-01-01"), m("5.00")).id,
        "paid": inv.create_invoice(customer.id, "P", d("2026-01-01"), m("5.00")).id,
        "void": inv.create_invoice(customer.id, "V", d("2026-01-01"), m("5.00")).id,
    }
    inv.create_invoice(customer.id, "OPEN", d("2026-01-01"), m("50.00"))
    shop.payments.record_payment(customer.id, d("2026-01-02"), m("5.00"), picked=[ids["paid"]])
    inv.void(ids["void"], "mistake")
    if "picked" in kwargs:
        kwargs = {"picked": [ids.get(p, p) for p in kwargs["picked"]]}  # type: ignore[attr-defined]
    args: dict[str, object] = {
        "customer_id": customer.id,
        "on": d("2026-02-01"),
        "amount": m("20.00"),
        "method": "cash",
        "picked": (),
    }
    args.update(kwargs)
    before = snapshot()
    with pytest.raises(error):
        shop.payments.record_payment(**args)  # type: ignore[arg-type]
    assert snapshot() == before


def test_payment_naming_a_paid_invoice_goes_oldest_due_first(
    shop: Shop, customer: CustomerRecord, three: list[ItemRecord], ledger_ok: LedgerOk
) -> None:
    """Issue #17 (1): the owner names an invoice that another payment has already paid
    (a second counter, an old slip). The ledger rule holds: the named invoice first —
    nothing is open on it — then oldest-due first, the rest credit. It used to be refused."""
    a, b, _c = three
    shop.payments.record_payment(customer.id, d("2026-02-01"), m("100.00"), picked=[a.id])
    preview = shop.payments.preview(customer.id, m("600.00"), [a.id])
    assert [(x.item_number, x.amount) for x in preview.applied] == [
        ("B", m("200.00")), ("C", m("300.00"))]
    assert preview.unapplied == m("100.00")
    p = shop.payments.record_payment(customer.id, d("2026-02-02"), m("600.00"), picked=[a.id])
    assert applied(p) == [("B", m("200.00")), ("C", m("300.00"))]
    assert p.unapplied == m("100.00")
    assert shop.customers.get(customer.id).balance == m("-100.00")
    note = shop.payments.record_credit_note(
        customer.id, "CN-1", d("2026-02-03"), m("5.00"), invoice_id=b.id
    )
    assert applied(note) == [] and note.unapplied == m("5.00")
    ledger_ok()


# --- preview ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "pick"),
    [("50.00", []), ("350.00", []), ("700.00", []), ("250.00", ["C"]), ("330.00", ["C", "A"])],
)
def test_preview_matches_what_record_does(
    shop: Shop,
    customer: CustomerRecord,
    three: list[ItemRecord],
    snapshot: Callable[[], Snapshot],
    amount: str,
    pick: list[str],
) -> None:
    by_number = {i.number: i.id for i in three}
    shop.invoices.set_disputed(by_number["B"], True)
    picked = [by_number[n] for n in pick]
    before = snapshot()
    preview = shop.payments.preview(customer.id, m(amount), picked)
    assert snapshot() == before  # a preview writes nothing
    p = shop.payments.record_payment(customer.id, d("2026-02-01"), m(amount), picked=picked)
    assert set(preview.applied) == set(p.applied)
    assert len(preview.applied) == len(p.applied)
    assert preview.unapplied == p.unapplied


def test_preview_refuses_bad_input(shop: Shop, customer: CustomerRecord) -> None:
    with pytest.raises(InvalidAmount):
        shop.payments.preview(customer.id, m("0"))
    with pytest.raises(UserError):
        shop.payments.preview(customer.id, m("1.00"), [12345])


# --- voiding ------------------------------------------------------------------------------


def test_void_payment_reopens_exactly_what_it_paid(
    shop: Shop, customer: CustomerRecord, three: list[ItemRecord], ledger_ok: LedgerOk
) -> None:
    first = shop.payments.record_payment(customer.id, d("2026-02-01"), m("130.00"))
    before = open_amounts(shop, customer.id)
    p = shop.payments.record_payment(customer.id, d("2026-02-02"), m("250.10"))
    assert applied(p) == [("B", m("170.00")), ("C", m("80.10"))]
    voided = shop.payments.void(p.id, "check bounced")
    assert open_amounts(shop, customer.id) == before
    assert applied(shop.payments.get(first.id)) == [("A", m("100.00")), ("B", m("30.00"))]
    assert voided.voided and voided.void_reason == "check bounced"
    assert voided.amount == m("250.10")  # the record is kept as it was
    assert voided.applied == () and voided.unapplied == m("0.00")
    assert shop.customers.get(customer.id).balance == m("470.00")
    raw = ledger_ok()
    assert len(raw.credits) == 2
    assert shop.payments.for_customer(customer.id) == [shop.payments.get(first.id)]
    assert len(shop.payments.for_customer(customer.id, include_void=True)) == 2


def test_void_payment_lets_waiting_credit_settle(
    shop: Shop, customer: CustomerRecord, ledger_ok: LedgerOk
) -> None:
    inv = shop.invoices.create_invoice(customer.id, "1", d("2026-01-01"), m("100.00"))
    p1 = shop.payments.record_payment(customer.id, d("2026-01-05"), m("100.00"))
    p2 = shop.payments.record_payment(customer.id, d("2026-01-06"), m("30.00"))
    assert p2.unapplied == m("30.00")
    shop.payments.void(p1.id, "wrong customer")
    assert shop.invoices.get(inv.id).open_amount == m("70.00")
    assert shop.payments.get(p2.id).unapplied == m("0.00")
    assert shop.customers.get(customer.id).balance == m("70.00")
    ledger_ok()


def test_void_credit_note(
    shop: Shop, customer: CustomerRecord, three: list[ItemRecord], ledger_ok: LedgerOk
) -> None:
    note = shop.payments.record_credit_note(
        customer.id, "CN-9", d("2026-02-01"), m("50.00"), three[2].id
    )
    shop.payments.void(note.id, "issued in error")
    assert shop.invoices.get(three[2].id).open_amount == m("300.00")
    assert shop.customers.get(customer.id).balance == m("600.00")
    ledger_ok()


def test_void_twice_refused(
    shop: Shop, customer: CustomerRecord, three: list[ItemRecord], snapshot: Callable[[], Snapshot]
) -> None:
    p = shop.payments.record_payment(customer.id, d("2026-02-01"), m("10.00"))
    shop.payments.void(p.id, "duplicate entry")
    before = snapshot()
    with pytest.raises(LedgerRuleViolation):
        shop.payments.void(p.id, "again")
    with pytest.raises(UserError):
        shop.payments.void(p.id + 100, "missing")
    assert snapshot() == before


def test_void_needs_a_reason(
    shop: Shop, customer: CustomerRecord, snapshot: Callable[[], Snapshot]
) -> None:
    p = shop.payments.record_payment(customer.id, d("2026-02-01"), m("10.00"))
    before = snapshot()
    with pytest.raises(UserError):
        shop.payments.void(p.id, "")
    assert snapshot() == before


def test_exact_to_the_agora(shop: Shop, customer: CustomerRecord, ledger_ok: LedgerOk) -> None:
    for n in range(3):
        shop.invoices.create_invoice(customer.id, f"T{n}", d("2026-01-01"), m("33.33"))
    p = shop.payments.record_payment(customer.id, d("2026-01-02"), m("100.00"))
    assert p.unapplied == m("0.01")
    assert shop.customers.get(customer.id).balance == m("-0.01")
    for _ in range(10):
        shop.payments.record_payment(customer.id, d("2026-01-03"), m("0.01"))
    assert shop.customers.get(customer.id).balance == m("-0.11")
    assert shop.db.execute_sql("SELECT balance FROM customer").fetchone()[0] == -11
    ledger_ok()
