"""Settings → Letters: the default letter language of new customers, and the wording of
each letter in each language, with a live preview of the page and a reset to the default
wording.

Edits are kept per (kind, language) while the dialog is open and saved on OK through
``shop.letters.save_template`` (or ``reset_template`` for wording put back to the
default), so switching between letters loses nothing and Cancel changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from arapp.core.errors import UserError
from arapp.core.letters.kinds import TEMPLATE_KINDS
from arapp.core.letters.terms import LetterTerms, check_terms
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.records import LANGUAGES
from arapp.core.templates import PLACEHOLDERS, TemplateText, check_template, default_template
from arapp.ui.i18n.labels import letter_kind_name
from arapp.ui.i18n.language import NATIVE_NAMES
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.letters.print_preview import PdfPreview
from arapp.ui.ops.query import run_query, show_failure
from arapp.ui.plans.terms_page import parse_rate
from arapp.ui.settings.letter_language import default_letter_language, set_default_letter_language
from arapp.ui.settings.pages import register_settings_page
from arapp.ui.settings.template_preview import preview_pdf
from arapp.ui.widgets.messages import user_message
from arapp.ui.widgets.money_edit import MoneyEdit
from arapp.ui.widgets.placeholder_list import PlaceholderList
from arapp.ui.widgets.wrapping_label import WrappingLabel

# Typing pauses this long before the preview is drawn again (a draft and a PDF each time).
PREVIEW_DELAY_MS = 400

Key = tuple[str, str]  # (template kind, language)


@register_settings_page("letters", QT_TRANSLATE_NOOP("Settings", "Letters"), order=20)
class LettersSettingsPage(Retranslating, QWidget):
    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self._saved: dict[Key, TemplateText] = {}  # as in the shop when first shown
        self._texts: dict[Key, TemplateText] = {}  # as in the editor
        self._key: Key | None = None
        self._preview_request = 0

        self.default_language = QComboBox(self)
        self.template_language = QComboBox(self)
        for lang in LANGUAGES:
            self.default_language.addItem(NATIVE_NAMES[lang], lang)
            self.template_language.addItem(NATIVE_NAMES[lang], lang)
        self.kind = QComboBox(self)
        for kind in TEMPLATE_KINDS:
            self.kind.addItem("", kind)
        self.state = QLabel(self)
        self.subject = QLineEdit(self)
        self.subject.setMaxLength(300)
        self.body = QPlainTextEdit(self)
        self.placeholders = PlaceholderList(self.body, self)
        self.placeholders.set_names(PLACEHOLDERS)
        self.reset_button = QPushButton(self)
        self.preview = PdfPreview(self)
        self.preview_note = WrappingLabel(parent=self)

        # What a warning states (issue #22): the Execution Office's fixed-sum ceiling and
        # the late interest agreed with customers (empty: linkage and interest by law).
        self.execution_cap = MoneyEdit(allow_zero=True, parent=self)
        self.late_rate = QLineEdit(self)
        self.late_rate.setMaxLength(8)
        self.late_rate.setMaximumWidth(80)
        self.captions = {key: QLabel(self) for key in
                         ("default", "language", "kind", "subject", "body", "cap", "rate")}
        top = QFormLayout()
        top.addRow(self.captions["default"], self.default_language)
        top.addRow(self.captions["cap"], self.execution_cap)
        top.addRow(self.captions["rate"], self.late_rate)
        self.captions["cap"].setBuddy(self.execution_cap)
        self.captions["rate"].setBuddy(self.late_rate)
        self.template_box = QGroupBox(self)
        pick = QHBoxLayout()
        for key, combo in (("language", self.template_language), ("kind", self.kind)):
            pick.addWidget(self.captions[key])
            pick.addWidget(combo)
        pick.addStretch(1)
        pick.addWidget(self.state)
        box = QVBoxLayout(self.template_box)
        box.addLayout(pick)
        box.addWidget(self.captions["subject"])
        box.addWidget(self.subject)
        box.addWidget(self.captions["body"])
        box.addWidget(self.body, 1)
        box.addWidget(self.placeholders)
        reset_row = QHBoxLayout()
        reset_row.addStretch(1)
        reset_row.addWidget(self.reset_button)
        box.addLayout(reset_row)
        for key, field in (("default", self.default_language),
                           ("language", self.template_language), ("kind", self.kind),
                           ("subject", self.subject), ("body", self.body)):
            self.captions[key].setBuddy(field)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(top)
        editor_layout.addWidget(self.template_box, 1)
        preview_side = QWidget(self)
        preview_layout = QVBoxLayout(preview_side)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_note)
        preview_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(editor)
        splitter.addWidget(preview_side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.template_language.currentIndexChanged.connect(self._switch)
        self.kind.currentIndexChanged.connect(self._switch)
        self.subject.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.reset_button.clicked.connect(self.reset_to_default)
        self.retranslate()

    # -- the page ----------------------------------------------------------------------
    def load(self) -> None:
        terms = self.shop.settings.letter_terms()
        self.execution_cap.set_amount(terms.execution_office_cap)
        rate = terms.late_interest_rate
        self.late_rate.setText("" if rate is None else f"{rate.normalize():f}")
        lang = default_letter_language(self.shop)
        self.default_language.setCurrentIndex(self.default_language.findData(lang))
        self.template_language.blockSignals(True)
        self.template_language.setCurrentIndex(self.template_language.findData(lang))
        self.template_language.blockSignals(False)
        self._switch()

    def letter_terms(self) -> LetterTerms | None:
        """The terms as typed, or None when the ceiling or the rate is not a number."""
        cap = self.execution_cap.amount()
        typed = self.late_rate.text().strip()
        rate = parse_rate(typed) if typed else None
        if cap is None or (typed and rate is None):
            return None
        return LetterTerms(cap, rate)

    def check(self) -> str | None:
        terms = self.letter_terms()
        if terms is None:
            return self.tr("The Execution Office ceiling and the late interest must be numbers")
        try:
            check_terms(terms)
        except UserError as exc:
            return user_message(exc)
        for key in self._changed():
            try:
                check_template(self._texts[key])
            except UserError as exc:
                kind, lang = key
                return arg(
                    self.tr("%1 (%2): %3"),
                    letter_kind_name(kind),
                    NATIVE_NAMES[lang],
                    user_message(exc),
                )
        return None

    def save(self) -> None:
        set_default_letter_language(self.shop, str(self.default_language.currentData()))
        terms = self.letter_terms()
        if terms is not None:
            self.shop.settings.save_letter_terms(terms)
        for key in self._changed():
            kind, lang = key
            text = self._texts[key]
            if text == default_template(kind, lang):
                self.shop.letters.reset_template(kind, lang)
            else:
                self.shop.letters.save_template(kind, lang, text)

    def _changed(self) -> list[Key]:
        self._store()
        return [key for key, text in self._texts.items() if text != self._saved[key]]

    # -- editing -----------------------------------------------------------------------
    def current_key(self) -> Key:
        return str(self.kind.currentData()), str(self.template_language.currentData())

    def _store(self) -> None:
        if self._key is not None:
            self._texts[self._key] = TemplateText(self.subject.text(), self.body.toPlainText())

    def _switch(self) -> None:
        """Show the wording of the chosen letter and language (the editor's own if the
        owner already changed it in this dialog)."""
        self._store()
        key = self.current_key()
        if key not in self._saved:
            self._saved[key] = self.shop.letters.template(*key)
        text = self._texts.get(key, self._saved[key])
        self._key = None  # filling the editor is not an edit
        self.subject.setText(text.subject)
        self.body.setPlainText(text.body)
        direction = (
            Qt.LayoutDirection.LeftToRight if key[1] == "en" else Qt.LayoutDirection.RightToLeft
        )
        # The wording is written in the letter's language, whatever the UI's.
        self.subject.setLayoutDirection(direction)
        self.body.setLayoutDirection(direction)
        self._key = key
        self._texts[key] = text
        self._show_state()
        self.refresh_preview()

    def _edited(self) -> None:
        if self._key is None:
            return
        self._store()
        self._show_state()
        self._timer.start()

    def reset_to_default(self) -> None:
        """Put the bundled wording back in the editor (saved on OK)."""
        text = default_template(*self.current_key())
        self.subject.setText(text.subject)
        self.body.setPlainText(text.body)
        self._store()
        self._show_state()
        self.refresh_preview()

    def is_default(self) -> bool:
        return self._texts.get(self.current_key()) == default_template(*self.current_key())

    def _show_state(self) -> None:
        default = self.is_default()
        self.state.setText(self.tr("Default wording") if default else self.tr("Your wording"))
        self.reset_button.setEnabled(not default)

    # -- preview -----------------------------------------------------------------------
    def refresh_preview(self) -> None:
        self._timer.stop()
        self._store()
        kind, lang = self.current_key()
        text = self._texts[(kind, lang)]
        self._preview_request += 1
        request = self._preview_request
        self.preview_note.setText(self.tr("Drawing the preview…"))
        run_query(
            self.shop,
            lambda: preview_pdf(self.shop, kind, lang, text),
            lambda pdf: self._show_preview(request, pdf),
            lambda exc: self._preview_failed(request, exc),
            parent=self,
        )

    def _show_preview(self, request: int, pdf: bytes | None) -> None:
        if not isValid(self) or request != self._preview_request:
            return  # closed meanwhile, or the owner typed on and a newer preview is coming
        if pdf is None:
            self.preview.clear()
            self.preview_note.setText(
                self.tr("No customer owes anything yet, so there is no letter to preview.")
            )
            return
        self.preview.set_pdf(pdf)
        self.preview_note.setText(
            self.tr("Preview: the letter to the customer who is most days late.")
        )

    def _preview_failed(self, request: int, exc: BaseException) -> None:
        if not isValid(self) or request != self._preview_request:
            return
        if isinstance(exc, UserError):
            self.preview.clear()
            self.preview_note.setText(user_message(exc))
        else:
            show_failure(self)(exc)

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.captions["default"].setText(self.tr("&New customers' letter language:"))
        self.captions["cap"].setText(self.tr("Execution &Office fixed-sum ceiling:"))
        self.captions["rate"].setText(self.tr("Agreed late &interest (% a year; empty: by law):"))
        self.template_box.setTitle(self.tr("Wording of the letters"))
        self.captions["language"].setText(self.tr("La&nguage:"))
        self.captions["kind"].setText(self.tr("Lett&er:"))
        self.captions["subject"].setText(self.tr("S&ubject:"))
        self.captions["body"].setText(self.tr("&Text:"))
        for row in range(self.kind.count()):
            self.kind.setItemText(row, letter_kind_name(str(self.kind.itemData(row))))
        self.placeholders.caption.setText(
            self.tr("Fields filled in for each letter (double-click to insert):"))
        self.reset_button.setText(self.tr("&Reset to the default wording"))
        if self._key is not None:
            self._show_state()
