"""Long ops run on their own thread and database connection, with Cancel."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.customers import CustomerQuery
from arapp.core.services.records import CustomerInput
from arapp.ui.ops.long_op import Cancelled, Progress, run_with_progress


def test_work_runs_off_the_ui_thread_and_its_writes_are_seen(qtbot: QtBot, file_shop: Shop) -> None:
    def work(progress: Progress) -> tuple[int, int]:
        file_shop.customers.create(CustomerInput(code="T1", name="From the worker"))
        progress(1, 1)
        return threading.get_ident(), id(file_shop.db.connection())

    thread_id, connection_id = run_with_progress(None, "t", "l", file_shop, work)
    assert thread_id != threading.get_ident()
    assert connection_id != id(file_shop.db.connection())  # its own connection
    assert file_shop.customers.by_code("T1").name == "From the worker"


def test_errors_come_back_to_the_caller(qtbot: QtBot, file_shop: Shop) -> None:
    def work(progress: Progress) -> None:
        raise ValueError("bad file")

    with pytest.raises(ValueError, match="bad file"):
        run_with_progress(None, "t", "l", file_shop, work)


def test_cancel_stops_the_work(qtbot: QtBot, file_shop: Shop) -> None:
    def press_cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                widget.canceled.emit()  # what the Cancel button and Escape do
                return
        QTimer.singleShot(50, press_cancel)

    def work(progress: Progress) -> int:
        for step in range(1000):
            progress(step, 1000)
            progress.check()
            time.sleep(0.01)
        return 1000

    QTimer.singleShot(50, press_cancel)
    with pytest.raises(Cancelled):
        run_with_progress(None, "t", "l", file_shop, work)
    assert file_shop.customers.count(CustomerQuery()) == 0


def test_in_memory_shops_run_inline(qtbot: QtBot, shop: Shop) -> None:
    assert run_with_progress(None, "t", "l", shop, lambda p: threading.get_ident()) == (
        threading.get_ident()
    )
