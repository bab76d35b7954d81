"""The business details every letter prints (the letterhead): one form, used by the
first-run wizard's business page and by the Business settings page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from arapp.core.services.settings import BusinessDetails
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.widgets.image_picker import ImagePicker


class BusinessForm(Retranslating, QWidget):
    """Name, registration number, address, phones, e-mail, the ways to pay (bank
    details, Bit / PayBox, card by phone, opening hours), owner, logo and signature.
    :meth:`set_details` fills it; :meth:`details` reads it back, keeping what the form
    does not show (the currency) from the details it was filled with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = BusinessDetails()
        self.name = QLineEdit(self)
        self.registration = QLineEdit(self)
        self.address = QLineEdit(self)
        self.phones = QLineEdit(self)
        self.email = QLineEdit(self)
        self.bank = QPlainTextEdit(self)
        self.bank.setTabChangesFocus(True)
        self.bank.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.pay_app = QLineEdit(self)
        self.card_phone = QLineEdit(self)
        self.hours = QLineEdit(self)
        self.owner = QLineEdit(self)
        self.logo = ImagePicker(self)
        self.signature = ImagePicker(self)
        for edit in (self.name, self.registration, self.address, self.phones, self.email,
                     self.pay_app, self.card_phone, self.hours, self.owner):
            edit.setMaxLength(200)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: list[QLabel] = []
        for field in (self.name, self.registration, self.address, self.phones, self.email,
                      self.bank, self.pay_app, self.card_phone, self.hours, self.owner,
                      self.logo, self.signature):
            caption = QLabel(self)
            caption.setBuddy(field)
            self.captions.append(caption)
            self.form.addRow(caption, field)
        self.retranslate()

    def set_details(self, details: BusinessDetails) -> None:
        self._loaded = details
        self.name.setText(details.name)
        self.registration.setText(details.registration_number)
        self.address.setText(details.address)
        self.phones.setText(details.phones)
        self.email.setText(details.email)
        self.bank.setPlainText(details.bank_details)
        self.pay_app.setText(details.pay_app_number)
        self.card_phone.setText(details.card_phone)
        self.hours.setText(details.opening_hours)
        self.owner.setText(details.owner_name)
        self.logo.set_png(details.logo_png)
        self.signature.set_png(details.signature_png)

    def details(self) -> BusinessDetails:
        return BusinessDetails(
            name=self.name.text().strip(),
            registration_number=self.registration.text().strip(),
            address=self.address.text().strip(),
            phones=self.phones.text().strip(),
            email=self.email.text().strip(),
            bank_details=self.bank.toPlainText().strip(),
            pay_app_number=self.pay_app.text().strip(),
            card_phone=self.card_phone.text().strip(),
            opening_hours=self.hours.text().strip(),
            owner_name=self.owner.text().strip(),
            currency=self._loaded.currency or "ILS",
            logo_png=self.logo.png(),
            signature_png=self.signature.png(),
        )

    def retranslate(self) -> None:
        texts = (
            self.tr("Business &name:"),
            self.tr("&Registration no.:"),
            self.tr("&Address:"),
            self.tr("&Phones:"),
            self.tr("&Email:"),
            self.tr("&Bank details:"),
            self.tr("Bit / PayBo&x number:"),
            self.tr("&Card payments by phone:"),
            self.tr("Opening &hours:"),
            self.tr("&Owner's name:"),
            self.tr("&Logo:"),
            self.tr("&Signature:"),
        )
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self._bank_direction()

    def _bank_direction(self) -> None:
        # A plain text box lays out each line by its own first letter (a Latin or an
        # empty line starts at the left); the bank details follow the form's direction.
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        option = self.bank.document().defaultTextOption()
        option.setTextDirection(QApplication.layoutDirection())
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        self.bank.document().setDefaultTextOption(option)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._bank_direction()
        return super().event(event)
