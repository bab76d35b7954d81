"""What a WhatsApp or SMS message says, and the e-mail around a letter: per-language
wording from ``resources/messages/<lang>.toml`` filled with the facts a service decided.
Pure apart from reading the bundled files.

Two kinds of short message: ``reminder`` asks to pay what is overdue — a collection step,
which a consumer may get only once the §13B2 debt notice's wait is over — and
``balance`` states the balance for information, not a collection step (like the statement
of account). Neither advertises: the amount, the due date and how to pay, nothing else.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Literal
from urllib.parse import quote

from arapp.core.errors import UserError
from arapp.core.templates import fill
from arapp.resources import messages_file

_SPACES = re.compile(r"[ \t\r\n]+")
MessageKind = Literal["reminder", "balance"]
#: Each kind of short message, and whether it is a collection step.
MESSAGE_KINDS: dict[str, bool] = {"reminder": True, "balance": False}
LANGUAGES: tuple[str, ...] = ("he", "ar", "en")


@dataclass(frozen=True, slots=True)
class MessageFacts:
    """The values a message is filled with, already formatted for its language."""

    customer_name: str
    business_name: str
    business_phone: str
    bank_details: str
    total: str
    oldest_due_date: str = ""
    pay_by: str = ""


def is_collection(kind: str) -> bool:
    """Whether a message of ``kind`` is a collection step; ``UserError`` for an unknown one."""
    if kind not in MESSAGE_KINDS:
        raise UserError("Unknown message kind “{kind}”", kind=kind)
    return MESSAGE_KINDS[kind]


@cache
def wording(lang: str) -> dict[str, str]:
    if lang not in LANGUAGES:
        raise UserError("Unknown language “{lang}”", lang=lang)
    with open(messages_file(lang), "rb") as fh:
        return {k: str(v).strip() for k, v in tomllib.load(fh).items()}


def _values(facts: MessageFacts) -> dict[str, str]:
    return {
        "customer_name": facts.customer_name,
        "business_name": facts.business_name,
        "business_phone": facts.business_phone,
        "bank_details": _one_line(facts.bank_details),
        "total": facts.total,
        "oldest_due_date": facts.oldest_due_date,
        "pay_by": facts.pay_by,
    }


def _with_how_to_pay(text: str, lang: str, facts: MessageFacts) -> str:
    """``text`` with its ``{how_to_pay}`` line put in as wording (filled with the rest,
    so each value in it is isolated once): the bank details when the owner gave them,
    else the phone."""
    words = wording(lang)
    how = words["how_to_pay_bank"] if facts.bank_details.strip() else words["how_to_pay_phone"]
    return text.replace("{how_to_pay}", how)


def message_text(kind: str, lang: str, facts: MessageFacts) -> str:
    """The WhatsApp / SMS text of ``kind`` in ``lang``: one paragraph, values isolated
    (so an amount or a Latin name keeps its order inside right-to-left text)."""
    is_collection(kind)
    text = _with_how_to_pay(wording(lang)[kind], lang, facts)
    return _one_line(fill(text, _values(facts)))


def email_text(lang: str, facts: MessageFacts, document: str) -> tuple[str, str]:
    """The subject and body of the e-mail that carries a letter (``document``: its title)."""
    words = wording(lang)
    values = {**_values(facts), "document": document}
    subject = _one_line(_plain(fill(words["email_subject"], values)))
    body = _plain(fill(_with_how_to_pay(words["email_body"], lang, facts), values))
    return subject, body


def _one_line(text: str) -> str:
    # Not str.split(): the no-break space between an amount and its ₪ must stay.
    return _SPACES.sub(" ", text).strip()


def _plain(text: str) -> str:
    # A mail header and a plain-text body are shown by the reader's program: no isolates.
    return text.replace("\u2068", "").replace("\u2069", "")


def whatsapp_url(number: str, text: str) -> str:
    """A click-to-chat link: ``https://wa.me/<number>?text=<text, percent-encoded>``.
    ``number`` is the international form without ``+`` (:func:`phone.whatsapp_number`)."""
    return f"https://wa.me/{number}?text={quote(text, safe='')}"


def sms_url(number: str, text: str) -> str:
    """An ``sms:`` link the system's messaging app opens with the text filled in."""
    return f"sms:+{number}?body={quote(text, safe='')}"
