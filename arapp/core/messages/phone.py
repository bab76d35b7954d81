"""Israeli phone numbers in the international form WhatsApp's links want. Pure.

``wa.me`` takes the full number, digits only, without ``+`` or the trunk ``0``:
``052-1234567`` → ``972521234567``. WhatsApp runs on mobile numbers (05X plus 7 digits);
a landline (02, 03, 04, 08, 09, 07X) has no WhatsApp, so it is refused with a message that
says so rather than a link that opens a chat with nobody.
"""

from __future__ import annotations

from arapp.core.contact import PHONE_PUNCTUATION, latin_digits, phone_numbers
from arapp.core.errors import UserError

COUNTRY_CODE = "972"
#: A national mobile number without its trunk 0: 5X plus 7 digits.
_MOBILE_DIGITS = 9


class NotAMobileNumber(UserError):
    """The customer's phone cannot take a WhatsApp message."""


def national_digits(text: str) -> str:
    """``text``'s digits in the national form without the trunk 0 (``521234567``), from
    05X-XXXXXXX, +972 5X…, 972…, 00972…, with spaces, dashes and parentheses; a
    ``UserError`` when it is not a phone number at all."""
    raw = PHONE_PUNCTUATION.sub("", latin_digits(text.strip()))
    if raw.startswith("+"):
        raw = raw[1:]
    elif raw.startswith("00"):
        raw = raw[2:]
    if not raw.isascii() or not raw.isdigit():
        raise NotAMobileNumber("“{phone}” is not a phone number", phone=text.strip())
    if raw.startswith(COUNTRY_CODE):
        raw = raw[len(COUNTRY_CODE):]
        raw = raw.removeprefix("0")  # +972-0-52…, a common slip
    elif raw.startswith("0"):
        raw = raw[1:]
    else:
        raise NotAMobileNumber(
            "“{phone}” is not an Israeli phone number (it should start with 0 or +972)",
            phone=text.strip(),
        )
    if len(raw) not in (8, 9):
        raise NotAMobileNumber("“{phone}” is not a phone number", phone=text.strip())
    return raw


def is_mobile(text: str) -> bool:
    try:
        digits = national_digits(text)
    except UserError:
        return False
    return len(digits) == _MOBILE_DIGITS and digits.startswith("5")


def whatsapp_number(text: str) -> str:
    """The number for a ``wa.me`` link (``972521234567``) from one phone number; a
    :class:`NotAMobileNumber` for a landline or anything that is not a phone number."""
    digits = national_digits(text)
    if len(digits) != _MOBILE_DIGITS or not digits.startswith("5"):
        raise NotAMobileNumber(
            "“{phone}” is a landline, not a mobile number: it cannot receive WhatsApp or "
            "SMS messages",
            phone=text.strip(),
        )
    return COUNTRY_CODE + digits


def mobile_of(phones: str) -> str:
    """The first mobile number in a customer's phones field (``"04-8123456,
    052-7654321"`` → ``"972527654321"``); a :class:`NotAMobileNumber` naming what is
    there when none is a mobile number, or when the field is empty."""
    numbers = phone_numbers(phones)
    if not numbers:
        raise NotAMobileNumber("The customer has no phone number")
    for number in numbers:
        if is_mobile(number):
            return whatsapp_number(number)
    # None fits: the reason for the first one is the clearest message.
    return whatsapp_number(numbers[0])
