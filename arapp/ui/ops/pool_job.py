"""One piece of slow work on ``QThreadPool``, reporting back to the UI thread by signal.

For work that reads the shop, pass the shop's ``SqliteDatabase``: peewee keeps one
connection per thread, so the pool thread opens its own on first use, and the job closes
that connection (only that thread's) when the work is done. WAL lets it read while the
counter writes. An in-memory database cannot be shared between connections, so callers
run such work on the UI thread instead (see :func:`can_run_in_pool`).
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    """Lives on the thread that started the job, so its slots run there."""

    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception it raised


class PoolJob(QRunnable):
    def __init__(self, work: Callable[[], object], db: SqliteDatabase | None = None) -> None:
        super().__init__()
        self.work = work
        self.db = db
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the UI thread, which decides what to show
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            if self.db is not None and not self.db.is_closed():
                self.db.close()  # this thread's connection only


def can_run_in_pool(db: SqliteDatabase) -> bool:
    """False for an in-memory database: another thread would see an empty one."""
    return str(db.database) != ":memory:"


def start_job(
    work: Callable[[], object],
    on_finished: Callable[[object], None],
    on_failed: Callable[[object], None],
    db: SqliteDatabase | None = None,
) -> JobSignals:
    """Run ``work`` on the global pool; keep the returned signals object referenced until
    one of the callbacks has run (the pool owns and deletes the runnable itself)."""
    job = PoolJob(work, db)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    signals = job.signals
    QThreadPool.globalInstance().start(job)
    return signals
