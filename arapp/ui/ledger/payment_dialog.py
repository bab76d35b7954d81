"""Record a payment, seeing before OK which invoices it will pay.

The preview is the service's own allocation (``PaymentService.preview``), recomputed on
every keystroke in the amount box and on every tick: the dialog never decides allocation
itself, so what it shows is exactly what OK records. Ticked invoices are paid first, in
the order ticked; the rest oldest-due first; what is left stays as credit.

With the method "check" the cheque's own fields appear and the date is the one written on
it (a cheque is a payment dated with its date): OK records it in the cheque register
through ``shop.cheques.add``, and the service's ``check`` — its refusals and its warnings
(stale, the Cash Law, returned cheques from the same account, credit left over) — runs as
the owner types, so what the dialog says is what the register would say.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arapp.core.cheques import ChequeWarning
from arapp.core.errors import InvalidField, UserError
from arapp.core.money import ZERO
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.records import PAYMENT_METHODS, CreditRecord, ItemRecord
from arapp.ui import display
from arapp.ui.cheques.cheque_form import ChequeFields
from arapp.ui.i18n.labels import method_name
from arapp.ui.ops.changes import Changes
from arapp.ui.widgets.date_edit import DateEdit
from arapp.ui.widgets.messages import translated, user_message
from arapp.ui.widgets.money_edit import ErrorLabel, MoneyEdit, with_error
from arapp.ui.widgets.placement import place_window
from arapp.ui.widgets.record_table import Column, RecordTableModel
from arapp.ui.widgets.service_dialog import ServiceDialog
from arapp.ui.widgets.wrapping_label import WrappingLabel

#: The payment method that records a cheque in the register.
CHEQUE_METHOD = "check"
#: Credit left over above this asks first: an amount typed with one zero too many (5000 for
#: 500) would otherwise quietly become credit. Small change left as credit is normal.
CONFIRM_CREDIT_ABOVE = Decimal("100")


class PaymentDialog(ServiceDialog):
    """On OK the payment is recorded in one service call; ``recorded`` holds it.

    A subclass that decides itself what is paid first (a payment against an installment
    plan) sets ``can_pick`` False and overrides :meth:`payable_items`, :meth:`picked` and
    :meth:`submit`: the table then lists its items without check boxes."""

    can_pick = True

    def __init__(
        self,
        shop: Shop,
        customer_id: int,
        parent: QWidget | None = None,
        *,
        picked: list[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer = shop.customers.get(customer_id)
        self.currency = shop.settings.currency  # read once: retranslate must not query
        self.recorded: CreditRecord | None = None
        self._applied: dict[int, Decimal] = {}
        self._unapplied = ZERO

        self.customer_label = WrappingLabel(parent=self)
        self.amount_error = ErrorLabel(self)
        self.amount = MoneyEdit(self.amount_error, parent=self)
        self.date = DateEdit(parent=self)
        self.method = QComboBox(self)
        self.method.setMaximumWidth(260)
        for key in PAYMENT_METHODS:
            self.method.addItem("", key)
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(100)
        self.cheque_fields = ChequeFields(self)
        self.cheque_warnings = WrappingLabel(parent=self)
        self.cheque_warnings.setStyleSheet(f"color: {display.WARNING.name()};")
        self._warnings: list[ChequeWarning] = []
        self._cheque_refused = False

        self.hint = WrappingLabel(parent=self)
        self.model: RecordTableModel[ItemRecord] = RecordTableModel(
            self._columns(),
            key=lambda r: r.id,
            checkable=self.can_pick,
            currency=self.currency,
            parent=self,
        )
        self.model.set_rows(self.payable_items())
        for item_id in picked or []:
            self._tick(item_id)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setColumnHidden(0, not self.can_pick)
        self.summary = WrappingLabel(parent=self)

        self.form = QFormLayout()
        self.customer_caption = QLabel(self)
        self.amount_caption = QLabel(self)
        self.date_caption = QLabel(self)
        self.method_caption = QLabel(self)
        self.reference_caption = QLabel(self)
        self.form.addRow(self.customer_caption, self.customer_label)
        self.form.addRow(self.amount_caption, with_error(self.amount, self.amount_error))
        self.form.addRow(self.date_caption, self.date)
        self.form.addRow(self.method_caption, self.method)
        self.form.addRow(self.reference_caption, self.reference)
        for caption, field in (
            (self.amount_caption, self.amount),
            (self.date_caption, self.date),
            (self.method_caption, self.method),
            (self.reference_caption, self.reference),
        ):
            caption.setBuddy(field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.cheque_fields)
        layout.addWidget(self.cheque_warnings)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for first, second in (
            (self.amount, self.date),
            (self.date, self.method),
            (self.method, self.reference),
            (self.reference, self.table),
            (self.table, self.buttons),
        ):
            self.setTabOrder(first, second)

        self.amount.amountChanged.connect(self._update_preview)
        self.method.currentIndexChanged.connect(lambda _i: self._method_changed())
        self.cheque_fields.changed.connect(self._check_cheque)
        self.date.dateChanged.connect(lambda _d: self._check_cheque())
        self.model.checkedChanged.connect(self._update_preview)
        if self.can_pick:
            self.table.clicked.connect(self._toggle_row)

        place_window(self, QSize(720, 560), "payment")
        self._method_changed()
        self.retranslate()
        self._update_preview()
        self.amount.setFocus()

    # -- preview -----------------------------------------------------------------------
    def _columns(self) -> list[Column[ItemRecord]]:
        return [
            Column(lambda: self.tr("Pay"), lambda r: ""),
            Column(lambda: self.tr("Invoice"), lambda r: r.number),
            Column(lambda: self.tr("Due"), lambda r: r.due_date, "date"),
            Column(lambda: self.tr("Open"), lambda r: r.open_amount, "money"),
            Column(
                lambda: self.tr("This payment"),
                lambda r: self._applied.get(r.id),
                "money",
                color=lambda r: display.OK if r.id in self._applied else None,
            ),
            Column(
                lambda: self.tr("Left open"),
                lambda r: r.open_amount - self._applied.get(r.id, ZERO),
                "money",
            ),
            Column(
                lambda: self.tr("Note"),
                lambda r: self.tr("Disputed: paid only if ticked") if r.disputed else "",
                color=lambda r: display.MUTED,
            ),
        ]

    def payable_items(self) -> list[ItemRecord]:
        """The items the table lists (every open item of the customer)."""
        return self.shop.payments.payable_items(self.customer.id)

    def picked(self) -> list[int]:
        """Invoice ids the owner ticked, in the order ticked."""
        return self.model.checked_keys()

    def applied(self) -> dict[int, Decimal]:
        """What the preview says this payment pays, by invoice id."""
        return dict(self._applied)

    def _tick(self, item_id: int) -> None:
        for row, record in enumerate(self.model.rows()):
            if record.id == item_id:
                self.model.setData(
                    self.model.index(row, 0),
                    Qt.CheckState.Checked.value,
                    Qt.ItemDataRole.CheckStateRole,
                )

    def _toggle_row(self, index: QModelIndex) -> None:
        # A click anywhere on the row ticks it; the check box cell toggles itself.
        if not index.isValid() or index.column() == 0:
            return
        check = self.model.index(index.row(), 0)
        ticked = check.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
        self.model.setData(check, new.value, Qt.ItemDataRole.CheckStateRole)

    def _update_preview(self, *_args: object) -> None:
        amount = self.amount.amount()
        self.error.show_message("")
        if amount is None:
            self._applied, self._unapplied = {}, ZERO
            self.summary.setText(self.tr("Type the amount to see which invoices it pays."))
        else:
            try:
                preview = self.shop.payments.preview(self.customer.id, amount, self.picked())
            except UserError as exc:
                self._applied, self._unapplied = {}, ZERO
                self.error.show_message(user_message(exc))
            else:
                self._applied = {a.item_id: a.amount for a in preview.applied}
                self._unapplied = preview.unapplied
                self.summary.setText(self._summary_text(amount, preview.unapplied))
        self.model.refresh_display()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(amount is not None)
        self._check_cheque()

    # -- a cheque ------------------------------------------------------------------------
    def by_cheque(self) -> bool:
        return self.method.currentData() == CHEQUE_METHOD

    def _method_changed(self) -> None:
        cheque = self.by_cheque()
        self.cheque_fields.setVisible(cheque)
        # The cheque's number and account are its reference.
        self.form.setRowVisible(self.reference, not cheque)
        self._retranslate_date()
        self._check_cheque()

    def _check_cheque(self) -> None:
        """Ask the service what it thinks of the cheque as typed (writing nothing): its
        refusal in the error line, its warnings below the fields."""
        self._warnings = []
        if self._cheque_refused:
            self.error.show_message("")
            self._cheque_refused = False
        amount = self.amount.amount()
        if self.by_cheque() and amount is not None and self.cheque_fields.complete() \
                and self.date.is_valid():
            try:
                _c, _p, _i, self._warnings = self.shop.cheques.check(
                    self.customer.id, self.cheque_fields.cheque(amount, self.date.value()),
                    self.picked())
            except UserError as exc:
                self.error.show_message(user_message(exc))
                self._cheque_refused = True
        self.cheque_warnings.setText("\n".join(self.warning_texts()))
        self.cheque_warnings.setVisible(bool(self._warnings))

    def warning_texts(self) -> list[str]:
        """The service's warnings on the cheque as typed, in the UI language."""
        return [translated(w.template, dict(w.params), w.message) for w in self._warnings]

    def _confirm_cheque(self) -> bool:
        if not self._warnings:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Record the cheque?"),
            "\n\n".join([*self.warning_texts(), self.tr("Record the cheque anyway?")]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def submit_cheque(self, picked: list[int]) -> None:
        """Record the cheque as typed, paying ``picked`` first; ``recorded`` is its
        payment."""
        amount = self.amount.amount()
        assert amount is not None  # can_submit
        added = self.shop.cheques.add(
            self.customer.id, self.cheque_fields.cheque(amount, self.date.value()), picked)
        self.recorded = self.shop.payments.get(added.record.credit_id)

    def show_error(self, exc: UserError) -> None:
        super().show_error(exc)
        if isinstance(exc, InvalidField):
            self.cheque_fields.focus_field(exc.input_field)

    def _summary_text(self, amount: Decimal, unapplied: Decimal) -> str:
        paid = display.money(amount - unapplied, self.currency)
        text = arg(self.tr("Pays %1 of open invoices."), paid)
        if unapplied > ZERO:
            credit = display.money(unapplied, self.currency)
            text += " " + arg(self.tr("Left as credit: %1"), credit)
        return text

    # -- recording ---------------------------------------------------------------------
    def can_submit(self) -> bool:
        return self.amount.amount() is not None

    def unapplied(self) -> Decimal:
        """What the preview says this payment leaves as credit."""
        return self._unapplied

    def confirm(self) -> bool:
        if self.by_cheque():
            # The service's warnings include the credit left over.
            self._check_cheque()
            return self._confirm_cheque()
        if self._unapplied <= CONFIRM_CREDIT_ABOVE:
            return True
        return self.ask_to_leave_credit(self._unapplied)

    def ask_to_leave_credit(self, credit: Decimal) -> bool:
        """Whether the owner means ``credit`` to stay on the account; "change the amount"
        is the default button, so a reflexive Enter does not record it."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Leave credit?"))
        amount = self.amount.amount() or ZERO
        box.setText(
            arg(
                self.tr(
                    "This payment of %1 is more than the open invoices: %2 would be left "
                    "as credit on the account."
                ),
                display.money(amount, self.currency),
                display.money(credit, self.currency),
            )
        )
        box.setInformativeText(self.tr("Is the amount right?"))
        record = box.addButton(self.tr("Record with credit"), QMessageBox.ButtonRole.AcceptRole)
        change = box.addButton(self.tr("Change the amount"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(change)
        box.setEscapeButton(change)
        box.exec()
        if box.clickedButton() is record:
            return True
        self.amount.setFocus()
        self.amount.selectAll()
        return False

    def submit(self) -> None:
        if self.by_cheque():
            self.submit_cheque(self.picked())
            return
        amount = self.amount.amount()
        assert amount is not None  # can_submit
        self.recorded = self.shop.payments.record_payment(
            self.customer.id,
            on=self.date.value(),
            amount=amount,
            method=str(self.method.currentData()),
            reference=self.reference.text(),
            picked=self.picked(),
        )

    def changes(self) -> Changes:
        return Changes(customers=frozenset({self.customer.id}), ledger=True)

    # -- language ----------------------------------------------------------------------
    def _retranslate_date(self) -> None:
        if self.by_cheque():
            self.date_caption.setText(self.tr("&Date on the cheque:"))
        else:
            self.date_caption.setText(self.tr("&Date:"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record payment"))
        self.customer_caption.setText(self.tr("Customer:"))
        balance = display.money(self.customer.balance, self.currency)
        self.customer_label.setText(
            arg(
                self.tr("%1 (%2) — balance %3"),
                display.isolate(self.customer.name),
                display.isolate(self.customer.code),
                balance,
            )
        )
        self.amount_caption.setText(self.tr("&Amount:"))
        self.amount.setPlaceholderText(self.tr("for example 1,234.50"))
        self._retranslate_date()
        self.method_caption.setText(self.tr("&Method:"))
        self.reference_caption.setText(self.tr("&Reference:"))
        self.reference.setPlaceholderText(self.tr("check number, confirmation…"))
        for i in range(self.method.count()):
            self.method.setItemText(i, method_name(str(self.method.itemData(i))))
        self.hint.setText(
            self.tr("Tick invoices to pay them first; the rest is applied oldest due first.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record &payment"))
        self.amount.retranslate()
        if self.isVisible():
            self._check_cheque()
            # The preview asks the ledger again; a closed dialog has nothing to show.
            self._update_preview()
