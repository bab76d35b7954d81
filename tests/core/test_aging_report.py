"""Aging report as of a date (services): DESIGN's as-of rules on hand-computed ledgers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.aging import COLUMNS, AgingRow
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput, CustomerRecord
from arapp.core.services.settings import BusinessDetails
from tests.conftest import d, m
from tests.core.conftest import raw_aging, read_raw


def row(**values: str) -> AgingRow:
    """An AgingRow from the non-zero columns; total is given explicitly, never derived."""
    return AgingRow(**{k: m(v) for k, v in values.items()})


@pytest.fixture
def history(shop: Shop, customer: CustomerRecord) -> CustomerRecord:
    """INV-1 1000.00 issued 1 Jan due 31 Jan; INV-2 500.50 issued 10 Feb due 12 Mar;
    300.00 paid 15 Feb and 200.00 paid 5 Apr, both to INV-1 (oldest due)."""
    inv = shop.invoices
    inv.create_invoice(customer.id, "INV-1", d("2026-01-01"), m("1000.00"), d("2026-01-31"))
    inv.create_invoice(customer.id, "INV-2", d("2026-02-10"), m("500.50"), d("2026-03-12"))
    shop.payments.record_payment(customer.id, d("2026-02-15"), m("300.00"))
    shop.payments.record_payment(customer.id, d("2026-04-05"), m("200.00"))
    return customer


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # Before anything was issued: nothing.
        ("2025-12-31", row()),
        # Only INV-1 exists, not yet due.
        ("2026-01-15", row(current="1000.00", total="1000.00")),
        # Due date itself: 0 days late is still current.
        ("2026-01-31", row(current="1000.00", total="1000.00")),
        ("2026-02-01", row(d1_30="1000.00", total="1000.00")),
        # INV-2 issued on D counts; the 15 Feb payment does not yet.
        ("2026-02-10", row(current="500.50", d1_30="1000.00", total="1500.50")),
        # 29 days after 31 Jan (February 2026 has 28 days); 300.00 paid by then.
        ("2026-03-01", row(current="500.50", d1_30="700.00", total="1200.50")),
        ("2026-03-02", row(current="500.50", d1_30="700.00", total="1200.50")),
        ("2026-03-03", row(current="500.50", d31_60="700.00", total="1200.50")),
        # 1 Apr: INV-1 60 days late, INV-2 20 days; the 5 Apr payment is still to come.
        ("2026-04-01", row(d1_30="500.50", d31_60="700.00", total="1200.50")),
        ("2026-04-02", row(d1_30="500.50", d61_90="700.00", total="1200.50")),
        ("2026-04-05", row(d1_30="500.50", d61_90="500.00", total="1000.50")),
        # 1 May: INV-1 90 days late, INV-2 50 days.
        ("2026-05-01", row(d31_60="500.50", d61_90="500.00", total="1000.50")),
        ("2026-05-02", row(d31_60="500.50", d91_plus="500.00", total="1000.50")),
        ("2026-06-10", row(d61_90="500.50", d91_plus="500.00", total="1000.50")),
        ("2026-06-11", row(d91_plus="1000.50", total="1000.50")),
    ],
)
def test_as_of_history(shop: Shop, history: CustomerRecord, as_of: str, expected: AgingRow) -> None:
    assert shop.aging.customer(history.id, d(as_of)) == expected
    report = shop.aging.report(d(as_of))
    if expected.is_zero():
        assert report.customers == ()
    else:
        (line,) = report.customers
        assert (line.customer_id, line.code, line.name) == (history.id, "C001", "דוד כהן")
        assert line.row == expected
    assert report.totals == expected
    # The independent recomputation from the raw rows agrees.
    assert expected.as_dict() == raw_aging(read_raw(shop.db), history.id, d(as_of))


def test_unapplied_credit_as_of(shop: Shop, customer: CustomerRecord) -> None:
    """250.00 paid 10 Jan with nothing to pay; INV-10 100.00 issued 1 Feb takes 100.00 of
    it. Before 1 Feb the whole 250.00 was unapplied, even though it is applied today."""
    shop.payments.record_payment(customer.id, d("2026-01-10"), m("250.00"))
    shop.invoices.create_invoice(
        customer.id, "INV-10", d("2026-02-01"), m("100.00"), d("2026-02-01")
    )
    aging = shop.aging
    assert aging.customer(customer.id, d("2026-01-09")) == row()
    assert aging.customer(customer.id, d("2026-01-10")) == row(credit="-250.00", total="-250.00")
    assert aging.customer(customer.id, d("2026-01-31")) == row(credit="-250.00", total="-250.00")
    assert aging.customer(customer.id, d("2026-02-01")) == row(credit="-150.00", total="-150.00")
    assert aging.customer(customer.id, d("2026-12-31")) == row(credit="-150.00", total="-150.00")
    assert aging.report(d("2026-01-09")).customers == ()


def test_payment_dated_before_invoice_and_after_d(shop: Shop, customer: CustomerRecord) -> None:
    """A payment dated after D leaves the item open as of D, though applied today."""
    inv = shop.invoices.create_invoice(
        customer.id, "1", d("2026-01-01"), m("80.00"), d("2026-01-01")
    )
    shop.payments.record_payment(customer.id, d("2026-03-01"), m("80.00"), picked=[inv.id])
    assert shop.aging.customer(customer.id, d("2026-02-28")) == row(d31_60="80.00", total="80.00")
    assert shop.aging.customer(customer.id, d("2026-03-01")) == row()
    assert shop.aging.report(d("2026-03-01")).customers == ()


def test_disputed_item_and_waiting_credit_both_show(shop: Shop, customer: CustomerRecord) -> None:
    inv = shop.invoices.create_invoice(
        customer.id, "1", d("2026-01-01"), m("100.00"), d("2026-01-15")
    )
    shop.invoices.set_disputed(inv.id, True)
    shop.payments.record_payment(customer.id, d("2026-01-20"), m("100.00"))
    expected = row(d1_30="100.00", credit="-100.00", total="0.00")
    assert shop.aging.customer(customer.id, d("2026-01-31")) == expected
    (line,) = shop.aging.report(d("2026-01-31")).customers
    assert line.row == expected  # total zero, but not everything zero: it is listed


def test_void_records_do_not_count(shop: Shop, customer: CustomerRecord) -> None:
    a = shop.invoices.create_invoice(
        customer.id, "A", d("2026-01-01"), m("100.00"), d("2026-01-10")
    )
    shop.invoices.create_invoice(customer.id, "B", d("2026-01-02"), m("40.00"), d("2026-01-20"))
    p = shop.payments.record_payment(customer.id, d("2026-01-05"), m("60.00"))
    as_of = d("2026-02-15")
    assert shop.aging.customer(customer.id, as_of) == row(
        d31_60="40.00", d1_30="40.00", total="80.00"
    )
    shop.payments.void(p.id, "bounced")
    assert shop.aging.customer(customer.id, as_of) == row(
        d31_60="100.00", d1_30="40.00", total="140.00"
    )
    shop.invoices.void(a.id, "cancelled")
    assert shop.aging.customer(customer.id, as_of) == row(d1_30="40.00", total="40.00")


def test_report_totals_order_and_zero_customers(shop: Shop, customer: CustomerRecord) -> None:
    cs = shop.customers
    zeta = cs.create(CustomerInput(code="Z9", name="Zeta"))
    alpha = cs.create(CustomerInput(code="A1", name="Alpha"))
    settled = cs.create(CustomerInput(code="M5", name="Settled"))
    cs.create(CustomerInput(code="Q0", name="Never bought"))
    inv = shop.invoices
    as_of = d("2026-03-31")
    # C001: three thirds, one agora over-paid.
    for n in range(3):
        inv.create_invoice(customer.id, f"T{n}", d("2026-03-01"), m("33.33"), d("2026-03-31"))
    shop.payments.record_payment(customer.id, d("2026-03-15"), m("100.00"))
    # Z9: 0.01 late 91 days and 1234.56 late 31 days.
    inv.create_invoice(zeta.id, "Z-1", d("2025-12-01"), m("0.01"), d("2025-12-30"))
    inv.create_invoice(zeta.id, "Z-2", d("2026-02-01"), m("1234.56"), d("2026-02-28"))
    # A1: 999.99 due in the future, credit note 0.99 on it.
    a1 = inv.create_invoice(alpha.id, "A-1", d("2026-03-30"), m("999.99"), d("2026-04-29"))
    shop.payments.record_credit_note(alpha.id, "CN-1", d("2026-03-31"), m("0.99"), a1.id)
    # M5: invoiced and paid in full; later invoice after D.
    inv.create_invoice(settled.id, "M-1", d("2026-01-01"), m("50.00"))
    shop.payments.record_payment(settled.id, d("2026-01-02"), m("50.00"))
    inv.create_invoice(settled.id, "M-2", d("2026-04-01"), m("70.00"))

    report = shop.aging.report(as_of)
    assert report.as_of == as_of
    assert report.currency == "ILS"
    assert [c.code for c in report.customers] == ["A1", "C001", "Z9"]
    rows = {c.code: c.row for c in report.customers}
    assert rows["A1"] == row(current="999.00", total="999.00")
    assert rows["C001"] == row(credit="-0.01", total="-0.01")
    assert rows["Z9"] == row(d31_60="1234.56", d91_plus="0.01", total="1234.57")
    assert report.totals == row(
        current="999.00", d31_60="1234.56", d91_plus="0.01", credit="-0.01", total="2233.56"
    )
    for column in COLUMNS:
        assert getattr(report.totals, column) == sum(
            (getattr(c.row, column) for c in report.customers), Decimal(0)
        )
    for c in report.customers:
        assert c.row.total == sum((getattr(c.row, k) for k in COLUMNS if k != "total"), Decimal(0))
        assert str(c.row.total) == str(c.row.total.quantize(Decimal("0.01")))
    raw = read_raw(shop.db)
    for c in report.customers:
        assert c.row.as_dict() == raw_aging(raw, c.customer_id, as_of)


def test_report_currency_follows_settings(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    first = Shop.open(path)
    first.settings.save_business(BusinessDetails(name="X", currency="EUR"))
    first.close()
    reopened = Shop.open(path)
    try:
        assert reopened.aging.report(d("2026-01-01")).currency == "EUR"
    finally:
        reopened.close()


def test_report_currency_follows_a_change_without_reopening(shop: Shop) -> None:
    assert shop.aging.report(d("2026-01-01")).currency == "ILS"
    shop.settings.save_business(BusinessDetails(name="X", currency="EUR"))
    assert shop.aging.report(d("2026-01-01")).currency == "EUR"
