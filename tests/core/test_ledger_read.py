"""The ledger read model: one figure for what is owed on a day, wherever it is read —
above all for a post-dated cheque recorded as a payment (issue #17, defect 4)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from arapp.core.services import Shop, clock, ledger_read
from arapp.core.services.integrity import check_database
from arapp.core.services.records import CustomerInput, CustomerRecord
from tests.conftest import d, m
from tests.core.conftest import check_ledger

TODAY = d("2026-11-27")


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def owed_everywhere(shop: Shop, customer_id: int, on: date) -> set[object]:
    """Every place the app shows what a customer owes on ``on``."""
    statement = shop.statements.statement(customer_id, date(2000, 1, 1), on)
    return {
        shop.customers.get(customer_id).balance,  # the list (cached)
        shop.aging.customer(customer_id, on).total,  # the card's header and aging strip
        statement.closing_balance,
        next(
            (c.row.total for c in shop.aging.report(on).customers if c.customer_id == customer_id),
            m("0.00"),
        ),
    }


def test_a_post_dated_cheque_pays_nothing_until_its_date(
    tmp_path: Path, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shop.sqlite3"
    shop = Shop.open(path)
    cid = shop.customers.create(CustomerInput(code="C1", name="Dana")).id
    shop.invoices.create_invoice(cid, "I1", d("2026-09-01"), m("1701.89"), d("2026-10-01"))
    cheque_date = today + timedelta(days=30)
    shop.payments.record_payment(cid, cheque_date, m("500.00"), "check", "000123")
    check_ledger(shop.db)

    # Today: one figure everywhere, the cheque not counted.
    assert owed_everywhere(shop, cid, today) == {m("1701.89")}
    (item,) = shop.invoices.for_customer(cid, open_only=True)
    assert item.open_amount == m("1701.89")
    # A payment taken now can pay only what the cheque does not already cover.
    (payable,) = shop.payments.payable_items(cid)
    assert payable.open_amount == m("1201.89")
    # A letter dated today counts the whole debt: the cheque is not yet due.
    (entry,) = shop.letters.ladder_input(today)
    assert [(i.number, i.open_amount) for i in entry.items] == [("I1", m("1701.89"))]
    draft = shop.letter_drafts.draft(cid, "debt_notice", "en", today)  # a consumer's first
    assert draft.amount == m("1701.89")
    shop.close()

    # On the cheque's date the shop is opened again: the cached balance moves with it.
    monkeypatch.setattr(clock, "today", lambda: cheque_date)
    shop = Shop.open(path)
    try:
        assert ledger_read.ledger_day(shop.execute) == cheque_date
        assert owed_everywhere(shop, cid, cheque_date) == {m("1201.89")}
        assert shop.customers.get(cid).balance == m("1201.89")
        assert check_database(shop.db) == []
        check_ledger(shop.db)
    finally:
        shop.close()


def test_the_quick_open_rolls_the_cache_forward_too(
    tmp_path: Path, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shop.sqlite3"
    shop = Shop.open(path)
    cid = shop.customers.create(CustomerInput(code="C1", name="Dana")).id
    shop.invoices.create_invoice(cid, "I1", d("2026-09-01"), m("100.00"), d("2026-10-01"))
    shop.payments.record_payment(cid, today + timedelta(days=1), m("100.00"))
    shop.close()
    monkeypatch.setattr(clock, "today", lambda: today + timedelta(days=1))
    shop = Shop.open_quickly(path)
    try:
        (row,) = shop.execute("SELECT balance, oldest_due FROM customer").fetchall()
        assert row == (0, None)
    finally:
        shop.close()


def test_an_invoice_dated_later_is_not_owed_yet(
    shop: Shop, customer: CustomerRecord, today: date
) -> None:
    shop.invoices.create_invoice(customer.id, "F1", today + timedelta(days=3), m("80.00"))
    assert owed_everywhere(shop, customer.id, today) == {m("0.00")}
    assert shop.invoices.for_customer(customer.id, open_only=True) == []
    assert owed_everywhere(shop, customer.id, today + timedelta(days=3)) - {
        shop.customers.get(customer.id).balance  # cached as of today, rightly still 0
    } == {m("80.00")}


def test_check_finds_a_wrong_cache_or_paid_amount(
    shop: Shop, customer: CustomerRecord, today: date
) -> None:
    shop.invoices.create_invoice(customer.id, "I1", d("2026-09-01"), m("100.00"))
    shop.payments.record_payment(customer.id, d("2026-09-05"), m("40.00"))
    assert check_database(shop.db) == []
    shop.db.execute_sql("UPDATE customer SET balance = balance + 1")
    assert any("cached balance" in p for p in check_database(shop.db))
    ledger_read.refresh(shop.execute)
    assert check_database(shop.db) == []
    shop.db.execute_sql("UPDATE debit SET paid = 0")
    assert any("paid amount" in p for p in check_database(shop.db))


def test_paid_follows_every_allocation_change(shop: Shop, customer: CustomerRecord) -> None:
    """The triggers keep ``debit.paid`` = Σ allocations through pay, void and re-settle."""
    a = shop.invoices.create_invoice(customer.id, "A", d("2026-01-01"), m("100.00"))
    b = shop.invoices.create_invoice(customer.id, "B", d("2026-01-02"), m("100.00"))
    p = shop.payments.record_payment(customer.id, d("2026-01-05"), m("150.00"))

    def paid() -> dict[int, int]:
        return dict(shop.db.execute_sql("SELECT id, paid FROM debit").fetchall())

    assert paid() == {a.id: 10000, b.id: 5000}
    shop.invoices.void(a.id, "typo")
    assert paid() == {a.id: 0, b.id: 10000}
    shop.payments.void(p.id, "bounced")
    assert paid() == {a.id: 0, b.id: 0}
    assert check_database(shop.db) == []
