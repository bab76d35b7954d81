"""What a printer or an archive checks in the file itself (issue #22, 10): every font
embedded, each font subset under a name of its own, the document's own date as creation
date, and the same data still giving the same bytes."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import date

import pikepdf
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, Table

from arapp.documents.combine import combine_pdfs
from arapp.documents.letter import render_letter
from arapp.documents.pages import build_pdf
from arapp.documents.statement import render_statement
from arapp.documents.text import clean_user_text
from tests.documents.conftest import make_letter, make_statement
from tests.documents.test_embedded_fonts import fonts


def test_reportlab_defaults_never_leave_an_unembedded_font() -> None:
    # A flowable styled by reportlab's defaults (a paragraph, a table without a font)
    # still prints in a bundled, embedded font: the rule lives in the page, not in each
    # document module's styles.
    story = [
        Paragraph("Plain paragraph", getSampleStyleSheet()["Normal"]),
        Table([["a cell", "another"]]),
    ]
    named = fonts(build_pdf(make_letter("en"), story, title="t"))
    assert named and all(named.values()), named
    assert not any("Helvetica" in name for name in named), named


def _subsets(pdf: bytes) -> dict[str, set[str]]:
    """Subset name → hashes of the embedded font programs published under it."""
    found: dict[str, set[str]] = {}
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for font in page.resources.get("/Font", {}).values():
                program = font.FontDescriptor.FontFile2.read_bytes()
                found.setdefault(str(font.BaseFont), set()).add(
                    hashlib.sha256(program).hexdigest()
                )
    return found


def test_each_subset_has_a_name_of_its_own_in_a_combined_batch() -> None:
    batch = combine_pdfs([
        render_letter(make_letter("he")),
        render_letter(make_letter("ar")),
        render_letter(make_letter("en", count=2)),
        render_statement(make_statement("he")),
    ])
    subsets = _subsets(batch)
    assert len(subsets) >= 8
    assert not [name for name in subsets if name.startswith("AAAAAA+")]
    assert all(re.fullmatch(r"/[A-Z]{6}\+[\w-]+", name) for name in subsets), subsets
    # One name, one font program: a RIP that caches fonts by name gets the right glyphs.
    assert all(len(programs) == 1 for programs in subsets.values()), subsets


def test_same_data_same_bytes_and_subset_names() -> None:
    assert render_letter(make_letter("ar")) == render_letter(make_letter("ar"))


def test_creation_date_is_the_documents_date() -> None:
    pdf = render_letter(make_letter("he", letter_date=date(2026, 3, 5)))
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        created = str(doc.docinfo["/CreationDate"])
    assert created.startswith("D:20260305"), created
    other = render_letter(make_letter("he", letter_date=date(2026, 4, 1)))
    with pikepdf.open(io.BytesIO(other)) as doc:
        assert str(doc.docinfo["/CreationDate"]).startswith("D:20260401")


def test_a_bidi_control_between_two_words_leaves_a_space() -> None:
    assert clean_user_text("Cohen\u200fכהן") == "Cohen כהן"
    assert clean_user_text("יוסף\u202aYosef\u202c") == "יוסף Yosef"
    assert clean_user_text("شركة\u2066Noor\u2069") == "شركة Noor"
    # Inside one word (same direction on both sides) the control just goes.
    assert clean_user_text("Da\u202evid") == "David"
    assert clean_user_text("Cohen \u200fכהן") == "Cohen כהן"
