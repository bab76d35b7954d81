"""The customer list as a Qt table model: pages of ``CustomerService.search``, fetched as
the owner scrolls, so a shop with 100,000 customers opens at once.

The model never holds more rows than have been scrolled into view, never sorts or filters
itself (the service does, in SQL), and keeps no business rules: "over limit" and "days
late" come from the service's records, the share paid on time, broken promises and
returned cheques from the risk summaries (``shop.risk``), read a moment after a page.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from arapp.core.collection.risk import RiskSummary
from arapp.core.services.customer_search import CustomerQuery
from arapp.core.services.records import CustomerRecord
from arapp.ui import display
from arapp.ui.customers.risk_text import on_time_text, risk_line
from arapp.ui.widgets.badges import BadgesRole

Index = QModelIndex | QPersistentModelIndex


class CustomerPages(Protocol):
    """Where the list reads its pages: the shop's ``customer_list`` (plain SQL, readable
    before the ORM loads) or its ``customers`` service."""

    def first_page(
        self, q: CustomerQuery, limit: int = ...
    ) -> tuple[list[CustomerRecord], int]: ...

    def search(
        self, q: CustomerQuery, offset: int = ..., limit: int = ...
    ) -> list[CustomerRecord]: ...


#: Rows per query: a screenful many times over, small enough to load in a few ms.
PAGE_SIZE = 200

COL_CODE, COL_NAME, COL_PHONES, COL_BALANCE, COL_DAYS_LATE, COL_ON_TIME, COL_STATUS = range(7)

#: Columns the owner can sort by clicking the header → CustomerQuery.sort.
SORT_KEYS: dict[int, str] = {
    COL_CODE: "code",
    COL_NAME: "name",
    COL_BALANCE: "balance",
    COL_DAYS_LATE: "days_late",
}

#: Below this share of items paid on time the list shows the share in red.
POOR_ON_TIME = Decimal("0.5")

#: Role holding the customer's id.
CustomerIdRole = Qt.ItemDataRole.UserRole + 1


class CustomersModel(QAbstractTableModel):
    def __init__(
        self, service: CustomerPages, currency: str = "ILS", parent: Any = None, lang: str = ""
    ):
        super().__init__(parent)
        self._service = service
        self._currency = currency
        self._text = ""
        self._sort = "name"
        self._descending: bool | None = None
        self._lang = lang
        self._rows: list[CustomerRecord] = []
        self._total = 0
        self._today = date.today()
        self._balances: dict[int, str] = {}
        # Risk summaries per customer id, read after a page is shown (set_risks).
        self._risks: dict[int, RiskSummary] = {}

    # -- what to show ------------------------------------------------------------------
    def query(self) -> CustomerQuery:
        return CustomerQuery(
            text=self._text, sort=self._sort, descending=self._descending, lang=self._lang
        )

    def set_language(self, lang: str) -> bool:
        """Names in ``lang``'s script come first when sorted by name. Returns whether the
        order changed, so that the list must be loaded again (the caller decides when)."""
        if lang == self._lang:
            return False
        self._lang = lang
        return self._sort == "name"

    def search_text(self) -> str:
        return self._text

    def set_search(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.reload()

    def set_sort(self, sort: str, descending: bool | None) -> None:
        if (sort, descending) != (self._sort, self._descending):
            self._sort, self._descending = sort, descending
            self.reload()

    def reload(self) -> None:
        """Count the matches and load the first page only."""
        self.beginResetModel()
        self._balances.clear()
        query = self.query()
        self._today = date.today()
        self._rows, self._total = self._service.first_page(query, limit=PAGE_SIZE)
        self.endResetModel()

    def loaded_ids(self) -> list[int]:
        return [c.id for c in self._rows]

    def set_risks(self, risks: dict[int, RiskSummary]) -> None:
        """Risk summaries per customer (``shop.risk``): the on-time column, the badges
        and the tooltips; read after the rows, so that a page shows at once and its risk
        a moment later."""
        self._risks.update(risks)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_ON_TIME),
                                  self.index(len(self._rows) - 1, COL_STATUS))

    def risk(self, customer_id: int) -> RiskSummary | None:
        return self._risks.get(customer_id)

    def total(self) -> int:
        """How many customers match, loaded or not."""
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    def customer_id(self, row: int) -> int:
        return self._rows[row].id

    def record(self, row: int) -> CustomerRecord:
        return self._rows[row]

    def refresh_display(self) -> None:
        """Headers and formatted values again (after a language switch)."""
        self._balances.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COL_STATUS)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COL_STATUS))

    # -- lazy paging -------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._service.search(self.query(), offset=len(self._rows), limit=PAGE_SIZE)
        if not page:
            # The shop changed under us (a customer fewer): stop asking for more.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        if len(page) == PAGE_SIZE and len(self._rows) >= self._total:
            # The count stopped at its cap: keep offering more while pages come back full.
            self._total = len(self._rows) + 1

    # -- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COL_STATUS + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers().get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._alignment(section))
        return None

    def _headers(self) -> dict[int, str]:
        return {
            COL_CODE: self.tr("Code"),
            COL_NAME: self.tr("Name"),
            COL_PHONES: self.tr("Phone"),
            COL_BALANCE: self.tr("Balance"),
            COL_DAYS_LATE: self.tr("Days late"),
            COL_ON_TIME: self.tr("Paid on time"),
            COL_STATUS: self.tr("Status"),
        }

    @staticmethod
    def _alignment(column: int) -> Qt.AlignmentFlag:
        if column in (COL_BALANCE, COL_DAYS_LATE, COL_ON_TIME):
            return display.NUMBER_ALIGNMENT
        return display.TEXT_ALIGNMENT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        c = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column != COL_BALANCE:
                return self._display(c, column)
            # Money is formatted once per row: Qt asks on every repaint, babel is slow.
            text = self._balances.get(c.id)
            if text is None:
                text = self._balances[c.id] = display.money(c.balance, self._currency)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._alignment(column))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_BALANCE:
                if c.over_limit:
                    return display.DANGER
                if c.balance < 0:
                    return display.OK
            if column == COL_DAYS_LATE and c.days_late(self._today) > 90:
                return display.DANGER
            risk = self._risks.get(c.id)
            if column == COL_ON_TIME and risk and risk.on_time_share is not None \
                    and risk.on_time_share < POOR_ON_TIME:
                return display.DANGER
            return None
        if role == BadgesRole and column == COL_STATUS:
            return self._badges(c)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_ON_TIME, COL_STATUS):
            lines = [text for text, _ in self._badges(c)] if column == COL_STATUS else []
            lines.append(risk_line(self._risks.get(c.id)))
            return "\n".join(line for line in lines if line) or None
        if role == CustomerIdRole:
            return c.id
        return None

    def _display(self, c: CustomerRecord, column: int) -> str | None:
        if column == COL_CODE:
            return c.code
        if column == COL_NAME:
            return c.name
        if column == COL_PHONES:
            return c.phones
        if column == COL_DAYS_LATE:
            late = c.days_late(self._today)
            return str(late) if late else ""
        if column == COL_ON_TIME:
            risk = self._risks.get(c.id)
            return on_time_text(risk) if risk else ""
        return None  # balance is cached in data(); status is painted as badges

    def _badges(self, c: CustomerRecord) -> list[tuple[str, Any]]:
        badges = []
        if c.stop_credit:
            badges.append((self.tr("Stop credit"), display.DANGER))
        if c.over_limit:
            badges.append((self.tr("Over limit"), display.WARNING))
        if c.handed_over:
            badges.append((self.tr("Handed over"), display.MUTED))
        risk = self._risks.get(c.id)
        if risk and risk.broken_promises:
            badges.append((self.tr("Broke a promise"), display.DANGER))
        if risk and risk.returned_cheques:
            badges.append((self.tr("Returned cheque"), display.WARNING))
        return badges
