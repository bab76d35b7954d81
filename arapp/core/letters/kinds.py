"""The one table of letter kinds and what each one means.

Every other place that needs the kinds reads them from here: the dunning ladder (its
levels, in order), composing a letter (how long it gives to pay, which items it lists,
which template it fills), the CLI's ``--kind`` choices and the letter dialog's list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from arapp.core.errors import UserError

#: What a letter lists: the undisputed items already past due, every undisputed open item
#: (a settlement offer settles the whole account), or the account's movements.
Listing = Literal["overdue", "open", "statement"]


@dataclass(frozen=True, slots=True)
class LetterKind:
    code: str
    #: The template and document it prints as: a handover puts the statement of account
    #: into the case file, so it prints as a statement.
    template: str
    listing: Listing
    #: Days the letter gives to pay (its pay-by date); None for a statement.
    pay_within_days: int | None
    #: A step of the dunning ladder: recording it marks the step on each item it lists.
    ladder_level: bool
    #: Offered when the owner makes a letter by hand (a handover is a ladder step only).
    by_hand: bool = True
    #: A ladder level for consumers only (the §13B2 debt notice).
    consumers_only: bool = False
    #: A collection step: for a consumer it may follow only once the debt notice's wait
    #: (14 days, §13B2) is over.
    waits_for_debt_notice: bool = False
    #: The last letter before legal action: "without prejudice" above the subject, sent by
    #: registered mail with delivery confirmation unless the owner says otherwise (the
    #: Execution Office asks for the delivery record).
    legal_notice: bool = False


#: In ladder order first (the order the ladder climbs), then the letters made by hand.
#: The warning's 14 days are the ones the ladder waits before a handover.
KINDS: tuple[LetterKind, ...] = (
    # A reminder may itself count as a collection step, so to a consumer it too waits.
    LetterKind("reminder", "reminder", "overdue", 7, ladder_level=True, waits_for_debt_notice=True),
    LetterKind(
        "debt_notice", "debt_notice", "overdue", 14, ladder_level=True, consumers_only=True
    ),
    LetterKind("second", "second", "overdue", 7, ladder_level=True, waits_for_debt_notice=True),
    LetterKind(
        "warning", "warning", "overdue", 14, ladder_level=True, waits_for_debt_notice=True,
        legal_notice=True,
    ),
    LetterKind(
        "handover", "statement", "statement", None, ladder_level=True, by_hand=False,
        waits_for_debt_notice=True,
    ),
    LetterKind("settlement", "settlement", "open", 14, ladder_level=False),
    LetterKind("statement", "statement", "statement", None, ladder_level=False),
)

_BY_CODE = {k.code: k for k in KINDS}

#: Every kind a letter can be asked for (CLI ``--kind``).
KIND_CODES: tuple[str, ...] = tuple(k.code for k in KINDS)
#: The dunning ladder's levels, in the order it climbs them.
LADDER_LEVELS: tuple[str, ...] = tuple(k.code for k in KINDS if k.ladder_level)
#: The kinds the owner picks from when making a letter by hand.
BY_HAND_KINDS: tuple[str, ...] = tuple(k.code for k in KINDS if k.by_hand)
#: The letters' wording files.
LETTER_TEMPLATES: tuple[str, ...] = tuple(dict.fromkeys(k.template for k in KINDS))
#: A payment confirmation: made for a payment taken, never by the ladder.
PAYMENT_CONFIRMATION = "payment_confirmation"
#: An installment plan's agreement: its title and clauses (:mod:`arapp.core.plans`).
AGREEMENT = "agreement"
#: Documents with a wording file that are not letters of this table.
OTHER_TEMPLATES: tuple[str, ...] = (PAYMENT_CONFIRMATION, AGREEMENT)
#: Every wording file under ``resources/templates/<lang>/`` (besides ``labels.toml``).
TEMPLATE_KINDS: tuple[str, ...] = LETTER_TEMPLATES + OTHER_TEMPLATES


def letter_kind(code: str) -> LetterKind:
    """The kind called ``code``; a ``UserError`` for an unknown one (it may come from the
    command line)."""
    kind = _BY_CODE.get(code)
    if kind is None:
        raise UserError("Unknown letter kind “{kind}”", kind=code)
    return kind
