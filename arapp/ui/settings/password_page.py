"""Settings → Password (issue #21): set, change or remove the optional app password, asked
at start and before a void, a restore and the settings. Only its salted scrypt hash is
kept (``shop.password``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from arapp.core.services import Shop
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.settings.pages import register_settings_page
from arapp.ui.widgets.wrapping_label import WrappingLabel


@register_settings_page("password", QT_TRANSLATE_NOOP("Settings", "Password"), order=90)
class PasswordSettingsPage(Retranslating, QWidget):
    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.intro = WrappingLabel(parent=self)
        self.state = QLabel(self)
        self.current = self._secret()
        self.new = self._secret()
        self.repeat = self._secret()
        self.remove = QCheckBox(self)
        self.captions = {key: QLabel(self) for key in ("current", "new", "repeat")}
        for key, edit in (("current", self.current), ("new", self.new),
                          ("repeat", self.repeat)):
            self.captions[key].setBuddy(edit)
        form = QFormLayout()
        form.addRow(self.captions["current"], self.current)
        form.addRow(self.captions["new"], self.new)
        form.addRow(self.captions["repeat"], self.repeat)
        form.addRow("", self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addStretch(1)
        self.remove.toggled.connect(self._remove_toggled)
        self.retranslate()

    def _secret(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _remove_toggled(self, on: bool) -> None:
        self.new.setEnabled(not on)
        self.repeat.setEnabled(not on)

    def load(self) -> None:
        is_set = self.shop.password.is_set()
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
        self.current.setEnabled(is_set)
        self.remove.setChecked(False)
        self.remove.setVisible(is_set)
        self.retranslate()

    def check(self) -> str | None:
        if self.remove.isChecked() or not (self.new.text() or self.repeat.text()):
            return None
        if self.new.text() != self.repeat.text():
            return self.tr("The new password and its repetition differ.")
        return None

    def save(self) -> None:
        if self.remove.isChecked():
            self.shop.password.remove(self.current.text())
        elif self.new.text():
            self.shop.password.set(self.new.text(), self.current.text())
        else:
            return
        self.load()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "A password, if you set one, is asked when arapp starts and before voiding a "
            "record, restoring a backup or changing the settings. It is kept only as a "
            "scrambled fingerprint; if it is forgotten, it cannot be read back."
        ))
        self.state.setText(self.tr("A password is set.") if self.shop.password.is_set()
                           else self.tr("No password is set."))
        self.captions["current"].setText(self.tr("&Current password:"))
        self.captions["new"].setText(self.tr("&New password:"))
        self.captions["repeat"].setText(self.tr("&Repeat the new password:"))
        self.remove.setText(self.tr("Re&move the password"))
