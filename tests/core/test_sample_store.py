"""The sample shop lives in its own file; opening it for a moment leaves the owner's shop
as the one the models write to."""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal
from pathlib import Path

from arapp.core.demo import make_demo_shop
from arapp.core.services import Shop
from arapp.core.services.customers import CustomerQuery
from arapp.core.services.records import CustomerInput
from arapp.core.store.connection import sample_db_path
from arapp.core.store.db import other_database


def test_the_sample_file_sits_beside_the_shop(tmp_path: Path) -> None:
    assert sample_db_path(tmp_path / "shop.sqlite3") == tmp_path / "shop-sample.sqlite3"
    assert sample_db_path(tmp_path / "my.db") == tmp_path / "my-sample.sqlite3"


def test_a_demo_shop_says_it_is_a_sample(tmp_path: Path) -> None:
    shop = Shop.open(tmp_path / "demo.sqlite3")
    try:
        assert not shop.settings.is_sample()
        make_demo_shop(shop.db, customers=5, end=date(2026, 6, 30))
        assert shop.settings.is_sample()
    finally:
        shop.close()


def test_other_database_gives_the_models_back(tmp_path: Path) -> None:
    shop = Shop.open(tmp_path / "shop.sqlite3")
    try:
        with other_database(sample_db_path(tmp_path / "shop.sqlite3")) as sample:
            make_demo_shop(sample, customers=3, end=date(2026, 6, 30))
        # Written after the sample was made: must land in the owner's file.
        made = shop.customers.create(CustomerInput(code="OWN1", name="Real customer"))
        shop.invoices.create_invoice(made.id, "1", date(2026, 7, 1), Decimal("10"))
        assert shop.customers.count(CustomerQuery()) == 1
        assert not shop.settings.is_sample()
    finally:
        shop.close()
    sample_shop = Shop.open(tmp_path / "shop-sample.sqlite3")
    try:
        assert sample_shop.customers.count(CustomerQuery()) == 3
        assert sample_shop.customers.count(CustomerQuery(text="OWN1")) == 0
    finally:
        sample_shop.close()


def test_other_database_redirects_only_its_own_thread(tmp_path: Path) -> None:
    """While the sample shop is being made, work on another thread (a backup, the
    window's loads) still reads and writes the owner's shop."""
    shop = Shop.open(tmp_path / "shop.sqlite3")
    entered, resume = threading.Event(), threading.Event()

    def make_sample() -> None:
        with other_database(sample_db_path(tmp_path / "shop.sqlite3")) as sample:
            make_demo_shop(sample, customers=3, end=date(2026, 6, 30))
            entered.set()
            resume.wait(10)

    maker = threading.Thread(target=make_sample)
    maker.start()
    try:
        assert entered.wait(30)
        # The models on this thread still write to the owner's shop.
        shop.customers.create(CustomerInput(code="OWN1", name="Real customer"))
        assert shop.customers.count(CustomerQuery()) == 1
        assert not shop.settings.is_sample()
    finally:
        resume.set()
        maker.join()
        shop.close()
    sample_shop = Shop.open(tmp_path / "shop-sample.sqlite3")
    try:
        assert sample_shop.customers.count(CustomerQuery()) == 3
    finally:
        sample_shop.close()
