"""The cheque deposit list (issue #19) as PDF in he/ar/en, read back with pdftotext:
each deposit's day, account and cheques, totals per deposit and for the list; cheque
numbers, bank/branch/account numbers and amounts never reversed in right-to-left pages."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.cheques import ChequeInput
from arapp.core.errors import UserError
from arapp.core.letters.data import DepositListData
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.core.templates import labels
from arapp.documents.render import render_document
from tests.documents.test_letter_pdf import extract, nospace

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"
)

DAY = date(2026, 5, 10)


@pytest.fixture
def deposited() -> Iterator[tuple[Shop, list[int]]]:
    """Two deposits on consecutive days: two cheques into a named account, then one."""
    shop = Shop.open(":memory:")
    a = shop.customers.create(CustomerInput(code="C01", name="סמיר חורי"))
    b = shop.customers.create(CustomerInput(code="C02", name="Yossi Levi"))
    made = []
    for number, customer, amount, day, account, drawer in (
        ("1000", a, "1200.50", DAY, "123456789", ""),
        ("1001", b, "800.00", DAY - timedelta(days=3), "4455", "شركة النور"),
        ("1002", a, "15000.00", DAY - timedelta(days=1), "123456789", ""),
    ):
        made.append(shop.cheques.add(customer.id, ChequeInput(
            bank="12", branch="345", account=account, number=number, amount=Decimal(amount),
            date=day, drawer_name=drawer, drawer_id="000000018" if drawer else "")).record.id)
    batches = [shop.cheques.deposit(made[:2], DAY, "Leumi 10-800-1234567"),
               shop.cheques.deposit(made[2:], DAY + timedelta(days=1))]
    try:
        yield shop, batches
    finally:
        shop.close()


def test_the_data_groups_deposits_by_day(deposited: tuple[Shop, list[int]]) -> None:
    shop, batches = deposited
    ids = shop.deposit_lists.deposit_ids(DAY, DAY + timedelta(days=1))
    assert ids == batches
    assert shop.deposit_lists.deposit_ids(DAY + timedelta(days=1), DAY + timedelta(days=9)) \
        == batches[1:]
    data = shop.deposit_lists.document(list(reversed(ids)), "en", on=DAY)
    assert isinstance(data, DepositListData)
    assert [d.date for d in data.deposits] == [DAY, DAY + timedelta(days=1)]  # oldest first
    first, second = data.deposits
    assert first.bank_account == "Leumi 10-800-1234567" and second.bank_account == ""
    assert [c.number for c in first.cheques] == ["1001", "1000"]  # by the date on them
    assert first.cheques[0].drawer == "شركة النور"  # a third party's name
    assert first.cheques[1].drawer == "סמיר חורי"  # the customer drew it
    assert first.total == Decimal("2000.50") and second.total == Decimal("15000.00")
    assert (data.total, data.count) == (Decimal("17000.50"), 3)


def test_nothing_to_list_is_refused(deposited: tuple[Shop, list[int]]) -> None:
    shop, _ = deposited
    with pytest.raises(UserError, match="No cheques were deposited"):
        shop.deposit_lists.document(
            shop.deposit_lists.deposit_ids(DAY + timedelta(days=5), DAY + timedelta(days=9)),
            "he")
    with pytest.raises(UserError, match="ends before it starts"):
        shop.deposit_lists.deposit_ids(DAY, DAY - timedelta(days=1))
    with pytest.raises(UserError, match="No deposit 99"):
        shop.deposit_lists.document([99], "he")


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_the_pdf_reads_back_in_every_language(
    deposited: tuple[Shop, list[int]], lang: str, tmp_path: Path
) -> None:
    shop, batches = deposited
    pdf = render_document(shop.deposit_lists.document(batches, lang, on=DAY))
    assert pdf.startswith(b"%PDF-")
    text = extract(pdf, tmp_path)
    compact = nospace(text)
    words = labels(lang)
    for key in ("letter_deposit_list", "dep_deposited_on", "dep_bank_account",
                "dep_day_total", "dep_grand_total"):
        assert nospace(words[key]) in compact, key
    for key in ("col_cheque", "col_bank", "col_drawer", "col_customer", "col_cheque_date"):
        # A narrow column's header may wrap: every word of it is there.
        assert all(word in text for word in words[key].split()), key
    # Numbers as printed on the cheques and in the bank's books, in their own order.
    for number in ("12/345/123456789", "12/345/4455", "1,200.50", "800.00", "15,000.00",
                   "2,000.50", "17,000.50", "10/05/2026", "11/05/2026", "07/05/2026",
                   "Leumi 10-800-1234567", "1000", "1001", "1002"):
        assert number in text, number
    assert "987654321/543/21" not in text and "05.002,1" not in text
    # Each cheque's row holds its number, account and amount together (one table row).
    row = next(line for line in text.splitlines() if "1002" in line and "12/345" in line)
    assert "12/345/123456789" in row and "15,000.00" in row and "09/05/2026" in row
