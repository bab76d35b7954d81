"""The shop's default letter language: what a new customer's letters are written in
until the owner picks another for them.

Kept under one settings key through ``shop.settings.get_value``/``set_value`` until the
core names it (a ``SettingsService.default_letter_language()`` would replace these two).
"""

from __future__ import annotations

from arapp.core.services import Shop
from arapp.core.services.records import LANGUAGES

KEY = "letters.default_language"
#: Hebrew unless the owner says otherwise: most customers of an Israeli shop read it.
FALLBACK = "he"


def default_letter_language(shop: Shop) -> str:
    value = shop.settings.get_value(KEY, FALLBACK)
    return value if value in LANGUAGES else FALLBACK


def set_default_letter_language(shop: Shop, lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported letter language {lang!r}")
    shop.settings.set_value(KEY, lang)
