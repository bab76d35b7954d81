"""Shop.open_quickly: the app reads its first screen before the ORM loads, and the ORM
then works on that very connection."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from arapp.core.errors import DamagedShopFile
from arapp.core.services import Shop
from arapp.core.services.customer_search import CustomerQuery
from arapp.core.services.records import CustomerInput
from arapp.core.services.settings import BusinessDetails
from arapp.core.store.migrations import SCHEMA_VERSION, migrate


@pytest.fixture
def shop_file(tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite3"
    shop = Shop.open(path)
    try:
        shop.settings.save_business(BusinessDetails(name="Corner Shop", currency="ILS"))
        for n, name in enumerate(["אבי לוי", "أحمد يوسف", "Anna Katz"]):
            shop.customers.create(CustomerInput(code=f"C{n}", name=name))
    finally:
        shop.close()
    return path


def test_the_first_screen_reads_without_the_orm(shop_file: Path) -> None:
    code = (
        "import sys; from arapp.core.services import Shop;"
        "from arapp.core.services.customer_search import CustomerQuery;"
        f"s = Shop.open_quickly({str(shop_file)!r});"
        "page, total = s.customer_list.first_page(CustomerQuery(lang='he'));"
        "print(s.info.business_name(), s.info.currency, s.info.is_sample(), total,"
        " [c.code for c in page], 'peewee' in sys.modules); s.close()"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [
        "Corner", "Shop", "ILS", "False", "3", "['C0',", "'C1',", "'C2']", "False"
    ]


def test_the_orm_adopts_the_first_connection(shop_file: Path) -> None:
    shop = Shop.open_quickly(shop_file)
    try:
        assert shop.info.is_set_up()
        first = shop.customer_list.count_matches(CustomerQuery())
        # Inside a transaction of the ORM, the plain reads see its uncommitted rows: one
        # connection, one transaction.
        with shop.db.atomic() as transaction:
            made = shop.customers.create(CustomerInput(code="NEW", name="New one"))
            assert shop.customer_list.count_matches(CustomerQuery()) == first + 1
            transaction.rollback()
        assert shop.customer_list.count_matches(CustomerQuery()) == first
        made = shop.customers.create(CustomerInput(code="NEW", name="New one"))
        shop.invoices.create_invoice(made.id, "1", date(2026, 1, 1), Decimal("12.50"))
        listed = shop.customer_list.search(CustomerQuery(text="NEW"))
        assert [c.balance for c in listed] == [Decimal("12.50")]
    finally:
        shop.close()
    again = Shop.open(shop_file)
    try:
        assert again.customers.by_code("NEW").balance == Decimal("12.50")
    finally:
        again.close()


def test_background_threads_get_their_own_connection(shop_file: Path) -> None:
    import threading

    shop = Shop.open_quickly(shop_file)
    try:
        db = shop.db
        seen: list[int] = []

        def work() -> None:
            db.connect(reuse_if_open=True)
            try:
                seen.append(db.execute_sql("SELECT COUNT(*) FROM customer").fetchone()[0])
            finally:
                db.close()

        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
        assert seen == [3]
        assert shop.customer_list.count_matches(CustomerQuery()) == 3  # main one still open
    finally:
        shop.close()


def test_a_new_or_older_file_is_opened_fully_and_migrated(tmp_path: Path) -> None:
    new = Shop.open_quickly(tmp_path / "new.sqlite3")
    try:
        assert not new.info.is_set_up()
        assert new.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        new.close()
    older = tmp_path / "older.sqlite3"
    db = SqliteDatabase(str(older))
    migrate(db, target=SCHEMA_VERSION - 1)
    db.close()
    shop = Shop.open_quickly(older)
    try:
        assert shop.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        names = {r[0] for r in shop.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"debit_open", "credit_date"} <= names
    finally:
        shop.close()


def test_a_closed_shop_does_not_open_again(shop_file: Path) -> None:
    shop = Shop.open_quickly(shop_file)
    shop.close()
    with pytest.raises(RuntimeError, match="closed"):
        shop.customer_list.count_matches(CustomerQuery())
    with pytest.raises(RuntimeError, match="closed"):
        _ = shop.db


def test_a_file_that_is_not_a_shop_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    with pytest.raises(DamagedShopFile) as caught:  # the core's error, not sqlite3's
        Shop.open_quickly(junk)
    assert isinstance(caught.value.__cause__, sqlite3.DatabaseError)
