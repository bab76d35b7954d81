"""Every kind in the core's letter-kinds table has a name on screen."""

from __future__ import annotations

from arapp.core.letters.kinds import BY_HAND_KINDS, KIND_CODES, TEMPLATE_KINDS
from arapp.ui.i18n import labels
from arapp.ui.letters import letter_dialog


def test_every_kind_has_an_owner_facing_name() -> None:
    assert {code: labels.letter_kind_name(code) != code for code in KIND_CODES} == dict.fromkeys(
        KIND_CODES, True
    )


def test_every_wording_file_has_a_name_on_the_settings_page() -> None:
    """The Letters settings page lists every wording file (the agreement's too) by name."""
    assert [k for k in TEMPLATE_KINDS if labels.letter_kind_name(k) == k] == []
    assert labels.letter_kind_name("agreement") == "Installment agreement"


def test_the_letter_dialog_offers_the_kinds_made_by_hand() -> None:
    assert letter_dialog.KINDS == BY_HAND_KINDS
