"""Issue #21, defect 10 (the part of it that is not the shop file's): arguments that gave
a traceback get a message naming the argument, and the shop is unchanged."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import END, arapp

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shop_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("args") / "shop.sqlite3"
    done = arapp("demo", "--db", db, "--customers", "30", "--seed", "3", "--end", END)
    assert done.returncode == 0, done.stderr
    return db


def dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


@pytest.mark.parametrize(
    ("args", "status", "says"),
    [
        (("letter", "C000001", "--kind", "reminder", "--discount", "nan"), 2,
         "--discount: not a number: 'nan'"),
        (("letter", "C000001", "--kind", "reminder", "--discount", "inf"), 2,
         "not a number"),
        (("letter", "C000001", "--kind", "reminder", "--date", "9999-12-31"), 2,
         "--date: 9999-12-31 is out of range"),
        (("letters", "batch", "--as-of", "9999-12-31"), 2, "--as-of: 9999-12-31 is out of range"),
        (("letters", "due", "--as-of", "0001-01-01"), 2, "--as-of: 0001-01-01 is out of range"),
        (("aging", "--as-of", "0001-01-01"), 2, "out of range"),
    ],
)
def test_an_argument_out_of_range_is_a_message(
    shop_db: Path, tmp_path: Path, args: tuple[str, ...], status: int, says: str
) -> None:
    before = dump(shop_db)
    extra = ("--out", tmp_path / "x.pdf") if args[0] in ("letter",) or "batch" in args else ()
    done = arapp(*args, *extra, "--db", shop_db)
    assert done.returncode == status, done.stderr
    assert says in done.stderr and "Traceback" not in done.stderr
    assert dump(shop_db) == before
    assert not (tmp_path / "x.pdf").exists()


def test_a_letter_out_into_a_folder_is_refused_before_anything_is_recorded(
    shop_db: Path, tmp_path: Path
) -> None:
    before = dump(shop_db)
    done = arapp("letter", "C000001", "--kind", "reminder", "--out", tmp_path, "--db", shop_db)
    assert done.returncode == 1
    assert "is a folder: --out names the letter's file" in done.stderr
    assert "Traceback" not in done.stderr
    assert dump(shop_db) == before and list(tmp_path.iterdir()) == []


def test_a_reader_that_goes_away_is_no_traceback(shop_db: Path) -> None:
    """`arapp letters due … | head -1`: the reader closes the pipe. Here it is closed
    before the command writes a byte, so the write fails every time."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "arapp", "letters", "due", "--as-of", END, "--db", str(shop_db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
    )
    assert proc.stdout is not None
    proc.stdout.close()
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 141, err.decode()
    assert b"Traceback" not in err and b"BrokenPipe" not in err
