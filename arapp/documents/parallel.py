"""Rendering many documents on every core. reportlab is pure Python and single-threaded,
so a batch of a thousand letters renders in worker processes."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from arapp.core.letters.data import DocumentData
from arapp.documents.render import render_document

#: Below this many letters, starting worker processes costs more than it saves.
PARALLEL_FROM = 24


#: How often a worker looks whether the app that started it is still there.
WATCH_PARENT_S = 0.2


def _die_with_parent(parent: int) -> None:
    """A worker's initializer: end this worker as soon as its parent is gone (issue #21,
    defect 9: a batch killed while rendering left workers blocked on a pipe to the dead
    app for minutes). A watcher thread, not the OS's parent-death signal, so that it works
    on Windows and macOS too."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WATCH_PARENT_S)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


def _workers() -> int:
    return max(1, min(8, os.cpu_count() or 1))


def render_all(
    letters: Sequence[DocumentData], progress: Callable[[int, int], object] | None = None
) -> Iterator[bytes]:
    """PDF bytes for each letter, in order. ``progress(done, total)`` returning False
    stops the iteration early."""
    total = len(letters)
    if total < PARALLEL_FROM or _workers() == 1:
        for n, data in enumerate(letters):
            if progress is not None and progress(n, total) is False:
                return
            yield render_document(data)
        return
    # "spawn", never "fork": the desktop app runs batches from a thread of a Qt process,
    # and forking a threaded process can deadlock the child.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=_workers(), mp_context=context,
        initializer=_die_with_parent, initargs=(os.getpid(),),
    ) as pool:
        chunk = max(1, min(16, total // (_workers() * 4)))
        for n, pdf in enumerate(pool.map(render_document, letters, chunksize=chunk)):
            if progress is not None and progress(n, total) is False:
                pool.shutdown(wait=False, cancel_futures=True)
                return
            yield pdf
