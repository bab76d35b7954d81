"""Automatic backups (issue #21, deliverable 1): once a day at start and at exit when the
shop changed, verified, rotated 14 daily + 12 monthly, copied to a second folder, and the
warnings the owner sees."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arapp.core.errors import InvalidField
from arapp.core.services import Shop
from arapp.core.services.backup_rotation import BackupEntry, BackupPolicy, to_keep
from arapp.core.services.backups import BackupService, list_backups
from arapp.core.services.records import CustomerInput

START = datetime(2026, 3, 1, 9, 0)


@pytest.fixture
def shop(tmp_path: Path) -> Shop:
    shop = Shop.open(tmp_path / "shop" / "shop.sqlite3")
    shop.customers.create(CustomerInput(code="A", name="Alef"))
    yield shop
    shop.close()


def service(shop: Shop, tmp_path: Path) -> BackupService:
    return BackupService(shop, root=tmp_path / "auto")


def test_a_backup_at_the_first_start_of_a_day_only(shop: Shop, tmp_path: Path) -> None:
    backups = service(shop, tmp_path)
    first = backups.run(now=START)
    assert first.written is not None and first.problems == ()
    assert backups.run(now=START + timedelta(hours=3)).written is None  # same day
    assert backups.run(now=START + timedelta(days=1)).written is not None
    assert [e.made.date() for e in backups.available()] == [
        (START + timedelta(days=1)).date(), START.date()]


def test_at_exit_only_when_the_shop_changed(shop: Shop, tmp_path: Path) -> None:
    backups = service(shop, tmp_path)
    assert backups.run(now=START).written is not None
    assert backups.run(at_exit=True, now=START + timedelta(hours=1)).written is None
    shop.customers.create(CustomerInput(code="B", name="Bet"))
    written = backups.run(at_exit=True, now=START + timedelta(hours=2)).written
    assert written is not None
    con = sqlite3.connect(written)
    assert con.execute("SELECT count(*) FROM customer").fetchone()[0] == 2
    con.close()


def test_rotation_keeps_the_days_and_months_asked_for(shop: Shop, tmp_path: Path) -> None:
    backups = service(shop, tmp_path)
    backups.save_policy(BackupPolicy(keep_daily=5, keep_monthly=3))
    for day in range(150):
        backups.run(now=START + timedelta(days=day))
    made = [e.made for e in list_backups(backups.folder)]
    last = START + timedelta(days=149)
    assert made[:5] == [last - timedelta(days=n) for n in range(5)]
    months = [(m.year, m.month) for m in made[5:]]
    assert months == [(2026, 6), (2026, 5), (2026, 4)]  # July has its daily ones
    assert BackupService(shop).policy() == BackupPolicy(keep_daily=5, keep_monthly=3)


def test_a_second_folder_gets_a_verified_copy(shop: Shop, tmp_path: Path) -> None:
    backups = service(shop, tmp_path)
    second = tmp_path / "usb"
    backups.save_policy(BackupPolicy(second_folder=str(second)))
    run = backups.run(now=START)
    assert run.problems == () and run.written is not None
    copies = list_backups(second)
    assert [c.path.name for c in copies] == [run.written.name]
    assert copies[0].path.read_bytes() == run.written.read_bytes()


def test_a_second_folder_that_cannot_be_written_is_a_warning(shop: Shop, tmp_path: Path) -> None:
    backups = service(shop, tmp_path)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the USB stick should be")
    backups.save_policy(BackupPolicy(second_folder=str(blocked)))
    run = backups.run(now=START)
    assert run.written is not None  # the main backup is made all the same
    assert [p.template for p in run.problems] == [
        "The second backup folder {path} cannot be written to; check that the USB stick or "
        "the synced folder is there"]
    assert any("second backup folder" in w.message for w in backups.warnings(now=START))


def test_warnings_for_no_backup_and_a_week_old_one(shop: Shop, tmp_path: Path) -> None:
    backups = service(shop, tmp_path)
    assert [w.message for w in backups.warnings(now=START)] == ["This shop has no backup yet"]
    backups.run(now=START)
    assert backups.warnings(now=START + timedelta(days=7)) == []
    late = backups.warnings(now=START + timedelta(days=8))
    assert [w.message for w in late] == [
        "The newest backup of this shop is from 01/03/2026, 8 days ago"]


def test_a_sample_shop_is_not_backed_up(shop: Shop, tmp_path: Path) -> None:
    shop.settings.mark_sample()
    backups = service(shop, tmp_path)
    assert backups.run(now=START).written is None and backups.warnings(now=START) == []


@pytest.mark.parametrize(
    "policy",
    [BackupPolicy(keep_daily=0), BackupPolicy(keep_monthly=-1),
     BackupPolicy(second_folder="relative/folder")],
)
def test_a_bad_policy_is_refused(shop: Shop, tmp_path: Path, policy: BackupPolicy) -> None:
    backups = service(shop, tmp_path)
    with pytest.raises(InvalidField):
        backups.save_policy(policy)
    assert backups.policy() == BackupPolicy()


times = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2027, 1, 1))


@settings(max_examples=200, deadline=None)
@given(st.lists(times, max_size=80, unique=True), st.integers(1, 20), st.integers(0, 15))
def test_rotation_rules(made: list[datetime], daily: int, monthly: int) -> None:
    entries = [BackupEntry(Path(f"b{n}"), t) for n, t in enumerate(made)]
    keep = to_keep(entries, BackupPolicy(keep_daily=daily, keep_monthly=monthly))
    kept = [e for e in entries if e.path in keep]
    assert len(kept) <= daily + monthly
    if entries:
        assert max(entries, key=lambda e: e.made).path in keep  # the newest always stays
    # Each kept backup is the newest of its day; distinct days among the kept.
    days = [e.made.date() for e in kept]
    assert len(days) == len(set(days))
    for e in kept:
        assert e.made == max(x.made for x in entries if x.made.date() == e.made.date())
    # The newest `daily` days that have a backup all keep one.
    all_days = sorted({e.made.date() for e in entries}, reverse=True)
    assert set(all_days[:daily]) <= set(days)
