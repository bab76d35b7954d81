"""The Cheques screen: the register of cheques received, filtered by what the owner does
next (to deposit today — the default —, deposited and not yet cleared, returned, post-dated
in hand, all) and searched by number, account, drawer or customer; the bank's steps on the
selected cheques (deposit a batch, cleared, returned, given back, replaced by cash or by
another cheque), from
the toolbar or the context menu. Reads through ``shop.cheques`` only; a step goes through
a dialog of :mod:`arapp.ui.cheques.cheque_dialogs` and the change bus refreshes this
screen and any open card.

:class:`ChequesPanel` is the screen without the shell: the card's Cheques tab is the same
panel over one customer's cheques.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.plan_records import ChequeRecord
from arapp.ui import display
from arapp.ui.cheques.cheque_dialogs import (
    ChargeFeeDialog,
    ClearDialog,
    DepositDialog,
    GiveBackDialog,
    ReplaceDialog,
    ReturnDialog,
)
from arapp.ui.cheques.cheque_table import ChequeTable, total
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.ops.changes import Changes, change_bus
from arapp.ui.shell.screens import register_screen

# The filters, in tab order: a key each.
FILTERS: tuple[str, ...] = ("to_deposit", "deposited", "returned", "post_dated", "all")
SEARCH_DELAY_MS = 250


class ChequesPanel(Retranslating, QWidget):
    """Filters, search, the table, its totals and the actions. ``customer_id``: only that
    customer's cheques (the card's tab). ``follow_changes``: refresh on every change
    announced; the main window's screen does not (the window refreshes the screen shown
    and marks the others stale, so a hidden register is not read after every payment)."""

    customerActivated = Signal(int)

    def __init__(
        self,
        shop: Shop,
        parent: QWidget | None = None,
        customer_id: int | None = None,
        follow_changes: bool = True,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer_id = customer_id
        self.currency = shop.settings.currency
        self._names: dict[int, str] = {}

        self.filters = QTabBar(self)
        for _key in FILTERS:
            self.filters.addTab("")
        self.filters.setExpanding(False)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)  # the placeholder names what it searches
        self.table = ChequeTable(self._name, self.currency, self)
        self.totals = QLabel(self)

        self.deposit_action = QAction(self)
        self.clear_action = QAction(self)
        self.return_action = QAction(self)
        self.give_back_action = QAction(self)
        self.replace_action = QAction(self)
        self.fee_action = QAction(self)
        self.actions_: list[tuple[QAction, Callable[[], bool]]] = [
            (self.deposit_action, self.deposit),
            (self.clear_action, self.mark_cleared),
            (self.return_action, self.mark_returned),
            (self.give_back_action, self.give_back),
            (self.replace_action, self.replace),
            (self.fee_action, self.charge_fee),
        ]
        toolbar = QHBoxLayout()
        for action, slot in self.actions_:
            action.triggered.connect(lambda _c=False, s=slot: s())
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toolbar.addWidget(button)
        toolbar.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(self.filters)
        top.addStretch(1)
        top.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)

        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.table.activated.connect(
            lambda index: self.customerActivated.emit(
                self.table.records.record(index.row()).customer_id
            )
        )
        self.filters.currentChanged.connect(lambda _i: self.refresh())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.retranslate()
        self.refresh()
        if follow_changes:
            change_bus().changed.connect(self._on_changes)

    # -- data ---------------------------------------------------------------------------
    def _name(self, customer_id: int) -> str:
        # Read in refresh(), never while painting: a repaint after a language switch
        # must not need the database (the shop may be closed by then).
        return self._names.get(customer_id, "")

    def filter_key(self) -> str:
        return FILTERS[max(self.filters.currentIndex(), 0)]

    def set_filter(self, key: str) -> None:
        self.filters.setCurrentIndex(FILTERS.index(key))  # → refresh

    def cheques(self) -> list[ChequeRecord]:
        """The register as the filter and search ask, read from the service."""
        key = self.filter_key()
        today = date.today()
        status = {
            "to_deposit": "in_hand",
            "post_dated": "in_hand",
            "deposited": "deposited",
            "returned": "returned",
        }.get(key)
        found = self.shop.cheques.list(
            status=status, customer_id=self.customer_id, search=self.search.text()
        )
        if key == "to_deposit":
            return [c for c in found if c.date <= today]
        if key == "post_dated":
            return [c for c in found if c.date > today]
        return found

    def refresh(self) -> None:
        """Read the cheques again, keeping the selected ones selected."""
        self._timer.stop()
        if self.shop.closed:
            return
        kept = [c.id for c in self.table.selected()]
        found = self.cheques()
        self._names = {
            cid: self.shop.customers.get(cid).name for cid in {c.customer_id for c in found}
        }
        self.table.records.set_rows(found)
        if kept:
            self.table.select_ids(kept)
        self._update()

    def _on_changes(self, changes: Changes) -> None:
        if self.shop.closed:
            return
        if changes.settings:
            self.currency = self.table.records.currency = self.shop.settings.currency
        if self.customer_id is None or changes.touches(self.customer_id) or changes.settings:
            self.refresh()

    def selected(self) -> list[ChequeRecord]:
        return self.table.selected()

    def _update(self) -> None:
        chosen = self.selected()
        statuses = {c.status for c in chosen}
        one = len(chosen) == 1
        self.deposit_action.setEnabled(bool(chosen) and statuses == {"in_hand"})
        self.clear_action.setEnabled(bool(chosen) and statuses == {"deposited"})
        self.return_action.setEnabled(one and statuses <= {"in_hand", "deposited"})
        self.give_back_action.setEnabled(one and statuses <= {"in_hand", "returned"})
        self.replace_action.setEnabled(one and statuses <= {"in_hand", "returned"})
        self.fee_action.setEnabled(one and statuses == {"returned"} and chosen[0].fee is None)
        shown = self.table.records.rows()
        text = arg(
            self.tr("%1 cheques · total %2"),
            str(len(shown)),
            display.money(total(shown), self.currency),
        )
        if chosen:
            text += "   ·   " + arg(
                self.tr("selected %1 · %2"),
                str(len(chosen)),
                display.money(total(chosen), self.currency),
            )
        self.totals.setText(text)

    # -- actions ------------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> bool:
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted  # it announced the change
        finally:
            dialog.deleteLater()

    def deposit(self) -> bool:
        chosen = [c for c in self.selected() if c.status == "in_hand"]
        return bool(chosen) and self._run(DepositDialog(self.shop, chosen, self))

    def mark_cleared(self) -> bool:
        chosen = [c for c in self.selected() if c.status == "deposited"]
        return bool(chosen) and self._run(ClearDialog(self.shop, chosen, self))

    def mark_returned(self) -> bool:
        chosen = self.selected()
        return len(chosen) == 1 and self._run(ReturnDialog(self.shop, chosen[0], self))

    def give_back(self) -> bool:
        chosen = self.selected()
        return len(chosen) == 1 and self._run(GiveBackDialog(self.shop, chosen[0], self))

    def replace(self) -> bool:
        chosen = self.selected()
        if len(chosen) != 1:
            return False
        dialog = ReplaceDialog(self.shop, chosen[0], self)
        done = dialog.exec() == QDialog.DialogCode.Accepted
        warnings = dialog.warnings() if done else []
        dialog.deleteLater()
        if warnings:
            QMessageBox.information(self, self.tr("Cheque replaced"), "\n".join(warnings))
        return done

    def charge_fee(self) -> bool:
        chosen = self.selected()
        return len(chosen) == 1 and self._run(ChargeFeeDialog(self.shop, chosen[0], self))

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action, _slot in self.actions_:
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        names = {
            "to_deposit": self.tr("To deposit"),
            "deposited": self.tr("Deposited, not cleared"),
            "returned": self.tr("Returned"),
            "post_dated": self.tr("In hand (post-dated)"),
            "all": self.tr("All"),
        }
        for i, key in enumerate(FILTERS):
            self.filters.setTabText(i, names[key])
        self.search.setPlaceholderText(self.tr("Search: cheque no., account, drawer, customer"))
        # Shortcut letters differ from the main window's menus and the card's buttons
        # (the panel is the card's Cheques tab too), in every language.
        self.deposit_action.setText(self.tr("&Deposit…"))
        self.deposit_action.setToolTip(self.tr("Deposit the selected cheques as one batch"))
        self.clear_action.setText(self.tr("Cle&ared…"))
        self.return_action.setText(self.tr("&Returned…"))
        self.give_back_action.setText(self.tr("Give &back…"))
        self.replace_action.setText(self.tr("Replace (ca&sh or cheque)…"))
        self.replace_action.setToolTip(
            self.tr("Replace the cheque with cash or with another cheque"))
        self.fee_action.setText(self.tr("Charge &the fee…"))
        self.fee_action.setToolTip(
            self.tr(
                "Charge the bank's fee for a returned cheque now (for a consumer: "
                "14 days after the debt notice)"
            )
        )
        self.table.records.refresh_display()
        self._update()


@register_screen("cheques")
class ChequesView(ChequesPanel):
    """The main window's Cheques screen: every customer's cheques."""

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(shop, parent, follow_changes=False)
