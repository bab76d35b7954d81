"""Issue #21 deliver 7: a populated file of every released schema version (1 to the one
before the current) is brought forward to the current schema keeping every row and every
value it had, and the ledger, its invariants and the audit trail check out afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from peewee import SqliteDatabase

from arapp.core.services import Shop
from arapp.core.services.integrity import check_database
from arapp.core.store.db import close_database, open_database
from arapp.core.store.migrations import SCHEMA_VERSION, migrate, schema_version
from tests.conftest import d, m
from tests.core.conftest import check_ledger

T = "2026-01-01T10:00:00"
# One consistent shop, as rows of the latest schema; a file of version k gets the tables
# and the columns version k had. Customer 1: an open invoice part paid, a voided one;
# customer 2: an unapplied payment; customer 3 (from schema 7): an invoice closed by a
# plan, its installment part paid with a cheque still in hand. (``debit.paid``, from
# schema 5, is the allocations' sum: schema 5 computes it, its triggers keep it.)
# fmt: off
ROWS: dict[str, list[dict[str, object]]] = {
    "setting": [
        {"key": "business.name", "value": "חנות הפינה", "data": None},
        {"key": "business.logo_png", "value": "", "data": b"\x89PNG\x00\xff"},
    ],
    "customer": [
        {"id": 1, "code": "C001", "name": "דוד כהן", "phones": "052-1234567",
         "id_number": "012345674", "credit_limit": 500000, "language": "he",
         "search_text": "דוד כהנ c001", "balance": 7001, "oldest_due": "2026-01-31",
         "created_at": T},
        {"id": 2, "code": "C002", "name": "أحمد", "email": "a@example.com", "language": "ar",
         "kind": "business", "stop_credit": 1, "balance": -2500, "created_at": T},
        {"id": 3, "code": "C003", "name": "Dana \u202eLevi", "language": "en",
         "balance": 3000, "oldest_due": "2026-03-01", "created_at": T, "since": 7},
    ],
    "debit": [
        {"id": 1, "customer_id": 1, "kind": "invoice", "number": "INV-1",
         "issue_date": "2026-01-01", "due_date": "2026-01-31", "amount": 10001,
         "created_at": T},
        {"id": 2, "customer_id": 1, "kind": "invoice", "number": "INV-2",
         "issue_date": "2026-01-05", "due_date": "2026-02-04", "amount": 4000, "disputed": 1,
         "voided_at": "2026-01-06T09:00:00", "void_reason": "typo", "created_at": T},
        {"id": 3, "customer_id": 3, "kind": "invoice", "number": "INV-3",
         "issue_date": "2026-01-01", "due_date": "2026-01-31", "amount": 5000,
         "created_at": T, "since": 7},
        {"id": 4, "customer_id": 3, "kind": "installment", "number": "P1/1",
         "issue_date": "2026-02-01", "due_date": "2026-03-01", "amount": 5000,
         "created_at": T, "since": 7},
    ],
    "credit": [
        {"id": 1, "customer_id": 1, "kind": "payment", "date": "2026-01-10", "amount": 3000,
         "method": "cash", "created_at": T},
        {"id": 2, "customer_id": 2, "kind": "payment", "date": "2026-01-11", "amount": 2500,
         "method": "check", "reference": "123", "created_at": T},
        {"id": 3, "customer_id": 3, "kind": "restructure", "date": "2026-02-01",
         "amount": 5000, "created_at": T, "since": 7},
        {"id": 4, "customer_id": 3, "kind": "payment", "date": "2026-02-01", "amount": 2000,
         "method": "check", "created_at": T, "since": 7},
    ],
    "allocation": [
        {"id": 1, "credit_id": 1, "debit_id": 1, "amount": 3000},
        {"id": 2, "credit_id": 3, "debit_id": 3, "amount": 5000, "since": 7},
        {"id": 3, "credit_id": 4, "debit_id": 4, "amount": 2000, "since": 7},
    ],
    "document": [
        {"id": 1, "customer_id": 1, "kind": "reminder", "lang": "he", "created_at": T,
         "letter_date": "2026-02-01", "sha256": "0" * 64, "pdf": b"%PDF-1.7 \x00\xff",
         "amount": 7001, "printed_at": "2026-02-01T11:00:00"},
    ],
    "interaction": [
        {"id": 1, "customer_id": 1, "at": T, "kind": "letter", "document_id": 1,
         "note": "שלחנו"},
        {"id": 2, "customer_id": 2, "at": T, "kind": "call", "outcome": "promise",
         "promise_amount": 2500, "promise_date": "2026-02-15", "direction": "out",
         "collection": 1, "created_at": T, "since": 8},
    ],
    "dunning_step": [{"id": 1, "debit_id": 1, "level": "reminder", "date": "2026-02-01",
                      "document_id": 1}],
    "letter_template": [{"kind": "reminder", "lang": "ar", "subject": "تذكير", "body": "...",
                         "updated_at": T}],
    "plan": [
        {"id": 1, "customer_id": 3, "number": "P1", "plan_date": "2026-02-01",
         "first_due": "2026-03-01", "frequency": "month", "debt": 5000,
         "restructure_id": 3, "guarantor_name": "Omar", "created_at": T},
    ],
    "plan_installment": [{"id": 1, "plan_id": 1, "n": 1, "debit_id": 4, "principal": 5000,
                          "interest": 0, "agreed_due": "2026-03-01"}],
    "cheque_deposit": [{"id": 1, "date": "2026-02-02", "bank_account": "12-800-1",
                        "created_at": T}],
    "cheque": [
        {"id": 1, "customer_id": 3, "credit_id": 4, "bank": "12", "branch": "800",
         "account": "123456", "number": "1001", "amount": 2000, "date": "2026-02-01",
         "installment_id": 1, "created_at": T, "endorsements": 1},
    ],
    "cheque_event": [{"id": 1, "cheque_id": 1, "kind": "received", "date": "2026-02-01",
                      "amount": 2000, "items": "4", "created_at": T}],
    "drawer_account": [{"bank": "12", "branch": "800", "account": "123456",
                        "checked_on": "2026-02-01"}],
    "agreement": [{"id": 1, "plan_id": 1, "version": 1, "lang": "he", "created_at": T,
                   "sha256": "1" * 64, "pdf": b"%PDF-1.7 plan", "signed": "paper",
                   "signed_at": T}],
}
# fmt: on


def columns(db: SqliteDatabase, table: str) -> list[str]:
    return [row[1] for row in db.execute_sql(f"PRAGMA table_info({table})")]


def tables(db: SqliteDatabase) -> set[str]:
    return {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}


def populate(db: SqliteDatabase, version: int) -> dict[str, list[tuple[object, ...]]]:
    """Write the rows a file of ``version`` could hold; return them as stored."""
    written: dict[str, list[tuple[object, ...]]] = {}
    present = tables(db)
    for table, rows in ROWS.items():
        if table not in present:
            continue
        have = columns(db, table)
        for row in rows:
            if int(row.get("since", 1)) > version:  # type: ignore[call-overload]
                continue
            names = [c for c in row if c in have]
            marks = ", ".join("?" * len(names))
            db.execute_sql(
                f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})",
                [row[c] for c in names],
            )
        written[table] = []
    # Read back once all are in: an allocation's trigger updates its item's paid amount.
    return {table: stored(db, table, columns(db, table)) for table in written}


def stored(db: SqliteDatabase, table: str, names: list[str]) -> list[tuple[object, ...]]:
    return [
        tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
        for row in db.execute_sql(f"SELECT {', '.join(names)} FROM {table} ORDER BY rowid")
    ]


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_a_populated_file_of_every_version_keeps_every_row(
    tmp_path: Path, version: int
) -> None:
    path = tmp_path / f"v{version}.sqlite3"
    db = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    db.connect()
    migrate(db, target=version)
    assert schema_version(db) == version
    before = populate(db, version)
    assert sum(len(rows) for rows in before.values()) >= 9
    old_columns = {table: columns(db, table) for table in before}
    db.close()

    db = open_database(path)  # migrates to the current schema, as the app does
    try:
        assert schema_version(db) == SCHEMA_VERSION
        for table, rows in before.items():
            now = stored(db, table, old_columns[table])
            if table == "setting":  # schema 5 adds the cache's day; nothing else is new
                assert [r for r in now if r[0] != "ledger_as_of"] == [
                    r for r in rows if r[0] != "ledger_as_of"]
            else:
                assert now == rows, table
        shop = Shop(db)
        shop.roll_forward()  # the cached balances, as the first open does
        assert check_database(db) == []
        check_ledger(db)
        assert shop.customers.by_code("C001").balance == m("70.01")
        # Every money record the old file held has its opening entry in the trail.
        opening = db.execute_sql(
            "SELECT COUNT(*) FROM audit_log WHERE op = 'opening'"
        ).fetchone()[0]
        money = sum(len(before.get(t, [])) for t in (
            "debit", "credit", "allocation", "plan", "plan_installment", "cheque"))
        assert opening == money
        # And the old file works: a payment on it is recorded, logged and replays.
        shop.payments.record_payment(1, d("2026-03-01"), m("1.00"))
        assert check_database(db) == []
    finally:
        close_database(db)
