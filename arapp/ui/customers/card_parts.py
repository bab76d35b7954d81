"""Pieces of the customer card: the aging strip, and the invoice and payment tables with
their columns (kept here so that customer_card.py reads as the card's behaviour)."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from arapp.core.aging import AgingRow
from arapp.core.placeholders import arg
from arapp.core.services.records import CreditRecord, ItemRecord
from arapp.ui import display
from arapp.ui.i18n.labels import (
    credit_kind_name,
    debit_description,
    debit_kind_name,
    method_name,
    void_reason_text,
)
from arapp.ui.widgets.record_table import Column, RecordTableModel

T = TypeVar("T")

#: Aging buckets in reading order (AgingRow field names).
_BUCKETS = ("current", "d1_30", "d31_60", "d61_90", "d91_plus", "credit", "total")


class AgingStrip(QFrame):
    """One row of tiles: caption over amount, one tile per aging bucket."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self._row = AgingRow()
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(18)
        for column, key in enumerate(_BUCKETS):
            caption = QLabel(self)
            caption.setStyleSheet(f"color: {display.MUTED.name()};")
            value = QLabel(self)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            for label in (caption, value):
                label.setAlignment(display.NUMBER_ALIGNMENT)
            grid.addWidget(caption, 0, column)
            grid.addWidget(value, 1, column)
            grid.setColumnStretch(column, 1)
            self.captions[key], self.values[key] = caption, value
        self.retranslate()

    def set_row(self, row: AgingRow) -> None:
        self._row = row
        for key, label in self.values.items():
            amount: Decimal = getattr(row, key)
            # The ledger keeps credit negative (it lowers the total); under the caption
            # "Credit" it is the amount the customer has in hand, without a minus.
            shown = -amount if key == "credit" else amount
            label.setText(display.money(shown, self.currency))
            late = key in ("d31_60", "d61_90", "d91_plus") and amount > 0
            label.setStyleSheet(f"color: {display.DANGER.name()};" if late else "")

    def row(self) -> AgingRow:
        return self._row

    def retranslate(self) -> None:
        # "%1 days" with the range as a left-to-right unit: in Hebrew and Arabic "1–30"
        # on its own would be reordered by the bidi algorithm into "30–1".
        days = QCoreApplication.translate("CustomerCard", "%1 days")
        texts = {
            "current": QCoreApplication.translate("CustomerCard", "Not yet due"),
            "d1_30": arg(days, display.ltr("1–30")),
            "d31_60": arg(days, display.ltr("31–60")),
            "d61_90": arg(days, display.ltr("61–90")),
            "d91_plus": arg(days, display.ltr("91+")),
            "credit": QCoreApplication.translate("CustomerCard", "Credit"),
            "total": QCoreApplication.translate("CustomerCard", "Total"),
        }
        for key, label in self.captions.items():
            label.setText(texts[key])
        self.set_row(self._row)


class RecordTable(QTableView, Generic[T]):
    """A read-only, row-selecting table over a :class:`RecordTableModel`."""

    def __init__(
        self, columns: Sequence[Column[T]], currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.records: RecordTableModel[T] = RecordTableModel(
            columns, currency=currency, parent=self
        )
        self.setModel(self.records)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        # Columns fit their contents as the model changes (no explicit resize on reset:
        # that measured every cell a second time). Measuring the first 100 rows is
        # enough to fit numbers, dates and amounts, and keeps a card of a customer with
        # hundreds of invoices opening at once (Qt measures 1,000 rows by default).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(100)
        header.setStretchLastSection(True)

    def selected(self) -> T | None:
        rows = self.selectionModel().selectedRows()
        return self.records.record(rows[0].row()) if rows else None

    def select_first(self) -> None:
        if self.records.rowCount():
            self.selectRow(0)


def _late(item: ItemRecord) -> int | None:
    if item.voided or item.open_amount <= 0:
        return None
    late = (date.today() - item.due_date).days
    return late if late > 0 else None


def _item_status(item: ItemRecord) -> str:
    if item.voided:
        return arg(QCoreApplication.translate("CustomerCard", "Void: %1"),
                   void_reason_text(item.void_reason))
    if item.disputed:
        return QCoreApplication.translate("CustomerCard", "Disputed")
    if item.open_amount == 0:
        return QCoreApplication.translate("CustomerCard", "Paid")
    if item.open_amount < item.amount:
        return QCoreApplication.translate("CustomerCard", "Partly paid")
    return ""


def _status_color(item: ItemRecord) -> Any:
    if item.voided:
        return display.MUTED
    return display.WARNING if item.disputed else None


def item_columns(owner: Any) -> list[Column[ItemRecord]]:
    """Invoice table columns; ``owner`` only anchors the translation context."""
    return [
        Column(lambda: QCoreApplication.translate("CustomerCard", "Number"), lambda r: r.number),
        Column(
            lambda: QCoreApplication.translate("CustomerCard", "Kind"),
            lambda r: debit_kind_name(r.kind),
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerCard", "Date"),
            lambda r: r.issue_date,
            "date",
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerCard", "Due"), lambda r: r.due_date, "date"
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerCard", "Amount"),
            lambda r: r.amount,
            "money",
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerCard", "Open"),
            lambda r: r.open_amount,
            "money",
            color=lambda r: display.DANGER if _late(r) else None,
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerCard", "Days late"),
            _late,
            "number",
            color=lambda r: display.DANGER if (_late(r) or 0) > 90 else None,
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerCard", "Status"),
            _item_status,
            color=_status_color,
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerCard", "Description"),
            lambda r: debit_description(r.kind, r.number, r.description),
        ),
    ]


def _applied_text(credit: CreditRecord, currency: str) -> str:
    """Where the money went: "100123: 50.00 ₪; 100124: 20.00 ₪; credit 5.00 ₪"."""
    parts = [f"{a.item_number}: {display.money(a.amount, currency)}" for a in credit.applied]
    if credit.unapplied > 0:
        parts.append(
            arg(
                QCoreApplication.translate("CustomerCard", "credit %1"),
                display.money(credit.unapplied, currency),
            )
        )
    return "; ".join(parts)


def credit_columns(owner: Any) -> list[Column[CreditRecord]]:
    """The payments table's columns; amounts in ``owner.currency`` as it is when shown (the
    owner may change the currency in the settings while the card is open)."""
    # Weakly: the columns live in the card's own table, and a strong reference back would
    # keep a closed card's Python side alive.
    owner_ref = weakref.ref(owner)

    def currency() -> str:
        alive = owner_ref()
        return str(alive.currency) if alive is not None else ""

    return [
        Column(
            lambda: QCoreApplication.translate("CustomerCard", "Date"), lambda r: r.date, "date"
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerCard", "Kind"),
            lambda r: credit_kind_name(r.kind),
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerCard", "Method"),
            lambda r: method_name(r.method) if r.method else "",
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerCard", "Reference"),
            lambda r: r.reference or r.number,
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerCard", "Amount"),
            lambda r: r.amount,
            "money",
        ),
        Column(
            lambda: QCoreApplication.translate("CustomerCard", "Applied to"),
            lambda r: (
                arg(QCoreApplication.translate("CustomerCard", "Void: %1"),
                    void_reason_text(r.void_reason))
                if r.voided
                else _applied_text(r, currency())
            ),
            color=lambda r: display.MUTED if r.voided else None,
            tooltip=lambda r: _applied_text(r, currency()),
        ),
    ]
