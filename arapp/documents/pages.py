"""The page around a document: A4 frame, running header and footer, PDF metadata, and
the promise that the same data gives the same bytes.

Shared by every document kind; the kinds only build the story (list of flowables).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase._fontdata import standardFonts
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from arapp.core.letters.data import DocumentData
from arapp.documents.fonts import LATIN, font_name, register_fonts, text_width
from arapp.documents.layout import MUTED, RULE, TextStyle, draw_runs
from arapp.documents.text import FSI, PDI, clean_user_text, is_rtl, layout_paragraph, shape

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

_CHROME = TextStyle(size=8, color=MUTED)


@dataclass(frozen=True, slots=True)
class Chrome:
    """What the running header (pages 2+) and footer (every page) print."""

    rtl: bool
    header: str  # e.g. "Shop name · Customer name · continued"
    page_of: str  # a format string with {page} and {pages}


def _draw_line_at(canv: Canvas, text: str, y: float, rtl: bool, align: str) -> None:
    lines = layout_paragraph(text, FRAME_WIDTH, _CHROME.size, rtl=rtl)
    if not lines:
        return
    line = lines[0]
    if align == "center":
        x = MARGIN_X + (FRAME_WIDTH - line.width) / 2
    elif (align == "start") == rtl:
        x = MARGIN_X + FRAME_WIDTH - line.width
    else:
        x = MARGIN_X
    canv.setFillColor(_CHROME.color)
    draw_runs(canv, line, x, y, _CHROME.size)


def _draw_header(canv: Canvas, chrome: Chrome) -> None:
    # Page 1 carries the full letterhead; later pages get one quiet line so a loose sheet
    # still says whose letter it is.
    if canv.getPageNumber() == 1:
        return
    canv.saveState()
    _draw_line_at(canv, chrome.header, PAGE_HEIGHT - MARGIN_TOP + 7 * mm, chrome.rtl, "start")
    canv.restoreState()


def _draw_footer(canv: Canvas, chrome: Chrome, page: int, pages: int) -> None:
    text = chrome.page_of.replace("{page}", str(page)).replace("{pages}", str(pages))
    y = MARGIN_BOTTOM - 10 * mm
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    canv.line(MARGIN_X, y + 4.5 * mm, PAGE_WIDTH - MARGIN_X, y + 4.5 * mm)
    _draw_line_at(canv, text, y, chrome.rtl, "center")
    canv.restoreState()


class EmbeddedFontsCanvas(Canvas):
    """A canvas on which every font is one of the bundled ones, embedded, so a letter
    prints the same on any machine (issue #22, 10). reportlab's defaults name Helvetica,
    which a PDF lists without embedding: the font every page starts with
    (``initialFontName``) and the font of a table cell or paragraph whose style names
    none. This is the one place that replaces them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        register_fonts()
        kwargs["initialFontName"] = font_name(LATIN, False)
        super().__init__(*args, **kwargs)

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        super().setFont(_embedded(psfontname), size, leading)

    def beginText(self, x: float = 0, y: float = 0, direction: str | None = None) -> PDFTextObject:
        # A text object selects its fonts itself (a reportlab Paragraph draws through one).
        return _EmbeddedFontsText(self, x, y, direction)


def _embedded(psfontname: str) -> str:
    """``psfontname``, or the bundled face standing in for a standard PDF font."""
    if psfontname in standardFonts:
        return font_name(LATIN, "Bold" in psfontname)
    return psfontname


class _EmbeddedFontsText(PDFTextObject):
    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        super().setFont(_embedded(psfontname), size, leading)


def _timestamp(day: date) -> TimeStamp:
    """reportlab's time stamp for midnight UTC of ``day``."""
    stamp = TimeStamp(invariant=1)
    moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
    stamp.t = moment.timestamp()
    stamp.lt = moment.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    return stamp


def _canvas_class(chrome: Chrome, created: date) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each footer can say "of N"."""

    class NumberedCanvas(EmbeddedFontsCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            # The creation date is the document's own date, not reportlab's invariant
            # 2000-01-01 nor the clock: a reprint of the same data stays byte-identical.
            self._doc._timeStamp = _timestamp(created)

        def showPage(self) -> None:  # reportlab's camelCase API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _draw_footer(self, chrome, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


_SEPARATOR = " · "
_ELLIPSIS = "…"


def _width(text: str) -> float:
    return text_width(shape(text), _CHROME.size)


def _shortened(name: str, room: float) -> str:
    """``name`` cut (at a word if one fits, else at a letter) and ended with "…" so that it
    is no wider than ``room`` points; "" when not even the "…" fits."""
    if _width(name) <= room:
        return name
    words = name.split(" ")
    for count in range(len(words) - 1, 0, -1):
        candidate = " ".join(words[:count]) + _ELLIPSIS
        if _width(candidate) <= room:
            return candidate
    for end in range(len(name) - 1, 0, -1):
        candidate = name[:end].rstrip() + _ELLIPSIS
        if _width(candidate) <= room:
            return candidate
    return ""


def running_header(business: str, recipient: str, continued: str) -> str:
    """The header of pages 2+: "business · recipient · continued" on one line of the
    frame. Long names are shortened with "…" (the shorter keeps all it can), never the
    word "continued" (issue #22, 8: the line wrapped and only its first half printed). Each
    name is an isolate, so a Latin name in a Hebrew header cannot move the parts around."""
    names = [" ".join(n.split()) for n in (business, recipient)]
    names = [n for n in names if n]
    room = FRAME_WIDTH - _width(continued) - len(names) * _width(_SEPARATOR) - 1
    fitted: list[str] = []
    for i, name in enumerate(sorted(names, key=_width)):
        # The shorter name first: what it leaves is the longer one's.
        share = room / (len(names) - i)
        fitted.append(_shortened(name, share))
        room -= _width(fitted[-1])
    by_name = dict(zip(sorted(names, key=_width), fitted, strict=True))
    parts = [f"{FSI}{by_name[n]}{PDI}" for n in names if by_name[n]]
    return _SEPARATOR.join([*parts, continued] if continued else parts)


def chrome_for(data: DocumentData) -> Chrome:
    labels = data.labels
    header = running_header(
        clean_user_text(data.business.name),
        clean_user_text(data.recipient.name),
        labels.get("continued", "continued"),
    )
    return Chrome(
        rtl=is_rtl(data.lang),
        header=header,
        page_of=labels.get("page_of", "{page} / {pages}"),
    )


def build_pdf(data: DocumentData, story: list[Flowable], *, title: str) -> bytes:
    """Lay ``story`` out on A4 pages and return the PDF bytes.

    ``invariant=1`` keeps the clock out of the document ID, and the creation date is the
    letter's date, so a reprint of the same data is byte-identical (a signed or archived
    letter can be compared by hash).
    """
    register_fonts()
    chrome = chrome_for(data)
    out = BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean_user_text(title),
        author=clean_user_text(data.business.name),
        subject=clean_user_text(data.subject),
        creator="arapp",
        invariant=1,
        lang=data.lang,
        displayDocTitle=1,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canv: Canvas, _doc: BaseDocTemplate) -> None:
        _draw_header(canv, chrome)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story, canvasmaker=_canvas_class(chrome, data.letter_date))
    return out.getvalue()
