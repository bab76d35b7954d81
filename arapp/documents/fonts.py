"""The bundled fonts: registration with reportlab and the choice of font per run of text.

No single free font covers Hebrew, Arabic, Latin, digits and ₪ together (Noto Sans Hebrew
has no digits or Latin punctuation, Noto Sans Arabic has no ₪), so every string is drawn as
runs, each run in the font that has its glyphs. Hebrew letters always go to the Hebrew
font and Arabic letters to the Arabic font (for a consistent look even where Noto Sans
would have a glyph); everything else prefers Noto Sans.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from arapp.resources import fonts_dir

LATIN = "latin"
HEBREW = "hebrew"
ARABIC = "arabic"

#: Family key → (regular file, bold file). Static instances: bold is a real bold.
_FILES: dict[str, tuple[str, str]] = {
    LATIN: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    HEBREW: ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    ARABIC: ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
}
#: Which family to try, in order, for a character of no particular script.
_FALLBACK_ORDER = (LATIN, HEBREW, ARABIC)


def font_name(family: str, bold: bool) -> str:
    """The reportlab name under which a family's regular or bold face is registered."""
    return f"arapp-{family}-{'bold' if bold else 'regular'}"


def subset_tag(face_name: bytes, codes: list[int]) -> bytes:
    """The six capital letters before "+" in a subset's font name: from a hash of the font
    and the characters the subset holds, so the same subset is always named the same (the
    same data gives the same bytes) and different subsets of a combined batch are not all
    named "AAAAAA+" as reportlab names them (some print shops' RIPs then mix them up)."""
    digest = hashlib.sha256(face_name + b"\0" + ",".join(map(str, codes)).encode()).digest()
    return bytes(65 + b % 26 for b in digest[:6])


#: reportlab names subsets with a module function of the subset's index only; it is swapped
#: for the time one font writes its subsets, under this lock (documents render in threads).
_naming = threading.Lock()


class _TaggedFont(TTFont):
    """A TrueType font whose embedded subsets are named by :func:`subset_tag`, and whose
    subset programs are kept for the next document that needs the same characters (the
    letters of a batch share most of their text; a reprint shares all of it)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        make = self.face.makeSubset
        self.face.makeSubset = lru_cache(maxsize=64)(lambda subset: make(list(subset)))
        subset_of = self.face.makeSubset
        # reportlab passes a list (unhashable): key the cache by its tuple.
        self.face.makeSubset = lambda subset: subset_of(tuple(subset))

    def addObjects(self, doc: Any) -> None:  # reportlab's camelCase API
        state = self.state[doc]
        tags = [subset_tag(self.face.name, list(subset)) for subset in state.subsets]
        with _naming:
            original = ttfonts.SUBSETN
            ttfonts.SUBSETN = lambda n, *_: tags[n]
            try:
                super().addObjects(doc)
            finally:
                ttfonts.SUBSETN = original


@dataclass(frozen=True, slots=True)
class _Registry:
    #: family → set of code points the font maps (regular and bold cover the same set)
    coverage: dict[str, frozenset[int]]


_lock = threading.Lock()
_registry: _Registry | None = None
#: (code point, bold) → font name; filled lazily, a few hundred entries at most.
_char_font: dict[tuple[int, bool], str] = {}


def register_fonts() -> None:
    """Register the six bundled faces with reportlab. Idempotent and cheap after the first
    call (which parses the files, ~tens of ms). Raises ``FileNotFoundError`` if a font is
    missing from ``resources/fonts``."""
    global _registry
    if _registry is not None:
        return
    with _lock:
        if _registry is not None:
            return
        coverage: dict[str, frozenset[int]] = {}
        folder = fonts_dir()
        for family, files in _FILES.items():
            for bold, filename in zip((False, True), files, strict=True):
                path = folder / filename
                if not path.is_file():
                    raise FileNotFoundError(f"bundled font missing: {path}")
                # shapable=False: we hand reportlab text that is already shaped (Arabic
                # presentation forms) and already in visual order. If uharfbuzz happens
                # to be installed, reportlab would otherwise shape it again and break the
                # joining (see DESIGN, Documents).
                # asciiReadable=False: a subset holds the characters used, not every ASCII
                # one besides (smaller files, less to write for each document).
                font = _TaggedFont(
                    font_name(family, bold), str(path), shapable=False, asciiReadable=False
                )
                pdfmetrics.registerFont(font)
                if not bold:
                    coverage[family] = frozenset(font.face.charToGlyph)
        _registry = _Registry(coverage=coverage)


def _script_family(cp: int) -> str | None:
    if 0x0590 <= cp <= 0x05FF or 0xFB1D <= cp <= 0xFB4F:
        return HEBREW
    if (
        0x0600 <= cp <= 0x06FF
        or 0x0750 <= cp <= 0x077F
        or 0x08A0 <= cp <= 0x08FF
        or 0xFB50 <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFF
    ):
        return ARABIC
    return None


def font_for_char(ch: str, bold: bool = False) -> str:
    """Name of the registered font that should draw ``ch``."""
    key = (ord(ch), bold)
    name = _char_font.get(key)
    if name is not None:
        return name
    register_fonts()
    assert _registry is not None
    cp = ord(ch)
    family = _script_family(cp)
    if family is None:
        family = next(
            (f for f in _FALLBACK_ORDER if cp in _registry.coverage[f]),
            LATIN,  # nothing has it: Noto Sans draws its .notdef box, visibly wrong
        )
    name = font_name(family, bold)
    _char_font[key] = name
    return name


def split_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Cut ``text`` into ``(font name, substring)`` runs, keeping order.

    Spaces join the run they are in (every bundled font has a space), so a Hebrew phrase
    is one run rather than one per word: fewer font switches in the PDF and words that
    text extraction keeps together.
    """
    runs: list[tuple[str, str]] = []
    current: str | None = None
    start = 0
    for i, ch in enumerate(text):
        if ch in " \u00a0" and current is not None:
            continue
        name = font_for_char(ch, bold)
        if name != current:
            if current is not None:
                runs.append((current, text[start:i]))
            current, start = name, i
    if current is not None:
        runs.append((current, text[start:]))
    return runs


# Cached: tables measure every cell to fit it, and labels, dates and amounts repeat across
# rows and across the letters of a batch.
@lru_cache(maxsize=8192)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Advance width in points of ``text`` drawn with per-run fonts at ``size``."""
    return sum(pdfmetrics.stringWidth(chunk, name, size) for name, chunk in split_runs(text, bold))
