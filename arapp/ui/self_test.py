"""``arapp --self-test``: does this install of the app work, end to end, on this machine?

Made for an installed bundle (no Python, no test tools): on a sample shop in a temporary
folder it opens the main window, every screen the window lists, a customer card and each
of the card's tabs, prepares a letter in the letter dialog, prints it through the app's
own print path (:mod:`arapp.printing`, QtPdf onto a ``QPrinter``) into a PDF file, checks
what came out, and closes. Exit status 0 when all of it worked, 1 with the failures listed.

The screens and tabs are read from the window and the card, not listed here, so a screen or
tab added later is exercised without touching this file. The owner's settings and shop are
not touched: preferences and the log go to the temporary folder too. The output is for
engineers (English, on stdout); the app's own windows are in ``--lang``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

#: Customers in the sample shop: enough for lists, letters and aging to have content.
SAMPLE_CUSTOMERS = 40
#: A self-test that has not finished by then is stuck (a hidden dialog, a dead printer).
TIME_LIMIT_S = 180.0
#: How often the watchdog looks for a dialog the self-test did not open (and closes it).
WATCHDOG_MS = 250


class SelfTest:
    """One run; ``failures`` collects what went wrong, ``say`` reports progress."""

    def __init__(self, lang: str, folder: Path, say: Callable[[str], None] = print) -> None:
        self.lang = lang
        self.folder = folder
        self.say = say
        self.failures: list[str] = []

    # -- reporting ------------------------------------------------------------------------
    def check(self, ok: bool, what: str) -> bool:
        self.say(("ok    " if ok else "FAIL  ") + what)
        if not ok:
            self.failures.append(what)
        return ok

    @contextmanager
    def step(self, what: str) -> Iterator[None]:
        """Run one step; an exception in it is a failure named after the step."""
        started = time.monotonic()
        try:
            yield
        except Exception as exc:  # the point is to report any failure, not to stop at one
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            self.check(False, f"{what}: {detail}")
            traceback.print_exc(file=sys.stdout)
        else:
            self.say(f"ok    {what} ({(time.monotonic() - started) * 1000:.0f} ms)")

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """An exception in a slot (where the app would show its error dialog)."""
        detail = "".join(traceback.format_exception(exc_type, exc, tb))
        self.check(False, f"uncaught exception: {detail.strip().splitlines()[-1]}")
        print(detail, file=sys.stdout)

    def close_stray_dialogs(self) -> None:
        """A modal box nobody will answer (an error, a question) would hang the run: it is
        a failure, reported with its text, and closed."""
        widget = QApplication.activeModalWidget()
        if widget is None or widget.property("arappSelfTest"):
            return
        text = getattr(widget, "text", None)
        message = text() if callable(text) else ""
        self.check(False, f"unexpected dialog {widget.windowTitle()!r}: {message}")
        widget.close()

    # -- the run --------------------------------------------------------------------------
    def run(self) -> int:
        from arapp.ui.app import make_application, setup_logging
        from arapp.ui.i18n.language import manager

        # Preferences (window places, last screen, language) go to the temporary folder:
        # the self-test must not change how the owner's app opens next time.
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(self.folder / "settings")
        )
        app = make_application()
        setup_logging(self.folder / "log")
        sys.excepthook = self.excepthook
        watchdog = QTimer(app)
        watchdog.timeout.connect(self.close_stray_dialogs)
        watchdog.start(WATCHDOG_MS)
        self.say(f"arapp self-test in {self.folder} ({self.lang}, Qt platform "
                 f"{QApplication.platformName()})")
        try:
            manager().set_language(self.lang, persist=False)
            self._check_language()
            self._run_shop()
        finally:
            watchdog.stop()
            sys.excepthook = sys.__excepthook__
        if self.failures:
            self.say(f"self-test FAILED: {len(self.failures)} problem(s)")
            for failure in self.failures:
                self.say(f"  - {failure}")
            return 1
        self.say("self-test passed")
        return 0

    def _check_language(self) -> None:
        from arapp.resources import translations_dir

        if self.lang == "en":
            return
        shown = QCoreApplication.translate("MainWindow", "&File")
        self.check(shown != "&File", f"{self.lang} translation loaded from {translations_dir()}"
                   f" (File menu reads {shown!r})")
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.check(rtl, "right-to-left layout")

    def _run_shop(self) -> None:
        from arapp.core.services import Shop
        from arapp.ui.shell.main_window import MainWindow

        path = self.folder / "shop-sample.sqlite3"
        shop = Shop.open(path)
        window: MainWindow | None = None
        try:
            with self.step(f"sample shop with {SAMPLE_CUSTOMERS} customers"):
                shop.make_demo(customers=SAMPLE_CUSTOMERS)
            with self.step("main window"):
                window = MainWindow(shop, path)
                window.show()
                settle()
            if window is None:
                return
            for screen in window.screen_list:
                with self.step(f"screen {screen.key!r}"):
                    widget = window.show_screen(screen.key)
                    settle()
                    if not widget.isVisible():
                        raise AssertionError("not shown")
            customer_id = self._customer_with_debt(shop)
            card = None
            with self.step(f"customer card of customer {customer_id}"):
                card = window.open_card(customer_id)
                settle()
            if card is not None:
                self._visit_tabs(card, "customer card")
                # A step of its own too: the letters and printing code loads here, and a
                # library missing from an install must be reported, not end the run.
                with self.step("letter dialog and printing"):
                    self._letter(shop, customer_id, card)
                card.close()
            window.close()
            settle()
            self.check(not window.isVisible(), "main window closed")
        finally:
            shop.close()

    def _customer_with_debt(self, shop: object) -> int:
        """A customer a letter can be written to: the first one due a letter today."""
        due = shop.letters.letters_due(date.today())  # type: ignore[attr-defined]
        if due:
            return int(due[0].customer_id)
        from arapp.core.services.customer_search import CustomerQuery

        first = shop.customer_list.first_page(CustomerQuery(), limit=1)  # type: ignore[attr-defined]
        return int(first[0].id)

    def _visit_tabs(self, root: QWidget, where: str) -> None:
        """Show every tab of every tab widget in ``root`` (tabs added later included), and
        within each tab the tabs of the tab widgets on it: an inner tab shows only while
        the outer one holding it is the current tab."""
        for tabs in _outermost(root.findChildren(QTabWidget), root):
            if not tabs.isVisible():
                # Hidden by the screen itself (e.g. a plan's details while no plan is
                # chosen): nothing the owner could see there now.
                self.say(f"skip  {where}: hidden tabs {_tab_labels(tabs)} (nothing to show)")
                continue
            for index in range(tabs.count()):
                label = tabs.tabText(index).replace("&", "") or str(index)
                shown = False
                with self.step(f"{where} tab {index} {label!r}"):
                    tabs.setCurrentIndex(index)
                    settle()
                    if not tabs.widget(index).isVisible():
                        raise AssertionError("not shown")
                    shown = True
                if shown:
                    self._visit_tabs(tabs.widget(index), f"{where} › {label}")

    def _letter(self, shop: object, customer_id: int, card: QWidget) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from arapp.printing import paper_size_of
        from arapp.ui.letters.letter_dialog import LetterDialog

        kind = shop.letters.next_step(customer_id, date.today())  # type: ignore[attr-defined]
        dialog = LetterDialog(shop, customer_id, card, kind=kind)  # type: ignore[arg-type]
        dialog.setProperty("arappSelfTest", True)
        try:
            with self.step(f"{kind} letter prepared and previewed"):
                dialog.show()
                dialog.wait_prepared()
                settle()
                if dialog.prepared is None:
                    raise AssertionError("no letter was prepared")
            if dialog.prepared is None:
                return
            letter = dialog.prepared.pdf
            self._check_pdf(letter, "letter", want_text=True)
            out = self.folder / "printed-letter.pdf"
            with self.step(f"letter printed through arapp.printing to {out.name}"):
                printer = QPrinter(QPrinter.PrinterMode.HighResolution)
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(out))
                printer.setPageSize(paper_size_of(letter))
                if not dialog.print_letter(printer):
                    raise AssertionError("the letter dialog did not print")
            if self.check(out.is_file() and out.stat().st_size > 0, "printed PDF written"):
                self._check_pdf(out.read_bytes(), "printed PDF", want_text=False)
        finally:
            dialog.close()
            dialog.deleteLater()
            settle()

    def _check_pdf(self, pdf: bytes, name: str, *, want_text: bool) -> None:
        """The PDF opens in QtPdf, has pages, and shows something: text where the letter
        has text (the one reportlab made), ink where the page was printed as an image
        (the printed copy: QtPdf rasterises every page it prints)."""
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QColor

        from arapp.printing import load_pdf

        with self.step(f"{name} opens ({len(pdf)} bytes)"):
            document, buffer = load_pdf(pdf)
            try:
                pages = document.pageCount()
                if want_text:
                    text = document.getAllText(0).text().strip()
                    self.check(len(text) > 20, f"{name} has text ({len(text)} characters "
                               f"on page 1 of {pages})")
                image = document.render(0, QSize(200, 283))
                white = QColor("white").rgb()
                ink = sum(
                    1
                    for y in range(0, image.height(), 2)
                    for x in range(0, image.width(), 2)
                    if image.pixelColor(x, y).alpha() > 0 and image.pixel(x, y) != white
                )
                self.check(ink > 50, f"{name} page 1 has ink ({ink} sampled dots)")
            finally:
                document.close()
                buffer.close()


def _tab_labels(tabs: QTabWidget) -> str:
    return ", ".join(repr(tabs.tabText(i).replace("&", "")) for i in range(tabs.count()))


def _outermost(found: list[QTabWidget], root: QWidget) -> list[QTabWidget]:
    """The tab widgets in ``found`` that no other tab widget below ``root`` holds."""

    def inside_another(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent, QTabWidget):
                return True
            parent = parent.parentWidget()
        return False

    return [tabs for tabs in found if not inside_another(tabs)]


def settle(ms: int = 50) -> None:
    """Let the window paint and the queued work run (posted events, timers, deletes)."""
    deadline = time.monotonic() + ms / 1000
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        QCoreApplication.sendPostedEvents(None, 0)
        if time.monotonic() >= deadline:
            break


def _stop_when_stuck(seconds: float) -> threading.Timer:
    def give_up() -> None:
        print(f"self-test FAILED: still running after {seconds:.0f} s", flush=True)
        os._exit(1)  # the UI thread is stuck; nothing else can end the process

    timer = threading.Timer(seconds, give_up)
    timer.daemon = True
    timer.start()
    return timer


def run_self_test(lang: str | None = None) -> int:
    """Run the self-test in ``lang`` (default Hebrew) and return the exit status.

    With no display (a server, ssh) it runs offscreen, as ``arapp letter --print`` does."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    stuck = _stop_when_stuck(TIME_LIMIT_S)
    try:
        with tempfile.TemporaryDirectory(prefix="arapp-self-test-") as tmp:
            return SelfTest(lang or "he", Path(tmp), say=lambda s: print(s, flush=True)).run()
    finally:
        stuck.cancel()
