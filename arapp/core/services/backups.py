"""Automatic backups (issue #21): once a day when the app starts and again when it closes,
each verified, rotated, in the per-user data folder and optionally in a second folder (a
USB stick or a synced folder); and the warnings the owner must see (no recent backup, a
second folder that cannot be written).

Reached as ``shop.backups``. The policy (how many to keep, the second folder) is a shop
setting. A sample shop is not backed up: its customers are made up.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from arapp.core.errors import InvalidField, UserError
from arapp.core.services import clock
from arapp.core.services.backup import (
    backup_database,
    backup_time,
    copy_file_backup,
    verify_backup,
)
from arapp.core.services.backup_rotation import (
    STALE_AFTER_DAYS,
    BackupEntry,
    BackupPolicy,
    to_keep,
)

if TYPE_CHECKING:
    from arapp.core.services import Shop

KEY_KEEP_DAILY = "backup.keep_daily"
KEY_KEEP_MONTHLY = "backup.keep_monthly"
KEY_SECOND_FOLDER = "backup.second_folder"


def backups_root() -> Path:
    """Where automatic backups live: ``backups`` in the per-user data folder."""
    from platformdirs import user_data_dir

    from arapp.core.paths import APP_NAME

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "backups"


def automatic_folder(db_path: Path, root: Path | None = None) -> Path:
    """The automatic backups of the shop at ``db_path``: a folder of its own under
    :func:`backups_root`, named after the file and a short hash of its full path (two
    shops called ``shop.sqlite3`` in two folders must not share, and rotate, one set)."""
    import hashlib  # here: OpenSSL takes a moment to load, and start-up does not need it

    full = os.path.normcase(os.path.abspath(db_path))
    tag = hashlib.sha256(full.encode("utf-8")).hexdigest()[:8]
    return (root or backups_root()) / f"{Path(db_path).stem}-{tag}"


def list_backups(folder: Path) -> list[BackupEntry]:
    """The backups in ``folder`` (by their names), newest first; none if it is missing."""
    try:
        paths = list(folder.iterdir())
    except OSError:
        return []
    entries = [BackupEntry(p, made) for p in paths if (made := backup_time(p)) is not None]
    return sorted(entries, key=lambda e: (e.made, e.path.name), reverse=True)


def latest_good_backup(db_path: Path, root: Path | None = None) -> BackupEntry | None:
    """The newest automatic backup of the shop at ``db_path`` that passes its checks (for
    a shop file found damaged at start, when its own settings cannot be read)."""
    for entry in list_backups(automatic_folder(db_path, root)):
        try:
            verify_backup(entry.path)
        except UserError:
            continue
        return entry
    return None


@dataclass(frozen=True, slots=True)
class BackupRun:
    """What one automatic run did: the backup written (None: none was due, or it
    failed), and the problems met, as messages for the owner."""

    written: Path | None = None
    problems: tuple[UserError, ...] = field(default=())


class BackupService:
    def __init__(self, shop: Shop, root: Path | None = None) -> None:
        self.shop = shop
        self.root = root

    # -- policy --------------------------------------------------------------------------
    def policy(self) -> BackupPolicy:
        settings = self.shop.settings
        default = BackupPolicy()
        return BackupPolicy(
            keep_daily=_int(settings.get_value(KEY_KEEP_DAILY), default.keep_daily),
            keep_monthly=_int(settings.get_value(KEY_KEEP_MONTHLY), default.keep_monthly),
            second_folder=settings.get_value(KEY_SECOND_FOLDER, ""),
        )

    def save_policy(self, policy: BackupPolicy) -> None:
        """``InvalidField`` for counts out of range or a second folder that is not a
        full path (or is the automatic folder itself)."""
        if not 1 <= policy.keep_daily <= 366:
            raise InvalidField("{field} must be between {low} and {high}",
                               input_field="keep_daily", field="Daily backups kept",
                               low=1, high=366)
        if not 0 <= policy.keep_monthly <= 120:
            raise InvalidField("{field} must be between {low} and {high}",
                               input_field="keep_monthly", field="Monthly backups kept",
                               low=0, high=120)
        second = policy.second_folder.strip()
        if second and not Path(second).is_absolute():
            raise InvalidField("{field} must be a full path to a folder",
                               input_field="second_folder", field="Second backup folder")
        if second and self.shop.can_share_threads and Path(second) == self.folder:
            raise InvalidField("{field} must be a folder other than the automatic one",
                               input_field="second_folder", field="Second backup folder")
        settings = self.shop.settings
        settings.set_value(KEY_KEEP_DAILY, str(policy.keep_daily))
        settings.set_value(KEY_KEEP_MONTHLY, str(policy.keep_monthly))
        settings.set_value(KEY_SECOND_FOLDER, second)

    # -- folders and files ---------------------------------------------------------------
    @property
    def folder(self) -> Path:
        return automatic_folder(Path(self.shop.path), self.root)

    def second_folder(self) -> Path | None:
        second = self.policy().second_folder
        return Path(second) if second else None

    def available(self) -> list[BackupEntry]:
        """Every automatic backup of this shop, in its folder and the second one, newest
        first (what the restore dialog lists)."""
        entries = list_backups(self.folder)
        second = self.second_folder()
        if second is not None:
            entries += list_backups(second)
        return sorted(entries, key=lambda e: (e.made, e.path.name), reverse=True)

    def latest(self) -> BackupEntry | None:
        entries = self.available()
        return entries[0] if entries else None

    # -- the automatic run ----------------------------------------------------------------
    def applies(self) -> bool:
        """Whether this shop is backed up automatically: a file, and not a sample."""
        return self.shop.can_share_threads and not self.shop.info.is_sample()

    def due(self, at_exit: bool, now: datetime | None = None) -> bool:
        """At start: when no backup was made today. At exit: when the shop file changed
        since the newest backup (a look at the shop needs no second copy of it)."""
        if not self.applies():
            return False
        now = now or clock.now()
        newest = next(iter(list_backups(self.folder)), None)
        if newest is None:
            return True
        if not at_exit:
            return newest.made.date() < now.date()
        return _last_change(Path(self.shop.path)) > newest.path.stat().st_mtime

    def run(self, at_exit: bool = False, now: datetime | None = None) -> BackupRun:
        """Make the automatic backup if it is due (see :meth:`due`), copy it to the second
        folder, rotate both. Never raises for the owner's files: problems are returned."""
        if not self.due(at_exit, now):
            return BackupRun()
        policy = self.policy()
        problems: list[UserError] = []
        try:
            written: Path | None = backup_database(Path(self.shop.path), self.folder, now=now)
        except UserError as exc:
            return BackupRun(None, (exc,))
        _rotate(self.folder, policy)
        second = self.second_folder()
        if second is not None and written is not None:
            try:
                copy_file_backup(written, second)
                _rotate(second, policy)
            except UserError:
                problems.append(SecondFolderUnwritable(str(second)))
        return BackupRun(written, tuple(problems))

    def warnings(self, now: datetime | None = None) -> list[UserError]:
        """What the owner must be told about backups now: none made yet, the newest older
        than a week, a second folder that cannot be written. Empty when all is well (and
        for a sample shop)."""
        if not self.applies():
            return []
        now = now or clock.now()
        found: list[UserError] = []
        latest = self.latest()
        if latest is None:
            found.append(UserError("This shop has no backup yet"))
        elif now - latest.made > timedelta(days=STALE_AFTER_DAYS):
            found.append(UserError(
                "The newest backup of this shop is from {day}, {days} days ago",
                day=latest.made.date(), days=(now.date() - latest.made.date()).days,
            ))
        second = self.second_folder()
        if second is not None and not _writable(second):
            found.append(SecondFolderUnwritable(str(second)))
        return found


class SecondFolderUnwritable(UserError):
    def __init__(self, path: str) -> None:
        super().__init__(
            "The second backup folder {path} cannot be written to; check that the USB "
            "stick or the synced folder is there",
            path=path,
        )


def _rotate(folder: Path, policy: BackupPolicy) -> None:
    entries = list_backups(folder)
    keep = to_keep(entries, policy)
    for entry in entries:
        if entry.path not in keep:
            with contextlib.suppress(OSError):  # else kept until the next rotation
                entry.path.unlink()


def _writable(folder: Path) -> bool:
    if not folder.is_dir():
        return False
    probe = folder / f".arapp-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return False
    return True


def _last_change(db_path: Path) -> float:
    times = []
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            times.append(db_path.with_name(db_path.name + suffix).stat().st_mtime)
    return max(times, default=0.0)


def _int(text: str, default: int) -> int:
    try:
        return int(text)
    except ValueError:
        return default
