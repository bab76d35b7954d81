"""First start: language, the business details letters print, then how to begin — an empty
shop, the owner's Excel/CSV files, or the sample shop.

Nothing is saved until the last page is confirmed, so closing the wizard half-way leaves the
shop untouched and the wizard comes back next time. The file-import page lives in
:mod:`arapp.ui.setup.first_run_pages`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.customers import CustomerQuery
from arapp.core.services.settings import BusinessDetails
from arapp.ui import prefs
from arapp.ui.i18n.language import LANGUAGES, NATIVE_NAMES, manager
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.settings.business_form import BusinessForm
from arapp.ui.setup.first_run_pages import ImportPage
from arapp.ui.setup.sample_shop import SAMPLE_CUSTOMERS, prepare_sample_shop
from arapp.ui.widgets.placement import place_window
from arapp.ui.widgets.wrapping_label import WrappingLabel

PAGE_LANGUAGE, PAGE_BUSINESS, PAGE_START, PAGE_IMPORT = range(4)
START_EMPTY, START_IMPORT, START_SAMPLE = range(3)


class LanguagePage(Retranslating, QWizardPage):
    """Picking a language switches the wizard to it at once (and right-to-left)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for i, lang in enumerate(LANGUAGES):
            button = QRadioButton(NATIVE_NAMES[lang], self)
            self.group.addButton(button, i)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.button(LANGUAGES.index(manager().language())).setChecked(True)
        self.group.idToggled.connect(self._toggled)
        self.retranslate()

    def _toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            manager().set_language(LANGUAGES[button_id])

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to arapp"))
        self.setSubTitle(self.tr("Choose the language of the app. You can change it later."))


class BusinessPage(Retranslating, QWizardPage):
    """The letterhead: every letter and statement prints these details (the form is
    shared with the Business settings page)."""

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.form = BusinessForm(self)
        self.form.set_details(shop.settings.business())
        self.name = self.form.name
        # "*": the wizard keeps Next disabled until the business has a name.
        self.registerField("business_name*", self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.retranslate()

    def details(self) -> BusinessDetails:
        return self.form.details()

    def nextId(self) -> int:
        # A shop that already has customers (made with the command line) needs no start.
        if self.shop.customers.count(CustomerQuery()) > 0:
            return -1
        return PAGE_START

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your business"))
        self.setSubTitle(
            self.tr(
                "Letters and statements print these details. Only the name "
                "is required; you can fill in the rest later."
            )
        )


class StartPage(Retranslating, QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.explain: dict[int, QLabel] = {}
        layout = QVBoxLayout(self)
        for choice in (START_EMPTY, START_IMPORT, START_SAMPLE):
            button = QRadioButton(self)
            self.group.addButton(button, choice)
            note = WrappingLabel(parent=self)
            note.setIndent(24)
            self.explain[choice] = note
            layout.addWidget(button)
            layout.addWidget(note)
            layout.addSpacing(8)
        layout.addStretch(1)
        self.group.button(START_EMPTY).setChecked(True)
        self.group.idToggled.connect(lambda *_: self.completeChanged.emit())
        self.retranslate()

    def choice(self) -> int:
        return self.group.checkedId()

    def nextId(self) -> int:
        return PAGE_IMPORT if self.choice() == START_IMPORT else -1

    def isFinalPage(self) -> bool:
        return self.choice() != START_IMPORT

    def retranslate(self) -> None:
        self.setTitle(self.tr("How do you want to start?"))
        self.setSubTitle(self.tr("Your business details are saved when you press Finish."))
        texts = {
            START_EMPTY: (
                self.tr("&Empty shop"),
                self.tr("Start with no customers and add them as you go."),
            ),
            START_IMPORT: (
                self.tr("&Import from Excel or CSV"),
                self.tr("Bring your customers, invoices and payments from spreadsheet files."),
            ),
            START_SAMPLE: (
                self.tr("&Sample shop"),
                arg(
                    self.tr(
                        "Try the app with %1 made-up customers. They are kept in a separate "
                        "file, so your own shop stays empty; switch between them in the File menu."
                    ),
                    str(SAMPLE_CUSTOMERS),
                ),
            ),
        }
        for choice, (title, note) in texts.items():
            self.group.button(choice).setText(title)
            self.explain[choice].setText(note)


class FirstRunWizard(Retranslating, QWizard):
    """Accepted once the shop is set up (business details saved, start chosen)."""

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        # The shop to open when the wizard is done, if not ``shop``: the sample shop.
        self.opened_path: Path | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.language_page = LanguagePage(self)
        self.business_page = BusinessPage(shop, self)
        self.start_page = StartPage(self)
        self.import_page = ImportPage(shop, self)
        self.setPage(PAGE_LANGUAGE, self.language_page)
        self.setPage(PAGE_BUSINESS, self.business_page)
        self.setPage(PAGE_START, self.start_page)
        self.setPage(PAGE_IMPORT, self.import_page)
        place_window(self, QSize(720, 600))
        self.retranslate()

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        page = self.currentId()
        finishing = (
            page == PAGE_IMPORT
            or (page == PAGE_START and self.start_page.choice() != START_IMPORT)
            or (page == PAGE_BUSINESS and self.business_page.nextId() == -1)
        )
        if not finishing:
            return True
        sample = page == PAGE_START and self.start_page.choice() == START_SAMPLE
        if sample:
            # The sample goes into a file of its own; the owner's shop stays empty and
            # ready (File → Back to my shop). Cancelling it leaves everything as it was.
            opened = prepare_sample_shop(self, self.shop, self.business_page.details())
            if opened is None:
                return False
            self.opened_path = opened
        self.shop.settings.save_business(self.business_page.details())
        # The language the wizard was finished in is the owner's choice from now on.
        prefs.set_value(prefs.KEY_LANGUAGE, manager().language())
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up arapp"))
        self._label_buttons()

    def _label_buttons(self) -> None:
        # QWizard labels its buttons once, from Qt's translation at the time it was made,
        # so choosing a language on the first page left them in the old one; and its
        # "< Back" / "Next >" point the left-to-right way in Hebrew and Arabic. The arrows
        # point where the buttons lead: Back toward the start of a line, Next toward its end.
        back, forward = self.tr("&Back"), self.tr("&Next")
        if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # RLM (U+200F) makes the arrow part of the right-to-left run, so it is drawn
            # on the outer side (Back's right, Next's left) whatever base direction Qt
            # lays the button's text out in.
            back, forward = f"\u200f→ {back}", f"{forward} ←\u200f"
        else:
            back, forward = f"← {back}", f"{forward} →"
        self.setButtonText(QWizard.WizardButton.BackButton, back)
        self.setButtonText(QWizard.WizardButton.NextButton, forward)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))

    def event(self, event: QEvent) -> bool:
        # The direction may change after the language (the translators go in first).
        if event.type() in (
            QEvent.Type.LayoutDirectionChange,
            QEvent.Type.ApplicationLayoutDirectionChange,
        ):
            self._label_buttons()
        return super().event(event)
