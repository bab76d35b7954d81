"""Query ops run off the UI thread with their own connection and report on the UI thread."""

from __future__ import annotations

import sqlite3
import threading

from pytestqt.qtbot import QtBot

from arapp.core.errors import ShopFileLocked, UserError
from arapp.core.services import Shop
from arapp.core.services.customers import CustomerQuery
from arapp.ui.ops.query import run_query


def test_the_result_arrives_on_the_ui_thread(qtbot: QtBot, file_shop: Shop) -> None:
    ran_on: list[int] = []
    got: list[tuple[int, int]] = []

    def work() -> int:
        ran_on.append(threading.get_ident())
        return file_shop.customers.count(CustomerQuery())

    handle = run_query(file_shop, work, lambda n: got.append((n, threading.get_ident())))
    qtbot.waitUntil(lambda: handle.done)
    assert ran_on[0] != threading.get_ident()
    assert got == [(0, threading.get_ident())]


def test_store_errors_arrive_as_the_cores_errors(qtbot: QtBot, file_shop: Shop) -> None:
    failed: list[BaseException] = []

    def work() -> None:
        raise sqlite3.OperationalError("database is locked")

    handle = run_query(file_shop, work, lambda _r: None, failed.append)
    qtbot.waitUntil(lambda: handle.done)
    assert isinstance(failed[0], ShopFileLocked) and isinstance(failed[0], UserError)


def test_an_in_memory_shop_runs_on_the_ui_thread_and_reports_at_once(
    qtbot: QtBot, shop: Shop
) -> None:
    got: list[int] = []
    handle = run_query(shop, threading.get_ident, got.append)
    assert handle.done and got == [threading.get_ident()]


def test_a_failure_after_the_shop_closed_is_not_reported(qtbot: QtBot, file_shop: Shop) -> None:
    """The window went away while its query ran (the app quitting, a test's teardown): a
    dialog about it would block the exit (it hung the password test once Today opened
    first)."""
    failed: list[BaseException] = []
    release = threading.Event()

    def work() -> None:
        release.wait(5)
        raise sqlite3.ProgrammingError("Cannot operate on a closed database.")

    handle = run_query(file_shop, work, lambda _r: None, failed.append)
    file_shop.close()
    release.set()
    qtbot.waitUntil(lambda: handle.done)
    assert failed == []
