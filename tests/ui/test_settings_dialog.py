"""The Settings dialog: registered pages, business details that the next letter prints,
the default letter language, letter wording with its live preview and reset."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.records import CustomerRecord
from arapp.core.services.settings import BusinessDetails
from arapp.core.templates import TemplateText, default_template, strip_isolates
from arapp.ui.ops.changes import change_bus
from arapp.ui.ops.query import wait_for_queries
from arapp.ui.settings.business_page import BusinessSettingsPage
from arapp.ui.settings.letters_page import LettersSettingsPage
from arapp.ui.settings.pages import settings_pages
from arapp.ui.settings.settings_dialog import SettingsDialog
from tests.ui.conftest import make_window


def make_dialog(qtbot: QtBot, shop: Shop) -> SettingsDialog:
    if not shop.settings.business().name:  # a set-up shop: the business page needs a name
        shop.settings.save_business(BusinessDetails(name="Corner Shop"))
    dialog = SettingsDialog(shop)
    qtbot.addWidget(dialog)
    return dialog


def test_pages_register_themselves_in_order() -> None:
    assert [p.key for p in settings_pages()][:2] == ["business", "letters"]


def test_dialog_lists_the_pages_and_fits_a_small_screen(qtbot: QtBot, shop: Shop) -> None:
    dialog = make_dialog(qtbot, shop)
    dialog.show()
    assert [dialog.nav.item(r).text() for r in range(dialog.nav.count())][:2] == [
        "Business",
        "Letters",
    ]
    frame = dialog.frameGeometry()
    assert frame.width() <= 1366 and frame.height() <= 768 - 40  # a taskbar


def test_business_name_saved_in_settings_shows_on_the_next_letter(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    shop.settings.save_business(BusinessDetails(name="Old name", phones="03-1111111"))
    dialog = make_dialog(qtbot, shop)
    page = dialog.show_page("business")
    assert isinstance(page, BusinessSettingsPage)
    assert page.form.name.text() == "Old name"
    page.form.name.setText("מכולת יוסי")
    page.form.address.setText("הרצל 5, עכו")
    page.currency.setCurrentIndex(page.currency.findData("JOD"))
    with qtbot.waitSignal(change_bus().changed) as signal:
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert signal.args[0].settings
    saved = shop.settings.business()
    assert (saved.name, saved.address, saved.phones, saved.currency) == (
        "מכולת יוסי", "הרצל 5, עכו", "03-1111111", "JOD"
    )
    # The debtor is a consumer: the debt notice is the first overdue letter (§13B2).
    draft = shop.letter_drafts.draft(debtor.id, "debt_notice", letter_date=date(2026, 3, 31))
    assert draft.data.business.name == "מכולת יוסי"
    assert draft.data.business.address == "הרצל 5, עכו"


def test_a_business_without_a_name_is_not_saved(qtbot: QtBot, shop: Shop) -> None:
    shop.settings.save_business(BusinessDetails(name="Kept"))
    dialog = make_dialog(qtbot, shop)
    dialog.show_page("letters")
    page = dialog.pages["business"]
    page.form.name.setText("  ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.stack.currentWidget() is page  # the page that needs fixing is shown
    assert "needs a name" in dialog.error.text()
    assert shop.settings.business().name == "Kept"


def test_settings_change_retitles_the_main_window(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop.settings.save_business(BusinessDetails(name="Before"))
    window = make_window(qtbot, shop)
    assert window.windowTitle().startswith("Before")

    def rename(self: SettingsDialog) -> int:
        self.pages["business"].form.name.setText("After")
        self.accept()
        return self.result()

    monkeypatch.setattr(SettingsDialog, "exec", rename)
    assert window.open_settings()
    assert window.windowTitle().startswith("After")
    assert window.screens  # the shown screen was built again


def test_default_letter_language_is_saved(qtbot: QtBot, shop: Shop) -> None:
    dialog = make_dialog(qtbot, shop)
    page = dialog.show_page("letters")
    assert isinstance(page, LettersSettingsPage)
    assert page.default_language.currentData() == "he"
    page.default_language.setCurrentIndex(page.default_language.findData("ar"))
    dialog.accept()
    from arapp.ui.settings.letter_language import default_letter_language

    assert default_letter_language(shop) == "ar"


def choose(page: LettersSettingsPage, kind: str, lang: str) -> None:
    page.template_language.setCurrentIndex(page.template_language.findData(lang))
    page.kind.setCurrentIndex(page.kind.findData(kind))
    assert page.current_key() == (kind, lang)


def test_template_edit_previews_live_and_saves_on_ok(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = make_dialog(qtbot, shop)
    page = dialog.show_page("letters")
    assert isinstance(page, LettersSettingsPage)
    choose(page, "reminder", "en")
    assert page.state.text() == "Default wording"
    assert not page.reset_button.isEnabled()
    assert page.preview.page_count() >= 1  # a real letter to the customer who owes
    page.body.setPlainText("Dear {customer_name}, please pay {total} by {pay_by}.")
    assert page.state.text() == "Your wording"
    assert page.reset_button.isEnabled()
    page.refresh_preview()  # what the timer does after typing stops
    wait_for_queries()
    assert page.preview.page_count() >= 1
    assert "most days late" in page.preview_note.text()
    # Another letter and back: the edit is kept.
    choose(page, "warning", "en")
    choose(page, "reminder", "en")
    assert page.body.toPlainText().startswith("Dear {customer_name}")
    assert not shop.letters.is_edited("reminder", "en")  # nothing saved before OK
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert shop.letters.is_edited("reminder", "en")
    assert shop.letters.template("reminder", "en").body.startswith("Dear {customer_name}")
    assert not shop.letters.is_edited("warning", "en")
    # A reminder to this consumer may go once the debt notice's 14 days are over (§13B2).
    notice = shop.letter_drafts.draft(debtor.id, "debt_notice", letter_date=date(2026, 3, 15))
    shop.letters.issue(notice, b"%PDF-1.4 test")
    draft = shop.letter_drafts.draft(debtor.id, "reminder", lang="en", letter_date=date(2026, 4, 1))
    assert strip_isolates(draft.data.paragraphs[0]).startswith(f"Dear {debtor.name}, please pay")


def test_an_unknown_placeholder_is_said_in_the_preview_and_refused_on_ok(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = make_dialog(qtbot, shop)
    page = dialog.show_page("letters")
    choose(page, "second", "he")
    page.body.setPlainText("שלום {nickname}")
    page.refresh_preview()
    assert "{nickname}" in page.preview_note.text()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "{nickname}" in dialog.error.text()
    assert not shop.letters.is_edited("second", "he")


def test_reset_puts_the_default_wording_back(qtbot: QtBot, shop: Shop) -> None:
    shop.letters.save_template("warning", "ar", TemplateText("موضوع", "نص قديم {total}"))
    dialog = make_dialog(qtbot, shop)
    page = dialog.show_page("letters")
    choose(page, "warning", "ar")
    assert page.body.toPlainText() == "نص قديم {total}"
    assert page.state.text() == "Your wording"
    page.reset_to_default()
    default = default_template("warning", "ar")
    assert (page.subject.text(), page.body.toPlainText()) == (default.subject, default.body)
    assert page.state.text() == "Default wording"
    assert shop.letters.is_edited("warning", "ar")  # only on OK
    dialog.accept()
    assert not shop.letters.is_edited("warning", "ar")


def test_no_preview_without_a_customer_who_owes(qtbot: QtBot, shop: Shop) -> None:
    dialog = make_dialog(qtbot, shop)
    page = dialog.show_page("letters")
    assert page.preview.page_count() == 0
    assert "no letter to preview" in page.preview_note.text()


def test_cancel_saves_nothing(qtbot: QtBot, shop: Shop) -> None:
    shop.settings.save_business(BusinessDetails(name="Same", currency="ILS"))
    dialog = make_dialog(qtbot, shop)
    dialog.pages["business"].form.name.setText("Other")
    dialog.pages["letters"].body.setPlainText("x {total}")
    dialog.reject()
    assert shop.settings.business().name == "Same"
    assert not shop.letters.is_edited("reminder", "he")
    assert shop.settings.business().currency == "ILS"


def test_a_preview_that_arrives_after_the_dialog_closed_is_dropped(
    qtbot: QtBot, file_shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    from arapp.core.services.records import CustomerInput

    errors: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda _t, exc, _tb: errors.append(exc))
    c = file_shop.customers.create(CustomerInput(code="C1", name="Late"))
    file_shop.invoices.create_invoice(
        c.id, "A-1", date(2026, 1, 1), Decimal("50"), due_date=date(2026, 1, 10)
    )
    dialog = make_dialog(qtbot, file_shop)  # a file shop: the preview runs on a worker
    page = dialog.show_page("letters")
    page.refresh_preview()
    dialog.reject()
    dialog.deleteLater()
    qtbot.wait(50)
    wait_for_queries()
    qtbot.wait(50)
    assert errors == []


def test_a_field_is_typed_into_the_wording_from_the_list(qtbot: QtBot, shop: Shop) -> None:
    from arapp.core.templates import PLACEHOLDERS

    dialog = make_dialog(qtbot, shop)
    page = dialog.show_page("letters")
    assert isinstance(page, LettersSettingsPage)
    choose(page, "reminder", "en")
    fields = page.placeholders
    assert sorted(fields.names()) == sorted(PLACEHOLDERS)  # every field, each once
    page.body.setPlainText("Pay by ")
    cursor = page.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    page.body.setTextCursor(cursor)
    row = fields.names().index("pay_by")
    fields.list.itemActivated.emit(fields.list.item(row))
    assert page.body.toPlainText() == "Pay by {pay_by}"
    # The list keeps to a few rows (then scrolls): the wording gets the room.
    assert fields.list.maximumHeight() == fields.list.minimumHeight() < 150
