"""Hebrew points and Arabic vowel marks sit on their own letters (issue #22, 7): drawn
after their letter with zero advance they landed on the neighbour, and arabic-reshaper
dropped the Arabic ones altogether."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from arapp.documents.fonts import register_fonts
from arapp.documents.layout import draw_runs
from arapp.documents.letter import render_letter
from arapp.documents.text import layout_paragraph, shape
from tests.documents.conftest import make_letter

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils are needed",
)

SIZE = 100  # points; the page is rendered at 72 dpi, so one pixel is one point
BASELINE = 150


def ink_columns(text: str, rows: tuple[float, float], tmp_path: Path) -> set[int]:
    """x of every inked pixel of ``text`` (drawn alone at 100 pt) whose height above the
    baseline, in em, is within ``rows``."""
    register_fonts()
    (line,) = layout_paragraph(text, 400, SIZE, rtl=True)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(400, 300))
    draw_runs(canvas, line, 100, BASELINE, SIZE)
    canvas.showPage()
    canvas.save()
    (tmp_path / "m.pdf").write_bytes(out.getvalue())
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(tmp_path / "m.pdf"),
                    str(tmp_path / "m")], check=True)
    image = Image.open(tmp_path / "m.png").convert("L")
    low, high = rows
    top = round(300 - BASELINE - high * SIZE)
    bottom = round(300 - BASELINE - low * SIZE)
    return {
        x
        for x in range(image.width)
        for y in range(max(0, top), min(image.height, bottom))
        if image.getpixel((x, y)) < 128
    }


def centre(columns: set[int]) -> float:
    return (min(columns) + max(columns)) / 2


@needs_poppler
@pytest.mark.parametrize(
    ("letter", "mark", "mark_rows"),
    [
        ("ב", "\u05b8", (-0.3, -0.06)),  # qamats under bet
        ("ד", "\u05b7", (-0.3, -0.06)),  # patah under dalet
        ("ל", "\u05b0", (-0.3, -0.06)),  # sheva under lamed
    ],
)
def test_hebrew_point_is_under_its_letter(
    letter: str, mark: str, mark_rows: tuple[float, float], tmp_path: Path
) -> None:
    body = ink_columns(letter, (0.05, 0.55), tmp_path)
    point = ink_columns(letter + mark, mark_rows, tmp_path)
    assert point, "the point is not drawn"
    assert min(body) <= centre(point) <= max(body), (sorted(body)[::10], sorted(point))


@needs_poppler
@pytest.mark.parametrize("mark", ["\u064e", "\u064f", "\u0652", "\u0651"])
def test_arabic_mark_is_over_its_letter(mark: str, tmp_path: Path) -> None:
    # An isolated dal: nothing above it but the mark.
    body = ink_columns("د", (0.05, 0.45), tmp_path)
    above = ink_columns("د" + mark, (0.56, 0.95), tmp_path)
    assert above, "the mark is not drawn"
    assert min(body) - 3 <= centre(above) <= max(body) + 3, (sorted(body), sorted(above))


@needs_poppler
def test_shadda_with_a_vowel_is_stacked_not_overprinted(tmp_path: Path) -> None:
    # Shadda and fatha on one letter: drawn as the font's stacked pair, reaching higher
    # than the shadda alone.
    assert ink_columns("د\u0651", (0.56, 0.8), tmp_path)
    assert not ink_columns("د\u0651", (0.84, 1.2), tmp_path)
    assert ink_columns("د\u064e\u0651", (0.84, 1.2), tmp_path)


def test_arabic_shaping_keeps_the_vowel_marks() -> None:
    shaped = shape("مُحَمَّد")
    assert [ch for ch in shaped if "\u064b" <= ch <= "\u0652"] == ["\u064f", "\u064e",
                                                                   "\u064e", "\u0651"]


@needs_poppler
@pytest.mark.parametrize(
    ("lang", "paragraph"),
    [
        ("he", "אֲנַחְנוּ מְבַקְּשִׁים לְהַזְכִּיר כִּי בְּחֶשְׁבּוֹנְךָ יִתְרָה פְּתוּחָה."),
        ("ar", "نَوَدُّ تَذْكِيرَكُمْ بِأَنَّ فِي حِسَابِكُمْ رَصِيدًا مُسْتَحَقًّا."),
    ],
)
def test_pointed_text_reads_back_with_its_marks(
    lang: str, paragraph: str, tmp_path: Path
) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(render_letter(make_letter(lang, paragraphs=(paragraph,), count=1)))
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    text = re.sub(r"\s+", " ", re.sub("[\u202a-\u202e\u200e\u200f]", "", out))
    assert paragraph in text
