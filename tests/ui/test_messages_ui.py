"""Messages from the customer card (WhatsApp, SMS, e-mail) and the ladder and e-mail
settings pages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from arapp.core.dunning import DEFAULT_POLICY
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.core.services.settings import BusinessDetails
from arapp.core.store.models import Interaction
from arapp.core.templates import strip_isolates
from arapp.ui.messages import message_dialog
from arapp.ui.messages.message_dialog import MessageDialog
from arapp.ui.settings.email_page import EmailSettingsPage
from arapp.ui.settings.ladder_page import LadderSettingsPage
from arapp.ui.settings.settings_dialog import SettingsDialog

DUE = date(2026, 4, 1)
DAY = date(2026, 4, 20)


def _customer(shop: Shop, kind: str, phones: str = "052-1234567") -> int:
    shop.settings.save_business(BusinessDetails(name="Corner Shop", phones="03-5551234"))
    c = shop.customers.create(CustomerInput(code="C1", name="דנה לוי", kind=kind,
                                            phones=phones, language="he"))
    shop.invoices.create_invoice(c.id, "F-1", date(2026, 3, 1), Decimal("250.00"), DUE)
    return c.id


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def fake_open(url: str) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(message_dialog, "open_url", fake_open)
    return urls


def _dialog(qtbot: QtBot, shop: Shop, cid: int, channel: str = "whatsapp") -> MessageDialog:
    dialog = MessageDialog(shop, cid, channel, on=DAY)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(("lang", "word"), [("he", "נודה לתשלום עד"), ("ar", "نرجو السداد حتى")])
def test_whatsapp_reminder_opens_the_link_and_logs_it(
    qtbot: QtBot, shop: Shop, opened: list[str], lang: str, word: str
) -> None:
    cid = _customer(shop, "business")
    dialog = _dialog(qtbot, shop, cid)
    assert dialog.kind.currentData() == "reminder"
    dialog.lang.setCurrentIndex(dialog.lang.findData(lang))
    assert word in dialog.text.toPlainText()
    dialog.accept()
    (url,) = opened
    parts = urlsplit(url)
    assert parts.netloc == "wa.me" and parts.path == "/972521234567"
    assert word in parse_qs(parts.query)["text"][0]
    (entry,) = Interaction.select()
    assert (entry.kind, entry.collection) == ("whatsapp", True)


def test_a_link_nothing_opens_logs_nothing(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(message_dialog, "open_url", lambda url: False)
    dialog = _dialog(qtbot, shop, _customer(shop, "business"))
    dialog.accept()
    assert "No program on this computer" in dialog.error.text()
    assert Interaction.select().count() == 0


def test_a_consumer_gets_the_balance_until_the_notice_wait_is_over(
    qtbot: QtBot, shop: Shop, opened: list[str]
) -> None:
    cid = _customer(shop, "consumer")
    dialog = _dialog(qtbot, shop, cid)
    assert dialog.kind.currentData() == "balance" and dialog.ok_button().isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("reminder"))
    assert "needs a debt notice first" in dialog.error.text()
    assert not dialog.ok_button().isEnabled()
    dialog.accept()
    assert opened == [] and Interaction.select().count() == 0
    dialog.kind.setCurrentIndex(dialog.kind.findData("balance"))
    dialog.accept()
    assert len(opened) == 1
    (entry,) = Interaction.select()
    assert (entry.kind, entry.collection) == ("whatsapp", False)


def test_a_translated_refusal_for_a_landline(qtbot: QtBot, shop: Shop) -> None:
    from arapp.ui.i18n.language import manager

    cid = _customer(shop, "business", phones="04-8123456")
    manager().set_language("he", persist=False)
    dialog = _dialog(qtbot, shop, cid)
    assert "04-8123456" in dialog.error.text() and "landline" not in dialog.error.text()
    assert not dialog.ok_button().isEnabled()


def test_sms_shows_the_text_with_a_copy_button(qtbot: QtBot, shop: Shop,
                                               opened: list[str]) -> None:
    dialog = _dialog(qtbot, shop, _customer(shop, "business"), "sms")
    assert dialog.copy_button.isVisibleTo(dialog)
    dialog.copy_button.click()
    assert "250.00" in QGuiApplication.clipboard().text()
    dialog.accept()
    assert opened[0].startswith("sms:+972521234567?body=")
    assert [e.kind for e in Interaction.select()] == ["sms"]


def test_the_card_offers_the_messages(qtbot: QtBot, shop: Shop) -> None:
    from arapp.ui.customers.customer_card import CustomerCard

    card = CustomerCard(shop, _customer(shop, "business"))
    qtbot.addWidget(card)
    menu = card.messages_button.menu()
    assert [a.text() for a in menu.actions()] == ["&WhatsApp…", "&SMS…", "&E-mail a letter…"]


# -- settings pages -----------------------------------------------------------------------
def _settings(qtbot: QtBot, shop: Shop) -> SettingsDialog:
    shop.settings.save_business(BusinessDetails(name="Corner Shop"))
    dialog = SettingsDialog(shop)
    qtbot.addWidget(dialog)
    return dialog


def test_the_ladder_page_saves_what_letters_due_use(qtbot: QtBot, shop: Shop) -> None:
    dialog = _settings(qtbot, shop)
    page = dialog.show_page("ladder")
    assert isinstance(page, LadderSettingsPage)
    assert page.days["debt_notice_wait_days"].minimum() == 14
    assert not page.consumer["reminder"].isChecked() and page.business["reminder"].isChecked()
    page.days["reminder_days"].setValue(10)
    page.consumer["reminder"].setChecked(True)
    dialog.accept()
    kept = shop.settings.ladder()
    assert kept.reminder_days == 10 and "reminder" in kept.consumer_levels
    assert shop.letters.policy == kept


def test_a_handover_without_a_warning_is_refused_on_the_page(qtbot: QtBot, shop: Shop) -> None:
    dialog = _settings(qtbot, shop)
    page = dialog.show_page("ladder")
    page.business["warning"].setChecked(False)
    dialog.accept()
    assert "keep the warning" in dialog.error.text()
    assert shop.settings.ladder() == DEFAULT_POLICY
    page.defaults.click()
    assert page.business["warning"].isChecked()


def test_the_email_page_keeps_the_server_and_refuses_a_bad_sender(
    qtbot: QtBot, shop: Shop
) -> None:
    dialog = _settings(qtbot, shop)
    page = dialog.show_page("email")
    assert isinstance(page, EmailSettingsPage)
    page.host.setText("smtp.example.com")
    page.from_address.setText("not an address")
    dialog.accept()
    assert "is not an e-mail address" in dialog.error.text()
    assert not shop.settings.smtp().configured
    page.from_address.setText("shop@example.com")
    page.security.setCurrentIndex(page.security.findData("ssl"))
    assert page.port.value() == 465
    page.password.setText("secret")
    dialog.accept()
    kept = shop.settings.smtp()
    assert (kept.host, kept.port, kept.security, kept.password) == (
        "smtp.example.com", 465, "ssl", "secret")


def test_the_test_message_reports_a_refusal(qtbot: QtBot, shop: Shop) -> None:
    from tests.core.messages.smtp_server import Mailbox, smtp_server

    dialog = _settings(qtbot, shop)
    page = dialog.show_page("email")
    page.host.setText("127.0.0.1")
    page.security.setCurrentIndex(page.security.findData("none"))
    page.from_address.setText("shop@example.com")
    box = Mailbox(refuse_data="554 no")
    with smtp_server(box) as port:
        page.port.setValue(port)
        assert not page.send_test()
        assert "refused the message (554)" in strip_isolates(page.result.text())
        box.refuse_data = ""
        assert page.send_test()
    assert len(box.received) == 1


def test_a_letter_goes_by_email_from_the_card_and_a_refusal_is_shown(
    qtbot: QtBot, shop: Shop
) -> None:
    from arapp.core.messages.email import SmtpSettings
    from arapp.ui.messages.email_dialog import EmailLetterDialog
    from tests.core.messages.smtp_server import Mailbox, smtp_server

    cid = _customer(shop, "business")
    shop.customers.update(cid, CustomerInput(code="C1", name="דנה לוי", kind="business",
                                             phones="052-1234567", email="dana@example.com",
                                             language="he"))
    draft = shop.letter_drafts.draft(cid, "reminder", letter_date=DAY)
    doc = shop.letters.issue(draft, b"%PDF-1.4\n%%EOF\n")
    box = Mailbox(refuse_data="550 mailbox unavailable")
    with smtp_server(box) as port:
        shop.settings.save_smtp(SmtpSettings(host="127.0.0.1", port=port, security="none",
                                             from_address="shop@example.com"))
        dialog = EmailLetterDialog(shop, cid)
        qtbot.addWidget(dialog)
        assert dialog.letter.currentData() == doc
        dialog.accept()
        assert "refused the message" in dialog.error.text()
        assert [e.kind for e in Interaction.select()] == ["letter"]
        box.refuse_data = ""
        dialog.accept()
    assert len(box.received) == 1
    assert [e.kind for e in Interaction.select()] == ["letter", "email"]
