"""Import customers, invoices and payments from Excel or CSV files after the first run
(File → Import from Excel or CSV…): the first-run wizard's import form in a dialog.

Import runs the files in order, off the UI thread with progress and Cancel; a refused file
lists its rows to fix and stops the run, and the dialog stays open so the owner can fix
the file and press Import again (rows already in the shop are skipped). ``exec()`` returns
Accepted when some import added anything, so the main window knows to refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from arapp.core.services import Shop
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.importing.import_files import ImportOutcome, import_files
from arapp.ui.importing.import_form import ImportFilesForm
from arapp.ui.widgets.placement import place_window


class ImportDialog(Retranslating, QDialog):
    """``imported(added)`` is emitted after an import that added ``added`` > 0 records;
    :attr:`added` counts everything added while the dialog was open."""

    imported = Signal(int)

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.added = 0
        self._busy = False
        self.outcome: ImportOutcome | None = None
        self.form = ImportFilesForm(self)
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self)
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self.form.changed.connect(self._update_import)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        place_window(self, QSize(680, 400), "import")
        self.retranslate()
        self._update_import()

    def _update_import(self) -> None:
        self.import_button.setEnabled(bool(self.form.files()) and not self._busy)

    def run_import(self) -> ImportOutcome | None:
        """Import the chosen files and show what happened; None when none is chosen."""
        files = self.form.files()
        if not files or self._busy:
            return None
        # The work waits in a local event loop: no second run, no closing meanwhile.
        self._busy = True
        self.import_button.setEnabled(False)
        try:
            outcome = import_files(self, self.shop, files)
        finally:
            self._busy = False
            self._update_import()
        self.outcome = outcome
        self.form.show_outcome(
            outcome, lambda: self.tr("%1 was not imported. Fix the file and press Import again.")
        )
        added = sum(result.added for result in outcome.results)
        if added:
            self.added += added
            self.imported.emit(added)
        return outcome

    def reject(self) -> None:
        if not self._busy:  # Escape while importing: the progress dialog's Cancel stops it
            super().reject()

    def done(self, result: int) -> None:
        # Closing after an import that added something still tells the caller to refresh.
        if self.added:
            result = QDialog.DialogCode.Accepted
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import from Excel or CSV"))
        self.import_button.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("Close"))
