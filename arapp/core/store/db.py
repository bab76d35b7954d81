"""Opening the shop's SQLite database: pragmas a ledger needs, then migrations."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import SqliteDatabase
from platformdirs import user_data_dir

from arapp.core.store.migrations import migrate
from arapp.core.store.models import database

APP_NAME = "arapp"
DB_FILENAME = "shop.sqlite3"


def default_db_path() -> Path:
    """The per-user data folder's shop database (created on first use)."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME


def sample_db_path(shop_path: Path | str) -> Path:
    """Where the sample shop of the shop at ``shop_path`` lives: a file of its own beside
    it (``shop.sqlite3`` → ``shop-sample.sqlite3``), so that made-up customers never mix
    with the owner's money records."""
    path = Path(shop_path)
    return path.with_name(f"{path.stem}-sample.sqlite3")


def open_database(path: Path | str) -> SqliteDatabase:
    """Open (creating if needed) and migrate the database at ``path``; ``":memory:"`` for
    tests. Binds the models to it. Foreign keys on; WAL and ``synchronous=FULL`` so a
    committed payment survives a power cut."""
    name = str(path)
    if name != ":memory:":
        Path(name).parent.mkdir(parents=True, exist_ok=True)
    db = SqliteDatabase(
        name,
        pragmas={
            "foreign_keys": 1,
            "journal_mode": "wal",
            "synchronous": "full",
            "busy_timeout": 5000,
            "cache_size": -64000,
        },
    )
    db.connect(reuse_if_open=True)
    database.initialize(db)
    migrate(db)
    return db


@contextmanager
def other_database(path: Path | str) -> Iterator[SqliteDatabase]:
    """Open a second shop file for a moment (to make the sample shop beside the open one).

    The models follow one database at a time (``open_database`` binds them), so inside
    the block every model query goes to ``path``; afterwards the file is closed and the
    models are bound to the database they had before, so that nothing meant for the
    owner's shop lands in the other file.
    """
    previous = database.obj
    db = open_database(path)
    try:
        yield db
    finally:
        close_database(db)
        if previous is not None:
            database.initialize(previous)


def close_database(db: SqliteDatabase) -> None:
    if not db.is_closed():
        db.close()
