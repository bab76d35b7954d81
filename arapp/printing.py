"""Printing PDF bytes on paper: QtPdf renders each page onto a ``QPrinter``.

The preview, the print dialog and ``arapp letter --print QUEUE`` all use the exact bytes
that ``arapp.documents`` produced, so there is no second layout engine for paper
(DESIGN, "Printing and preview"). QtPdf only rasterises, so each page goes to the printer
as an image at the printer's resolution (capped, see :data:`MAX_RENDER_DPI`); it is rendered
in horizontal bands so a 600 dpi A4 page never needs one 140 MB image.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from arapp.core.errors import UserError
from arapp.core.placeholders import arg
from arapp.pyside_fix import protect_singletons

# Qt is used from here without the UI package (``arapp letter --print``), so the PySide6
# work-around the UI applies on import is applied here too (once per process).
protect_singletons()

#: Above this a laser printer gains nothing visible, and the spooled job grows fourfold.
MAX_RENDER_DPI = 600
#: Rows of device pixels rendered at once (about 10 MB per band for A4 at 600 dpi).
BAND_ROWS = 512
#: How far (in points) a PDF page may differ from the paper and still print at 100 %.
SIZE_TOLERANCE_PT = 2.0


class PrintError(UserError):
    """The PDF could not be loaded or the printer cannot be used; ``message`` says why."""


class PrintCancelled(Exception):
    """``progress`` asked to stop: no page was started after the one under way.
    ``pages_sent`` is 0 when the printer dropped the job (``QPrinter.abort()`` worked:
    Windows), else how many pages were drawn and so still go to the printer — Qt's CUPS
    and PDF engines cannot abort a job (``abort()`` returns False), so on Linux the pages
    drawn before Cancel are printed. ``pages_total`` is how many there were to print."""

    def __init__(self, pages_sent: int, pages_total: int) -> None:
        super().__init__(pages_sent, pages_total)
        self.pages_sent = pages_sent
        self.pages_total = pages_total


#: ``progress(pages_done, pages_total)``, called on the UI thread before each page and
#: between the bands of a page (so a caller can let the event loop turn); returning False
#: cancels after the page under way.
PageProgress = Callable[[int, int], bool]


def ensure_gui_app() -> QGuiApplication:
    """Return the running Qt application, creating a ``QApplication`` if there is none.

    Without a display (a server, the CLI over ssh) ``QT_QPA_PLATFORM`` defaults to
    ``offscreen``, which still sees the CUPS queues. An explicit setting is kept.
    """
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication(sys.argv[:1] or ["arapp"])


def available_printers() -> list[str]:
    """Names of the print queues the system offers (CUPS queues, Windows printers)."""
    ensure_gui_app()
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def load_pdf(pdf: bytes, parent: QBuffer | None = None) -> tuple[QPdfDocument, QBuffer]:
    """Load ``pdf`` into a ``QPdfDocument``. The returned buffer must outlive the
    document (QtPdf reads pages from it lazily). Raises :class:`PrintError` if the bytes
    are not a readable PDF."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() == QPdfDocument.Status.Loading:
        loop = QEventLoop()
        document.statusChanged.connect(lambda _status: loop.quit())
        if document.status() == QPdfDocument.Status.Loading:
            loop.exec()
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        error = document.error()
        reason = error.name if error != QPdfDocument.Error.None_ else "no pages"
        raise PrintError(
            arg(
                QCoreApplication.translate(
                    "Printing", "The document could not be read as a PDF (%1)."
                ),
                reason,
            )
        )
    return document, buffer


def _page_ranges(printer: QPrinter, page_count: int) -> list[int]:
    """0-based page numbers the user asked for in the print dialog (all by default)."""
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        return list(range(page_count))
    ranges = printer.pageRanges()
    if ranges.isEmpty():
        return list(range(page_count))
    return [n for n in range(page_count) if ranges.contains(n + 1)]


def _orientation(page_pt: QSizeF) -> QPageLayout.Orientation:
    if page_pt.width() > page_pt.height():
        return QPageLayout.Orientation.Landscape
    return QPageLayout.Orientation.Portrait


def _target_rect(page_pt: QSizeF, paper_px: QRectF, dpi: int) -> QRectF:
    """Where the page goes on the paper, in device pixels: 100 % when the sizes agree
    (an A4 letter on A4 paper), otherwise shrunk or grown to fit and centred."""
    natural = QSizeF(page_pt.width() * dpi / 72.0, page_pt.height() * dpi / 72.0)
    tolerance = SIZE_TOLERANCE_PT * dpi / 72.0
    same = (
        abs(natural.width() - paper_px.width()) <= tolerance
        and abs(natural.height() - paper_px.height()) <= tolerance
    )
    if same:
        size = natural
    else:
        scale = min(paper_px.width() / natural.width(), paper_px.height() / natural.height())
        size = QSizeF(natural.width() * scale, natural.height() * scale)
    x = paper_px.x() + (paper_px.width() - size.width()) / 2
    y = paper_px.y() + (paper_px.height() - size.height()) / 2
    return QRectF(x, y, size.width(), size.height())


def _is_blank(image: QImage) -> bool:
    """True when every pixel is fully transparent (QtPdf leaves unpainted areas so).
    QImage equality is a C memcmp; scanning the pixels from Python would cost more than
    the drawing it saves."""
    blank = QImage(image.size(), image.format())
    blank.fill(0)
    return image == blank


def _render_page(
    painter: QPainter,
    document: QPdfDocument,
    page: int,
    target: QRectF,
    device_dpi: int,
    between_bands: Callable[[], object] | None = None,
) -> None:
    # Render at device_dpi / k (k whole) so each band maps onto whole device rows: no seams.
    step = max(1, math.ceil(device_dpi / MAX_RENDER_DPI))
    width = max(1, round(target.width() / step))
    height = max(1, round(target.height() / step))
    scale_x = target.width() / width
    scale_y = target.height() / height
    for top in range(0, height, BAND_ROWS):
        if top and between_bands is not None:
            between_bands()
        rows = min(BAND_ROWS, height - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(width, height))
        options.setScaledClipRect(QRect(0, top, width, rows))
        band = document.render(page, QSize(width, rows), options)
        if _is_blank(band):
            continue  # nothing drawn there: the paper is white already
        # Flatten onto white: the page background renders transparent, and an opaque
        # RGB image spools smaller and prints the same on every driver.
        opaque = QImage(band.size(), QImage.Format.Format_RGB32)
        opaque.fill(QColor("white"))
        with_alpha = QPainter(opaque)
        with_alpha.drawImage(0, 0, band)
        with_alpha.end()
        dest = QRectF(target.x(), target.y() + top * scale_y, width * scale_x, rows * scale_y)
        painter.drawImage(dest, opaque)


def _printer_label(printer: QPrinter) -> str:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return printer.outputFileName()
    return printer.printerName()


def print_pdf(pdf: bytes, printer: QPrinter, progress: PageProgress | None = None) -> int:
    """Print every page of ``pdf`` (or the range chosen in the print dialog) on
    ``printer`` and return how many pages were printed.

    QtPdf and QPainter on a QPrinter work on the UI thread only, so a long document is
    kept responsive through ``progress`` (see :data:`PageProgress`): the caller updates
    its progress dialog and turns the event loop there. Raises :class:`PrintCancelled`
    when ``progress`` returns False.

    The printer's paper size is kept (set it first, e.g. to A4); each page is turned to
    its own orientation and printed full page at 100 % when it matches the paper, scaled
    to fit otherwise. Raises :class:`PrintError` when the PDF cannot be loaded or the
    printer is not usable.
    """
    ensure_gui_app()
    if not printer.isValid():
        raise PrintError(
            arg(
                QCoreApplication.translate("Printing", "The printer “%1” is not available."),
                _printer_label(printer),
            )
        )
    document, buffer = load_pdf(pdf)
    try:
        return _print_document(document, printer, progress)
    finally:
        document.close()
        buffer.close()


def _print_document(
    document: QPdfDocument, printer: QPrinter, progress: PageProgress | None = None
) -> int:
    pages = _page_ranges(printer, document.pageCount())
    if not pages:
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "The chosen page range contains no pages of this document."
            )
        )
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    printer.setPageOrientation(_orientation(document.pagePointSize(pages[0])))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            arg(
                QCoreApplication.translate("Printing", "Could not start printing on “%1”."),
                _printer_label(printer),
            )
        )
    cancelled = False
    drawn = 0
    dropped = False

    def keep_going(done: int) -> bool:
        nonlocal cancelled
        if progress is not None and progress(done, len(pages)) is False:
            cancelled = True
        return not cancelled

    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for index, page in enumerate(pages):
            if not keep_going(index):
                break
            page_pt = document.pagePointSize(page)
            if index:
                # A new layout applies to the page that newPage() starts.
                printer.setPageOrientation(_orientation(page_pt))
                if not printer.newPage():
                    raise PrintError(
                        QCoreApplication.translate("Printing", "The printer refused a new page.")
                    )
            dpi = printer.resolution()
            paper = printer.pageLayout().fullRectPixels(dpi)
            target = _target_rect(page_pt, QRectF(paper.translated(-paper.topLeft())), dpi)
            _render_page(
                painter, document, page, target, dpi,
                None if progress is None else lambda done=index: keep_going(done),
            )
            drawn = index + 1
        else:
            if progress is not None:
                progress(len(pages), len(pages))  # the last report: all pages drawn
    finally:
        if cancelled:
            dropped = printer.abort()  # the job is dropped where the engine can
        painter.end()
    if cancelled:
        raise PrintCancelled(0 if dropped else drawn, len(pages))
    return len(pages)


def paper_size_of(pdf: bytes) -> QPageSize:
    """The standard paper size closest to the first page of ``pdf`` (A4 for our letters)."""
    document, buffer = load_pdf(pdf)
    try:
        size = document.pagePointSize(0)
    finally:
        document.close()
        buffer.close()
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    return QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def print_pdf_to(pdf: bytes, printer_name: str) -> int:
    """Print ``pdf`` on the named queue (``arapp letter --print QUEUE``) on paper of the
    document's own size; return the pages printed. Raises :class:`PrintError` naming the
    available printers when ``printer_name`` is unknown."""
    ensure_gui_app()
    names = available_printers()
    if printer_name not in names:
        known = ", ".join(names) if names else QCoreApplication.translate("Printing", "none")
        raise PrintError(
            arg(
                QCoreApplication.translate(
                    "Printing", "No printer named “%1”. Available printers: %2."
                ),
                printer_name,
                known,
            )
        )
    printer = QPrinter(QPrinterInfo.printerInfo(printer_name), QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(paper_size_of(pdf))
    printer.setDocName("arapp")
    return print_pdf(pdf, printer)
