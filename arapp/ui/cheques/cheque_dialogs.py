"""The bank's steps on the selected cheques, each one service call in a
:class:`~arapp.ui.widgets.service_dialog.ServiceDialog` (a refusal shows inline, nothing
changes; success is announced on the change bus): deposit a batch, mark cleared, returned
(the bank's reason and fee), given back, replaced by cash or by another cheque."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from arapp.core.cheques import RETURN_REASONS, ChequeWarning
from arapp.core.errors import InvalidField, UserError
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.plan_records import ChequeRecord
from arapp.ui import display
from arapp.ui.cheques.cheque_form import ChequeFields
from arapp.ui.cheques.cheque_table import total
from arapp.ui.i18n.labels import return_reason_name
from arapp.ui.ops.changes import Changes
from arapp.ui.plans.plan_columns import account_text
from arapp.ui.widgets.date_edit import DateEdit
from arapp.ui.widgets.messages import translated
from arapp.ui.widgets.money_edit import ErrorLabel, MoneyEdit, with_error
from arapp.ui.widgets.service_dialog import ServiceDialog
from arapp.ui.widgets.wrapping_label import WrappingLabel


class _ChequesDialog(ServiceDialog):
    """A dialog over some cheques: what they are (count and sum) above a form."""

    def __init__(
        self, shop: Shop, cheques: Sequence[ChequeRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.cheques = list(cheques)
        self.currency = shop.settings.currency
        self.summary = WrappingLabel(parent=self)
        self.form = QFormLayout()
        self.on_label = QLabel(self)
        self.on = DateEdit(date.today(), self)
        self.form.addRow(self.on_label, self.on)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.summary)
        self.layout_.addLayout(self.form)

    def _finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def ids(self) -> list[int]:
        return [c.id for c in self.cheques]

    def changes(self) -> Changes:
        return Changes(customers=frozenset(c.customer_id for c in self.cheques), ledger=True)

    def _one_line(self) -> str:
        (c,) = self.cheques[:1]
        return arg(
            self.tr("Cheque %1 of %2, %3, dated %4"),
            display.ltr(c.number),
            account_text(c),
            display.money(c.amount, self.currency),
            display.day(c.date),
        )

    def _count_line(self) -> str:
        return arg(
            # By its context's name: PySide finds a base class's plural only so.
            QCoreApplication.translate("_ChequesDialog", "%n cheque(s), total %1", "",
                                       len(self.cheques)),
            display.money(total(self.cheques), self.currency),
        )


class DepositDialog(_ChequesDialog):
    """Deposit the cheques as one batch: the day (today), the shop's account (optional);
    what the bank would say (dated later, stale) shows as the day changes, and a cheque
    dated after the day is deposited only once the owner agrees."""

    def __init__(
        self, shop: Shop, cheques: Sequence[ChequeRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(shop, cheques, parent)
        self.account_label = QLabel(self)
        self.account = QLineEdit(self)
        self.account.setMaxLength(100)
        self.form.addRow(self.account_label, self.account)
        self.warnings = WrappingLabel(parent=self)
        self.warnings.setStyleSheet(f"color: {display.WARNING.name()};")
        self.layout_.addWidget(self.warnings)
        #: Open the day's deposit list once deposited, to print it for the bank.
        self.show_list = QCheckBox(self)
        self.layout_.addWidget(self.show_list)
        self._finish_layout()
        self.allow_early = False
        self.batch: int | None = None
        self._found: list[ChequeWarning] = []
        self.on.dateChanged.connect(lambda _d: self._show_warnings())
        self.retranslate()
        self._show_warnings()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Deposit cheques"))
        self.summary.setText(self._count_line())
        self.on_label.setText(self.tr("Deposit date"))
        self.account_label.setText(self.tr("Into the shop's bank account (optional)"))
        self.show_list.setText(self.tr("Then show the deposit list, to print for the bank"))
        self._render_warnings()

    def _show_warnings(self) -> None:
        """What the bank would say on the chosen day (read again when the day changes;
        a change of language only re-words what was found)."""
        if not self.on.is_valid():
            return
        try:
            self._found = list(self.shop.cheques.deposit_warnings(self.ids(), self.on.value()))
        except UserError:
            self._found = []
        self._render_warnings()

    def _render_warnings(self) -> None:
        found = self._found
        self.warnings.setText(
            "\n".join(translated(w.template, dict(w.params), w.message) for w in found)
        )
        self.warnings.setVisible(bool(found))

    def early(self) -> list[ChequeRecord]:
        """The cheques dated after the deposit day (the bank would return them)."""
        day = self.on.value()
        return [c for c in self.cheques if c.date > day]

    def confirm(self) -> bool:
        early = self.early()
        if not early:
            self.allow_early = False
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Deposit before the date?"),
            arg(
                self.tr(
                    "These cheques are dated after the deposit date: %1. The bank may return "
                    "a cheque deposited before its date. Deposit them anyway?"
                ),
                display.ltr(", ".join(c.number for c in early)),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        self.allow_early = answer == QMessageBox.StandardButton.Yes
        return self.allow_early

    def submit(self) -> None:
        self.batch = self.shop.cheques.deposit(
            self.ids(), self.on.value(), self.account.text(), allow_early=self.allow_early
        )


class ClearDialog(_ChequesDialog):
    """The bank credited the deposited cheques on a day."""

    def __init__(
        self, shop: Shop, cheques: Sequence[ChequeRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(shop, cheques, parent)
        self._finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cheques cleared"))
        self.summary.setText(self._count_line())
        self.on_label.setText(self.tr("Cleared on"))

    def submit(self) -> None:
        self.shop.cheques.clear(self.ids(), self.on.value())


class ReturnDialog(_ChequesDialog):
    """The bank returned one cheque: its reason, the fee it charged (passed on to the
    customer when typed) and the day. When the fee is refused (a consumer before the
    §13B2 notice and its 14 days) the refusal shows and the owner can return the cheque
    without the fee."""

    def __init__(self, shop: Shop, cheque: ChequeRecord, parent: QWidget | None = None) -> None:
        super().__init__(shop, [cheque], parent)
        self.reason_label = QLabel(self)
        self.reason = QComboBox(self)
        for code in RETURN_REASONS:
            self.reason.addItem("", code)
        self.fee_label = QLabel(self)
        self.fee_error = ErrorLabel(self)
        self.fee = MoneyEdit(self.fee_error, parent=self)
        self.form.insertRow(0, self.reason_label, self.reason)
        self.form.insertRow(1, self.fee_label, with_error(self.fee, self.fee_error))
        self.without_fee = QPushButton(self)
        self.without_fee.hide()
        self.without_fee.clicked.connect(self.return_without_fee)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.without_fee)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.fee.textChanged.connect(lambda _t: self.without_fee.hide())
        self.record: ChequeRecord | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cheque returned by the bank"))
        self.summary.setText(self._one_line())
        self.reason_label.setText(self.tr("The bank's reason"))
        for row in range(self.reason.count()):
            self.reason.setItemText(row, return_reason_name(str(self.reason.itemData(row))))
        self.fee_label.setText(self.tr("Bank fee to charge (optional)"))
        self.on_label.setText(self.tr("Returned on"))
        self.without_fee.setText(self.tr("Return without the fee"))

    def set_reason(self, code: str) -> None:
        self.reason.setCurrentIndex(max(self.reason.findData(code), 0))

    def fee_amount(self) -> Decimal | None:
        return self.fee.amount() if self.fee.text().strip() else None

    def can_submit(self) -> bool:
        if self.fee.text().strip() and not self.fee.is_valid():
            self.fee.setFocus()
            return False
        return True

    def submit(self) -> None:
        self.without_fee.hide()
        fee = self.fee_amount()
        try:
            self.record = self.shop.cheques.return_cheque(
                self.cheques[0].id, str(self.reason.currentData()), fee, self.on.value()
            )
        except UserError:
            # Offered only when a fee was typed: the refusal may be the fee's (§13B2).
            self.without_fee.setVisible(fee is not None)
            raise

    def return_without_fee(self) -> None:
        self.fee.clear()
        self.accept()


class GiveBackDialog(_ChequesDialog):
    """The paper cheque goes back to the customer (one in hand stops paying)."""

    def __init__(self, shop: Shop, cheque: ChequeRecord, parent: QWidget | None = None) -> None:
        super().__init__(shop, [cheque], parent)
        self._finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Give the cheque back"))
        self.summary.setText(self._one_line())
        self.on_label.setText(self.tr("Given back on"))

    def submit(self) -> None:
        self.shop.cheques.give_back(self.cheques[0].id, self.on.value())


class ReplaceDialog(_ChequesDialog):
    """The customer replaced the cheque (in hand, or returned by the bank) with cash or
    with another cheque; either pays first what the old one paid (its installment too).
    The new cheque's fields and every check on them are the payment dialog's."""

    def __init__(self, shop: Shop, cheque: ChequeRecord, parent: QWidget | None = None) -> None:
        super().__init__(shop, [cheque], parent)
        self.by_cash = QRadioButton(self)
        self.by_cheque = QRadioButton(self)
        self.by_cash.setChecked(True)
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.by_cash)
        self.kind.addButton(self.by_cheque)
        self.cash_label = QLabel(self)
        self.cash_error = ErrorLabel(self)
        self.cash = MoneyEdit(self.cash_error, parent=self)
        self.cash.set_amount(cheque.amount)
        self.form.insertRow(0, self.by_cash, self.by_cheque)
        self.form.insertRow(1, self.cash_label, with_error(self.cash, self.cash_error))
        self.cheque_fields = ChequeFields(self)
        self.layout_.addWidget(self.cheque_fields)
        self.by_cheque.toggled.connect(lambda _on: self._show_kind())
        self._finish_layout()
        self.setMinimumWidth(560)
        self._show_kind()
        self.retranslate()

    def _show_kind(self) -> None:
        self.cheque_fields.setVisible(self.by_cheque.isChecked())
        self.retranslate()

    def retranslate(self) -> None:
        cheque = self.by_cheque.isChecked()
        self.setWindowTitle(
            self.tr("Replace the cheque with another cheque") if cheque
            else self.tr("Replace the cheque with cash"))
        self.summary.setText(self._one_line())
        self.by_cash.setText(self.tr("By cash"))
        self.by_cheque.setText(self.tr("By another cheque"))
        self.cash_label.setText(self.tr("Amount of the new cheque") if cheque
                                else self.tr("Cash received"))
        self.on_label.setText(self.tr("Date on the new cheque") if cheque
                              else self.tr("Received on"))

    def can_submit(self) -> bool:
        return self.cash.is_valid()

    def submit(self) -> None:
        amount = self.cash.amount()
        if self.by_cheque.isChecked():
            new = self.cheque_fields.cheque(amount, self.on.value())
            self.result_ = self.shop.cheques.replace(self.cheques[0].id, new=new,
                                                     on=self.on.value())
        else:
            self.result_ = self.shop.cheques.replace(
                self.cheques[0].id, cash_amount=amount, on=self.on.value()
            )

    def show_error(self, exc: UserError) -> None:
        super().show_error(exc)
        if isinstance(exc, InvalidField):
            self.cheque_fields.focus_field(exc.input_field)

    def warnings(self) -> list[str]:
        """What the owner should know about the replacement (a stale or much-returned
        new cheque, more than is owed)."""
        done = getattr(self, "result_", None)
        if done is None:
            return []
        return [translated(w.template, dict(w.params), w.message) for w in done.warnings]


class ChargeFeeDialog(_ChequesDialog):
    """Charge a returned cheque's bank fee later: for a consumer, once 14 days have passed
    since the debt notice (§13B2); the service says so when it is too early."""

    def __init__(self, shop: Shop, cheque: ChequeRecord, parent: QWidget | None = None) -> None:
        super().__init__(shop, [cheque], parent)
        self.fee_label = QLabel(self)
        self.fee_error = ErrorLabel(self)
        self.fee = MoneyEdit(self.fee_error, parent=self)
        self.form.insertRow(0, self.fee_label, with_error(self.fee, self.fee_error))
        self._finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Charge the returned cheque's fee"))
        self.summary.setText(self._one_line())
        self.fee_label.setText(self.tr("Bank fee"))
        self.on_label.setText(self.tr("Fee date"))

    def can_submit(self) -> bool:
        return self.fee.is_valid()

    def submit(self) -> None:
        self.shop.cheques.charge_fee(self.cheques[0].id, self.fee.amount(), self.on.value())
