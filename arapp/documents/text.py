"""Bidi text for the PDF: clean, shape, wrap, then reorder each line for drawing.

reportlab draws glyphs left to right exactly as given, so Hebrew and Arabic must reach it
already in *visual* order and (for Arabic) already joined. The order of the steps matters:

1. :func:`clean_user_text` removes bidi controls and other invisible format characters, so
   a customer name typed with an RLO cannot reorder the letter around it.
2. Arabic is shaped with arabic-reshaper on *logical* text (contextual forms depend on the
   logical neighbours; shaping reordered text breaks the joining).
3. Lines are wrapped on logical text. Wrapping after reordering would put the *last* words
   of a right-to-left paragraph on its first line.
4. Each line goes through the Unicode bidi algorithm on its own, with the paragraph's base
   direction (RTL for he/ar letters).

Two things plain bidi gets wrong, handled before step 4:

- **Numbers with separators.** After Arabic letters, "052-1234567" becomes "1234567-052"
  (digits turn into AN and the "-" is not absorbed), and a leading minus drifts to the other
  side in any RTL line. Phone, ID and invoice numbers, dates, amounts and percentages are
  swapped for one placeholder character of class EN: the algorithm then moves the whole
  unit like a number, and the unit is put back in its own left-to-right order. (In RTL
  lines an amount's trailing ₪ is drawn on the left of the number, as babel's RLM marks
  intend, so a right-to-left reader meets "1,234.50" first and then "₪".)
- **Bracket pairs.** We use ``bidi.algorithm.get_display`` (the pure-Python one) because it
  mirrors brackets at RTL levels; the default ``bidi.get_display`` leaves "(1998)" as
  ")1998(". The Python one predates rule N0 (paired brackets), so "Cohen (Ltd)" in a
  Hebrew line would get one bracket mirrored and one not. :func:`_resolve_brackets`
  applies N0 itself and pins each pair's direction with LRM/RLM marks, removed afterwards.

Inserted values (a name, an amount, an address filled into a template) arrive wrapped in
FSI … PDI isolates (:func:`arapp.core.templates.fill`); they are the only isolates kept
(:func:`clean_keeping_isolates`). The pure-Python algorithm refuses isolates, so each line
does what UAX #9 says of them itself (:func:`visual_line`): the isolate is laid out on its
own with its first strong direction, and stands in the line as one neutral character, so it
cannot reorder its neighbours ("According to the records of ‹Hebrew name›, ₪3,703.50 …"
keeps its English word order). An isolate cut by a line break continues on the next line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import overload

import arabic_reshaper
from bidi.algorithm import get_display

from arapp.documents.fonts import split_runs, text_width
from arapp.documents.marks import has_marks

RTL_LANGS = frozenset({"he", "ar"})

#: Categories dropped from user text: format (Cf: LRM, RLM, ALM, embeddings, overrides,
#: isolates, zero-width space/joiners, soft hyphen, BOM, ...), controls (Cc), private use
#: (Co: prints as boxes) and unassigned (Cn).
_DROP_CATEGORIES = frozenset({"Cf", "Cc", "Co", "Cn"})
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
#: A run of bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates) between two
#: letters: the only thing that marked where one word ended and the next began when the
#: two are of different scripts ("Cohen\u200fכהן", as pasted from a form).
_CONTROLS_BETWEEN = re.compile(
    "(?<=[^\\W\\d_])[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]+(?=[^\\W\\d_])"
)

_CUR = "[\u20aa$€£]"
_SP = "[ \u00a0]"
_CORE = r"[0-9A-Za-z]+(?:[-/.,:_][0-9A-Za-z]+)*"
#: Units that must keep their left-to-right order inside RTL text. The phone branch allows
#: single spaces between digit groups ("052 123 4567", "+972 52 123 4567"). A sign counts
#: only after a space, a bracket or the start: in Hebrew "ב-5" ("on the 5th") the hyphen
#: belongs to the word, and plain bidi already orders that right.
_SIGN = r"(?:(?<![^\s(\[{])[-+\u2212])"
_TOKEN = re.compile(
    rf"(?:\+\d{{1,3}}|(?<![0-9A-Za-z])0\d{{1,2}})(?:[ -]\d{{2,7}}){{1,4}}(?![0-9A-Za-z])"
    rf"|{_SIGN}?(?:{_CUR}{_SP}?)?{_CORE}(?:{_SP}?{_CUR}|%)?"
)
_DIGIT = re.compile(r"\d")
_PLAIN_NUMBER = re.compile(r"\d+")

#: Placeholders for protected units: bidi class EN, never typed in a shop's letter
#: (mathematical digits, fullwidth digits). Unique per line so they can be put back after
#: reordering; a line would need 60 units to run out (then the rest stay unprotected).
_PLACEHOLDERS = tuple(chr(c) for c in range(0x1D7CE, 0x1D800)) + tuple(
    chr(c) for c in range(0xFF10, 0xFF1A)
)
_LRM, _RLM = "\u200e", "\u200f"
FSI, PDI = "\u2068", "\u2069"
#: Stand-ins for isolates while the line around them is reordered: bidi class ON (a
#: neutral, as UAX #9 treats an isolate from outside), not mirrored, never in a letter.
_ISOLATE_HOLDERS = tuple(chr(c) for c in range(0x2580, 0x25A0))
_ISOLATE = re.compile(f"{FSI}([^{FSI}{PDI}]*){PDI}")
_PAIRS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = frozenset(_PAIRS.values())


def is_rtl(lang: str) -> bool:
    """True for languages whose letters run right to left (he, ar)."""
    return lang in RTL_LANGS


def _word_break(m: re.Match[str]) -> str:
    # Letters of one direction on both sides are one word with a control inside it
    # ("Da\u202evid"): dropped. Left-to-right on one side and right-to-left on the other
    # are two words the control was separating: a space keeps them apart once it is gone.
    text = m.string
    before = _first_strong_rtl(text[m.start() - 1], False)
    after = _first_strong_rtl(text[m.end()], False)
    return " " if before != after else ""


@lru_cache(maxsize=2048)
def clean_user_text(s: str) -> str:
    """``s`` without bidi control characters (LRM, RLM, ALM, LRE, RLE, PDF, LRO, RLO, LRI,
    RLI, FSI, PDI), other invisible format characters, private-use and unassigned code
    points, and C0/C1 controls. Bidi controls that stood between a left-to-right and a
    right-to-left word become a space, so the words do not run together. Line breaks of
    every kind become ``"\\n"``, tabs become spaces, and the result is NFC (so "e" +
    combining accent is one glyph)."""
    s = _LINE_BREAKS.sub("\n", s).replace("\t", " ")
    if _CONTROLS_BETWEEN.search(s):
        s = _CONTROLS_BETWEEN.sub(_word_break, s)
    kept = [ch for ch in s if ch == "\n" or unicodedata.category(ch) not in _DROP_CATEGORIES]
    return unicodedata.normalize("NFC", "".join(kept))


@lru_cache(maxsize=2048)
def clean_keeping_isolates(s: str) -> str:
    """:func:`clean_user_text`, but the FSI … PDI isolates around inserted values are kept
    (balanced: a PDI without its FSI is dropped, an FSI left open is closed; no nesting)."""
    if FSI not in s:
        return clean_user_text(s)
    out: list[str] = []
    inside = False
    for piece in re.split(f"([{FSI}{PDI}])", s):
        if piece == FSI:
            if not inside:
                out.append(FSI)
                inside = True
        elif piece == PDI:
            if inside:
                out.append(PDI)
                inside = False
        else:
            out.append(clean_user_text(piece))
    if inside:
        out.append(PDI)
    return "".join(out).replace(f"{FSI}{PDI}", "")


def _bare(s: str) -> str:
    return s.replace(FSI, "").replace(PDI, "") if FSI in s or PDI in s else s


@overload
def _first_strong_rtl(s: str, default: bool) -> bool: ...
@overload
def _first_strong_rtl(s: str, default: None) -> bool | None: ...
def _first_strong_rtl(s: str, default: bool | None) -> bool | None:
    """True if the first strong letter of ``s`` is right to left, False if left to right,
    ``default`` when it has none."""
    for ch in s:
        cls = unicodedata.bidirectional(ch)
        if cls == "L":
            return False
        if cls in ("R", "AL"):
            return True
    return default


def _has_arabic(s: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in s)


#: Vowel marks (harakat) kept: arabic-reshaper drops them by default (issue #22, 7).
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


@lru_cache(maxsize=2048)
def shape(s: str) -> str:
    """Arabic letters replaced by their joined presentation forms (logical order kept,
    vowel marks kept after their letters)."""
    return _RESHAPER.reshape(s) if _has_arabic(s) else s


def protected_spans(s: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each unit in ``s`` that must stay left to right. A bare number
    or word is left alone: the bidi algorithm keeps it in order by itself."""
    spans = []
    for m in _TOKEN.finditer(s):
        text = m.group()
        if not _DIGIT.search(text) or _PLAIN_NUMBER.fullmatch(text):
            continue
        spans.append(m.span())
    return spans


def _strong(ch: str) -> str | None:
    # For rule N0, European and Arabic numbers count as R.
    cls = unicodedata.bidirectional(ch)
    if cls == "L":
        return "L"
    if cls in ("R", "AL", "EN", "AN"):
        return "R"
    return None


def _bracket_pairs(s: str) -> list[tuple[int, int]]:
    """Matched bracket pairs (BD16), ordered by the opening position."""
    stack: list[tuple[str, int]] = []
    pairs = []
    for i, ch in enumerate(s):
        if ch in _PAIRS:
            if len(stack) == 63:
                break
            stack.append((_PAIRS[ch], i))
        elif ch in _CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _resolve_brackets(s: str, rtl: bool) -> str:
    """``s`` with each matched bracket pair wrapped in LRM or RLM marks that pin it to the
    direction rule N0 of UAX #9 gives it."""
    pairs = _bracket_pairs(s)
    if not pairs:
        return s
    embedding = "R" if rtl else "L"
    opposite = "L" if rtl else "R"
    resolved: dict[int, str] = {}
    for start, end in pairs:
        inside = {_strong(ch) for ch in s[start + 1 : end]}
        if embedding in inside:
            direction = embedding
        elif opposite in inside:
            before = embedding  # sos
            for i in range(start - 1, -1, -1):
                found = resolved.get(i) or _strong(s[i])
                if found:
                    before = found
                    break
            direction = opposite if before == opposite else embedding
        else:
            continue  # no strong type inside: N1/N2 decide, as the algorithm does
        resolved[start] = resolved[end] = direction
    out = []
    for i, ch in enumerate(s):
        mark = {"L": _LRM, "R": _RLM}.get(resolved.get(i, ""), "")
        out.append(f"{mark}{ch}{mark}" if mark else ch)
    return "".join(out)


def _marks_after_base(s: str) -> str:
    # Rule L3: reversing an RTL run leaves combining marks (Hebrew points) *before* their
    # base letter; reportlab draws a mark over the glyph to its left, so move it back.
    if not any(unicodedata.combining(ch) for ch in s):
        return s
    out: list[str] = []
    marks: list[str] = []
    for ch in s:
        if unicodedata.combining(ch):
            marks.append(ch)
            continue
        if marks and unicodedata.bidirectional(ch) in ("R", "AL"):
            out.append(ch)
            out.extend(reversed(marks))
        else:
            out.extend(marks)
            out.append(ch)
        marks = []
    out.extend(marks)
    return "".join(out)


_SUFFIX_CURRENCY = re.compile(rf"^(.*?\d)({_SP}?)({_CUR})$")


def _unit_visual(unit: str, rtl: bool) -> str:
    # Babel writes he/ar amounts number-first ("1,234.50 ₪") and its RLM marks put the
    # sign on the *left* of the number in right-to-left text, so a reader going right to
    # left meets the number, then the currency, as in speech. Keep that look while still
    # holding the number itself together.
    if rtl:
        m = _SUFFIX_CURRENCY.match(unit)
        if m:
            return f"{m.group(3)}{m.group(2)}{m.group(1)}"
    return unit


@lru_cache(maxsize=4096)
def visual_line(line: str, rtl: bool) -> str:
    """One line of cleaned, shaped, logical text → the left-to-right order to draw it in.

    ``rtl`` is the paragraph's base direction. Protected units keep their internal order,
    brackets are mirrored where they resolve right to left.
    """
    if FSI in line:
        return _visual_with_isolates(line, rtl)
    spans = protected_spans(line)
    has_rtl = any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in line)
    if not rtl and not has_rtl:
        return line  # pure left-to-right: nothing to reorder
    if len(spans) == 1 and spans[0] == (0, len(line)):
        return _unit_visual(line, rtl)  # a table cell holding just an amount, a date, ...
    free = [p for p in _PLACEHOLDERS if p not in line]
    units: dict[str, str] = {}
    parts = []
    pos = 0
    for (start, end), holder in zip(spans, free, strict=False):
        parts.append(line[pos:start])
        parts.append(holder)
        units[holder] = _unit_visual(line[start:end], rtl)
        pos = end
    parts.append(line[pos:])
    marked = _resolve_brackets("".join(parts), rtl)
    display = get_display(marked, base_dir="R" if rtl else "L")
    display = display.replace(_LRM, "").replace(_RLM, "")
    if units:
        display = "".join(units.get(ch, ch) for ch in display)
    return _marks_after_base(display)


def _visual_with_isolates(line: str, rtl: bool) -> str:
    """:func:`visual_line` of a line holding FSI … PDI isolates: each is laid out alone (its
    direction from its first strong letter, else the paragraph's), and a neutral stand-in
    takes its place while the line around it is reordered."""
    free = iter(h for h in _ISOLATE_HOLDERS if h not in line)
    inner: dict[str, str] = {}

    def hold(m: re.Match[str]) -> str:
        content = m.group(1)
        holder = next(free, None)
        if holder is None:
            return content  # more isolates than stand-ins: laid out with the line
        inner[holder] = visual_line(content, _first_strong_rtl(content, rtl))
        return holder

    outer = visual_line(_bare(_ISOLATE.sub(hold, line)), rtl)
    return "".join(inner.get(ch, ch) for ch in outer)


def _isolated_lines(lines: list[str]) -> list[str]:
    """Lines of a wrapped paragraph with each isolate cut by a break closed at the end of
    its line and opened again at the start of the next."""
    out = []
    open_ = False
    for line in lines:
        text = f"{FSI}{line}" if open_ else line
        depth = text.count(FSI) - text.count(PDI)
        open_ = depth > 0
        out.append(f"{text}{PDI}" if open_ else text)
    return out


def _break_points(s: str) -> list[int]:
    """Indices of spaces where a line may break (not inside a protected unit)."""
    inside: set[int] = set()
    for start, end in protected_spans(s):
        inside.update(range(start, end))
    return [i for i, ch in enumerate(s) if ch == " " and i not in inside]


def _split_long(word: str, width: float, size: float, bold: bool) -> list[str]:
    # Last resort for a "word" wider than the line (a long e-mail address, a URL).
    pieces, current = [], ""
    for ch in word:
        if current and text_width(current + ch, size, bold) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap_logical(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy word wrap of cleaned, shaped, *logical* text into lines no wider than
    ``width`` points. ``"\\n"`` forces a break; runs of spaces collapse to one; an empty
    input gives one empty line. Width does not depend on order, so measuring logical
    text gives the same result as measuring what will be drawn."""
    lines: list[str] = []
    space = text_width(" ", size, bold)
    for hard in text.split("\n"):
        cuts = [-1, *_break_points(hard), len(hard)]
        words = [hard[a + 1 : b] for a, b in pairwise(cuts)]
        words = [w for w in words if w]
        current: list[str] = []
        used = 0.0
        for word in words:
            w = text_width(_bare(word), size, bold)
            if current and used + space + w <= width:
                current.append(word)
                used += space + w
                continue
            if current:
                lines.append(" ".join(current))
            if w <= width:
                current, used = [word], w
                continue
            *full, last = _split_long(word, width, size, bold)
            lines.extend(full)
            current, used = [last], text_width(_bare(last), size, bold)
        lines.append(" ".join(current))
    return lines


# -- what a copy or pdftotext gets back (issue #22, 9) -------------------------------------
#
# The glyphs are drawn in visual order, some of them mirrored (a bracket) or joined (Arabic
# presentation forms), so their own Unicode values read back reversed, swapped or as
# presentation forms. Each line that would read back wrong is wrapped in a marked-content
# span whose /ActualText says what it stands for. Poppler (pdftotext, Evince, Okular)
# places an ActualText's characters evenly over the span from left to right, then orders
# the line with its own simple bidi: on a page of mostly right-to-left letters it reads
# from the right, taking runs of neutrals and right-to-left letters right to left and runs
# of anything else (Latin letters, digits, and number punctuation . , : / - + # % ₪) left
# to right; on a page of mostly Latin letters the other way round. So the ActualText is
# the logical line in *that* visual order (:func:`extraction_order`), with a directional
# mark where a run ends in neutrals (poppler would otherwise take them into the wrong
# run); the marks are invisible in what is pasted.

_POPPLER_NUMBER = frozenset({"EN", "AN", "ES", "ET", "CS"})


def _poppler_type(ch: str) -> str:
    """How poppler's text extraction classes ``ch``: "R", "L", "N" (number-like) or "X"."""
    cls = unicodedata.bidirectional(ch)
    if cls in ("R", "AL"):
        return "R"
    if cls == "L":
        return "L"
    if cls in _POPPLER_NUMBER and not ch.isspace():
        return "N"
    return "X"


def _runs_for_poppler(logical: str, rtl: bool) -> list[tuple[bool, str]]:
    """``logical`` cut into ``(against the page, text)`` runs as poppler will read them,
    with a mark inserted where a run ends in neutrals."""
    runs: list[tuple[bool, str]] = []
    types = [_poppler_type(ch) for ch in logical]
    i, n = 0, len(logical)
    with_page = True  # a page's own direction first: RTL pages read R runs first
    while i < n:
        start = i
        if with_page:
            # The page's direction: on an RTL page anything but L and numbers, on an LTR
            # page anything but R.
            while i < n and (types[i] not in ("L", "N") if rtl else types[i] != "R"):
                i += 1
            runs.append((False, logical[start:i]))
        else:
            while i < n and (types[i] != "R" if rtl else types[i] not in ("L", "N")):
                i += 1
            run = logical[start:i]
            # The run against the page must end in a strong character (RTL page: L or a
            # number; LTR page: R); neutrals after it go to the next run behind a mark.
            strong = ("L", "N") if rtl else ("R",)
            last = max((k for k in range(start, i) if types[k] in strong), default=i - 1)
            if last < i - 1:
                runs.append((True, logical[start : last + 1]))
                runs.append((False, (_RLM if rtl else _LRM) + logical[last + 1 : i]))
            else:
                runs.append((True, run))
        with_page = not with_page
    return runs


def extraction_order(logical: str, rtl: bool) -> str:
    """The characters to give a line's /ActualText so that poppler, ordering them with its
    own bidi on a page whose main direction is ``rtl``, reads back ``logical``."""
    pieces = []
    for against, run in _runs_for_poppler(logical, rtl):
        if rtl:
            pieces.append(run if against else run[::-1])
        else:
            pieces.append(run[::-1] if against else run)
    return "".join(reversed(pieces)) if rtl else "".join(pieces)


def _unshaped(s: str) -> str:
    # Arabic presentation forms back to the letters they show (lam-alef to two letters).
    if not any("\ufb50" <= ch <= "\ufeff" for ch in s):
        return s
    return "".join(
        unicodedata.normalize("NFKC", ch) if "\ufb50" <= ch <= "\ufeff" else ch for ch in s
    )


def actual_text(logical: str, visual: str, rtl: bool) -> str:
    """The /ActualText for a line (empty when its glyphs already read back right)."""
    wanted = _unshaped(_bare(logical))
    order = extraction_order(wanted, rtl)
    return "" if order == visual else order


@dataclass(frozen=True, slots=True)
class Line:
    """A line ready to draw: ``runs`` of ``(font name, text)`` from left to right, and what
    it reads back as when copied (:func:`actual_text`; empty: the glyphs themselves)."""

    runs: tuple[tuple[str, str], ...]
    width: float
    actual: str = ""
    #: holds Hebrew points or Arabic vowel marks (drawn one by one on their letters)
    marked: bool = False


# Cached: platypus asks a table cell for its size several times, and labels, dates and
# amounts repeat across rows and across letters of a batch.
@lru_cache(maxsize=4096)
def layout_paragraph(
    text: str, width: float, size: float, *, rtl: bool, bold: bool = False
) -> tuple[Line, ...]:
    """Everything a paragraph needs before drawing: clean → shape → wrap → per-line bidi →
    per-run fonts. ``text`` is raw logical text (user or template), ``width`` in points."""
    logical = shape(clean_keeping_isolates(text))
    wrapped = wrap_logical(logical, width, size, bold)
    if FSI in logical:
        wrapped = _isolated_lines(wrapped)
    lines = []
    for line, context in zip(wrapped, _line_contexts(wrapped, rtl), strict=True):
        visual = visual_line(context, rtl)
        if context is not line:
            visual = visual.replace(_LRM, "").replace(_RLM, "")
        runs = tuple(split_runs(visual, bold))
        width = text_width(visual, size, bold)
        lines.append(Line(runs=runs, width=width, actual=actual_text(line, visual, rtl),
                          marked=has_marks(visual)))
    return tuple(lines)


def _line_contexts(lines: list[str], rtl: bool) -> list[str]:
    """Each line of a wrapped paragraph as the bidi algorithm should see it: the algorithm
    resolves a paragraph's neutrals before it is broken into lines (UAX #9), so a line
    that starts or ends with one ("… invoice 1043 —" in a Hebrew note) takes its
    direction from the strong letters around it on the lines before and after, not from
    the line's edge. A mark of that direction (LRM or RLM, dropped once the line is
    ordered) stands for them. Only where a paragraph holds letters against its base
    direction (English in a Hebrew letter, a Hebrew name in an English one)."""
    strong = [[d for ch in line if (d := _first_strong_rtl(ch, None)) is not None]
              for line in lines]
    if len(lines) < 2 or not any(d != rtl for kinds in strong for d in kinds):
        return lines
    out = []
    for i, line in enumerate(lines):
        before = next((k[-1] for k in reversed(strong[:i]) if k), None)
        after = next((k[0] for k in strong[i + 1:] if k), None)
        mark = {True: _RLM, False: _LRM, None: ""}
        out.append(f"{mark[before]}{line}{mark[after]}")
    return out


def display_text(text: str, *, rtl: bool) -> str:
    """One unwrapped line of raw text in drawing order (for tests and short labels)."""
    logical = shape(clean_user_text(text)).replace("\n", " ")
    return visual_line(logical, rtl)
