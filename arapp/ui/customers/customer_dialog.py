"""Add or edit a customer: every field the import knows, and the ones only the app sets.

The service is the one validator (required name and code, a unique code, lengths, the ID
number's check digit, the e-mail…): OK calls ``shop.customers.create``/``update`` and a
refusal is shown under the field it names (its ``field`` parameter), or under the form
when it names none; nothing is saved until the service accepts the whole customer.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arapp.core.errors import InvalidField, UserError
from arapp.core.services import Shop
from arapp.core.services.records import (
    CUSTOMER_KINDS,
    LANGUAGES,
    CustomerInput,
    CustomerRecord,
)
from arapp.ui.i18n.language import NATIVE_NAMES
from arapp.ui.ops.changes import Changes
from arapp.ui.settings.letter_language import default_letter_language
from arapp.ui.widgets.messages import user_message
from arapp.ui.widgets.money_edit import ErrorLabel, MoneyEdit, with_error
from arapp.ui.widgets.service_dialog import ServiceDialog

_INVALID_STYLE = "border: 1px solid #b3261e; border-radius: 2px;"

# The service's name for each field (the ``field`` of its refusals) → the form's key.
_SERVICE_FIELDS = {
    "Code": "code",
    "Name": "name",
    "Phones": "phones",
    "Email": "email",
    "Address": "address",
    "ID number": "id_number",
    "Credit limit": "credit_limit",
    "Notes": "notes",
}


class CustomerDialog(ServiceDialog):
    """A new customer (``customer_id`` None) or an existing one. After OK, ``saved``
    holds the customer as the service recorded it."""

    def __init__(
        self, shop: Shop, customer_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer_id = customer_id
        self.saved: CustomerRecord | None = None

        self.code = QLineEdit(self)
        self.code.setMaxLength(40)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.phones = QLineEdit(self)
        self.phones.setMaxLength(100)
        self.email = QLineEdit(self)
        self.email.setMaxLength(200)
        self.address = QLineEdit(self)
        self.address.setMaxLength(300)
        self.id_number = QLineEdit(self)
        # Longer than any valid number on purpose: the service says what is wrong with it
        # rather than the box silently dropping digits.
        self.id_number.setMaxLength(30)
        self.limit_error = ErrorLabel(self)
        # Empty is "no limit"; zero is a real limit (cash only).
        self.credit_limit = MoneyEdit(self.limit_error, allow_zero=True, parent=self)
        self.terms = QSpinBox(self)
        self.terms.setRange(0, 365)
        self.language = QComboBox(self)
        for lang in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[lang], lang)
        self.kind = QComboBox(self)
        for kind in CUSTOMER_KINDS:
            self.kind.addItem("", kind)
        self.stop_credit = QCheckBox(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        self.fields: dict[str, QWidget] = {
            "code": self.code,
            "name": self.name,
            "phones": self.phones,
            "email": self.email,
            "address": self.address,
            "id_number": self.id_number,
            "credit_limit": self.credit_limit,
            "terms": self.terms,
            "language": self.language,
            "kind": self.kind,
            "stop_credit": self.stop_credit,
            "notes": self.notes,
        }
        self.field_errors: dict[str, ErrorLabel] = {
            key: ErrorLabel(self) for key in _SERVICE_FIELDS.values() if key != "credit_limit"
        }
        self.captions = {key: QLabel(self) for key in self.fields if key != "stop_credit"}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, field in self.fields.items():
            cell: QWidget = field
            if key == "credit_limit":
                cell = with_error(field, self.limit_error)
            elif key in self.field_errors:
                cell = with_error(field, self.field_errors[key])
            caption = self.captions.get(key)
            if caption is None:
                form.addRow("", cell)
            else:
                caption.setBuddy(field)
                form.addRow(caption, cell)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.credit_limit.amountChanged.connect(self._update_ok)
        for key, field in self.fields.items():
            if isinstance(field, QLineEdit) and key in self.field_errors:
                field.textChanged.connect(lambda _t, key=key: self._clear_field_error(key))
        self.notes.textChanged.connect(lambda: self._clear_field_error("notes"))

        if customer_id is None:
            self._load_new()
        else:
            self._load(shop.customers.get(customer_id))
        self.setMinimumWidth(520)
        self.retranslate()
        self._update_ok()

    # -- loading -----------------------------------------------------------------------
    def _load_new(self) -> None:
        self.code.setText(self.shop.customers.propose_code())
        self.terms.setValue(30)
        self._select(self.language, default_letter_language(self.shop))
        self._select(self.kind, "consumer")

    def _load(self, c: CustomerRecord) -> None:
        self.code.setText(c.code)
        self.name.setText(c.name)
        self.phones.setText(c.phones)
        self.email.setText(c.email)
        self.address.setText(c.address)
        self.id_number.setText(c.id_number)
        self.credit_limit.set_amount(c.credit_limit)
        self.terms.setValue(c.payment_terms_days)
        self._select(self.language, c.language)
        self._select(self.kind, c.kind)
        self.stop_credit.setChecked(c.stop_credit)
        self.notes.setPlainText(c.notes)

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(max(index, 0))

    # -- what the form says ------------------------------------------------------------
    def customer_input(self) -> CustomerInput:
        return CustomerInput(
            code=self.code.text(),
            name=self.name.text(),
            phones=self.phones.text(),
            email=self.email.text(),
            address=self.address.text(),
            id_number=self.id_number.text(),
            credit_limit=self._limit(),
            payment_terms_days=self.terms.value(),
            language=str(self.language.currentData()),
            kind=str(self.kind.currentData()),
            stop_credit=self.stop_credit.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def _limit(self) -> Decimal | None:
        return self.credit_limit.amount() if self.credit_limit.text().strip() else None

    def _limit_ok(self) -> bool:
        # Empty means no limit; anything typed must be an amount.
        return not self.credit_limit.text().strip() or self.credit_limit.is_valid()

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(self._limit_ok())

    # -- ServiceDialog -----------------------------------------------------------------
    def can_submit(self) -> bool:
        return self._limit_ok()

    def submit(self) -> None:
        for key in self.field_errors:
            self._clear_field_error(key)
        data = self.customer_input()
        if self.customer_id is None:
            self.saved = self.shop.customers.create(data)
        else:
            self.saved = self.shop.customers.update(self.customer_id, data)

    def show_error(self, exc: UserError) -> None:
        # The core's InvalidField names the input attribute ("id_number"); other refusals
        # name the field for the owner ("ID number").
        key = (exc.input_field if isinstance(exc, InvalidField) else None) or _SERVICE_FIELDS.get(
            str(exc.params.get("field", ""))
        )
        if key is None or key not in self.field_errors:
            super().show_error(exc)
            return
        self.error.show_message("")
        self.field_errors[key].show_message(user_message(exc))
        field = self.fields[key]
        field.setStyleSheet(f"{type(field).__name__} {{ {_INVALID_STYLE} }}")
        field.setFocus()

    def _clear_field_error(self, key: str) -> None:
        label = self.field_errors.get(key)
        if label is not None and not label.isHidden():
            label.show_message("")
            self.fields[key].setStyleSheet("")

    def changes(self) -> Changes:
        assert self.saved is not None  # submit succeeded
        return Changes(customers=frozenset({self.saved.id}))

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("New customer") if self.customer_id is None else self.tr("Edit customer")
        )
        texts = {
            "code": self.tr("&Code:"),
            "name": self.tr("&Name:"),
            "phones": self.tr("&Phones:"),
            "email": self.tr("&Email:"),
            "address": self.tr("&Address:"),
            "id_number": self.tr("&ID / company no.:"),
            "credit_limit": self.tr("Credit &limit:"),
            "terms": self.tr("Payment &terms:"),
            "language": self.tr("Letter lan&guage:"),
            "kind": self.tr("Customer &type:"),
            "notes": self.tr("N&otes:"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.credit_limit.setPlaceholderText(self.tr("No limit"))
        self.terms.setSuffix(self.tr(" days"))
        self.kind.setItemText(self.kind.findData("consumer"), self.tr("Consumer (private person)"))
        self.kind.setItemText(self.kind.findData("business"), self.tr("Business"))
        self.stop_credit.setText(self.tr("&Stop credit: no new sales on credit"))
        self.credit_limit.retranslate()
