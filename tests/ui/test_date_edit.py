"""The date box takes a date as typed in one go, and refuses one that does not exist."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.records import CustomerRecord
from arapp.ui.ledger.payment_dialog import PaymentDialog
from arapp.ui.widgets.date_edit import DateEdit


def make_edit(qtbot: QtBot, value: date) -> DateEdit:
    edit = DateEdit(value)
    qtbot.addWidget(edit)
    with qtbot.waitExposed(edit):
        edit.show()
    edit.setFocus()
    return edit


def retype(qtbot: QtBot, edit: DateEdit, text: str) -> None:
    """Select all, type ``text`` and leave the box, as the owner does."""
    edit.line.selectAll()
    qtbot.keyClicks(edit.line, text)
    edit.line.editingFinished.emit()


def test_typing_over_a_selected_date_takes_the_whole_new_date(qtbot: QtBot) -> None:
    edit = make_edit(qtbot, date(2026, 4, 15))
    with qtbot.waitSignal(edit.dateChanged) as changed:
        retype(qtbot, edit, "03/04/2026")
    assert edit.value() == date(2026, 4, 3)
    assert changed.args == [date(2026, 4, 3)]
    assert edit.is_valid() and edit.text() == "03/04/2026"


def test_short_and_unseparated_dates_are_read_day_first(qtbot: QtBot) -> None:
    edit = make_edit(qtbot, date(2026, 4, 15))
    for typed, expected in (
        ("3/4/2026", date(2026, 4, 3)),
        ("03.05.2026", date(2026, 5, 3)),
        ("07062026", date(2026, 6, 7)),
    ):
        retype(qtbot, edit, typed)
        assert edit.value() == expected, typed
        assert edit.text() == expected.strftime("%d/%m/%Y")


def test_a_date_that_does_not_exist_is_refused_with_the_reason(qtbot: QtBot) -> None:
    edit = make_edit(qtbot, date(2026, 2, 27))
    with qtbot.assertNotEmitted(edit.dateChanged):
        retype(qtbot, edit, "31/02/2026")
    assert not edit.is_valid()
    assert edit.text() == "31/02/2026"  # kept for the owner to correct, not replaced
    assert edit.error.isVisible()
    shown = "".join(ch for ch in edit.error.text() if ch not in "\u2066\u2067\u2068\u2069")
    assert "February 2026 has 28 days" in shown


def test_a_half_typed_date_is_not_taken(qtbot: QtBot) -> None:
    edit = make_edit(qtbot, date(2026, 4, 15))
    edit.line.setCursorPosition(len(edit.text()))
    for _ in range(4):
        qtbot.keyClick(edit.line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit.line, "20")
    edit.line.editingFinished.emit()
    assert edit.text() == "15/04/20"
    assert not edit.is_valid()
    assert edit.error.isVisible()
    qtbot.keyClicks(edit.line, "27")
    assert edit.is_valid() and edit.value() == date(2027, 4, 15)


def test_the_calendar_rests_on_friday_and_saturday(qtbot: QtBot) -> None:
    edit = make_edit(qtbot, date(2026, 4, 15))
    red = edit.calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color()
    assert edit.calendar.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground().color() == red
    assert edit.calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color() != red
    assert edit.calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday


def test_a_payment_is_not_recorded_on_a_date_that_does_not_exist(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = PaymentDialog(shop, debtor.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount.setText("50")
    dialog.date.set_value(date(2026, 2, 27))
    retype(qtbot, dialog.date, "31/02/2026")
    dialog.accept()
    assert dialog.recorded is None
    assert dialog.date.error.isVisible()


def test_alt_down_opens_the_calendar_and_a_pick_takes_the_day(qtbot: QtBot) -> None:
    edit = make_edit(qtbot, date(2026, 4, 15))
    qtbot.keyClick(edit.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(edit.menu.isVisible)
    assert edit.calendar.selectedDate().toPython() == date(2026, 4, 15)
    edit.calendar.clicked.emit(edit.calendar.selectedDate().addDays(3))
    assert edit.value() == date(2026, 4, 18) and edit.text() == "18/04/2026"
    assert not edit.menu.isVisible()


def test_the_invoice_dialog_waits_for_real_dates(
    qtbot: QtBot, shop: Shop, customer: CustomerRecord
) -> None:
    from arapp.ui.ledger.invoice_dialog import InvoiceDialog

    dialog = InvoiceDialog(shop, customer.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.number.setText("INV-9")
    dialog.amount.setText("120")
    assert dialog.ok_button().isEnabled()
    retype(qtbot, dialog.due_date, "30/02/2026")
    assert not dialog.ok_button().isEnabled()
    retype(qtbot, dialog.due_date, "28/02/2099")
    assert dialog.ok_button().isEnabled()


def test_the_letter_dialog_does_not_print_while_the_date_is_not_one(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    from arapp.ui.letters.letter_dialog import LetterDialog

    # The debt notice: any collection letter to this consumer would be refused (§13B2).
    dialog = LetterDialog(shop, debtor.id, kind="debt_notice")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.wait_prepared()
    qtbot.waitUntil(dialog.print_button.isEnabled)
    retype(qtbot, dialog.date_edit, "32/01/2026")
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.save_pdf("/nonexistent/never-written.pdf") is False
    assert dialog.date_edit.error.isVisible()
