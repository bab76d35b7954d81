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
from arapp.ui.first_run import FirstRunWizard
from arapp.ui.main_window import MainWindow


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
