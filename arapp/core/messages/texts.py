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
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache
from typing import Literal
from urllib.parse import quote

from arapp.core.errors import InvalidField, UserError
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


#: The texts of a language's wording, each of which the owner may word their own way
#: (Settings › Messages): the short messages, the how-to-pay line that fills their
#: ``{how_to_pay}``, and the e-mail around a letter.
TEXT_KEYS: tuple[str, ...] = (
    *MESSAGE_KINDS, "how_to_pay_bank", "how_to_pay_phone", "email_subject", "email_body",
)
#: The placeholder that the how-to-pay line fills, and the one the letter's title fills.
HOW_TO_PAY = "how_to_pay"
DOCUMENT = "document"
#: The texts the how-to-pay line goes into; the texts around a letter, which name it.
_TAKES_HOW_TO_PAY = frozenset({*MESSAGE_KINDS, "email_body"})
_TAKES_DOCUMENT = frozenset({"email_subject", "email_body"})
#: Longest text the owner may keep, in characters. A short message is read on a phone
#: (an SMS of more than ~3 parts is split or refused by some phones).
SMS_LIMIT = 480
_LIMITS: dict[str, int] = {
    **dict.fromkeys(MESSAGE_KINDS, SMS_LIMIT), "how_to_pay_bank": 240,
    "how_to_pay_phone": 240, "email_subject": 200, "email_body": 4000,
}
#: What the owner sees each text called in a refusal (translated as ``field``).
TEXT_NAMES: dict[str, str] = {
    "reminder": "Reminder message", "balance": "Balance message",
    "how_to_pay_bank": "How to pay (bank transfer)", "how_to_pay_phone": "How to pay (phone)",
    "email_subject": "E-mail subject", "email_body": "E-mail text",
}
_GROUP = re.compile(r"\{([^{}]*)\}")


@cache
def default_wording(lang: str) -> dict[str, str]:
    """The bundled wording of ``lang`` (``resources/messages/<lang>.toml``)."""
    if lang not in LANGUAGES:
        raise UserError("Unknown language “{lang}”", lang=lang)
    with open(messages_file(lang), "rb") as fh:
        return {k: str(v).strip() for k, v in tomllib.load(fh).items()}


def wording(lang: str, own: Mapping[str, str] | None = None) -> dict[str, str]:
    """The wording of ``lang``: the owner's text (``own``, by key) where they wrote one,
    else the bundled default."""
    words = dict(default_wording(lang))
    words.update({k: v for k, v in (own or {}).items() if k in TEXT_KEYS and v.strip()})
    return words


def _values(facts: MessageFacts) -> dict[str, str]:
    values = {f.name: str(getattr(facts, f.name)) for f in fields(MessageFacts)}
    values["bank_details"] = _one_line(facts.bank_details)
    return values


def placeholders(key: str) -> tuple[str, ...]:
    """The placeholders text ``key`` may use: the facts every text is filled with, the
    how-to-pay line where it goes in, the letter's title in the e-mail."""
    if key not in TEXT_KEYS:
        raise ValueError(f"{key!r} is not a message text")
    names = [f.name for f in fields(MessageFacts)]
    if key in _TAKES_HOW_TO_PAY:
        names.append(HOW_TO_PAY)
    if key in _TAKES_DOCUMENT:
        names.append(DOCUMENT)
    return tuple(names)


def text_limit(key: str) -> int:
    """The most characters text ``key`` may have."""
    return _LIMITS[key]


def check_text(key: str, text: str) -> str:
    """``text`` as the owner's wording of ``key`` (trimmed), or an ``InvalidField``
    naming the text: empty, too long, a brace without its partner, or a placeholder that
    text is not filled with (:func:`placeholders`)."""
    field = TEXT_NAMES[key]
    text = text.strip()
    if not text:
        raise InvalidField(
            "{field} is empty: write the text, or reset it to the default",
            input_field=key, field=field,
        )
    limit = _LIMITS[key]
    if len(text) > limit and key in MESSAGE_KINDS:
        raise InvalidField(
            "{field} has {count} characters; a text message should stay short, at most"
            " {limit}", input_field=key, field=field, count=len(text), limit=limit,
        )
    if len(text) > limit:
        raise InvalidField("{field} has {count} characters; at most {limit} fit",
                           input_field=key, field=field, count=len(text), limit=limit)
    if "{" in _GROUP.sub("", text) or "}" in _GROUP.sub("", text):
        raise InvalidField(
            "{field}: a brace has no partner; a placeholder is written as a name in"
            " braces, like {example}", input_field=key, field=field,
            example="{customer_name}",
        )
    unknown = sorted({n for n in _GROUP.findall(text)} - set(placeholders(key)))
    if unknown:
        raise InvalidField(
            "{field}: unknown placeholder(s) {names}; this text may use {allowed}",
            input_field=key, field=field, names=", ".join("{" + n + "}" for n in unknown),
            allowed=" ".join("{" + n + "}" for n in placeholders(key)),
        )
    return text


def _with_how_to_pay(text: str, words: Mapping[str, str], facts: MessageFacts) -> str:
    """``text`` with its ``{how_to_pay}`` line put in as wording (filled with the rest,
    so each value in it is isolated once): the bank details when the owner gave them,
    else the phone."""
    how = words["how_to_pay_bank"] if facts.bank_details.strip() else words["how_to_pay_phone"]
    return text.replace("{" + HOW_TO_PAY + "}", how)


def message_text(
    kind: str, lang: str, facts: MessageFacts, own: Mapping[str, str] | None = None
) -> str:
    """The WhatsApp / SMS text of ``kind`` in ``lang`` (worded as the owner's ``own``
    texts say where given): one paragraph, values isolated (so an amount or a Latin name
    keeps its order inside right-to-left text)."""
    is_collection(kind)
    words = wording(lang, own)
    text = _with_how_to_pay(words[kind], words, facts)
    return _one_line(fill(text, _values(facts)))


def email_text(
    lang: str, facts: MessageFacts, document: str, own: Mapping[str, str] | None = None
) -> tuple[str, str]:
    """The subject and body of the e-mail that carries a letter (``document``: its title)."""
    words = wording(lang, own)
    values = {**_values(facts), DOCUMENT: document}
    subject = _one_line(_plain(fill(words["email_subject"], values)))
    body = _plain(fill(_with_how_to_pay(words["email_body"], words, facts), values))
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
