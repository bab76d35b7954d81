"""Backups of the shop database and restoring one, using SQLite's online backup API so a
copy is consistent even while the app has the database open."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from arapp.core.errors import UserError
from arapp.core.store.migrations import SCHEMA_VERSION

_REQUIRED_TABLES = {"customer", "debit", "credit", "allocation"}


def backup_database(db_path: Path, to_dir: Path) -> Path:
    """Write a verified copy of ``db_path`` into ``to_dir``; return the new file's path."""
    if not db_path.exists():
        raise UserError("There is no database at {path}", path=str(db_path))
    if to_dir.exists() and not to_dir.is_dir():
        raise UserError("{path} is a file, not a folder: name a folder for the backup",
                        path=str(to_dir))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = to_dir / f"arapp-backup-{stamp}.sqlite3"
    try:
        to_dir.mkdir(parents=True, exist_ok=True)
        n = 1
        while target.exists():
            n += 1
            target = to_dir / f"arapp-backup-{stamp}-{n}.sqlite3"
        _copy(db_path, target)
    except (OSError, sqlite3.Error) as exc:
        # A file named as the folder, a folder not writable, a full disk (issue #21,
        # defect 10): a message, and no empty or partial backup left looking like one.
        if target.is_file():
            target.unlink()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UserError(
            "Cannot write a backup into {folder}: {reason}", folder=str(to_dir), reason=reason
        ) from None
    verify_backup(target)
    return target


def verify_backup(path: Path) -> int:
    """Raise UserError unless ``path`` is a sound arapp database; return its schema."""
    if not path.is_file():
        raise UserError("There is no backup file at {path}", path=str(path))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise UserError("{name} is damaged (integrity check failed)", name=path.name)
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(
            "{name} is not an arapp backup ({reason})", name=path.name, reason=str(exc)
        ) from exc
    if not tables >= _REQUIRED_TABLES or version < 1:
        raise UserError("{name} is not an arapp backup", name=path.name)
    if version > SCHEMA_VERSION:
        raise UserError(
            "{name} was made by a newer arapp (schema {version})", name=path.name, version=version
        )
    return version


def restore_database(backup: Path, db_path: Path) -> Path | None:
    """Replace the database at ``db_path`` with ``backup`` after verifying it. The current
    database is first kept beside it as ``*.before-restore-<time>``; that path is
    returned (None when there was no database yet)."""
    verify_backup(backup)
    kept = None
    if db_path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
        _copy(db_path, kept)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _copy(backup, db_path)
    return kept


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        # SQLite cannot back up into a WAL database of another page size ("attempt to
        # write a readonly database": a backup with 8192-byte pages restored over a shop
        # with 4096, issue #21 defect 10); out of WAL the copy takes the source's size.
        dst.execute("PRAGMA journal_mode = DELETE")
        src.backup(dst)
    finally:
        dst.close()
        src.close()
