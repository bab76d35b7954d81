"""Query operations: a piece of work (a report, a PDF to preview, an export) that runs on
``QThreadPool`` while the window stays usable, and whose result, or error, is delivered
on the UI thread.

Work that reads the shop names it: the op opens the ORM on the UI thread first
(:meth:`Shop.open_fully`), the pool thread then gets a connection of its own, and the op
closes that connection when the work is done (:meth:`Shop.release_thread`); database
errors arrive as the core's ``ShopFileError``. A shop that cannot be shared between threads
(an in-memory one, in tests) runs the work on the UI thread, and the result is delivered
before :func:`run_query` returns.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from arapp.core.errors import UserError
from arapp.core.services import Shop

T = TypeVar("T")


class QueryHandle(QObject):
    """Lives on the UI thread, so the signals the pool thread emits are delivered there."""

    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception it raised

    def __init__(self) -> None:
        super().__init__()
        self.done = False


# Handles of running work, kept alive until they have delivered (the pool owns and deletes
# the runnable itself, and a handle garbage-collected early would lose the result).
_RUNNING: set[QueryHandle] = set()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], shop: Shop | None, handle: QueryHandle) -> None:
        super().__init__()
        self.work = work
        self.shop = shop
        self.handle = handle

    def run(self) -> None:
        try:
            result = _guarded(self.work, self.shop)
        except Exception as exc:  # handed to the UI thread, which decides what to show
            self.handle.failed.emit(exc)
        else:
            self.handle.finished.emit(result)
        finally:
            if self.shop is not None:
                self.shop.release_thread()  # this thread's connection only


def _guarded(work: Callable[[], T], shop: Shop | None) -> T:
    if shop is None:
        return work()
    with shop.database_errors():
        return work()


def show_failure(parent: QWidget | None) -> Callable[[BaseException], None]:
    """The default for ``on_failed``: a refusal (``UserError``) is shown to the owner; any
    other error is a bug and goes to the application's exception hook (logged, reported)."""

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            from arapp.ui.widgets.messages import show_user_error

            show_user_error(parent, exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    return failed


def run_query(
    shop: Shop | None,
    work: Callable[[], T],
    on_done: Callable[[T], Any],
    on_failed: Callable[[BaseException], Any] | None = None,
    *,
    parent: QWidget | None = None,
) -> QueryHandle:
    """Run ``work()`` off the UI thread (``shop``: the shop it reads, or None for work that
    reads none); then ``on_done(result)`` or ``on_failed(exc)`` runs on the UI thread
    (default: :func:`show_failure` over ``parent``). The handle's ``done`` turns True once
    one of them has run."""
    failed = on_failed or show_failure(parent)
    handle = QueryHandle()

    def deliver(callback: Callable[[Any], Any], value: object) -> None:
        _RUNNING.discard(handle)
        handle.done = True
        if callback is failed and shop is not None and shop.closed:
            # The shop was closed while the work ran (the window went away, the app is
            # quitting): its failure is no news to anyone, and a dialog now would block
            # the exit.
            return
        callback(value)

    if shop is not None and not shop.can_share_threads:
        try:
            result = _guarded(work, shop)
        except Exception as exc:
            deliver(failed, exc)
        else:
            deliver(on_done, result)
        return handle
    if shop is not None:
        shop.open_fully()  # here, not on the pool thread: see Shop.open_fully
    handle.finished.connect(lambda result: deliver(on_done, result))
    handle.failed.connect(lambda exc: deliver(failed, exc))
    _RUNNING.add(handle)
    QThreadPool.globalInstance().start(_Job(work, shop, handle))
    return handle


def wait_for_queries(msecs: int = 30000) -> bool:
    """Block until running work is done (for shutting down and for tests); its results
    are delivered when the event loop next runs."""
    return QThreadPool.globalInstance().waitForDone(msecs)
