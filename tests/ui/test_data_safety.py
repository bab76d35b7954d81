"""Data safety in the app (issue #21): restore from the app brings back exactly the
backed-up data; a second copy is told the file is in use; a damaged file at start is not
opened and the latest good backup is offered; backup warnings show; the log keeps no
names and is private."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from arapp.core.errors import UserError
from arapp.core.services import Shop
from arapp.core.services import backups as backups_module
from arapp.core.services.backup_rotation import BackupPolicy
from arapp.core.services.backups import automatic_folder, list_backups
from arapp.core.services.settings import BusinessDetails
from arapp.core.store.lock import computer_name
from arapp.ui import app as app_module
from arapp.ui.app import ExceptionHook, ShopSession, run_app, setup_logging
from arapp.ui.settings.backups_page import BackupSettingsPage
from arapp.ui.shell import backup_restore
from arapp.ui.shell.main_window import MainWindow
from arapp.ui.shell.restore_dialog import RestoreDialog
from tests.ui.conftest import add_customer, make_window

TABLES = ("customer", "debit", "credit", "allocation", "setting")


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}
    finally:
        con.close()


def set_up_shop(path: Path) -> Shop:
    shop = Shop.open(path)
    shop.settings.save_business(BusinessDetails(name="Corner Shop"))
    add_customer(shop, "C1", "Before the backup")
    return shop


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


@pytest.fixture
def quiet_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_hooks: None
) -> list[MainWindow]:
    shown: list[MainWindow] = []
    monkeypatch.setattr(app_module, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    old = os.umask(0o022)  # run_app sets its own; put the test process's back
    yield shown
    os.umask(old)
    for window in shown:
        window.close()


def test_restore_from_the_app_brings_back_exactly_the_backed_up_data(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "shop.sqlite3"
    shop = set_up_shop(home)
    session = ShopSession(home)
    session.open(home, shop)
    try:
        run = shop.backups.run()
        assert run.written is not None
        backed_up = rows(run.written)
        add_customer(shop, "C2", "After the backup")
        assert rows(home) != backed_up

        def pick_first(dialog: RestoreDialog) -> int:
            assert dialog.table.rowCount() == 1 and dialog.restore_button.isEnabled()
            dialog.restore_button.click()
            return int(dialog.result())

        monkeypatch.setattr(RestoreDialog, "exec", pick_first)
        monkeypatch.setattr(backup_restore, "confirm_restore", lambda _p, backup: True)
        monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
        assert session.window is not None
        session.window.restore_action.trigger()
        assert session.shop is not None and session.shop is not shop
        session.shop.close()
        session.shop = None
        restored = rows(home)
        # Exactly the backup, row for row, apart from the day the balances are cached for.
        assert restored == backed_up
    finally:
        if session.window is not None:
            session.window.close()
        session.close()


_HOLD = (
    "import sys, time\nfrom arapp.core.services import Shop\n"
    "s = Shop.open(sys.argv[1])\nprint('open', flush=True)\ntime.sleep(60)"
)


def test_a_second_copy_of_the_app_is_told_the_file_is_in_use(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_start: list[MainWindow]
) -> None:
    path = tmp_path / "shop.sqlite3"
    set_up_shop(path).close()
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(path)],
                              stdout=subprocess.PIPE, text=True)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: said.append(text))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert run_app(str(path), "en") == 1
    finally:
        holder.kill()
        holder.wait()
    assert quiet_start == []
    assert "is open in arapp on the computer" in said[0] and computer_name() in said[0]


def test_a_damaged_file_at_start_offers_the_latest_good_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_start: list[MainWindow]
) -> None:
    path = tmp_path / "shop.sqlite3"
    shop = set_up_shop(path)
    written = shop.backups.run().written
    shop.close()
    assert written is not None
    data = bytearray(path.read_bytes())
    data[:16] = b"garbage garbage!"
    path.write_bytes(bytes(data))
    offered: list[str] = []

    def restore_it(box: QMessageBox) -> int:
        offered.append(box.text() + " " + box.informativeText())
        box.buttons()[0].click() if "Restore" in box.buttons()[0].text() else next(
            b for b in box.buttons() if "Restore" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", restore_it)
    assert run_app(str(path), "en") == 0
    assert "is damaged, so it was not opened" in offered[0]
    (window,) = quiet_start
    assert window.windowTitle() == "Corner Shop — arapp"
    [kept] = tmp_path.glob("shop.sqlite3.before-restore-*")
    assert kept.read_bytes()[:16] == b"garbage garbage!"


def test_the_app_backs_up_at_exit_into_private_files(
    qtbot: QtBot, tmp_path: Path, quiet_start: list[MainWindow]
) -> None:
    path = tmp_path / "shop.sqlite3"
    set_up_shop(path).close()
    assert run_app(str(path), "en") == 0
    [entry] = list_backups(automatic_folder(path))
    assert stat.S_IMODE(entry.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(backups_module.backups_root().stat().st_mode) == 0o700
    log_file = tmp_path / "logs" / "arapp.log"
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700


def test_backup_warnings_show_in_the_status_bar(qtbot: QtBot, file_shop: Shop,
                                                tmp_path: Path) -> None:
    blocked = tmp_path / "usb-not-there"
    blocked.write_text("")
    file_shop.backups.save_policy(BackupPolicy(second_folder=str(blocked)))
    window = make_window(qtbot, file_shop)
    status = window.backup_status
    assert not status.isVisible()
    status.start(file_shop)
    qtbot.waitUntil(lambda: status.isVisible(), timeout=10000)
    assert "cannot be written to" in status.toolTip()
    assert status.width() <= 760
    assert list_backups(file_shop.backups.folder)  # the backup itself was made


def test_the_backups_page_saves_the_policy(qtbot: QtBot, file_shop: Shop,
                                           tmp_path: Path) -> None:
    page = BackupSettingsPage(file_shop)
    qtbot.addWidget(page)
    page.load()
    assert page.keep_daily.value() == 14 and page.keep_monthly.value() == 12
    page.keep_daily.setValue(30)
    page.second.setText("relative/folder")
    assert page.check() is not None
    page.second.setText(str(tmp_path / "usb"))
    assert page.check() is None
    page.save()
    assert file_shop.backups.policy() == BackupPolicy(30, 12, str(tmp_path / "usb"))


def test_a_refusal_is_logged_without_its_values(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_hooks: None
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    log_file = setup_logging(tmp_path)
    err = UserError("No customer with code “{code}”", code="Moshe Cohen 052-1234567")
    ExceptionHook(log_file)(UserError, err, None)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "No customer with code “{code}”" in text
    assert "Moshe" not in text and "052" not in text


def test_restore_dialog_lists_newest_first(qtbot: QtBot, file_shop: Shop) -> None:
    for day in (1, 2, 3):
        file_shop.backups.run(now=datetime(2026, 3, day, 9, 0))
    entries = file_shop.backups.available()
    dialog = RestoreDialog(entries, file_shop.backups.folder)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text().split()[0] for r in range(3)] == [
        "03/03/2026", "02/03/2026", "01/03/2026"]
    dialog.other_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen is None


def test_the_password_is_asked_at_start_and_before_void_restore_settings(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_start: list[MainWindow]
) -> None:
    from arapp.ui.ledger.void_dialog import VoidDialog
    from arapp.ui.security.password_prompt import PasswordDialog

    path = tmp_path / "shop.sqlite3"
    shop = set_up_shop(path)
    shop.password.set("open sesame")
    shop.close()
    asked: list[str] = []
    typed = {"text": "wrong"}

    def answer(dialog: PasswordDialog) -> int:
        asked.append(dialog.why.value)
        dialog.password.setText(typed["text"])
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        if dialog.result() != QDialog.DialogCode.Accepted:  # wrong: said, and still open
            assert "not the password" in dialog.error.text()
            dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(PasswordDialog, "exec", answer)
    assert run_app(str(path), "en") == 0 and quiet_start == []  # wrong password: no window
    typed["text"] = "open sesame"
    assert run_app(str(path), "en") == 0
    assert len(quiet_start) == 1
    shop = Shop.open(path)
    window = MainWindow(shop, path)
    qtbot.addWidget(window)
    typed["text"] = "wrong"
    assert window.open_settings() is False
    assert backup_restore.choose_backup(window, path, shop) is None
    voided: list[str] = []

    class Card(QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.shop = shop

    card = Card()
    dialog = VoidDialog("Void?", voided.append, card)
    dialog.reason.setText("typo")
    dialog.accept()
    assert voided == []
    typed["text"] = "open sesame"
    dialog.accept()
    assert voided == ["typo"]
    assert asked == ["start", "start", "settings", "restore", "void", "void"]
    window.close()
    shop.close()
