"""The automatic backup at start-up, and what the owner must know about backups, in the
main window's status bar (issue #21): no backup yet, the newest older than a week, a second
folder that cannot be written, a backup that failed. Nothing shows while all is well.

The backup runs off the UI thread once the window is up (SQLite's online backup: the owner
can work meanwhile). The Today screen may show the same warnings from
``shop.backups.warnings()``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from arapp.core.errors import UserError
from arapp.core.services import Shop
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.ops.query import run_query
from arapp.ui.widgets.messages import user_message

if TYPE_CHECKING:
    from arapp.core.services.backups import BackupRun

log = logging.getLogger("arapp.ui.backups")

MAX_WIDTH = 760  # of a 1366-pixel window: the shop file's name keeps the rest


class BackupStatus(Retranslating, QLabel):
    """A warning in the status bar, hidden while there is nothing to say. ``damaged`` is
    emitted when a big shop file, checked only now (see
    :mod:`arapp.ui.shell.start_checks`), fails its quick check; no backup is made of it."""

    damaged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems: list[UserError] = []
        self.setStyleSheet(
            "QLabel { background: #b3261e; color: white; padding: 2px 8px; border-radius: 3px; }"
        )
        self.setMaximumWidth(MAX_WIDTH)
        self.setVisible(False)

    def start(self, shop: Shop) -> None:
        """Make today's automatic backup if it is due, then show the warnings."""

        from arapp.ui.shell.start_checks import checked_later

        check_first = checked_later(Path(shop.path))

        def work() -> tuple[BackupRun, list[UserError]] | None:
            if check_first and not shop.quick_check():
                return None
            run = shop.backups.run()
            return run, shop.backups.warnings()

        def done(result: tuple[BackupRun, list[UserError]] | None) -> None:
            if result is None:
                log.warning("the shop file failed its quick check")
                self.damaged.emit()
                return
            run, warnings = result
            if run.written is not None:
                log.info("automatic backup written: %s", run.written.name)
            shown = list(run.problems)
            shown += [w for w in warnings if w.template not in {p.template for p in shown}]
            self.show_problems(shown)

        def failed(exc: BaseException) -> None:
            # A shop file that cannot be read is shown where the owner works with it;
            # here it only means the backup did not happen, which is worth saying.
            log.warning("automatic backup failed: %s", type(exc).__name__)
            self.show_problems([exc if isinstance(exc, UserError)
                                else UserError("The automatic backup failed")])

        if shop.backups.applies():
            run_query(shop, work, done, failed, parent=self)

    def show_problems(self, problems: list[UserError]) -> None:
        self.problems = problems
        for problem in problems:
            log.warning("backup warning: %s", problem.template)  # no values: no names
        self._show()

    def _show(self) -> None:
        texts = [user_message(p) for p in self.problems]
        # Elided to fit beside the shop file's name; the whole of it is the tooltip (and
        # Settings › Backups lists every warning).
        self.setText(self.fontMetrics().elidedText(
            " · ".join(texts), Qt.TextElideMode.ElideMiddle, MAX_WIDTH - 20))
        self.setToolTip("\n".join(texts))
        self.setVisible(bool(texts))

    def retranslate(self) -> None:
        self._show()
