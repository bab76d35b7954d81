"""Log a contact with a customer in a few keystrokes: what kind (call, SMS, WhatsApp,
e-mail, visit, meeting, note), which way, how it went, why they do not pay, a promise to
pay (amount and date), the next follow-up and a free note.

Opened from the card and the customer list (Ctrl+K) and from a follow-up or a promise on
the Today list; "Correct this entry" on a timeline row opens it filled in, and OK then
records a correction (the log is append-only: the old entry stays, marked corrected).

The form holds no rule: the service (``shop.interactions``) refuses a promise in the
past or of nothing, and its refusal is shown in the dialog's error line with nothing
logged (one transaction). A date box holding a date that does not exist (31/02) is
refused by the box itself before the service is called (:class:`ServiceDialog`).

"When" is now unless the owner says otherwise (yesterday's visit logged this morning); it
comes after the note, so the few keystrokes of a call just made never pass through it. A
time still to come is refused under the field as soon as it is typed, by the service's own
rule (:func:`entry_time`). A correction shows the corrected entry's time and keeps it
unless it is changed.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arapp.core.collection import CONTACT_KINDS, DIRECTIONS, OUTCOMES, REASONS
from arapp.core.errors import UserError
from arapp.core.placeholders import arg
from arapp.core.services import Shop, clock
from arapp.core.services.interactions import (
    InteractionInput,
    TimelineEntry,
    clock_now,
    entry_time,
)
from arapp.ui import display
from arapp.ui.collection.labels import contact_kind_name, direction_name, outcome_name, reason_name
from arapp.ui.ops.changes import Changes
from arapp.ui.widgets.date_edit import DateEdit
from arapp.ui.widgets.messages import user_message
from arapp.ui.widgets.money_edit import ErrorLabel, MoneyEdit, with_error
from arapp.ui.widgets.service_dialog import ServiceDialog

#: A follow-up, once ticked, starts a week out: the owner retypes it when it is not.
FOLLOW_UP_DAYS = 7


class LogDialog(ServiceDialog):
    """``logged`` is the new entry's id once OK recorded it (None before, or if
    cancelled). ``correcting``: the timeline entry this dialog corrects."""

    def __init__(
        self,
        shop: Shop,
        customer_id: int,
        parent: QWidget | None = None,
        *,
        kind: str = "call",
        correcting: TimelineEntry | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer_id = customer_id
        self.customer = shop.customers.get(customer_id)
        self.correcting = correcting
        self.logged: int | None = None
        self.today = today or clock.today()

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        # Kind: one button per kind, Ctrl+1 … Ctrl+7 from anywhere in the dialog.
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_buttons: dict[str, QToolButton] = {}
        kinds_row = QHBoxLayout()
        kinds_row.setSpacing(4)
        for number, code in enumerate(CONTACT_KINDS, start=1):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.kind_group.addButton(button)
            kinds_row.addWidget(button)
            self.kind_buttons[code] = button
            if number <= 9:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
                shortcut.activated.connect(lambda code=code: self.set_kind(code))
        kinds_row.addStretch(1)
        # The chosen kind must stand out at a glance: the style's own "checked" look is
        # a faint sunken frame in some themes.
        self.setStyleSheet(
            "QToolButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); font-weight: bold; }"
        )

        self.direction_label = QLabel(self)
        self.direction_buttons: dict[str, QRadioButton] = {}
        direction_row = QHBoxLayout()
        direction_row.setContentsMargins(0, 0, 0, 0)
        # "Out" first: most contacts the owner logs are the shop chasing the money.
        for code in sorted(DIRECTIONS, key=lambda c: (c != "out", c != "in")):
            radio = QRadioButton(self)
            self.direction_buttons[code] = radio
            direction_row.addWidget(radio)
        direction_row.addStretch(1)
        self.direction_box = QWidget(self)
        self.direction_box.setLayout(direction_row)

        self.outcome = QComboBox(self)
        self.reason = QComboBox(self)

        self.promise_error = ErrorLabel(self)
        self.promise_amount = MoneyEdit(self.promise_error, parent=self)
        self.promise_amount.setMaximumWidth(160)
        self.promise_date = DateEdit(self.today, self)
        self.promise_date.setEnabled(False)
        self.promise_by = QLabel(self)
        promise_row = QHBoxLayout()
        promise_row.setContentsMargins(0, 0, 0, 0)
        promise_row.addWidget(self.promise_amount)
        promise_row.addWidget(self.promise_by)
        promise_row.addWidget(self.promise_date)
        promise_row.addStretch(1)
        promise_cell = QWidget(self)
        promise_cell.setLayout(promise_row)

        self.follow_up_on = QCheckBox(self)
        self.follow_up = DateEdit(self.today + timedelta(days=FOLLOW_UP_DAYS), self)
        self.follow_up.setEnabled(False)
        follow_row = QHBoxLayout()
        follow_row.setContentsMargins(0, 0, 0, 0)
        follow_row.addWidget(self.follow_up_on)
        follow_row.addWidget(self.follow_up)
        follow_row.addStretch(1)
        follow_cell = QWidget(self)
        follow_cell.setLayout(follow_row)

        self.note = QLineEdit(self)
        self.note.setMaxLength(2000)

        # Made after the note, so Tab reaches it last. Shown to the minute: an untouched
        # field leaves the time to the service (now to the second, or the corrected
        # entry's own).
        when = correcting.at if correcting is not None else clock_now()
        self._initial_when = when.replace(second=0, microsecond=0)
        self.when_error = ErrorLabel(self)
        self.when_date = DateEdit(when.date(), self)
        self.when_time = QTimeEdit(self)
        # Like the date: digits read left to right in every language. Set before the
        # format: a time edit made right to left reverses its sections (48:18).
        self.when_time.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.when_time.setDisplayFormat("HH:mm")
        self.when_time.setTime(QTime(when.hour, when.minute))
        self.when_time.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        when_row = QHBoxLayout()
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.when_date)
        when_row.addWidget(self.when_time, 0, Qt.AlignmentFlag.AlignTop)
        when_row.addStretch(1)
        when_cell = QWidget(self)
        when_cell.setLayout(when_row)

        self.form = QFormLayout()
        self.direction_row_label = QLabel(self)
        self.outcome_label = QLabel(self)
        self.reason_label = QLabel(self)
        self.promise_label = QLabel(self)
        self.follow_label = QLabel(self)
        self.note_label = QLabel(self)
        self.when_label = QLabel(self)
        self.form.addRow(self.direction_row_label, self.direction_box)
        self.form.addRow(self.outcome_label, self.outcome)
        self.form.addRow(self.reason_label, self.reason)
        self.form.addRow(self.promise_label, with_error(promise_cell, self.promise_error))
        self.form.addRow(self.follow_label, follow_cell)
        self.form.addRow(self.note_label, self.note)
        self.form.addRow(self.when_label, with_error(when_cell, self.when_error))
        for label, field in (
            (self.outcome_label, self.outcome),
            (self.reason_label, self.reason),
            (self.promise_label, self.promise_amount),
            (self.note_label, self.note),
            (self.when_label, self.when_date),
        ):
            label.setBuddy(field)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(kinds_row)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.promise_amount.textChanged.connect(self._promise_typed)
        self.follow_up_on.toggled.connect(self.follow_up.setEnabled)
        self.when_date.dateChanged.connect(self.check_when)
        self.when_time.timeChanged.connect(self.check_when)

        self.retranslate()
        self.set_kind(kind)
        self.direction_buttons["out"].setChecked(True)
        if correcting is not None:
            self._fill_from(correcting)
        self.setMinimumWidth(560)
        self.outcome.setFocus()

    # -- the form ----------------------------------------------------------------------
    def set_kind(self, code: str) -> None:
        button = self.kind_buttons.get(code)
        if button is not None:
            button.setChecked(True)

    def kind(self) -> str:
        return next((c for c, b in self.kind_buttons.items() if b.isChecked()), CONTACT_KINDS[0])

    def set_direction(self, code: str) -> None:
        if code in self.direction_buttons:
            self.direction_buttons[code].setChecked(True)

    def direction(self) -> str:
        return next((c for c, b in self.direction_buttons.items() if b.isChecked()), "")

    def _promise_typed(self, text: str) -> None:
        # The date means something only with an amount; an empty box is "no promise".
        self.promise_date.setEnabled(bool(text.strip()))

    def has_promise(self) -> bool:
        return bool(self.promise_amount.text().strip())

    def when(self) -> datetime:
        """The time the When field shows (to the minute)."""
        shown = self.when_time.time()
        return datetime.combine(self.when_date.value(), time(shown.hour(), shown.minute()))

    def at(self) -> datetime | None:
        """The entry's time for the service: None while the field shows what it opened
        with (now, or the corrected entry's time), so that the service keeps it exactly."""
        when = self.when()
        return None if when == self._initial_when else when

    def check_when(self) -> bool:
        """Say under the field why the service would refuse its time (one still to come);
        whether it would take it."""
        at = self.at()
        try:
            if at is not None:
                entry_time(at)
        except UserError as exc:
            self.when_error.show_message(user_message(exc))
            return False
        self.when_error.show_message("")
        return True

    def entry(self) -> InteractionInput:
        """What the form says, as the service takes it."""
        promise = self.has_promise()
        return InteractionInput(
            kind=self.kind(),
            direction=self.direction(),
            outcome=str(self.outcome.currentData() or ""),
            reason=str(self.reason.currentData() or ""),
            note=self.note.text().strip(),
            promise_amount=self.promise_amount.amount() if promise else None,
            promise_date=self.promise_date.value() if promise else None,
            follow_up_date=self.follow_up.value() if self.follow_up_on.isChecked() else None,
            at=self.at(),
        )

    def _fill_from(self, entry: TimelineEntry) -> None:
        self.set_kind(entry.kind)
        self.set_direction(entry.direction)
        _select(self.outcome, entry.outcome)
        _select(self.reason, entry.reason)
        self.note.setText(entry.note)
        if entry.promise_amount is not None:
            self.promise_amount.set_amount(entry.promise_amount)
        if entry.promise_date is not None:
            self.promise_date.set_value(entry.promise_date)
        if entry.follow_up_date is not None:
            self.follow_up_on.setChecked(True)
            self.follow_up.set_value(entry.follow_up_date)

    # -- ServiceDialog -----------------------------------------------------------------
    def can_submit(self) -> bool:
        # A typed amount that is not one (letters, ₪0) says why under the box already.
        if self.has_promise() and not self.promise_amount.is_valid():
            self.promise_amount.setFocus()
            return False
        if not self.check_when():
            self.when_date.setFocus()
            return False
        return True

    def submit(self) -> None:
        entry = self.entry()
        if self.correcting is not None:
            self.logged = self.shop.interactions.correct(self.correcting.id, entry)
        else:
            self.logged = self.shop.interactions.log(self.customer_id, entry)

    def changes(self) -> Changes:
        return Changes(customers=frozenset({self.customer_id}))

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        name = display.isolate(self.customer.name)
        if self.correcting is not None:
            self.setWindowTitle(self.tr("Correct a logged contact"))
            self.heading.setText(arg(self.tr("Correct the entry of %1 for %2"),
                                     display.day(self.correcting.day), name))
        else:
            self.setWindowTitle(self.tr("Log a contact"))
            self.heading.setText(arg(self.tr("Contact with %1"), name))
        for number, (code, button) in enumerate(self.kind_buttons.items(), start=1):
            button.setText(contact_kind_name(code))
            button.setToolTip(f"Ctrl+{number}")
        for code, radio in self.direction_buttons.items():
            radio.setText(direction_name(code))
        _fill_combo(self.outcome, OUTCOMES, outcome_name, self.tr("(not said)"))
        _fill_combo(self.reason, REASONS, reason_name, self.tr("(none given)"))
        self.direction_row_label.setText(self.tr("Direction:"))
        self.outcome_label.setText(self.tr("&Outcome:"))
        self.reason_label.setText(self.tr("&Reason for not paying:"))
        self.promise_label.setText(self.tr("&Promise to pay:"))
        self.promise_amount.setPlaceholderText(self.tr("amount"))
        self.promise_by.setText(self.tr("by"))
        self.follow_label.setText(self.tr("Next follow-up:"))
        self.follow_up_on.setText(self.tr("on"))
        self.note_label.setText(self.tr("&Note:"))
        self.when_label.setText(self.tr("&When:"))
        self.when_date.setToolTip(self.tr("When the contact happened; now unless you change it"))
        if self.when_error.isVisible():
            self.check_when()  # said again in the new language
        self.promise_amount.retranslate()


def _fill_combo(combo: QComboBox, codes: Any, name: Any, empty: str) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(empty, "")
    for code in codes:
        combo.addItem(name(code), code)
    combo.blockSignals(False)
    _select(combo, current or "")


def _select(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))
