"""A shop file the command cannot use is a message and exit 1, never a traceback or a new
empty shop (issue #21: defects 2, 10 and 11's mistyped --db, deliverable 3)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from arapp.core.services import Shop
from arapp.core.store.migrations import SCHEMA_VERSION
from tests.cli.test_cli import arapp

CORPUS = Path(__file__).resolve().parents[1] / "data" / "imports"
COMMANDS = (
    ("check",),
    ("aging",),
    ("letters", "due", "--as-of", "2026-06-30"),
    ("import", "invoices", str(CORPUS / "customers_utf8.csv")),
)


def _newer(tmp_path: Path) -> Path:
    path = tmp_path / "newer.sqlite3"
    Shop.open(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    return path


def _text(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n" * 50)
    return path


def _damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.sqlite3"
    Shop.open(path).close()
    data = bytearray(path.read_bytes())
    data[:16] = b"garbage garbage!"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (_newer, "newer version of arapp"),
        (_text, "not an arapp shop file"),
        (_damaged, "not an arapp shop file"),
        (lambda tmp: tmp, "cannot be opened"),  # a folder
        (lambda tmp: tmp / "mistyped.sqlite3", "There is no shop file"),
    ],
    ids=["newer", "text", "damaged", "folder", "missing"],
)
def test_an_unusable_db_is_a_message(tmp_path: Path, make: object, says: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    before = path.read_bytes() if path.is_file() else None
    for command in COMMANDS:
        done = arapp(*command, "--db", path)
        assert done.returncode == 1, (command, done.stderr)
        assert says in done.stderr, (command, done.stderr)
        assert "Traceback" not in done.stderr
    if before is not None:
        assert path.read_bytes() == before  # not even switched to WAL
    assert not (tmp_path / "mistyped.sqlite3").exists()


def test_a_command_is_told_the_shop_is_open_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom arapp.core.services import Shop\n"
         "s = Shop.open(sys.argv[1])\nprint('open', flush=True)\ntime.sleep(60)", str(path)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        backup_dir = tmp_path / "b"
        # A backup reads alongside (SQLite's online backup); a restore or a write may not.
        assert arapp("backup", "--db", path, "--to", backup_dir).returncode == 0
        backup = next(backup_dir.iterdir())
        for command in (("aging",), ("restore", str(backup))):
            done = arapp(*command, "--db", path)
            assert done.returncode == 1, done.stderr
            assert "is open in arapp on the computer" in done.stderr
    finally:
        holder.kill()
        holder.wait()
    assert arapp("aging", "--db", path).returncode == 0  # free once it is gone


def test_a_file_damaged_inside_is_a_message(tmp_path: Path) -> None:
    """Defect 2 and 10: a file whose header is sound but whose pages are not opened, then
    failed with a traceback halfway through the command."""
    from datetime import date

    path = tmp_path / "inside.sqlite3"
    shop = Shop.open(path)
    shop.make_demo(customers=30, end=date(2026, 6, 30))
    shop.close()
    data = bytearray(path.read_bytes())
    data[3 * 4096:8 * 4096] = b"\x5a" * (5 * 4096)
    path.write_bytes(bytes(data))
    for command in COMMANDS:
        done = arapp(*command, "--db", path)
        assert done.returncode == 1, (command, done.stderr)
        assert "Traceback" not in done.stderr, (command, done.stderr)
    checked = arapp("check", "--db", path)
    assert "SQLite integrity" in checked.stderr or "damaged" in checked.stderr
