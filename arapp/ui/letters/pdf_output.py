"""Sending a finished PDF out of a dialog: to a printer the owner picks, or to a file.
Shared by the letter dialog, the kept-letter viewer and the kept-agreement viewer, so all
ask, wait and refuse the same way. The texts are in the letter dialog's translation
context, written out in each call so that lupdate finds them; a caller may give its own
dialog titles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from arapp.core.placeholders import arg
from arapp.printing import PrintError, paper_size_of, print_pdf
from arapp.ui.widgets.messages import user_message


def choose_printer(
    parent: QWidget, printer: QPrinter, pdf: bytes, doc_name: str, title: str | None = None
) -> bool:
    """Set ``printer`` to the document's paper (so it prints 1:1) and let the owner pick
    the printer (``title``: the print dialog's, "Print letter" by default); False if the
    print dialog was cancelled."""
    printer.setPageSize(paper_size_of(pdf))
    printer.setDocName(doc_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title or QCoreApplication.translate("LetterDialog", "Print letter"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def send_to_printer(parent: QWidget, pdf: bytes, printer: QPrinter) -> int | None:
    """Print ``pdf`` on ``printer``: the number of pages, or None (said why) if it failed."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pages = print_pdf(pdf, printer)
    except PrintError as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent, QCoreApplication.translate("LetterDialog", "Not printed"), user_message(exc)
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    return pages


def ask_pdf_path(parent: QWidget, suggested_name: str, title: str | None = None) -> Path | None:
    """Where the owner wants the PDF (in the documents folder by default); None if they
    cancelled. The name always ends in ``.pdf``. ``title``: the file dialog's, "Save letter
    as PDF" by default."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        title or QCoreApplication.translate("LetterDialog", "Save letter as PDF"),
        str(Path(folder) / suggested_name),
        QCoreApplication.translate("LetterDialog", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    return Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")


def write_pdf(parent: QWidget, path: str | Path, pdf: bytes) -> bool:
    """Write ``pdf`` to ``path``; False (said why) if the file could not be written."""
    try:
        Path(path).write_bytes(pdf)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("LetterDialog", "Not saved"),
            arg(
                QCoreApplication.translate("LetterDialog", "The file could not be written: %1"),
                exc.strerror or "",
            ),
        )
        return False
    return True
