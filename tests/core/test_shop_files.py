"""The store's errors about the shop file reach the UI and the CLI as the core's own
UserErrors, with messages, so neither needs to know sqlite3 or peewee."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee
import pytest

from arapp.core.errors import (
    CannotOpenShopFile,
    DamagedShopFile,
    NewerShopFile,
    ShopFileLocked,
    UserError,
)
from arapp.core.services import Shop, shop_file_error
from arapp.core.store.migrations import SCHEMA_VERSION


@pytest.mark.parametrize("opener", [Shop.open, Shop.open_quickly])
def test_a_file_that_is_not_a_shop_is_damaged(tmp_path: Path, opener: object) -> None:
    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DamagedShopFile) as caught:
        opener(bad)  # type: ignore[operator]
    assert isinstance(caught.value, UserError)
    assert str(bad) in caught.value.message


@pytest.mark.parametrize("opener", [Shop.open, Shop.open_quickly])
def test_a_file_from_a_newer_arapp_says_so(tmp_path: Path, opener: object) -> None:
    path = tmp_path / "newer.sqlite3"
    Shop.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(NewerShopFile, match="newer version"):
        opener(path)  # type: ignore[operator]


def test_a_folder_that_cannot_be_made_cannot_be_opened(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(CannotOpenShopFile):
        Shop.open_quickly(blocker / "shop.sqlite3")


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (sqlite3.OperationalError("database is locked"), ShopFileLocked),
        (peewee.OperationalError("database is locked"), ShopFileLocked),
        (sqlite3.DatabaseError("database disk image is malformed"), DamagedShopFile),
        (sqlite3.OperationalError("unable to open database file"), CannotOpenShopFile),
        (PermissionError("denied"), CannotOpenShopFile),
    ],
)
def test_store_errors_map_to_shop_file_errors(exc: Exception, kind: type) -> None:
    assert type(shop_file_error(exc, "/x/shop.sqlite3")) is kind


def test_other_errors_are_not_mapped(tmp_path: Path) -> None:
    assert shop_file_error(ValueError("no"), "x") is None
    assert shop_file_error(sqlite3.IntegrityError("UNIQUE constraint failed"), "x") is None
    shop = Shop.open(tmp_path / "shop.sqlite3")
    try:
        with pytest.raises(ShopFileLocked), shop.database_errors():
            raise sqlite3.OperationalError("database is locked")
        with pytest.raises(KeyError), shop.database_errors():
            raise KeyError("a programming error passes unchanged")
    finally:
        shop.close()
