"""The shell: screens registered in one place, built lazily, remembered; cards open once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.records import CustomerRecord
from arapp.ui.customers_view import CustomersView
from arapp.ui.main_window import SCREENS
from tests.ui.conftest import make_window


def test_screens_are_listed_and_built_when_first_opened(qtbot: QtBot, shop: Shop) -> None:
    window = make_window(qtbot, shop)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Customers",
        "Aging",
    ]
    assert [s.key for s in SCREENS] == ["customers", "aging"]
    assert set(window.screens) == {"customers"}  # the aging report is not computed yet
    window.nav.setCurrentRow(1)
    assert set(window.screens) == {"customers", "aging"}
    assert window.stack.currentWidget() is window.screens["aging"]


def test_last_screen_is_remembered(qtbot: QtBot, shop: Shop) -> None:
    window = make_window(qtbot, shop)
    window.show_screen("aging")
    window.close()
    again = make_window(qtbot, shop)
    assert again.current_screen_key() == "aging"


def test_ctrl_f_goes_to_the_customer_search(qtbot: QtBot, shop: Shop) -> None:
    window = make_window(qtbot, shop)
    window.show_screen("aging")
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    view = window.screens["customers"]
    assert isinstance(view, CustomersView)
    assert window.stack.currentWidget() is view
    assert window.focusWidget() is view.search


def test_activating_a_customer_anywhere_opens_one_card(
    qtbot: QtBot, shop: Shop, customer: CustomerRecord
) -> None:
    window = make_window(qtbot, shop)
    window.screens["customers"].customerActivated.emit(customer.id)  # type: ignore[attr-defined]
    window.show_screen("aging")
    window.screens["aging"].customerActivated.emit(customer.id)  # type: ignore[attr-defined]
    assert list(window.cards) == [customer.id]
    card = window.cards[customer.id]
    assert card.isVisible()
    card.close()
    qtbot.waitUntil(lambda: customer.id not in window.cards)


def test_a_change_on_a_card_refreshes_the_list(
    qtbot: QtBot, shop: Shop, customer: CustomerRecord
) -> None:
    from datetime import date
    from decimal import Decimal

    window = make_window(qtbot, shop)
    view = window.screens["customers"]
    assert isinstance(view, CustomersView)
    card = window.open_card(customer.id)
    shop.invoices.create_invoice(customer.id, "77", date(2026, 1, 1), Decimal("50"))
    card.changed.emit(customer.id)
    assert view.model.record(0).balance == Decimal("50.00")
