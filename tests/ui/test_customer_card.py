"""The customer card: balance, aging, items, allocations, letters, and its actions."""

from __future__ import annotations

import sys
import types
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.records import CustomerRecord
from arapp.ui.customers.customer_card import CustomerCard
from arapp.ui.ledger.invoice_dialog import InvoiceDialog
from arapp.ui.ledger.payment_dialog import PaymentDialog
from arapp.ui.ledger.void_dialog import VoidDialog
from arapp.ui.ops.changes import change_bus


def make_card(qtbot: QtBot, shop: Shop, customer_id: int) -> CustomerCard:
    card = CustomerCard(shop, customer_id)
    qtbot.addWidget(card)
    with qtbot.waitExposed(card):
        card.show()
    return card


def test_shows_balance_aging_and_open_invoices(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    card = make_card(qtbot, shop, debtor.id)
    assert "₪600.00" in card.balance_label.text()
    assert card.aging.row().total == Decimal("600.00")
    assert card.aging.values["total"].text().endswith("₪600.00")
    assert [r.number for r in card.invoices.records.rows()] == ["A-1", "A-2", "A-3"]
    assert "052-1234567" in card.details_label.text()


def test_payments_show_how_they_were_applied(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    shop.payments.record_payment(debtor.id, date(2026, 3, 1), Decimal("150"), method="cash")
    shop.payments.record_payment(debtor.id, date(2026, 3, 2), Decimal("500"), method="app")
    card = make_card(qtbot, shop, debtor.id)
    card.tabs.setCurrentIndex(1)
    model = card.payments.records
    applied_col = 5
    texts = [model.index(r, applied_col).data() for r in range(model.rowCount())]
    # Newest first: the 500 paid the rest of, 50 stays as credit.
    assert texts[0] == "A-2: ₪150.00; A-3: ₪300.00; credit ₪50.00"
    assert texts[1] == "A-1: ₪100.00; A-2: ₪50.00"
    assert model.index(0, 2).data() == "Bit / PayBox"
    assert card.aging.row().credit == Decimal("-50.00")


def test_shortcuts_open_the_dialogs(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def fake_exec(self: QDialog) -> int:
        opened.append(type(self).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(InvoiceDialog, "exec", fake_exec)
    monkeypatch.setattr(PaymentDialog, "exec", fake_exec)
    card = make_card(qtbot, shop, debtor.id)
    with qtbot.waitActive(card):
        card.activateWindow()
    qtbot.keyClick(card, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(card, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["InvoiceDialog", "PaymentDialog"]


def test_new_invoice_due_date_follows_terms(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(self: InvoiceDialog) -> int:
        assert self.due_date.value() == self.issue_date.value() + timedelta(days=30)
        self.issue_date.set_value(date(2026, 4, 1))
        assert self.due_date.value() == date(2026, 5, 1)
        self.number.setText("B-7")
        self.amount.setText("99.90")
        self.description.setText("Groceries")
        self.accept()
        return self.result()

    monkeypatch.setattr(InvoiceDialog, "exec", fill)
    card = make_card(qtbot, shop, debtor.id)
    with qtbot.waitSignal(change_bus().changed):
        assert card.new_invoice()
    added = shop.invoices.by_number("B-7")
    assert (added.due_date, added.amount) == (date(2026, 5, 1), Decimal("99.90"))
    assert "B-7" in [r.number for r in card.invoices.records.rows()]
    assert "₪699.90" in card.balance_label.text()


def test_invoice_dialog_refuses_a_duplicate_number_inline(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = InvoiceDialog(shop, debtor.id)
    qtbot.addWidget(dialog)
    dialog.number.setText("A-1")
    dialog.amount.setText("10")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "already in use" in dialog.error.text()
    dialog.due_date.set_value(dialog.issue_date.value() - timedelta(days=1))
    assert "before the invoice date" in dialog.error.text()


def test_void_needs_a_reason_and_reopens(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop.payments.record_payment(debtor.id, date(2026, 3, 1), Decimal("100"))
    seen: dict[str, bool] = {}

    def give_reason(self: VoidDialog) -> int:
        seen["ok_before"] = self.ok_button().isEnabled()
        self.reason.setText("Bounced check")
        seen["ok_after"] = self.ok_button().isEnabled()
        self.accept()
        return self.result()

    monkeypatch.setattr(VoidDialog, "exec", give_reason)
    card = make_card(qtbot, shop, debtor.id)
    assert not card.void_action.isEnabled()  # nothing selected
    card.tabs.setCurrentIndex(1)
    card.payments.select_first()
    assert card.void_action.isEnabled()
    assert card.void_selected()
    assert seen == {"ok_before": False, "ok_after": True}
    assert shop.payments.for_customer(debtor.id) == []
    assert shop.customers.get(debtor.id).balance == Decimal("600.00")
    card.show_void.setChecked(True)
    assert "Void: Bounced check" in card.payments.records.index(0, 5).data()


def test_void_an_invoice(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    def give_reason(self: VoidDialog) -> int:
        self.reason.setText("Typed twice")
        self.accept()
        return self.result()

    monkeypatch.setattr(VoidDialog, "exec", give_reason)
    card = make_card(qtbot, shop, debtor.id)
    card.invoices.select_first()
    assert card.void_selected()
    assert [r.number for r in card.invoices.records.rows()] == ["A-2", "A-3"]
    assert shop.invoices.by_number("A-1").voided


def test_print_letter_opens_the_letter_dialog_lazily(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int, QWidget, str]] = []

    class FakeLetterDialog:
        def __init__(self, s: Shop, customer_id: int, parent: QWidget, kind: str) -> None:
            assert s is shop
            calls.append((customer_id, parent, kind))

        def exec(self) -> int:
            return QDialog.DialogCode.Rejected

    fake = types.ModuleType("arapp.ui.letters.letter_dialog")
    fake.LetterDialog = FakeLetterDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "arapp.ui.letters.letter_dialog", fake)
    card = make_card(qtbot, shop, debtor.id)
    card.print_letter()
    # A consumer who never had a letter: the §13B2 debt notice comes first, not the
    # warning the dialog used to propose for everyone (issue #17, defect 5).
    assert calls == [(debtor.id, card, "debt_notice")]


def test_letters_sent_are_listed(qtbot: QtBot, shop: Shop, debtor: CustomerRecord) -> None:
    letters = getattr(shop, "letters", None)
    if letters is None or not hasattr(letters, "record"):
        pytest.skip("no letters service in this build")
    letters.record(
        debtor.id, "reminder", "he", date(2026, 3, 20), b"%PDF-1.4 test", Decimal("600.00")
    )
    card = make_card(qtbot, shop, debtor.id)
    assert card.letters.count() == 1
    assert card.letters.rows()[0][:3] == ["20/03/2026", "Friendly reminder", "₪600.00"]


def test_invoice_dialog_warns_about_stop_credit(qtbot: QtBot, shop: Shop) -> None:
    from tests.ui.conftest import add_customer

    stopped = add_customer(shop, "S1", "Stopped", stop_credit=True)
    dialog = InvoiceDialog(shop, stopped.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.credit_warning.isVisible()
    assert "stop credit" in dialog.credit_warning.text()


def test_a_closed_card_no_longer_listens_for_changes(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt

    from arapp.ui.ops.changes import Changes, announce

    card = make_card(qtbot, shop, debtor.id)
    card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    card.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    announce(Changes(customers=frozenset({debtor.id}), ledger=True))  # must not touch it


def test_an_open_card_shows_the_currency_chosen_in_the_settings(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    from arapp.core.services.settings import BusinessDetails
    from arapp.ui.ops.changes import Changes, announce

    shop.payments.record_payment(debtor.id, date(2026, 3, 1), Decimal("150"), method="cash")
    card = make_card(qtbot, shop, debtor.id)
    assert "₪450.00" in card.balance_label.text()
    shop.settings.save_business(BusinessDetails(name="Shop", currency="USD"))
    announce(Changes(settings=True))  # what the settings dialog announces on OK
    assert "US$450.00" in card.balance_label.text()
    assert card.aging.values["total"].text().endswith("US$450.00")
    assert card.payments.records.index(0, 5).data() == "A-1: US$100.00; A-2: US$50.00"


def test_a_payment_taken_is_one_click_from_its_confirmation(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Issue #17: a payment confirmation printed or saved after taking a payment."""
    from arapp.ui.letters.letter_dialog import LetterDialog

    def pay(self: PaymentDialog) -> int:
        self.amount.setText("120.00")
        self.accept()
        return int(self.result())

    saved: list[LetterDialog] = []

    def save_and_close(self: LetterDialog) -> int:
        qtbot.waitUntil(lambda: self.prepared is not None, timeout=30000)
        assert self.save_pdf(tmp_path / "confirmation.pdf")
        saved.append(self)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(PaymentDialog, "exec", pay)
    monkeypatch.setattr(LetterDialog, "exec", save_and_close)
    card = make_card(qtbot, shop, debtor.id)
    assert not card.confirmation_action.isEnabled()
    assert card.record_payment([])
    # The new payment is selected on the payments tab: its confirmation is one click away.
    assert card.tabs.currentIndex() == 1
    assert card.confirmation_action.isEnabled()
    assert card.print_confirmation()
    (dialog,) = saved
    assert dialog.prepared is not None and dialog.prepared.kind == "payment_confirmation"
    (doc, *_older) = shop.letters.documents_for(debtor.id)
    assert doc.kind == "payment_confirmation"
    assert shop.letters.pdf(doc.id) == (tmp_path / "confirmation.pdf").read_bytes()


def test_credit_shows_without_a_minus_under_credit_and_negatives_keep_their_sign_left(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    from arapp.ui import display
    from arapp.ui.i18n.language import manager

    manager().set_language("he", persist=False)
    shop.payments.record_payment(debtor.id, date(2026, 3, 1), Decimal("740.77"), method="cash")
    card = make_card(qtbot, shop, debtor.id)
    credit = card.aging.values["credit"].text()
    assert "140.77" in credit and "-" not in credit
    # A negative amount elsewhere (a balance in credit) keeps its minus before the digits
    # as one left-to-right unit, not after them as the bidi algorithm would put it.
    assert display.money(Decimal("-140.77")) == "\u200f\u2066-140.77\u2069\xa0₪"
