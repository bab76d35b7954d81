"""A WhatsApp or SMS message to one customer: language, kind (a reminder, or the balance
for information), the text as it will go, and the button that opens the system's handler
(WhatsApp, the phone's messaging app). The message is logged once the handler opened.

A reminder to a consumer before the §13B2 debt notice and its 14 days is refused by the
core; the dialog then proposes the balance message (no collection step) and shows why.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arapp.core.errors import UserError
from arapp.core.messages.texts import LANGUAGES
from arapp.core.services import Shop
from arapp.core.services.messaging import ShortMessage
from arapp.ui.ops.changes import Changes
from arapp.ui.widgets.service_dialog import ServiceDialog
from arapp.ui.widgets.wrapping_label import WrappingLabel


def open_url(url: str) -> bool:
    """Open ``url`` with the system's handler (a browser or WhatsApp, the messaging app)."""
    return QDesktopServices.openUrl(QUrl(url))


class MessageDialog(ServiceDialog):
    def __init__(
        self, shop: Shop, customer_id: int, channel: str, parent: QWidget | None = None,
        on: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer_id = customer_id
        self.channel = channel
        self.on = on or date.today()
        self.customer = shop.customers.get(customer_id)
        self.message: ShortMessage | None = None

        self.lang = QComboBox(self)
        for code in LANGUAGES:
            self.lang.addItem("", code)
        self.lang.setCurrentIndex(max(self.lang.findData(self.customer.language), 0))
        self.kind = QComboBox(self)
        self.kind.addItem("", "reminder")
        self.kind.addItem("", "balance")
        allowed = shop.messages.allowed_kind(customer_id, self.on)
        self.kind.setCurrentIndex(self.kind.findData(allowed))
        self.why = WrappingLabel(parent=self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_text)
        self.copy_button.setVisible(channel == "sms")
        self.captions = [QLabel(self), QLabel(self)]
        self.captions[0].setBuddy(self.lang)
        self.captions[1].setBuddy(self.kind)
        form = QFormLayout()
        form.addRow(self.captions[0], self.lang)
        form.addRow(self.captions[1], self.kind)
        layout = QVBoxLayout(self)
        self.head = WrappingLabel(parent=self)
        layout.addWidget(self.head)
        layout.addLayout(form)
        layout.addWidget(self.why)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.lang.currentIndexChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.resize(560, 420)
        self.retranslate()

    def refresh(self) -> None:
        """Draft the message as chosen; a refusal (no mobile number, §13B2) is shown and
        the open button stays off."""
        service = self.shop.messages
        draft = service.whatsapp_link if self.channel == "whatsapp" else service.sms_text
        self.error.show_message("")
        try:
            self.message = draft(self.customer_id, self.on, str(self.lang.currentData()),
                                 str(self.kind.currentData()))
        except UserError as exc:
            self.message = None
            self.text.setPlainText("")
            self.show_error(exc)
        else:
            # With its isolates: they keep a phone number or an amount in order inside
            # right-to-left text here as on the customer's phone.
            self.text.setPlainText(self.message.text)
        self.ok_button().setEnabled(self.message is not None)
        self.copy_button.setEnabled(self.message is not None)

    def copy_text(self) -> None:
        if self.message is not None:
            QGuiApplication.clipboard().setText(self.message.text)

    # -- ServiceDialog -----------------------------------------------------------------
    def can_submit(self) -> bool:
        return self.message is not None

    def submit(self) -> None:
        assert self.message is not None
        if not open_url(self.message.url):
            raise UserError("No program on this computer opens this kind of link")
        self.shop.messages.record_sent(self.message)

    def changes(self) -> Changes:
        return Changes(customers=frozenset({self.customer_id}))

    def retranslate(self) -> None:
        whatsapp = self.channel == "whatsapp"
        self.setWindowTitle(self.tr("WhatsApp message") if whatsapp else self.tr("SMS message"))
        self.head.setText(self.customer.name)
        self.captions[0].setText(self.tr("&Language:"))
        self.captions[1].setText(self.tr("&Message:"))
        names = {"he": self.tr("Hebrew"), "ar": self.tr("Arabic"), "en": self.tr("English")}
        for row in range(self.lang.count()):
            self.lang.setItemText(row, names[str(self.lang.itemData(row))])
        self.kind.setItemText(0, self.tr("Payment reminder (a collection step)"))
        self.kind.setItemText(1, self.tr("Balance, for information"))
        self.why.setText(self.tr(
            "A consumer may get a payment reminder only 14 days after the debt notice "
            "(§13B2); until then only the balance, for information.")
            if self.customer.kind == "consumer" else "")
        self.why.setVisible(self.customer.kind == "consumer")
        self.copy_button.setText(self.tr("&Copy the text"))
        self.ok_button().setText(
            self.tr("Open &WhatsApp") if whatsapp else self.tr("Open in the &messaging app"))
        self.refresh()
