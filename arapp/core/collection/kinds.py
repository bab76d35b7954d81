"""The one home of the interaction log's words: what kinds of entry there are, which way a
contact went, how it ended and why the customer has not paid.

The owner logs the *contact* kinds; the services write the *event* kinds themselves (a
letter kept, a payment recorded, a cheque returned…), so the customer's card shows one
timeline of everything that happened. Codes are stored in the database and are the CLI's
choices; the app shows them translated.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from arapp.core.letters.kinds import KINDS as LETTER_KINDS

#: What the owner logs by hand.
CONTACT_KINDS: tuple[str, ...] = (
    "call",
    "sms",
    "whatsapp",
    "email",
    "visit",
    "meeting",
    "note",
)

#: Entries the services write (``ref_kind``/``ref_id`` name the record behind each).
LETTER = "letter"
PAYMENT = "payment"
PAYMENT_VOIDED = "payment_voided"
INVOICE_VOIDED = "invoice_voided"
PLAN_CREATED = "plan_created"
PLAN_CANCELLED = "plan_cancelled"
PLAN_BREACHED = "plan_breached"
CHEQUE_DEPOSITED = "cheque_deposited"
CHEQUE_RETURNED = "cheque_returned"
CHEQUE_GIVEN_BACK = "cheque_given_back"
CHEQUE_REPLACED = "cheque_replaced"
CREDIT_OVERRIDE = "credit_override"
HANDED_OVER = "handed_over"
TAKEN_BACK = "taken_back"
EVENT_KINDS: tuple[str, ...] = (
    LETTER,
    PAYMENT,
    PAYMENT_VOIDED,
    INVOICE_VOIDED,
    PLAN_CREATED,
    PLAN_CANCELLED,
    PLAN_BREACHED,
    CHEQUE_DEPOSITED,
    CHEQUE_RETURNED,
    CHEQUE_GIVEN_BACK,
    CHEQUE_REPLACED,
    CREDIT_OVERRIDE,
    HANDED_OVER,
    TAKEN_BACK,
)

#: Which list an automatic entry's outcome code comes from, by the entry's kind (the
#: record behind the entry wrote it: a letter's kind, a payment's method, the bank's
#: reason for a returned cheque, why a sale went over the credit limit). A screen or a
#: document puts the code into words from that list.
OUTCOME_CODES: dict[str, str] = {
    LETTER: "letter_kind",
    PAYMENT: "payment_method",
    CHEQUE_RETURNED: "return_reason",
    CREDIT_OVERRIDE: "credit_override",
}

#: The automatic entries whose note starts with an amount — what was paid, or voided —
#: as plain decimal text (``money_str``), then ``": reason"`` for a void.
AMOUNT_NOTE_KINDS: tuple[str, ...] = (PAYMENT, PAYMENT_VOIDED)


def note_amount(kind: str, note: str) -> tuple[Decimal | None, str]:
    """(the amount at the head of an entry's note, the rest of the note) — the amount
    None for kinds that note none (:data:`AMOUNT_NOTE_KINDS`), or a note that does not
    start with one. A screen or document shows the amount in its own money format."""
    if kind not in AMOUNT_NOTE_KINDS:
        return None, note
    head, sep, rest = note.partition(": ")
    try:
        amount = Decimal(head.strip())
    except InvalidOperation:
        return None, note
    if not amount.is_finite():
        return None, note
    return amount, rest if sep else ""


#: What a credit-limit override entry's outcome says: the sale went over the customer's
#: limit, or the customer's credit was stopped.
OVER_LIMIT = "over_limit"
STOP_CREDIT = "stop_credit"
CREDIT_OVERRIDES: tuple[str, ...] = (OVER_LIMIT, STOP_CREDIT)

#: Every kind the timeline can show (its filter's choices).
ENTRY_KINDS: tuple[str, ...] = CONTACT_KINDS + EVENT_KINDS

#: Which way a contact went: ``""`` when it has no direction (a note, a visit).
DIRECTIONS: tuple[str, ...] = ("", "out", "in")

#: How a contact ended (``""``: not said).
OUTCOMES: tuple[str, ...] = (
    "reached",
    "no_answer",
    "promised",
    "disputed",
    "refused",
    "wrong_number",
)
#: The outcome of a contact that carries a promise to pay.
PROMISED = "promised"

#: Why the customer has not paid (``""``: not said).
REASONS: tuple[str, ...] = (
    "hardship",
    "job_loss",
    "dispute",
    "forgot",
    "refuses",
    "unreachable",
    "other",
)

#: What wrote an automatic entry (the ``ref_kind`` column); ``ref_id`` is that record's id.
REF_KINDS: tuple[str, ...] = ("payment", "debit", "plan", "cheque", "document", "customer")


def is_contact(kind: str) -> bool:
    """Whether ``kind`` is logged by the owner (and can be corrected by the owner)."""
    return kind in CONTACT_KINDS


def is_collection_letter(kind: str) -> bool:
    """Whether a letter of ``kind`` is a *collection step* in the sense of §13B2 of the
    Consumer Protection Law: a letter of the ladder that asks for the debt — the
    reminder (which may count as one, hence the debt notice comes first for consumers),
    the second reminder, the warning and the handover. The debt notice itself is the
    notice the law requires, not a collection step; a statement or a settlement offer
    is not a step of the ladder, nor is a payment confirmation."""
    return kind in _COLLECTION_LETTERS


_COLLECTION_LETTERS = frozenset(
    k.code for k in LETTER_KINDS if k.ladder_level and not k.consumers_only
)
