"""Today's letters from the dunning ladder, made in one go from the main window: the
same batch as `arapp letters batch` (each letter recorded, one combined file to print),
run off the UI thread with progress and Cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from arapp.core.errors import UserError
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.letter_batch import BatchCancelled, BatchResult
from arapp.documents.combine import combine_pdfs
from arapp.documents.parallel import render_all
from arapp.printing import PrintError, print_pdf
from arapp.ui.display import ltr
from arapp.ui.ops.long_op import Cancelled, Progress, run_with_progress
from arapp.ui.widgets.messages import show_user_error


def make_letters_due(parent: QWidget | None, shop: Shop, folder: Path, as_of: date) -> BatchResult:
    """Make and record the letters due on ``as_of`` into ``folder``; raises Cancelled,
    or UserError when the folder cannot take them (then nothing is recorded)."""

    def work(progress: Progress) -> BatchResult:
        try:
            return shop.letter_batch.run(
                as_of, folder, render_all=render_all, combine=combine_pdfs, progress=progress
            )
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
    QMessageBox.information(parent, title, arg(ask, str(len(due))))
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("LettersDue", "Folder for today's letters")
    )
    if not chosen:
        return None
    try:
        result = make_letters_due(parent, shop, Path(chosen), today)
    except Cancelled:
        return None
    except UserError as exc:  # the folder is a file or cannot be written: nothing recorded
        show_user_error(parent, exc)
        return None
    assert result.combined is not None
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    done = QCoreApplication.translate(
        "LettersDue", "%1 letters were made and recorded. Combined file: %2"
    )
    box.setText(arg(done, str(len(result.files)), ltr(str(result.combined))))
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
