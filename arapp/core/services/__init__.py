"""Services: one transaction per user action. The UI and the CLI use these only."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from arapp.core.errors import (
    CannotOpenShopFile,
    DamagedShopFile,
    NewerShopFile,
    ShopFileError,
    ShopFileInUse,
    ShopFileLocked,
)
from arapp.core.services.customer_search import CustomerSearch
from arapp.core.services.shop_info import ShopInfo

if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from arapp.core.demo import DemoSummary
    from arapp.core.services.aging_report import AgingService
    from arapp.core.services.app_password import PasswordService
    from arapp.core.services.backups import BackupService
    from arapp.core.services.case_file import CaseFileService
    from arapp.core.services.cheques import ChequeService
    from arapp.core.services.confirmations import ConfirmationService
    from arapp.core.services.customers import CustomerService
    from arapp.core.services.deposit_lists import DepositListService
    from arapp.core.services.importing import ImportService
    from arapp.core.services.interaction_log import InteractionLogService
    from arapp.core.services.interactions import InteractionService
    from arapp.core.services.invoices import InvoiceService
    from arapp.core.services.kpi import KpiService
    from arapp.core.services.letter_batch import LetterBatchService
    from arapp.core.services.letter_drafts import LetterDraftService
    from arapp.core.services.letters import LetterService
    from arapp.core.services.messaging import MessagingService
    from arapp.core.services.payments import PaymentService
    from arapp.core.services.plans import PlanService
    from arapp.core.services.risk import RiskService
    from arapp.core.services.settings import SettingsService
    from arapp.core.services.statements import StatementService
    from arapp.core.services.today import TodayService
    from arapp.core.store.lock import ShopLock


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
        self._lock: ShopLock | None = None

    @classmethod
    def open(cls, path: Path | str) -> Shop:
        """Open (creating and migrating if needed) the shop file at ``path``; raises a
        :class:`ShopFileError` if the file cannot be used."""
        from arapp.core.store.db import open_database

        with holding(path) as lock, file_errors(path):
            shop = cls(open_database(path))
            shop._lock = lock.take()
            shop.roll_forward()
            return shop

    @classmethod
    def open_quickly(cls, path: Path | str) -> Shop:
        """Open ``path`` without loading the ORM yet, if its schema is this version's;
        otherwise (a new or an older file) open it fully, which migrates it. Raises a
        :class:`ShopFileError` if the file cannot be used."""
        from arapp.core.store.connection import connect, is_current

        with holding(path) as lock:
            with file_errors(path):
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
            shop._lock = lock.take()
            with file_errors(path):
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

    @classmethod
    @contextmanager
    def opened_aside(cls, path: Path | str) -> Iterator[Shop]:
        """Another shop file, open for the block while this process has one open (to make
        the sample shop beside the owner's). Inside the block, this thread's services read
        and write ``path`` (other threads keep the shop they had); afterwards it is closed
        and this thread is back on its shop."""
        from arapp.core.store.db import other_database

        with file_errors(path), other_database(path) as db:
            shop = cls(db)
            try:
                yield shop
            finally:
                shop._closed = True  # other_database closes the file itself

    # -- work on other threads ------------------------------------------------------------
    @property
    def can_share_threads(self) -> bool:
        """Whether work may read this shop on another thread, each thread with its own
        connection (WAL lets them read while the counter writes). Not an in-memory
        database: another connection would see an empty one."""
        return self._path != ":memory:"

    def open_fully(self) -> None:
        """Load the ORM now, on the calling thread (the thread that opened the shop): a
        shop opened with :meth:`open_quickly` hands its first connection to the ORM,
        which must happen on that connection's thread, before other threads use it."""
        self.db  # noqa: B018  (opening is the point)

    def release_thread(self) -> None:
        """Close the calling thread's own connection (peewee keeps one per thread). Work
        on another thread calls it when done; the other threads' connections stay open."""
        if self._db is not None and not self._db.is_closed():
            self._db.close()

    @contextmanager
    def database_errors(self) -> Iterator[None]:
        """Turn the store's errors raised in the block (a locked or damaged file) into
        :class:`ShopFileError`; other errors pass unchanged."""
        with file_errors(self._path):
            yield

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
    def messages(self) -> MessagingService:
        from arapp.core.services.messaging import MessagingService

        return MessagingService(self)

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
    def case_file(self) -> CaseFileService:
        from arapp.core.services.case_file import CaseFileService

        return CaseFileService(self)

    @cached_property
    def plans(self) -> PlanService:
        from arapp.core.services.plans import PlanService

        return PlanService(self)

    @cached_property
    def cheques(self) -> ChequeService:
        from arapp.core.services.cheques import ChequeService

        return ChequeService(self)

    @cached_property
    def deposit_lists(self) -> DepositListService:
        from arapp.core.services.deposit_lists import DepositListService

        return DepositListService(self)

    @cached_property
    def interaction_log(self) -> InteractionLogService:
        from arapp.core.services.interaction_log import InteractionLogService

        return InteractionLogService(self)

    @cached_property
    def interactions(self) -> InteractionService:
        from arapp.core.services.interactions import InteractionService

        return InteractionService(self)

    @cached_property
    def risk(self) -> RiskService:
        from arapp.core.services.risk import RiskService

        return RiskService(self)

    @cached_property
    def statements(self) -> StatementService:
        from arapp.core.services.statements import StatementService

        return StatementService(self.db)

    @cached_property
    def importer(self) -> ImportService:
        # Imported on first use: openpyxl is slow to load and only imports need it.
        from arapp.core.services.importing import ImportService

        return ImportService(self.db)

    def has_customers(self) -> bool:
        from arapp.core.services.customer_search import CustomerQuery

        return self.customer_list.count_matches(CustomerQuery()) > 0

    def make_demo(
        self,
        customers: int = 200,
        seed: int = 1,
        end: date | None = None,
        invoices_per_customer: int = 10,
        progress: Callable[[int, int], None] | None = None,
    ) -> DemoSummary:
        """Fill this (empty) shop with made-up customers and two years of history ending
        on ``end`` (default today); see :func:`arapp.core.demo.make_demo_shop`."""
        from arapp.core.demo import make_demo_shop

        return make_demo_shop(
            self.db,
            customers=customers,
            seed=seed,
            end=end,
            invoices_per_customer=invoices_per_customer,
            progress=progress,
        )

    def quick_check(self) -> bool:
        """SQLite's quick check of the whole file (the start-up check: the page structure
        without the index cross-check that ``check`` adds). False: the file is damaged."""
        try:
            rows = self.execute("PRAGMA quick_check").fetchall()
        except Exception as exc:  # sqlite3's or peewee's error, whichever connection
            if isinstance(shop_file_error(exc, self._path), DamagedShopFile):
                return False
            raise
        return [row[0] for row in rows] == ["ok"]

    def check(self) -> list[str]:
        """Integrity and ledger invariants: every problem found as a readable line; an
        empty list means all is well."""
        from arapp.core.services.integrity import check_database

        return check_database(self.db)

    @cached_property
    def aging(self) -> AgingService:
        from arapp.core.services.aging_report import AgingService

        return AgingService(self.db)

    @cached_property
    def password(self) -> PasswordService:
        """The optional app password (asked at start and before void, restore, settings)."""
        from arapp.core.services.app_password import PasswordService

        return PasswordService(self)

    @cached_property
    def kpi(self) -> KpiService:
        from arapp.core.services.kpi import KpiService

        return KpiService(self)

    @cached_property
    def today(self) -> TodayService:
        from arapp.core.services.today import TodayService

        return TodayService(self)

    # -- backups ----------------------------------------------------------------------------
    @cached_property
    def backups(self) -> BackupService:
        """Automatic backups: the daily run, the policy, the list to restore from and the
        warnings the owner sees."""
        from arapp.core.services.backups import BackupService

        return BackupService(self)

    def backup(self, to_dir: Path | str) -> Path:
        """Write a verified copy of this shop's file into ``to_dir`` (made if needed) while
        it stays open; return the copy's path. ``UserError`` for a shop with no file."""
        from arapp.core.errors import UserError
        from arapp.core.services.backup import backup_database

        if not self.can_share_threads:
            raise UserError("There is no database at {path}", path=self._path)
        with file_errors(self._path):
            return backup_database(Path(self._path), Path(to_dir))

    @staticmethod
    def restore(backup: Path | str, path: Path | str) -> Path | None:
        """Replace the shop file at ``path`` with ``backup`` once it is verified (the shop
        must be closed); the replaced file is kept beside it, and its path returned (None
        when there was none). ``UserError`` for a file that is not a sound arapp backup,
        :class:`ShopFileInUse` while another process has the shop open (this process
        may hold it: the app keeps its lock across the restore)."""
        from arapp.core.services.backup import restore_database

        with holding(path), file_errors(path):
            return restore_database(Path(backup), Path(path))

    @staticmethod
    def verify_backup(backup: Path | str) -> None:
        """Raise ``UserError`` unless ``backup`` is a sound arapp backup this version opens."""
        from arapp.core.services.backup import verify_backup

        verify_backup(Path(backup))

    def close(self) -> None:
        self._closed = True
        try:
            if self._db is not None:
                from arapp.core.store.db import close_database

                close_database(self._db)
            elif self._connection is not None:
                self._connection.close()
                self._connection = None
        finally:
            lock, self._lock = self._lock, None
            if lock is not None:
                lock.release()


class _Holding:
    """The lock :func:`holding` took, until a shop takes it over."""

    def __init__(self, lock: ShopLock | None) -> None:
        self.lock = lock

    def take(self) -> ShopLock | None:
        lock, self.lock = self.lock, None
        return lock


@contextmanager
def holding(path: Path | str) -> Iterator[_Holding]:
    """Hold the shop file at ``path`` for this process for the block (one writer: another
    process that holds it is :class:`ShopFileInUse`); released at the end unless a shop
    took the lock over (``.take()``). An in-memory database has no file to hold."""
    from arapp.core.store.lock import FileInUse, acquire

    if str(path) == ":memory:":
        yield _Holding(None)
        return
    try:
        lock = acquire(Path(path))
    except FileInUse as exc:
        raise ShopFileInUse(str(path), exc.holder.host or "?", _since(exc.holder.since)) \
            from exc
    except OSError as exc:
        raise CannotOpenShopFile(str(path)) from exc
    held = _Holding(lock)
    try:
        yield held
    finally:
        if held.lock is not None:
            held.lock.release()


def _since(stamp: str) -> str:
    """The lock file's ISO time as the owner reads it: 27/11/2026 15:40."""
    from datetime import datetime

    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp or "?"
    return f"{when.day:02d}/{when.month:02d}/{when.year:04d} {when.hour:02d}:{when.minute:02d}"


@contextmanager
def file_errors(path: Path | str) -> Iterator[None]:
    """Re-raise the store's errors about the file at ``path`` as :class:`ShopFileError`."""
    try:
        yield
    except ShopFileError:
        raise
    except Exception as exc:
        error = shop_file_error(exc, str(path))
        if error is None:
            raise
        raise error from exc


def shop_file_error(exc: BaseException, path: str) -> ShopFileError | None:
    """The :class:`ShopFileError` that ``exc`` (from sqlite3, peewee, the migrations or the
    file system) means for the shop file at ``path``, or None if it is something else."""
    migrations = sys.modules.get("arapp.core.store.migrations")
    if migrations is not None and isinstance(exc, migrations.SchemaTooNew):
        return NewerShopFile(path)
    peewee = sys.modules.get("peewee")
    from_store = isinstance(exc, sqlite3.Error) or (
        peewee is not None and isinstance(exc, peewee.DatabaseError)
    )
    if isinstance(exc, OSError):
        return CannotOpenShopFile(path)
    if not from_store:
        return None
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return ShopFileLocked(path)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DamagedShopFile(path)
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return CannotOpenShopFile(path)
    return None
