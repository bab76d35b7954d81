"""A payment confirmation (issue #17, 3): what the core decides it says."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arapp.core.errors import UserError
from arapp.core.letters.data import PaymentConfirmationData
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput, CustomerRecord
from tests.strategies import money


@pytest.fixture
def debtor(shop: Shop) -> CustomerRecord:
    c = shop.customers.create(CustomerInput(code="C7", name="דוד כהן", language="he"))
    shop.invoices.create_invoice(c.id, "A-1", date(2026, 1, 1), Decimal("100.00"),
                                 date(2026, 1, 31))
    shop.invoices.create_invoice(c.id, "A-2", date(2026, 2, 1), Decimal("250.00"),
                                 date(2026, 2, 28))
    return c


def data_of(shop: Shop, credit_id: int, lang: str | None = None) -> PaymentConfirmationData:
    draft = shop.confirmations.payment_confirmation(credit_id, lang, date(2026, 3, 6))
    assert isinstance(draft.data, PaymentConfirmationData)
    return draft.data


def test_what_the_payment_paid_and_the_balance_after(shop: Shop, debtor: CustomerRecord) -> None:
    p = shop.payments.record_payment(debtor.id, date(2026, 3, 5), Decimal("180.00"), "check",
                                     "000123")
    draft = shop.confirmations.payment_confirmation(p.id, letter_date=date(2026, 3, 6))
    assert (draft.kind, draft.lang, draft.amount, draft.ladder_level) == (
        "payment_confirmation", "he", Decimal("180.00"), None)
    data = draft.data
    assert isinstance(data, PaymentConfirmationData)
    assert [(r.number, r.amount, r.paid, r.open_after) for r in data.items] == [
        ("A-1", Decimal("100.00"), Decimal("100.00"), Decimal("0.00")),
        ("A-2", Decimal("250.00"), Decimal("80.00"), Decimal("170.00")),
    ]
    assert data.balance_after == Decimal("170.00") and data.unapplied == Decimal("0.00")
    assert (data.payment_date, data.amount, data.reference) == (
        date(2026, 3, 5), Decimal("180.00"), "000123")
    assert data.method == "שיק"  # the method's label in the document's language
    assert "אינו חשבונית מס" in data.notice and "קבלה" in data.notice
    assert data.recipient.name == "דוד כהן" and data.letter_date == date(2026, 3, 6)
    text = " ".join((data.subject, *data.paragraphs))
    assert "180.00" in text and "05/03/2026" in text and "170.00" in text
    english = data_of(shop, p.id, "en")
    assert english.method == "Cheque" and "not a tax invoice" in english.notice
    arabic = data_of(shop, p.id, "ar")
    assert arabic.method == "شيك" and "ليست فاتورة ضريبية" in arabic.notice


def test_an_overpayment_shows_the_credit_left(shop: Shop, debtor: CustomerRecord) -> None:
    p = shop.payments.record_payment(debtor.id, date(2026, 3, 5), Decimal("400.00"))
    data = data_of(shop, p.id, "en")
    assert data.unapplied == Decimal("50.00")
    assert data.balance_after == Decimal("-50.00")
    assert [r.open_after for r in data.items] == [Decimal("0.00"), Decimal("0.00")]


def test_the_balance_after_is_as_of_the_payments_day(shop: Shop, debtor: CustomerRecord) -> None:
    """A payment and the records after it: the confirmation shows the payment's own day,
    however late it is printed (a post-dated cheque, a reprint a month later)."""
    p = shop.payments.record_payment(debtor.id, date(2026, 3, 5), Decimal("100.00"))
    shop.payments.record_payment(debtor.id, date(2026, 3, 20), Decimal("50.00"))
    shop.invoices.create_invoice(debtor.id, "A-3", date(2026, 3, 10), Decimal("30.00"))
    data = data_of(shop, p.id)
    assert data.balance_after == Decimal("250.00")
    assert [(r.number, r.open_after) for r in data.items] == [("A-1", Decimal("0.00"))]


def test_a_payment_that_paid_nothing_yet(shop: Shop) -> None:
    c = shop.customers.create(CustomerInput(code="C8", name="Early", language="en"))
    p = shop.payments.record_payment(c.id, date(2026, 3, 5), Decimal("20.00"), "cash")
    data = data_of(shop, p.id)
    assert data.items == () and data.unapplied == Decimal("20.00")
    assert data.balance_after == Decimal("-20.00")
    assert data.reference == "" and not any("Reference" in t for t in data.paragraphs)


def test_refusals(shop: Shop, debtor: CustomerRecord) -> None:
    note = shop.payments.record_credit_note(debtor.id, "CN-1", date(2026, 3, 1), Decimal("5.00"))
    with pytest.raises(UserError, match="credit note"):
        shop.confirmations.payment_confirmation(note.id)
    p = shop.payments.record_payment(debtor.id, date(2026, 3, 5), Decimal("10.00"))
    shop.payments.void(p.id, "bounced")
    with pytest.raises(UserError, match="void"):
        shop.confirmations.payment_confirmation(p.id)
    with pytest.raises(UserError, match="no longer exists"):
        shop.confirmations.payment_confirmation(9999)


def test_it_is_recorded_like_a_letter(shop: Shop, debtor: CustomerRecord) -> None:
    p = shop.payments.record_payment(debtor.id, date(2026, 3, 5), Decimal("10.00"))
    draft = shop.confirmations.payment_confirmation(p.id, letter_date=date(2026, 3, 6))
    document_id = shop.letters.issue(draft, b"%PDF-1.4 confirmation")
    record = shop.letters.document(document_id)
    assert (record.kind, record.amount, record.letter_date) == (
        "payment_confirmation", Decimal("10.00"), date(2026, 3, 6))
    assert shop.letters.letters_due(date(2026, 6, 30))  # it is no ladder step


@given(amount=money("0.01", "600.00"), day=st.integers(0, 40))
def test_paid_plus_credit_is_the_payment(amount: Decimal, day: int) -> None:
    shop = Shop.open(":memory:")
    try:
        c = shop.customers.create(CustomerInput(code="C9", name="P"))
        for n, value in enumerate(("100.00", "250.00", "0.01")):
            shop.invoices.create_invoice(c.id, f"I-{n}", date(2026, 1, 1 + n),
                                         Decimal(value), date(2026, 2, 1 + n))
        on = date(2026, 1, 10) + timedelta(days=day)
        p = shop.payments.record_payment(c.id, on, amount)
        data = data_of(shop, p.id)
        assert sum((r.paid for r in data.items), Decimal(0)) + data.unapplied == amount
        assert data.balance_after == Decimal("350.01") - amount
        for r in data.items:
            assert r.open_after == r.amount - r.paid  # the only payment
    finally:
        shop.close()
