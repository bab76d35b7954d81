"""Folding text for search: what the owner types should find the customer whatever the
niqqud, Arabic diacritics, alef/ya/ta-marbuta variants, Hebrew final letters or letter
case. Both the stored search text and the query go through :func:`fold`."""

from __future__ import annotations

import re
import unicodedata

from arapp.core.textclean import strip_bidi_controls

_HEBREW_MARKS = re.compile("[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك",
        "ך": "כ",
        "ם": "מ",
        "ן": "נ",
        "ף": "פ",
        "ץ": "צ",
        "״": '"',
        "׳": "'",
    }
)
_SPACES = re.compile(r"\s+")
_NON_DIGITS = re.compile(r"\D")


def fold(text: str) -> str:
    """Lower-case, mark-free, variant-free form of ``text`` for substring matching."""
    text = unicodedata.normalize("NFKC", text)
    text = strip_bidi_controls(text)
    text = _HEBREW_MARKS.sub("", text)
    text = _ARABIC_MARKS.sub("", text)
    text = text.translate(_FOLD).casefold()
    return _SPACES.sub(" ", text).strip()


def digits(text: str) -> str:
    return _NON_DIGITS.sub("", text)


def search_text(name: str, code: str, phones: str, id_number: str) -> str:
    """The stored text a customer is found by: folded name, code, phone digits, ID."""
    phone_digits = " ".join(digits(p) for p in re.split(r"[,;/]", phones) if digits(p))
    return " ".join(
        part for part in (fold(name), fold(code), phone_digits, digits(id_number)) if part
    )
