"""Issue #22 (6): the closing phrase goes above the signature (image or line), then the
signer's name and the business — with a signature image too."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from arapp.documents.letter import render_letter
from tests.documents.conftest import make_letter, png_bytes


def lines_of(pdf: bytes, tmp_path: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          check=True, text=True).stdout
    text = unicodedata.normalize("NFKC", text)
    return [" ".join(line.replace("\u202a", "").replace("\u202b", "").replace("\u202c", "")
                     .split()) for line in text.splitlines()]


def index_of(lines: list[str], needle: str) -> int:
    found = [i for i, line in enumerate(lines) if needle in line]
    assert found, (needle, lines)
    return found[-1]


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
@pytest.mark.parametrize("with_image", [False, True])
def test_the_closing_phrase_comes_before_the_signature_and_the_name(
    lang: str, with_image: bool, tmp_path: Path
) -> None:
    data = make_letter(lang, count=2)
    business = replace(data.business, bank_details="",
                       signature_png=png_bytes(300, 90, (10, 10, 90)) if with_image else None)
    data = replace(data, business=business)
    lines = lines_of(render_letter(data), tmp_path)
    phrase = unicodedata.normalize("NFKC", data.labels["signature"]).rstrip(",،")
    owner = business.owner_name.split()[-1]
    closing_at = index_of(lines, phrase)
    owner_at = index_of(lines, unicodedata.normalize("NFKC", owner))
    # Above the signature (the image, or the 12 mm to sign on): not right over the name.
    assert owner_at - closing_at >= 3, lines[closing_at:owner_at + 1]
