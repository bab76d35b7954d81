"""Opening the shop's SQLite database: pragmas a ledger needs, then migrations."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import SqliteDatabase

from arapp.core.store.audit import current_action, label_transaction
from arapp.core.store.connection import PRAGMAS, TIMEOUT_S, opened, prepare_file, refuse_newer
from arapp.core.store.migrations import migrate
from arapp.core.store.models import database


class ShopDatabase(SqliteDatabase):
    """peewee's SQLite database that can adopt a connection opened before peewee loaded
    (the app's first screen, :mod:`arapp.core.store.connection`): the first connection
    asked for on that connection's thread is that one, with peewee's hooks added; every
    other thread (background work) gets its own as usual."""

    def __init__(self, database: str, *, adopt: sqlite3.Connection | None = None,
                 **kwargs: object) -> None:
        # Every transaction begins IMMEDIATE: a service reads before it writes, and SQLite
        # cannot turn a read transaction into a write once another connection has written
        # meanwhile ("database is locked" at once, whatever the busy timeout). Taking the
        # write lock at BEGIN makes a second writer wait its turn (the busy timeout).
        super().__init__(database, lock_type="IMMEDIATE", **kwargs)
        self._adopt = adopt
        self._adopt_thread = threading.get_ident()

    def _connect(self) -> sqlite3.Connection:
        if self._adopt is not None and threading.get_ident() == self._adopt_thread:
            conn, self._adopt = self._adopt, None
            self._add_conn_hooks(conn)
            return conn
        prepare_file(self.database)
        conn = sqlite3.connect(self.database, timeout=self._timeout, isolation_level=None,
                               **self.connect_params)
        try:
            refuse_newer(conn)  # before the pragmas: WAL would already write to the file
            self._add_conn_hooks(conn)
            opened(self.database)
        except Exception:
            conn.close()
            raise
        return conn

    def begin(self, *args: object, **kwargs: object) -> None:
        super().begin(*args, **kwargs)
        # The audit trail's "which action" (arapp.core.store.audit).
        label_transaction(self.connection(), current_action())


def open_database(
    path: Path | str, connection: sqlite3.Connection | None = None
) -> SqliteDatabase:
    """Open (creating if needed) and migrate the database at ``path``; ``":memory:"`` for
    tests. Binds the models to it. ``connection``, opened on this thread with
    :func:`arapp.core.store.connection.connect`, becomes this thread's connection."""
    name = str(path)
    db = ShopDatabase(name, adopt=connection, pragmas=PRAGMAS, timeout=TIMEOUT_S)
    db.connect(reuse_if_open=True)
    database.initialize(db)
    migrate(db)
    return db


@contextmanager
def other_database(path: Path | str) -> Iterator[SqliteDatabase]:
    """Open a second shop file for a moment (to make the sample shop beside the open one).

    Inside the block, this thread's model queries go to ``path``; every other thread
    keeps the shop it had (a backup or a load running beside it is not redirected).
    Afterwards the file is closed and this thread is back on the open shop.
    """
    db = ShopDatabase(str(path), pragmas=PRAGMAS, timeout=TIMEOUT_S)
    db.connect(reuse_if_open=True)
    try:
        with models_on(db):
            migrate(db)
            yield db
    finally:
        close_database(db)


@contextmanager
def models_on(db: SqliteDatabase) -> Iterator[None]:
    """This thread's model queries go to ``db`` inside the block (for work handed a file
    other than the open shop, on whichever thread it runs)."""
    previous = database.override(db)
    try:
        yield
    finally:
        database.override(previous)


def close_database(db: SqliteDatabase) -> None:
    if not db.is_closed():
        db.close()
