"""Opening the shop file when the app starts (issue #21): a quick integrity check first;
a damaged file is not opened, and the owner is offered the latest good backup instead; a
file open in another copy of arapp, or from a newer arapp, is a message naming why.

SQLite's quick check reads every page: a few milliseconds for a shop of a few thousand
customers, but seconds (a minute from a cold disk) for a 400 MB file of 100,000. A file
larger than :data:`CHECK_BEFORE_OPENING_BYTES` is therefore checked just after the window
shows, off the UI thread (:mod:`arapp.ui.shell.backup_status`), and the same offer follows
if it fails."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from arapp.core.errors import DamagedShopFile, ShopFileError, UserError
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.ui import display
from arapp.ui.widgets.messages import user_message

log = logging.getLogger("arapp.ui")

CHECK_BEFORE_OPENING_BYTES = 64 * 1024 * 1024


def checked_later(path: Path) -> bool:
    """Whether the file is big enough to be checked after the window shows."""
    try:
        return path.stat().st_size > CHECK_BEFORE_OPENING_BYTES
    except OSError:
        return False


def open_checked(path: Path) -> Shop:
    """The shop at ``path``, opened and quick-checked (unless :func:`checked_later`);
    ``DamagedShopFile`` if it fails."""
    shop = Shop.open_quickly(path)
    if not checked_later(path) and not shop.quick_check():
        shop.close()
        raise DamagedShopFile(str(path))
    return shop


def open_at_start(path: Path, parent: QWidget | None = None) -> Shop | None:
    """The shop to show, or None (the owner was told why, or chose to quit)."""
    try:
        return open_checked(path)
    except DamagedShopFile as exc:
        log.warning("damaged shop file: %s", exc.template)
        return offer_backup(path, parent)
    except ShopFileError as exc:  # in use elsewhere, from a newer arapp, cannot be opened
        log.warning("cannot open the shop file: %s", exc.template)
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("StartChecks", "Cannot open the shop file"),
            user_message(exc),
        )
        return None


def offer_backup(path: Path, parent: QWidget | None = None) -> Shop | None:
    """Say the file is damaged; offer the newest backup that passes its checks. The
    damaged file is kept beside the shop (the restore keeps it byte for byte)."""
    good = ask_to_restore(path, parent, at_start=True)
    if good is None:
        return None
    try:
        kept = Shop.restore(good, path)
        log.info(
            "restored a damaged shop file from %s (kept: %s)",
            good.name,
            kept.name if kept else None,
        )
        return open_checked(path)
    except UserError as exc:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("StartChecks", "Cannot open the shop file"),
            user_message(exc),
        )
        return None


def ask_to_restore(
    path: Path, parent: QWidget | None = None, *, at_start: bool = False
) -> Path | None:
    """The damaged-file message; the backup the owner chose to restore, or None. At start
    the other choice closes arapp; in the window it leaves the shop as it is."""
    from arapp.core.services.backups import latest_good_backup

    good = latest_good_backup(path)
    said = arg(
        QCoreApplication.translate(
            "StartChecks", "The shop file %1 is damaged, so it was not opened."
        )
        if at_start
        else QCoreApplication.translate(
            "StartChecks", "The shop file %1 is damaged: a check found errors in it."
        ),
        display.ltr(str(path)),
    )
    if good is None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("StartChecks", "The shop file is damaged"),
            said
            + "\n\n"
            + QCoreApplication.translate(
                "StartChecks",
                "There is no backup of it on this computer to bring back. If you keep backups "
                "elsewhere (a USB stick), start arapp and choose File › Restore from a backup; "
                "keep the damaged file for a technician.",
            ),
        )
        return None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("StartChecks", "The shop file is damaged"))
    box.setText(said)
    made = f"{display.day(good.made.date())} {good.made:%H:%M}"
    box.setInformativeText(
        arg(
            QCoreApplication.translate(
                "StartChecks",
                "The newest good backup is from %1. Restore it? What was recorded after it will "
                "be missing; the damaged file is kept beside the shop file.",
            ),
            display.ltr(made),
        )
    )
    restore = box.addButton(
        QCoreApplication.translate("StartChecks", "Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("StartChecks", "Close arapp")
        if at_start
        else QCoreApplication.translate("StartChecks", "Not now"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(restore)
    box.exec()
    return good.path if box.clickedButton() is restore else None
