"""A service's refusal reaches the owner in the UI language, with its values intact."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from arapp.core.errors import DuplicateRecord, ImportRowError, UserError
from arapp.core.importing.fields import parse_date
from arapp.core.services import Shop
from arapp.ui.i18n import core_messages
from arapp.ui.i18n.language import manager
from arapp.ui.widgets.messages import reason_text, user_message
from tests.ui.test_language_switch import compiled  # noqa: F401  (fixture)
from tests.ui.user_error_texts import refusal_texts


def test_every_refusal_in_the_core_is_listed_for_translation() -> None:
    missing = refusal_texts() - set(core_messages.MESSAGES)
    assert not missing, f"add to arapp/ui/i18n/core_messages.py: {sorted(missing)}"


def test_english_refusal_is_the_service_message(qtbot: QtBot) -> None:
    manager().set_language("en", persist=False)
    exc = DuplicateRecord("Invoice number “{number}” is already in use", number="INV-7")
    shown = user_message(exc)
    # The value is isolated (invisible FSI…PDI) so that a Hebrew value keeps its order.
    assert shown.replace("\u2068", "").replace("\u2069", "") == exc.message
    assert exc.message == "Invoice number “INV-7” is already in use"


@pytest.mark.parametrize(("lang", "letters"), [("he", "\u05d0-\u05ea"), ("ar", "\u0620-\u064a")])
def test_refusals_are_translated_with_values_and_field_names(
    qtbot: QtBot, compiled: Path, shop: Shop, lang: str, letters: str  # noqa: F811
) -> None:
    import re

    manager().set_language(lang, persist=False)
    try:
        with pytest.raises(UserError) as info:
            shop.invoices.create_invoice(9999, "X-1", __import__("datetime").date(2026, 1, 1),
                                         Decimal("12.345"))
        text = user_message(info.value)
        assert re.search(f"[{letters}]", text), text
        assert "12.345" in text  # the value the owner typed, in its own order
        assert "Invoice amount" not in text  # the field name is translated too
    finally:
        manager().set_language("en", persist=False)


@pytest.mark.parametrize(("lang", "letters", "month"), [("he", "\u05d0-\u05ea", "פברואר"),
                                                        ("ar", "\u0620-\u064a", "شباط")])
def test_import_reasons_are_translated_with_values_and_month_names(
    qtbot: QtBot, compiled: Path, lang: str, letters: str, month: str  # noqa: F811
) -> None:
    import re

    manager().set_language(lang, persist=False)
    try:
        with pytest.raises(ImportRowError) as info:
            parse_date("31/02/2026", 4, "תאריך")
        text = reason_text(info.value)
        assert re.search(f"[{letters}]", text), text
        assert "31/02/2026" in text and "28" in text  # the values
        assert month in text and "February" not in text  # the month name is translated
    finally:
        manager().set_language("en", persist=False)
    assert reason_text(info.value).replace("\u2068", "").replace("\u2069", "") == (
        "“31/02/2026” does not exist: February 2026 has 28 days"
    )


@pytest.mark.parametrize("lang", ["he", "ar"])
def test_a_date_in_a_refusal_is_shown_as_the_reader_writes_dates(
    qtbot: QtBot, compiled: Path, lang: str  # noqa: F811
) -> None:
    """Issue #17, defect 6: the day was shown as ISO text (and reordered in Arabic)."""
    from datetime import date

    from arapp.core.errors import AllOverdueDisputed

    manager().set_language(lang, persist=False)
    try:
        text = user_message(AllOverdueDisputed("Dana", "1,959.28", date(2026, 11, 27)))
        assert "\u206827/11/2026\u2069" in text, text  # isolated, day first
        assert "2026-11-27" not in text
    finally:
        manager().set_language("en", persist=False)
