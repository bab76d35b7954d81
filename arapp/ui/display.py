"""How values look on screen in the current UI language (money, dates, alignment).

A thin adapter over :mod:`arapp.core.formatting` so that every screen asks the same place
and follows a language switch without passing the language around.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from arapp.core.formatting import format_amount, format_date
from arapp.ui.i18n.language import RTL_LANGUAGES, current_language

#: Amounts and counts are right-aligned in every language, Hebrew and Arabic included
#: (AlignAbsolute stops Qt from mirroring it): digits run left to right, so only a right
#: edge lines up the agorot of one row under the agorot of the next.
NUMBER_ALIGNMENT = (
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
)
TEXT_ALIGNMENT = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter

#: Colours readable on a white table background, also for colour-weak eyes (dark tones).
DANGER = QColor("#b3261e")
WARNING = QColor("#9a5b00")
MUTED = QColor("#6b6b6b")
OK = QColor("#1e6b35")

_RLM = "\u200f"
_SIGNED = re.compile(r"-[0-9][0-9,.]*")
_FSI, _LRI, _PDI = "\u2068", "\u2066", "\u2069"


def money(value: Decimal, currency: str = "ILS") -> str:
    """``1,234.50 ₪`` in the UI language. In Hebrew and Arabic a right-to-left mark leads,
    so that a label holding only an amount orders it as a table cell does (the sign on the
    same side everywhere); core formatting leaves marks out because PDFs order text
    themselves."""
    lang = current_language()
    text = format_amount(value, lang, currency)
    if lang not in RTL_LANGUAGES:
        return text
    if value < 0:
        # In a right-to-left line the bidi algorithm puts a leading minus after the
        # digits ("₪ 140.77-"); the signed number is kept as one left-to-right unit.
        text = _SIGNED.sub(lambda m: ltr(m.group(0)), text, count=1)
    return _RLM + text


def day(value: date | None) -> str:
    return "" if value is None else format_date(value, current_language())


def isolate(text: str) -> str:
    """Owner-typed text (a name, an address) set into a sentence of another language: the
    Unicode first-strong isolate keeps a Hebrew address from reordering an English line
    and an English name from reordering a Hebrew one."""
    return f"{_FSI}{text}{_PDI}" if text else text


def ltr(text: str) -> str:
    """Digits and signs that must read left to right inside any sentence ("1–30", "91+",
    a file path): a left-to-right isolate."""
    return f"{_LRI}{text}{_PDI}" if text else text
