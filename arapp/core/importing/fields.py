"""Parse one cell of an import file into a domain value.

Every parser takes the raw cell (always ``str`` or ``None`` from a CSV file; ``str``,
``int``, ``float``, ``datetime`` or ``None`` from an XLSX file), the spreadsheet row number
and the column name as the owner sees them, and returns a clean value or raises
:class:`ImportRowError` with an English reason that quotes what was in the cell. A reason
is a constant template with named values (``"“{text}” is not an amount"``, ``text=...``), so
the app can show it translated. Nothing is guessed or rounded silently: money software that
"fixes" a cell hides a typo.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal

from arapp.core import amounts, id_number
from arapp.core.amounts import AmountError, AmountProblem, checked_amount
from arapp.core.amounts import shown as _shown
from arapp.core.contact import is_email, is_phone
from arapp.core.errors import ImportRowError
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

def parse_amount(value: object, row: int, column: str, *, positive: bool = True) -> Decimal:
    """A money amount with exactly two decimals, read by the one amount parser
    (:mod:`arapp.core.amounts`, which the amount boxes use too); its refusal becomes this
    row's and column's :class:`ImportRowError`.

    Besides text it takes ints, ``Decimal`` and XLSX floats (read at Excel's 15
    significant digits). With ``positive`` (the default) the amount must be more than zero;
    without it zero and a minus sign (``-12.50``, or ``12.50-``) are allowed.
    """
    shown = cell_text(value)
    allow = {"allow_zero": not positive, "allow_negative": not positive}
    try:
        if isinstance(value, bool):
            raise AmountError(
                AmountProblem.NOT_A_NUMBER, "“{text}” is not an amount", text=_shown(shown)
            )
        if isinstance(value, int | Decimal):
            return checked_amount(Decimal(value), shown, **allow)
        if isinstance(value, float):
            if not math.isfinite(value):
                raise AmountError(
                    AmountProblem.NOT_A_NUMBER, "“{text}” is not a number", text=_shown(shown)
                )
            return checked_amount(Decimal(shown), shown, **allow)
        return amounts.parse_amount(shown, **allow)
    except AmountError as exc:
        raise ImportRowError(row, column, exc.template, **exc.params) from None


# --- dates -------------------------------------------------------------------------------

# A time of day after the date is dropped, but it must be one: "T25:99" is no time and
# makes the cell no date (issue #21, defect 11).
_TIME = r"(?:[ T](?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?)?"
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
            "“{text}” is a number, not a date; format the cell as a date or use DD/MM/YYYY "
            "(day first), DD.MM.YYYY or YYYY-MM-DD",
            text=_shown(shown),
        )
    if not shown:
        raise ImportRowError(row, column, "the date is empty")
    text = shown.translate(_DIGITS)
    if match := _YMD.fullmatch(text):
        year, month, day = int(match[1]), int(match[3]), int(match[4])
        if not 1 <= month <= 12:
            raise ImportRowError(
                row,
                column,
                "“{text}” does not exist: there is no month {month} (YYYY-MM-DD)",
                text=_shown(shown),
                month=month,
            )
    elif match := _DMY.fullmatch(text):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
        if len(match[4]) != 4:
            raise ImportRowError(
                row, column, "“{text}” needs a four-digit year, like 15/03/2026", text=_shown(shown)
            )
        if not 1 <= month <= 12:
            raise ImportRowError(
                row,
                column,
                "“{text}” does not exist: there is no month {month} "
                "(dates are day first: DD/MM/YYYY)",
                text=_shown(shown),
                month=month,
            )
    else:
        raise ImportRowError(
            row,
            column,
            "“{text}” is not a date; use DD/MM/YYYY (day first), DD.MM.YYYY or YYYY-MM-DD",
            text=_shown(shown),
        )
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _year_out_of_range(shown, year, row, column)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        # month_name is an English month name; the app translates it (context "UserError").
        raise ImportRowError(
            row,
            column,
            "“{text}” does not exist: {month_name} {year} has {days} days",
            text=_shown(shown),
            month_name=_MONTHS[month],
            year=year,
            days=days,
        )
    return date(year, month, day)


def _in_range(value: date, shown: str, row: int, column: str) -> date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise _year_out_of_range(shown, value.year, row, column)
    return value


def _year_out_of_range(shown: str, year: int, row: int, column: str) -> ImportRowError:
    return ImportRowError(
        row,
        column,
        "“{text}”: the year {year} is out of range; dates must be from {first} to {last}",
        text=_shown(shown),
        year=year,
        first=MIN_YEAR,
        last=MAX_YEAR,
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
            row,
            column,
            "the text is too long ({length} characters; at most {limit})",
            length=len(text),
            limit=max_len,
        )
    return text


def parse_code(value: object, row: int, column: str, *, max_len: int = 40) -> str:
    """A customer code or an invoice number: required, one line, as typed (XLSX ``1001``
    and ``1001.0`` both read ``"1001"``)."""
    text = parse_text(value, row, column, required=True, max_len=max_len)
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise ImportRowError(
            row,
            column,
            "“{text}” must be on one line (no line breaks or tabs)",
            text=_shown(text),
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
        raise ImportRowError(row, column, "“{text}” is not a whole number", text=_shown(shown))
    number = int(text.split(".")[0])
    if not minimum <= number <= maximum:
        raise ImportRowError(
            row,
            column,
            "“{text}” must be from {minimum} to {maximum}",
            text=_shown(shown),
            minimum=minimum,
            maximum=maximum,
        )
    return number


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
    if not is_phone(text):
        raise ImportRowError(
            row,
            column,
            "“{text}” is not a phone number: it needs 9 to 13 digits (spaces, dashes, "
            "parentheses and a leading + are allowed; one number per cell)",
            text=_shown(text),
        )
    return text


def parse_email(value: object, row: int, column: str) -> str:
    """An email address, trimmed; ``""`` for an empty cell."""
    text = parse_text(value, row, column, required=False, max_len=254)
    if text and not is_email(text):
        raise ImportRowError(
            row,
            column,
            "“{text}” is not an email address (one address per cell)",
            text=_shown(text),
        )
    return text


def parse_id_number(value: object, row: int, column: str) -> str:
    """An Israeli ID, company or association number as nine digits (the leading zeros
    Excel or the owner left out put back, spaces and dashes removed), its check digit
    checked (:mod:`arapp.core.id_number`); ``""`` for an empty cell."""
    text = parse_text(value, row, column, required=False, max_len=20).translate(_DIGITS)
    if not text:
        return ""
    number = id_number.digits_of(text)
    if number is None:
        raise ImportRowError(
            row, column,
            "“{text}” is not an ID number: an Israeli ID or company number has up to 9 digits",
            text=_shown(text),
        )
    if not id_number.is_valid(number):
        raise ImportRowError(
            row, column, "“{text}” is not a valid ID number: its check digit is wrong",
            text=_shown(text),
        )
    return number


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


def _word(value: object, table: dict[str, str], default: str) -> str | None:
    """The value a cell's word means, ``default`` for an empty cell, ``None`` for a word
    that means nothing (the caller refuses it, naming the words it accepts)."""
    text = cell_text(value)
    if not text:
        return default
    return table.get(fold(text))


def parse_language(value: object, row: int, column: str) -> str:
    """A letter language code, ``"he"`` (the default for an empty cell), ``"ar"`` or
    ``"en"``, from the code or the language's name in Hebrew, Arabic or English."""
    found = _word(value, _LANGUAGES, "he")
    if found is None:
        raise ImportRowError(
            row,
            column,
            "“{text}” is not recognised; use he, ar or en (or {names})",
            text=_shown(cell_text(value)),
            names="עברית, ערבית, אנגלית / عبري, عربي, إنجليزي",
        )
    return found


def parse_customer_kind(value: object, row: int, column: str) -> str:
    """``"consumer"`` (the default for an empty cell) or ``"business"``."""
    found = _word(value, _KINDS, "consumer")
    if found is None:
        raise ImportRowError(
            row,
            column,
            "“{text}” is not recognised; use consumer or business ({names})",
            text=_shown(cell_text(value)),
            names="פרטי / עסק, مستهلك / شركة",
        )
    return found


def parse_method(value: object, row: int, column: str) -> str:
    """A payment method: cash (the default for an empty cell), check, credit_card,
    bank_transfer, app (Bit, PayBox) or other, in English, Hebrew or Arabic."""
    found = _word(value, _METHODS, "cash")
    if found is None:
        raise ImportRowError(
            row,
            column,
            "“{text}” is not recognised; use one of cash, check, credit_card, bank_transfer, "
            "app, other ({names})",
            text=_shown(cell_text(value)),
            names="מזומן, צ'ק, אשראי, העברה בנקאית, ביט, פייבוקס, אחר / "
            "نقدا, شيك, بطاقة ائتمان, تحويل بنكي, تطبيق, أخرى",
        )
    return found
