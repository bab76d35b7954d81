"""One writer at a time (issue #21, defect 4 and deliverable 3).

Within one process, two transactions that read before they write wait for each other
instead of failing with "database is locked". Across processes, a second copy is refused
at once, told by which computer and since when, and a lock left by a dead process is free.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from arapp.core.errors import ShopFileInUse
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.core.store.lock import lock_path, read_holder
from arapp.core.store.models import Customer


def test_a_transaction_that_reads_first_waits_for_another_writer(tmp_path: Path) -> None:
    shop = Shop.open(tmp_path / "shop.sqlite3")
    reading = threading.Event()
    other_done = threading.Event()
    errors: list[BaseException] = []

    def reads_then_writes() -> None:
        try:
            with shop.db.atomic():
                Customer.select().count()  # read first…
                reading.set()
                other_done.wait(1.0)  # …the other thread tries to write meanwhile…
                shop.customers.create(CustomerInput(code="A", name="Alef"))  # …then write
        except BaseException as exc:
            errors.append(exc)
        finally:
            shop.release_thread()

    def writes() -> None:
        reading.wait(5)
        try:
            shop.customers.create(CustomerInput(code="B", name="Bet"))
        except BaseException as exc:
            errors.append(exc)
        finally:
            other_done.set()
            shop.release_thread()

    threads = [threading.Thread(target=reads_then_writes), threading.Thread(target=writes)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    try:
        assert errors == []
        assert sorted(c.code for c in Customer.select()) == ["A", "B"]
    finally:
        shop.close()


def test_the_same_process_may_open_a_file_twice(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    first = Shop.open(path)
    second = Shop.open_quickly(path)
    second.close()
    assert lock_path(path).exists()  # the first still holds it
    first.close()
    assert not lock_path(path).exists()


_HOLD = """
import sys, time
from arapp.core.services import Shop
shop = Shop.open(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


def _holder(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(path)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    return proc


def test_a_second_process_is_told_who_has_the_file(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    holder = _holder(path)
    try:
        started = time.monotonic()
        for opener in (Shop.open, Shop.open_quickly):
            with pytest.raises(ShopFileInUse) as caught:
                opener(path)
            assert socket.gethostname() in caught.value.message
            assert caught.value.params["since"]
        assert time.monotonic() - started < 2  # told at once, not after a busy wait
        assert read_holder(lock_path(path)).pid == holder.pid
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_left_by_a_killed_process_is_free(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    holder = _holder(path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert lock_path(path).exists()  # left behind by the crash…
    shop = Shop.open(path)  # …and no obstacle
    try:
        assert read_holder(lock_path(path)).pid == os.getpid()
    finally:
        shop.close()
