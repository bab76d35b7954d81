"""`backup --to` somewhere it cannot write (issue #21, defect 10): a message, and no
empty or partial file left that looks like a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from arapp.core.errors import UserError
from arapp.core.services import Shop
from arapp.core.services import backup as backup_module
from arapp.core.services.backup import backup_database
from arapp.core.services.records import CustomerInput


@pytest.fixture
def shop_file(tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite3"
    shop = Shop.open(path)
    shop.customers.create(CustomerInput(code="C1", name="Dana"))
    shop.close()
    return path


def test_a_file_named_as_the_folder_is_refused(shop_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "not-a-folder"
    target.write_text("mine")
    with pytest.raises(UserError, match="is a file, not a folder"):
        backup_database(shop_file, target)
    assert target.read_text() == "mine"
    with pytest.raises(UserError, match=r"Cannot write a backup into .*sub"):
        backup_database(shop_file, target / "sub")


def test_a_full_disk_leaves_no_empty_backup(
    shop_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(source: Path, target: Path) -> None:
        target.write_bytes(b"")  # what SQLite leaves when the first page cannot be written
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module, "_copy", full)
    folder = tmp_path / "backups"
    with pytest.raises(UserError, match=r"Cannot write a backup into .*: database or disk is full"):
        backup_database(shop_file, folder)
    assert list(folder.iterdir()) == []


def test_a_backup_with_another_page_size_restores(shop_file: Path, tmp_path: Path) -> None:
    """Defect 10: a backup with 8192-byte pages failed to restore over a WAL shop file."""
    from arapp.core.services.backup import restore_database

    other = tmp_path / "other.sqlite3"
    shop = Shop.open(other)
    shop.customers.create(CustomerInput(code="P8", name="Page eight"))
    shop.close()
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA page_size = 8192")
    conn.execute("VACUUM")
    assert conn.execute("PRAGMA page_size").fetchone() == (8192,)
    conn.close()
    restore_database(other, shop_file)
    shop = Shop.open(shop_file)
    try:
        assert shop.customers.by_code("P8").name == "Page eight"
    finally:
        shop.close()
