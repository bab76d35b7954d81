"""Counts read right in every language (Qt's %n plurals, English included through its
plural-only translation file), and a returned cheque's fee is described in the UI
language although the ledger stores no words for it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from arapp.core.cheques import ChequeInput
from arapp.core.services import Shop
from arapp.ui.cheques.cheques_view import ChequesView
from arapp.ui.i18n.labels import debit_description
from arapp.ui.i18n.language import manager
from tests.ui.conftest import add_customer

TODAY = date.today()


def add_cheques(shop: Shop, count: int) -> None:
    firm = add_customer(shop, "B01", "Firm", kind="business")
    for n in range(count):
        shop.cheques.add(firm.id, ChequeInput(
            bank="12", branch="345", account="6789", number=str(100 + n),
            amount=Decimal("10.00"), date=TODAY))


@pytest.mark.parametrize(("lang", "count", "start"), [
    ("en", 1, "1 cheque · total"),
    ("en", 2, "2 cheques · total"),
    ("he", 1, "1 שיק · סה״כ"),
    ("he", 2, "2 שיקים · סה״כ"),
    ("ar", 1, "1 شيك · المجموع"),
    ("ar", 3, "3 شيكات · المجموع"),
    ("ar", 11, "11 شيكًا · المجموع"),
])
def test_the_cheques_count(qtbot: QtBot, shop: Shop, lang: str, count: int,
                           start: str) -> None:
    manager().set_language(lang, persist=False)
    add_cheques(shop, count)
    view = ChequesView(shop)
    qtbot.addWidget(view)
    assert view.totals.text().startswith(start), view.totals.text()


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "Bank fee, returned cheque \u20661001\u2069"),
    ("he", "עמלת בנק, שיק חוזר \u20661001\u2069"),
    ("ar", "عمولة البنك، شيك مرتجع \u20661001\u2069"),
])
def test_a_returned_cheques_fee_is_described_in_the_ui_language(
    qtbot: QtBot, lang: str, words: str
) -> None:
    manager().set_language(lang, persist=False)
    assert debit_description("fee", "CHQ-1001", "12/345/678901") == words
    assert debit_description("invoice", "A-1", "Tiles") == "Tiles"
    assert debit_description("fee", "LATE-3", "late fee") == "late fee"


@pytest.mark.parametrize(("lang", "returned", "replaced"), [
    ("en", "cheque returned: Insufficient funds", "cheque replaced"),
    ("he", "שיק חזר: אין כיסוי מספיק", "השיק הוחלף"),
    ("ar", "شيك مرتجع: رصيد غير كافٍ", "استُبدل الشيك"),
])
def test_a_cheque_payments_void_reason_is_shown_in_the_ui_language(
    qtbot: QtBot, shop: Shop, lang: str, returned: str, replaced: str
) -> None:
    from arapp.ui.i18n.labels import void_reason_text

    manager().set_language(lang, persist=False)
    add_cheques(shop, 2)
    first, second = shop.cheques.list()
    shop.cheques.return_cheque(first.id, "insufficient_funds")
    shop.cheques.replace(second.id, cash_amount=Decimal("10.00"))
    reasons = {p.void_reason for p in shop.payments.for_customer(first.customer_id,
                                                                   include_void=True)
               if p.voided}
    assert reasons == {"cheque returned: insufficient_funds", "cheque replaced"}
    assert void_reason_text("cheque returned: insufficient_funds") == returned
    assert void_reason_text("cheque replaced") == replaced
    assert void_reason_text("typed by the owner") == "typed by the owner"
