"""The header of pages 2+ (issue #22, 8): one line saying whose letter it is and that it
continues, however long the names; it used to wrap, and only its first half printed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from arapp.core.letters.data import Business, Recipient
from arapp.documents.fonts import register_fonts
from arapp.documents.letter import render_letter
from arapp.documents.pages import _CHROME, FRAME_WIDTH, running_header
from arapp.documents.text import layout_paragraph
from tests.documents.conftest import BUSINESSES, LABELS, make_letter

LONG = {
    "he": (
        'מכולת השכונה – סניף מרכזי בעיר העתיקה של ירושלים, שיווק והפצה בע"מ',
        "משפחת כהן-לוי (בית העסק של דוד ושרה כהן-לוי, רחוב הנביאים 120)",
        "(המשך)",
    ),
    "ar": (
        "مكتبة النور للقرطاسية واللوازم المدرسية والمكتبية – فرع الناصرة العليا م.ض.",
        "شركة الخطيب للتجارة العامة والاستيراد والتصدير (يوسف ومحمد الخطيب)",
        "(تابع)",
    ),
    "en": (
        "Or Photo Supplies and Camera Repairs, Haifa Downtown Branch, Limited Company",
        "Cohen & Sons General Trading and Import Ltd (כהן ובניו סחר כללי)",
        "(continued)",
    ),
}


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_header_fits_one_line_and_keeps_continued(lang: str) -> None:
    register_fonts()
    business, recipient, continued = LONG[lang]
    header = running_header(business, recipient, continued)
    lines = layout_paragraph(header, FRAME_WIDTH, _CHROME.size, rtl=lang != "en")
    assert len(lines) == 1
    assert header.endswith(continued)
    assert "…" in header


def test_short_names_are_kept_whole() -> None:
    header = running_header("Or Photo", "David Cohen", "(continued)")
    assert header.replace("\u2068", "").replace("\u2069", "") == (
        "Or Photo · David Cohen · (continued)"
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is needed")
@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_second_page_header_says_continued(lang: str, tmp_path: Path) -> None:
    business, recipient, continued = LONG[lang]
    data = make_letter(
        lang,
        count=40,
        business=Business(**{
            f: getattr(BUSINESSES[lang], f) for f in BUSINESSES[lang].__slots__
        } | {"name": business}),
        recipient=Recipient(name=recipient, code="C-1"),
        labels={**LABELS[lang], "continued": continued},
    )
    path = tmp_path / "letter.pdf"
    path.write_bytes(render_letter(data))
    page2 = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(path), "-"],
        capture_output=True, text=True, check=True,
    ).stdout
    first = re.sub("[\u202a-\u202e\u200e\u200f]", "", page2.strip().splitlines()[0])
    assert first.endswith(continued), first
    assert "…" in first
