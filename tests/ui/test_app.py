"""Start-up and the exception hook: never a silent exit."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from arapp.core.errors import UserError
from arapp.core.services import Shop
from arapp.core.services.settings import BusinessDetails
from arapp.ui import app as app_module
from arapp.ui.app import ExceptionHook, run_app, setup_logging
from arapp.ui.setup.first_run import FirstRunWizard
from arapp.ui.shell.main_window import MainWindow


@pytest.fixture
def restore_hooks() -> Iterator[None]:
    saved = sys.excepthook
    root = logging.getLogger()
    handlers = list(root.handlers)
    yield
    sys.excepthook = saved
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


def boom() -> None:
    raise RuntimeError("kaboom")


def test_a_bug_is_logged_and_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_hooks: None
) -> None:
    log_file = setup_logging(tmp_path)
    hook = ExceptionHook(log_file)
    shown: list[str] = []
    monkeypatch.setattr(ExceptionHook, "show_dialog", lambda self, details: shown.append(details))
    try:
        boom()
    except RuntimeError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    assert "kaboom" in shown[0] and "boom()" in shown[0]
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "RuntimeError: kaboom" in log_file.read_text(encoding="utf-8")


def test_the_crash_dialog_names_the_log(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    ExceptionHook(tmp_path / "arapp.log").show_dialog("Traceback …")
    assert str(tmp_path / "arapp.log") in seen[0].informativeText()
    assert seen[0].detailedText() == "Traceback …"


def test_a_user_error_is_a_plain_warning(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text)
    )
    monkeypatch.setattr(ExceptionHook, "show_dialog", lambda self, d: pytest.fail("no crash"))
    err = UserError("Payment amount must be more than zero")
    ExceptionHook(tmp_path / "x.log")(UserError, err, None)
    assert warnings == ["Payment amount must be more than zero"]


@pytest.fixture
def quiet_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_hooks: None
) -> list[object]:
    """run_app without blocking: no event loop, logs in tmp_path; records windows shown."""
    shown: list[object] = []
    monkeypatch.setattr(app_module, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    return shown


def test_a_new_shop_opens_the_wizard_and_cancel_exits_cleanly(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_start: list[object]
) -> None:
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert run_app(str(tmp_path / "new.sqlite3"), "en") == 0
    assert quiet_start == []


def test_a_set_up_shop_opens_the_main_window(
    qtbot: QtBot, tmp_path: Path, quiet_start: list[object]
) -> None:
    path = tmp_path / "shop.sqlite3"
    shop = Shop.open(path)
    shop.settings.save_business(BusinessDetails(name="Corner Shop"))
    shop.close()
    assert run_app(str(path), "he") == 0
    (window,) = quiet_start
    assert isinstance(window, MainWindow)
    assert window.windowTitle() == "Corner Shop — arapp"
    window.close()


def test_an_unreadable_shop_file_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_start: list[object]
) -> None:
    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    errors: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a: errors.append(text)
    )
    assert run_app(str(bad), "en") == 1
    assert str(bad) in errors[0]


def test_the_sample_chosen_in_the_wizard_is_the_file_opened(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_start: list[object]
) -> None:
    path = tmp_path / "shop.sqlite3"
    sample = tmp_path / "shop-sample.sqlite3"

    def finish_with_sample(self: FirstRunWizard) -> QDialog.DialogCode:
        self.opened_path = sample
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FirstRunWizard, "exec", finish_with_sample)
    assert run_app(str(path), "en") == 0
    (window,) = quiet_start
    assert isinstance(window, MainWindow)
    assert window.db_path == sample and window.home_path == path
    window.close()


def test_switching_between_my_shop_and_the_sample(
    qtbot: QtBot, tmp_path: Path, restore_hooks: None
) -> None:
    from arapp.core.services.customers import CustomerQuery
    from arapp.ui.app import ShopSession
    from arapp.ui.i18n.language import manager

    manager().set_language("en", persist=False)
    home = tmp_path / "shop.sqlite3"
    shop = Shop.open(home)
    shop.settings.save_business(BusinessDetails(name="Corner Shop"))
    session = ShopSession(home)
    try:
        mine = session.open(home, shop)
        assert not mine.is_sample and not mine.sample_label.isVisibleTo(mine)
        assert mine.switch_shop_action.isVisible()
        assert mine.switch_shop_action.text() == "Open the &sample shop"

        mine.switch_shop_action.trigger()  # makes the sample (off the UI thread), opens it
        sample_window = session.window
        assert sample_window is not None and sample_window is not mine
        assert sample_window.db_path == tmp_path / "shop-sample.sqlite3"
        assert sample_window.is_sample and sample_window.sample_label.isVisibleTo(sample_window)
        assert sample_window.windowTitle().startswith("Sample shop: ")
        assert sample_window.switch_shop_action.text() == "&Back to my shop"
        assert session.shop is not None
        assert session.shop.customers.count(CustomerQuery()) == 200
        qtbot.waitUntil(lambda: not mine.isVisible())

        sample_window.switch_shop_action.trigger()
        back = session.window
        assert back is not None and back.db_path == home and not back.is_sample
        assert session.shop is not None
        assert session.shop.customers.count(CustomerQuery()) == 0  # nothing made-up here
        assert session.shop.settings.business().name == "Corner Shop"
        back.close()
    finally:
        session.close()


def test_a_demo_file_opened_on_its_own_offers_no_way_back(qtbot: QtBot, tmp_path: Path) -> None:
    from datetime import date

    from arapp.core.demo import make_demo_shop

    path = tmp_path / "demo.sqlite3"
    shop = Shop.open(path)
    try:
        make_demo_shop(shop.db, customers=3, end=date(2026, 6, 30))
        window = MainWindow(shop, path, home_path=path)
        qtbot.addWidget(window)
        assert window.is_sample
        assert not window.switch_shop_action.isVisible()
    finally:
        shop.close()


def test_a_big_log_is_rotated_at_start_up(tmp_path: Path, restore_hooks: None) -> None:
    from arapp.ui.app import LOG_BACKUPS, LOG_MAX_BYTES

    log = tmp_path / "arapp.log"
    log.write_bytes(b"x" * LOG_MAX_BYTES)
    for n in range(1, LOG_BACKUPS + 1):
        (tmp_path / f"arapp.log.{n}").write_text(f"backup {n}")
    assert setup_logging(tmp_path) == log
    logging.getLogger("arapp.test").info("fresh start")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "fresh start" in log.read_text(encoding="utf-8")
    assert (tmp_path / "arapp.log.1").stat().st_size == LOG_MAX_BYTES
    assert (tmp_path / "arapp.log.2").read_text() == "backup 1"
    assert (tmp_path / "arapp.log.3").read_text() == "backup 2"  # the oldest is dropped
    assert not (tmp_path / f"arapp.log.{LOG_BACKUPS + 1}").exists()


def test_a_small_log_is_kept(tmp_path: Path, restore_hooks: None) -> None:
    log = tmp_path / "arapp.log"
    log.write_text("earlier\n", encoding="utf-8")
    setup_logging(tmp_path)
    assert log.read_text(encoding="utf-8").startswith("earlier")
    assert not (tmp_path / "arapp.log.1").exists()


def test_switching_to_a_damaged_file_says_so_and_keeps_nothing_half_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "home.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    session = app_module.ShopSession(home=junk)
    session.switch(False)  # back to the owner's shop, which is damaged
    assert session.shop is None and session.window is None
    assert shown and "is not an arapp shop file" in shown[0]


def test_a_restart_reopens_the_sample_shop_the_owner_was_in(
    qtbot: QtBot, tmp_path: Path, quiet_start: list[object]
) -> None:
    from arapp.ui.app import ShopSession

    home = tmp_path / "shop.sqlite3"
    shop = Shop.open(home)
    shop.settings.save_business(BusinessDetails(name="Corner Shop"))
    session = ShopSession(home)
    try:
        session.open(home, shop)
        session.switch(True)  # the owner works in the sample shop, then quits
    finally:
        session.close()
    quiet_start.clear()

    assert run_app(str(home), "en") == 0
    window = quiet_start[-1]
    assert isinstance(window, MainWindow)
    assert window.db_path == tmp_path / "shop-sample.sqlite3"
    assert window.home_path == home and window.is_sample
    assert "opened as you left it" in window.sample_label.text()
    assert window.sample_label.isVisibleTo(window)
    window.close()
    back = ShopSession(home)  # back to my shop: the next start opens mine
    try:
        back.open(home).close()
    finally:
        back.close()
    quiet_start.clear()
    assert run_app(str(home), "en") == 0
    mine = quiet_start[-1]
    assert isinstance(mine, MainWindow)
    assert mine.db_path == home and not mine.is_sample
