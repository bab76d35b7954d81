"""A date box with a calendar pop-up that reads and writes ``datetime.date``.

In a right-to-left window Qt's date edit reverses the order of its sections, so
"dd/MM/yyyy" shows as "2026/11/22" — year first, which no Israeli reads as a date. The
box is therefore pinned left-to-right (a date is a left-to-right unit, like an amount),
while its calendar pop-up follows the application so that weeks run right to left in
Hebrew and Arabic.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QWidget

#: The Israeli way, as the letters print dates (arapp.core.formatting.format_date).
DISPLAY_FORMAT = "dd/MM/yyyy"


class DateEdit(QDateEdit):
    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setCalendarPopup(True)
        self.setMaximumWidth(180)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setMinimumDate(QDate(1990, 1, 1))
        self.setMaximumDate(QDate(2100, 12, 31))
        self.set_value(value or date.today())
        self._follow_app_direction()

    def value(self) -> date:
        d = self.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def _follow_app_direction(self) -> None:
        # QLocale.setDefault does not reach widgets already made: month and day names in
        # the pop-up follow the new language only when told.
        self.setLocale(QLocale())
        calendar = self.calendarWidget()
        if calendar is not None:
            calendar.setLayoutDirection(QApplication.layoutDirection())
            calendar.setLocale(QLocale())

    def event(self, event: QEvent) -> bool:
        # The app's direction changes with the language; the pinned box does not follow,
        # so the calendar is told directly.
        if event.type() in (
            QEvent.Type.ApplicationLayoutDirectionChange,
            QEvent.Type.LanguageChange,
        ):
            self._follow_app_direction()
        return super().event(event)
