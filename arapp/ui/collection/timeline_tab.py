"""The card's Timeline tab: one list of everything that happened with the customer —
contacts the owner logged, letters, promises, payments, cheques, plans — newest first,
filterable by kind (``shop.interactions.timeline``).

A contact the owner logged can be corrected ("Correct this entry…" opens the log dialog
filled in; the log is append-only, so the old entry stays, shown as corrected); a letter
opens as it was sent. A promise shows how it stands today
(``shop.interactions.promises``: kept, open, broken — from the payments).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arapp.core.collection import CONTACT_KINDS, ENTRY_KINDS
from arapp.core.collection.kinds import OUTCOME_CODES, note_amount
from arapp.core.placeholders import arg
from arapp.core.services import Shop, clock
from arapp.core.services.interaction_records import PromiseStatus, TimelineEntry
from arapp.ui import display
from arapp.ui.collection.labels import (
    contact_kind_name,
    credit_override_name,
    direction_name,
    outcome_name,
    promise_state_name,
    reason_name,
)
from arapp.ui.i18n.labels import letter_kind_name, method_name, return_reason_name
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.letters.open_kept import open_kept_letter

WHEN, WHAT, OUTCOME, PROMISE, FOLLOW_UP, NOTE = range(6)

# The words of each list of outcome codes (OUTCOME_CODES).
_OUTCOME_NAMES: dict[str, Callable[[str], str]] = {
    "letter_kind": letter_kind_name,
    "payment_method": method_name,
    "return_reason": return_reason_name,
    "credit_override": credit_override_name,
}

#: The filter's groups before the single kinds: every contact the owner logged.
CONTACTS = "contacts"


class TimelineTab(Retranslating, QWidget):
    """``load()`` reads the timeline again (the card calls it after a change);
    ``rows()`` gives the shown texts (for tests)."""

    def __init__(self, shop: Shop, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer_id = customer_id
        self.currency = shop.settings.currency
        self._entries: list[TimelineEntry] = []
        self._promises: dict[int, PromiseStatus] = {}

        self.filter = QComboBox(self)
        self.show_corrected = QCheckBox(self)
        self.log_button = QPushButton(self)
        self.correct_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setColumnCount(6)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter)
        bar.addWidget(self.show_corrected)
        bar.addStretch(1)
        bar.addWidget(self.log_button)
        bar.addWidget(self.correct_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.filter.currentIndexChanged.connect(lambda _i: self.load())
        self.show_corrected.toggled.connect(lambda _on: self._fill())
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.table.itemActivated.connect(lambda *_: self.activate_selected())
        self.correct_button.clicked.connect(self.correct_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.retranslate()

    # -- reading -----------------------------------------------------------------------
    def chosen_kinds(self) -> list[str] | None:
        code = self.filter.currentData()
        if not code:
            return None
        return list(CONTACT_KINDS) if code == CONTACTS else [str(code)]

    def load(self) -> None:
        self._entries = self.shop.interactions.timeline(self.customer_id, self.chosen_kinds())
        self._promises = {
            p.entry_id: p for p in self.shop.interactions.promises(self.customer_id, clock.today())
        }
        self._fill()

    def set_filter(self, code: str) -> None:
        self.filter.setCurrentIndex(max(0, self.filter.findData(code)))  # → load

    def entries(self) -> list[TimelineEntry]:
        """The entries shown, in order."""
        return [self._entry(self.table.topLevelItem(r)) for r in range(self.count())]

    def count(self) -> int:
        return self.table.topLevelItemCount()

    def rows(self) -> list[list[str]]:
        return [
            [self.table.topLevelItem(r).text(c) for c in range(self.table.columnCount())]
            for r in range(self.count())
        ]

    def selected(self) -> TimelineEntry | None:
        item = self.table.currentItem()
        return None if item is None else self._entry(item)

    def select_row(self, row: int) -> None:
        self.table.setCurrentItem(self.table.topLevelItem(row))

    def _entry(self, item: QTreeWidgetItem) -> TimelineEntry:
        entry: TimelineEntry = item.data(0, Qt.ItemDataRole.UserRole)
        return entry

    # -- showing -----------------------------------------------------------------------
    def _fill(self) -> None:
        current = self.selected()
        self.table.clear()
        corrected = self.show_corrected.isChecked()
        for entry in self._entries:
            if entry.superseded and not corrected:
                continue
            item = QTreeWidgetItem(self.table, self._texts(entry))
            item.setData(0, Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(NOTE, entry.note)
            item.setTextAlignment(PROMISE, display.NUMBER_ALIGNMENT)
            if entry.superseded:
                font = QFont(item.font(0))
                font.setStrikeOut(True)
                for column in range(self.table.columnCount()):
                    item.setFont(column, font)
                    item.setForeground(column, QBrush(display.MUTED))
            elif entry.automatic:
                item.setForeground(WHAT, QBrush(display.MUTED))
            promise = self._promises.get(entry.id)
            if promise is not None and promise.state in ("broken", "partly_kept"):
                item.setForeground(PROMISE, QBrush(display.DANGER))
            if current is not None and entry.id == current.id:
                self.table.setCurrentItem(item)
        self._update_buttons()

    def _texts(self, entry: TimelineEntry) -> list[str]:
        what = contact_kind_name(entry.kind)
        if entry.direction:
            what += " · " + direction_name(entry.direction)
        if entry.corrects_id is not None:
            what += " · " + self.tr("correction")
        if entry.superseded:
            what += " · " + self.tr("corrected")
        outcome = self._outcome_text(entry)
        # A letter's entry notes its kind and language as codes: the outcome column and
        # the Letters tab say both in words.
        note = "" if entry.kind == "letter" else self._note_text(entry)
        return [
            display.ltr(entry.at.strftime("%d/%m/%Y %H:%M")),
            what,
            outcome,
            self._promise_text(entry),
            display.day(entry.follow_up_date),
            note,
        ]

    def _note_text(self, entry: TimelineEntry) -> str:
        """The note on one line; a payment's amount (or a void's) as money."""
        amount, rest = note_amount(entry.kind, entry.note)
        rest = rest.replace("\n", " ")
        if amount is None:
            return rest
        money = display.money(amount, self.currency)
        return f"{money} · {rest}" if rest else money

    @staticmethod
    def _outcome_text(entry: TimelineEntry) -> str:
        """The outcome in words: an automatic entry's outcome is a code of the record
        behind it (a letter's kind, a payment's method, the bank's reason)."""
        codes = OUTCOME_CODES.get(entry.kind)
        if codes is not None:
            return _OUTCOME_NAMES[codes](entry.outcome) if entry.outcome else ""
        if entry.automatic:
            return entry.outcome
        return " · ".join(t for t in (outcome_name(entry.outcome), reason_name(entry.reason)) if t)

    def _promise_text(self, entry: TimelineEntry) -> str:
        if entry.promise_amount is None or entry.promise_date is None:
            return ""
        text = arg(
            self.tr("%1 by %2"),
            display.money(entry.promise_amount, self.currency),
            display.day(entry.promise_date),
        )
        promise = self._promises.get(entry.id)
        if promise is not None and not entry.superseded:
            text += " · " + promise_state_name(promise.state)
        return text

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.correct_button.setEnabled(
            entry is not None and not entry.automatic and not entry.superseded
        )
        self.open_button.setEnabled(entry is not None and entry.document_id is not None)

    # -- acting ------------------------------------------------------------------------
    def activate_selected(self) -> bool:
        entry = self.selected()
        if entry is None:
            return False
        if entry.document_id is not None:
            return self.open_selected()
        return self.correct_selected()

    def correct_selected(self) -> bool:
        """Open the log dialog on the selected contact; True once the correction is
        recorded (the dialog announced it, and the card reloads)."""
        entry = self.selected()
        if entry is None or entry.automatic or entry.superseded:
            return False
        from arapp.ui.collection.log_dialog import LogDialog

        dialog = LogDialog(self.shop, self.customer_id, self.window(), correcting=entry)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def open_selected(self) -> bool:
        entry = self.selected()
        if entry is None or entry.document_id is None:
            return False
        return open_kept_letter(self.shop, entry.document_id, self.window())

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Everything"), "")
        self.filter.addItem(self.tr("Contacts only"), CONTACTS)
        for code in ENTRY_KINDS:
            self.filter.addItem(contact_kind_name(code), code)
        self.filter.setCurrentIndex(max(0, self.filter.findData(current or "")))
        self.filter.blockSignals(False)
        self.show_corrected.setText(self.tr("Show corrected entries"))
        self.log_button.setText(self.tr("Log contact… (Ctrl+K)"))
        self.correct_button.setText(self.tr("Correct this entry…"))
        self.open_button.setText(self.tr("Open letter…"))
        self.table.setHeaderLabels([
            self.tr("When"), self.tr("What"), self.tr("Outcome"), self.tr("Promise"),
            self.tr("Follow-up"), self.tr("Note"),
        ])
        self._fill()
