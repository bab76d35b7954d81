"""A screen's busy bar that runs its queries: shown while any of them runs, each
result delivered only while the screen is still there (Today and Reports read their
figures this way)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QProgressBar, QWidget
from shiboken6 import isValid

from arapp.core.services import Shop
from arapp.ui.ops.query import run_query, show_failure


class BusyBar(QProgressBar):
    """An indeterminate bar, hidden when idle; ``run`` counts the queries it started."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setMaximumWidth(140)
        self.setTextVisible(False)
        self.hide()
        self._running = 0

    def running(self) -> int:
        return self._running

    def run(self, shop: Shop, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """``work()`` off the UI thread, then ``done(result)``; a refusal is shown over
        the screen (e.g. a period that starts after it ends)."""

        def settle() -> bool:
            if not isValid(self):
                return False  # the screen went away while the work ran
            self._running -= 1
            self.setVisible(self._running > 0)
            return True

        def finished(result: Any) -> None:
            if settle():
                done(result)

        def failed(exc: BaseException) -> None:
            if settle():
                show_failure(self.parentWidget())(exc)

        self._running += 1
        self.show()
        run_query(shop, work, finished, failed)
