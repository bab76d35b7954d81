"""The shape of an e-mail address and of a phone number, shared by the import and the
customer form. Pure.

Deliberately loose: the app does not send mail or dial, it prints these on letters, so
the check catches a typo in the wrong field (a phone number in the e-mail column, a
name in the phone field), not every address the RFCs allow.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
#: Spaces, dashes, parentheses: how people group a number's digits.
PHONE_PUNCTUATION = re.compile(r"[\s()\-‐‑‒–—−]")
#: Between two numbers in one field: "04-8123456, 052-7654321".
PHONE_SEPARATORS = re.compile(r"[,;/]")
# Arabic-Indic digits, which an Arabic keyboard types, read as Latin ones.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
MIN_PHONE_DIGITS = 9
MAX_PHONE_DIGITS = 13


def is_email(text: str) -> bool:
    """One address: something@domain.tld, no spaces."""
    return _EMAIL.fullmatch(text) is not None


def latin_digits(text: str) -> str:
    return text.translate(_DIGITS)


def is_phone(text: str) -> bool:
    """One number: 9 to 13 digits once spaces, dashes, parentheses and a leading ``+`` are
    removed (Israeli numbers have 9 or 10, with +972 up to 12)."""
    digits = PHONE_PUNCTUATION.sub("", latin_digits(text)).removeprefix("+")
    return digits.isascii() and digits.isdigit() and (
        MIN_PHONE_DIGITS <= len(digits) <= MAX_PHONE_DIGITS
    )


def phone_numbers(text: str) -> list[str]:
    """The numbers of a phones field, split at commas, semicolons and slashes."""
    return [part.strip() for part in PHONE_SEPARATORS.split(text) if part.strip()]
