"""The installment agreement as PDF, read back with pdftotext (and OCR for the Hebrew and
Arabic pages), plus its structural promises: every cheque and amount of the schedule in
order, a long schedule over pages with its header repeated, signature boxes kept
together with the last clause, images only where signed, reprints byte-identical."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pikepdf
import pytest

from arapp.core.letters.data import AgreementData
from arapp.documents.agreement import render_agreement
from arapp.documents.render import render_document
from tests.documents.agreement_sample import (
    BANK,
    CUSTOMERS,
    GUARANTORS,
    cheque_number,
    make_agreement,
)
from tests.documents.test_letter_pdf import extract, nospace, page_count, squash

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"
)

LANGS = ("he", "ar", "en")
#: A sentence of a clause without numbers in it, as the reader must find it.
SENTENCES = {
    "he": "החייב רשאי לפרוע את יתרת החוב, כולה או חלקה, בכל עת וללא עמלת פירעון מוקדם.",
    "ar": "إن قبول الدائن دفعة متأخرة أو جزئية لا يعد تنازلا عن أي من حقوقه بموجب هذه "
    "الاتفاقية.",
    "en": "The debtor may repay the rest of the debt, in whole or in part, at any time and "
    "without an early repayment fee.",
}


def images(pdf: bytes) -> int:
    """How many images the pages draw."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return sum(len(page.get_images()) for page in doc.pages)


def plain(text: str) -> str:
    """``text`` without spaces or round brackets. pdftotext guesses spaces where a line
    switches direction (before a comma in RTL text too), and prints brackets of RTL text
    unmirrored (")עברית("): the OCR check below reads them as drawn."""
    return re.sub(r"[\s()\u2068\u2069]+", "", text)  # and the isolates around values


@pytest.mark.parametrize("lang", LANGS)
def test_agreement_reads_back(lang: str, tmp_path: Path) -> None:
    data = make_agreement(lang, signed=("customer", "owner"))
    pdf = render_agreement(data)
    assert pdf.startswith(b"%PDF-")
    text = extract(pdf, tmp_path)
    flat, compact = squash(text), nospace(text)
    labels = data.labels
    assert data.subject in flat
    assert "P-0007" in text
    for key in ("agr_parties", "agr_acknowledgement", "agr_schedule", "agr_terms",
                "col_cheque", "col_principal", "col_interest", "agr_total_payable",
                "agr_signature_customer", "agr_signature_business",
                "agr_signature_guarantor"):
        assert plain(labels[key]) in plain(text), key
    # the parties and what identifies them, numbers in reading order
    customer, guarantor = CUSTOMERS[lang], GUARANTORS[lang]
    assert customer.name in flat and guarantor.name in flat
    assert customer.id_number in text and guarantor.id_number in text
    assert customer.phones in text
    assert "6,000.00" in text  # the guarantor's ceiling
    # the debt's invoices and the whole schedule
    for n in range(2041, 2046):
        assert f"INV-{n}" in text
    for n in range(1, 13):
        assert cheque_number(n) in text
    assert text.count(BANK) == 12
    for amount in ("12,000.00", "1,032.80", "1,032.78", "393.58", "12,393.58", "972.80"):
        assert amount in text, amount
    for day in ("01/01/2027", "31/01/2027", "28/02/2027", "31/12/2027"):
        assert day in text, day
    assert "6%" in text
    # the clauses: whole sentences, and each clause numbered in order
    assert plain(SENTENCES[lang]) in plain(text)
    for n in range(1, len(data.paragraphs) + 1):
        # "1." at the start of an RTL line is drawn as the bidi algorithm orders it, the
        # period on the left of the number, and pdftotext reads it as drawn.
        assert re.search(rf"(?<![\d.])(?:{n}\.|\.{n}(?!\d))", text), n
    assert plain(data.paragraphs[-1]) in plain(text)
    # the drawn signatures say when they were made
    signed = [ln for ln in text.splitlines() if "10:30" in ln or "10:31" in ln]
    assert signed and all("01/01/2027" in ln for ln in signed)
    assert "10:30" in compact and "10:31" in compact


@pytest.mark.parametrize("lang", ["he", "ar"])
def test_rtl_schedule_runs_right_to_left(lang: str, tmp_path: Path) -> None:
    text = extract(render_agreement(make_agreement(lang)), tmp_path)
    line = next(ln for ln in text.splitlines() if cheque_number(1) in ln)
    # n (first column) on the right, the bank details (last column) on the left
    assert line.index(BANK) < line.index(cheque_number(1)) < line.index("31/01/2027")
    assert line.rstrip().endswith("1")
    en = extract(render_agreement(make_agreement("en")), tmp_path)
    line = next(ln for ln in en.splitlines() if cheque_number(1) in ln)
    assert line.index("31/01/2027") < line.index(cheque_number(1)) < line.index(BANK)


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded(lang: str, tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts not installed")
    path = tmp_path / "a.pdf"
    path.write_bytes(render_agreement(make_agreement(lang)))
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = [row.split() for row in out.stdout.splitlines()[2:]]
    assert all(row[-5] == "yes" for row in rows), out.stdout  # the "emb" column
    names = {row[0].split("+")[-1] for row in rows}
    assert {"NotoSans-Regular", "NotoSans-Bold"} <= names
    script = {"he": {"NotoSansHebrew-Regular"}, "ar": {"NotoSansArabic-Regular"}, "en": set()}
    assert script[lang] <= names


@pytest.mark.parametrize("lang", LANGS)
def test_long_schedule_runs_over_pages(lang: str, tmp_path: Path) -> None:
    data = make_agreement(lang, count=120, down_payment=Decimal("1000.00"))
    pdf = render_agreement(data)
    pages = page_count(pdf, tmp_path)
    assert pages >= 4
    labels = data.labels
    page_of = labels["page_of"]
    page_texts = [extract(pdf, tmp_path, page=p) for p in range(1, pages + 1)]
    for page, text in enumerate(page_texts, start=1):
        expected = page_of.replace("{page}", str(page)).replace("{pages}", str(pages))
        assert nospace(expected) in nospace(text)
        if any(cheque_number(n) in text for n in range(1, 121)):
            assert labels["col_cheque"] in squash(text), page  # the header repeated
    # every installment exactly once, each on its own row with its cheque
    full = extract(pdf, tmp_path)
    for n in range(1, 121):
        rows = [ln for ln in full.splitlines() if re.search(rf"(?<!\d){cheque_number(n)}", ln)]
        assert len(rows) == 1, n
    assert "31/12/2036" in full  # the 120th due date
    assert labels["agr_down_payment"] in full
    # the signature boxes share one page with the last clause, the last one
    last = squash(page_texts[-1])
    for key in ("agr_signature_customer", "agr_signature_business", "agr_signature_guarantor"):
        assert labels[key] in last
        assert all(labels[key] not in squash(t) for t in page_texts[:-1])
    assert plain(data.paragraphs[-1]) in plain(page_texts[-1])


def test_same_data_gives_identical_bytes() -> None:
    data = make_agreement("he", signed=("customer", "owner", "guarantor"))
    first = render_agreement(data)
    render_agreement(make_agreement("ar", count=30))  # other work in between
    assert render_agreement(data) == first
    assert render_document(data) == first


def test_signature_images_only_where_signed(tmp_path: Path) -> None:
    assert images(render_agreement(make_agreement("ar"))) == 0
    signed = make_agreement("ar", signed=("customer", "owner"))
    assert images(render_agreement(signed)) == 2
    every = make_agreement("ar", signed=("customer", "owner", "guarantor"))
    assert images(render_agreement(every)) == 3
    unsigned_text = squash(extract(render_agreement(make_agreement("ar")), tmp_path))
    assert signed.labels["agr_signed_on"] not in unsigned_text
    # a broken image leaves its box empty, for signing on paper, and the rest prints
    broken = replace(every.signatures[0], png=b"not a png")
    data = replace(every, signatures=(broken, *every.signatures[1:]))
    assert images(render_agreement(data)) == 2


@pytest.mark.parametrize("lang", LANGS)
def test_without_guarantor_no_box_and_no_clause(lang: str, tmp_path: Path) -> None:
    data = make_agreement(lang, guarantor=False)
    text = squash(extract(render_agreement(data), tmp_path))
    assert data.labels["agr_signature_guarantor"] not in text
    assert data.labels["agr_guarantor"] not in text.replace(
        data.labels["agr_signature_guarantor"], ""
    )
    assert GUARANTORS[lang].id_number not in text
    assert len(data.paragraphs) == len(make_agreement(lang).paragraphs) - 1


@pytest.mark.parametrize("lang", LANGS)
def test_a_bare_agreement_still_prints(lang: str, tmp_path: Path) -> None:
    """No interest, no invoices listed, no place, no clauses, a guarantor without a
    ceiling, a signature for a role that has no box: nothing breaks, nothing is invented."""
    base = make_agreement(lang)
    schedule = tuple(
        replace(row, amount=Decimal("1000.00"), principal=Decimal("1000.00"),
                interest=Decimal("0.00"), cheque_number="", cheque_bank="")
        for row in base.schedule
    )
    stray = replace(make_agreement(lang, signed=("customer",)).signatures[0], role="witness")
    data = replace(
        base, covered=(), place="", paragraphs=(), annual_rate=Decimal("0"),
        total_interest=Decimal("0.00"), total_payable=Decimal("12000.00"), schedule=schedule,
        guarantor=replace(GUARANTORS[lang], max_liability=None), signatures=(stray,),
    )
    pdf = render_agreement(data)
    text = extract(pdf, tmp_path)
    assert "0%" in text and "12,000.00" in text
    assert data.labels["agr_max_liability"] not in squash(text)
    assert data.labels["agr_place"] not in squash(text)
    assert cheque_number(1) not in text
    assert images(pdf) == 0
    assert plain(data.labels["agr_signature_guarantor"]) in plain(text)


def test_names_with_bidi_controls_do_not_reorder_the_page(tmp_path: Path) -> None:
    base = make_agreement("he")
    sneaky = replace(base.customer, name="\u202eDavid\u202c Cohen \u2067(דוד כהן)\u2069")
    plain = replace(base.customer, name="David Cohen (דוד כהן)")
    data: AgreementData = replace(base, customer=sneaky)
    text = squash(extract(render_agreement(data), tmp_path))
    assert "David Cohen" in text and "divaD" not in text
    assert render_agreement(data) == render_agreement(replace(base, customer=plain))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "ocr_lang", "words"),
    [
        # a bracketed word read as "(word)", not ")word(": the brackets are mirrored
        ("he", "heb", ["הסכם", "לפריסת", "התשלומים", "הערב", "(הלקוח)"]),
        ("ar", "ara", ["اتفاقية", "تقسيط", "الأقساط", "الكفيل", "(المدين)"]),
    ],
)
def test_first_page_is_read_by_ocr(
    lang: str, ocr_lang: str, words: list[str], tmp_path: Path
) -> None:
    """What a person sees: the title, the parties and the schedule with its numbers in
    reading order."""
    if shutil.which("tesseract") is None or shutil.which("pdftoppm") is None:
        pytest.skip("tesseract and pdftoppm are needed for the OCR check")
    from tests.documents.test_ocr import languages

    if ocr_lang not in languages():
        pytest.skip(f"tesseract has no {ocr_lang} data")
    (tmp_path / "a.pdf").write_bytes(render_agreement(make_agreement(lang)))
    # 300 dpi: the schedule's 8.5 pt digits are too small for tesseract at 200.
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1",
                    str(tmp_path / "a.pdf"), str(tmp_path / "page")], check=True)
    page = next(tmp_path.glob("page*.png"))
    text = subprocess.run(["tesseract", str(page), "-", "-l", f"{ocr_lang}+eng"],
                          capture_output=True, text=True, check=True).stdout
    compact = re.sub(r"[\s\u200e\u200f]+", "", text)
    for word in words:
        assert word in text, f"{word!r} not recognised in:\n{text}"
    assert CUSTOMERS[lang].id_number in compact
    assert CUSTOMERS[lang].phones in compact  # not 1234567-052
    found = [n for n in range(1, 9) if cheque_number(n) in compact]
    assert len(found) >= 6, text
    assert compact.count("1,032.80") >= 6, text
    assert "31/01/2027" in compact and "28/02/2027" in compact
    assert BANK in compact
