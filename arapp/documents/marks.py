"""Hebrew points (niqqud) and Arabic vowel marks (harakat) drawn on their letters.

The bundled fonts place a mark with zero advance and its outline to the *right* of the pen
(a shaping engine moves it onto its letter with the font's anchors). reportlab draws glyphs
as given, so a mark drawn after its letter would sit on the neighbour (issue #22, 7). Here
marks are placed from the fonts' own glyph boxes instead:

- Letter + marks the font has as one precomposed glyph (שׁ, בּ, וֹ, shadda with a vowel) are
  drawn as that glyph: the font designer's placement.
- Any other mark is centred on its letter's advance (holam at the letter's top left), and
  marks on the same side of one letter are stacked instead of drawn over each other.

Text reaches here in drawing order with each letter's marks right after it
(:func:`arapp.documents.text.visual_line`).
"""

from __future__ import annotations

import re
import struct
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

#: Arabic shadda with a vowel as one glyph (the font stacks the two).
_SHADDA = "\u0651"
_SHADDA_WITH = {
    "\u064c": "\ufc5e",
    "\u064d": "\ufc5f",
    "\u064e": "\ufc60",
    "\u064f": "\ufc61",
    "\u0650": "\ufc62",
    "\u0670": "\ufc63",
}
_ARABIC_LIGATURE_MARKS = frozenset(_SHADDA_WITH.values())
_HOLAM = frozenset({"\u05b9", "\u05ba"})
#: Gap between stacked marks, in font units.
_STACK_GAP = 40


def is_placed_mark(ch: str) -> bool:
    """True for a Hebrew or Arabic mark this module places on its letter."""
    cp = ord(ch)
    if ch in _ARABIC_LIGATURE_MARKS:
        return True
    return (0x0591 <= cp <= 0x05C7 or 0x0610 <= cp <= 0x061A or 0x064B <= cp <= 0x065F
            or cp == 0x0670 or 0x06D6 <= cp <= 0x06ED) and unicodedata.combining(ch) > 0


def _hebrew_presentation_forms() -> dict[str, list[tuple[frozenset[str], str]]]:
    # FB1D–FB4F: letters with dagesh, shin/sin dots, holam male, ... (canonical
    # decompositions, never produced by NFC). Letter → (its marks, form), most marks first.
    forms: dict[str, list[tuple[frozenset[str], str]]] = {}
    for cp in range(0xFB1D, 0xFB50):
        full = unicodedata.normalize("NFD", chr(cp))
        if len(full) > 1 and full != chr(cp):
            forms.setdefault(full[0], []).append((frozenset(full[1:]), chr(cp)))
    for choices in forms.values():
        choices.sort(key=lambda choice: -len(choice[0]))
    return forms


_HEBREW_FORMS = _hebrew_presentation_forms()


def compose(base: str, marks: str, covered: frozenset[int]) -> tuple[str, str]:
    """``(glyph for the letter, marks left to place)``: the letter with as many of its
    marks as the font has one glyph for."""
    for with_marks, form in _HEBREW_FORMS.get(base, ()):
        if with_marks <= set(marks) and ord(form) in covered:
            return form, "".join(m for m in marks if m not in with_marks)
    if _SHADDA in marks:
        for vowel, ligature in _SHADDA_WITH.items():
            if vowel in marks and ord(ligature) in covered:
                rest = "".join(m for m in marks if m not in (_SHADDA, vowel))
                return base, ligature + rest
    return base, marks


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of glyphs drawn from pen position ``dx`` (points from the run's start),
    raised by ``dy``; ``advances`` False for a mark (the pen stays where it was)."""

    text: str
    dx: float
    dy: float
    advances: bool


@lru_cache(maxsize=4096)
def _glyph_box(font: str, ch: str) -> tuple[int, int, int, int] | None:
    """The glyph's (xMin, yMin, xMax, yMax) in units of 1/1000 em, or None (empty glyph,
    or not a TrueType font)."""
    face = getattr(pdfmetrics.getFont(font), "face", None)
    if face is None or ord(ch) not in face.charToGlyph:
        return None
    gid = face.charToGlyph[ord(ch)]
    start, end = face.glyphPos[gid], face.glyphPos[gid + 1]
    if end - start < 10:
        return None
    offset = face.get_table_pos("glyf")[0] + start
    _, x0, y0, x1, y1 = struct.unpack(">hhhhh", face._ttf_data[offset : offset + 10])
    scale = 1000 / face.unitsPerEm
    return (round(x0 * scale), round(y0 * scale), round(x1 * scale), round(y1 * scale))


@lru_cache(maxsize=256)
def _coverage(font: str) -> frozenset[int]:
    face = getattr(pdfmetrics.getFont(font), "face", None)
    return frozenset(face.charToGlyph) if face is not None else frozenset()


#: Where a placed mark may be (a quick test; :func:`is_placed_mark` decides).
_MAYBE_MARK = re.compile("[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
                         "\ufc5e-\ufc63]")


def has_marks(text: str) -> bool:
    """True if ``text`` holds a Hebrew or Arabic mark to place."""
    return _MAYBE_MARK.search(text) is not None and any(is_placed_mark(ch) for ch in text)


def pieces(font: str, text: str, size: float) -> Iterator[Piece]:
    """``text`` (one run in one font) cut into pieces with each mark placed on its letter."""
    scale = size / 1000
    covered = _coverage(font)
    plain = ""
    plain_start = 0.0
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and is_placed_mark(text[j]):
            j += 1
        if j == i + 1 or is_placed_mark(text[i]):
            plain += text[i:j]
            i = j
            continue
        letter, marks = compose(text[i], text[i + 1 : j], covered)
        plain += letter
        advance = pdfmetrics.stringWidth(letter, font, size)
        base_x = plain_start + pdfmetrics.stringWidth(plain[:-1], font, size)
        yield Piece(plain, plain_start, 0.0, True)
        plain, plain_start = "", base_x + advance
        above = below = None
        for mark in marks:
            box = _glyph_box(font, mark)
            if box is None:
                yield Piece(mark, base_x, 0.0, False)
                continue
            x0, y0, x1, y1 = box
            if mark in _HOLAM:
                dx = base_x - x1 * scale  # top left of the letter
            else:
                dx = base_x + (advance - (x0 + x1) * scale) / 2
            dy = 0.0
            if y0 >= 0:  # above the baseline: stack upwards
                if above is not None and y0 < above + _STACK_GAP:
                    dy = (above + _STACK_GAP - y0) * scale
                above = y1 + dy / scale
            else:
                if below is not None and y1 > below - _STACK_GAP:
                    dy = (below - _STACK_GAP - y1) * scale
                below = y0 + dy / scale
            yield Piece(mark, dx, dy, False)
        i = j
    if plain:
        yield Piece(plain, plain_start, 0.0, True)
