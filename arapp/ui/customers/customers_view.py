"""The Customers screen: search as you type, sort by a header click, open a card.

Search waits ~150 ms after the last key so that typing a name runs one query, not one per
letter; the table pages through the service (see :mod:`arapp.ui.customers.customers_model`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from arapp.core.collection.risk import RiskSummary
from arapp.core.formatting import format_number
from arapp.core.placeholders import arg
from arapp.core.services import Shop, clock
from arapp.core.services.customer_search import COUNT_CAP, CustomerSearch
from arapp.ui.customers.customers_model import (
    COL_BALANCE,
    COL_CODE,
    COL_DAYS_LATE,
    COL_NAME,
    COL_ON_TIME,
    COL_PHONES,
    COL_STATUS,
    SORT_KEYS,
    CustomersModel,
)
from arapp.ui.display import ltr
from arapp.ui.i18n.language import current_language
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.ops.query import run_query
from arapp.ui.shell.screens import register_screen
from arapp.ui.widgets.badges import BadgeDelegate

SEARCH_DELAY_MS = 150
RISK_DELAY_MS = 300

#: First click on a column sorts the way an owner means it: names A→Z, biggest debt first,
#: most days late first. A second click reverses.
_NATURAL_ORDER = {
    COL_CODE: Qt.SortOrder.AscendingOrder,
    COL_NAME: Qt.SortOrder.AscendingOrder,
    COL_BALANCE: Qt.SortOrder.DescendingOrder,
    COL_DAYS_LATE: Qt.SortOrder.DescendingOrder,
}


@register_screen("customers")
class CustomersView(Retranslating, QWidget):
    """Emits ``customerActivated(id)`` on double-click or Enter."""

    customerActivated = Signal(int)

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self._reload_when_shown = False
        self._risk_read: set[int] = set()  # customers whose risk summaries are read
        self.model = CustomersModel(
            shop.customer_list, shop.info.currency, self, lang=current_language()
        )

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.count_label = QLabel(self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row height: with uniform rows Qt never measures off-screen rows, which keeps
        # scrolling smooth however many pages are loaded.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.setItemDelegateForColumn(COL_STATUS, BadgeDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (COL_CODE, 100),
            (COL_PHONES, 200),
            (COL_BALANCE, 140),
            (COL_DAYS_LATE, 100),
            (COL_ON_TIME, 110),
            (COL_STATUS, 190),
        ):
            header.resizeSection(column, width)
        self._sort_column = COL_NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        header.setSortIndicator(self._sort_column, self._sort_order)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_typed)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._open_first_match)
        self.table.activated.connect(self._on_activated)
        self.model.modelReset.connect(self._update_count)
        # The risk summaries (on time, promises, cheques) of the rows shown, read off the
        # UI thread a moment after the rows: a search keystroke never waits for them.
        self._risk_timer = QTimer(self)
        self._risk_timer.setSingleShot(True)
        self._risk_timer.setInterval(RISK_DELAY_MS)
        self._risk_timer.timeout.connect(self._read_risks)
        self.model.modelReset.connect(self._risk_timer.start)
        self.model.rowsInserted.connect(lambda *_: self._risk_timer.start())

        self._make_actions()
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_action.trigger)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search, self.table)

        self.retranslate()
        self.model.reload()

    # -- actions -----------------------------------------------------------------------
    def _make_actions(self) -> None:
        # Window-wide: Ctrl+N adds a customer whether the search box, the list or the
        # screen list beside it has the focus (only while this screen is showing).
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(self.new_customer)
        self.addAction(self.new_action)
        self.edit_action = QAction(self)
        self.edit_action.triggered.connect(self.edit_selected)
        self.open_action = QAction(self)
        self.open_action.triggered.connect(self._open_selected)
        # Issue #20: log a call for the selected customer without opening the card.
        self.log_action = QAction(self)
        self.log_action.setShortcut(QKeySequence("Ctrl+K"))
        self.log_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.log_action.triggered.connect(self.log_contact)
        self.addAction(self.log_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    def context_menu(self, pos: QPoint) -> QMenu:
        """The list's context menu at ``pos`` (viewport coordinates); the row under the
        pointer is selected first, as in a file manager."""
        index = self.table.indexAt(pos)
        if index.isValid():
            # Not QTableView.selectRow: right to left it looks for the row's first column
            # one pixel past the viewport's edge and selects nothing (Qt 6.12).
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        menu = QMenu(self)
        chosen = self.selected_customer_id() is not None
        for action in (self.open_action, self.edit_action):
            action.setEnabled(chosen)
            menu.addAction(action)
        # Ctrl+K too: left enabled, it does nothing without a selected customer.
        menu.addAction(self.log_action)
        menu.addSeparator()
        menu.addAction(self.new_action)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def new_customer(self) -> int | None:
        """Add a customer; its card opens once saved. Returns its id (None if cancelled)."""
        from arapp.ui.customers.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.shop, parent=self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
                return None
            customer_id = dialog.saved.id
        finally:
            dialog.deleteLater()
        self.customerActivated.emit(customer_id)
        return customer_id

    def edit_selected(self) -> bool:
        customer_id = self.selected_customer_id()
        if customer_id is None:
            return False
        from arapp.ui.customers.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.shop, customer_id, parent=self)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted  # it announced the change
        finally:
            dialog.deleteLater()

    def log_contact(self) -> bool:
        """Log a call (or a message, a visit…) with the selected customer (Ctrl+K)."""
        customer_id = self.selected_customer_id()
        if customer_id is None:
            return False
        from arapp.ui.collection.log_dialog import LogDialog

        dialog = LogDialog(self.shop, customer_id, self)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted  # it announced the change
        finally:
            dialog.deleteLater()

    def _open_selected(self) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is not None:
            self.customerActivated.emit(customer_id)

    def _read_risks(self) -> None:
        shop = self.shop
        if shop.closed:
            return
        ids = [i for i in self.model.loaded_ids() if i not in self._risk_read]
        if not ids:
            return
        self._risk_read.update(ids)
        today = clock.today()

        def work() -> dict[int, RiskSummary]:
            return shop.risk.summaries(ids, today)

        def done(risks: dict[int, RiskSummary]) -> None:
            if isValid(self):
                self.model.set_risks(risks)

        run_query(shop, work, done, parent=self)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Read the list again (after a payment, an invoice or an import)."""
        self._risk_read.clear()  # a payment may have kept a promise
        self.model.reload()

    def selected_customer_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.customer_id(rows[0].row()) if rows else None

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())

    def _search_typed(self) -> None:
        # A list that was hidden (or closed) meanwhile searches when it is shown again.
        if self.isVisible():
            self._apply_search()
        else:
            self._reload_when_shown = True

    def _open_first_match(self) -> None:
        # Enter in the search box: apply the pending search now, then open a lone match.
        self._search_timer.stop()
        self._apply_search()
        if self.model.total() == 1:
            self.customerActivated.emit(self.model.customer_id(0))
        elif self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def _enter_list(self) -> None:
        # The search typed a moment ago may not have run yet (it waits for typing to
        # stop): run it now, or the row selected would be one of the old list, and the
        # list's reset a moment later would clear it.
        if self._search_timer.isActive() or self.model.search_text() != self.search.text():
            self._search_timer.stop()
            self._apply_search()
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.selectionModel().hasSelection():
            # The current index too: Enter in the list opens the current row.
            self.table.setCurrentIndex(self.model.index(0, COL_NAME))
            self.table.selectRow(0)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.customerActivated.emit(self.model.customer_id(index.row()))

    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if column not in SORT_KEYS:
            # Phone and status are not orderable in the service: keep the current order.
            column, order = self._sort_column, self._sort_order
        elif column != self._sort_column:
            order = _NATURAL_ORDER[column]
        if header.sortIndicatorSection() != column or header.sortIndicatorOrder() != order:
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)
            header.viewport().update()
        self._sort_column, self._sort_order = column, order
        descending = order == Qt.SortOrder.DescendingOrder
        if column == COL_DAYS_LATE:
            # The service orders by the oldest due date: most days late = earliest date.
            descending = not descending
        self.model.set_sort(SORT_KEYS[column], descending)

    def _update_count(self) -> None:
        total = self.model.total()
        if CustomerSearch.counts_exactly(self.model.query()) or total <= COUNT_CAP:
            shown = format_number(total, current_language())
        else:  # "10,000+": more matches than a search counts
            shown = ltr(format_number(COUNT_CAP, current_language()) + "+")
        self.count_label.setText(arg(self.tr("Customers: %1"), shown))

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Customers"))
        # The menu shows the action's shortcut itself; the button says it.
        self.new_action.setText(self.tr("&New customer…"))
        self.new_button.setText(self.tr("New customer… (Ctrl+N)"))
        self.edit_action.setText(self.tr("&Edit customer…"))
        self.open_action.setText(self.tr("&Open card"))
        self.log_action.setText(self.tr("&Log contact…"))
        self.search.setPlaceholderText(self.tr("Search by name, code, phone or ID number (Ctrl+F)"))
        if self.model.set_language(current_language()):
            # A hidden list (another screen is showing) loads when it is shown again.
            if self.isVisible():
                self.model.reload()
            else:
                self._reload_when_shown = True
        self._update_count()
        self.model.refresh_display()

    def showEvent(self, event: QShowEvent) -> None:
        if self._reload_when_shown:
            self._reload_when_shown = False
            if self.model.search_text() != self.search.text():
                self._apply_search()
            else:
                self.model.reload()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow in the search box goes to the list, as in a browser's address bar.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self._enter_list()
                return True
        return super().eventFilter(watched, event)
