"""E-mail a kept letter to the customer through the owner's mail server (Settings ›
E-mail): pick the letter, see the address, send. Logged once the server took it; a
server that refuses or cannot be reached is said so and nothing is logged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from arapp.core.services import Shop
from arapp.ui import display
from arapp.ui.i18n.labels import letter_kind_name
from arapp.ui.ops.changes import Changes
from arapp.ui.widgets.service_dialog import ServiceDialog
from arapp.ui.widgets.wrapping_label import WrappingLabel


class EmailLetterDialog(ServiceDialog):
    def __init__(self, shop: Shop, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer_id = customer_id
        self.customer = shop.customers.get(customer_id)
        self.letter = QComboBox(self)
        for doc in shop.letters.documents_for(customer_id):
            self.letter.addItem("", doc.id)
        self.documents = {d.id: d for d in shop.letters.documents_for(customer_id)}
        self.address = QLabel(self.customer.email or "—", self)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.captions = [QLabel(self), QLabel(self)]
        self.captions[0].setBuddy(self.letter)
        self.note = WrappingLabel(parent=self)
        form = QFormLayout()
        form.addRow(self.captions[0], self.letter)
        form.addRow(self.captions[1], self.address)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 240)
        self.retranslate()

    def can_submit(self) -> bool:
        if self.letter.currentData() is None:
            self.error.show_message(self.tr("No letter was kept for this customer yet."))
            return False
        return True

    def submit(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.shop.messages.send_email(self.customer_id, int(self.letter.currentData()))
        finally:
            QGuiApplication.restoreOverrideCursor()

    def changes(self) -> Changes:
        return Changes(customers=frozenset({self.customer_id}))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("E-mail a letter"))
        self.captions[0].setText(self.tr("&Letter:"))
        self.captions[1].setText(self.tr("To:"))
        for row in range(self.letter.count()):
            doc = self.documents[int(self.letter.itemData(row))]
            self.letter.setItemText(
                row, f"{letter_kind_name(doc.kind)} — {display.day(doc.letter_date)}")
        self.note.setText(self.tr("The letter goes as the PDF that was printed, attached."))
        self.ok_button().setText(self.tr("&Send"))
