"""The payment dialog previews the service's allocation live and records it in one call."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.records import CustomerRecord
from arapp.ui.ledger.payment_dialog import PaymentDialog


def make_dialog(qtbot: QtBot, shop: Shop, customer_id: int, **kw: object) -> PaymentDialog:
    dialog = PaymentDialog(shop, customer_id, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def ok_enabled(dialog: PaymentDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def numbers(shop: Shop, applied: dict[int, Decimal]) -> dict[str, Decimal]:
    return {shop.invoices.get(k).number: v for k, v in applied.items()}


def tick(dialog: PaymentDialog, number: str) -> None:
    row = next(r for r, rec in enumerate(dialog.model.rows()) if rec.number == number)
    dialog.model.setData(
        dialog.model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )


def test_preview_follows_typing_oldest_due_first(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = make_dialog(qtbot, shop, debtor.id)
    assert not ok_enabled(dialog)
    assert dialog.applied() == {}
    qtbot.keyClicks(dialog.amount, "150")
    assert numbers(shop, dialog.applied()) == {"A-1": Decimal("100.00"), "A-2": Decimal("50.00")}
    assert ok_enabled(dialog)
    qtbot.keyClicks(dialog.amount, "0")  # now 1500: everything paid, 900 left as credit
    assert numbers(shop, dialog.applied()) == {
        "A-1": Decimal("100.00"),
        "A-2": Decimal("200.00"),
        "A-3": Decimal("300.00"),
    }
    assert "Left as credit: ₪900.00" in dialog.summary.text()


def test_preview_cells_show_what_is_paid_and_left(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = make_dialog(qtbot, shop, debtor.id)
    dialog.amount.setText("1,234.50")
    assert dialog.amount.amount() == Decimal("1234.50")
    dialog.amount.setText("250")
    first = dialog.model.rows()[0]
    assert first.number == "A-1"
    assert dialog.model.index(0, 4).data() == "₪100.00"  # this payment
    assert dialog.model.index(0, 5).data() == "₪0.00"  # left open
    assert dialog.model.index(1, 4).data() == "₪150.00"
    assert dialog.model.index(2, 4).data() == ""


def test_ticked_invoices_are_paid_first_in_tick_order(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = make_dialog(qtbot, shop, debtor.id)
    dialog.amount.setText("350")
    tick(dialog, "A-3")
    assert numbers(shop, dialog.applied()) == {"A-3": Decimal("300.00"), "A-1": Decimal("50.00")}
    tick(dialog, "A-2")
    assert [shop.invoices.get(i).number for i in dialog.picked()] == ["A-3", "A-2"]
    assert numbers(shop, dialog.applied()) == {"A-3": Decimal("300.00"), "A-2": Decimal("50.00")}


def test_clicking_a_row_ticks_it(qtbot: QtBot, shop: Shop, debtor: CustomerRecord) -> None:
    dialog = make_dialog(qtbot, shop, debtor.id)
    dialog.amount.setText("10")
    dialog.table.clicked.emit(dialog.model.index(2, 1))
    assert [shop.invoices.get(i).number for i in dialog.picked()] == ["A-3"]
    assert numbers(shop, dialog.applied()) == {"A-3": Decimal("10.00")}


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("12.345", "At most two digits after the point."),
        ("abc", "This is not a number."),
        ("-5", "The amount cannot be negative."),
        ("0", "The amount must be more than zero."),
        ("12,34", "Check the thousands separators"),
    ],
)
def test_invalid_amounts_say_why_and_disable_ok(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, typed: str, message: str
) -> None:
    dialog = make_dialog(qtbot, shop, debtor.id)
    dialog.amount.setText("100")
    assert ok_enabled(dialog)
    dialog.amount.setText(typed)
    assert not ok_enabled(dialog)
    assert dialog.amount_error.isVisible()
    assert message in dialog.amount_error.text()
    assert dialog.applied() == {}
    dialog.amount.setText("100")
    assert not dialog.amount_error.isVisible()


def test_ok_records_exactly_the_preview(qtbot: QtBot, shop: Shop, debtor: CustomerRecord) -> None:
    dialog = make_dialog(qtbot, shop, debtor.id)
    dialog.amount.setText("450")
    tick(dialog, "A-2")
    dialog.date.set_value(date(2026, 3, 20))
    # (A cheque goes through the cheque register: tests/ui/test_payment_cheque.py.)
    dialog.method.setCurrentIndex(dialog.method.findData("bank_transfer"))
    dialog.reference.setText("40012")
    preview = dialog.applied()
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)  # Enter confirms
    assert dialog.result() == PaymentDialog.DialogCode.Accepted
    recorded = dialog.recorded
    assert recorded is not None
    assert recorded.amount == Decimal("450.00")
    assert recorded.method == "bank_transfer" and recorded.reference == "40012"
    assert recorded.date == date(2026, 3, 20)
    assert {a.item_id: a.amount for a in recorded.applied} == preview
    assert shop.customers.get(debtor.id).balance == Decimal("150.00")


def test_escape_cancels_without_recording(qtbot: QtBot, shop: Shop, debtor: CustomerRecord) -> None:
    dialog = make_dialog(qtbot, shop, debtor.id)
    dialog.amount.setText("100")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == PaymentDialog.DialogCode.Rejected
    assert shop.payments.for_customer(debtor.id) == []


def test_every_method_has_a_name(qtbot: QtBot, shop: Shop, debtor: CustomerRecord) -> None:
    dialog = make_dialog(qtbot, shop, debtor.id)
    names = [dialog.method.itemText(i) for i in range(dialog.method.count())]
    assert "Bit / PayBox" in names and "Bank transfer" in names
    assert all(names)


def test_disputed_invoice_is_paid_only_when_ticked(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    first = shop.invoices.by_number("A-1")
    shop.invoices.set_disputed(first.id, True)
    dialog = make_dialog(qtbot, shop, debtor.id)
    dialog.amount.setText("100")
    assert numbers(shop, dialog.applied()) == {"A-2": Decimal("100.00")}
    tick(dialog, "A-1")
    assert numbers(shop, dialog.applied()) == {"A-1": Decimal("100.00")}


def test_picked_invoices_can_come_from_the_card(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    third = shop.invoices.by_number("A-3")
    dialog = make_dialog(qtbot, shop, debtor.id, picked=[third.id])
    dialog.amount.setText("300")
    assert numbers(shop, dialog.applied()) == {"A-3": Decimal("300.00")}


def test_a_name_with_placeholder_signs_is_shown_as_typed(qtbot: QtBot, shop: Shop) -> None:
    # Chained replaces pasted the code into "A%2" and the balance into "%3".
    from tests.ui.conftest import add_customer

    customer = add_customer(shop, "P%1", "A%2 %3")
    dialog = make_dialog(qtbot, shop, customer.id)
    text = dialog.customer_label.text()
    assert "A%2 %3" in text
    assert "P%1" in text


def test_an_overpayment_asks_before_recording_the_credit(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, shop, debtor.id)
    asked: list[Decimal] = []

    def refuse(credit: Decimal) -> bool:
        asked.append(credit)
        return False

    monkeypatch.setattr(dialog, "ask_to_leave_credit", refuse)
    qtbot.keyClicks(dialog.amount, "6000")  # 600 open: 5,400 would be credit
    dialog.accept()
    assert asked == [Decimal("5400.00")]
    assert dialog.recorded is None and dialog.isVisible()

    monkeypatch.setattr(dialog, "ask_to_leave_credit", lambda credit: True)
    dialog.accept()
    assert dialog.recorded is not None and dialog.recorded.amount == Decimal("6000")


def test_small_change_left_as_credit_does_not_ask(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, shop, debtor.id)
    monkeypatch.setattr(dialog, "ask_to_leave_credit", lambda credit: pytest.fail("asked"))
    qtbot.keyClicks(dialog.amount, "650")
    dialog.accept()
    assert dialog.recorded is not None


def test_the_credit_question_defaults_to_changing_the_amount(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    dialog = make_dialog(qtbot, shop, debtor.id)
    qtbot.keyClicks(dialog.amount, "5000")
    seen: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(50, press_enter)
    dialog.accept()
    assert seen and "₪4,400.00" in seen[0]
    assert dialog.recorded is None
