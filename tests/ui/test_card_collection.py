"""The collection workflow on the card and the list (issue #20, 6 and 8): the credit
control prompt in the invoice dialog (refused, or added anyway and logged), the risk
summary, the handover and its display, and Ctrl+K from the customer list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from arapp.core.errors import CreditRefused
from arapp.core.services import Shop, clock
from arapp.core.services.records import CustomerRecord
from arapp.core.templates import strip_isolates
from arapp.ui.collection.handover_dialog import HandoverDialog
from arapp.ui.collection.log_dialog import LogDialog
from arapp.ui.customers.customer_card import CustomerCard
from arapp.ui.customers.customers_model import COL_ON_TIME, COL_STATUS
from arapp.ui.customers.customers_view import CustomersView
from arapp.ui.ledger.invoice_dialog import InvoiceDialog
from arapp.ui.widgets.badges import BadgesRole
from tests.ui.conftest import add_customer

TODAY = date(2026, 3, 31)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now_text", lambda: "2026-03-31T10:15:00")


def make_card(qtbot: QtBot, shop: Shop, customer_id: int) -> CustomerCard:
    card = CustomerCard(shop, customer_id)
    qtbot.addWidget(card)
    with qtbot.waitExposed(card):
        card.show()
    return card


def fill_invoice(dialog: InvoiceDialog, number: str, amount: str) -> None:
    dialog.number.setText(number)
    dialog.issue_date.set_value(TODAY)
    dialog.amount.setText(amount)


@pytest.mark.parametrize("answer", [False, True])
def test_an_invoice_over_the_limit_asks_and_logs_the_override(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch, answer: bool
) -> None:
    limited = add_customer(shop, "L1", "Limited", credit_limit=Decimal("500"), kind="business")
    asked: list[str] = []

    def ask(self: InvoiceDialog, refused: CreditRefused) -> bool:
        asked.append(strip_isolates(self_message(refused)))
        return answer

    monkeypatch.setattr(InvoiceDialog, "add_anyway", ask)
    dialog = InvoiceDialog(shop, limited.id)
    qtbot.addWidget(dialog)
    fill_invoice(dialog, "X-1", "800")
    dialog.accept()
    assert len(asked) == 1 and "over the credit limit" in asked[0]
    kinds = [e.kind for e in shop.interactions.timeline(limited.id)]
    if answer:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert shop.invoices.by_number("X-1").amount == Decimal("800.00")
        assert kinds == ["credit_override"]
        # On the card's timeline, why in words, not the code.
        from arapp.ui.collection.timeline_tab import OUTCOME, TimelineTab

        tab = TimelineTab(shop, limited.id)
        qtbot.addWidget(tab)
        tab.load()
        assert tab.rows()[0][OUTCOME] == "Sale over the credit limit"
    else:
        # Not added, nothing logged, the form kept with the reason under it.
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "over the credit limit" in strip_isolates(dialog.error.text())
        assert shop.invoices.for_customer(limited.id) == []
        assert kinds == []


def self_message(refused: CreditRefused) -> str:
    from arapp.ui.widgets.messages import user_message

    return user_message(refused)


def test_the_card_shows_the_risk_summary(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    # A1 (due 10 Jan) paid 10 days late; A2 and A3 still open.
    shop.payments.record_payment(debtor.id, date(2026, 1, 20), Decimal("100"), method="cash")
    card = make_card(qtbot, shop, debtor.id)
    risk = shop.risk.summary(debtor.id, TODAY)
    assert card.risk == risk
    text = "".join(ch for ch in card.risk_label.text() if ch not in "\u2066\u2067\u2068\u2069")
    assert text == (
        "Payment record: pays on time: 0% · on average 10.0 days late"
        f" · oldest debt {risk.days_late_now} days late"
    )


def test_handover_from_the_card_and_back(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    def hand_over(self: HandoverDialog) -> int:
        self.accept()  # nobody named: refused inline
        seen.append(strip_isolates(self.error.text()))
        self.to.setText("עו\"ד לוי")
        self.on.set_value(date(2026, 3, 30))
        self.accept()
        return self.result()

    seen: list[str] = []
    monkeypatch.setattr(HandoverDialog, "exec", hand_over)
    card = make_card(qtbot, shop, debtor.id)
    assert card.handover_action.text() == "&Hand over…"
    assert card.hand_over_or_take_back()
    assert seen and seen[0]  # a reason was given for the empty name
    again = shop.customers.get(debtor.id)
    assert (again.handed_over_on, again.handed_over_to) == (date(2026, 3, 30), "עו\"ד לוי")
    assert "Handed over to" in strip_isolates(card.flags_label.text())
    assert card.handover_action.text() == "Take the file &back…"
    assert card.timeline.entries()[0].kind == "handed_over"

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert card.hand_over_or_take_back()
    assert shop.customers.get(debtor.id).handed_over_on is None
    assert card.handover_action.text() == "&Hand over…"


def test_ctrl_k_in_the_list_logs_for_the_selected_customer(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []

    def log_it(self: LogDialog) -> int:
        opened.append(self.customer_id)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LogDialog, "exec", log_it)
    shop.customers.hand_over(debtor.id, TODAY, "Agency")
    view = CustomersView(shop)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 1))
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert opened == [debtor.id]
    badges = [text for text, _color in view.model.index(0, COL_STATUS).data(BadgesRole)]
    assert "Handed over" in badges


def test_the_list_flags_a_broken_promise_once_read(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    from datetime import datetime

    from arapp.core.services.interaction_records import InteractionInput

    other = add_customer(shop, "C002", "Keeps promises")
    shop.interactions.log(debtor.id, InteractionInput(
        kind="call", promise_amount=Decimal("100"), promise_date=date(2026, 3, 5),
        at=datetime(2026, 3, 1, 9, 0),
    ))
    view = CustomersView(shop)
    qtbot.addWidget(view)
    view.show()

    def badges(customer_id: int) -> list[str]:
        row = view.model.loaded_ids().index(customer_id)
        return [text for text, _c in view.model.index(row, COL_STATUS).data(BadgesRole) or []]

    qtbot.waitUntil(lambda: "Broke a promise" in badges(debtor.id))
    assert "Broke a promise" not in badges(other.id)


def plain(text: str) -> str:
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")


def test_the_list_shows_each_customers_risk_summary(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    from arapp.core.cheques import ChequeInput

    # A1 (due 10 Jan) paid 10 days late; A2 (due 10 Feb) paid in time by a cheque the
    # bank returned, so open again: nothing paid on time (0%, in red), a returned cheque.
    # The other customer paid their one item before it fell due: 100%.
    shop.payments.record_payment(debtor.id, date(2026, 1, 20), Decimal("100"), method="cash")
    firm = add_customer(shop, "C002", "On time")
    shop.invoices.create_invoice(firm.id, "B-1", date(2026, 1, 1), Decimal("50.00"),
                                 due_date=date(2026, 2, 1))
    shop.payments.record_payment(firm.id, date(2026, 1, 25), Decimal("50"), method="cash")
    cheque = ChequeInput(bank="12", branch="345", account="123456", number="77",
                         amount=Decimal("200.00"), date=date(2026, 2, 5))
    added = shop.cheques.add(debtor.id, cheque).record
    shop.cheques.deposit([added.id], date(2026, 2, 6))
    shop.cheques.return_cheque(added.id, "insufficient_funds", on=date(2026, 2, 9))
    view = CustomersView(shop)
    qtbot.addWidget(view)
    view.show()

    def cell(customer_id: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = view.model.loaded_ids().index(customer_id)
        return view.model.index(row, column).data(role)

    qtbot.waitUntil(lambda: view.model.risk(debtor.id) is not None)
    assert view.model.risk(debtor.id) == shop.risk.summary(debtor.id, TODAY)
    assert plain(str(cell(firm.id, COL_ON_TIME))) == "100%"
    assert plain(str(cell(debtor.id, COL_ON_TIME))) == "0%"
    assert cell(debtor.id, COL_ON_TIME, Qt.ItemDataRole.ForegroundRole) is not None  # red
    assert cell(firm.id, COL_ON_TIME, Qt.ItemDataRole.ForegroundRole) is None
    badges = [text for text, _c in cell(debtor.id, COL_STATUS, BadgesRole)]  # type: ignore[union-attr]
    assert "Returned cheque" in badges
    late = shop.risk.summary(debtor.id, TODAY).days_late_now
    assert plain(str(cell(debtor.id, COL_ON_TIME, Qt.ItemDataRole.ToolTipRole))) == (
        "Payment record: pays on time: 0% · on average 10.0 days late"
        f" · oldest debt {late} days late · returned cheques: 1"
    )


@pytest.mark.parametrize("lang", ["en", "he", "ar"])
def test_the_card_fits_a_1366_pixel_screen(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, lang: str
) -> None:
    from arapp.ui.i18n.language import manager

    manager().set_language(lang, persist=False)
    try:
        card = make_card(qtbot, shop, debtor.id)
        # The window's frame and the screen's edges take a few pixels more.
        assert card.minimumSizeHint().width() <= 1366 - 40, lang
        assert card.minimumSizeHint().height() <= 768 - 80, lang
    finally:
        manager().set_language("en", persist=False)


def test_the_timeline_shows_a_payment_and_its_void_as_money(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    from arapp.ui.collection.timeline_tab import NOTE, OUTCOME, TimelineTab

    payment = shop.payments.record_payment(debtor.id, date(2026, 3, 20), Decimal("1234.5"),
                                           method="cash")
    shop.payments.void(payment.id, "typed twice")
    tab = TimelineTab(shop, debtor.id)
    qtbot.addWidget(tab)
    tab.load()
    notes = [plain(row[NOTE]) for row in tab.rows()]
    assert notes[:2] == ["₪1,234.50 · typed twice", "₪1,234.50"]
    assert tab.rows()[1][OUTCOME] == "Cash"  # the payment's method, in words
