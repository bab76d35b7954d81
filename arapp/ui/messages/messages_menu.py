"""The card's "Send message" button: WhatsApp, SMS, a letter by e-mail. Each opens its
dialog (:mod:`.message_dialog`, :mod:`.email_dialog`), which logs what went out."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from arapp.core.services import Shop
from arapp.ui.i18n.retranslate import Retranslating


class MessagesButton(Retranslating, QToolButton):
    def __init__(self, shop: Shop, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer_id = customer_id
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.whatsapp_action = menu.addAction("")
        self.whatsapp_action.triggered.connect(lambda: self.open_message("whatsapp"))
        self.sms_action = menu.addAction("")
        self.sms_action.triggered.connect(lambda: self.open_message("sms"))
        self.email_action = menu.addAction("")
        self.email_action.triggered.connect(self.email_letter)
        self.setMenu(menu)
        self.retranslate()

    def open_message(self, channel: str) -> int:
        from arapp.ui.messages.message_dialog import MessageDialog

        dialog = MessageDialog(self.shop, self.customer_id, channel, self)
        try:
            return dialog.exec()
        finally:
            dialog.deleteLater()

    def email_letter(self) -> int:
        from arapp.ui.messages.email_dialog import EmailLetterDialog

        dialog = EmailLetterDialog(self.shop, self.customer_id, self)
        try:
            return dialog.exec()
        finally:
            dialog.deleteLater()

    def retranslate(self) -> None:
        self.setText(self.tr("Send &message"))
        self.whatsapp_action.setText(self.tr("&WhatsApp…"))
        self.sms_action.setText(self.tr("&SMS…"))
        self.email_action.setText(self.tr("&E-mail a letter…"))
