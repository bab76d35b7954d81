"""Run long work (import, sample shop) off the UI thread, with a progress dialog and Cancel.

The work runs in a QThread and uses the shop's own ``SqliteDatabase`` object: peewee keeps
one connection *per thread*, so the worker opens its own connection on first use and closes
it when done, while the window keeps reading through the UI thread's connection (WAL lets
readers and one writer work at once). An in-memory database cannot be shared between
connections, so for ``:memory:`` (tests) the work runs in the UI thread instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

from peewee import SqliteDatabase
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

R = TypeVar("R")


class Cancelled(Exception):
    """The owner pressed Cancel; raised by :meth:`Progress.check` inside the work."""


class Progress:
    """Handed to the work function: report with ``progress(done, total)``; the call returns
    False once the owner pressed Cancel (the import service's contract), and ``check()``
    raises :class:`Cancelled` for work that has no cancel contract of its own."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        self._report(done, total)
        return not self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _Worker(QObject, Generic[R]):
    progressed = Signal(int, int)
    done = Signal()

    def __init__(self, work: Callable[[Progress], R]) -> None:
        super().__init__()
        self.work = work
        self.progress = Progress(self.progressed.emit)
        self.result: R | None = None
        self.error: BaseException | None = None

    @Slot()
    def run(self) -> None:
        try:
            self.result = self.work(self.progress)
        except BaseException as exc:  # handed back to the UI thread, never lost
            self.error = exc
        finally:
            self.done.emit()


class _ProgressBridge(QObject):
    """Lives in the UI thread so that progress signals arrive there (queued)."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))


@contextmanager
def thread_connection(db: SqliteDatabase) -> Iterator[None]:
    """This thread's own connection to ``db`` for the duration of the block."""
    db.connect(reuse_if_open=True)
    try:
        yield
    finally:
        if not db.is_closed():
            db.close()  # closes this thread's connection only


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    db: SqliteDatabase,
    work: Callable[[Progress], R],
) -> R:
    """Run ``work(progress)`` with its own connection to ``db``, showing a modal progress
    dialog; return its result or raise what it raised (:class:`Cancelled` on Cancel)."""
    if db.database == ":memory:":
        return work(Progress(lambda _done, _total: None))

    def threaded(progress: Progress) -> R:
        with thread_connection(db):
            return work(progress)

    dialog = QProgressDialog(
        label, QCoreApplication.translate("Background", "Cancel"), 0, 0, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick work finishes without a flashing dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker: _Worker[R] = _Worker(threaded)
    bridge = _ProgressBridge(dialog)
    thread = QThread()
    worker.moveToThread(thread)
    worker.progressed.connect(bridge.show_progress)
    dialog.canceled.connect(worker.progress.cancel)
    loop = QEventLoop()
    worker.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    # Work that finished anyway after Cancel (nothing was left to stop) keeps its result.
    return worker.result  # type: ignore[return-value]
