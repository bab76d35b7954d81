"""Today, the home screen (issue #20, 3): the figures, the work list in the service's
order, and each row done from the list (a call logged, a letter opened, the cheques to
deposit shown), the list read again after a change."""

from __future__ import annotations

import sys
import types
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from arapp.core.cheques import ChequeInput
from arapp.core.services import Shop, clock
from arapp.core.services.records import CustomerRecord
from arapp.core.tasks import Task
from arapp.ui.collection.log_dialog import LogDialog
from arapp.ui.collection.task_table import COL_AMOUNT, COL_LATE, COL_RANK
from arapp.ui.collection.today_view import TodayView
from tests.ui.conftest import add_customer, make_window

TODAY = date(2026, 3, 31)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now_text", lambda: "2026-03-31T10:15:00")


@pytest.fixture
def work(shop: Shop, debtor: CustomerRecord) -> dict[str, int]:
    """The debtor (three overdue invoices: a letter is due) and a firm with a cheque dated
    yesterday, still in hand (to deposit)."""
    firm = add_customer(shop, "B01", "חברת הבניה", kind="business")
    shop.invoices.create_invoice(
        firm.id, "F-1", date(2026, 3, 1), Decimal("5000.00"), due_date=date(2026, 4, 30)
    )
    cheque = ChequeInput(bank="12", branch="345", account="123456", number="1001",
                         amount=Decimal("5000.00"), date=date(2026, 3, 30))
    shop.cheques.add(firm.id, cheque)
    return {"debtor": debtor.id, "firm": firm.id}


def make_view(qtbot: QtBot, shop: Shop) -> TodayView:
    view = TodayView(shop)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(view.is_loaded)
    return view


def test_the_list_is_the_services_in_its_order(
    qtbot: QtBot, shop: Shop, work: dict[str, int]
) -> None:
    view = make_view(qtbot, shop)
    expected = shop.today.tasks(TODAY)
    assert {t.kind for t in expected} >= {"letter_due", "check_to_deposit"}
    assert view.tasks() == expected
    # The figures are the service's, in the UI's formatting.
    summary = shop.today.summary(TODAY)
    assert view.figures.value_text("receivable").endswith(f"₪{summary.receivable:,}")
    assert view.figures.value_text("overdue").endswith(f"₪{summary.overdue:,}")
    assert view.count_label.text() == f"{len(expected)} to do"
    note = "".join(c for c in view.figures.notes["collected"].text() if c not in "\u2066\u2069")
    # The firm's ₪5,000 cheque (dated 30 March) against A-3's ₪300 due 10 March.
    assert note == "1,666.67% of the ₪300.00 that fell due"
    # Sorted by amount the owner's way and back: "#" is the service's order again.
    view.table.sortByColumn(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    amounts = [t.amount for t in view.tasks()]
    assert amounts == sorted(amounts)
    view.table.sortByColumn(COL_RANK, Qt.SortOrder.AscendingOrder)
    assert view.tasks() == expected


def test_an_order_the_owner_chose_holds_when_the_list_is_read_again(
    qtbot: QtBot, shop: Shop, work: dict[str, int]
) -> None:
    view = make_view(qtbot, shop)
    expected = shop.today.tasks(TODAY)
    view.table.sortByColumn(COL_LATE, Qt.SortOrder.DescendingOrder)
    late = [t.days_late for t in view.tasks()]
    assert late == sorted(late, reverse=True) and late != [t.days_late for t in expected]
    view.refresh()
    qtbot.waitUntil(view.is_loaded)
    assert [t.days_late for t in view.tasks()] == late
    # Row 0 is the task shown first, whatever the order.
    assert view.table.task_at(0) == view.tasks()[0]
    view.table.sortByColumn(COL_RANK, Qt.SortOrder.DescendingOrder)
    assert view.tasks() == expected[::-1]


def test_filtering_by_kind(qtbot: QtBot, shop: Shop, work: dict[str, int]) -> None:
    view = make_view(qtbot, shop)
    view.filter.setCurrentIndex(view.filter.findData("check_to_deposit"))
    assert [t.kind for t in view.tasks()] == ["check_to_deposit"]
    assert view.filter.currentText() == "Cheque to deposit (1)"


def test_a_cheque_to_deposit_opens_the_cheques_to_deposit(
    qtbot: QtBot, shop: Shop, work: dict[str, int]
) -> None:
    view = make_view(qtbot, shop)
    row = next(r for r, t in enumerate(view.tasks()) if t.kind == "check_to_deposit")
    with qtbot.waitSignal(view.screenRequested) as signal:
        view.table.activated.emit(view.table.model().index(row, 1))
    assert signal.args == ["cheques", "to_deposit"]


def test_a_letter_due_opens_the_ladders_letter(
    qtbot: QtBot, shop: Shop, work: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int, str]] = []

    class FakeLetterDialog:
        def __init__(self, s: Shop, customer_id: int, parent: QWidget, kind: str) -> None:
            calls.append((customer_id, kind))

        def exec(self) -> int:
            return QDialog.DialogCode.Rejected

        def deleteLater(self) -> None:
            pass

    fake = types.ModuleType("arapp.ui.letters.letter_dialog")
    fake.LetterDialog = FakeLetterDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "arapp.ui.letters.letter_dialog", fake)
    view = make_view(qtbot, shop)
    letter = next(t for t in view.tasks() if t.kind == "letter_due")
    view.do_task(letter)
    assert calls == [(work["debtor"], shop.letters.next_step(work["debtor"], TODAY))]


def test_a_follow_up_is_done_by_logging_the_call(
    qtbot: QtBot, shop: Shop, work: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[int, str]] = []

    def log_it(self: LogDialog) -> int:
        opened.append((self.customer_id, self.kind()))
        self.outcome.setCurrentIndex(self.outcome.findData("reached"))
        self.accept()
        return self.result()

    monkeypatch.setattr(LogDialog, "exec", log_it)
    view = make_view(qtbot, shop)
    task = Task(kind="follow_up", customer_id=work["debtor"], code="C001", name="דוד כהן",
                amount=Decimal("600.00"), date=TODAY, days_late=0, note="", ref_kind="",
                ref_id=None)
    view.do_task(task)
    assert opened == [(work["debtor"], "call")]
    assert [e.outcome for e in shop.interactions.timeline(work["debtor"])][:1] == ["reached"]


def test_installments_and_returned_cheques_open_the_card_on_their_tab(
    qtbot: QtBot, shop: Shop, work: dict[str, int]
) -> None:
    view = make_view(qtbot, shop)
    requests = []
    view.cardRequested.connect(lambda cid, tab: requests.append((cid, tab)))
    base = dict(customer_id=work["debtor"], code="C001", name="x", amount=Decimal(1),
                date=TODAY, days_late=0, note="", ref_kind="", ref_id=None)
    view.do_task(Task(kind="installment_late", **base))  # type: ignore[arg-type]
    view.do_task(Task(kind="check_returned", **base))  # type: ignore[arg-type]
    assert requests == [(work["debtor"], "plans"), (work["debtor"], "cheques")]


def test_the_app_opens_on_today_and_today_follows_changes(
    qtbot: QtBot, shop: Shop, work: dict[str, int]
) -> None:
    window = make_window(qtbot, shop)
    assert window.current_screen_key() == "today"
    view = window.screens["today"]
    assert isinstance(view, TodayView)
    qtbot.waitUntil(view.is_loaded)
    before = len(view.tasks())
    # A cheque deposited elsewhere: its task is gone once the change is announced.
    cheque = shop.cheques.to_deposit(TODAY)[0]
    shop.cheques.deposit([cheque.id], TODAY)
    from arapp.ui.ops.changes import Changes, announce

    announce(Changes(customers=frozenset({work["firm"]}), ledger=True))
    qtbot.waitUntil(lambda: view.is_loaded() and len(view.tasks()) == before - 1)
    assert "check_to_deposit" not in {t.kind for t in view.tasks()}



def test_a_follow_up_from_the_log_is_on_today_until_the_call_is_logged(
    qtbot: QtBot, shop: Shop, work: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime

    from arapp.core.services.interaction_records import InteractionInput

    shop.interactions.log(work["debtor"], InteractionInput(
        kind="call", outcome="no_answer", follow_up_date=TODAY,
        at=datetime(2026, 3, 28, 9, 0),
    ))

    def log_it(self: LogDialog) -> int:
        self.outcome.setCurrentIndex(self.outcome.findData("reached"))
        self.accept()
        return self.result()

    monkeypatch.setattr(LogDialog, "exec", log_it)
    view = make_view(qtbot, shop)
    row = next(r for r, t in enumerate(view.tasks()) if t.kind == "follow_up")
    assert view.tasks()[row].customer_id == work["debtor"]
    view.table.activated.emit(view.table.model().index(row, 1))  # Enter on the row
    # The view is not in a window that refreshes it: read again as the window would.
    view.refresh()
    qtbot.waitUntil(view.is_loaded)
    assert "follow_up" not in {t.kind for t in view.tasks()}


def test_ctrl_k_on_today_logs_for_the_selected_task_and_ctrl_k_elsewhere_does_not(
    qtbot: QtBot, shop: Shop, work: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []

    def log_it(self: LogDialog) -> int:
        opened.append(self.customer_id)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LogDialog, "exec", log_it)
    window = make_window(qtbot, shop)
    view = window.screens["today"]
    assert isinstance(view, TodayView)
    qtbot.waitUntil(view.is_loaded)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert opened == [view.tasks()[0].customer_id]
    window.show_screen("aging")  # Today hidden: its Ctrl+K is not the one that answers
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
