"""Today's letters from the dunning ladder, made in one go from the main window: the
same batch as `arapp letters batch` (each letter recorded, one combined file to print),
run off the UI thread with progress and Cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from arapp.core.services import Shop
from arapp.documents.batch import BatchCancelled, BatchResult, run_batch
from arapp.printing import PrintError, print_pdf
from arapp.ui.display import ltr
from arapp.ui.ops.long_op import Cancelled, Progress, run_with_progress


def make_letters_due(parent: QWidget | None, shop: Shop, folder: Path, as_of: date) -> BatchResult:
    """Make and record the letters due on ``as_of`` into ``folder``; raises Cancelled."""

    def work(progress: Progress) -> BatchResult:
        try:
            return run_batch(shop, as_of, folder, progress)
        except BatchCancelled:
            raise Cancelled from None

    title = QCoreApplication.translate("LettersDue", "Letters due")
    return run_with_progress(
        parent,
        title,
        QCoreApplication.translate("LettersDue", "Preparing the letters…"),
        shop,
        work,
    )


def letters_due_flow(parent: QWidget, shop: Shop) -> BatchResult | None:
    """Ask where to keep the letters, make them, then offer to print the combined file."""
    title = QCoreApplication.translate("LettersDue", "Letters due")
    today = date.today()
    due = shop.letters.letters_due(today)
    if not due:
        QMessageBox.information(
            parent, title, QCoreApplication.translate("LettersDue", "No letters are due today.")
        )
        return None
    ask = QCoreApplication.translate(
        "LettersDue",
        "%1 letters are due today; each will be recorded and saved as a PDF file, with one combined file for printing. Choose a folder for them.",  # noqa: E501
    )
    QMessageBox.information(parent, title, ask.replace("%1", str(len(due))))
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("LettersDue", "Folder for today's letters")
    )
    if not chosen:
        return None
    try:
        result = make_letters_due(parent, shop, Path(chosen), today)
    except Cancelled:
        return None
    assert result.combined is not None
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    done = QCoreApplication.translate(
        "LettersDue", "%1 letters were made and recorded. Combined file: %2"
    )
    box.setText(done.replace("%1", str(len(result.files))).replace("%2", ltr(str(result.combined))))
    print_button = box.addButton(
        QCoreApplication.translate("LettersDue", "Print all…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is print_button:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted:
            try:
                print_pdf(result.combined.read_bytes(), printer)
            except PrintError as exc:
                QMessageBox.warning(
                    parent, QCoreApplication.translate("LettersDue", "Not printed"), exc.message
                )
    return result
