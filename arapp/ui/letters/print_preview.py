"""The in-app preview of a PDF: the same bytes that will be printed or saved.

``QPdfView`` shows every page in a scrolling column, fitted to the width by default, with
zoom buttons above it. QtPdf reads pages lazily from the device it was loaded from, so the
widget keeps the ``QBuffer`` (and its bytes) alive for as long as the document is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from arapp.core.placeholders import arg

ZOOM_STEP = 1.25
MIN_ZOOM = 0.25
MAX_ZOOM = 5.0


class PdfPreview(QWidget):
    """A multi-page PDF viewer with zoom in/out, fit width and fit page.

    ``set_pdf(data)`` replaces the shown document; ``clear()`` empties the view; ``loaded``
    is emitted with the page count once a document is ready (0 when the bytes are not a
    readable PDF)."""

    loaded = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = QPdfDocument(self)
        self._buffer: QBuffer | None = None

        self._view = QPdfView(self)
        self._view.setDocument(self._document)
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._view.setPageSpacing(12)

        self._zoom_out = self._tool_button("−", self.tr("Zoom out"), self.zoom_out)
        self._zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self._zoom_in = self._tool_button("+", self.tr("Zoom in"), self.zoom_in)
        self._zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self._fit_width = self._tool_button(self.tr("Fit width"), "", self.fit_width)
        self._fit_page = self._tool_button(self.tr("Whole page"), "", self.fit_page)
        self._pages_label = QLabel(self)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (self._zoom_out, self._zoom_in, self._fit_width, self._fit_page):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self._pages_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._view, 1)
        self._update_controls()

    def _tool_button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip or text)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    # -- document -------------------------------------------------------------------------

    def set_pdf(self, data: bytes) -> int:
        """Show ``data``; return its page count (0 if it is not a readable PDF)."""
        old_buffer = self._buffer
        self._document.close()
        # The document reads pages from the buffer lazily: the buffer (holding its own copy
        # of the bytes) lives on self until the next document replaces it.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)
        if old_buffer is not None:
            old_buffer.close()
            old_buffer.deleteLater()
        pages = self.page_count()
        self._update_controls()
        self.loaded.emit(pages)
        return pages

    def clear(self) -> None:
        self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._update_controls()

    def document(self) -> QPdfDocument:
        return self._document

    def view(self) -> QPdfView:
        return self._view

    def page_count(self) -> int:
        if self._document.status() != QPdfDocument.Status.Ready:
            return 0
        return self._document.pageCount()

    # -- zoom -----------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        return float(self._view.zoomFactor())

    def zoom_in(self) -> None:
        self._set_zoom(self._current_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._current_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self._view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def _current_zoom(self) -> float:
        # In the fit modes QPdfView keeps zoomFactor at its last custom value, so work
        # out what the fitted page is drawn at instead: viewport width over page width.
        if self._view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.zoom_factor()
        page_pt = self._document.pagePointSize(0)
        page_px = page_pt.width() * self.logicalDpiX() / 72.0
        if page_px <= 0:
            return 1.0
        margins = self._view.documentMargins()
        width = self._view.viewport().width() - margins.left() - margins.right()
        fitted = width / page_px
        if self._view.zoomMode() == QPdfView.ZoomMode.FitInView:
            page_py = page_pt.height() * self.logicalDpiY() / 72.0
            height = self._view.viewport().height() - margins.top() - margins.bottom()
            fitted = min(fitted, height / page_py)
        return max(MIN_ZOOM, fitted)

    def _set_zoom(self, factor: float) -> None:
        self._view.setZoomMode(QPdfView.ZoomMode.Custom)
        self._view.setZoomFactor(min(MAX_ZOOM, max(MIN_ZOOM, factor)))

    def _update_controls(self) -> None:
        pages = self.page_count()
        for button in (self._zoom_out, self._zoom_in, self._fit_width, self._fit_page):
            button.setEnabled(pages > 0)
        self._pages_label.setText(arg(self.tr("Pages: %1"), str(pages)) if pages else "")
