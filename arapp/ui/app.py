"""Start the desktop app: QApplication, fonts, language, the shop file, first-run wizard,
main window — and an exception hook, so that a bug shows a dialog and lands in the log
folder instead of closing the app silently with money half-typed.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from platformdirs import user_log_dir
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from arapp.core.errors import ShopFileError, UserError
from arapp.core.paths import APP_NAME, default_db_path, sample_db_path
from arapp.core.placeholders import arg
from arapp.core.private_files import create_private_file, private_folder
from arapp.core.services import Shop, holding
from arapp.pyside_fix import protect_singletons
from arapp.ui import prefs
from arapp.ui.app_icon import apply_app_icon
from arapp.ui.fonts import apply_app_font
from arapp.ui.i18n.language import manager, startup_language
from arapp.ui.widgets.messages import show_user_error

if TYPE_CHECKING:
    from arapp.ui.shell.main_window import MainWindow

log = logging.getLogger("arapp.ui")

LOG_FILE = "arapp.log"


def log_dir() -> Path:
    return Path(user_log_dir(APP_NAME, appauthor=False))


LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def _rotate(path: Path) -> None:
    """arapp.log → arapp.log.1 → … → arapp.log.3 once it passed LOG_MAX_BYTES.

    Rotated when the app starts rather than while it runs: a session writes a few lines,
    and the standard rotating handler would load socket, pickle and queue (its network
    cousins live in the same module) on the way to the first window."""
    if not path.exists() or path.stat().st_size < LOG_MAX_BYTES:
        return
    for n in range(LOG_BACKUPS - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{n + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def setup_logging(folder: Path | None = None) -> Path:
    """Log to ``arapp.log`` in the per-user log folder (kept to about 1 MB, with three
    older files)."""
    folder = folder or log_dir()
    private_folder(folder)
    path = folder / LOG_FILE
    root = logging.getLogger()
    if not any(
        isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path for h in root.handlers
    ):
        _rotate(path)
        create_private_file(path)  # 0600: the log names files and what was refused
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class ExceptionHook:
    """``sys.excepthook`` for the UI: log the traceback, then tell the owner.

    A ``UserError`` that escaped a slot is the owner's input, shown as a plain warning. Any
    other exception is a bug: a dialog says so, names the log file and offers the details;
    the app keeps running (the shop file is safe: every action is one transaction).
    """

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self._showing = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if isinstance(exc, UserError):
            # The template, not the filled text: the values are names, amounts, ID numbers.
            log.info("refused: %s", exc.template)
            show_user_error(_active_window(), exc)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if self._showing or QApplication.instance() is None:
            return  # a second error while the dialog is up is logged, not stacked
        self._showing = True
        try:
            self.show_dialog("".join(traceback.format_exception(exc_type, exc, tb)))
        finally:
            self._showing = False

    def show_dialog(self, details: str) -> None:
        box = QMessageBox(_active_window())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ExceptionHook", "Something went wrong"))
        box.setText(
            QCoreApplication.translate(
                "ExceptionHook",
                "Something went wrong in arapp. What you saved "
                "before is safe; the last action may not have been completed.",
            )
        )
        box.setInformativeText(
            arg(
                QCoreApplication.translate("ExceptionHook", "Details were written to %1."),
                str(self.log_path),
            )
        )
        box.setDetailedText(details)
        box.exec()


def _active_window() -> QWidget | None:
    return QApplication.activeWindow()


def install_exception_hook(log_path: Path) -> ExceptionHook:
    hook = ExceptionHook(log_path)
    sys.excepthook = hook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        # No dialogs from a worker thread: background work hands its errors back itself.
        log.error(
            "error in thread %s",
            args.thread,
            exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
        )

    threading.excepthook = thread_hook
    return hook


def make_application() -> QApplication:
    protect_singletons()  # before any model is painted or signal emitted; see pyside_fix
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(prefs.ORGANIZATION)
    app.setApplicationName(prefs.APPLICATION)
    app.setApplicationDisplayName("arapp")
    apply_app_icon(app)
    apply_app_font(app)
    return app


class ShopSession:
    """The open shop and its main window. The owner can switch between their own shop
    (``home``) and its sample shop; the other file is closed, and so is its window."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.shop: Shop | None = None
        self.window: MainWindow | None = None

    def open(self, path: Path, shop: Shop | None = None) -> MainWindow:
        """Show ``path`` (``shop`` if it is already open) in a new main window."""
        from arapp.ui.shell.main_window import MainWindow

        shop = shop or Shop.open(path)
        window = MainWindow(shop, path, home_path=self.home)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._remember(path)
        window.switchShopRequested.connect(self.switch)
        window.restoreRequested.connect(self.restore)
        old_window, old_shop = self.window, self.shop
        self.window, self.shop = window, shop
        window.show()  # before the old one closes, or the application would quit
        if old_window is not None:
            old_window.close()
        if old_shop is not None:
            old_shop.close()
        return window

    def _remember(self, path: Path) -> None:
        prefs.set_value(prefs.KEY_HOME_SHOP, str(self.home))
        prefs.set_value(prefs.KEY_SAMPLE_OPEN, path != self.home)

    def last_used(self) -> Path:
        """The file to open at start: the sample shop if the owner was last working in
        it (and it is still there), else the owner's own shop."""
        sample = sample_db_path(self.home)
        was_sample = prefs.app_settings().value(prefs.KEY_SAMPLE_OPEN, False)
        if (
            prefs.get_str(prefs.KEY_HOME_SHOP) == str(self.home)
            and str(was_sample).lower() == "true"  # INI files read booleans back as text
            and sample != self.home
            and sample.exists()
        ):
            return sample
        return self.home

    def switch(self, to_sample: bool) -> None:
        """Open the sample shop (made first if needed) or go back to the owner's; a file
        that cannot be opened is said so, and the shop shown stays open."""
        try:
            if not to_sample:
                self.open(self.home)
                return
            from arapp.ui.setup.sample_shop import prepare_sample_shop

            if self.shop is None:  # a window asks, so its shop (the owner's) is open
                return
            path = prepare_sample_shop(self.window, self.shop)
            if path is not None:
                self.open(path)
        except ShopFileError as exc:
            show_user_error(self.window, exc)

    def restore(self, backup: Path) -> bool:
        """Replace the open shop's file with ``backup`` (checked and confirmed by the
        window): close the shop, restore, open it again in a new window. If the file
        cannot be replaced, the shop opens again as it was, and the owner is told why."""
        if self.shop is None or self.window is None:
            return False
        path = Path(self.shop.path)
        kept: Path | None = None
        # Held throughout, so that no other copy of arapp opens the file between the
        # close and the reopening; closed before the copy: nothing may write the old
        # file while it is replaced.
        with holding(path):
            self.shop.close()
            try:
                kept = Shop.restore(backup, path)
            except UserError as exc:
                show_user_error(self.window, exc)
            window = self.open(path)
        if kept is not None:
            log.info("restored %s into %s; the previous file is kept as %s", backup, path, kept)
            QMessageBox.information(
                window,
                QCoreApplication.translate("App", "Restored"),
                arg(
                    QCoreApplication.translate(
                        "App", "The shop was restored from %1. The shop as it was is kept as %2."
                    ),
                    backup.name,
                    kept.name,
                ),
            )
        return kept is not None

    def start_backups(self) -> None:
        """Today's automatic backup, off the UI thread; warnings in the status bar. A big
        file is quick-checked there first; if it is damaged, the owner is offered the
        latest good backup (see :mod:`arapp.ui.shell.start_checks`)."""
        if self.shop is not None and self.window is not None:
            status = self.window.backup_status
            status.damaged.connect(self._damaged)
            status.start(self.shop)

    def _damaged(self) -> None:
        from arapp.ui.shell.start_checks import ask_to_restore

        if self.shop is None or self.window is None:
            return
        backup = ask_to_restore(Path(self.shop.path), self.window)
        if backup is not None:
            self.restore(backup)

    def back_up_at_exit(self) -> None:
        """The automatic backup when the app closes, if the shop changed since the last
        one; problems are logged (the window is gone) and shown at the next start."""
        if self.shop is None or self.shop.closed:
            return
        from arapp.ui.ops.query import wait_for_queries

        wait_for_queries()  # the start-up backup, if it is still running
        try:
            run = self.shop.backups.run(at_exit=True)
        except ShopFileError as exc:
            log.warning("no backup at exit: %s", exc.template)
            return
        for problem in run.problems:
            log.warning("backup at exit: %s", problem.template)

    def close(self) -> None:
        if self.shop is not None:
            self.shop.close()
            self.shop = None


#: Set (to anything) by the start-up benchmarks: once the main window is shown and the
#: event loop idle, print the monotonic clock and quit. The frozen app cannot be patched
#: from outside as the source app can (benchmarks/bench_ui.py), so the bundle and the
#: source are timed through this one hook alike (benchmarks/bench_bundle.py).
QUIT_WHEN_SHOWN = "ARAPP_QUIT_WHEN_SHOWN"


def _quit_when_shown(app: QApplication) -> None:
    def report() -> None:
        print(time.monotonic(), flush=True)
        app.quit()

    QTimer.singleShot(0, report)


def run_app(db: str | None, lang: str | None) -> int:
    """Open the desktop app on ``db`` (default: the per-user shop file) in ``lang``
    (default: the saved choice, else Hebrew). Returns the process exit status."""
    # Everything the app writes (PDFs, exports, settings) is for this user's eyes only;
    # the shop file, backups and log are made private explicitly as well.
    os.umask(0o077)
    app = make_application()
    install_exception_hook(setup_logging())
    language, _chosen = startup_language(lang)
    # --lang is for this run only; a choice made in the app is saved by the app.
    manager().set_language(language, persist=False)
    path = Path(db) if db else default_db_path()
    log.info("starting arapp on %s in %s", path, language)
    from arapp.ui.shell.start_checks import open_at_start

    opened_shop = open_at_start(path)
    if opened_shop is None:
        return 1
    shop = opened_shop
    if shop.password.is_set():  # the prompt's module is loaded only when it is needed
        from arapp.ui.security.password_prompt import Asked, password_given

        if not password_given(None, shop, Asked.START):
            shop.close()
            return 0
    session = ShopSession(home=path)
    first: Shop | None = shop
    try:
        opened, reopened = path, False
        if not shop.info.is_set_up():
            from arapp.ui.setup.first_run import FirstRunWizard

            wizard = FirstRunWizard(shop)
            if wizard.exec() != QDialog.DialogCode.Accepted:
                return 0
            if wizard.opened_path is not None:  # the sample shop, in its own file
                shop.close()
                opened, first = wizard.opened_path, None
        elif (last := session.last_used()) != path:
            # The owner was working in the sample shop: open it again, and say so.
            shop.close()
            opened, first, reopened = last, None, True
        window = session.open(opened, first)
        if reopened:
            window.note_reopened()
        first = None  # the session closes it from now on
        timing = bool(os.environ.get(QUIT_WHEN_SHOWN))  # a benchmark: no backups
        if timing:
            _quit_when_shown(app)
        else:
            QTimer.singleShot(1500, session.start_backups)  # once the window is idle
        status = int(app.exec())
        if not timing:
            session.back_up_at_exit()
        return status
    finally:
        if first is not None:
            first.close()
        session.close()
