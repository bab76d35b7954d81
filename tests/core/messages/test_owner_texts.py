"""The owner's own wording of the messages (Settings › Messages): kept per language in the
shop's settings, used for WhatsApp, SMS and e-mail, checked on save, reset to the default."""

from __future__ import annotations

import email
import email.header
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arapp.core.errors import InvalidField, UserError
from arapp.core.messages.texts import (
    LANGUAGES,
    MESSAGE_KINDS,
    SMS_LIMIT,
    TEXT_KEYS,
    MessageFacts,
    check_text,
    default_wording,
    email_text,
    message_text,
    placeholders,
    text_limit,
)
from arapp.core.services import Shop
from arapp.core.store.models import Setting
from arapp.core.templates import strip_isolates
from tests.core.messages.smtp_server import Mailbox, smtp_server
from tests.core.messages.test_messaging_service import (
    DAY,
    _customer,
    _letter,
    _settings,
    business,  # noqa: F401  (fixture)
)

BIT = "אפשר לשלם גם בביט למספר {business_phone}."


def _stored(shop: Shop) -> dict[str, str]:
    return {s.key: s.value for s in Setting.select().where(Setting.key.startswith("message."))}


def test_every_language_has_every_text_and_the_defaults_pass_the_check() -> None:
    for lang in LANGUAGES:
        words = default_wording(lang)
        assert set(words) == set(TEXT_KEYS)
        for key in TEXT_KEYS:
            assert check_text(key, words[key]) == words[key]


def test_the_placeholders_are_what_the_filling_fills() -> None:
    """Each allowed placeholder of a text is filled (none is left as typed, none empty)."""
    with_bank = MessageFacts(*(f"<{n}>" for n in ("c", "b", "p", "k", "t", "o", "y")))
    for key in TEXT_KEYS:
        text = " ".join("{" + n + "}" for n in placeholders(key))
        facts = replace(with_bank, bank_details="") if key == "how_to_pay_phone" else with_bank
        if key in MESSAGE_KINDS:
            filled = message_text(key, "en", facts, {key: text})
        elif key.startswith("how_to_pay"):
            # The line goes into a message: a reminder that is only that line.
            filled = message_text("reminder", "en", facts, {"reminder": "{how_to_pay}",
                                                            key: text})
        else:
            subject, body = email_text("en", facts, "<doc>", {key: text})
            filled = subject if key == "email_subject" else body
        filled = strip_isolates(filled)
        assert "{" not in filled
        for value in ("<c>", "<b>", "<p>", "<t>", "<o>", "<y>"):
            assert value in filled, (key, filled)
        assert ("<k>" in filled) == (facts.bank_details != "")
        assert ("<doc>" in filled) == (key in ("email_subject", "email_body"))
    assert "document" in placeholders("email_body")
    assert "document" not in placeholders("reminder")
    assert "how_to_pay" not in placeholders("email_subject")


def test_the_owners_reminder_goes_by_whatsapp_and_sms(business: Shop) -> None:  # noqa: F811
    cid = _customer(business, "business")
    business.settings.save_message_texts("he", {
        "reminder": "היי {customer_name}, נשארו {total} לתשלום. {how_to_pay}",
        "how_to_pay_bank": BIT,
    })
    for draft in (business.messages.whatsapp_link, business.messages.sms_text):
        msg = draft(cid, DAY, "he")
        plain = strip_isolates(msg.text)
        assert plain == "היי דנה לוי, נשארו 250.00\xa0₪ לתשלום. אפשר לשלם גם בביט למספר 03-5551234."
    (text,) = parse_qs(urlsplit(business.messages.whatsapp_link(cid, DAY, "he").url).query)["text"]
    assert strip_isolates(text).startswith("היי דנה לוי")
    # Another language keeps its default wording.
    arabic = strip_isolates(business.messages.whatsapp_link(cid, DAY, "ar").text)
    assert arabic.startswith("مرحبًا دنה לוי") or arabic.startswith("مرحبًا דנה לוי")


def test_the_owners_email_wording_goes_out(business: Shop) -> None:  # noqa: F811
    cid = _customer(business, "business")
    doc = _letter(business, cid)
    business.settings.save_message_texts("he", {
        "email_subject": "מכתב עבורך: {document}",
        "email_body": "שלום {customer_name},\n\nמצורף {document}.\n{how_to_pay}",
        "how_to_pay_bank": BIT,
    })
    box = Mailbox()
    with smtp_server(box) as port:
        business.messages.send_email(cid, doc, _settings(port))
    ((_sender, _rcpts, data),) = box.received
    mail = email.message_from_bytes(data)
    subject = str(email.header.make_header(email.header.decode_header(mail["Subject"])))
    assert subject.startswith("מכתב עבורך: ")
    (body,) = [p for p in mail.walk() if p.get_content_type() == "text/plain"]
    text = body.get_payload(decode=True).decode(body.get_content_charset())
    assert "שלום דנה לוי" in text and "בביט למספר 03-5551234" in text


def test_reset_gives_the_default_back(business: Shop) -> None:  # noqa: F811
    cid = _customer(business, "business")
    default = business.messages.sms_text(cid, DAY, "he").text
    business.settings.save_message_texts("he", {"reminder": "שלום {customer_name}, {total}."})
    assert business.messages.sms_text(cid, DAY, "he").text != default
    assert business.settings.message_texts("he") == {"reminder": "שלום {customer_name}, {total}."}
    business.settings.reset_message_text("he", "reminder")
    assert business.messages.sms_text(cid, DAY, "he").text == default
    assert _stored(business) == {}


def test_the_defaults_own_words_are_not_kept_as_the_owners(shop: Shop) -> None:
    shop.settings.save_message_texts("ar", {"balance": default_wording("ar")["balance"] + "\n"})
    assert _stored(shop) == {} and shop.settings.message_texts("ar") == {}
    assert shop.settings.message_wording("ar") == default_wording("ar")


@pytest.mark.parametrize(
    ("key", "text", "says"),
    [
        ("reminder", "   \n ", "is empty"),
        ("reminder", "א" * (SMS_LIMIT + 1), f"text message should stay short, at most {SMS_LIMIT}"),
        ("email_body", "x" * 4001, "at most 4000 fit"),
        ("balance", "שלום {customer_name, היתרה {total}", "a brace has no partner"),
        ("balance", "שלום customer_name}", "a brace has no partner"),
        ("reminder", "שלום {customer}, {total}", "unknown placeholder(s) {customer}"),
        ("reminder", "נא לשלם עבור {document}", "unknown placeholder(s) {document}"),
        ("email_subject", "{business_name} {how_to_pay}", "unknown placeholder(s) {how_to_pay}"),
        ("how_to_pay_bank", "{how_to_pay}", "unknown placeholder(s) {how_to_pay}"),
        ("balance", "{Total}", "unknown placeholder(s) {Total}"),
    ],
)
def test_a_wrong_text_is_refused_naming_it_and_nothing_changes(
    shop: Shop, key: str, text: str, says: str
) -> None:
    shop.settings.save_message_texts("he", {"how_to_pay_phone": "טלפון: {business_phone}"})
    before = _stored(shop)
    with pytest.raises(InvalidField) as info:
        # A good text beside the wrong one is not kept either: all or nothing.
        shop.settings.save_message_texts("he", {"how_to_pay_phone": "חדש {business_phone}",
                                                key: text})
    assert says in info.value.message
    assert info.value.input_field == key
    assert info.value.params["field"] in info.value.message
    assert _stored(shop) == before


def test_unknown_language_or_text_is_refused(shop: Shop) -> None:
    with pytest.raises(UserError, match="Unknown language"):
        shop.settings.save_message_texts("fr", {"reminder": "x"})
    with pytest.raises(UserError, match="Unknown message text"):
        shop.settings.save_message_texts("he", {"advert": "x"})
    assert _stored(shop) == {}


def test_a_broken_stored_text_falls_back_to_the_default(shop: Shop) -> None:
    shop.settings.set_value("message.he.reminder", "{nope}")
    assert shop.settings.message_texts("he") == {}
    assert shop.settings.message_wording("he")["reminder"] == default_wording("he")["reminder"]


_PLAIN = st.text(
    alphabet=st.characters(blacklist_characters="{}", blacklist_categories=("Cs",)),
    max_size=30,
)


@st.composite
def _own_text(draw: st.DrawFn) -> tuple[str, str]:
    key = draw(st.sampled_from(TEXT_KEYS))
    parts = draw(st.lists(
        st.one_of(_PLAIN, st.sampled_from(placeholders(key)).map(lambda n: "{" + n + "}")),
        min_size=1, max_size=12,
    ))
    text = "".join(parts)[: text_limit(key)]
    # A cut can split a placeholder; keep whole ones only.
    if text.count("{") != text.count("}") or text.rfind("{") > text.rfind("}"):
        text = text[: text.rfind("{")]
    return key, text


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_own_text(), st.sampled_from(LANGUAGES))
def test_any_text_of_allowed_placeholders_saves_and_fills(
    shop: Shop, own: tuple[str, str], lang: str
) -> None:
    key, text = own
    if not text.strip():
        return  # an empty text is refused (above)
    shop.settings.save_message_texts(lang, {key: text})
    words = shop.settings.message_texts(lang)
    facts = MessageFacts("דנה", "חנות", "03-5551234", "בנק 10", "5.00\xa0₪", "01/03/2026",
                         "08/03/2026")
    for kind in MESSAGE_KINDS:
        assert "\n" not in message_text(kind, lang, facts, words)
    subject, _body = email_text(lang, facts, "מכתב", words)
    assert "\n" not in subject
    if text.strip() != default_wording(lang)[key]:
        assert words[key] == text.strip()
    shop.settings.reset_message_text(lang, key)
    assert shop.settings.message_texts(lang) == {}
