"""What a person sees on paper: render the Hebrew and Arabic warning letters to images and
let OCR read them. Numbers must come out in reading order, not reversed."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from arapp.core.services import Shop
from tests.documents.test_issue import TODAY, debtor  # noqa: F401  (fixture)

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None or shutil.which("pdftoppm") is None,
    reason="tesseract and pdftoppm are needed for the OCR check",
)


def languages() -> set[str]:
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    return set((out.stdout + out.stderr).split())


def ocr(pdf: bytes, tmp_path: Path, lang: str) -> str:
    if lang not in languages():
        pytest.skip(f"tesseract has no {lang} data")
    (tmp_path / "p.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1",
                    str(tmp_path / "p.pdf"), str(tmp_path / "page")], check=True)
    page = next(tmp_path.glob("page*.png"))
    return subprocess.run(["tesseract", str(page), "-", "-l", f"{lang}+eng"],
                          capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize(("lang", "ocr_lang", "words"), [
    ("he", "heb", ["התראה", "משפטיים", "לתשלום"]),
    ("ar", "ara", ["إنذار", "قانونية"]),
])
def test_warning_letter_is_read_by_ocr(
    shop: Shop, debtor: int, tmp_path: Path, lang: str, ocr_lang: str, words: list[str]  # noqa: F811
) -> None:
    from tests.documents.conftest import prepare_letter

    letter = prepare_letter(shop, debtor, "warning", lang=lang, letter_date=TODAY)
    text = ocr(letter.pdf, tmp_path, ocr_lang)
    # tesseract writes its own direction marks around runs; they are not on the page.
    compact = re.sub(r"[\s\u200e\u200f]+", "", text)
    assert "052-1234567" in compact  # the customer's phone, digits in order
    assert "04-8123456" in compact  # the shop's phone in the letterhead
    found = [n for n in range(1001, 1006) if f"INV-{n}" in compact]
    assert len(found) >= 4, text  # invoice numbers not reversed
    assert "6,182.50" in compact
    assert date(2026, 7, 14).strftime("%d/%m/%Y") in compact
    for word in words:
        assert word in text, f"{word!r} not recognised in:\n{text}"
