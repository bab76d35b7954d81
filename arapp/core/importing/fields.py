"""Parse one cell of an import file into a domain value.

Every parser takes the raw cell (always ``str`` or ``None`` from a CSV file; ``str``,
``int``, ``float``, ``datetime`` or ``None`` from an XLSX file), the spreadsheet row number
and the column name as the owner sees them, and returns a clean value or raises
:class:`ImportRowError` with an English reason that quotes what was in the cell. Nothing
is guessed or rounded silently: money software that "fixes" a cell hides a typo.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from arapp.core.errors import ImportRowError
from arapp.core.money import MAX_AMOUNT, NotExact, from_minor, to_minor
from arapp.core.textclean import BIDI_CONTROL_CHARS

# Bidi marks, embeddings, overrides and isolates (LRM RLM ALM, LRE..RLO, LRI..PDI) would let a
# name reorder a printed letter; NUL and a stray BOM are invisible junk from other programs.
_INVISIBLE = dict.fromkeys(map(ord, BIDI_CONTROL_CHARS + "\x00\ufeff"))
# Arabic-Indic digits and separators, which an Arabic keyboard may type, read as Latin ones.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
# Spellings of one Arabic word differ by hamza on alef, taa marbuta and alef maqsura.
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
_TATWEEL = "\u0640"

MIN_YEAR = 1990
MAX_YEAR = 2100


def cell_text(value: object) -> str:
    """The cell as trimmed text without bidi controls or NUL; ``""`` for an empty cell.

    Numbers and dates from XLSX become the text an owner would read in the cell.
    """
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = value
    elif isinstance(value, float):
        text = _float_text(value)
    elif isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    else:
        text = str(value)
    return text.translate(_INVISIBLE).strip()


def is_blank(value: object) -> bool:
    """True for an empty cell (``None``, or text that is only spaces and invisible marks)."""
    return cell_text(value) == ""


def fold(text: str) -> str:
    """A matching key for a word: case, spaces, punctuation, quote marks (``'`` ``"`` ``׳``
    ``״``), Hebrew points, Arabic diacritics and spelling variants of alef, taa marbuta and
    alef maqsura do not count. ``"ת.ז."``, ``'ת"ז'`` and ``"תז"`` fold alike."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_ARABIC_FOLD)
    return "".join(ch for ch in text if ch.isalnum() and ch != _TATWEEL)


def _quote(text: str) -> str:
    """The cell's text for a message, cut short: a reason should fit on a line."""
    return repr(text if len(text) <= 40 else text[:40] + "…")


def _float_text(value: float) -> str:
    """Excel shows at most 15 significant digits, so binary noise such as
    117.00000000000001 is not part of what the owner typed."""
    if not math.isfinite(value):
        return str(value)
    text = format(value, ".15g")
    if "e" in text:
        text = format(Decimal(text), "f")
    return text


# --- amounts -----------------------------------------------------------------------------

_CURRENCY = re.compile(r"₪|ש[\"״'׳]{0,2}ח|\bNIS\b|\bILS\b|شيكل|شيقل", re.IGNORECASE)
_SIGNED = re.compile(r"(?P<lead>[-−+]?)\s*(?P<body>.*?)\s*(?P<trail>-?)", re.DOTALL)
_NUMBER = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)?(?:\.[0-9]+)?", re.ASCII)
_EUROPEAN = re.compile(r"[0-9.]*[0-9],[0-9]{1,2}", re.ASCII)


def parse_amount(value: object, row: int, column: str, *, positive: bool = True) -> Decimal:
    """A money amount with exactly two decimals.

    Accepts ``1,234.50``, ``1234.5``, ``₪1,234``, ``1234 ₪``, ints, ``Decimal`` and XLSX
    floats (read at Excel's 15 significant digits). Refuses an empty cell, more than two
    decimals (never rounds), a comma used as the decimal point (``1.234,50``, ``12,50``),
    anything that is not plain digits, infinities, and sizes of ``MAX_AMOUNT`` and up.
    With ``positive`` (the default) the amount must be more than zero; without it zero and
    a minus sign (``-12.50``, or ``12.50-`` as right-to-left Excel shows it) are allowed.
    """
    shown = cell_text(value)
    if isinstance(value, bool):
        raise ImportRowError(row, column, f"{_quote(shown)} is not an amount")
    if isinstance(value, int | Decimal):
        amount = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ImportRowError(row, column, f"{_quote(shown)} is not a number")
        amount = Decimal(shown)
    else:
        amount = _amount_from_text(shown, row, column)
    if not amount.is_finite():
        raise ImportRowError(row, column, f"{_quote(shown)} is not a number")
    if abs(amount) >= MAX_AMOUNT:
        raise ImportRowError(
            row, column, f"{_quote(shown)} is too large; amounts must be under {MAX_AMOUNT:,}"
        )
    try:
        minor = to_minor(amount)
    except NotExact:
        raise ImportRowError(
            row,
            column,
            f"{_quote(shown)} has more than two decimals; amounts are in shekels and agorot "
            "and are never rounded on import",
        ) from None
    if positive and minor <= 0:
        raise ImportRowError(row, column, f"{_quote(shown)} must be more than zero")
    return from_minor(minor)


def _amount_from_text(text: str, row: int, column: str) -> Decimal:
    if not text:
        raise ImportRowError(row, column, "the amount is empty")
    signed = _SIGNED.fullmatch(_CURRENCY.sub("", text.translate(_DIGITS)).strip())
    assert signed is not None  # the pattern matches any text
    body = signed["body"]
    if signed["lead"] and signed["trail"]:
        raise ImportRowError(row, column, f"{_quote(text)} is not an amount (two minus signs)")
    if _EUROPEAN.fullmatch(body):
        plain = body.replace(".", "").replace(",", ".")
        raise ImportRowError(
            row,
            column,
            f"{_quote(text)} uses a comma as the decimal point; write it as {plain} "
            "(a dot before the agorot, commas only between thousands)",
        )
    if body.count(".") > 1:
        raise ImportRowError(
            row, column, f"{_quote(text)} is not an amount (more than one decimal point)"
        )
    if not any(ch.isdigit() for ch in body) or not _NUMBER.fullmatch(body):
        raise ImportRowError(
            row,
            column,
            f"{_quote(text)} is not an amount; write digits with an optional decimal point, "
            "like 1234.50 or 1,234.50",
        )
    try:
        amount = Decimal(body.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        raise ImportRowError(row, column, f"{_quote(text)} is not an amount") from None
    negative = signed["lead"] in ("-", "−") or signed["trail"] == "-"
    return -amount if negative else amount


# --- dates -------------------------------------------------------------------------------

_TIME = r"(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?"
_YMD = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})" + _TIME, re.ASCII)
_DMY = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{1,4})" + _TIME, re.ASCII)
_MONTHS = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DATE_FORMS = "use DD/MM/YYYY (day first), DD.MM.YYYY or YYYY-MM-DD"


def parse_date(value: object, row: int, column: str) -> date:
    """A calendar date. Text is day first (``15/03/2026``, ``15.3.2026``, ``15-03-2026``)
    or ISO (``2026-03-15``), optionally followed by a time, which is dropped; XLSX date
    cells are taken as they are. Refuses an empty cell, dates that do not exist, two-digit
    years, years outside 1990–2100 and numbers (a date cell Excel shows as a serial)."""
    shown = cell_text(value)
    if isinstance(value, datetime):
        return _in_range(value.date(), shown, row, column)
    if isinstance(value, date):
        return _in_range(value, shown, row, column)
    if isinstance(value, int | float | Decimal):
        raise ImportRowError(
            row,
            column,
            f"{_quote(shown)} is a number, not a date; format the cell as a date or {_DATE_FORMS}",
        )
    if not shown:
        raise ImportRowError(row, column, "the date is empty")
    text = shown.translate(_DIGITS)
    if match := _YMD.fullmatch(text):
        year, month, day = int(match[1]), int(match[3]), int(match[4])
        hint = "(YYYY-MM-DD)"
    elif match := _DMY.fullmatch(text):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
        hint = "(dates are day first: DD/MM/YYYY)"
        if len(match[4]) != 4:
            raise ImportRowError(
                row, column, f"{_quote(shown)} needs a four-digit year, like 15/03/2026"
            )
    else:
        raise ImportRowError(row, column, f"{_quote(shown)} is not a date; {_DATE_FORMS}")
    if not 1 <= month <= 12:
        raise ImportRowError(
            row, column, f"{_quote(shown)} does not exist: there is no month {month} {hint}"
        )
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ImportRowError(row, column, _year_reason(shown, year))
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise ImportRowError(
            row, column, f"{_quote(shown)} does not exist: {_MONTHS[month]} {year} has {days} days"
        )
    return date(year, month, day)


def _in_range(value: date, shown: str, row: int, column: str) -> date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ImportRowError(row, column, _year_reason(shown, value.year))
    return value


def _year_reason(shown: str, year: int) -> str:
    return (
        f"{_quote(shown)}: the year {year} is out of range; "
        f"dates must be from {MIN_YEAR} to {MAX_YEAR}"
    )


# --- text, codes and numbers -------------------------------------------------------------


def parse_text(value: object, row: int, column: str, *, required: bool, max_len: int) -> str:
    """Trimmed text without bidi controls or NUL. Refuses an empty cell when ``required``
    and text longer than ``max_len`` characters."""
    text = cell_text(value)
    if not text and required:
        raise ImportRowError(row, column, "this column is required but the cell is empty")
    if len(text) > max_len:
        raise ImportRowError(
            row, column, f"the text is too long ({len(text)} characters; at most {max_len})"
        )
    return text


def parse_code(value: object, row: int, column: str, *, max_len: int = 40) -> str:
    """A customer code or an invoice number: required, one line, as typed (XLSX ``1001``
    and ``1001.0`` both read ``"1001"``)."""
    text = parse_text(value, row, column, required=True, max_len=max_len)
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise ImportRowError(
            row, column, f"{_quote(text)} must be on one line (no line breaks or tabs)"
        )
    return text


def parse_int(value: object, row: int, column: str, *, minimum: int, maximum: int) -> int:
    """A whole number from ``minimum`` to ``maximum`` (``30``, ``30.0``; not ``30.5``)."""
    shown = cell_text(value)
    if not shown:
        raise ImportRowError(row, column, "the number is empty")
    text = shown.translate(_DIGITS)
    # Eighteen digits bound int() (which refuses thousands of digits) far above any use.
    if not re.fullmatch(r"[-+]?[0-9]{1,18}(?:\.0*)?", text, re.ASCII):
        raise ImportRowError(row, column, f"{_quote(shown)} is not a whole number")
    number = int(text.split(".")[0])
    if not minimum <= number <= maximum:
        raise ImportRowError(row, column, f"{_quote(shown)} must be from {minimum} to {maximum}")
    return number


_PHONE_PUNCTUATION = re.compile(r"[\s()\-‐‑‒–—−]")


def parse_phone(value: object, row: int, column: str) -> str:
    """A phone number as the owner typed it, trimmed; ``""`` for an empty cell. It must have
    9 to 13 digits once spaces, dashes, parentheses and a leading ``+`` are removed. An XLSX
    number of 8 or 9 digits gets back the leading zero Excel dropped (521234567 →
    ``"0521234567"``, 46543210 → ``"046543210"``)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = cell_text(value)
        if digits.isdigit() and len(digits) in (8, 9):
            return "0" + digits
        text = digits
    else:
        text = cell_text(value).translate(_DIGITS)
    if not text:
        return ""
    digits = _PHONE_PUNCTUATION.sub("", text).removeprefix("+")
    if not (digits.isascii() and digits.isdigit() and 9 <= len(digits) <= 13):
        raise ImportRowError(
            row,
            column,
            f"{_quote(text)} is not a phone number: it needs 9 to 13 digits (spaces, dashes, "
            "parentheses and a leading + are allowed; one number per cell)",
        )
    return text


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def parse_email(value: object, row: int, column: str) -> str:
    """An email address, trimmed; ``""`` for an empty cell."""
    text = parse_text(value, row, column, required=False, max_len=254)
    if text and not _EMAIL.fullmatch(text):
        raise ImportRowError(
            row, column, f"{_quote(text)} is not an email address (one address per cell)"
        )
    return text


def parse_id_number(value: object, row: int, column: str) -> str:
    """An ID, company or VAT number as typed; ``""`` for an empty cell. An XLSX number gets
    back the leading zeros Excel dropped from a nine-digit Israeli number."""
    text = parse_text(value, row, column, required=False, max_len=20)
    if isinstance(value, int | float) and not isinstance(value, bool) and text.isdigit():
        return text.zfill(9)
    return text


# --- words: language, kind of customer, payment method -----------------------------------


def _word_table(words: Mapping[str, str]) -> dict[str, str]:
    """Folded spelling -> value, from each value's comma-separated spellings; refuses a
    spelling with two meanings."""
    table: dict[str, str] = {}
    for result, spellings in words.items():
        for spelling in (result, *spellings.split(",")):
            key = fold(spelling)
            if key and table.setdefault(key, result) != result:
                raise ValueError(f"{spelling!r} means both {table[key]!r} and {result!r}")
    return table


_LANGUAGES = _word_table(
    {
        "he": "heb, Hebrew, Ivrit, עברית, עברי, عبري, العبرية, عبرية",
        "ar": "ara, Arabic, ערבית, ערבי, عربي, العربية, عربية",
        "en": "eng, English, אנגלית, אנגלי, إنجليزي, إنجليزية, الإنجليزية, انكليزي, الانكليزية",
    }
)
_KINDS = _word_table(
    {
        "consumer": "private, individual, person, פרטי, צרכן, לקוח פרטי, אדם, "
        "مستهلك, فرد, شخصي, خاص",
        "business": "company, corporate, עסק, עסקי, חברה, עוסק, עוסק מורשה, עוסק פטור, "
        "شركة, مصلحة, تجاري, مؤسسة",
    }
)
_METHODS = _word_table(
    {
        "cash": "מזומן, מזומנים, نقدا, نقدي, نقد, كاش",
        "check": "cheque, chq, צ'ק, צ'קים, שיק, שיקים, המחאה, شيك, شيكات",
        "credit_card": "credit, card, cc, visa, mastercard, אשראי, כרטיס אשראי, כ.א., ויזה, "
        "بطاقة ائتمان, بطاقة, ائتمان, فيزا",
        "bank_transfer": "transfer, bank, wire, העברה בנקאית, העברה, העברת בנק, הפקדה, "
        "تحويل بنكي, تحويل, حوالة, حوالة بنكية",
        "app": "Bit, PayBox, Pepper Pay, ביט, פייבוקס, פיי בוקס, אפליקציה, تطبيق",
        "other": "אחר, أخرى, آخر, غير ذلك",
    }
)


def _word(
    value: object, row: int, column: str, table: dict[str, str], default: str, accepted: str
) -> str:
    text = cell_text(value)
    if not text:
        return default
    try:
        return table[fold(text)]
    except KeyError:
        raise ImportRowError(
            row, column, f"{_quote(text)} is not recognised; use {accepted}"
        ) from None


def parse_language(value: object, row: int, column: str) -> str:
    """A letter language code, ``"he"`` (the default for an empty cell), ``"ar"`` or
    ``"en"``, from the code or the language's name in Hebrew, Arabic or English."""
    return _word(
        value,
        row,
        column,
        _LANGUAGES,
        "he",
        "he, ar or en (or עברית, ערבית, אנגלית / عبري, عربي, إنجليزي)",
    )


def parse_customer_kind(value: object, row: int, column: str) -> str:
    """``"consumer"`` (the default for an empty cell) or ``"business"``."""
    return _word(
        value, row, column, _KINDS, "consumer", "consumer or business (פרטי / עסק, مستهلك / شركة)"
    )


def parse_method(value: object, row: int, column: str) -> str:
    """A payment method: cash (the default for an empty cell), check, credit_card,
    bank_transfer, app (Bit, PayBox) or other, in English, Hebrew or Arabic."""
    return _word(
        value,
        row,
        column,
        _METHODS,
        "cash",
        "one of cash, check, credit_card, bank_transfer, app, other "
        "(מזומן, צ'ק, אשראי, העברה בנקאית, ביט, פייבוקס, אחר / "
        "نقدا, شيك, بطاقة ائتمان, تحويل بنكي, تطبيق, أخرى)",
    )
