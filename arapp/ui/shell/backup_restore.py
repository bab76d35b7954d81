"""File → Back up the shop… and File → Restore from a backup…, over the same calls as
``arapp backup`` and ``arapp restore`` (``Shop.backup``, ``Shop.verify_backup``,
``Shop.restore``).

A backup is written while the shop stays open (SQLite's online backup). A restore
replaces the open shop, so it is checked first (a file that is not a sound backup is
refused before anything is closed), confirmed, and then done by the app's session, which
closes the shop and its window, replaces the file and opens it again
(:meth:`arapp.ui.app.ShopSession.restore`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from arapp.core.errors import UserError
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.ui.display import ltr
from arapp.ui.ops.query import run_query
from arapp.ui.widgets.messages import show_user_error


def default_backup_folder(db_path: Path | str | None) -> Path:
    """Beside the shop file, in "backups": where the owner will look for them."""
    return (Path(db_path).parent if db_path else Path.home()) / "backups"


def back_up(parent: QWidget, shop: Shop) -> None:
    """Ask for a folder, write a verified copy of the shop there, say where it went."""
    start = default_backup_folder(shop.path)
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("BackupRestore", "Back up the shop into…"),
        str(start if start.exists() else start.parent),
    )
    if not folder:
        return
    run_query(
        shop,
        lambda: shop.backup(Path(folder)),
        lambda written: QMessageBox.information(
            parent,
            QCoreApplication.translate("BackupRestore", "Backup written"),
            arg(
                QCoreApplication.translate(
                    "BackupRestore",
                    "The shop was copied to %1. Keep a copy away from this computer too.",
                ),
                ltr(str(written)),
            ),
        ),
        parent=parent,
    )


def choose_backup(
    parent: QWidget, db_path: Path | str | None, shop: Shop | None = None
) -> Path | None:
    """Ask for a backup — from the shop's automatic backups when it has any, else (or on
    "Another file…") a file — check it, and confirm that it replaces the open shop.
    Returns the confirmed backup, or None (cancelled or refused, with a message)."""
    if shop is not None:
        from arapp.ui.security.password_prompt import Asked, password_given

        if not password_given(parent, shop, Asked.RESTORE):
            return None
    entries = shop.backups.available() if shop is not None and shop.can_share_threads else []
    if entries:
        from PySide6.QtWidgets import QDialog

        from arapp.ui.shell.restore_dialog import RestoreDialog

        assert shop is not None
        dialog = RestoreDialog(entries, shop.backups.folder, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            backup = dialog.chosen
        finally:
            dialog.deleteLater()
        if backup is None:  # "Another file…"
            backup = _ask_for_file(parent, db_path)
    else:
        backup = _ask_for_file(parent, db_path)
    if backup is None:
        return None
    try:
        Shop.verify_backup(backup)
    except UserError as exc:
        show_user_error(parent, exc)
        return None
    if not confirm_restore(parent, backup):
        return None
    return backup


def _ask_for_file(parent: QWidget, db_path: Path | str | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BackupRestore", "Restore from a backup"),
        str(default_backup_folder(db_path)),
        QCoreApplication.translate("BackupRestore", "arapp backups (*.sqlite3);;All files (*)"),
    )
    return Path(name) if name else None


def confirm_restore(parent: QWidget, backup: Path) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("BackupRestore", "Restore from a backup"))
    box.setText(
        arg(
            QCoreApplication.translate(
                "BackupRestore", "Replace everything in the shop with the backup %1?"
            ),
            ltr(backup.name),
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "BackupRestore",
            "What was recorded after that backup was made will no longer show. The shop "
            "as it is now is kept as a copy beside the shop file. Open windows are closed "
            "and the shop opens again.",
        )
    )
    restore = box.addButton(
        QCoreApplication.translate("BackupRestore", "Restore"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore
