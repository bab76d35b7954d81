"""Invoice service: issuing (validation, due dates), fees, disputes and voiding."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from arapp.core.errors import (
    DuplicateRecord,
    InvalidAmount,
    InvalidDate,
    LedgerRuleViolation,
    UserError,
)
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput, CustomerRecord
from tests.conftest import d, m
from tests.core.conftest import RawLedger, Snapshot

LedgerOk = Callable[[], RawLedger]


def test_create_invoice_record(shop: Shop, customer: CustomerRecord, ledger_ok: LedgerOk) -> None:
    item = shop.invoices.create_invoice(
        customer.id, " INV-1 ", d("2026-01-15"), m("1234.56"), d("2026-02-01"), "  שירות  "
    )
    assert item.number == "INV-1"
    assert item.kind == "invoice"
    assert (item.issue_date, item.due_date) == (d("2026-01-15"), d("2026-02-01"))
    assert item.amount == item.open_amount == m("1234.56")
    assert item.description == "שירות"
    assert not item.disputed and not item.voided
    assert shop.customers.get(customer.id).balance == m("1234.56")
    assert shop.invoices.by_number("INV-1") == item
    assert shop.db.execute_sql("SELECT amount FROM debit").fetchone()[0] == 123456
    ledger_ok()


@pytest.mark.parametrize(
    ("terms", "due"), [(30, "2026-03-03"), (0, "2026-02-01"), (45, "2026-03-18")]
)
def test_due_date_from_payment_terms(shop: Shop, terms: int, due: str) -> None:
    c = shop.customers.create(CustomerInput(code="T", name="Terms", payment_terms_days=terms))
    item = shop.invoices.create_invoice(c.id, "1", d("2026-02-01"), m("10.00"))
    assert item.due_date == d(due)


def test_due_date_on_issue_date_allowed(shop: Shop, customer: CustomerRecord) -> None:
    item = shop.invoices.create_invoice(customer.id, "1", d("2026-02-01"), m("1"), d("2026-02-01"))
    assert item.due_date == item.issue_date


@pytest.fixture
def with_history(shop: Shop, customer: CustomerRecord) -> CustomerRecord:
    """An invoice, a part payment and an overpaying customer elsewhere: refused actions
    must leave all of it alone."""
    shop.invoices.create_invoice(customer.id, "INV-1", d("2026-01-01"), m("100.00"))
    shop.payments.record_payment(customer.id, d("2026-01-10"), m("30.00"))
    return customer


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"due_date": d("2026-01-31")}, InvalidDate),  # due before issue
        ({"number": "INV-1"}, DuplicateRecord),
        ({"number": "  INV-1  "}, DuplicateRecord),
        ({"number": ""}, UserError),
        ({"number": "\u202e"}, UserError),
        ({"amount": Decimal("0")}, InvalidAmount),
        ({"amount": Decimal("0.00")}, InvalidAmount),
        ({"amount": Decimal("-5.00")}, InvalidAmount),
        ({"amount": Decimal("10.005")}, InvalidAmount),
        ({"amount": Decimal("10000000000")}, InvalidAmount),
        ({"amount": Decimal("10000000000.00")}, InvalidAmount),
        ({"amount": Decimal("NaN")}, InvalidAmount),
        ({"amount": Decimal("Infinity")}, InvalidAmount),
        ({"amount": 12.5}, InvalidAmount),  # a float never becomes money
        ({"issue_date": date(1989, 12, 31)}, InvalidDate),
        ({"issue_date": "2026-02-01"}, InvalidDate),
        ({"due_date": date(2101, 1, 1)}, InvalidDate),
    ],
)
def test_refused_invoice_changes_nothing(
    shop: Shop,
    with_history: CustomerRecord,
    snapshot: Callable[[], Snapshot],
    kwargs: dict[str, object],
    error: type[Exception],
) -> None:
    args: dict[str, object] = {
        "customer_id": with_history.id,
        "number": "INV-2",
        "issue_date": d("2026-02-01"),
        "amount": m("50.00"),
        "due_date": None,
    }
    args.update(kwargs)
    before = snapshot()
    with pytest.raises(error):
        shop.invoices.create_invoice(**args)  # type: ignore[arg-type]
    assert snapshot() == before
    assert shop.customers.get(with_history.id).balance == m("70.00")


def test_duplicate_number_refused_across_customers(
    shop: Shop, with_history: CustomerRecord, other_customer: CustomerRecord
) -> None:
    with pytest.raises(DuplicateRecord):
        shop.invoices.create_invoice(other_customer.id, "INV-1", d("2026-02-01"), m("5.00"))
    assert shop.invoices.for_customer(other_customer.id) == []


def test_invoice_for_missing_customer_refused(shop: Shop) -> None:
    with pytest.raises(UserError):
        shop.invoices.create_invoice(999, "X", d("2026-01-01"), m("1.00"))
    assert shop.db.execute_sql("SELECT COUNT(*) FROM debit").fetchone()[0] == 0


def test_largest_amount_accepted(shop: Shop, customer: CustomerRecord) -> None:
    item = shop.invoices.create_invoice(customer.id, "BIG", d("2026-01-01"), m("9999999999.99"))
    assert item.amount == m("9999999999.99")
    assert shop.customers.get(customer.id).balance == m("9999999999.99")


def test_new_invoice_takes_unapplied_credit(
    shop: Shop, customer: CustomerRecord, ledger_ok: LedgerOk
) -> None:
    payment = shop.payments.record_payment(customer.id, d("2026-01-01"), m("80.00"))
    assert payment.unapplied == m("80.00")
    item = shop.invoices.create_invoice(customer.id, "1", d("2026-01-05"), m("50.00"))
    assert item.open_amount == m("0.00")
    item2 = shop.invoices.create_invoice(customer.id, "2", d("2026-01-06"), m("50.00"))
    assert item2.open_amount == m("20.00")
    assert shop.payments.get(payment.id).unapplied == m("0.00")
    assert shop.customers.get(customer.id).balance == m("20.00")
    ledger_ok()


def test_fee(shop: Shop, customer: CustomerRecord, ledger_ok: LedgerOk) -> None:
    shop.payments.record_payment(customer.id, d("2026-01-01"), m("10.00"))
    fee = shop.invoices.create_fee(customer.id, d("2026-02-01"), m("25.50"), "Returned check fee")
    assert fee.kind == "fee"
    assert fee.due_date == fee.issue_date == d("2026-02-01")
    assert fee.open_amount == m("15.50")  # the waiting credit went to it
    assert shop.customers.get(customer.id).balance == m("15.50")
    ledger_ok()


def test_fee_refusals_change_nothing(
    shop: Shop, customer: CustomerRecord, snapshot: Callable[[], Snapshot]
) -> None:
    before = snapshot()
    with pytest.raises(UserError):
        shop.invoices.create_fee(customer.id, d("2026-02-01"), m("5.00"), "   ")
    with pytest.raises(InvalidAmount):
        shop.invoices.create_fee(customer.id, d("2026-02-01"), m("0.001"), "fee")
    with pytest.raises(UserError):
        shop.invoices.create_fee(999, d("2026-02-01"), m("5.00"), "fee")
    assert snapshot() == before


# --- disputes ------------------------------------------------------------------------------


def test_dispute_and_undispute(shop: Shop, customer: CustomerRecord, ledger_ok: LedgerOk) -> None:
    inv = shop.invoices.create_invoice(customer.id, "1", d("2026-01-01"), m("100.00"))
    assert shop.invoices.set_disputed(inv.id, True).disputed
    payment = shop.payments.record_payment(customer.id, d("2026-01-05"), m("60.00"))
    assert payment.applied == ()  # a disputed invoice gets nothing automatically
    assert payment.unapplied == m("60.00")
    assert shop.customers.get(customer.id).balance == m("40.00")
    ledger_ok()

    item = shop.invoices.set_disputed(inv.id, False)
    assert not item.disputed
    assert item.open_amount == m("40.00")  # the waiting credit settled onto it
    assert shop.payments.get(payment.id).unapplied == m("0.00")
    ledger_ok()


# --- voiding -------------------------------------------------------------------------------


def test_void_keeps_the_record(shop: Shop, customer: CustomerRecord, ledger_ok: LedgerOk) -> None:
    inv = shop.invoices.create_invoice(customer.id, "1", d("2026-01-01"), m("100.00"))
    voided = shop.invoices.void(inv.id, "  issued twice ")
    assert voided.voided
    assert voided.void_reason == "issued twice"
    assert voided.amount == m("100.00")
    assert voided.open_amount == m("0.00")
    row = shop.db.execute_sql("SELECT amount, voided_at, void_reason FROM debit").fetchone()
    assert row[0] == 10000 and row[1] is not None and row[2] == "issued twice"
    assert shop.customers.get(customer.id).balance == m("0.00")
    assert shop.invoices.for_customer(customer.id) == []
    assert shop.invoices.for_customer(customer.id, include_void=True) == [voided]
    assert shop.invoices.for_customer(customer.id, open_only=True, include_void=True) == []
    ledger_ok()


def test_void_twice_refused(
    shop: Shop, customer: CustomerRecord, snapshot: Callable[[], Snapshot]
) -> None:
    inv = shop.invoices.create_invoice(customer.id, "1", d("2026-01-01"), m("100.00"))
    shop.invoices.void(inv.id, "wrong customer")
    before = snapshot()
    with pytest.raises(LedgerRuleViolation):
        shop.invoices.void(inv.id, "again")
    assert snapshot() == before
    assert shop.invoices.get(inv.id).void_reason == "wrong customer"


def test_void_needs_reason_and_existing_invoice(
    shop: Shop, customer: CustomerRecord, snapshot: Callable[[], Snapshot]
) -> None:
    inv = shop.invoices.create_invoice(customer.id, "1", d("2026-01-01"), m("100.00"))
    before = snapshot()
    with pytest.raises(UserError):
        shop.invoices.void(inv.id, "  ")
    with pytest.raises(UserError):
        shop.invoices.void(inv.id + 1, "reason")
    assert snapshot() == before


def test_void_releases_payments_to_other_open_items(
    shop: Shop, customer: CustomerRecord, ledger_ok: LedgerOk
) -> None:
    a = shop.invoices.create_invoice(
        customer.id, "A", d("2026-01-01"), m("100.00"), d("2026-01-10")
    )
    b = shop.invoices.create_invoice(customer.id, "B", d("2026-01-02"), m("70.00"), d("2026-01-20"))
    c = shop.invoices.create_invoice(customer.id, "C", d("2026-01-03"), m("50.00"), d("2026-01-30"))
    payment = shop.payments.record_payment(customer.id, d("2026-01-15"), m("150.00"))
    assert [(x.item_number, x.amount) for x in payment.applied] == [
        ("A", m("100.00")),
        ("B", m("50.00")),
    ]
    shop.invoices.void(a.id, "cancelled")
    payment = shop.payments.get(payment.id)
    assert [(x.item_number, x.amount) for x in payment.applied] == [
        ("B", m("70.00")),
        ("C", m("50.00")),
    ]
    assert payment.unapplied == m("30.00")
    assert shop.invoices.get(b.id).open_amount == m("0.00")
    assert shop.invoices.get(c.id).open_amount == m("0.00")
    assert shop.customers.get(customer.id).balance == m("-30.00")
    raw = ledger_ok()
    assert len(raw.debits) == 3 and len(raw.credits) == 1


def test_void_releases_payment_to_unapplied_credit(
    shop: Shop, customer: CustomerRecord, ledger_ok: LedgerOk
) -> None:
    inv = shop.invoices.create_invoice(customer.id, "1", d("2026-01-01"), m("100.00"))
    payment = shop.payments.record_payment(
        customer.id, d("2026-01-05"), m("100.00"), picked=[inv.id]
    )
    shop.invoices.void(inv.id, "returned goods")
    payment = shop.payments.get(payment.id)
    assert payment.applied == ()
    assert payment.unapplied == m("100.00")
    assert shop.customers.get(customer.id).balance == m("-100.00")
    # ... and it is waiting for the next invoice.
    nxt = shop.invoices.create_invoice(customer.id, "2", d("2026-02-01"), m("40.00"))
    assert nxt.open_amount == m("0.00")
    assert shop.payments.get(payment.id).unapplied == m("60.00")
    ledger_ok()


def test_void_disputed_invoice_credit_note_becomes_credit(
    shop: Shop, customer: CustomerRecord, ledger_ok: LedgerOk
) -> None:
    inv = shop.invoices.create_invoice(customer.id, "1", d("2026-01-01"), m("100.00"))
    shop.invoices.set_disputed(inv.id, True)
    note = shop.payments.record_credit_note(
        customer.id, "CN-1", d("2026-01-05"), m("25.00"), inv.id
    )
    assert [(a.item_id, a.amount) for a in note.applied] == [(inv.id, m("25.00"))]
    shop.invoices.void(inv.id, "dispute settled by cancelling")
    assert shop.payments.get(note.id).unapplied == m("25.00")
    assert shop.customers.get(customer.id).balance == m("-25.00")
    ledger_ok()


def test_for_customer_lists_oldest_due_first(shop: Shop, customer: CustomerRecord) -> None:
    shop.invoices.create_invoice(customer.id, "2", d("2026-01-05"), m("1.00"), d("2026-03-01"))
    shop.invoices.create_invoice(customer.id, "1", d("2026-01-01"), m("1.00"), d("2026-02-01"))
    paid = shop.invoices.create_invoice(
        customer.id, "3", d("2026-01-01"), m("1.00"), d("2026-01-02")
    )
    shop.payments.record_payment(customer.id, d("2026-01-02"), m("1.00"), picked=[paid.id])
    assert [i.number for i in shop.invoices.for_customer(customer.id)] == ["3", "1", "2"]
    assert [i.number for i in shop.invoices.for_customer(customer.id, open_only=True)] == [
        "1",
        "2",
    ]


def test_unknown_invoice_lookups(shop: Shop) -> None:
    with pytest.raises(UserError):
        shop.invoices.get(1)
    with pytest.raises(UserError):
        shop.invoices.by_number("nope")


def test_dispute_unknown_invoice_is_a_user_error(
    shop: Shop, customer: CustomerRecord, snapshot: Callable[[], Snapshot]
) -> None:
    before = snapshot()
    with pytest.raises(UserError):
        shop.invoices.set_disputed(404, True)
    assert snapshot() == before
