"""Written amounts → ``Decimal``: one parser for what the owner types in an amount box and
what an import file holds, so the two accept and refuse the same things.

Accepted (Israel writes "." for decimals and "," for thousands in Hebrew, Arabic and English
alike): ``1234.5``, ``1,234.50``, ``.5``, ``12.`` (a box mid-typing), a currency sign or word
before or after (``₪``, ``ש"ח``, ``NIS``, ``ILS``, ``شيكل``), Arabic-Indic digits and
separators (``١٬٢٣٤٫٥``), bidi marks and spaces of every kind around the number, a leading
``+``. A minus sign (``-12.50``, or ``12.50-`` as right-to-left Excel shows it) only where
negative amounts are allowed.

Refused, each with a :class:`AmountProblem` (the amount box says it in a few words) and an
English template with the text quoted (the importer's row/column report, translated through
the "UserError" context): nothing written, not a plain number, more than two decimals
(never rounded: ``12.500`` is exact, ``12.345`` is a typo in money), a comma used as the
decimal point or thousands in the wrong place, another currency (``$100``), zero or a minus
sign where they make no sense, ``MAX_AMOUNT`` and up.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import Enum

from arapp.core.errors import InvalidAmount
from arapp.core.money import MAX_AMOUNT, NotExact, from_minor, to_minor
from arapp.core.textclean import BIDI_CONTROL_CHARS


class AmountProblem(Enum):
    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    TOO_MANY_DECIMALS = "too_many_decimals"
    BAD_GROUPING = "bad_grouping"
    NEGATIVE = "negative"
    ZERO = "zero"
    TOO_LARGE = "too_large"


class AmountError(InvalidAmount):
    """An amount that is not acceptable: ``problem`` says why in one word, the template
    (with the text quoted as ``{text}``) says it in a sentence."""

    def __init__(self, problem: AmountProblem, template: str, **params: object) -> None:
        super().__init__(template, **params)
        self.problem = problem


# Bidi marks and isolates (a pasted right-to-left number carries them), NUL, a stray BOM.
_INVISIBLE = dict.fromkeys(map(ord, BIDI_CONTROL_CHARS + "\x00\ufeff"))
# Arabic-Indic and Persian digits, Arabic decimal and thousands separators → Latin.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
_CURRENCY = re.compile(r"₪|ש[\"״'׳]{0,2}ח|\bNIS\b|\bILS\b|شيكل|شيقل", re.IGNORECASE)
_SIGNED = re.compile(r"(?P<lead>[-−+]?)\s*(?P<body>.*?)\s*(?P<trail>-?)", re.DOTALL)
# Whole part plain or grouped by threes, then an optional point with optional agorot.
_NUMBER = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)?(?:\.[0-9]*)?", re.ASCII)
_EUROPEAN = re.compile(r"[0-9.]*[0-9],[0-9]{1,2}", re.ASCII)
_NOT_AN_AMOUNT = (
    "“{text}” is not an amount; write digits with an optional decimal point, "
    "like 1234.50 or 1,234.50"
)


def shown(text: str) -> str:
    """``text`` for a message (the reason puts it between “ ”), cut short and with line
    breaks, tabs and other unprintable characters written as escapes (``\\n``): a reason
    should fit on a line."""
    text = text if len(text) <= 40 else text[:40] + "…"
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def parse_amount(text: str, *, allow_zero: bool = False, allow_negative: bool = False) -> Decimal:
    """The amount ``text`` means, with exactly two decimals; raises :class:`AmountError`.

    Without ``allow_zero`` the amount must be more than zero; ``allow_negative`` admits a
    minus sign (and zero)."""
    text = text.translate(_INVISIBLE).strip()
    if not text:
        raise AmountError(AmountProblem.EMPTY, "the amount is empty")
    signed = _SIGNED.fullmatch(_CURRENCY.sub("", text.translate(_DIGITS)).strip())
    assert signed is not None  # the pattern matches any text
    body = signed["body"]
    if signed["lead"] and signed["trail"]:
        raise AmountError(
            AmountProblem.NOT_A_NUMBER,
            "“{text}” is not an amount (two minus signs)",
            text=shown(text),
        )
    if _EUROPEAN.fullmatch(body):
        raise AmountError(
            AmountProblem.BAD_GROUPING,
            "“{text}” uses a comma as the decimal point; write it as {plain} "
            "(a dot before the agorot, commas only between thousands)",
            text=shown(text),
            plain=body.replace(".", "").replace(",", "."),
        )
    if body.count(".") > 1:
        raise AmountError(
            AmountProblem.NOT_A_NUMBER,
            "“{text}” is not an amount (more than one decimal point)",
            text=shown(text),
        )
    if not any(ch.isdigit() for ch in body) or not _NUMBER.fullmatch(body):
        problem = AmountProblem.BAD_GROUPING if "," in body else AmountProblem.NOT_A_NUMBER
        raise AmountError(problem, _NOT_AN_AMOUNT, text=shown(text))
    try:
        amount = Decimal(body.replace(",", "").rstrip(".") or "0")
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        raise AmountError(AmountProblem.NOT_A_NUMBER, _NOT_AN_AMOUNT, text=shown(text)) from None
    negative = signed["lead"] in ("-", "−") or signed["trail"] == "-"
    return checked_amount(
        -amount if negative else amount,
        text,
        allow_zero=allow_zero,
        allow_negative=allow_negative,
    )


def checked_amount(
    amount: Decimal, text: str, *, allow_zero: bool = False, allow_negative: bool = False
) -> Decimal:
    """``amount`` (read from ``text``, which messages quote) with exactly two decimals, if
    it is finite, under ``MAX_AMOUNT``, has at most two decimals and the sign allowed;
    raises :class:`AmountError` otherwise. A trailing zero is not a third decimal."""
    if not amount.is_finite():
        raise AmountError(
            AmountProblem.NOT_A_NUMBER, "“{text}” is not a number", text=shown(text)
        )
    if abs(amount) >= MAX_AMOUNT:
        raise AmountError(
            AmountProblem.TOO_LARGE,
            "“{text}” is too large; amounts must be under {limit}",
            text=shown(text),
            limit=f"{MAX_AMOUNT:,}",
        )
    try:
        minor = to_minor(amount)
    except NotExact:
        raise AmountError(
            AmountProblem.TOO_MANY_DECIMALS,
            "“{text}” has more than two decimals; amounts are in shekels and agorot "
            "and are never rounded on import",
            text=shown(text),
        ) from None
    if minor < 0 and not allow_negative:
        if allow_zero:
            raise AmountError(
                AmountProblem.NEGATIVE, "“{text}” cannot be negative", text=shown(text)
            )
        raise AmountError(
            AmountProblem.NEGATIVE, "“{text}” must be more than zero", text=shown(text)
        )
    if minor == 0 and not (allow_zero or allow_negative):
        raise AmountError(AmountProblem.ZERO, "“{text}” must be more than zero", text=shown(text))
    return from_minor(minor)
