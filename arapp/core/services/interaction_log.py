"""The record of contacts with a customer (issue #20, item 8): the whole interaction log
as an :class:`InteractionLogData` the documents layer prints, for the case file a lawyer
or an agency receives. Oldest first like ``log.csv``; corrected entries stay, each naming
the entry that corrected it (the log is append-only, and the record shows it). Reads
through ``shop.interactions``; writes nothing.

Every word comes from the document language's ``labels.toml``: a contact's kind,
direction, outcome and reason, a promise's state, and what an automatic entry's outcome
code means (a letter's kind, a payment's method, the bank's reason for a returned cheque).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

from arapp.core.collection.kinds import LETTER, OUTCOME_CODES, note_amount
from arapp.core.errors import UserError
from arapp.core.letters.data import InteractionLogData, LogEntryRow
from arapp.core.services import clock
from arapp.core.services.interaction_records import PromiseStatus, TimelineEntry
from arapp.core.services.records import LANGUAGES
from arapp.core.templates import fill, labels

if TYPE_CHECKING:
    from arapp.core.services import Shop

#: The labels each list of outcome codes (:data:`OUTCOME_CODES`) is read with.
_OUTCOME_LABELS: Mapping[str, str] = {
    "letter_kind": "letter_",
    "payment_method": "method_",
    "return_reason": "return_reason_",
    "credit_override": "log_credit_",
}


def _word(words: Mapping[str, str], key: str, code: str) -> str:
    # A code without a label (one from a newer version) prints as itself, not as nothing.
    return words.get(key, code)


def _what(entry: TimelineEntry, words: Mapping[str, str]) -> str:
    what = _word(words, f"log_kind_{entry.kind}", entry.kind)
    if entry.direction:
        what += " · " + _word(words, f"log_direction_{entry.direction}", entry.direction)
    return what


def _outcome(entry: TimelineEntry, words: Mapping[str, str]) -> str:
    if entry.automatic:
        prefix = _OUTCOME_LABELS.get(OUTCOME_CODES.get(entry.kind, ""))
        if prefix is None or not entry.outcome:
            return entry.outcome
        return _word(words, prefix + entry.outcome, entry.outcome)
    parts = [
        _word(words, f"log_outcome_{entry.outcome}", entry.outcome) if entry.outcome else "",
        _word(words, f"log_reason_{entry.reason}", entry.reason) if entry.reason else "",
    ]
    return " · ".join(p for p in parts if p)


def _note(entry: TimelineEntry) -> str:
    # A letter's entry notes its kind and language as codes; the outcome says the kind.
    # A payment's amount goes to its own field, in the document's money format.
    return "" if entry.kind == LETTER else note_amount(entry.kind, entry.note)[1]


def _recorded(entry: TimelineEntry) -> datetime | None:
    if not entry.created_at:
        return None
    return datetime.fromisoformat(entry.created_at).replace(microsecond=0, tzinfo=None)


def rows(
    entries: list[TimelineEntry], promises: Mapping[int, PromiseStatus],
    words: Mapping[str, str],
) -> tuple[LogEntryRow, ...]:
    """``entries`` (oldest first) as the record's rows, numbered from 1."""
    number = {e.id: n for n, e in enumerate(entries, start=1)}
    out = []
    for e in entries:
        promise = promises.get(e.id)
        out.append(LogEntryRow(
            number=number[e.id],
            at=e.at,
            recorded_at=_recorded(e),
            what=_what(e, words),
            outcome=_outcome(e, words),
            amount=note_amount(e.kind, e.note)[0],
            note=_note(e),
            promise_amount=e.promise_amount,
            promise_date=e.promise_date,
            promise_state=_word(words, f"log_promise_{promise.state}", promise.state)
            if promise is not None else "",
            follow_up_date=e.follow_up_date,
            automatic=e.automatic,
            corrects=number.get(e.corrects_id) if e.corrects_id is not None else None,
            corrected_by=number.get(e.superseded_by) if e.superseded_by is not None
            else None,
        ))
    return tuple(out)


class InteractionLogService:
    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    def document(self, customer_id: int, lang: str | None = None,
                 on: date | None = None) -> InteractionLogData:
        """The customer's whole log in ``lang`` (the customer's language by default),
        dated ``on`` (today): promises stand as they did on that day."""
        shop = self.shop
        customer = shop.customers.get(customer_id)  # "That customer no longer exists"
        lang = lang or customer.language
        if lang not in LANGUAGES:
            raise UserError("Unknown language “{lang}”", lang=lang)
        day = on or clock.today()
        words = labels(lang)
        entries = list(reversed(shop.interactions.timeline(customer_id)))  # oldest first
        promises = {p.entry_id: p for p in shop.interactions.promises(customer_id, day)}
        return InteractionLogData(
            lang=lang,
            letter_date=day,
            business=shop.letter_drafts.business(),
            recipient=shop.letter_drafts.recipient(customer),
            subject=fill(words["log_title"], {"customer": customer.name}),
            paragraphs=(),
            labels=words,
            currency=shop.settings.currency,
            entries=rows(entries, promises, words),
        )
