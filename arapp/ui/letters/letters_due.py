"""Today's letters from the dunning ladder (File → Letters due today): the list of what is
due — customer, letter, amount — each ticked; the owner unticks what should not go out
now (it stays due) and previews any one of them, then makes the ticked ones in one go:
the same batch as `arapp letters batch` (each letter recorded, one combined file to
print), run off the UI thread with progress and Cancel. Printing the combined file goes
page by page with progress and Cancel (:mod:`arapp.ui.letters.print_progress`), and the
owner is told what was made, printed and where the files are (issue #17, defect 10)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from arapp.core.dunning import LetterDue
from arapp.core.errors import UserError
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.letter_batch import BatchCancelled, BatchResult
from arapp.core.services.letters import PRINTED
from arapp.documents.combine import combine_pdfs
from arapp.documents.parallel import render_all
from arapp.documents.render import render_document
from arapp.printing import PrintError, paper_size_of
from arapp.ui import display
from arapp.ui.i18n.labels import letter_kind_name
from arapp.ui.letters.print_preview import PdfPreview
from arapp.ui.letters.print_progress import PrintCancelled, print_with_progress
from arapp.ui.ops.long_op import Cancelled, Progress, run_with_progress
from arapp.ui.ops.query import run_query, show_failure
from arapp.ui.widgets.messages import show_user_error, user_message

CUSTOMER, CODE, KIND, AMOUNT = range(4)


def make_letters_due(
    parent: QWidget | None,
    shop: Shop,
    folder: Path,
    as_of: date,
    only: Collection[tuple[int, str]] | None = None,
) -> BatchResult:
    """Make and record the letters due on ``as_of`` (``only`` those ``(customer id,
    kind)`` pairs, when given) into ``folder``; raises Cancelled, or UserError when the
    folder cannot take them (then nothing is recorded)."""

    def work(progress: Progress) -> BatchResult:
        try:
            return shop.letter_batch.run(
                as_of,
                folder,
                render_all=render_all,
                combine=combine_pdfs,
                progress=progress,
                only=only,
            )
        except BatchCancelled:
            raise Cancelled from None

    return run_with_progress(
        parent,
        QCoreApplication.translate("LettersDue", "Letters due"),
        QCoreApplication.translate("LettersDue", "Preparing the letters…"),
        shop,
        work,
    )


class LettersDueDialog(QDialog):
    """The letters due on ``as_of``, each ticked, with a preview of the current one.
    ``make_letters(folder)`` makes the ticked ones; ``result`` is then the batch."""

    def __init__(
        self, shop: Shop, due: Sequence[LetterDue], as_of: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.due = list(due)
        self.as_of = as_of
        self.result_batch: BatchResult | None = None
        self._request = 0
        currency = shop.settings.currency

        self.intro = QLabel(
            arg(
                QCoreApplication.translate(
                    "LettersDue",
                    "Letters due on %1. Untick a letter that should not go out now: it stays due. Each letter made is recorded and saved as a PDF file, with one combined file for printing.",  # noqa: E501
                ),
                display.day(as_of),
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels(
            [
                QCoreApplication.translate("LettersDue", "Customer"),
                QCoreApplication.translate("LettersDue", "Code"),
                QCoreApplication.translate("LettersDue", "Letter"),
                QCoreApplication.translate("LettersDue", "Amount"),
            ]
        )
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        for entry in self.due:
            name = shop.customers.get(entry.customer_id).name
            item = QTreeWidgetItem(
                self.table,
                [
                    name,
                    display.ltr(entry.code),
                    letter_kind_name(entry.kind),
                    display.money(entry.amount, currency),
                ],
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(CUSTOMER, Qt.CheckState.Checked)
        self.all_button = QPushButton(QCoreApplication.translate("LettersDue", "Tick all"), self)
        self.none_button = QPushButton(QCoreApplication.translate("LettersDue", "Untick all"), self)
        self.count_label = QLabel(self)
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        ticks.addWidget(self.count_label)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(ticks)
        left_layout.addWidget(self.table, 1)

        self.preview_label = QLabel(
            QCoreApplication.translate("LettersDue", "Choose a letter to see it."), self
        )
        self.preview_label.setWordWrap(True)
        self.preview = PdfPreview(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.buttons = QDialogButtonBox(self)
        self.make_button = QPushButton(
            QCoreApplication.translate("LettersDue", "Make the ticked letters…"), self
        )
        self.make_button.setDefault(True)
        self.buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("LettersDue", "Cancel"))
        self.make_button.clicked.connect(lambda: self.make_letters())
        self.buttons.rejected.connect(self.reject)
        self.all_button.clicked.connect(lambda: self.tick_all(True))
        self.none_button.clicked.connect(lambda: self.tick_all(False))
        self.table.itemChanged.connect(lambda *_: self._count())
        self.table.currentItemChanged.connect(lambda current, _old: self._preview(current))

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(QCoreApplication.translate("LettersDue", "Letters due"))
        self.resize(1080, 640)
        self._count()
        if self.due:
            self.table.setCurrentItem(self.table.topLevelItem(0))

    # -- ticks -------------------------------------------------------------------------
    def tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for row in range(self.table.topLevelItemCount()):
            self.table.topLevelItem(row).setCheckState(CUSTOMER, state)

    def set_ticked(self, row: int, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.table.topLevelItem(row).setCheckState(CUSTOMER, state)

    def ticked(self) -> list[LetterDue]:
        return [
            entry
            for row, entry in enumerate(self.due)
            if self.table.topLevelItem(row).checkState(CUSTOMER) == Qt.CheckState.Checked
        ]

    def _count(self) -> None:
        ticked = len(self.ticked())
        self.count_label.setText(
            arg(
                QCoreApplication.translate("LettersDue", "%1 of %2 letters ticked"),
                str(ticked),
                str(len(self.due)),
            )
        )
        self.make_button.setEnabled(ticked > 0)

    # -- preview -----------------------------------------------------------------------
    def _preview(self, item: QTreeWidgetItem | None) -> None:
        """Draft and render the current letter off the UI thread (records nothing)."""
        self._request += 1
        request = self._request
        if item is None:
            self.preview.clear()
            return
        entry = self.due[self.table.indexOfTopLevelItem(item)]
        self.preview_label.setText(
            QCoreApplication.translate("LettersDue", "Preparing the preview…")
        )
        as_of = self.as_of

        def prepare() -> bytes:
            return render_document(self.shop.letter_drafts.for_due(entry, as_of).data)

        def show(pdf: bytes) -> None:
            if not isValid(self) or request != self._request:
                return
            self.preview.set_pdf(pdf)
            self.preview_label.setText(
                arg(
                    QCoreApplication.translate("LettersDue", "Preview: %1 to %2"),
                    letter_kind_name(entry.kind),
                    item.text(CUSTOMER),
                )
            )

        def failed(exc: BaseException) -> None:
            if not isValid(self) or request != self._request:
                return
            if not isinstance(exc, UserError):
                show_failure(self)(exc)  # a bug: to the exception hook
                return
            self.preview.clear()
            self.preview_label.setText(user_message(exc))

        self.previewing = run_query(self.shop, prepare, show, failed)

    # -- making ------------------------------------------------------------------------
    def make_letters(self, folder: Path | None = None) -> bool:
        """Make the ticked letters into ``folder`` (asked for when None); accept the
        dialog when they were made."""
        ticked = self.ticked()
        if not ticked:
            return False
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, QCoreApplication.translate("LettersDue", "Folder for today's letters")
            )
            if not chosen:
                return False
            folder = Path(chosen)
        only = [(entry.customer_id, entry.kind) for entry in ticked]
        try:
            result = make_letters_due(self, self.shop, folder, self.as_of, only)
        except Cancelled:
            return False
        except UserError as exc:  # the folder is a file or cannot be written: nothing recorded
            show_user_error(self, exc)
            return False
        self.result_batch = result
        self.accept()
        return True


def print_letters(parent: QWidget | None, shop: Shop, result: BatchResult) -> int | None:
    """Print the batch's combined file with progress and Cancel and say how it went;
    the pages printed, or None when nothing was printed."""
    assert result.combined is not None
    pdf = result.combined.read_bytes()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(paper_size_of(pdf))
    printer.setDocName(result.combined.name)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    return print_letters_on(parent, shop, result, printer)


def print_letters_on(
    parent: QWidget | None, shop: Shop, result: BatchResult, printer: QPrinter
) -> int | None:
    assert result.combined is not None
    title = QCoreApplication.translate("LettersDue", "Letters due")
    try:
        pages = print_with_progress(parent, result.combined.read_bytes(), printer, title)
    except PrintCancelled as stopped:
        if stopped.pages_sent:
            said = arg(
                QCoreApplication.translate(
                    "LettersDue",
                    "Printing was stopped: %1 of %2 pages were sent to the printer, the rest were not.",  # noqa: E501
                ),
                str(stopped.pages_sent),
                str(stopped.pages_total),
            )
        else:
            said = QCoreApplication.translate(
                "LettersDue", "Printing was cancelled; nothing was sent to the printer."
            )
        QMessageBox.information(parent, title, said)
        return None
    except PrintError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("LettersDue", "Not printed"), user_message(exc)
        )
        return None
    try:
        shop.letters.mark_delivered(result.document_ids, PRINTED)
    except UserError as exc:
        show_user_error(parent, exc)
    where = printer.outputFileName() or printer.printerName()
    QMessageBox.information(
        parent,
        title,
        arg(
            QCoreApplication.translate("LettersDue", "%1 letters (%2 pages) were sent to %3."),
            str(len(result.files)),
            str(pages),
            display.ltr(where),
        ),
    )
    return pages


def letters_due_flow(parent: QWidget, shop: Shop) -> BatchResult | None:
    """List today's letters, make the ticked ones, say where they are, offer to print."""
    title = QCoreApplication.translate("LettersDue", "Letters due")
    today = date.today()
    due = shop.letters.letters_due(today)
    if not due:
        QMessageBox.information(
            parent, title, QCoreApplication.translate("LettersDue", "No letters are due today.")
        )
        return None
    dialog = LettersDueDialog(shop, due, today, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_batch is None:
            return None
        result = dialog.result_batch
    finally:
        dialog.deleteLater()
    assert result.combined is not None
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Information)
    done = QCoreApplication.translate(
        "LettersDue",
        "%1 letters were made and recorded.\nFolder: %2\nCombined file for printing: %3",
    )
    box.setText(
        arg(
            done,
            str(len(result.files)),
            display.ltr(str(result.combined.parent)),
            display.ltr(result.combined.name),
        )
    )
    print_button = box.addButton(
        QCoreApplication.translate("LettersDue", "Print all…"), QMessageBox.ButtonRole.AcceptRole
    )
    folder_button = box.addButton(
        QCoreApplication.translate("LettersDue", "Open the folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close).setText(
        QCoreApplication.translate("LettersDue", "Close")
    )
    box.exec()
    if box.clickedButton() is print_button:
        print_letters(parent, shop, result)
    elif box.clickedButton() is folder_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.combined.parent)))
    return result
