"""shop.messages: WhatsApp/SMS drafts under §13B2, e-mail through a local SMTP server, and
the log written only for what went out."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest

from arapp.core.errors import DebtNoticeMissing, DebtNoticeWait, InvalidField, UserError
from arapp.core.messages.email import MailNotSent, SmtpSettings
from arapp.core.messages.phone import NotAMobileNumber
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.core.services.settings import BusinessDetails
from arapp.core.store.models import Interaction
from arapp.core.templates import strip_isolates
from tests.core.messages.smtp_server import Mailbox, smtp_server

DUE = date(2026, 4, 1)
DAY = date(2026, 4, 20)
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF"


def _customer(shop: Shop, kind: str, phones: str = "052-1234567", lang: str = "he") -> int:
    c = shop.customers.create(CustomerInput(
        code=f"{kind[:1].upper()}1", name="דנה לוי", kind=kind, phones=phones,
        email="dana@example.com", language=lang,
    ))
    shop.invoices.create_invoice(c.id, f"{kind}-1", date(2026, 3, 1), Decimal("250.00"), DUE)
    return c.id


@pytest.fixture
def business(shop: Shop) -> Shop:
    shop.settings.save_business(BusinessDetails(
        name="מכולת השכונה", phones="03-5551234", bank_details="לאומי 10-800-12345",
        email="shop@example.com",
    ))
    return shop


def _log(shop: Shop) -> list[Interaction]:
    return list(Interaction.select().order_by(Interaction.id))


@pytest.mark.parametrize("lang", ["he", "ar"])
def test_a_whatsapp_reminder_to_a_business_opens_and_is_logged(business: Shop, lang: str) -> None:
    cid = _customer(business, "business")
    msg = business.messages.whatsapp_link(cid, DAY, lang)
    parts = urlsplit(msg.url)
    assert parts.netloc == "wa.me" and parts.path == "/972521234567"
    (text,) = parse_qs(parts.query)["text"]
    assert text == msg.text and "250.00" in text and "01/04/2026" in text
    assert "לאומי 10-800-12345" in text
    assert msg.collection and msg.kind == "reminder"
    assert _log(business) == []  # drafting logs nothing
    business.messages.record_sent(msg)
    (entry,) = _log(business)
    assert (entry.kind, entry.direction, entry.collection, entry.note) == (
        "whatsapp", "out", True, strip_isolates(msg.text))
    assert entry.outcome == ""  # the answer, if any, is the owner's to log


def test_a_landline_gets_a_clear_refusal_and_no_log(business: Shop) -> None:
    cid = _customer(business, "business", phones="04-8123456")
    with pytest.raises(NotAMobileNumber, match="landline"):
        business.messages.whatsapp_link(cid, DAY)
    with pytest.raises(NotAMobileNumber, match="landline"):
        business.messages.sms_text(cid, DAY)
    assert _log(business) == []


def test_a_collection_message_to_a_consumer_waits_for_the_debt_notice(business: Shop) -> None:
    """§13B2 through the one check letters use: no reminder by WhatsApp or SMS before the
    debt notice, nor within its 14 days; the balance (not a collection step) may go."""
    cid = _customer(business, "consumer")
    with pytest.raises(DebtNoticeMissing, match="collection message"):
        business.messages.whatsapp_link(cid, DAY)
    assert business.messages.allowed_kind(cid, DAY) == "balance"
    balance = business.messages.sms_text(cid, DAY, kind="balance")
    assert not balance.collection and balance.url.startswith("sms:+972521234567?body=")
    notice_day = DAY
    draft = business.letter_drafts.draft(cid, "debt_notice", letter_date=notice_day)
    business.letters.issue(draft, PDF)
    wait_over = notice_day + timedelta(days=14)
    with pytest.raises(DebtNoticeWait, match="earliest day is"):
        business.messages.whatsapp_link(cid, wait_over - timedelta(days=1))
    assert business.messages.allowed_kind(cid, wait_over - timedelta(days=1)) == "balance"
    assert business.messages.allowed_kind(cid, wait_over) == "reminder"
    msg = business.messages.whatsapp_link(cid, wait_over)
    business.messages.record_sent(msg)
    kinds = [(e.kind, e.collection) for e in _log(business)]
    assert kinds == [("letter", False), ("whatsapp", True)]


def test_a_reminder_drafted_too_early_is_not_logged(business: Shop) -> None:
    cid = _customer(business, "consumer")
    early = replace(business.messages.sms_text(cid, DAY, kind="balance"),
                    kind="reminder", collection=True)
    with pytest.raises(DebtNoticeMissing):
        business.messages.record_sent(early)
    assert _log(business) == []


def test_nothing_overdue_means_no_reminder(business: Shop) -> None:
    cid = _customer(business, "business")
    with pytest.raises(UserError, match="no reminder is needed"):
        business.messages.whatsapp_link(cid, DUE)


# -- e-mail -----------------------------------------------------------------------------
def _letter(shop: Shop, cid: int) -> int:
    draft = shop.letter_drafts.draft(cid, "statement", letter_date=DAY)
    return shop.letters.issue(draft, PDF)


def _settings(port: int, **kw: object) -> SmtpSettings:
    base = SmtpSettings(host="127.0.0.1", port=port, security="none",
                        from_address="shop@example.com", timeout=5)
    return replace(base, **kw)  # type: ignore[arg-type]


def test_a_letter_goes_by_email_with_its_exact_pdf(business: Shop) -> None:
    cid = _customer(business, "business")
    doc = _letter(business, cid)
    box = Mailbox(user="owner", password="s3cret")
    with smtp_server(box) as port:
        entry_id = business.messages.send_email(
            cid, doc, _settings(port, user="owner", password="s3cret"))
    ((sender, rcpts, data),) = box.received
    assert (sender, rcpts, box.logins) == ("shop@example.com", ["dana@example.com"], ["owner"])
    mail = email.message_from_bytes(data)
    (attachment,) = [p for p in mail.walk() if p.get_content_type() == "application/pdf"]
    assert attachment.get_payload(decode=True) == PDF
    assert attachment.get_filename() == "2026-04-20-B1-statement.pdf"
    assert "מכולת השכונה" in str(email.header.make_header(email.header.decode_header(
        mail["Subject"])))
    entry = Interaction.get_by_id(entry_id)
    assert (entry.kind, entry.document_id, entry.ref_kind, entry.ref_id, entry.collection) \
        == ("email", doc, "document", doc, False)


@pytest.mark.parametrize(
    ("box", "change", "reason"),
    [
        (Mailbox(refuse_data="554 5.7.1 rejected as spam"), {}, r"refused the message \(554\)"),
        (Mailbox(user="owner", password="right"), {"user": "owner", "password": "wrong"},
         "user name or password"),
        (Mailbox(), {"security": "starttls"}, "did not accept the message"),
    ],
)
def test_a_refusing_server_logs_nothing(
    business: Shop, box: Mailbox, change: dict[str, object], reason: str
) -> None:
    cid = _customer(business, "business")
    doc = _letter(business, cid)
    before = _log(business)
    with smtp_server(box) as port, pytest.raises(MailNotSent, match=reason) as info:
        business.messages.send_email(cid, doc, _settings(port, **change))
    assert "wrong" not in info.value.message  # the password is never shown
    assert _log(business) == before and box.received == []


def test_an_unreachable_server_is_said_so(business: Shop) -> None:
    cid = _customer(business, "business")
    doc = _letter(business, cid)
    with smtp_server(Mailbox()) as port:
        pass  # the port is free again: nothing listens
    with pytest.raises(MailNotSent, match=r"Cannot reach the mail server 127\.0\.0\.1"):
        business.messages.send_email(cid, doc, _settings(port))
    assert [e.kind for e in _log(business)] == ["letter"]


def test_email_needs_settings_and_an_address(business: Shop) -> None:
    cid = _customer(business, "business")
    doc = _letter(business, cid)
    with pytest.raises(UserError, match="Set up the mail server"):
        business.messages.send_email(cid, doc)
    other = business.customers.create(CustomerInput(code="X", name="No Mail"))
    with pytest.raises(UserError, match="no e-mail address"):
        business.messages.send_email(other.id, doc, _settings(25))


def test_smtp_settings_are_kept_and_checked(shop: Shop) -> None:
    assert not shop.settings.smtp().configured
    kept = shop.settings.save_smtp(SmtpSettings(
        host=" smtp.example.com ", port=465, security="ssl", user="me",
        password="p@ss", from_address="me@example.com"))
    assert shop.settings.smtp() == replace(kept, timeout=shop.settings.smtp().timeout)
    assert shop.settings.smtp().host == "smtp.example.com"
    assert "p@ss" not in repr(shop.settings.smtp())
    for bad, field in (({"host": ""}, "host"), ({"port": 0}, "port"),
                       ({"from_address": "me"}, "from_address"),
                       ({"security": "tls9"}, "security")):
        with pytest.raises(InvalidField) as info:
            shop.settings.save_smtp(replace(kept, **bad))  # type: ignore[arg-type]
        assert info.value.input_field == field
    assert shop.settings.smtp().host == "smtp.example.com"  # nothing half-saved
