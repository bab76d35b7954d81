"""Israeli phone numbers for WhatsApp, the click-to-chat and sms: links, message texts."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arapp.core.messages.phone import NotAMobileNumber, is_mobile, mobile_of, whatsapp_number
from arapp.core.messages.texts import (
    MessageFacts,
    email_text,
    is_collection,
    message_text,
    sms_url,
    whatsapp_url,
)
from arapp.core.templates import strip_isolates


@pytest.mark.parametrize(
    "text",
    [
        "052-1234567", "0521234567", "052 123 4567", "(052) 123-4567", "+972-52-1234567",
        "+972 52 123 4567", "972521234567", "00972521234567", "+972 052 1234567",
        "٠٥٢١٢٣٤٥٦٧",  # Arabic-Indic digits, as an Arabic keyboard types them
        " 052–1234567 ",  # an en dash from a word processor
    ],
)
def test_a_mobile_number_in_any_usual_form(text: str) -> None:
    assert whatsapp_number(text) == "972521234567"
    assert is_mobile(text)


@pytest.mark.parametrize("text", ["04-8123456", "03-5551234", "+972-2-6543210", "077-1234567"])
def test_a_landline_is_refused_for_whatsapp_saying_so(text: str) -> None:
    with pytest.raises(NotAMobileNumber, match="landline") as info:
        whatsapp_number(text)
    assert info.value.template.startswith("“{phone}” is a landline")
    assert not is_mobile(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("abc", "is not a phone number"),
        ("052-12345", "is not a phone number"),
        ("052-12345678", "is not a phone number"),
        ("+1 212 555 1234", "is not an Israeli phone number"),
        ("521234567", "is not an Israeli phone number"),
    ],
)
def test_what_is_not_a_phone_number_is_refused(text: str, reason: str) -> None:
    with pytest.raises(NotAMobileNumber, match=reason):
        whatsapp_number(text)


def test_the_first_mobile_number_of_a_phones_field() -> None:
    assert mobile_of("04-8123456, 052-7654321") == "972527654321"
    assert mobile_of("054-1111111; 052-2222222") == "972541111111"
    with pytest.raises(NotAMobileNumber, match="landline"):
        mobile_of("04-8123456")
    with pytest.raises(NotAMobileNumber, match="no phone number"):
        mobile_of("  ")


@given(st.sampled_from("0123456789"), st.text(alphabet="0123456789", min_size=7, max_size=7),
       st.sampled_from(["{p}{n}", "0{p}-{n}", "+972-{p}-{n}", "972 {p} {n}"]))
def test_every_mobile_prefix_round_trips(second: str, rest: str, form: str) -> None:
    prefix = "5" + second
    assert whatsapp_number(form.format(p="0" + prefix if form == "{p}{n}" else prefix,
                                       n=rest)) == f"972{prefix}{rest}"


FACTS = MessageFacts(
    customer_name="דנה כהן", business_name="מכולת השכונה", business_phone="03-5551234",
    bank_details="בנק לאומי 10, סניף 800,\nחשבון 12345", total="1,234.50\xa0₪",
    oldest_due_date="01/03/2026", pay_by="08/04/2026",
)


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_a_reminder_says_amount_due_date_and_how_to_pay(lang: str) -> None:
    text = strip_isolates(message_text("reminder", lang, FACTS))
    for value in ("1,234.50\xa0₪", "01/03/2026", "08/04/2026", "03-5551234",
                  "בנק לאומי 10, סניף 800, חשבון 12345", "דנה כהן", "מכולת השכונה"):
        assert value in text
    assert "\n" not in text and len(text) < 400  # one short paragraph
    assert "{" not in text


def test_without_bank_details_the_message_gives_the_phone() -> None:
    from dataclasses import replace

    text = strip_isolates(message_text("reminder", "he", replace(FACTS, bank_details=" ")))
    assert "העברה בנקאית" not in text and "לתיאום תשלום: 03-5551234" in text


def test_the_arabic_reminder_reads_in_arabic() -> None:
    text = strip_isolates(message_text("reminder", "ar", FACTS))
    assert text.startswith("مرحبًا دنה כהן") or text.startswith("مرحبًا דנה כהן")
    assert "نرجو السداد حتى 08/04/2026" in text


def test_which_messages_are_collection_steps() -> None:
    assert is_collection("reminder") and not is_collection("balance")
    with pytest.raises(Exception, match="Unknown message kind"):
        is_collection("advert")


def test_the_whatsapp_link_carries_the_text_percent_encoded() -> None:
    text = message_text("reminder", "he", FACTS)
    url = whatsapp_url("972521234567", text)
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/972521234567")
    assert url.isascii() and " " not in url and "&" not in parts.query.removeprefix("text=")
    assert parse_qs(parts.query)["text"] == [text]
    sms = sms_url("972521234567", "a&b ₪")
    assert sms == "sms:+972521234567?body=a%26b%20%E2%82%AA"
    assert unquote(sms.split("body=")[1]) == "a&b ₪"


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_the_email_names_the_letter_and_has_no_bidi_controls(lang: str) -> None:
    subject, body = email_text(lang, FACTS, "תזכורת ידידותית לתשלום")
    assert subject == "מכולת השכונה: תזכורת ידידותית לתשלום"
    assert "\u2068" not in body and "דנה כהן" in body and "03-5551234" in body
