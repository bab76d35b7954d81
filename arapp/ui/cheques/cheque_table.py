"""The register's table: one row per cheque, several rows selectable, with the columns the
owner reads a cheque by (customer, number, bank-branch-account, amount, date, drawer,
status, what it pays, the bank's reason). Used by the Cheques screen and the card's tab."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from arapp.core.money import ZERO
from arapp.core.placeholders import arg
from arapp.core.services.plan_records import ChequeRecord
from arapp.ui import display
from arapp.ui.i18n.labels import cheque_status_name, return_reason_name
from arapp.ui.plans.plan_columns import account_text
from arapp.ui.widgets.record_table import Column, RecordTableModel

# Left-to-right in every language: the MICR line's digits read the same way in a
# right-to-left table, and an account number is never mirrored (nor its column).
LTR_ALIGNMENT = (
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
)


def _drawer(cheque: ChequeRecord) -> str:
    if not cheque.drawer_name:
        return QCoreApplication.translate("ChequeTable", "The customer")
    if cheque.drawer_id:
        return f"{display.isolate(cheque.drawer_name)} ({display.ltr(cheque.drawer_id)})"
    return display.isolate(cheque.drawer_name)


def _reason(cheque: ChequeRecord, currency: str) -> str:
    """The bank's reason, and the fee charged for it when there is one."""
    if not cheque.reason:
        return ""
    reason = return_reason_name(cheque.reason)
    if cheque.fee is None:
        return reason
    fee = display.money(cheque.fee, currency)
    return arg(QCoreApplication.translate("ChequeTable", "%1 · fee %2"), reason, fee)


def _color(cheque: ChequeRecord) -> Any:
    if cheque.status == "returned":
        return display.DANGER
    return display.MUTED if cheque.status in ("given_back", "replaced") else None


class ChequeModel(RecordTableModel[ChequeRecord]):
    """Rows of :class:`ChequeRecord`; ``names`` gives a customer's name by id."""

    ACCOUNT_COLUMN = 2

    def __init__(self, names: Callable[[int], str], currency: str, parent: Any = None) -> None:
        columns: list[Column[ChequeRecord]] = [
            Column(
                lambda: QCoreApplication.translate("ChequeTable", "Customer"),
                lambda r: (
                    f"{display.ltr(r.customer_code)}  {display.isolate(names(r.customer_id))}"
                ),
            ),
            Column(
                lambda: QCoreApplication.translate("ChequeTable", "Cheque no."),
                lambda r: display.ltr(r.number),
            ),
            Column(
                lambda: QCoreApplication.translate("ChequeTable", "Bank-branch-account"),
                account_text,
            ),
            Column(
                lambda: QCoreApplication.translate("ChequeTable", "Amount"),
                lambda r: r.amount,
                "money",
            ),
            Column(
                lambda: QCoreApplication.translate("ChequeTable", "Date on the cheque"),
                lambda r: r.date,
                "date",
            ),
            Column(lambda: QCoreApplication.translate("ChequeTable", "Drawer"), _drawer),
            Column(
                lambda: QCoreApplication.translate("ChequeTable", "Status"),
                lambda r: cheque_status_name(r.status),
                color=_color,
            ),
            Column(
                lambda: QCoreApplication.translate("ChequeTable", "Pays"),
                lambda r: display.ltr(", ".join(r.pays)),
            ),
            Column(
                lambda: QCoreApplication.translate("ChequeTable", "Reason"),
                lambda r: _reason(r, self.currency),
                color=_color,
            ),
        ]
        super().__init__(columns, key=lambda r: r.id, currency=currency, parent=parent)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.ACCOUNT_COLUMN:
            return int(LTR_ALIGNMENT)
        return super().data(index, role)


class ChequeTable(QTableView):
    """The register's rows, several selectable (Ctrl/Shift-click)."""

    def __init__(
        self, names: Callable[[int], str], currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.records = ChequeModel(names, currency, self)
        self.setModel(self.records)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(100)
        header.setStretchLastSection(True)

    def selected(self) -> list[ChequeRecord]:
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        return [self.records.record(r) for r in rows]

    def select_ids(self, ids: Sequence[int]) -> None:
        """Select the rows of these cheques (through the selection model: selectRow
        selects nothing in a right-to-left layout)."""
        wanted = set(ids)
        selection = QItemSelection()
        model = self.records
        for row in range(model.rowCount()):
            if model.record(row).id in wanted:
                selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def total(cheques: Sequence[ChequeRecord]) -> Decimal:
    return sum((c.amount for c in cheques), ZERO)
