"""The first-run wizard's import page: pick the customers, invoices and payments files,
then import them in that order when the owner presses Finish.

The pickers and their notes are :class:`arapp.ui.importing.import_form.ImportFilesForm`, shared with
the main window's import dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from arapp.core.services import Shop
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.importing.import_files import import_files
from arapp.ui.importing.import_form import FilePicker, ImportFilesForm, intro_text
from arapp.ui.widgets.money_edit import ErrorLabel
from arapp.ui.widgets.wrapping_label import WrappingLabel


class ImportPage(Retranslating, QWizardPage):
    """Finish imports the chosen files; a refused file keeps the wizard on this page."""

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        # The order note is the page's subtitle, so the form leaves it out.
        self.form = ImportFilesForm(self, intro=False)
        self.form.changed.connect(self.completeChanged)
        self.pickers: dict[str, FilePicker] = self.form.pickers
        self.captions: dict[str, QLabel] = self.form.captions
        self.columns_note: WrappingLabel = self.form.columns_note
        self.result_label: WrappingLabel = self.form.result_label
        self.error: ErrorLabel = self.form.error
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.retranslate()

    def files(self) -> dict[str, Path]:
        return self.form.files()

    def isComplete(self) -> bool:
        return bool(self.files())

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        outcome = import_files(self, self.shop, self.files())
        self.form.show_outcome(
            outcome, lambda: self.tr("%1 was not imported. Fix the file and press Finish again.")
        )
        return outcome.ok

    def retranslate(self) -> None:
        self.setTitle(self.tr("Import from Excel or CSV"))
        self.setSubTitle(intro_text())
