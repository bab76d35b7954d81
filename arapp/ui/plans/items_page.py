"""Step 1: what the plan covers. The customer's open items, the undisputed ones ticked;
a disputed item is shown unticked and marked (a plan covers it only when the owner
ticks it); the total of what is ticked is the debt the plan spreads."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from arapp.core.money import ZERO
from arapp.core.placeholders import arg
from arapp.core.services.records import ItemRecord
from arapp.ui import display
from arapp.ui.i18n.labels import debit_kind_name
from arapp.ui.plans.wizard_page import WizardPage
from arapp.ui.widgets.money_edit import ErrorLabel
from arapp.ui.widgets.record_table import Column, RecordTableModel
from arapp.ui.widgets.wrapping_label import WrappingLabel


class ItemsPage(WizardPage):
    def __init__(self, items: list[ItemRecord], currency: str,
                 parent: QWidget | None = None, *, fixed: bool = False) -> None:
        super().__init__(parent)
        self.currency = currency
        # A new version of a plan covers all that is left of it: nothing to untick.
        self.fixed = fixed
        self.hint = WrappingLabel(parent=self)
        self.model: RecordTableModel[ItemRecord] = RecordTableModel(
            self._columns(), key=lambda r: r.id, checkable=True, currency=currency, parent=self
        )
        self.model.set_rows(items)
        for row, item in enumerate(items):
            if fixed or not item.disputed:
                self.model.setData(self.model.index(row, 0), Qt.CheckState.Checked.value,
                                   Qt.ItemDataRole.CheckStateRole)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.total = WrappingLabel(parent=self)
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        self.problem = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.problem)
        self.model.checkedChanged.connect(self._changed)
        self.table.clicked.connect(self._toggle_row)
        self.retranslate()

    def _columns(self) -> list[Column[ItemRecord]]:
        return [
            Column(lambda: self.tr("Cover"), lambda r: ""),
            Column(lambda: self.tr("Item"), lambda r: r.number),
            Column(lambda: self.tr("Kind"), lambda r: debit_kind_name(r.kind)),
            Column(lambda: self.tr("Issued"), lambda r: r.issue_date, "date"),
            Column(lambda: self.tr("Due"), lambda r: r.due_date, "date"),
            Column(lambda: self.tr("Open"), lambda r: r.open_amount, "money"),
            Column(
                lambda: self.tr("Note"),
                lambda r: self.tr("Disputed: covered only if ticked") if r.disputed else "",
                color=lambda r: display.WARNING if r.disputed else None,
            ),
        ]

    # -- values ------------------------------------------------------------------------
    def item_ids(self) -> tuple[int, ...]:
        """The ticked items, in the table's order (oldest due first)."""
        ticked = set(self.model.checked_keys())
        return tuple(r.id for r in self.model.rows() if r.id in ticked)

    def debt(self) -> Decimal:
        ticked = set(self.model.checked_keys())
        return sum((r.open_amount for r in self.model.rows() if r.id in ticked), ZERO)

    def covered(self) -> list[ItemRecord]:
        ticked = set(self.model.checked_keys())
        return [r for r in self.model.rows() if r.id in ticked]

    def set_ticked(self, item_id: int, ticked: bool) -> None:
        for row, record in enumerate(self.model.rows()):
            if record.id == item_id:
                state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                self.model.setData(self.model.index(row, 0), state.value,
                                   Qt.ItemDataRole.CheckStateRole)

    def is_complete(self) -> bool:
        return self.debt() > ZERO

    # -- events ------------------------------------------------------------------------
    def _toggle_row(self, index: QModelIndex) -> None:
        # A click anywhere on the row ticks it; the check box cell toggles itself.
        if self.fixed or not index.isValid() or index.column() == 0:
            return
        check = self.model.index(index.row(), 0)
        ticked = check.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.set_ticked(self.model.record(index.row()).id, not ticked)

    def _changed(self) -> None:
        if self.fixed and len(self.model.checked_keys()) < self.model.rowCount():
            for record in self.model.rows():
                self.set_ticked(record.id, True)  # emits again, with all ticked
            return
        self._show_total()
        self.completeChanged.emit()

    def _show_total(self) -> None:
        count = len(self.model.checked_keys())
        self.total.setText(
            arg(self.tr("Debt the plan covers: %1 (%2 of %3 items)"),
                display.money(self.debt(), self.currency), str(count),
                str(self.model.rowCount()))
        )
        if not self.model.rowCount():
            self.problem.show_message(self.tr("This customer has nothing open to spread."))
        elif not count:
            self.problem.show_message(self.tr("Tick at least one item for the plan to cover."))
        else:
            self.problem.show_message("")

    def focus_first(self) -> None:
        self.table.setFocus()

    def title(self) -> str:
        return self.tr("What the plan covers")

    def retranslate(self) -> None:
        if self.fixed:
            self.hint.setText(self.tr(
                "The new version covers what is left to pay of the plan it replaces."))
        else:
            self.hint.setText(self.tr(
                "Tick the items the plan spreads into installments. Disputed items are left "
                "out unless you tick them."
            ))
        self.model.refresh_display()
        self._show_total()
