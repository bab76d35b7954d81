"""Settings › Messages: the owner edits the WhatsApp/SMS/e-mail texts per language, sees
them filled for a sample customer, saves on OK, resets to the default; a wrong text is
refused under its editor and saves nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from arapp.core.messages.texts import TEXT_KEYS, default_wording
from arapp.core.services import Shop, clock
from arapp.core.services.settings import BusinessDetails
from arapp.core.templates import strip_isolates
from arapp.ui.settings.messages_page import SAMPLE_BANK, MessagesSettingsPage
from arapp.ui.settings.settings_dialog import SettingsDialog

TODAY = date(2026, 4, 20)
MINE = "היי {customer_name}, נשארו {total} לתשלום עד {pay_by}. {how_to_pay}"


@pytest.fixture(autouse=True)
def _fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def open_page(qtbot: QtBot, shop: Shop) -> tuple[SettingsDialog, MessagesSettingsPage]:
    if not shop.settings.business().name:
        shop.settings.save_business(BusinessDetails(
            name="מכולת השכונה", phones="03-5551234", bank_details="לאומי 10-800-12345"))
    dialog = SettingsDialog(shop)
    qtbot.addWidget(dialog)
    page = dialog.show_page("messages")
    assert isinstance(page, MessagesSettingsPage)
    return dialog, page


def choose(page: MessagesSettingsPage, lang: str) -> None:
    page.language.setCurrentIndex(page.language.findData(lang))
    assert page.current_language() == lang


def preview(page: MessagesSettingsPage, name: str) -> str:
    shown = page.previews[name].toPlainText()
    # The view shows the message's no-break spaces as spaces; the text is the message's.
    assert shown == page.preview_texts[name].replace("\xa0", " ")
    return strip_isolates(page.preview_texts[name])


def test_edit_previews_saves_and_shows_again_on_reopen(qtbot: QtBot, shop: Shop) -> None:
    dialog, page = open_page(qtbot, shop)
    choose(page, "he")
    box = page.editors["reminder"]
    assert box.text() == default_wording("he")["reminder"]
    assert box.state.text() == "Default text" and not box.reset_button.isEnabled()
    assert preview(page, "reminder").startswith("שלום דנה כהן, כאן מכולת השכונה.")
    box.editor.setPlainText(MINE)
    # The preview is the core's filling: sample customer, amount and pay-by day in Hebrew.
    assert preview(page, "reminder") == (
        "היי דנה כהן, נשארו 1,234.50\xa0₪ לתשלום עד 27/04/2026. "
        "אפשר לשלם בהעברה בנקאית: לאומי 10-800-12345, או בטלפון 03-5551234."
    )
    assert box.state.text() == "Your text" and box.reset_button.isEnabled()
    assert box.error.isHidden()
    page.editors["how_to_pay_bank"].editor.setPlainText("אפשר לשלם גם בביט: {business_phone}.")
    assert preview(page, "reminder").endswith("אפשר לשלם גם בביט: 03-5551234.")
    assert preview(page, "balance").endswith("בביט: 03-5551234. לכל שאלה: 03-5551234.")
    assert shop.settings.message_texts("he") == {}  # nothing saved before OK
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert shop.settings.message_texts("he") == {
        "reminder": MINE, "how_to_pay_bank": "אפשר לשלם גם בביט: {business_phone}."}
    _again, page = open_page(qtbot, shop)
    choose(page, "he")
    assert page.editors["reminder"].text() == MINE
    assert page.editors["reminder"].state.text() == "Your text"
    assert page.editors["balance"].state.text() == "Default text"


def test_reset_to_default_deletes_the_owners_text_on_ok(qtbot: QtBot, shop: Shop) -> None:
    shop.settings.save_message_texts("ar", {"balance": "رصيدك {total}."})
    dialog, page = open_page(qtbot, shop)
    choose(page, "ar")
    box = page.editors["balance"]
    assert box.text() == "رصيدك {total}." and box.reset_button.isEnabled()
    box.reset_button.click()
    assert box.text() == default_wording("ar")["balance"]
    assert box.state.text() == "Default text" and not box.reset_button.isEnabled()
    assert shop.settings.message_texts("ar") != {}  # only on OK
    dialog.accept()
    assert shop.settings.message_texts("ar") == {}


def test_a_bad_placeholder_is_refused_inline_and_nothing_is_saved(
    qtbot: QtBot, shop: Shop
) -> None:
    dialog, page = open_page(qtbot, shop)
    choose(page, "he")
    page.editors["balance"].editor.setPlainText("היתרה {total} ✓")
    choose(page, "en")
    box = page.editors["reminder"]
    box.editor.setPlainText("Hello {nickname}, you owe {total}.")
    assert not box.error.isHidden()
    assert "unknown placeholder(s) {nickname}" in strip_isolates(box.error.text())
    assert "Reminder message" in box.error.text()
    choose(page, "he")  # the refused text stays in the editor of its language
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert page.current_language() == "en"  # the page shows the text to fix
    assert "{nickname}" in dialog.error.text() and "English" in dialog.error.text()
    assert shop.settings.message_texts("en") == {}
    assert shop.settings.message_texts("he") == {}  # the good one waits for the bad one
    box.editor.setPlainText("Hello {customer_name}, you owe {total}.")
    assert box.error.isHidden()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert shop.settings.message_texts("he") == {"balance": "היתרה {total} ✓"}


@pytest.mark.parametrize(("text", "says"), [
    ("", "is empty"), ("x" * 481, "should stay short, at most 480"),
    ("{total", "a brace has no partner"),
])
def test_each_refusal_shows_under_its_editor(
    qtbot: QtBot, shop: Shop, text: str, says: str
) -> None:
    dialog, page = open_page(qtbot, shop)
    box = page.editors["reminder"]
    box.editor.setPlainText(text)
    assert says in strip_isolates(box.error.text()) and not box.error.isHidden()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shop.settings.message_texts(page.current_language()) == {}


def test_the_editors_follow_the_messages_language_and_a_click_inserts_a_field(
    qtbot: QtBot, shop: Shop
) -> None:
    _dialog, page = open_page(qtbot, shop)
    for lang, direction in (("he", Qt.LayoutDirection.RightToLeft),
                            ("ar", Qt.LayoutDirection.RightToLeft),
                            ("en", Qt.LayoutDirection.LeftToRight)):
        choose(page, lang)
        for key in TEXT_KEYS:
            assert page.editors[key].editor.layoutDirection() == direction
            assert page.editors[key].text() == default_wording(lang)[key]
    box = page.editors["email_subject"]
    box.editor.setPlainText("Letter: ")
    box.editor.moveCursor(box.editor.textCursor().MoveOperation.End)
    assert 'href="document"' in box.fields.text()
    assert 'href="how_to_pay"' not in box.fields.text()  # not filled in a subject
    box.fields.linkActivated.emit("document")
    assert box.text() == "Letter: {document}"
    assert preview(page, "email").startswith("Letter: Friendly payment reminder")


def test_editing_a_how_to_pay_line_previews_it(qtbot: QtBot, shop: Shop) -> None:
    shop.settings.save_business(BusinessDetails(name="Corner", phones="03-5551234"))
    _dialog, page = open_page(qtbot, shop)
    choose(page, "en")
    page.editors["how_to_pay_phone"].editor.setPlainText("Call {business_phone} to pay.")
    assert "Call 03-5551234 to pay." in preview(page, "reminder")
    page.editors["how_to_pay_bank"].editor.setPlainText("Bank: {bank_details}.")
    # The shop gave no bank details: a sample account shows the line being edited.
    assert f"Bank: {SAMPLE_BANK}." in preview(page, "reminder")


def test_the_page_opens_on_the_default_letter_language(qtbot: QtBot, shop: Shop) -> None:
    from arapp.ui.settings.letter_language import set_default_letter_language

    set_default_letter_language(shop, "ar")
    _dialog, page = open_page(qtbot, shop)
    assert page.current_language() == "ar"
    assert page.editors["reminder"].text() == default_wording("ar")["reminder"]
    assert preview(page, "reminder").startswith("مرحبًا سلمى خوري")
