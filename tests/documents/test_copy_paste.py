"""Copying Hebrew and Arabic out of a letter gives the sentences as written (issue #22, 9):
pdftotext (poppler, as Evince and Okular copy) reads whole paragraphs in logical order, with
brackets the right way round and Arabic as letters, not presentation forms."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from arapp.core.letters.data import Recipient
from arapp.documents.letter import render_letter
from arapp.documents.statement import render_statement
from arapp.documents.text import extraction_order
from tests.documents.conftest import BODIES, make_letter, make_statement

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed"
)

#: What poppler adds around runs (embeddings) and what the ActualText adds at run ends
#: (marks): invisible when pasted, so not part of the comparison.
_INVISIBLE = re.compile("[\u202a-\u202e\u200e\u200f]")


def extracted(pdf: bytes, tmp_path: Path, *, layout: bool = False) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return _INVISIBLE.sub("", out)


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_whole_paragraphs_read_back_in_logical_order(lang: str, tmp_path: Path) -> None:
    # The samples hold dates, an amount with ₪, an invoice number in brackets, a phone, a
    # Latin product name and a "Ltd (1998)" inside right-to-left sentences.
    text = one_line(extracted(render_letter(make_letter(lang)), tmp_path))
    for paragraph in BODIES[lang]:
        assert paragraph in text


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("he", "David Cohen (דוד כהן)"),
        ("he", 'כהן (ע"מ 2024) בע"מ'),
        ("ar", "شركة النور (فرع 2) م.ض."),
        ("en", "Cohen & Sons Ltd (כהן ובניו)"),
    ],
)
def test_a_name_with_brackets_reads_back_as_written(
    lang: str, name: str, tmp_path: Path
) -> None:
    recipient = Recipient(name=name, code="C-1042", address="")
    text = extracted(render_letter(make_letter(lang, recipient=recipient)), tmp_path)
    assert name in text.splitlines()


def test_arabic_reads_back_as_letters_not_presentation_forms(tmp_path: Path) -> None:
    text = extracted(render_letter(make_letter("ar")), tmp_path)
    assert "تحية طيبة وبعد،" in text
    assert not [ch for ch in text if "\ufb50" <= ch <= "\ufeff"]


@pytest.mark.parametrize("lang", ["he", "ar"])
def test_statement_rows_read_back_in_order_on_every_page(lang: str, tmp_path: Path) -> None:
    # A long statement: later pages are mostly Latin references and numbers.
    text = extracted(render_statement(make_statement(lang, movements=60)), tmp_path, layout=True)
    applied = "על חשבון" if lang == "he" else "على حساب"
    assert f"{applied}: INV-1001, INV-1002" in text
    assert f"{applied}: INV-1058, INV-1059" in text


def _poppler_reads(visual: str, rtl: bool) -> str:
    """What poppler's reorderText makes of a line (TextOutputDev.cc), for the unit test."""
    from arapp.documents.text import _poppler_type

    types = [_poppler_type(ch) for ch in visual]
    out: list[str] = []
    if rtl:
        i = len(visual) - 1
        while i >= 0:
            j = i
            while j >= 0 and types[j] not in ("L", "N"):
                j -= 1
            out.extend(visual[k] for k in range(i, j, -1))
            i = j
            j = i
            while j >= 0 and types[j] != "R":
                j -= 1
            out.append(visual[j + 1 : i + 1])
            i = j
    else:
        i = 0
        while i < len(visual):
            j = i
            while j < len(visual) and types[j] != "R":
                j += 1
            out.append(visual[i:j])
            i = j
            while j < len(visual) and types[j] not in ("L", "N"):
                j += 1
            out.append(visual[i:j][::-1])
            i = j
    return "".join(out)


@pytest.mark.parametrize(
    "logical",
    [
        "שלום (C-1042) עולם",
        "מס' לקוח: C000010)",
        "ח.פ.: 514567890",
        "Cohen & Sons (כהן ובניו) Ltd.",
        "(1998) Cohen",
        "a (אב) b",
        "مكتبة (فرع 2) 052-1234567.",
    ],
)
@pytest.mark.parametrize("rtl", [True, False])
def test_extraction_order_is_what_poppler_reads_back(logical: str, rtl: bool) -> None:
    read = _INVISIBLE.sub("", _poppler_reads(extraction_order(logical, rtl), rtl))
    assert read == logical
