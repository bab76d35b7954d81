"""Printing a long PDF (the day's letters, 36 pages and more) without freezing the window.

QtPdf rendering and a QPainter on a QPrinter work on the UI thread only, so printing cannot
move to a worker thread. Instead :func:`print_with_progress` prints page by page through
:func:`arapp.printing.print_pdf`'s ``progress`` callback, which runs before each page and
between the bands of a page: there the progress dialog is updated and the event loop
turns (the window repaints, Cancel is seen; a band takes about 0.1 s at 600 dpi). Cancel
finishes the page under way and starts no other; the job is then aborted where Qt can
(Windows), while on Linux (CUPS) the pages drawn so far still print —
:class:`PrintCancelled` says how many.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from arapp.core.placeholders import arg
from arapp.printing import PrintCancelled, print_pdf

__all__ = ["PrintCancelled", "print_with_progress"]


def print_with_progress(
    parent: QWidget | None, pdf: bytes, printer: QPrinter, title: str
) -> int:
    """Print ``pdf`` on ``printer`` with a progress dialog (page n of m) and Cancel; return
    the pages printed. Raises :class:`PrintCancelled` on Cancel and
    :class:`arapp.printing.PrintError` when the printer cannot be used."""
    dialog = QProgressDialog(
        QCoreApplication.translate("PrintProgress", "Preparing to print…"),
        QCoreApplication.translate("PrintProgress", "Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.show()
    page_text = QCoreApplication.translate("PrintProgress", "Printing page %1 of %2…")

    def progress(done: int, total: int) -> bool:
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        if dialog.value() != done:
            dialog.setValue(done)
            dialog.setLabelText(arg(page_text, str(min(done + 1, total)), str(total)))
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        return not dialog.wasCanceled()

    try:
        return print_pdf(pdf, printer, progress)
    finally:
        dialog.close()
        dialog.deleteLater()
