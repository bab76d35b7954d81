"""Printing PDF bytes through QtPdf onto a QPrinter: to a PDF file and to a real CUPS queue.

QtPdf rasterises, so what comes out has the pages as images: page count and size are read
with pdfinfo, the words with tesseract (when installed), not with pdftotext.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from arapp.printing import (
    PrintError,
    available_printers,
    ensure_gui_app,
    paper_size_of,
    print_pdf,
    print_pdf_to,
)

CUPS_QUEUE = "arapp-test-pdf"


def make_pdf(pages: int = 2, *, landscape_page: int | None = None) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n in range(1, pages + 1):
        size = landscape(A4) if n == landscape_page else A4
        c.setPageSize(size)
        c.setFont("Helvetica-Bold", 40)
        c.drawString(72, size[1] - 140, f"PAGE {n} INVOICE")
        c.setLineWidth(2)
        c.rect(20, 20, size[0] - 40, size[1] - 40)  # a frame 20 pt inside the paper edge
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def pdfinfo_pages(path: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page, from poppler's pdfinfo."""
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True, text=True, check=True
    ).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)
    return [(float(w), float(h)) for w, h in sizes]


def ocr_page(path: Path, page: int, tmp_path: Path) -> str:
    if shutil.which("tesseract") is None or shutil.which("pdftoppm") is None:
        pytest.skip("tesseract or pdftoppm is not installed")
    stem = tmp_path / f"ocr{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "100",
            "-f",
            str(page),
            "-l",
            str(page),
            "-png",
            "-singlefile",
            str(path),
            str(stem),
        ],
        check=True,
    )
    return subprocess.run(
        ["tesseract", f"{stem}.png", "-", "-l", "eng"], capture_output=True, text=True
    ).stdout


def is_a4_portrait(size: tuple[float, float]) -> bool:
    return abs(size[0] - 595.3) < 1.5 and abs(size[1] - 841.9) < 1.5


@pytest.fixture(autouse=True)
def app(qapp: object) -> Iterator[object]:
    yield qapp


def test_prints_every_page_full_size_on_a4(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    assert print_pdf(make_pdf(2), pdf_printer(out)) == 2
    sizes = pdfinfo_pages(out)
    assert len(sizes) == 2
    assert all(is_a4_portrait(s) for s in sizes)
    assert "PAGE 1 INVOICE" in ocr_page(out, 1, tmp_path)
    assert "PAGE 2 INVOICE" in ocr_page(out, 2, tmp_path)


def test_printed_page_is_not_scaled_or_cut(tmp_path: Path) -> None:
    """The frame drawn 20 pt inside the edge must come out 20 pt inside the edge."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed")
    out = tmp_path / "out.pdf"
    print_pdf(make_pdf(1), pdf_printer(out))
    subprocess.run(
        ["pdftoppm", "-r", "72", "-gray", "-singlefile", str(out), str(tmp_path / "p")],
        check=True,
    )
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "p.pgm"))
    assert (image.width(), image.height()) == (595, 842)
    middle_row = image.height() // 2
    dark = [
        x for x in range(image.width()) if QImage.pixelColor(image, x, middle_row).value() < 128
    ]
    assert dark, "the frame's sides are missing"
    assert abs(dark[0] - 20) <= 2 and abs(dark[-1] - (595 - 20)) <= 2


def test_each_page_keeps_its_orientation(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    assert print_pdf(make_pdf(3, landscape_page=2), pdf_printer(out)) == 3
    sizes = pdfinfo_pages(out)
    assert is_a4_portrait(sizes[0]) and is_a4_portrait(sizes[2])
    assert is_a4_portrait((sizes[1][1], sizes[1][0]))  # landscape A4


def test_page_range_from_the_print_dialog(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_pdf(make_pdf(4), printer) == 2
    assert len(pdfinfo_pages(out)) == 2


def test_not_a_pdf_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PrintError, match="could not be read as a PDF"):
        print_pdf(b"this is not a pdf", pdf_printer(tmp_path / "x.pdf"))
    with pytest.raises(PrintError):
        print_pdf(make_pdf(1)[:200], pdf_printer(tmp_path / "y.pdf"))


def test_printer_that_cannot_start_is_a_clear_error(tmp_path: Path) -> None:
    # (Qt's CUPS backend swaps an unknown printer name for the default printer, so an
    # unusable printer shows up as one whose output cannot be opened.)
    target = tmp_path / "missing-folder" / "x.pdf"
    with pytest.raises(PrintError, match="Could not start printing"):
        print_pdf(make_pdf(1), pdf_printer(target))


def test_unknown_queue_lists_the_available_printers() -> None:
    with pytest.raises(PrintError) as caught:
        print_pdf_to(make_pdf(1), "no-such-queue")
    assert "no-such-queue" in caught.value.message
    for name in available_printers():
        assert name in caught.value.message


def test_paper_size_of_our_letters_is_a4() -> None:
    assert paper_size_of(make_pdf(1)).id() == QPageSize.PageSizeId.A4
    assert ensure_gui_app() is ensure_gui_app()


def _cups_queue_ready() -> bool:
    if shutil.which("lpstat") is None:
        return False
    result = subprocess.run(["lpstat", "-p", CUPS_QUEUE], capture_output=True, text=True)
    return result.returncode == 0 and CUPS_QUEUE in result.stdout


def _cups_pdf_dir() -> Path:
    out = Path.home() / "PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(errors="replace").splitlines():
            if line.startswith("Out "):
                out = Path(line[4:].strip().replace("${HOME}", str(Path.home())))
    return out


def _complete_pdf_pages(path: Path) -> list[tuple[float, float]]:
    """The page sizes once ``path`` is a whole PDF, else []."""
    result = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True, text=True
    )
    if result.returncode != 0:
        return []
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", result.stdout)
    return [(float(w), float(h)) for w, h in sizes]


@pytest.mark.slow
def test_prints_on_a_real_cups_queue() -> None:
    """Run `lpadmin -p arapp-test-pdf -E -v cups-pdf:/ -P .../CUPS-PDF_opt.ppd` to enable."""
    if not _cups_queue_ready():
        pytest.skip(f"no CUPS queue named {CUPS_QUEUE} (see DESIGN.md, Printing)")
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    if CUPS_QUEUE not in available_printers():
        pytest.skip("Qt does not see the CUPS queue")
    out_dir = _cups_pdf_dir()
    before = set(out_dir.glob("*.pdf")) if out_dir.exists() else set()
    assert print_pdf_to(make_pdf(2), CUPS_QUEUE) == 2
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        new = set(out_dir.glob("*.pdf")) - before if out_dir.exists() else set()
        for path in new:
            # cups-pdf creates the file first and fills it as ghostscript writes.
            sizes = _complete_pdf_pages(path)
            if sizes:
                assert len(sizes) == 2
                assert all(is_a4_portrait(s) for s in sizes)
                return
        time.sleep(0.5)
    pytest.fail(f"no output from the {CUPS_QUEUE} queue in {out_dir} after 60 s")
