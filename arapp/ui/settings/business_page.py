"""Settings → Business: the letterhead (what the first run asked) and the currency
amounts are shown in. Saved through ``shop.settings.save_business``; the next letter
prints it (letters read the business details when they are drafted)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from arapp.core.services import Shop
from arapp.ui import display
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.settings.business_form import BusinessForm
from arapp.ui.settings.pages import register_settings_page
from arapp.ui.widgets.wrapping_label import WrappingLabel

# Currencies an Israeli shop meets: the shekel, the Jordanian dinar (used alongside it in
# Arab towns), and the dollar and euro of importers' invoices.
CURRENCIES: tuple[str, ...] = ("ILS", "JOD", "USD", "EUR")
_SAMPLE = Decimal("1234.50")


@register_settings_page("business", QT_TRANSLATE_NOOP("Settings", "Business"), order=10)
class BusinessSettingsPage(Retranslating, QWidget):
    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.intro = WrappingLabel(parent=self)
        self.form = BusinessForm(self)
        self.currency = QComboBox(self)
        self.currency_caption = QLabel(self)
        self.currency_caption.setBuddy(self.currency)
        currency_row = QFormLayout()
        currency_row.setContentsMargins(0, 0, 0, 0)
        currency_row.addRow(self.currency_caption, self.currency)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.intro)
        inner_layout.addWidget(self.form)
        inner_layout.addLayout(currency_row)
        inner_layout.addStretch(1)
        # Scrolls rather than grows: the dialog must fit a 1366×768 screen whatever the
        # language's captions and the images take.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def load(self) -> None:
        details = self.shop.settings.business()
        self.form.set_details(details)
        self.currency.clear()
        codes = CURRENCIES if details.currency in CURRENCIES else (*CURRENCIES, details.currency)
        for code in codes:
            # An example amount says more than a code: "₪1,234.50 — ILS".
            self.currency.addItem(f"{display.money(_SAMPLE, code)} — {code}", code)
        self.currency.setCurrentIndex(max(self.currency.findData(details.currency or "ILS"), 0))

    def check(self) -> str | None:
        if not self.form.name.text().strip():
            return self.tr("The business needs a name: letters print it at the top.")
        return None

    def save(self) -> None:
        details = replace(self.form.details(), currency=str(self.currency.currentData()))
        self.shop.settings.save_business(details)

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Letters and statements print these details."))
        self.currency_caption.setText(self.tr("&Currency:"))
