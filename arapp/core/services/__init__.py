"""Services: one transaction per user action. The UI and the CLI use these only."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from arapp.core.services.customer_search import CustomerSearch
from arapp.core.services.shop_info import ShopInfo

if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from arapp.core.services.aging_report import AgingService
    from arapp.core.services.confirmations import ConfirmationService
    from arapp.core.services.customers import CustomerService
    from arapp.core.services.invoices import InvoiceService
    from arapp.core.services.letter_batch import LetterBatchService
    from arapp.core.services.letter_drafts import LetterDraftService
    from arapp.core.services.letters import LetterService
    from arapp.core.services.payments import PaymentService
    from arapp.core.services.settings import SettingsService
    from arapp.core.services.statements import StatementService


class Shop:
    """One open shop database and the services over it.

    Services (and the ledger, letter and report code under them) are built on first use.
    A shop opened with :meth:`open_quickly` does not even load the ORM until something
    needs it: :attr:`info` and :attr:`customer_list` read through the plain connection,
    which the ORM adopts when :attr:`db` is first used. That is how the app shows its
    window with the customers in it before peewee is imported.
    """

    def __init__(self, db: SqliteDatabase | None = None, *, path: Path | str = "",
                 connection: sqlite3.Connection | None = None) -> None:
        if db is None and connection is None:
            raise ValueError("a Shop needs a database or a connection")
        self._db = db
        self._path = str(path) if db is None else str(db.database)
        self._connection = connection
        self._closed = False

    @classmethod
    def open(cls, path: Path | str) -> Shop:
        from arapp.core.store.db import open_database

        shop = cls(open_database(path))
        shop.roll_forward()
        return shop

    @classmethod
    def open_quickly(cls, path: Path | str) -> Shop:
        """Open ``path`` without loading the ORM yet, if its schema is this version's;
        otherwise (a new or an older file) open it fully, which migrates it."""
        from arapp.core.store.connection import connect, is_current

        connection = connect(path)
        try:
            current = is_current(connection)
        except sqlite3.DatabaseError:
            connection.close()
            raise
        if not current:
            connection.close()
            return cls.open(path)
        shop = cls(path=path, connection=connection)
        shop.roll_forward()
        return shop

    def roll_forward(self) -> None:
        """Bring the customers' cached balances to today (the first open of a day, or
        after an upgrade). The cache is correct for the day it names whatever that day
        is, so a file that cannot be written now (busy, read-only) is left as it is."""
        from arapp.core.services import clock, ledger_read

        if ledger_read.ledger_day(self.execute) >= clock.today():
            return
        try:
            self.execute("BEGIN IMMEDIATE")
            try:
                ledger_read.roll_forward(self.execute, clock.today())
            except BaseException:
                self.execute("ROLLBACK")
                raise
            self.execute("COMMIT")
        except Exception as exc:  # peewee wraps sqlite3's errors; either may come here
            if not isinstance(exc, sqlite3.OperationalError) and not isinstance(
                exc.__context__, sqlite3.OperationalError
            ):
                raise

    @property
    def db(self) -> SqliteDatabase:
        """The ORM's database (opened on first use, on the connection read so far)."""
        if self._closed:
            # Opening it again would bind the models to this file behind the open one's back.
            raise RuntimeError(f"the shop {self._path} is closed")
        if self._db is None:
            from arapp.core.store.db import open_database

            connection, self._connection = self._connection, None
            self._db = open_database(self._path, connection)
        return self._db

    @property
    def path(self) -> str:
        return self._path

    @property
    def closed(self) -> bool:
        return self._closed

    def execute(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        """Plain SQL on the shop: through the ORM's database once it is open (so that it
        sees the current transaction, on any thread), else on the first connection."""
        if self._closed:
            raise RuntimeError(f"the shop {self._path} is closed")
        if self._db is not None:
            return self._db.execute_sql(sql, params)  # type: ignore[no-any-return]
        assert self._connection is not None
        return self._connection.execute(sql, params)

    @cached_property
    def info(self) -> ShopInfo:
        return ShopInfo(self.execute)

    @cached_property
    def customer_list(self) -> CustomerSearch:
        return CustomerSearch(self.execute)

    @cached_property
    def settings(self) -> SettingsService:
        from arapp.core.services.settings import SettingsService

        return SettingsService(self.db)

    @cached_property
    def customers(self) -> CustomerService:
        from arapp.core.services.customers import CustomerService

        return CustomerService(self.db)

    @cached_property
    def invoices(self) -> InvoiceService:
        from arapp.core.services.invoices import InvoiceService

        return InvoiceService(self.db)

    @cached_property
    def payments(self) -> PaymentService:
        from arapp.core.services.payments import PaymentService

        return PaymentService(self.db)

    @cached_property
    def letters(self) -> LetterService:
        from arapp.core.services.letters import LetterService

        return LetterService(self.db)

    @cached_property
    def letter_drafts(self) -> LetterDraftService:
        from arapp.core.services.letter_drafts import LetterDraftService

        return LetterDraftService(self)

    @cached_property
    def confirmations(self) -> ConfirmationService:
        from arapp.core.services.confirmations import ConfirmationService

        return ConfirmationService(self)

    @cached_property
    def letter_batch(self) -> LetterBatchService:
        from arapp.core.services.letter_batch import LetterBatchService

        return LetterBatchService(self)

    @cached_property
    def statements(self) -> StatementService:
        from arapp.core.services.statements import StatementService

        return StatementService(self.db)

    @cached_property
    def aging(self) -> AgingService:
        from arapp.core.services.aging_report import AgingService

        return AgingService(self.db)

    def close(self) -> None:
        self._closed = True
        if self._db is not None:
            from arapp.core.store.db import close_database

            close_database(self._db)
        elif self._connection is not None:
            self._connection.close()
            self._connection = None
