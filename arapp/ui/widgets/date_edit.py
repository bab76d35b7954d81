"""A date box that takes a date as people type it, with a calendar pop-up.

Qt's ``QDateEdit`` edits a date section by section: select all and type ``03/04/2026``
and it keeps the old day; ``31/02/2026`` becomes the last valid day it saw, silently. An
owner types a date in one go, so this box is a plain line edit read as a whole: day first
(``3/4/2026``, ``03.04.2026``, ``03-04-2026``, ``03042026``) or ISO, by the same rules as an
imported file (:func:`arapp.core.importing.fields.parse_date`). A date that does not exist
is refused with the reason under the box, and ``is_valid()`` stays False until it is
corrected; dialogs that record refuse OK meanwhile (``ServiceDialog.accept``).

The text box is pinned left-to-right (a date is a left-to-right unit, like an amount; in
a right-to-left box "03/04/2026" would be read year first); the calendar button, the
message and the calendar follow the application, so weeks run right to left in Hebrew
and Arabic.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from arapp.core.errors import ImportRowError
from arapp.core.importing.fields import parse_date
from arapp.ui.display import DANGER
from arapp.ui.widgets.messages import reason_text
from arapp.ui.widgets.money_edit import ErrorLabel

#: The Israeli way, as the letters print dates (arapp.core.formatting.format_date).
DISPLAY_FORMAT = "%d/%m/%Y"
PLACEHOLDER = "DD/MM/YYYY"
MIN_DATE = date(1990, 1, 1)
MAX_DATE = date(2100, 12, 31)

#: In Israel the weekend is Friday and Saturday; Sunday is a working day.
WEEKEND = (Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday)
WORKDAYS = (
    Qt.DayOfWeek.Sunday,
    Qt.DayOfWeek.Monday,
    Qt.DayOfWeek.Tuesday,
    Qt.DayOfWeek.Wednesday,
    Qt.DayOfWeek.Thursday,
)

_DIGITS_ONLY = re.compile(r"[0-9]{8}")


def read_date(text: str) -> date:
    """``text`` as a date, day first; raises ``ImportRowError`` (its ``reason`` says why)
    for an empty box, a date that does not exist or a year outside 1990–2100. Eight digits
    in a row (``03042026``) are day, month and year, as typed without separators."""
    text = text.strip()
    if _DIGITS_ONLY.fullmatch(text):
        text = f"{text[:2]}/{text[2:4]}/{text[4:]}"
    return parse_date(text, 0, "")


class DateEdit(QWidget):
    """``dateChanged(date)`` fires when the box holds a new, real date (typed, picked in
    the calendar or set); ``validityChanged(bool)`` when it starts or stops holding one."""

    dateChanged = Signal(object)
    validityChanged = Signal(bool)

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = value or date.today()
        self._problem: ImportRowError | None = None

        self.line = QLineEdit(self)
        self.line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.line.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.line.setPlaceholderText(PLACEHOLDER)
        self.line.setMaxLength(20)
        self.setFocusProxy(self.line)

        self.calendar = QCalendarWidget()
        self.calendar.setMinimumDate(QDate(MIN_DATE.year, MIN_DATE.month, MIN_DATE.day))
        self.calendar.setMaximumDate(QDate(MAX_DATE.year, MAX_DATE.month, MAX_DATE.day))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.menu = QMenu(self)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.menu.aboutToShow.connect(self._calendar_to_value)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

        self.error = ErrorLabel(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line)
        row.addWidget(self.button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.error)
        self.line.setFixedWidth(self.line.fontMetrics().horizontalAdvance("00/00/00000") + 16)

        self.line.installEventFilter(self)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        self.line.setText(self._value.strftime(DISPLAY_FORMAT))
        self._follow_app_direction()

    # -- value -------------------------------------------------------------------------
    def value(self) -> date:
        """The last real date the box held (while ``is_valid()`` is False, the text is
        not this date: callers that record must check ``is_valid()`` first)."""
        return self._value

    def is_valid(self) -> bool:
        return self._problem is None

    def problem_text(self) -> str:
        """Why the typed text is not a date, in the UI language ("" when it is one)."""
        return reason_text(self._problem) if self._problem is not None else ""

    def set_value(self, value: date) -> None:
        self.line.setText(value.strftime(DISPLAY_FORMAT))
        self._accept(value)

    def text(self) -> str:
        return self.line.text()

    # -- typing and picking ------------------------------------------------------------
    def _typed(self, text: str) -> None:
        # While typing, a half-typed date is not an error yet: the message waits for the
        # owner to leave the box, but the date is not taken until it is whole and real.
        try:
            value = read_date(text)
        except ImportRowError as exc:
            self._set_problem(exc, show=False)
        else:
            self._accept(value)

    def _finished(self) -> None:
        try:
            value = read_date(self.line.text())
        except ImportRowError as exc:
            self._set_problem(exc, show=True)
        else:
            self.set_value(value)  # written back the one way: 3/4/2026 → 03/04/2026

    def open_calendar(self) -> None:
        self.menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))
        self.calendar.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The keys Qt's date edit opened its calendar with: Alt+Down and F4.
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and bool(
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def _picked(self, picked: QDate) -> None:
        self.menu.hide()
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        self.line.setFocus()

    def _calendar_to_value(self) -> None:
        v = self._value
        self.calendar.setSelectedDate(QDate(v.year, v.month, v.day))

    def _accept(self, value: date) -> None:
        was_valid = self.is_valid()
        self._problem = None
        self.error.show_message("")
        self.line.setStyleSheet("")
        changed = value != self._value
        self._value = value
        if not was_valid:
            self.validityChanged.emit(True)
        if changed:
            self.dateChanged.emit(value)

    def _set_problem(self, problem: ImportRowError, *, show: bool) -> None:
        was_valid = self.is_valid()
        self._problem = problem
        if show:
            self.error.show_message(self.problem_text())
            self.line.setStyleSheet(f"QLineEdit {{ border: 1px solid {DANGER.name()}; }}")
        if was_valid:
            self.validityChanged.emit(False)

    def show_problem(self) -> None:
        """Say why the text is not a date (used when OK is pressed before leaving it)."""
        if self._problem is not None:
            self._set_problem(self._problem, show=True)

    # -- language ----------------------------------------------------------------------
    def _follow_app_direction(self) -> None:
        # QLocale.setDefault does not reach widgets already made: month and day names in
        # the pop-up follow the new language only when told.
        self.calendar.setLayoutDirection(QApplication.layoutDirection())
        self.calendar.setLocale(QLocale())
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
        # Qt takes the weekend from the locale (Saturday–Sunday for most); Israel rests on
        # Friday and Saturday.
        weekday = QTextCharFormat()
        weekday.setForeground(self.calendar.palette().text())
        weekend = QTextCharFormat()
        weekend.setForeground(DANGER)
        for day in WORKDAYS:
            self.calendar.setWeekdayTextFormat(day, weekday)
        for day in WEEKEND:
            self.calendar.setWeekdayTextFormat(day, weekend)

    def event(self, event: QEvent) -> bool:
        # The app's direction changes with the language; the pinned box does not follow,
        # so the calendar is told directly, and a shown reason is said again.
        if event.type() in (
            QEvent.Type.ApplicationLayoutDirectionChange,
            QEvent.Type.LanguageChange,
        ):
            self._follow_app_direction()
            if self.error.isVisible():
                self.error.show_message(self.problem_text())
        return super().event(event)
