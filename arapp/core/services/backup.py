"""Backups of the shop database and restoring one (issue #21).

A backup is made with SQLite's online backup API, so it is consistent while the app has
the shop open; it is written under a temporary name, switched to a rollback journal (a WAL
file cannot even be read on a read-only medium, a USB stick write-protected or a CD),
verified — SQLite's integrity check and the ledger invariants of ``arapp check`` — and only
then given its final name. Names carry the time to the microsecond and are never reused, so
two backups (or two restores) in one second keep both copies.

A restore first keeps the shop as it is beside it (``*.before-restore-<time>``): through
SQLite when the file is sound, byte for byte when it is damaged (a damaged file is exactly
when a restore is needed). The backup is copied in under a temporary name and renamed over
the shop file, after the old file's ``-wal`` and ``-shm`` are gone: an old WAL beside a new
file would be replayed into it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from arapp.core.errors import UserError
from arapp.core.private_files import (
    create_private_file,
    make_private,
    make_shop_files_private,
    private_folder,
)
from arapp.core.store.migrations import SCHEMA_VERSION

_REQUIRED_TABLES = {"customer", "debit", "credit", "allocation", "setting"}
BACKUP_PREFIX = "arapp-backup-"
BACKUP_SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S-%f"
_COMPANIONS = ("-wal", "-shm", "-journal")


def backup_name(made: datetime) -> str:
    return f"{BACKUP_PREFIX}{made.strftime(_STAMP)}{BACKUP_SUFFIX}"


def backup_time(path: Path) -> datetime | None:
    """When the backup at ``path`` was made, read from its name (None: not a backup's
    name). Names from before microseconds (``…-HHMMSS[-n].sqlite3``) are read too."""
    name = path.name
    if not (name.startswith(BACKUP_PREFIX) and name.endswith(BACKUP_SUFFIX)):
        return None
    stamp = name[len(BACKUP_PREFIX):-len(BACKUP_SUFFIX)]
    for pattern, size in ((_STAMP, 22), ("%Y%m%d-%H%M%S", 15)):
        with suppress(ValueError):
            return datetime.strptime(stamp[:size], pattern)
    return None


def backup_database(db_path: Path, to_dir: Path, *, now: datetime | None = None) -> Path:
    """Write a verified copy of ``db_path`` into ``to_dir`` (made if needed, private);
    return the new file's path. ``UserError`` when there is no shop file, ``to_dir`` is not
    a usable folder, the disk is full, or the copy fails its checks — and then no file is
    left behind."""
    if not db_path.is_file():
        raise UserError("There is no database at {path}", path=str(db_path))
    made = now or datetime.now()
    return _write_verified(to_dir, made, lambda partial: copy_database(db_path, partial))


def copy_file_backup(backup: Path, to_dir: Path) -> Path:
    """A verified backup copied into a second folder (a USB stick, a synced folder) under
    the same name; verified again there. ``UserError`` if the folder cannot take it."""
    made = backup_time(backup) or datetime.now()

    def copy(partial: Path) -> None:
        shutil.copyfile(backup, partial)
        _sync(partial)

    return _write_verified(to_dir, made, copy)


def _write_verified(to_dir: Path, made: datetime, fill: Callable[[Path], None]) -> Path:
    """The one way a backup file comes to be: ``fill`` writes a private partial file in
    ``to_dir``, which is verified, then published under the backup's name for ``made``.
    Nothing is left behind when any step fails (``UserError`` for a folder or disk that
    cannot take it)."""
    _writable_folder(to_dir)
    partial = to_dir / f".{backup_name(made)}.part"
    try:
        create_private_file(partial)
        fill(partial)
        verify_backup(partial)
        return _publish(partial, to_dir, made)
    except OSError as exc:
        raise UserError(
            "The backup could not be written to {path}: {reason}",
            path=str(to_dir), reason=exc.strerror or str(exc),
        ) from exc
    finally:
        _remove_with_companions(partial)


def verify_backup(path: Path) -> int:
    """Raise UserError unless ``path`` is a sound arapp database — SQLite's integrity
    check, arapp's tables, a schema this version opens and, at this version's schema, the
    ledger invariants of ``arapp check``. Reads only: works on a read-only medium. Returns
    the file's schema version."""
    if not path.is_file():
        raise UserError("There is no backup file at {path}", path=str(path))
    try:
        with _read_only(path) as con:
            if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise UserError("{name} is damaged (integrity check failed)", name=path.name)
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
            if not tables >= _REQUIRED_TABLES or version < 1:
                raise UserError("{name} is not an arapp backup", name=path.name)
            if version > SCHEMA_VERSION:
                raise UserError(
                    "{name} was made by a newer arapp (schema {version})",
                    name=path.name, version=version,
                )
            # An older file's tables are not the invariants' tables yet; it is checked
            # when it opens, after its migrations.
            problems = _ledger_problems(con) if version == SCHEMA_VERSION else []
    except sqlite3.DatabaseError as exc:
        raise UserError(
            "{name} is not an arapp backup ({reason})", name=path.name, reason=str(exc)
        ) from exc
    if problems:
        raise UserError(
            "{name} does not pass the ledger checks: {problem}",
            name=path.name, problem=problems[0],
        )
    return version


def restore_database(backup: Path, db_path: Path) -> Path | None:
    """Replace the shop file at ``db_path`` with ``backup`` after verifying it. The shop
    as it was is first kept beside it as ``*.before-restore-<time>`` (its path is returned;
    None when there was no file). The shop must not be open (the caller holds its lock)."""
    verify_backup(backup)
    folder = db_path.parent
    _writable_folder(folder)
    staged = folder / f".{db_path.name}.restoring"
    try:
        kept = keep_current(db_path) if db_path.exists() else None
        create_private_file(staged)
        copy_database(backup, staged, source_read_only=True)
        for suffix in _COMPANIONS:
            with suppress(FileNotFoundError):
                db_path.with_name(db_path.name + suffix).unlink()
        os.replace(staged, db_path)
        make_shop_files_private(db_path)
    except OSError as exc:
        raise UserError(
            "The backup could not be written to {path}: {reason}",
            path=str(db_path), reason=exc.strerror or str(exc),
        ) from exc
    finally:
        _remove_with_companions(staged)
    return kept


def keep_current(db_path: Path) -> Path:
    """Copy the shop file to a new ``*.before-restore-<time>`` beside it; return it.
    A sound file is copied through SQLite (its WAL included), and then its WAL is
    checkpointed away; a damaged one byte for byte, with its ``-wal`` beside the copy."""
    kept = _unique_kept_name(db_path)
    try:
        copy_database(db_path, kept)
        _checkpoint(db_path)
    except sqlite3.DatabaseError:
        shutil.copyfile(db_path, kept)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            wal_copy = kept.with_name(kept.name + "-wal")
            create_private_file(wal_copy)
            shutil.copyfile(wal, wal_copy)
    _sync(kept)
    return kept


def copy_database(source: Path, target: Path, *, source_read_only: bool = False) -> None:
    """SQLite's online backup of ``source`` into ``target`` (an empty or new file), left in
    rollback-journal mode and synced to disk."""
    src = _connect_source(source) if source_read_only else sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    make_private(target)
    _sync(target)


# -- helpers ------------------------------------------------------------------------------
class _PlainSql:
    """``execute_sql`` over a plain connection, for the checks ``arapp check`` runs."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def execute_sql(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        return self.con.execute(sql, params)


def _ledger_problems(con: sqlite3.Connection) -> list[str]:
    from arapp.core.services.integrity import check_database

    return check_database(_PlainSql(con))


@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    con = _connect_source(path)
    try:
        yield con
    finally:
        con.close()


def _connect_source(path: Path) -> sqlite3.Connection:
    """Read-only. A backup made before they were switched to a rollback journal is in WAL
    mode, which read-only media cannot open that way; such a file (its WAL empty: the
    backup API writes everything into the file) is read as immutable instead."""
    uri = path.resolve().as_uri()
    con = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return con
    except sqlite3.OperationalError:
        con.close()
    return sqlite3.connect(f"{uri}?immutable=1", uri=True)


def _checkpoint(db_path: Path) -> None:
    con = sqlite3.connect(str(db_path))
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def _writable_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise UserError(
            "The backup cannot go into “{path}”: it is a file, not a folder", path=str(folder)
        )
    try:
        private_folder(folder)
    except OSError as exc:
        raise UserError(
            "The folder “{path}” could not be made: {reason}",
            path=str(folder), reason=exc.strerror or str(exc),
        ) from exc


def _publish(partial: Path, folder: Path, made: datetime) -> Path:
    """Rename the verified ``partial`` to a backup name no other file has."""
    for n in range(1, 1000):
        name = backup_name(made)
        if n > 1:
            name = name.removesuffix(BACKUP_SUFFIX) + f"-{n}{BACKUP_SUFFIX}"
        target = folder / name
        try:
            os.link(partial, target)  # fails if the name is taken: nothing is overwritten
        except FileExistsError:
            continue
        except OSError:  # no hard links (FAT): a rename, after looking
            if target.exists():
                continue
            os.replace(partial, target)
        return target
    raise UserError("The backup could not be written to {path}: {reason}",  # pragma: no cover
                    path=str(folder), reason="no free name")


def _unique_kept_name(db_path: Path) -> Path:
    stamp = datetime.now().strftime(_STAMP)
    for n in range(1, 1000):
        kept = db_path.with_name(f"{db_path.name}.before-restore-{stamp}"
                                 + (f"-{n}" if n > 1 else ""))
        if create_private_file(kept, exclusive=True):
            return kept
    raise UserError("The backup could not be written to {path}: {reason}",  # pragma: no cover
                    path=str(db_path.parent), reason="no free name")


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", *_COMPANIONS):
        with suppress(OSError):
            path.with_name(path.name + suffix).unlink()
