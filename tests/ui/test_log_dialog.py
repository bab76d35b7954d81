"""Logging a contact from the card (issue #20): a call with a promise in a few keystrokes,
bad input refused with a clear message and nothing logged, corrections from the
timeline, and the timeline itself."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
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
