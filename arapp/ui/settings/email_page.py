"""Settings → E-mail: the owner's own mail server (SMTP), which sends letters by e-mail.

The password is kept in the shop file with the other settings (see
:mod:`arapp.core.messages.email`), shown as dots and never logged. "Send a test" sends a
short message to the sender address with the settings as typed, so the owner learns at
once whether the server takes them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arapp.core.errors import UserError
from arapp.core.messages.email import (
    DEFAULT_PORTS,
    SECURITY,
    SmtpSettings,
    build_email,
    check_smtp,
    send,
)
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.settings.pages import register_settings_page
from arapp.ui.widgets.messages import user_message
from arapp.ui.widgets.wrapping_label import WrappingLabel


@register_settings_page("email", QT_TRANSLATE_NOOP("Settings", "E-mail"), order=40)
class EmailSettingsPage(Retranslating, QWidget):
    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.intro = WrappingLabel(parent=self)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.security = QComboBox(self)
        for code in SECURITY:
            self.security.addItem("", code)
        self.security.currentIndexChanged.connect(self._default_port)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_address = QLineEdit(self)
        for edit in (self.host, self.user, self.password, self.from_address):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.captions = [QLabel(self) for _ in range(6)]
        form = QFormLayout()
        for caption, field in zip(
            self.captions,
            (self.host, self.port, self.security, self.user, self.password, self.from_address),
            strict=True,
        ):
            caption.setBuddy(field)
            form.addRow(caption, field)
        self.test_button = QPushButton(self)
        self.test_button.clicked.connect(self.send_test)
        self.result = WrappingLabel(parent=self)
        self.note = WrappingLabel(parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.result)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate()

    def _default_port(self) -> None:
        # A port still at another protection's usual number follows the new choice.
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[str(self.security.currentData())])

    def load(self) -> None:
        s = self.shop.settings.smtp()
        self.host.setText(s.host)
        self.security.setCurrentIndex(max(self.security.findData(s.security), 0))
        self.port.setValue(s.port)
        self.user.setText(s.user)
        self.password.setText(s.password)
        self.from_address.setText(s.from_address)

    def typed(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host.text(), port=self.port.value(),
            security=str(self.security.currentData()), user=self.user.text(),
            password=self.password.text(), from_address=self.from_address.text(),
        )

    def _blank(self) -> bool:
        return not (self.host.text().strip() or self.from_address.text().strip())

    def check(self) -> str | None:
        if self._blank():
            return None  # e-mail not used: nothing to check
        try:
            check_smtp(self.typed())
        except UserError as exc:
            return user_message(exc)
        return None

    def save(self) -> None:
        if self._blank() and not self.shop.settings.smtp().host:
            return
        self.shop.settings.save_smtp(self.typed())

    def send_test(self) -> bool:
        """Send a short test message to the sender address; say how it went."""
        settings = self.typed()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            settings = check_smtp(settings)
            message = build_email(
                settings.from_address, settings.from_address, self.tr("arapp: test message"),
                self.tr("The e-mail settings work."), b"%PDF-1.4\n%%EOF\n", "test.pdf",
            )
            send(settings, message)
        except UserError as exc:
            self.result.setText(user_message(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.result.setText(arg(self.tr("Sent. Look for it in the inbox of %1."),
                                settings.from_address))
        return True

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Letters go by e-mail through your own mail server. Your e-mail provider "
            "gives these details (for Gmail: smtp.gmail.com, port 587, STARTTLS, and an "
            "app password)."))
        texts = (self.tr("Mail &server:"), self.tr("&Port:"), self.tr("&Security:"),
                 self.tr("&User name:"), self.tr("Pass&word:"), self.tr("Sender &address:"))
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        names = {"starttls": self.tr("STARTTLS (usually port 587)"),
                 "ssl": self.tr("SSL/TLS (usually port 465)"),
                 "none": self.tr("None (a local server only)")}
        for row in range(self.security.count()):
            self.security.setItemText(row, names[str(self.security.itemData(row))])
        self.test_button.setText(self.tr("Send a &test message"))
        self.note.setText(self.tr(
            "The password is kept in the shop file on this computer, like the other "
            "settings; it is never written to the log."))
