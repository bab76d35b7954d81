from __future__ import annotations

import pytest

from arapp.core.errors import UserError
from arapp.core.letters.kinds import TEMPLATE_KINDS as LETTER_KINDS
from arapp.core.templates import (
    TemplateText,
    check_template,
    default_template,
    fill,
    fill_paragraphs,
    strip_isolates,
)


def test_fill_replaces_known_fields_and_blanks_missing_ones() -> None:
    assert fill("Dear {customer_name}, pay {total}.", {"customer_name": "דוד"}) == (
        "Dear \u2068דוד\u2069, pay ."
    )


def test_every_inserted_value_is_an_isolate_without_bidi_controls_of_its_own() -> None:
    """Issue #22 (2): a value cannot reorder its neighbours, nor bring an override."""
    assert fill("{a} and {b}", {"a": "\u202eEvil\u202c", "b": " "}) == "\u2068Evil\u2069 and "
    assert strip_isolates(fill("Hi {a}.", {"a": "Ann"})) == "Hi Ann."
    assert fill("({p}% off)", {"p": "10"}) == "(\u206810%\u2069 off)"  # "10%" is one unit


def test_paragraph_whose_fields_are_all_empty_is_dropped() -> None:
    body = "Hello {customer_name}.\n\nA notice was sent on {debt_notice_date}.\n\nThanks."
    assert fill_paragraphs(body, {"customer_name": "Ann", "debt_notice_date": ""}) == (
        "Hello \u2068Ann\u2069.",
        "Thanks.",
    )
    assert len(fill_paragraphs(body, {"customer_name": "Ann", "debt_notice_date": "1/1"})) == 3


def test_check_template_refuses_unknown_placeholder() -> None:
    with pytest.raises(UserError, match=r"\{balance_due\}"):
        check_template(TemplateText("Subject", "Pay {balance_due} now"))
    with pytest.raises(UserError):
        check_template(TemplateText("", "body"))


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_every_default_template_passes_its_own_check(kind: str, lang: str) -> None:
    check_template(default_template(kind, lang))
