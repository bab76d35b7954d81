"""`arapp casefile` as a user runs it: the ZIP, and exit 1 with a message for an unknown
customer or a place that cannot be written."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.cli.test_cli import arapp


@pytest.fixture
def shop_db(tmp_path: Path) -> Path:
    db = tmp_path / "shop.sqlite3"
    customers = tmp_path / "customers.csv"
    customers.write_text(
        "code,name,phone,email,address,id_number,credit_limit,language\n"
        "K1,דוד כהן,052-1234567,,,,,he\n", encoding="utf-8")
    assert arapp("import", "customers", customers, "--db", db).returncode == 0
    assert arapp("log", "K1", "--kind", "call", "--direction", "out", "--note", "שלום",
                 "--db", db).returncode == 0
    return db


def test_casefile_writes_the_zip(shop_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "K1.zip"
    done = arapp("casefile", "K1", "--out", out, "--lang", "ar", "--as-of", "2026-06-01",
                 "--db", shop_db)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert (summary["customer"], summary["letters"], summary["log_entries"]) == ("K1", 0, 1)
    with zipfile.ZipFile(out) as z:
        assert z.namelist() == ["statement.pdf", "letters/letters.csv", "log.pdf", "log.csv",
                                "cheques.csv"]
        assert z.read("statement.pdf").startswith(b"%PDF")
        assert "שלום" in z.read("log.csv").decode("utf-8-sig")
        assert z.read("log.pdf").startswith(b"%PDF")
    assert summary["files"] == ["statement.pdf", "letters/letters.csv", "log.pdf", "log.csv",
                                "cheques.csv"]


def test_unknown_customer_and_unwritable_place_exit_1(shop_db: Path, tmp_path: Path) -> None:
    unknown = arapp("casefile", "NOPE", "--out", tmp_path / "x.zip", "--db", shop_db)
    assert unknown.returncode == 1 and "NOPE" in unknown.stderr
    nowhere = arapp("casefile", "K1", "--out", tmp_path / "no" / "x.zip", "--db", shop_db)
    assert nowhere.returncode == 1 and "cannot be written" in nowhere.stderr
    assert not (tmp_path / "x.zip").exists() and not (tmp_path / "no").exists()
