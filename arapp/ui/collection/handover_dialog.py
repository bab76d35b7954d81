"""Hand a customer over to a lawyer or a collection agency (issue #20, 8; DESIGN.md, ladder
step 5): the day and to whom, through ``shop.customers.hand_over`` (which logs it and stops
the ladder's letters); taking the file back is :func:`take_back`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from arapp.core.errors import UserError
from arapp.core.placeholders import arg
from arapp.core.services import Shop, clock
from arapp.ui import display
from arapp.ui.ops.changes import Changes, announce
from arapp.ui.widgets.date_edit import DateEdit
from arapp.ui.widgets.messages import show_user_error
from arapp.ui.widgets.service_dialog import ServiceDialog
from arapp.ui.widgets.wrapping_label import WrappingLabel


class HandoverDialog(ServiceDialog):
    def __init__(self, shop: Shop, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer = shop.customers.get(customer_id)
        self.explanation = WrappingLabel(parent=self)
        self.on = DateEdit(clock.today(), self)
        self.to = QLineEdit(self)
        self.to.setMaxLength(200)
        self.on_label = QLabel(self)
        self.to_label = QLabel(self)
        self.to_label.setBuddy(self.to)
        form = QFormLayout()
        form.addRow(self.to_label, self.to)
        form.addRow(self.on_label, self.on)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        self.to.setFocus()

    def submit(self) -> None:
        self.shop.customers.hand_over(self.customer.id, self.on.value(), self.to.text())

    def changes(self) -> Changes:
        return Changes(customers=frozenset({self.customer.id}), letters=True)

    def retranslate(self) -> None:
        self.setWindowTitle(arg(self.tr("Hand over %1"), display.isolate(self.customer.name)))
        self.explanation.setText(
            self.tr(
                "From that day the shop sends this customer no letters asking for payment: "
                "the lawyer or the agency collects. A statement can still be made."
            )
        )
        self.to_label.setText(self.tr("Handed &over to:"))
        self.to.setPlaceholderText(self.tr("Lawyer or collection agency"))
        self.on_label.setText(self.tr("On:"))


def take_back(shop: Shop, customer_id: int, parent: QWidget) -> bool:
    """Ask, then take the file back from the lawyer or agency; True once done."""
    customer = shop.customers.get(customer_id)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("HandoverDialog", "Take the file back"),
        arg(
            QCoreApplication.translate(
                "HandoverDialog", "Take %1's file back from %2? The shop collects again."
            ),
            display.isolate(customer.name),
            display.isolate(customer.handed_over_to),
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        shop.customers.take_back(customer_id)
    except UserError as exc:
        show_user_error(parent, exc)
        return False
    announce(Changes(customers=frozenset({customer_id}), letters=True))
    return True
