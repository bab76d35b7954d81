"""The aging report as Qt table models: one row per customer, and (``totals=True``) the
single totals row that the screen pins below the table.

A thin adapter over :class:`arapp.core.services.aging_report.AgingReport`: it formats
and sorts what the service computed and adds nothing of its own. Cells are formatted only
when the view asks for them, so a report of 100,000 customers shows at once.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from arapp.core.aging import COLUMNS
from arapp.core.formatting import format_number
from arapp.core.money import ZERO
from arapp.core.services.aging_report import AgingReport, CustomerAging
from arapp.ui import display
from arapp.ui.i18n.language import current_language

Index = QModelIndex | QPersistentModelIndex

COL_CODE, COL_NAME = 0, 1
#: Model column → AgingRow field, for the seven money columns after code and name.
MONEY_FIELDS: dict[int, str] = {2 + n: name for n, name in enumerate(COLUMNS)}
COLUMN_COUNT = 2 + len(COLUMNS)
COL_D91_PLUS = 2 + COLUMNS.index("d91_plus")

#: The customer's id on every customer row (None on the totals row).
CustomerIdRole = Qt.ItemDataRole.UserRole + 1
#: The cell's value as data: ``Decimal`` for money, ``str`` for code and name.
ValueRole = Qt.ItemDataRole.UserRole + 2


_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def isolate_numbers(label: str) -> str:
    """A label made of digits and signs ("1–30", "91+") wrapped as a left-to-right isolate,
    for display only: in a right-to-left screen the bidi algorithm would otherwise show
    "30–1" and "+91". Labels with Hebrew or Arabic letters are left to the algorithm.
    Exports use the plain label."""
    if label[:1].isdigit() and not _RTL_LETTER.search(label):
        return display.ltr(label)
    return label


def amount_text(value: Decimal) -> str:
    """An amount as the table shows it: grouped, two decimals, in the UI language."""
    return format_number(value, current_language())


class AgingModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, *, totals: bool = False) -> None:
        super().__init__(parent)
        self._totals_only = totals
        self._report: AgingReport | None = None
        self._rows: list[CustomerAging] = []
        # Formatting one amount with babel costs ~0.1 ms and a repaint asks for every
        # visible cell again, so each (customer, column) is formatted once per report.
        self._texts: dict[tuple[int, int], str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- contents -------------------------------------------------------------------------

    def set_report(self, report: AgingReport | None) -> None:
        totals_only = self._totals_only
        self.beginResetModel()
        self._texts.clear()
        self._report = report
        self._rows = list(report.customers) if report is not None and not totals_only else []
        self.endResetModel()

    def report(self) -> AgingReport | None:
        return self._report

    def customer_rows(self) -> list[CustomerAging]:
        """The customer rows in the order shown (after sorting)."""
        return list(self._rows)

    def header_labels(self) -> list[str]:
        return [self._header(c) for c in range(COLUMN_COUNT)]

    def _header(self, column: int) -> str:
        labels = (
            self.tr("Code"),
            self.tr("Customer"),
            self.tr("Current"),
            self.tr("1–30"),
            self.tr("31–60"),
            self.tr("61–90"),
            self.tr("91+"),
            self.tr("Credit"),
            self.tr("Total"),
        )
        return labels[column]

    def totals_label(self) -> str:
        return self.tr("Total")

    def retranslate(self) -> None:
        """Headers and number formats follow a change of UI language."""
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, COLUMN_COUNT - 1)
            )

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._report is None:
            return 0
        return 1 if self._totals_only else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate_numbers(self._header(section))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if section in MONEY_FIELDS:
                return display.NUMBER_ALIGNMENT
            return display.TEXT_ALIGNMENT
        return None

    def _value(self, row: int, column: int) -> Decimal | str:
        report = self._report
        assert report is not None
        if self._totals_only:
            if column in MONEY_FIELDS:
                return Decimal(getattr(report.totals, MONEY_FIELDS[column]))
            return self.totals_label() if column == COL_NAME else ""
        item = self._rows[row]
        if column == COL_CODE:
            return item.code
        if column == COL_NAME:
            return item.name
        return Decimal(getattr(item.row, MONEY_FIELDS[column]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._report is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            key = (-1 if self._totals_only else self._rows[row].customer_id, column)
            text = self._texts.get(key)
            if text is None:
                value = self._value(row, column)
                text = amount_text(value) if isinstance(value, Decimal) else value
                self._texts[key] = text
            return text
        if role == ValueRole:
            return self._value(row, column)
        if role == CustomerIdRole:
            return None if self._totals_only else self._rows[row].customer_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return display.NUMBER_ALIGNMENT if column in MONEY_FIELDS else display.TEXT_ALIGNMENT
        if role == Qt.ItemDataRole.FontRole and self._totals_only:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column in MONEY_FIELDS:
            value = self._value(row, column)
            if value == ZERO:
                return display.MUTED
            if column == COL_D91_PLUS and not self._totals_only:
                return display.DANGER  # 91+ days: the money most at risk
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the customer rows in Python, by Decimal for the amounts."""
        if not self._rows:
            return
        reverse = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        before = {id(r): n for n, r in enumerate(self._rows)}
        if column == COL_CODE:
            self._rows.sort(key=lambda r: r.code, reverse=reverse)
        elif column == COL_NAME:
            self._rows.sort(key=lambda r: (r.name.casefold(), r.code), reverse=reverse)
        else:
            field = MONEY_FIELDS[column]
            self._rows.sort(key=lambda r: (getattr(r.row, field), r.code), reverse=reverse)
        # Keep the selection and current row on the same customers.
        after = {before[id(r)]: n for n, r in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(after.get(i.row(), i.row()), i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
