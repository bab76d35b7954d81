"""File → Restore from a backup…: the automatic backups of this shop, newest first, to
choose one from (or another file), before the check and the confirmation
(:mod:`arapp.ui.shell.backup_restore`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arapp.core.services.backup_rotation import BackupEntry
from arapp.ui import display
from arapp.ui.i18n.retranslate import Retranslating


class RestoreDialog(Retranslating, QDialog):
    """``chosen`` is the backup picked from the list, or None when the owner asked for
    another file (``other_file`` True) or cancelled."""

    def __init__(self, entries: list[BackupEntry], automatic: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = entries
        self.automatic = automatic
        self.chosen: Path | None = None
        self.other_file = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(entries), 3, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._restore())
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        self.other_button = QPushButton(self)
        self.other_button.clicked.connect(self._other)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 480)
        self.retranslate()
        if entries:
            self.table.selectRow(0)
        self._selection_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(self.tr(
            "Choose the backup to bring back. The newest is at the top. Each was checked "
            "when it was made; it is checked again before the restore."
        ))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made on"), self.tr("Folder"), self.tr("Size")]
        )
        for row, entry in enumerate(self.entries):
            made = f"{display.day(entry.made.date())}  {entry.made:%H:%M}"
            where = (self.tr("Automatic backups") if entry.path.parent == self.automatic
                     else display.ltr(str(entry.path.parent)))
            cells = (made, where, self._size(entry.path))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col != 1:
                    item.setTextAlignment(display.NUMBER_ALIGNMENT)
                item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
                self.table.setItem(row, col, item)
        self.restore_button.setText(self.tr("&Restore this backup…"))
        self.other_button.setText(self.tr("&Another file…"))

    def _size(self, path: Path) -> str:
        try:
            size = path.stat().st_size
        except OSError:
            return ""
        return self.tr("%1 MB").replace("%1", f"{size / 1_000_000:.1f}")

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _restore(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = self.entries[rows[0].row()].path
        self.accept()

    def _other(self) -> None:
        self.other_file = True
        self.accept()
