"""Platypus building blocks that draw bidi text: a text flowable and images (tables are
in :mod:`arapp.documents.tables`).

reportlab's own Paragraph wraps and orders text itself, which is wrong for Hebrew and
Arabic. :class:`TextBlock` instead asks :mod:`arapp.documents.text` for finished lines
(wrapped logically, reordered per line, split into per-font runs) and only draws them.
Tables, page breaking and repeated header rows remain platypus' job.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Image, TableStyle

from arapp.documents.marks import has_marks, pieces
from arapp.documents.text import Line, layout_paragraph

log = logging.getLogger(__name__)

INK = colors.HexColor("#1F2328")
MUTED = colors.HexColor("#5B636E")
#: Lighter than MUTED: what no longer stands (a corrected entry of a log), still legible.
FADED = colors.HexColor("#8A929C")
ACCENT = colors.HexColor("#1F4E79")
RULE = colors.HexColor("#B8C0CA")
HEADER_FILL = colors.HexColor("#EDF1F5")
TOTAL_FILL = colors.HexColor("#F6F8FA")


def table_style(commands: Sequence[tuple[object, ...]]) -> TableStyle:
    """The style of a new table. (The font reportlab selects for every cell by default,
    Helvetica, is replaced by a bundled one where every font is chosen: the page's canvas,
    :mod:`arapp.documents.pages`.)"""
    return TableStyle(list(commands))


@dataclass(frozen=True, slots=True)
class TextStyle:
    size: float = 10.0
    bold: bool = False
    color: colors.Color = INK
    #: line height as a multiple of ``size``; Arabic needs more room for its descenders
    leading: float = 1.4


class TextBlock(Flowable):
    """A paragraph of bidi text. ``align`` is ``"start"`` (right in RTL, left in LTR),
    ``"end"`` or ``"center"``. Splits across pages between lines."""

    def __init__(
        self,
        text: str,
        style: TextStyle,
        *,
        rtl: bool,
        align: str = "start",
        space_before: float = 0.0,
        space_after: float = 0.0,
        lines: Sequence[Line] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.rtl = rtl
        self.align = align
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        # Lines handed in (the halves of a split) are final; otherwise laid out on wrap().
        self._fixed = lines is not None
        self._lines = lines
        self._width = 0.0

    @property
    def line_height(self) -> float:
        return self.style.size * self.style.leading

    def _layout(self, width: float) -> Sequence[Line]:
        if self._lines is None or (width != self._width and not self._fixed):
            self._lines = layout_paragraph(
                self.text, width, self.style.size, rtl=self.rtl, bold=self.style.bold
            )
            self._width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.line_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        fit = int(availHeight // self.line_height)
        if fit < 1 or fit >= len(lines):
            return []
        # A lone first or last line on a page looks like a mistake; keep two together.
        if len(lines) >= 4:
            fit = min(max(fit, 2), len(lines) - 2)
        if fit < 1:
            return []
        head = self._with_lines(lines[:fit], space_before=self.spaceBefore, space_after=0)
        tail = self._with_lines(lines[fit:], space_before=0, space_after=self.spaceAfter)
        return [head, tail]

    def _with_lines(
        self, lines: Sequence[Line], *, space_before: float, space_after: float
    ) -> TextBlock:
        return TextBlock(
            self.text,
            self.style,
            rtl=self.rtl,
            align=self.align,
            space_before=space_before,
            space_after=space_after,
            lines=lines,
        )

    def draw(self) -> None:
        canv = self.canv
        size = self.style.size
        canv.setFillColor(self.style.color)
        # Baseline sits ~0.78 of the line box down: room for Latin/Hebrew ascenders above,
        # Arabic descenders below.
        baseline = self.height - self.line_height * 0.5 - size * 0.32
        side = self.align
        if side in ("start", "end"):
            side = "right" if (side == "start") == self.rtl else "left"
        for line in self._lines or []:
            if side == "right":
                x = self.width - line.width
            elif side == "center":
                x = (self.width - line.width) / 2
            else:
                x = 0.0
            draw_runs(canv, line, x, baseline, size)
            baseline -= self.line_height


def draw_runs(canv: object, line: Line, x: float, y: float, size: float) -> None:
    """Draw one laid-out line with its left end at ``x`` and its baseline at ``y``."""
    if not line.runs:
        return
    text = canv.beginText()  # type: ignore[attr-defined]
    text.setTextOrigin(x, y)
    if line.marked:
        _marked_runs_out(text, line, x, y, size)
    else:
        for font, chunk in line.runs:
            text.setFont(font, size)
            text.textOut(chunk)
    if line.actual:
        # What the line reads back as when copied (see text.actual_text); reportlab has no
        # API for marked content, so the operators go into the page's stream directly.
        code = canv._code  # type: ignore[attr-defined]
        code.append(f"/Span <</ActualText <FEFF{line.actual.encode('utf-16-be').hex()}>>> BDC")
        canv.drawText(text)  # type: ignore[attr-defined]
        code.append("EMC")
    else:
        canv.drawText(text)  # type: ignore[attr-defined]


def _marked_runs_out(text: PDFTextObject, line: Line, x: float, y: float, size: float) -> None:
    # Runs holding Hebrew points or Arabic vowel marks: each mark at its own position on
    # its letter (arapp.documents.marks); the pen then goes on after the letter.
    for font, chunk in line.runs:
        text.setFont(font, size)
        if not has_marks(chunk):
            text.setTextOrigin(x, y)
            text.textOut(chunk)
            x += pdfmetrics.stringWidth(chunk, font, size)
            continue
        end = x
        for piece in pieces(font, chunk, size):
            text.setTextOrigin(x + piece.dx, y + piece.dy)
            text.textOut(piece.text)
            if piece.advances:
                end = x + piece.dx + pdfmetrics.stringWidth(piece.text, font, size)
        x = end


def image_flowable(png: bytes | None, max_width: float, max_height: float) -> Image | None:
    """An image scaled to fit the box keeping its aspect ratio, or ``None`` when there is
    no image or the bytes are not an image (a broken logo must not stop a letter)."""
    if not png:
        return None
    try:
        reader = ImageReader(BytesIO(png))
        width, height = reader.getSize()
    except Exception:  # PIL raises many kinds for garbage input
        log.warning("ignoring an image that cannot be read (%d bytes)", len(png))
        return None
    scale = min(max_width / width, max_height / height)
    return Image(BytesIO(png), width=width * scale, height=height * scale)
