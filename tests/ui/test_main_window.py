"""The shell: screens registered in one place, built lazily, remembered; cards open once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arapp import __version__
from arapp.core.services import Shop
from arapp.core.services.records import CustomerRecord
from arapp.ui.customers.customers_view import CustomersView
from arapp.ui.ops.changes import Changes, announce
from arapp.ui.shell.screens import screens
from tests.ui.conftest import make_window


def test_screens_are_listed_and_built_when_first_opened(qtbot: QtBot, shop: Shop) -> None:
    window = make_window(qtbot, shop)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Today",
        "Customers",
        "Aging",
        "Cheques",
        "Reports",
    ]
    assert [s.key for s in screens()] == ["today", "customers", "aging", "cheques", "reports"]
    assert set(window.screens) == {"today"}  # the aging report is not computed yet
    window.nav.setCurrentRow(2)
    assert set(window.screens) == {"today", "aging"}
    assert window.stack.currentWidget() is window.screens["aging"]


def test_the_app_opens_on_today_whatever_was_shown_last(qtbot: QtBot, shop: Shop) -> None:
    window = make_window(qtbot, shop)
    assert window.current_screen_key() == "today"
    window.show_screen("aging")
    window.close()
    again = make_window(qtbot, shop)
    assert again.current_screen_key() == "today"


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
    window.show_screen("customers").customerActivated.emit(customer.id)  # type: ignore[attr-defined]
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
    view = window.show_screen("customers")
    assert isinstance(view, CustomersView)
    card = window.open_card(customer.id)
    shop.invoices.create_invoice(customer.id, "77", date(2026, 1, 1), Decimal("50"))
    announce(Changes(customers=frozenset({customer.id}), ledger=True))
    assert view.model.record(0).balance == Decimal("50.00")
    assert "77" in [r.number for r in card.invoices.records.rows()]  # the card listens too


def test_a_quickly_opened_shop_loads_its_orm_after_the_window_shows(
    qtbot: QtBot, tmp_path: object
) -> None:
    """The app's own start: the window is built on the plain connection; the ORM loads
    in the warm-up on that connection; a payment taken in the card shows in the list."""
    from datetime import date
    from decimal import Decimal
    from pathlib import Path

    from arapp.core.services.records import CustomerInput
    from arapp.core.services.settings import BusinessDetails

    path = Path(str(tmp_path)) / "shop.sqlite3"
    setup = Shop.open(path)
    setup.settings.save_business(BusinessDetails(name="Corner Shop"))
    made = setup.customers.create(CustomerInput(code="C1", name="Dana"))
    setup.invoices.create_invoice(made.id, "1", date(2026, 1, 1), Decimal("100"))
    setup.close()

    shop = Shop.open_quickly(path)
    try:
        window = make_window(qtbot, shop)
        assert window.windowTitle() == "Corner Shop — arapp"
        view = window.show_screen("customers")
        assert isinstance(view, CustomersView)
        assert view.model.record(0).balance == Decimal("100")
        qtbot.waitUntil(lambda: shop._db is not None)  # the warm-up loaded the ORM
        card = window.open_card(made.id)
        shop.payments.record_payment(made.id, date(2026, 2, 1), Decimal("40"))
        # What the card's payment dialog announces after recording.
        announce(Changes(customers=frozenset({made.id}), ledger=True))
        qtbot.waitUntil(lambda: view.model.record(0).balance == Decimal("60"))
        card.close()
    finally:
        shop.close()


def test_the_aging_screen_is_not_imported_at_start_up(tmp_path: Path) -> None:
    # The nav lists every registered screen from the feature packages' declarations only.

    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from arapp.core.services import Shop; from arapp.ui.shell.main_window import MainWindow; "
        f"shop = Shop.open_quickly({str(tmp_path)!r} + '/s.sqlite3'); w = MainWindow(shop); "
        "print([w.nav.item(i).text() for i in range(w.nav.count())], "
        "'arapp.ui.aging.aging_view' in sys.modules)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    listed = "['Today', 'Customers', 'Aging', 'Cheques', 'Reports'] False"
    assert done.stdout.strip() == listed, done.stderr


def test_the_side_bar_is_wide_enough_for_its_longest_title(qtbot: QtBot, shop: Shop) -> None:
    from arapp.ui.shell import screens as screens_module

    long_title = "Follow-ups, promises and installments due today"
    screens_module.declare_screen("long_probe", long_title, 99, "arapp.ui.customers")
    try:
        window = make_window(qtbot, shop)
        row = window.nav.count() - 1
        assert window.nav.item(row).text() == long_title
        needed = window.nav.fontMetrics().horizontalAdvance(long_title)
        assert window.nav.visualItemRect(window.nav.item(row)).width() > needed
        assert window.nav.width() > needed
    finally:
        del screens_module._DECLARED["long_probe"]


def test_ctrl_q_quits_from_a_customer_card(
    qtbot: QtBot, shop: Shop, customer: CustomerRecord
) -> None:
    window = make_window(qtbot, shop)
    card = window.open_card(customer.id)
    qtbot.waitUntil(card.isActiveWindow)
    card.invoices.setFocus()
    qtbot.keyClick(card.invoices, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not card.isVisible()


def test_about_shows_the_version(qtbot: QtBot, shop: Shop) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window = make_window(qtbot, shop)
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(50, read_and_close)
    window.about_action.trigger()
    assert shown and __version__ in shown[0]
