"""Schema migrations and the database pragmas a ledger needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from peewee import IntegrityError, SqliteDatabase

from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.core.store import migrations
from arapp.core.store.db import close_database, open_database
from arapp.core.store.migrations import SCHEMA_VERSION, SchemaTooNew, migrate, schema_version
from arapp.core.store.models import Document, DunningStep, Interaction, LetterTemplate
from tests.conftest import d, m
from tests.core.conftest import check_ledger

V1_TABLES = {"setting", "customer", "debit", "credit", "allocation"}
V2_TABLES = {"document", "interaction", "dunning_step", "letter_template"}

# fmt: off
ROWS = {
    "setting": [
        ("business.name", "חנות הפינה", None),
        ("business.logo_png", "", b"\x89PNG\x00\xff"),
    ],
    "customer": [
        (1, "C001", "דוד כהן", "052-1234567", "", "", "012345674", 500000, 30, "he",
         "consumer", 0, "", "דוד כהנ c001 0521234567 012345674", 7001, "2026-01-31",
         "2026-01-01T10:00:00"),
        (2, "C002", "أحمد", "", "a@example.com", "", "", None, 0, "ar", "business", 1,
         "note", "احمد c002", -2500, None, "2026-01-02T10:00:00"),
    ],
    "debit": [
        (1, 1, "invoice", "INV-1", "2026-01-01", "2026-01-31", 10001, "", 0, None, "",
         "2026-01-01T10:00:00"),
        (2, 1, "invoice", "INV-2", "2026-01-05", "2026-02-04", 4000, "", 1,
         "2026-01-06T09:00:00", "typo", "2026-01-05T10:00:00"),
    ],
    "credit": [
        (1, 1, "payment", "2026-01-10", 3000, "cash", "", "", "", None, None, "",
         "2026-01-10T10:00:00"),
        (2, 2, "payment", "2026-01-11", 2500, "check", "123", "", "", None, None, "",
         "2026-01-11T10:00:00"),
    ],
    "allocation": [(1, 1, 1, 3000)],
}
# fmt: on


def make_v1_database(path: Path) -> None:
    db = SqliteDatabase(str(path))
    db.connect()
    assert migrate(db, target=1) == 0
    assert schema_version(db) == 1
    tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == V1_TABLES
    for table, rows in ROWS.items():
        for values in rows:
            marks = ", ".join("?" * len(values))
            db.execute_sql(f"INSERT INTO {table} VALUES ({marks})", values)
    db.close()


def all_rows(db: SqliteDatabase, table: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in db.execute_sql(f"SELECT * FROM {table} ORDER BY rowid")]


def test_v1_database_is_brought_forward(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    make_v1_database(path)
    db = open_database(path)
    try:
        assert schema_version(db) == SCHEMA_VERSION
        tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables >= V1_TABLES | V2_TABLES
        migrated = dict(ROWS)
        # Schema 5: each item's paid amount from its allocations, and the cached balances
        # to be rebuilt as of today on the first open.
        migrated["debit"] = [(*ROWS["debit"][0], 3000), (*ROWS["debit"][1], 0)]
        migrated["setting"] = [*ROWS["setting"], ("ledger_as_of", "0001-01-01", None)]
        # Schema 8: nobody handed over yet.
        migrated["customer"] = [(*row, None, "") for row in ROWS["customer"]]
        for table, rows in migrated.items():
            assert all_rows(db, table) == rows, table

        # The new tables work through the models.
        doc = Document.create(
            customer=1,
            kind="reminder",
            lang="he",
            created_at="2026-02-01T10:00:00",
            letter_date=d("2026-02-01"),
            sha256="0" * 64,
            pdf=b"%PDF-1.7",
            amount=7001,
        )
        Interaction.create(customer=1, at="2026-02-01T10:00:00", kind="letter", document=doc)
        DunningStep.create(debit=1, level="reminder", date=d("2026-02-01"), document=doc)
        LetterTemplate.create(
            kind="reminder", lang="he", subject="תזכורת", body="...", updated_at="2026-02-01"
        )
        assert bytes(Document.get_by_id(doc.id).pdf) == b"%PDF-1.7"
        # Schema 6: a letter kept before it knows neither when it was printed nor saved.
        assert Document.get_by_id(doc.id).printed_at is None
        assert Document.get_by_id(doc.id).saved_at is None
        with pytest.raises(IntegrityError, match="UNIQUE"):
            DunningStep.create(debit=1, level="reminder", date=d("2026-02-02"))

        # And the services read the old ledger as it was.
        shop = Shop(db)
        shop.roll_forward()
        check_ledger(db)
        assert shop.customers.by_code("C001").balance == m("70.01")
        assert shop.invoices.by_number("INV-1").open_amount == m("70.01")
        assert shop.invoices.get(2).voided
        assert shop.payments.for_customer(2)[0].unapplied == m("25.00")
        assert shop.settings.business().logo_png == b"\x89PNG\x00\xff"
        assert shop.settings.business().name == "חנות הפינה"
    finally:
        close_database(db)


def test_reopening_a_current_database_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    shop = Shop.open(path)
    record = shop.customers.create(CustomerInput(code="K", name="Keep"))
    shop.close()
    db = SqliteDatabase(str(path))
    db.connect()
    assert migrate(db) == SCHEMA_VERSION  # already current: returns the version it had
    assert schema_version(db) == SCHEMA_VERSION
    db.close()
    shop = Shop.open(path)
    try:
        assert shop.customers.by_code("K") == record
    finally:
        shop.close()


def test_fresh_memory_database_is_current() -> None:
    db = open_database(":memory:")
    try:
        assert schema_version(db) == SCHEMA_VERSION == len(migrations.MIGRATIONS)
    finally:
        close_database(db)


def test_newer_schema_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE future_thing (x)")
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    with pytest.raises(SchemaTooNew, match=str(SCHEMA_VERSION + 1)):
        open_database(path)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"future_thing"}  # nothing was created in it
    raw.close()


def test_failed_migration_leaves_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(db: SqliteDatabase) -> None:
        db.execute_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    path = tmp_path / "shop.sqlite3"
    db = SqliteDatabase(str(path))
    db.connect()
    with pytest.raises(RuntimeError, match="disk full"):
        migrate(db, target=2)
    assert schema_version(db) == 1
    tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == V1_TABLES
    db.close()


def test_file_database_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "sub" / "dir" / "shop.sqlite3")
    try:
        assert (tmp_path / "sub" / "dir" / "shop.sqlite3").exists()
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        close_database(db)


def test_foreign_keys_enforced(tmp_path: Path) -> None:
    db = open_database(tmp_path / "shop.sqlite3")
    try:
        with pytest.raises(IntegrityError, match="FOREIGN KEY"):
            db.execute_sql(
                "INSERT INTO debit (customer_id, kind, number, issue_date, due_date, amount,"
                " created_at) VALUES (42, 'invoice', '1', '2026-01-01', '2026-01-01', 1, 'x')"
            )
    finally:
        close_database(db)


def test_v7_widens_the_credit_kinds_in_place_and_keeps_every_row(tmp_path: Path) -> None:
    """Schema 7 loosens the credit table's CHECK by editing its stored SQL: the rows stay,
    a `restructure` credit is accepted, any other kind is still refused, and SQLite's own
    integrity check passes on a fresh connection."""
    path = tmp_path / "v6.sqlite3"
    make_v1_database(path)
    db = SqliteDatabase(str(path))
    db.connect()
    migrate(db, target=6)
    before = all_rows(db, "credit")
    migrate(db)
    assert schema_version(db) == SCHEMA_VERSION
    db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert [tuple(r) for r in conn.execute("SELECT * FROM credit ORDER BY rowid")] == before
        conn.execute(
            "INSERT INTO credit (customer_id, kind, date, amount, created_at)"
            " VALUES (1, 'restructure', '2026-02-01', 100, 'now')"
        )
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO credit (customer_id, kind, date, amount, created_at)"
                " VALUES (1, 'gift', '2026-02-01', 100, 'now')"
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert {"plan", "plan_installment", "cheque", "agreement"} <= tables


def test_interaction_log_is_append_only(tmp_path: Path) -> None:
    """Schema 8: an entry is never rewritten or removed; a correction is a new entry."""
    db = open_database(tmp_path / "shop.sqlite3")
    try:
        db.execute_sql(
            "INSERT INTO customer (code, name, created_at) VALUES ('C1', 'Dana', '2026-01-01')"
        )
        first = Interaction.create(customer=1, at="2026-02-01T10:00:00", kind="call",
                                   outcome="no_answer")
        with pytest.raises(IntegrityError, match="append-only"):
            Interaction.update(outcome="reached").where(Interaction.id == first.id).execute()
        with pytest.raises(IntegrityError, match="append-only"):
            Interaction.delete().where(Interaction.id == first.id).execute()
        fixed = Interaction.create(customer=1, at="2026-02-01T10:05:00", kind="call",
                                   outcome="reached", corrects=first)
        assert fixed.corrects_id == first.id
        assert Interaction.get_by_id(first.id).outcome == "no_answer"
    finally:
        db.close()
