"""Opening the shop's SQLite database: pragmas a ledger needs, then migrations."""

from __future__ import annotations

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


def close_database(db: SqliteDatabase) -> None:
    if not db.is_closed():
        db.close()
