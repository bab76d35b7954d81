"""Asking for the app password (issue #21): at start, and before a void, a restore and the
settings. Nothing is asked when no password is set. A wrong password is said in the
dialog, which stays open; Cancel means the action does not happen."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arapp.core.services import Shop
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.widgets.money_edit import ErrorLabel
from arapp.ui.widgets.wrapping_label import WrappingLabel


class Asked(Enum):
    START = "start"
    VOID = "void"
    RESTORE = "restore"
    SETTINGS = "settings"


class PasswordDialog(Retranslating, QDialog):
    def __init__(self, shop: Shop, why: Asked, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.why = why
        self.explain = WrappingLabel(parent=self)
        self.caption = QLabel(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.caption.setBuddy(self.password)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.caption)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()

    def accept(self) -> None:
        if not self.shop.password.check(self.password.text()):
            self.error.show_message(self.tr("That is not the password. Try again."))
            self.password.selectAll()
            self.password.setFocus()
            return
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Password"))
        self.explain.setText({
            Asked.START: self.tr("This shop is protected by a password."),
            Asked.VOID: self.tr("Voiding a record needs the password."),
            Asked.RESTORE: self.tr("Restoring a backup needs the password."),
            Asked.SETTINGS: self.tr("The settings need the password."),
        }[self.why])
        self.caption.setText(self.tr("&Password:"))


def password_given(parent: QWidget | None, shop: Shop, why: Asked) -> bool:
    """True when no password is set or the owner typed it; False on Cancel."""
    if not shop.password.is_set():
        return True
    dialog = PasswordDialog(shop, why, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
