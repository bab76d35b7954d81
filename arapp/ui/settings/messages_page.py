"""Settings → Messages: the owner's wording of the WhatsApp/SMS messages and of the e-mail
that carries a letter, per language (issue #20, 4), with a live preview and a reset to the
default wording of each text.

One editor per text (:data:`~arapp.core.messages.texts.TEXT_KEYS`), laid out in the
language's own direction whatever the UI's. Each edit is checked at once by the core's
rule (:func:`~arapp.core.messages.texts.check_text`) and its refusal shown under the
editor; the preview is filled by the core's own functions with a sample customer, so it
is what a customer would get. Edits are kept per (language, text) while the dialog is
open and saved on OK through ``shop.settings.save_message_texts`` (text equal to the
default: the owner's version is deleted), so Cancel changes nothing.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from arapp.core.errors import UserError
from arapp.core.messages.texts import (
    LANGUAGES,
    TEXT_KEYS,
    check_text,
    default_wording,
    email_text,
    message_text,
    placeholders,
    text_limit,
)
from arapp.core.placeholders import arg
from arapp.core.services import Shop, clock
from arapp.ui.i18n.language import NATIVE_NAMES
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.settings.letter_language import default_letter_language
from arapp.ui.settings.pages import register_settings_page
from arapp.ui.widgets.messages import user_message
from arapp.ui.widgets.money_edit import ErrorLabel
from arapp.ui.widgets.wrapping_label import WrappingLabel

Key = tuple[str, str]  # (language, text key)

# Lines each editor shows at least (a subject is one line; the e-mail's text several).
_LINES: dict[str, int] = {
    "reminder": 3, "balance": 2, "how_to_pay_bank": 1, "how_to_pay_phone": 1,
    "email_subject": 1, "email_body": 5,
}
# Lines past which an editor scrolls rather than grows.
_MOST_LINES = 12
# The sample customer of the preview, named as a customer writing in that language is.
SAMPLE_NAMES: dict[str, str] = {"he": "דנה כהן", "ar": "سلمى خوري", "en": "Dana Cohen"}
# Bank details the preview shows the bank-transfer line with when the shop gave none.
SAMPLE_BANK = "12-345-678901"


def _direction(lang: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.LeftToRight if lang == "en" else Qt.LayoutDirection.RightToLeft


class FittingTextEdit(QTextEdit):
    """Plain text, as tall as its text (between ``least`` and ``most`` lines).
    Measured on the laid-out document, not on the font's line height: Hebrew and Arabic
    letters come from fallback fonts whose lines are taller."""

    def __init__(
        self, least: int, parent: QWidget | None = None, *, most: int = _MOST_LINES
    ) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self._least = least
        self._most = most
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(
            lambda _size: self.updateGeometry())

    def set_direction(self, direction: Qt.LayoutDirection) -> None:
        self.setLayoutDirection(direction)
        option = self.document().defaultTextOption()
        option.setTextDirection(direction)
        self.document().setDefaultTextOption(option)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        content = self.document().size().height()
        height = min(max(content, line * self._least + 8), line * self._most)
        frame = 2 * self.frameWidth() + self.contentsMargins().top() * 2
        return QSize(super().sizeHint().width(), int(height) + frame + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # a new width wraps the text anew


class TextEditor(QGroupBox):
    """One text: its editor, the placeholders it may use (a click puts one in), its
    length, whether it is the default, its reset button and the refusal, if any."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.editor = FittingTextEdit(_LINES[key], self)
        self.fields = WrappingLabel(parent=self)
        self.fields.setTextFormat(Qt.TextFormat.RichText)
        self.fields.linkActivated.connect(self.insert_placeholder)
        self.count = QLabel(self)
        self.state = QLabel(self)
        self.reset_button = QPushButton(self)
        self.error = ErrorLabel(self)
        # Laid out as a text document: a plain label measures its wrapped lines by the
        # UI font, and Arabic lines drawn in a taller fallback font would be cut off.
        self.error.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.state)
        row.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.editor)
        layout.addWidget(self.fields)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def text(self) -> str:
        return self.editor.toPlainText()

    def show_error(self, message: str) -> None:
        self.error.show_message(html.escape(message, quote=False))

    def insert_placeholder(self, name: str) -> None:
        self.editor.insertPlainText("{" + name + "}")
        self.editor.setFocus()


@register_settings_page("messages", QT_TRANSLATE_NOOP("Settings", "Messages"), order=45)
class MessagesSettingsPage(Retranslating, QWidget):
    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self._saved: dict[Key, str] = {}  # as in the shop when first shown
        self._texts: dict[Key, str] = {}  # as in the editors
        self._lang: str | None = None  # None while the editors are being filled
        self._focused = ""  # the text last edited: the preview shows its case
        # The messages as the preview shows them (the sample customer's, as sent).
        self.preview_texts: dict[str, str] = {}

        self.intro = WrappingLabel(parent=self)
        self.language_caption = QLabel(self)
        self.language = QComboBox(self)
        for lang in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[lang], lang)
        self.language_caption.setBuddy(self.language)
        self.editors: dict[str, TextEditor] = {}
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 4, 0)
        for key in TEXT_KEYS:
            box = TextEditor(key, inner)
            box.editor.textChanged.connect(lambda k=key: self._edited(k))
            box.reset_button.clicked.connect(lambda _=False, k=key: self.reset_to_default(k))
            self.editors[key] = box
            inner_layout.addWidget(box)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        self.editor_scroll = scroll

        self.preview_box = QGroupBox(self)
        self.preview_note = WrappingLabel(parent=self)
        self.preview_captions = {name: QLabel(self) for name in ("reminder", "balance", "email")}
        # Each message is shown whole; the side scrolls when they are taller than it.
        self.previews = {name: FittingTextEdit(2, self, most=60)
                         for name in self.preview_captions}
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.preview_note)
        for name, view in self.previews.items():
            view.setReadOnly(True)
            self.preview_captions[name].setBuddy(view)
            preview_layout.addWidget(self.preview_captions[name])
            preview_layout.addWidget(view)
        preview_layout.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(self.language_caption)
        top.addWidget(self.language)
        top.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        preview_scroll = QScrollArea(self)
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        preview_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        preview_scroll.setWidget(self.preview_box)
        splitter.addWidget(preview_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.language.currentIndexChanged.connect(self._switch)
        self.retranslate()

    # -- the page ----------------------------------------------------------------------
    def load(self) -> None:
        """Fill from the shop, showing the language new customers' letters are in."""
        self._saved.clear()
        self._texts.clear()
        self._lang = None
        self.language.blockSignals(True)
        self.language.setCurrentIndex(
            max(self.language.findData(default_letter_language(self.shop)), 0))
        self.language.blockSignals(False)
        self._switch()

    def check(self) -> str | None:
        for (lang, key) in self._changed():
            problem = self._problem(key, self._texts[(lang, key)])
            if problem:
                if lang != self.current_language():
                    self.language.setCurrentIndex(self.language.findData(lang))
                self.editors[key].show_error(problem)
                self.editor_scroll.ensureWidgetVisible(self.editors[key])
                return arg(self.tr("Messages (%1): %2"), NATIVE_NAMES[lang], problem)
        return None

    def save(self) -> None:
        by_language: dict[str, dict[str, str | None]] = {}
        for (lang, key) in self._changed():
            by_language.setdefault(lang, {})[key] = self._texts[(lang, key)]
        for lang, texts in by_language.items():
            self.shop.settings.save_message_texts(lang, texts)

    def _changed(self) -> list[Key]:
        self._store()
        return [k for k, text in self._texts.items() if text != self._saved[k]]

    # -- editing -----------------------------------------------------------------------
    def current_language(self) -> str:
        return str(self.language.currentData())

    def _store(self) -> None:
        if self._lang is not None:
            for key, box in self.editors.items():
                self._texts[(self._lang, key)] = box.text()

    def _switch(self) -> None:
        """Show the texts of the chosen language (the ones already edited in this dialog
        as they were left)."""
        self._store()
        lang = self.current_language()
        if (lang, TEXT_KEYS[0]) not in self._saved:
            for key, text in self.shop.settings.message_wording(lang).items():
                if key in self.editors:
                    self._saved[(lang, key)] = text
        self._lang = None  # filling the editors is not an edit
        direction = _direction(lang)
        for key, box in self.editors.items():
            box.editor.setPlainText(self._texts.get((lang, key), self._saved[(lang, key)]))
            # The text is written in the message's language, whatever the UI's.
            box.editor.set_direction(direction)
        for view in self.previews.values():
            view.set_direction(direction)
        self._lang = lang
        self._store()
        for key in self.editors:
            self._show_state(key)
        self.refresh_preview()

    def _edited(self, key: str) -> None:
        if self._lang is None:
            return
        self._focused = key
        self._store()
        self._show_state(key)
        self.refresh_preview()

    def reset_to_default(self, key: str) -> None:
        """Put the bundled wording of ``key`` back in its editor (saved on OK)."""
        self.editors[key].editor.setPlainText(default_wording(self.current_language())[key])
        self._focused = key

    def is_default(self, key: str) -> bool:
        lang = self.current_language()
        return self.editors[key].text().strip() == default_wording(lang)[key]

    def _problem(self, key: str, text: str) -> str:
        try:
            check_text(key, text)
        except UserError as exc:
            return user_message(exc)
        return ""

    def _show_state(self, key: str) -> None:
        box = self.editors[key]
        default = self.is_default(key)
        box.state.setText(self.tr("Default text") if default else self.tr("Your text"))
        box.reset_button.setEnabled(not default)
        count = len(box.text().strip())
        box.count.setText(arg(self.tr("%1 of at most %2 characters"), count, text_limit(key)))
        box.show_error(self._problem(key, box.text()))

    # -- preview -----------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Fill the three messages with the sample customer, worded as in the editors."""
        lang = self.current_language()
        own = {key: box.text() for key, box in self.editors.items()}
        # Editing a how-to-pay line shows the message it goes into with that line.
        bank = {"how_to_pay_phone": "",
                "how_to_pay_bank": self.shop.settings.business().bank_details.strip()
                or SAMPLE_BANK}.get(self._focused)
        facts, title = self.shop.messages.sample_facts(
            lang, SAMPLE_NAMES[lang], clock.today(), bank)
        subject, body = email_text(lang, facts, title, own)
        self.preview_texts = {
            "reminder": message_text("reminder", lang, facts, own),
            "balance": message_text("balance", lang, facts, own),
            "email": f"{subject}\n\n{body}",
        }
        for name, text in self.preview_texts.items():
            self.previews[name].setPlainText(text)

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "What WhatsApp, SMS and e-mail messages to customers say, in each language. "
            "Keep them to the amount, the due date and how to pay: a message about a debt "
            "may not advertise (the app cannot check this for you)."))
        self.language_caption.setText(self.tr("La&nguage:"))
        titles = {
            "reminder": self.tr("Payment reminder (WhatsApp, SMS) — a collection step"),
            "balance": self.tr("Balance for information (WhatsApp, SMS)"),
            "how_to_pay_bank": self.tr("How to pay, when your bank details are given"),
            "how_to_pay_phone": self.tr("How to pay, without bank details"),
            "email_subject": self.tr("Subject of the e-mail that carries a letter"),
            "email_body": self.tr("Text of the e-mail that carries a letter"),
        }
        for key, box in self.editors.items():
            box.setTitle(titles[key])
            links = " ".join(
                f'<a href="{name}">{{{name}}}</a>' for name in placeholders(key))
            box.fields.setText(arg(self.tr("Fields (click to insert): %1"), links))
            box.reset_button.setText(self.tr("Reset to default"))
        self.preview_box.setTitle(self.tr("Preview"))
        self.preview_note.setText(self.tr(
            "A sample customer, with your business details from Settings › Business."))
        self.preview_captions["reminder"].setText(self.tr("Reminder:"))
        self.preview_captions["balance"].setText(self.tr("Balance:"))
        self.preview_captions["email"].setText(self.tr("E-mail:"))
        if self._lang is not None:
            for key in self.editors:
                self._show_state(key)
