"""The sample shop never lands on the owner's shop (issue #21, defects 5 and 11)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from arapp.core.errors import UserError
from arapp.core.services import Shop
from arapp.core.services.settings import BusinessDetails

ROOT = Path(__file__).resolve().parents[2]


def settings_of(path: Path) -> dict[str, str]:
    shop = Shop.open(path)
    try:
        return {k: v for k, v in shop.db.execute_sql("SELECT key, value FROM setting")}
    finally:
        shop.close()


def set_up_shop(path: Path) -> None:
    """A shop whose owner typed the business details but has no customer yet."""
    shop = Shop.open(path)
    try:
        shop.settings.save_business(BusinessDetails(name="החנות שלי", owner_name="דנה"))
    finally:
        shop.close()


def test_a_set_up_shop_without_customers_is_not_made_a_sample(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    set_up_shop(path)
    before = settings_of(path)
    shop = Shop.open(path)
    try:
        with pytest.raises(UserError, match="already holds a shop"):
            shop.make_demo(customers=3)
    finally:
        shop.close()
    assert settings_of(path) == before
    assert before["business.name"] == "החנות שלי" and "shop.sample" not in before


def test_the_command_refuses_it_too(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    set_up_shop(path)
    before = settings_of(path)
    run = subprocess.run(
        [sys.executable, "-m", "arapp", "demo", "--customers", "3", "--db", str(path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 1, run.stderr
    assert "already holds a shop" in run.stderr and "Traceback" not in run.stderr
    assert settings_of(path) == before


@pytest.mark.parametrize("customers", ["-5", "0", "1000001"])
def test_a_sample_of_no_customers_is_refused_before_a_file_is_made(
    tmp_path: Path, customers: str
) -> None:
    path = tmp_path / "new.sqlite3"
    run = subprocess.run(
        [sys.executable, "-m", "arapp", "demo", "--customers", customers, "--db", str(path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 1
    assert f"{int(customers)} is not" in run.stderr and "Traceback" not in run.stderr
    assert not path.exists()


def test_an_empty_new_file_still_gets_the_sample(tmp_path: Path) -> None:
    shop = Shop.open(tmp_path / "new.sqlite3")
    try:
        summary = shop.make_demo(customers=3)
        assert summary.customers == 3
        assert shop.settings.is_sample()
    finally:
        shop.close()
