"""Backups (issue #21, defect 10): a backup with another page size restores. (A folder
that cannot be written is safety-store's backup code, tested there.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput


@pytest.fixture
def shop_file(tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite3"
    shop = Shop.open(path)
    shop.customers.create(CustomerInput(code="C1", name="Dana"))
    shop.close()
    return path


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
