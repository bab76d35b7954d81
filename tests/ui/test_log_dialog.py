"""Logging a contact from the card (issue #20): a call with a promise in a few keystrokes,
bad input refused with a clear message and nothing logged, corrections from the
timeline, and the timeline itself."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop, clock
from arapp.core.services.interaction_records import InteractionInput
from arapp.core.services.records import CustomerRecord
from arapp.core.templates import strip_isolates
from arapp.ui.collection.log_dialog import LogDialog
from arapp.ui.customers.customer_card import CustomerCard
from arapp.ui.ops.changes import change_bus

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


def test_a_call_with_a_promise_is_logged_from_the_card(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def type_it(self: LogDialog) -> int:
        seen["kind"] = self.kind()  # a call unless told otherwise
        self.reason.setCurrentIndex(self.reason.findData("hardship"))
        qtbot.keyClicks(self.promise_amount, "250")
        assert self.promise_date.isEnabled()
        self.promise_date.line.clear()
        qtbot.keyClicks(self.promise_date.line, "05/04/2026")
        self.follow_up_on.setChecked(True)
        self.follow_up.set_value(date(2026, 4, 7))
        qtbot.keyClicks(self.note, "Paid day is the 5th")
        self.accept()
        return self.result()

    monkeypatch.setattr(LogDialog, "exec", type_it)
    card = make_card(qtbot, shop, debtor.id)
    with qtbot.waitActive(card):
        card.activateWindow()
    with qtbot.waitSignal(change_bus().changed):
        qtbot.keyClick(card, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"kind": "call"}
    [entry] = shop.interactions.timeline(debtor.id)
    assert (entry.kind, entry.direction, entry.outcome, entry.reason) == (
        "call", "out", "promised", "hardship"
    )
    assert (entry.promise_amount, entry.promise_date) == (Decimal("250.00"), date(2026, 4, 5))
    assert entry.follow_up_date == date(2026, 4, 7)
    assert entry.note == "Paid day is the 5th"
    # The card's timeline shows it at once, the promise with its state.
    row = card.timeline.rows()[0]
    assert row[1] == "Call · We contacted them"
    assert row[2] == "Promised to pay · Financial hardship"
    assert row[3] == "₪250.00 by 05/04/2026 · Open"
    assert row[4] == "07/04/2026"


def test_the_kind_is_one_keystroke_away(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = LogDialog(shop, debtor.id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert dialog.focusWidget() is dialog.outcome  # the first thing to say about a call
    kinds = []
    for key in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_7, Qt.Key.Key_1):
        qtbot.keyClick(dialog.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
        kinds.append(dialog.kind())
    assert kinds == ["sms", "whatsapp", "note", "call"]


def test_a_promise_in_the_past_is_refused_and_nothing_is_logged(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = LogDialog(shop, debtor.id)
    qtbot.addWidget(dialog)
    dialog.promise_amount.setText("100")
    dialog.promise_date.set_value(date(2026, 3, 1))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert strip_isolates(dialog.error.text()) == "The promise date 01/03/2026 is in the past"
    assert shop.interactions.timeline(debtor.id) == []


def test_a_promise_of_nothing_is_refused_in_the_box(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = LogDialog(shop, debtor.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.promise_amount.setText("0")
    assert dialog.promise_error.text() == "The amount must be more than zero."
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shop.interactions.timeline(debtor.id) == []


def test_a_date_that_does_not_exist_is_refused(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = LogDialog(shop, debtor.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.follow_up_on.setChecked(True)
    dialog.follow_up.line.clear()
    qtbot.keyClicks(dialog.follow_up.line, "31/02/2026")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "February 2026 has 28 days" in strip_isolates(dialog.follow_up.error.text())
    assert shop.interactions.timeline(debtor.id) == []


def test_a_note_needs_its_text(qtbot: QtBot, shop: Shop, debtor: CustomerRecord) -> None:
    dialog = LogDialog(shop, debtor.id, kind="note")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text()
    assert shop.interactions.timeline(debtor.id) == []


def test_correcting_an_entry_from_the_timeline(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = shop.interactions.log(
        debtor.id, InteractionInput(kind="call", direction="out", outcome="no_answer")
    )
    seen: dict[str, object] = {}

    def fix_it(self: LogDialog) -> int:
        seen["prefilled"] = (self.kind(), self.outcome.currentData())
        self.outcome.setCurrentIndex(self.outcome.findData("reached"))
        self.note.setText("Spoke with the wife")
        self.accept()
        return self.result()

    monkeypatch.setattr(LogDialog, "exec", fix_it)
    card = make_card(qtbot, shop, debtor.id)
    card.show_tab("timeline")
    card.timeline.select_row(0)
    assert card.timeline.correct_button.isEnabled()
    assert card.timeline.correct_selected()
    assert seen["prefilled"] == ("call", "no_answer")
    entries = shop.interactions.timeline(debtor.id)
    newest = entries[0]
    assert (newest.corrects_id, newest.outcome, newest.note) == (
        first, "reached", "Spoke with the wife"
    )
    # The corrected entry is hidden until asked for, then shown struck out.
    assert card.timeline.count() == 1
    card.timeline.show_corrected.setChecked(True)
    assert card.timeline.count() == 2
    assert "corrected" in card.timeline.rows()[1][1]


def test_the_timeline_filters_by_kind(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    for kind, at in (("call", "09:00"), ("visit", "10:00"), ("whatsapp", "11:00")):
        shop.interactions.log(debtor.id, InteractionInput(
            kind=kind, note=kind, at=datetime.fromisoformat(f"2026-03-30T{at}:00"),
        ))
    card = make_card(qtbot, shop, debtor.id)
    # Newest first.
    assert [e.kind for e in card.timeline.entries()] == ["whatsapp", "visit", "call"]
    card.timeline.set_filter("visit")
    assert [e.kind for e in card.timeline.entries()] == ["visit"]
    card.timeline.set_filter("contacts")
    assert card.timeline.count() == 3


# -- when the contact happened -------------------------------------------------------------
def test_a_contact_logged_later_keeps_its_time_and_its_place_in_the_timeline(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop.interactions.log(debtor.id, InteractionInput(
        kind="call", note="this morning", at=datetime(2026, 3, 31, 9, 0)))
    seen: dict[str, object] = {}

    def yesterday_visit(self: LogDialog) -> int:
        seen["opened at"] = (self.when_date.text(), self.when_time.time().toString("HH:mm"))
        self.set_kind("visit")
        self.note.setFocus()
        qtbot.keyClicks(self.note, "Visited the shop")
        # The When field comes after the note: one Tab away, never in the way before it.
        qtbot.keyClick(self.note, Qt.Key.Key_Tab)
        seen["tab"] = self.focusWidget() is self.when_date.line
        self.when_date.line.selectAll()
        qtbot.keyClicks(self.when_date.line, "30/03/2026")
        self.when_time.setTime(QTime(16, 30))
        self.accept()
        return self.result()

    monkeypatch.setattr(LogDialog, "exec", yesterday_visit)
    card = make_card(qtbot, shop, debtor.id)
    with qtbot.waitActive(card):
        card.activateWindow()
    with qtbot.waitSignal(change_bus().changed):
        qtbot.keyClick(card, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"opened at": ("31/03/2026", "10:15"), "tab": True}
    newest, older = shop.interactions.timeline(debtor.id)
    assert (newest.note, older.note) == ("this morning", "Visited the shop")
    assert older.at == datetime(2026, 3, 30, 16, 30)
    card.show_tab("timeline")
    assert [r[0].strip("\u2066\u2069") for r in card.timeline.rows()] == [
        "31/03/2026 09:00", "30/03/2026 16:30"]


def test_an_untouched_when_field_logs_now_to_the_second(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = LogDialog(shop, debtor.id)
    qtbot.addWidget(dialog)
    assert dialog.at() is None
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [entry] = shop.interactions.timeline(debtor.id)
    assert entry.at == datetime(2026, 3, 31, 10, 15, 0)


@pytest.mark.parametrize(
    ("day", "hour", "message"),
    [
        ("31/03/2026", 11, "The entry's time 11:00 is later than now"),
        ("01/04/2026", 9, "The entry's day 01/04/2026 is in the future"),
    ],
)
def test_a_time_still_to_come_is_refused_under_the_field_and_nothing_is_logged(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, day: str, hour: int, message: str
) -> None:
    dialog = LogDialog(shop, debtor.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.when_date.line.selectAll()
    qtbot.keyClicks(dialog.when_date.line, day)
    dialog.when_time.setTime(QTime(hour, 0))
    # Said as soon as it is typed, before OK.
    assert dialog.when_error.isVisible()
    assert strip_isolates(dialog.when_error.text()) == message
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shop.interactions.timeline(debtor.id) == []
    # Back to a time that has been: the message goes and OK logs it.
    dialog.when_time.setTime(QTime(8, 5))
    if day != "31/03/2026":
        dialog.when_date.set_value(date(2026, 3, 31))
    assert not dialog.when_error.isVisible()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [entry] = shop.interactions.timeline(debtor.id)
    assert entry.at == datetime(2026, 3, 31, 8, 5)


def test_the_refusal_of_a_time_to_come_is_translated(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    from arapp.ui.i18n.language import manager

    dialog = LogDialog(shop, debtor.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.when_time.setTime(QTime(12, 0))
    assert "later than now" in dialog.when_error.text()
    for lang, word in (("he", "שעת הרישום"), ("ar", "وقت القيد")):
        manager().set_language(lang, persist=False)
        qtbot.waitUntil(lambda word=word: word in dialog.when_error.text())
        text = strip_isolates(dialog.when_error.text())
        assert word in text and "12:00" in text and "later" not in text
    dialog.accept()
    assert shop.interactions.timeline(debtor.id) == []


def test_a_correction_keeps_the_old_time_unless_it_is_changed(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    first = shop.interactions.log(debtor.id, InteractionInput(
        kind="call", outcome="no_answer", at=datetime(2026, 3, 30, 9, 0, 27)))
    dialog = LogDialog(shop, debtor.id, correcting=shop.interactions.entry(first))
    qtbot.addWidget(dialog)
    assert (dialog.when_date.value(), dialog.when_time.time()) == (
        date(2026, 3, 30), QTime(9, 0))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("reached"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    second = shop.interactions.entry(int(dialog.logged or 0))
    # To the second, as it was logged: not the time the correction was made.
    assert (second.corrects_id, second.at) == (first, datetime(2026, 3, 30, 9, 0, 27))

    dialog = LogDialog(shop, debtor.id, correcting=second)
    qtbot.addWidget(dialog)
    dialog.when_time.setTime(QTime(8, 45))
    dialog.accept()
    third = shop.interactions.entry(int(dialog.logged or 0))
    assert (third.corrects_id, third.at) == (second.id, datetime(2026, 3, 30, 8, 45))


@pytest.mark.parametrize("lang", ["he", "ar"])
def test_the_time_reads_left_to_right_in_hebrew_and_arabic(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, lang: str
) -> None:
    from arapp.ui.i18n.language import manager

    manager().set_language(lang, persist=False)
    dialog = LogDialog(shop, debtor.id)
    qtbot.addWidget(dialog)
    # A time edit made right to left shows its sections reversed ("15:10").
    assert (dialog.when_date.text(), dialog.when_time.text()) == ("31/03/2026", "10:15")
