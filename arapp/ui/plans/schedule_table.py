"""The schedule as a table: one line per installment, the down payment first when there
is one. Used live on the terms page (recomputed on every keystroke) and read by the
cheques page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from arapp.core.formatting import format_date
from arapp.core.money import ZERO
from arapp.core.plans.schedule import Schedule
from arapp.ui import display
from arapp.ui.i18n.language import current_language

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 5


@dataclass(frozen=True, slots=True)
class Line:
    """A line of the preview: ``n`` 0 is the down payment, due on the plan date."""

    n: int
    due: date
    amount: Decimal
    principal: Decimal
    interest: Decimal


def lines_of(schedule: Schedule) -> list[Line]:
    """The down payment (when there is one) and then every installment."""
    terms = schedule.terms
    lines = [Line(0, terms.plan_date, terms.down_payment, terms.down_payment, ZERO)] \
        if terms.down_payment > ZERO else []
    lines.extend(Line(x.n, x.due, x.amount, x.principal, x.interest) for x in schedule.lines)
    return lines


class ScheduleModel(QAbstractTableModel):
    """The preview's rows. Built for a model replaced on every keystroke: rows are
    updated in place (a reset would make the view lay out its header again), a cell's
    text is formatted once when first painted, and the alignment is a constant."""

    def __init__(self, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self._lines: list[Line] = []
        self._texts: dict[tuple[int, int], str] = {}
        self._lang = current_language()
        self._headers: list[str] = []
        self._number_alignment = int(display.NUMBER_ALIGNMENT)
        self.retranslate()

    def lines(self) -> list[Line]:
        return list(self._lines)

    def set_lines(self, lines: list[Line]) -> None:
        old, new = len(self._lines), len(lines)
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self._lines = self._lines[:new]
            self.endRemoveRows()
        elif new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._lines = self._lines + lines[old:]
            self.endInsertRows()
        self._lines = list(lines)
        self._texts.clear()
        self._lang = current_language()
        if new:
            self.dataChanged.emit(self.index(0, 0), self.index(new - 1, COLUMNS - 1),
                                  [Qt.ItemDataRole.DisplayRole])

    def retranslate(self) -> None:
        self._headers = [self.tr("No."), self.tr("Due"), self.tr("Amount"),
                         self.tr("Principal"), self.tr("Interest")]
        self._down = self.tr("Down payment")
        self._texts.clear()
        self._lang = current_language()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._lines) - 1, COLUMNS - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._text(*key)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._number_alignment
        return None

    def _text(self, row: int, column: int) -> str:
        line = self._lines[row]
        if column == 0:
            return self._down if line.n == 0 else str(line.n)
        if column == 1:
            return format_date(line.due, self._lang)
        value = (line.amount, line.principal, line.interest)[column - 2]
        return display.money(value, self.currency)


class ScheduleTable(QTableView):
    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = ScheduleModel(currency, self)
        self.setModel(self.model_)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def show_schedule(self, schedule: Schedule | None) -> None:
        self.model_.set_lines(lines_of(schedule) if schedule is not None else [])

    def retranslate(self) -> None:
        self.model_.retranslate()
