"""Backups and restores that keep every copy (issue #21, defects 1–3 and 8)."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.errors import NewerShopFile, UserError
from arapp.core.services import Shop
from arapp.core.services import backup as backup_module
from arapp.core.services.backup import backup_database, restore_database, verify_backup
from arapp.core.services.records import CustomerInput
from arapp.core.store.migrations import SCHEMA_VERSION

TABLES = ("customer", "debit", "credit", "allocation", "setting")


def make_shop(path: Path, customers: int = 3) -> None:
    shop = Shop.open(path)
    try:
        for n in range(customers):
            c = shop.customers.create(CustomerInput(code=f"C{n}", name=f"Customer {n}"))
            shop.invoices.create_invoice(c.id, f"INV-{n}", date(2026, 1, 1), Decimal("100.00"))
            shop.payments.record_payment(c.id, date(2026, 1, 5), Decimal("40.00"))
    finally:
        shop.close()


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}
    finally:
        con.close()


def add_customer(path: Path, code: str) -> None:
    shop = Shop.open(path)
    try:
        shop.customers.create(CustomerInput(code=code, name=code))
    finally:
        shop.close()


def damage_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:16] = b"garbage garbage!"
    path.write_bytes(bytes(data))


class FixedClock:
    """datetime.now() always the same second and microsecond."""

    @staticmethod
    def now() -> datetime:
        return datetime(2026, 11, 27, 10, 0, 0, 0)

    strptime = staticmethod(datetime.strptime)


def test_restore_brings_back_exactly_the_backed_up_data(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    make_shop(db)
    backup = backup_database(db, tmp_path / "backups")
    before = rows(backup)
    add_customer(db, "LATER")
    assert rows(db) != before
    kept = restore_database(backup, db)
    assert rows(db) == before
    assert kept is not None and "LATER" in {r[1] for r in rows(kept)["customer"]}


def test_two_restores_in_one_instant_keep_both_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Defect 1: the kept copy's name had one-second resolution; the second restore
    overwrote the first copy, the only one of the shop as it was."""
    db = tmp_path / "shop.sqlite3"
    make_shop(db)
    backup = backup_database(db, tmp_path / "backups")
    add_customer(db, "FIRST")
    monkeypatch.setattr(backup_module, "datetime", FixedClock)
    first = restore_database(backup, db)
    add_customer(db, "SECOND")
    second = restore_database(backup, db)
    assert first is not None and second is not None and first != second
    assert "FIRST" in {r[1] for r in rows(first)["customer"]}
    assert "SECOND" in {r[1] for r in rows(second)["customer"]}


def test_two_backups_in_one_instant_are_two_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "shop.sqlite3"
    make_shop(db)
    monkeypatch.setattr(backup_module, "datetime", FixedClock)
    a = backup_database(db, tmp_path / "b")
    add_customer(db, "NEW")
    b = backup_database(db, tmp_path / "b")
    assert a != b and rows(a) != rows(b)


def test_restore_over_a_damaged_shop_file_keeps_its_bytes(tmp_path: Path) -> None:
    """Defect 2: the damaged file was copied through SQLite ('file is not a database')."""
    db = tmp_path / "shop.sqlite3"
    make_shop(db)
    backup = backup_database(db, tmp_path / "backups")
    damage_header(db)
    damaged = db.read_bytes()
    kept = restore_database(backup, db)
    assert kept is not None and kept.read_bytes() == damaged
    assert rows(db) == rows(backup)
    shop = Shop.open(db)
    try:
        assert shop.check() == []
    finally:
        shop.close()


def test_check_on_a_malformed_file_reports_it(tmp_path: Path) -> None:
    """Defect 2: `arapp check` crashed on a damaged file instead of reporting."""
    db = tmp_path / "shop.sqlite3"
    make_shop(db, customers=40)
    data = bytearray(db.read_bytes())
    page = 4096
    data[3 * page:6 * page] = b"\x5a" * (3 * page)
    db.write_bytes(bytes(data))
    shop = Shop.open(db)
    try:
        problems = shop.check()
    finally:
        shop.close()
    assert problems and problems[0].startswith("SQLite integrity")


def test_a_backup_is_in_rollback_journal_mode(tmp_path: Path) -> None:
    """Defect 3: backups were left in WAL mode, which a read-only medium cannot read."""
    db = tmp_path / "shop.sqlite3"
    make_shop(db)
    backup = backup_database(db, tmp_path / "backups")
    header = backup.read_bytes()[:20]
    assert (header[18], header[19]) == (1, 1)  # 2, 2 would be WAL
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]  # no -wal/-shm
    # Read as a read-only medium reads it: no file may be made beside it.
    con = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    assert verify_backup(backup) == SCHEMA_VERSION
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]


def test_an_old_wal_mode_backup_still_verifies_and_restores(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    make_shop(db)
    old = tmp_path / "arapp-backup-20250101-120000.sqlite3"
    src, dst = sqlite3.connect(db), sqlite3.connect(old)
    src.backup(dst)
    dst.close()
    src.close()
    assert old.read_bytes()[18] == 2
    verify_backup(old)
    restore_database(old, tmp_path / "new.sqlite3")
    assert rows(tmp_path / "new.sqlite3") == rows(db)


def test_a_backup_breaking_a_ledger_rule_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    make_shop(db)
    backup = backup_database(db, tmp_path / "backups")
    con = sqlite3.connect(backup)
    con.execute("UPDATE debit SET paid = paid + 1")
    con.commit()
    con.close()
    with pytest.raises(UserError, match="ledger checks"):
        verify_backup(backup)


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    make_shop(db)
    before = rows(db)
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    for bad in (other, tmp_path / "missing.sqlite3"):
        with pytest.raises(UserError):
            restore_database(bad, db)
    assert rows(db) == before
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_a_backup_into_a_file_is_a_message_and_leaves_nothing(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    make_shop(db)
    target = tmp_path / "a-file"
    target.write_text("x")
    with pytest.raises(UserError, match="not a folder"):
        backup_database(db, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "shop.sqlite3"]


def test_a_newer_schema_file_is_refused_before_it_is_switched_to_wal(tmp_path: Path) -> None:
    """Defect 10: the file was switched to WAL (written to) before the refusal."""
    path = tmp_path / "newer.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customer (x)")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    before = path.read_bytes()
    for opener in (Shop.open, Shop.open_quickly):
        with pytest.raises(NewerShopFile):
            opener(path)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_are_readable_by_the_owner_only_under_umask_022(tmp_path: Path) -> None:
    """Defect 8: the database, its -wal/-shm, backups and kept copies were world-readable."""
    old = os.umask(0o022)
    try:
        folder = tmp_path / "data"
        db = folder / "shop.sqlite3"
        shop = Shop.open(db)
        shop.customers.create(CustomerInput(code="P", name="Private"))
        seen = {p.name: _mode(p) for p in folder.iterdir()}
        backup = shop.backup(tmp_path / "backups")
        shop.close()
        kept = restore_database(backup, db)
        assert kept is not None
        seen |= {"backup": _mode(backup), "kept": _mode(kept),
                 "restored": _mode(db), "backups/": _mode(backup.parent), "data/": _mode(folder)}
    finally:
        os.umask(old)
    assert {"shop.sqlite3", "shop.sqlite3-wal", "shop.sqlite3-shm", "shop.sqlite3.lock"} <= set(
        seen)
    for name, mode in seen.items():
        assert mode == (0o700 if name.endswith("/") else 0o600), (name, oct(mode))


def test_an_existing_world_readable_shop_is_made_private(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    make_shop(db)
    os.chmod(db, 0o644)
    Shop.open(db).close()
    assert _mode(db) == 0o600


def test_a_backup_with_another_page_size_restores(tmp_path: Path) -> None:
    """Defect 10: a backup with 8192-byte pages could not be copied into the WAL shop."""
    db = tmp_path / "shop.sqlite3"
    make_shop(db)
    other = tmp_path / "arapp-backup-20260101-120000.sqlite3"
    src, dst = sqlite3.connect(db), sqlite3.connect(other)
    src.backup(dst)
    src.close()
    dst.execute("PRAGMA journal_mode = DELETE")
    dst.execute("PRAGMA page_size = 8192")
    dst.execute("VACUUM")
    dst.close()
    expected = rows(other)
    restore_database(other, db)
    shop = Shop.open(db)
    try:
        assert shop.check() == []
        assert shop.execute("PRAGMA page_size").fetchone()[0] == 8192
    finally:
        shop.close()
    assert rows(db)["customer"] == expected["customer"]
