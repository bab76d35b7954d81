"""A read-only table model over a short list of service records (one customer's invoices,
payments, an import's errors). Columns are declared once: a header, a value, a kind that
decides formatting and alignment. Long lists (all customers) use their own paging model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from arapp.ui import display

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

#: The sort key of an empty cell: below every value ``(1, value)``.
_EMPTY = (0, 0)

#: Role holding the row's record itself, for views that act on a selected row.
RecordRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """``header`` is called on every paint so that it follows a language switch."""

    header: Callable[[], str]
    value: Callable[[T], object]
    kind: str = "text"  # text | money | date | number
    color: Callable[[T], QColor | None] | None = None
    tooltip: Callable[[T], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are records; with ``checkable`` the first column carries a check box and the
    model remembers the order in which rows were ticked (the owner's pick order)."""

    checkedChanged = Signal()

    def __init__(
        self,
        columns: Sequence[Column[T]],
        key: Callable[[T], int] | None = None,
        checkable: bool = False,
        currency: str = "ILS",
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._key = key
        self._checkable = checkable
        self._checked: list[int] = []
        self.currency = currency
        # Formatted cell text, made once per cell: Qt asks for it on every repaint and
        # formatting money with babel is far slower than a dictionary look-up.
        self._texts: dict[tuple[int, int], str] = {}

    # -- content ---------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        if self._key is not None:
            keys = {self._key(r) for r in self._rows}
            self._checked = [k for k in self._checked if k in keys]
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column``'s raw values (amounts as ``Decimal``, dates as
        dates, not their formatted text); an empty cell sorts below every value, either
        way. In Python over the list, once: a sorting proxy would call back into Python
        for every comparison (seconds on Today's 20,000 letters due)."""
        if not 0 <= column < len(self._columns):
            return
        value = self._columns[column].value
        keyed = [(value(r), r) for r in self._rows]
        descending = order == Qt.SortOrder.DescendingOrder
        try:
            keyed.sort(key=lambda p: _EMPTY if p[0] is None else (1, p[0]), reverse=descending)
        except TypeError:  # values of kinds that do not compare: by their text
            keyed.sort(key=lambda p: _EMPTY if p[0] is None else (1, str(p[0])),
                       reverse=descending)
        self.layoutAboutToBeChanged.emit()
        self._rows = [r for _, r in keyed]
        self._texts.clear()
        self.layoutChanged.emit()

    def record(self, row: int) -> T:
        return self._rows[row]

    def checked_keys(self) -> list[int]:
        return list(self._checked)

    def refresh_display(self) -> None:
        """Re-read headers and formatted values, e.g. after a language switch."""
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- Qt model API ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(self._columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            cell = (index.row(), index.column())
            text = self._texts.get(cell)
            if text is None:
                text = self._texts[cell] = self._text(column, column.value(record))
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            return column.color(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.CheckStateRole and self._is_check_cell(index):
            ticked = self._key_of(record) in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == RecordRole:
            return record
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self._is_check_cell(index):
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self._is_check_cell(index):
            return False
        key = self._key_of(self._rows[index.row()])
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        if ticked and key not in self._checked:
            self._checked.append(key)
        elif not ticked and key in self._checked:
            self._checked.remove(key)
        else:
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()
        return True

    # -- helpers ---------------------------------------------------------------------
    def _is_check_cell(self, index: Index) -> bool:
        return self._checkable and index.isValid() and index.column() == 0

    def _key_of(self, record: T) -> int:
        if self._key is None:
            raise RuntimeError("a checkable model needs a key function")
        return self._key(record)

    def _text(self, column: Column[T], value: object) -> str:
        if value is None:
            return ""
        if column.kind == "money" and isinstance(value, Decimal):
            return display.money(value, self.currency)
        if column.kind == "date" and isinstance(value, date):
            return display.day(value)
        return str(value)

    @staticmethod
    def _alignment(column: Column[Any]) -> int:
        if column.kind in ("money", "number"):
            return int(display.NUMBER_ALIGNMENT)
        return int(display.TEXT_ALIGNMENT)
