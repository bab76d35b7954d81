"""The card's "Plans" tab: the customer's installment plans (every version, cancelled ones
too), and for the selected plan its installments, cheques and agreement versions, with the
plan's actions: pay against it, reprint its agreement, mark it signed on paper, invoke the
acceleration clause, cancel it, or change its terms as a new version.

Everything shown comes from ``shop.plans``; every action is one service call behind a
dialog that shows the service's refusal and announces the change on the ChangeBus, so the
card (this tab included) reloads the way it does after a payment.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.plan_records import AgreementRecord, PlanRecord
from arapp.ui import display
from arapp.ui.customers.card_parts import RecordTable
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.ops.changes import Changes, announce
from arapp.ui.plans.plan_columns import (
    agreement_columns,
    cheque_columns,
    installment_columns,
    plan_columns,
)
from arapp.ui.widgets.wrapping_label import WrappingLabel

#: Plans that still run: money can be paid against them and their terms changed.
RUNNING = ("active", "breached")


class PlansTab(Retranslating, QWidget):
    """``new_plan_action`` is the card's (Ctrl+Shift+P); the tab offers it first in its
    own row of buttons, followed by the actions on the selected plan (short names, full
    ones in the tooltips: the row fits the card's 980-pixel default width)."""

    def __init__(
        self,
        shop: Shop,
        customer_id: int,
        currency: str,
        new_plan_action: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer_id = customer_id
        self._plans: list[PlanRecord] = []

        self.pay_action = QAction(self)
        self.reprint_action = QAction(self)
        self.signed_action = QAction(self)
        self.breach_action = QAction(self)
        self.cancel_action = QAction(self)
        self.version_action = QAction(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.new_button = QToolButton(self)
        self.new_button.clicked.connect(new_plan_action.trigger)
        bar.addWidget(self.new_button)
        for action in (
            self.pay_action,
            self.reprint_action,
            self.signed_action,
            self.breach_action,
            self.cancel_action,
            self.version_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addStretch(1)

        self.plans: RecordTable[PlanRecord] = RecordTable(plan_columns(), currency, self)
        self.about = WrappingLabel(parent=self)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.installments = RecordTable(installment_columns(), currency, self)
        self.cheques = RecordTable(cheque_columns(), currency, self)
        self.agreements = RecordTable(agreement_columns(), currency, self)
        self.details = QTabWidget(self)
        self.details.setDocumentMode(True)
        self.details.addTab(self.installments, "")
        self.details.addTab(self.cheques, "")
        self.details.addTab(self.agreements, "")
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.about, 0, Qt.AlignmentFlag.AlignTop)
        lower_layout.addWidget(self.details, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.plans)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.plans.selectionModel().selectionChanged.connect(self._show_selected)
        self.agreements.selectionModel().selectionChanged.connect(self._update_actions)
        self.agreements.doubleClicked.connect(lambda *_: self.reprint_agreement())
        self.pay_action.triggered.connect(lambda: self.record_payment())
        self.reprint_action.triggered.connect(lambda: self.reprint_agreement())
        self.signed_action.triggered.connect(lambda: self.mark_signed_on_paper())
        self.breach_action.triggered.connect(lambda: self.breach())
        self.cancel_action.triggered.connect(lambda: self.cancel_plan())
        self.version_action.triggered.connect(lambda: self.new_version())
        self.retranslate()

    # -- data --------------------------------------------------------------------------
    def set_currency(self, currency: str) -> None:
        for table in (self.plans, self.installments, self.cheques, self.agreements):
            table.records.currency = currency
            table.records.refresh_display()

    def show_plans(self, plans: Sequence[PlanRecord]) -> None:
        """Show ``plans``, keeping the plan that was selected (or the first) selected."""
        current = self.selected_plan()
        self._plans = list(plans)
        self.plans.records.set_rows(self._plans)
        if not (current is not None and self.select_plan(current.id)) and self._plans:
            self.select_plan(self._plans[0].id)
        self._show_selected()

    def plan_rows(self) -> list[PlanRecord]:
        return list(self._plans)

    @staticmethod
    def texts(table: RecordTable[Any]) -> list[list[str]]:
        """What ``table`` (one of the tab's tables) shows, row by row (tests, scripts)."""
        model = table.records
        return [
            [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]

    def selected_plan(self) -> PlanRecord | None:
        return self.plans.selected()

    def select_plan(self, plan_id: int) -> bool:
        """Select the plan with id ``plan_id`` (through the model: QTableView.selectRow
        selects nothing in a right-to-left layout); False if it is not listed."""
        model = self.plans.records
        for row in range(model.rowCount()):
            if model.record(row).id == plan_id:
                self.plans.selectionModel().select(
                    model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    def selected_agreement(self) -> AgreementRecord | None:
        """The agreement version picked in its table, else the plan's latest one."""
        plan = self.selected_plan()
        if plan is None or not plan.agreements:
            return None
        picked = self.agreements.selected()
        if picked is not None and picked.plan_id == plan.id:
            return picked
        return max(plan.agreements, key=lambda a: a.version)

    def _show_selected(self, *_args: object) -> None:
        plan = self.selected_plan()
        self.installments.records.set_rows(plan.installments if plan else [])
        self.cheques.records.set_rows(plan.cheques if plan else [])
        self.agreements.records.set_rows(
            sorted(plan.agreements, key=lambda a: a.version, reverse=True) if plan else []
        )
        # Without a plan the lower tables would only be empty headers under the hint.
        self.details.setVisible(plan is not None)
        self._show_about()
        self._update_actions()

    def _show_about(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            self.about.setText(
                self.tr("No installment plans yet: New plan… sets one up.")
                if not self._plans
                else ""
            )
            return
        currency = self.plans.records.currency
        parts = [
            arg(self.tr("Debt %1"), display.money(plan.debt, currency)),
            arg(self.tr("down payment %1"), display.money(plan.down_payment, currency)),
            arg(self.tr("annual interest %1%"), display.ltr(f"{plan.annual_rate:f}")),
            arg(self.tr("interest %1"), display.money(plan.total_interest, currency)),
            arg(self.tr("grace %1 days"), str(plan.grace_days)),
        ]
        if plan.covered:
            parts.append(arg(self.tr("covers %1"), display.ltr(", ".join(plan.covered))))
        if plan.breached_on is not None:
            parts.append(arg(self.tr("accelerated on %1"), display.day(plan.breached_on)))
        if plan.waived:
            parts.append(arg(self.tr("interest waived %1"), display.money(plan.waived, currency)))
        if plan.cancelled_on is not None:
            parts.append(
                arg(
                    self.tr("cancelled on %1: %2"),
                    display.day(plan.cancelled_on),
                    display.isolate(plan.cancel_reason),
                )
            )
        self.about.setText(" · ".join(parts))
        color = display.DANGER.name() if plan.breachable else ""
        self.about.setStyleSheet(f"color: {color};" if color else "")

    def _update_actions(self, *_args: object) -> None:
        plan = self.selected_plan()
        running = plan is not None and plan.status in RUNNING and plan.replaced_by is None
        agreement = self.selected_agreement()
        self.pay_action.setEnabled(running and plan is not None and plan.open_amount > 0)
        self.reprint_action.setEnabled(agreement is not None)
        self.signed_action.setEnabled(agreement is not None and not agreement.signed)
        self.breach_action.setEnabled(plan is not None and plan.breachable)
        self.cancel_action.setEnabled(running)
        self.version_action.setEnabled(
            plan is not None and plan.status == "active" and plan.replaced_by is None
        )

    # -- actions -----------------------------------------------------------------------
    def new_plan(self, replaces: int | None = None) -> PlanRecord | None:
        """Set up a plan in the wizard (``replaces``: the plan whose terms change); the
        card reloads on the announced change and the new plan is selected."""
        try:
            # Imported here: the wizard (and the documents layer it prints with) loads
            # only when the owner asks for it.
            from arapp.ui.plans.plan_wizard import open_plan_wizard
        except ImportError:
            QMessageBox.information(
                self.window(),
                self.tr("Installment plans"),
                self.tr("Installment plans are not available in this version."),
            )
            return None
        if replaces is None:
            plan = open_plan_wizard(self.window(), self.shop, self.customer_id)
        else:
            plan = open_plan_wizard(self.window(), self.shop, self.customer_id, replaces=replaces)
        if plan is None:
            return None
        announce(self._changed())
        self.select_plan(plan.id)
        return plan

    def new_version(self) -> PlanRecord | None:
        plan = self.selected_plan()
        if plan is None or plan.status != "active":
            return None
        return self.new_plan(replaces=plan.id)

    def record_payment(self) -> bool:
        plan = self.selected_plan()
        if plan is None:
            return False
        from arapp.ui.plans.plan_payment import PlanPaymentDialog

        return self._run(PlanPaymentDialog(self.shop, plan, self.window()))

    def reprint_agreement(self) -> bool:
        """Show the kept agreement; True when it was printed or saved."""
        agreement = self.selected_agreement()
        plan = self.selected_plan()
        if agreement is None or plan is None:
            return False
        # Imported here: QtPdf loads only when a document is shown.
        from arapp.ui.plans.kept_agreement import KeptAgreementDialog

        dialog = KeptAgreementDialog(self.shop, plan, agreement, self.window())
        try:
            dialog.exec()
            return bool(dialog.delivered)
        finally:
            dialog.deleteLater()

    def mark_signed_on_paper(self) -> bool:
        agreement = self.selected_agreement()
        plan = self.selected_plan()
        if agreement is None or plan is None:
            return False
        from arapp.ui.plans.plan_decisions import MarkSignedDialog

        return self._run(MarkSignedDialog(self.shop, plan, agreement, self.window()))

    def breach(self) -> bool:
        plan = self.selected_plan()
        if plan is None or not plan.breachable:
            return False
        from arapp.ui.plans.plan_decisions import BreachDialog

        return self._run(BreachDialog(self.shop, plan, self.window()))

    def cancel_plan(self) -> bool:
        plan = self.selected_plan()
        if plan is None or plan.status not in RUNNING:
            return False
        from arapp.ui.plans.plan_decisions import CancelPlanDialog

        return self._run(CancelPlanDialog(self.shop, plan, self.window()))

    def _run(self, dialog: QDialog) -> bool:
        """Run a service dialog; it announces what it changed (and the card reloads)."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def _changed(self) -> Changes:
        return Changes(customers=frozenset({self.customer_id}), ledger=True)

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New plan…"))
        self.new_button.setToolTip(self.tr("New installment plan (Ctrl+Shift+P)"))
        # Short names on the buttons (the row must fit a 1366-pixel screen), the full
        # ones in the tooltips.
        self.pay_action.setText(self.tr("Payment against the plan…"))
        self.pay_action.setToolTip(self.tr("Record a payment against the plan"))
        self.reprint_action.setText(self.tr("Reprint agreement…"))
        self.reprint_action.setToolTip(
            self.tr("Show, print or save the agreement exactly as it was kept")
        )
        self.signed_action.setText(self.tr("Signed on paper…"))
        self.signed_action.setToolTip(
            self.tr("Mark the printed agreement signed on paper, with a scan if there is one")
        )
        self.breach_action.setText(self.tr("Breach (acceleration)…"))
        self.breach_action.setToolTip(
            self.tr("Possible once an installment is late by more than the plan's grace days")
        )
        self.cancel_action.setText(self.tr("Cancel plan…"))
        self.cancel_action.setToolTip(self.tr("Cancel the plan, giving a reason"))
        self.version_action.setText(self.tr("New version…"))
        self.version_action.setToolTip(
            self.tr("Change the plan's terms: a new version replaces it, the old one is kept")
        )
        self.details.setTabText(0, self.tr("Installments"))
        self.details.setTabText(1, self.tr("Cheques"))
        self.details.setTabText(2, self.tr("Agreement versions"))
        for table in (self.plans, self.installments, self.cheques, self.agreements):
            table.records.refresh_display()
        self._show_about()

