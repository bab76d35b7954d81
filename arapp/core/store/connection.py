"""Where the shop file is, and a plain SQLite connection to it, without the ORM.

The desktop app reads its first screen (the business name, the first page of customers)
through this connection and shows the window before peewee is even imported; the ORM then
adopts the very same connection (see :class:`arapp.core.store.db.ShopDatabase`), so reads
and writes on the UI thread always share one connection and one transaction.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from arapp.core.private_files import (
    create_private_file,
    make_shop_files_private,
    private_folder,
)
from arapp.core.store.migrations import SCHEMA_VERSION, SchemaTooNew

APP_NAME = "arapp"
DB_FILENAME = "shop.sqlite3"

#: What a ledger needs: foreign keys enforced; WAL and ``synchronous=FULL`` so that a
#: committed payment survives a power cut; a writer waits up to 5 s for another.
PRAGMAS: dict[str, object] = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -64000,
}
TIMEOUT_S = 5.0


def default_db_path() -> Path:
    """The per-user data folder's shop database (created on first use)."""
    from platformdirs import user_data_dir  # only when no --db was given

    return Path(user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME


def sample_db_path(shop_path: Path | str) -> Path:
    """Where the sample shop of the shop at ``shop_path`` lives: a file of its own beside
    it (``shop.sqlite3`` → ``shop-sample.sqlite3``), so that made-up customers never mix
    with the owner's money records."""
    path = Path(shop_path)
    return path.with_name(f"{path.stem}-sample.sqlite3")


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection as the ORM makes its own: autocommit (transactions are explicit) and
    :data:`PRAGMAS` set."""
    name = str(path)
    prepare_file(name)
    conn = sqlite3.connect(name, timeout=TIMEOUT_S, isolation_level=None)
    try:
        refuse_newer(conn)
        for pragma, value in PRAGMAS.items():
            conn.execute(f"PRAGMA {pragma} = {value}")
        opened(name)
    except Exception:
        conn.close()
        raise
    return conn


def prepare_file(name: str) -> None:
    """Before SQLite opens ``name``: a new shop file is made empty with mode 0600 (in a
    private folder if the folder is new), so that neither it nor the ``-wal``/``-shm``
    files SQLite makes with its mode are readable by other accounts."""
    if name == ":memory:":
        return
    path = Path(name)
    if not path.exists():
        private_folder(path.parent)
        create_private_file(path)


def opened(name: str) -> None:
    """After a shop file opened as one: a file from before the privacy rule is made
    private too (not before, so that a text file given by mistake is left alone)."""
    if name != ":memory:":
        make_shop_files_private(Path(name))


def refuse_newer(conn: sqlite3.Connection) -> None:
    """:class:`SchemaTooNew` for a file from a newer arapp, before anything is written to
    it: switching it to WAL (the first pragma that writes) would already change it. Reading
    the version is also what finds a file that is not a database at all."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"This database was made by a newer arapp (schema {version}); "
            f"this version reads schema {SCHEMA_VERSION} at most."
        )


def is_current(conn: sqlite3.Connection) -> bool:
    """Whether the file is at this version's schema (else the ORM path migrates it)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION
