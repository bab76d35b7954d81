"""The customer list: pages lazily, searches as you type (debounced), sorts by header."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.customers import CustomerQuery
from arapp.ui import display
from arapp.ui.customers.customers_model import (
    COL_BALANCE,
    COL_CODE,
    COL_DAYS_LATE,
    COL_NAME,
    COL_PHONES,
    COL_STATUS,
    PAGE_SIZE,
)
from arapp.ui.customers.customers_view import CustomersView
from arapp.ui.widgets.badges import BadgesRole
from tests.ui.conftest import add_customer


def make_view(qtbot: QtBot, shop: Shop) -> CustomersView:
    view = CustomersView(shop)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    with qtbot.waitExposed(view):
        view.show()
    return view


def click_header(qtbot: QtBot, view: CustomersView, column: int) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_opens_with_one_page_of_a_large_shop(qtbot: QtBot, demo_shop: Shop) -> None:
    view = make_view(qtbot, demo_shop)
    assert view.model.total() == 2000
    assert view.model.rowCount() == PAGE_SIZE
    assert "2,000" in view.count_label.text()


def test_scrolling_to_the_end_fetches_the_next_page_only(qtbot: QtBot, demo_shop: Shop) -> None:
    view = make_view(qtbot, demo_shop)
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > PAGE_SIZE)
    assert view.model.rowCount() < view.model.total()
    while view.model.canFetchMore():
        view.model.fetchMore()
    codes = [view.model.record(r).code for r in range(view.model.rowCount())]
    assert len(codes) == len(set(codes)) == 2000


def test_search_waits_for_the_typing_to_stop(qtbot: QtBot, demo_shop: Shop) -> None:
    view = make_view(qtbot, demo_shop)
    target = demo_shop.customers.search(CustomerQuery(), 0, 1)[0]
    qtbot.keyClicks(view.search, target.code)
    assert view.model.total() == 2000  # nothing re-queried while typing
    qtbot.waitUntil(lambda: view.model.total() == 1, timeout=2000)
    assert view.model.record(0).id == target.id


def test_search_by_phone_as_written_and_by_id_number(qtbot: QtBot, demo_shop: Shop) -> None:
    view = make_view(qtbot, demo_shop)
    target = demo_shop.customers.search(CustomerQuery(sort="code"), 10, 1)[0]
    phone = target.phones.split(",")[0].strip()
    view.search.setText(phone)
    qtbot.waitUntil(lambda: view.model.total() < 2000)
    assert target.id in [view.model.customer_id(r) for r in range(view.model.rowCount())]
    view.search.setText(target.id_number)
    qtbot.waitUntil(lambda: view.model.total() == 1)
    assert view.model.record(0).id == target.id


def test_header_click_sorts_through_the_service(qtbot: QtBot, demo_shop: Shop) -> None:
    view = make_view(qtbot, demo_shop)
    click_header(qtbot, view, COL_BALANCE)
    balances = [view.model.record(r).balance for r in range(view.model.rowCount())]
    assert balances == sorted(balances, reverse=True)  # biggest debt first
    assert balances[0] == max(
        c.balance for c in demo_shop.customers.search(CustomerQuery(), 0, 5000)
    )
    click_header(qtbot, view, COL_BALANCE)
    balances = [view.model.record(r).balance for r in range(view.model.rowCount())]
    assert balances == sorted(balances)

    click_header(qtbot, view, COL_DAYS_LATE)
    today = date.today()
    lates = [view.model.record(r).days_late(today) for r in range(view.model.rowCount())]
    assert lates == sorted(lates, reverse=True)  # most days late first

    click_header(qtbot, view, COL_CODE)
    codes = [view.model.record(r).code for r in range(view.model.rowCount())]
    assert codes == sorted(codes)


def test_clicking_an_unsortable_column_keeps_the_order(qtbot: QtBot, demo_shop: Shop) -> None:
    view = make_view(qtbot, demo_shop)
    click_header(qtbot, view, COL_CODE)
    click_header(qtbot, view, COL_PHONES)
    header = view.table.horizontalHeader()
    assert header.sortIndicatorSection() == COL_CODE
    assert view.model.query().sort == "code"


def test_search_and_sort_work_together(qtbot: QtBot, demo_shop: Shop) -> None:
    view = make_view(qtbot, demo_shop)
    click_header(qtbot, view, COL_NAME)  # already by name: the click reverses it
    view.search.setText("C0001")
    qtbot.waitUntil(lambda: view.model.total() < 2000)
    assert all("C0001" in view.model.record(r).code for r in range(view.model.rowCount()))
    names = [view.model.record(r).name for r in range(view.model.rowCount())]
    assert names == sorted(names, reverse=True)


def test_balance_is_money_in_the_ui_language_right_aligned(qtbot: QtBot, shop: Shop) -> None:
    c = add_customer(shop, "K1", "Dana", payment_terms_days=0)
    shop.invoices.create_invoice(c.id, "9001", date(2026, 1, 1), Decimal("1234.5"))
    view = make_view(qtbot, shop)
    index = view.model.index(0, COL_BALANCE)
    assert index.data() == "₪1,234.50"
    alignment = Qt.AlignmentFlag(index.data(Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert alignment & Qt.AlignmentFlag.AlignAbsolute  # not mirrored in Hebrew
    assert int(view.model.index(0, COL_DAYS_LATE).data()) > 0


def test_stop_credit_and_over_limit_show_as_badges(qtbot: QtBot, shop: Shop) -> None:
    over = add_customer(shop, "K1", "Over", credit_limit=Decimal("100"))
    shop.invoices.create_invoice(over.id, "1", date(2026, 1, 1), Decimal("150"), override=True)
    stopped = add_customer(shop, "K2", "Stopped", stop_credit=True)
    add_customer(shop, "K3", "Fine")
    view = make_view(qtbot, shop)
    click_header(qtbot, view, COL_CODE)
    badges = [view.model.index(r, COL_STATUS).data(BadgesRole) for r in range(3)]
    assert [t for t, _ in badges[0]] == ["Over limit"]
    assert [t for t, _ in badges[1]] == ["Stop credit"]
    assert badges[2] == []
    assert view.model.index(0, COL_BALANCE).data(Qt.ItemDataRole.ForegroundRole) == QColor(
        display.DANGER
    )
    assert view.model.record(1).id == stopped.id


def test_enter_on_a_single_match_opens_it(qtbot: QtBot, demo_shop: Shop) -> None:
    view = make_view(qtbot, demo_shop)
    target = demo_shop.customers.search(CustomerQuery(), 5, 1)[0]
    view.search.setText(target.code)
    with qtbot.waitSignal(view.customerActivated) as blocker:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert blocker.args == [target.id]


def test_down_arrow_moves_from_search_to_the_list(qtbot: QtBot, demo_shop: Shop) -> None:
    view = make_view(qtbot, demo_shop)
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.focusWidget() is view.table
    assert view.selected_customer_id() == view.model.customer_id(0)


def test_names_in_the_ui_languages_script_come_first(qtbot: QtBot, shop: Shop) -> None:
    from arapp.ui.i18n.language import manager

    for code, name in (("L1", "Anna Katz"), ("H1", "אבי לוי"), ("A1", "أحمد يوسف")):
        add_customer(shop, code, name)
    manager().set_language("ar", persist=False)
    view = make_view(qtbot, shop)
    assert [view.model.record(r).code for r in range(view.model.rowCount())] == ["A1", "H1", "L1"]

    def codes() -> list[str]:
        return [view.model.record(r).code for r in range(view.model.rowCount())]

    manager().set_language("he", persist=False)  # the open list follows the switch
    qtbot.waitUntil(lambda: codes() == ["H1", "A1", "L1"])
    view.hide()  # a hidden list waits until it is shown
    manager().set_language("en", persist=False)
    qtbot.wait(50)
    assert codes() == ["H1", "A1", "L1"]
    view.show()
    assert codes() == ["L1", "H1", "A1"]


def test_the_count_is_exact_for_the_whole_list_and_capped_for_a_search(
    qtbot: QtBot, demo_shop: Shop, monkeypatch: object
) -> None:
    import arapp.core.services.customer_search as search_module
    import arapp.ui.customers.customers_view as view_module

    monkeypatch.setattr(search_module, "COUNT_CAP", 50)  # type: ignore[attr-defined]
    monkeypatch.setattr(view_module, "COUNT_CAP", 50)  # type: ignore[attr-defined]
    view = make_view(qtbot, demo_shop)
    assert view.count_label.text() == "Customers: 2,000"  # every customer, counted
    view.search.setText("05")  # every mobile phone: more than a search counts
    view._apply_search()
    assert view.count_label.text() == "Customers: \u206650+\u2069"
    view.search.setText("C000001")
    view._apply_search()
    assert view.count_label.text() == "Customers: 1"


def test_down_arrow_right_after_typing_selects_the_first_match(
    qtbot: QtBot, demo_shop: Shop
) -> None:
    view = make_view(qtbot, demo_shop)
    view.search.setFocus()
    qtbot.keyClicks(view.search, "C0012")  # Down before the search has run
    expected = demo_shop.customers.search(CustomerQuery(text="C0012", lang="en"), 0, 1)[0]
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.focusWidget() is view.table
    assert view.selected_customer_id() == expected.id
    with qtbot.waitSignal(view.customerActivated) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [expected.id]
