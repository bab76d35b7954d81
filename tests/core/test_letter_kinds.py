"""One table of letter kinds: the ladder, the templates, the CLI and the letter dialog all
read it, so a kind added there is a kind everywhere (and one missing anywhere fails here)."""

from __future__ import annotations

import pytest

from arapp.core import dunning
from arapp.core.errors import UserError
from arapp.core.letters.kinds import (
    KIND_CODES,
    KINDS,
    LADDER_LEVELS,
    LETTER_TEMPLATES,
    OTHER_TEMPLATES,
    TEMPLATE_KINDS,
    letter_kind,
)
from arapp.core.templates import default_template
from arapp.resources import templates_dir


def test_codes_are_unique_and_templates_are_kinds_of_their_own() -> None:
    assert len(set(KIND_CODES)) == len(KIND_CODES)
    assert set(LETTER_TEMPLATES) <= set(KIND_CODES)
    assert set(TEMPLATE_KINDS) == set(LETTER_TEMPLATES) | set(OTHER_TEMPLATES)
    assert not set(OTHER_TEMPLATES) & set(KIND_CODES)  # not a letter of the dialog or CLI
    assert letter_kind("handover").template == "statement"


def test_the_ladder_climbs_the_tables_levels_in_order() -> None:
    assert dunning.LEVELS == LADDER_LEVELS
    assert LADDER_LEVELS == ("reminder", "debt_notice", "second", "warning", "handover")


def test_a_letter_that_asks_for_payment_names_a_deadline() -> None:
    for kind in KINDS:
        assert (kind.pay_within_days is None) == (kind.listing == "statement"), kind
    assert letter_kind("warning").pay_within_days == 14  # DESIGN: pay within 14 days


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_every_kind_has_its_wording_in_every_language(lang: str) -> None:
    files = {p.stem for p in templates_dir(lang).glob("*.toml")} - {"labels"}
    assert files == set(TEMPLATE_KINDS)
    for kind in KINDS:
        assert default_template(kind.template, lang).subject


def test_the_consumer_rules_of_13b2_are_in_the_table() -> None:
    """Only the debt notice is for consumers only; every other ladder step — the first
    reminder too, which may count as a collection step — waits for it."""
    assert [k.code for k in KINDS if k.consumers_only] == ["debt_notice"]
    others = [lv for lv in LADDER_LEVELS if lv != "debt_notice"]
    assert [k.code for k in KINDS if k.waits_for_debt_notice] == others
    assert dunning.levels_for(consumer=False) == ("reminder", "second", "warning", "handover")
    assert dunning.levels_for(consumer=True) == ("debt_notice", "second", "warning", "handover")


def test_unknown_kind_is_a_user_error() -> None:
    with pytest.raises(UserError, match="poem"):
        letter_kind("poem")


def test_cli_offers_exactly_the_tables_kinds() -> None:
    from arapp.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    letter = commands.choices["letter"]  # type: ignore[index]
    kind = next(a for a in letter._actions if a.dest == "kind")
    assert tuple(kind.choices) == KIND_CODES
