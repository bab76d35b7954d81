"""Long operations (import, sample shop, letters due) off the UI thread, with a modal
progress dialog and Cancel; the result or the error comes back to the caller.

The work runs in a QThread and reads and writes through the shop's services; the shop
gives that thread a connection of its own and :meth:`Shop.release_thread` closes it when
the work is done, while the window keeps reading on the UI thread's (WAL lets readers and
one writer work at once). A shop that cannot be shared between threads (an in-memory one,
in tests) runs the work on the UI thread instead. Database errors come back as the core's
:class:`~arapp.core.errors.ShopFileError`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from arapp.core.services import Shop

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


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    shop: Shop | None,
    work: Callable[[Progress], R],
) -> R:
    """Run ``work(progress)`` on a thread of its own (with its own connection to ``shop``,
    if it reads one), showing a modal progress dialog; return its result or raise what it
    raised (:class:`Cancelled` on Cancel)."""
    if shop is not None and not shop.can_share_threads:
        with shop.database_errors():
            return work(Progress(lambda _done, _total: None))
    if shop is not None:
        shop.open_fully()  # here, not on the worker: see Shop.open_fully

    def threaded(progress: Progress) -> R:
        if shop is None:
            return work(progress)
        try:
            with shop.database_errors():
                return work(progress)
        finally:
            shop.release_thread()

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
