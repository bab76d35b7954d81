"""Producing a letter: compose from the ledger, render to PDF bytes, and — when the owner
prints or saves it — record those exact bytes. The UI and the CLI both come through here,
so a preview, a print and a reprint are the same document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from arapp.core.dunning import LetterDue
from arapp.core.services import Shop
from arapp.documents.compose import LetterOptions, compose, is_ladder_level
from arapp.documents.data import LetterData
from arapp.documents.letter import render_document


@dataclass(frozen=True, slots=True)
class PreparedLetter:
    customer_id: int
    kind: str  # the ladder level or letter kind asked for
    lang: str
    letter_date: date
    data: LetterData
    pdf: bytes
    item_ids: tuple[int, ...]
    amount: Decimal


def prepare_letter(
    shop: Shop,
    customer_id: int,
    kind: str,
    lang: str | None = None,
    letter_date: date | None = None,
    item_ids: Sequence[int] | None = None,
    discount_percent: Decimal = Decimal("10"),
) -> PreparedLetter:
    """Compose and render a letter without recording it (for preview). ``lang`` defaults
    to the customer's letter language, ``letter_date`` to today."""
    draft = draft_letter(shop, customer_id, kind, lang, letter_date, item_ids, discount_percent)
    return replace(draft, pdf=render_document(draft.data))


def draft_letter(
    shop: Shop,
    customer_id: int,
    kind: str,
    lang: str | None = None,
    letter_date: date | None = None,
    item_ids: Sequence[int] | None = None,
    discount_percent: Decimal = Decimal("10"),
) -> PreparedLetter:
    """Like :func:`prepare_letter` but not yet rendered (``pdf`` is empty), so that many
    letters can be rendered in parallel."""
    customer = shop.customers.get(customer_id)
    lang = lang or customer.language
    options = LetterOptions(
        letter_date=letter_date or date.today(),
        item_ids=item_ids,
        discount_percent=discount_percent,
    )
    data, ids = compose(shop, customer_id, kind, lang, options)
    return PreparedLetter(
        customer_id=customer_id,
        kind=kind,
        lang=lang,
        letter_date=options.letter_date,
        data=data,
        pdf=b"",
        item_ids=ids,
        amount=data.total,
    )


def record_letter(shop: Shop, prepared: PreparedLetter) -> int:
    """Keep the exact bytes, log the letter, mark the ladder step; return the document id."""
    return shop.letters.record(
        customer_id=prepared.customer_id,
        kind=prepared.kind,
        lang=prepared.lang,
        letter_date=prepared.letter_date,
        pdf=prepared.pdf,
        amount=prepared.amount,
        item_ids=prepared.item_ids,
        ladder_level=prepared.kind if is_ladder_level(prepared.kind) else None,
    )


def draft_due_letter(shop: Shop, due: LetterDue, as_of: date) -> PreparedLetter:
    """The letter the ladder asks for, covering exactly its items (not yet rendered)."""
    return draft_letter(shop, due.customer_id, due.kind, letter_date=as_of,
                        item_ids=due.item_ids)
