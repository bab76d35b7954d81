"""The audit trail (schema 9, issue #21 deliver 5): every change to a money record is
logged with when, which action, and the row before and after; invoices and payments are
voided, never deleted; `arapp check` replays the trail to today's ledger."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from peewee import IntegrityError, SqliteDatabase

from arapp.core.services import Shop
from arapp.core.services.importing import ImportService
from arapp.core.services.integrity import check_database
from arapp.core.services.records import CustomerInput
from arapp.core.store.audit import current_action
from arapp.core.store.db import close_database, open_database
from arapp.core.store.migrations import AUDITED, migrate
from tests.conftest import d, m
from tests.core.test_migrations import make_v1_database


def image(table: str, text: str | None) -> dict[str, object] | None:
    """A stored image as a dict: the trail keeps the values in ``AUDITED`` order."""
    return None if text is None else dict(zip(AUDITED[table], json.loads(text), strict=True))


def entries(db: SqliteDatabase) -> list[tuple[str, str, int, str, dict | None, dict | None]]:
    return [
        (action, table, row_id, op, image(table, before), image(table, after))
        for action, table, row_id, op, before, after in db.execute_sql(
            "SELECT action, table_name, row_id, op, before, after FROM audit_log ORDER BY id"
        )
    ]


def test_each_change_is_logged_with_its_action_and_both_images(shop: Shop) -> None:
    customer = shop.customers.create(CustomerInput(code="A", name="Dana"))
    invoice = shop.invoices.create_invoice(customer.id, "1", d("2026-01-01"), m("100"))
    payment = shop.payments.record_payment(customer.id, d("2026-01-05"), m("40"))
    shop.payments.void(payment.id, "typo")
    log = entries(shop.db)
    assert [(a, t, op) for a, t, _r, op, _b, _a in log] == [
        ("InvoiceService.create_invoice", "debit", "insert"),
        ("PaymentService.record_payment", "credit", "insert"),
        ("PaymentService.record_payment", "allocation", "insert"),
        ("PaymentService.record_payment", "debit", "update"),
        ("PaymentService.void", "credit", "update"),
        ("PaymentService.void", "allocation", "delete"),
        ("PaymentService.void", "debit", "update"),
    ]
    _, _, row_id, _, before, after = log[0]
    assert row_id == invoice.id and before is None
    assert after == {**after, "number": "1", "amount": 10000, "paid": 0, "voided_at": None}
    # The payment's void: before it was live, after it is void with its reason; the row
    # is still there (voided, not deleted).
    _, _, _, _, before, after = log[4]
    assert before["voided_at"] is None and after["voided_at"] and after["void_reason"] == "typo"
    assert log[6][4]["paid"] == 4000 and log[6][5]["paid"] == 0
    assert shop.db.execute_sql("SELECT COUNT(*) FROM credit").fetchone()[0] == 1
    assert check_database(shop.db) == []


def test_a_change_that_writes_nothing_new_is_not_logged(shop: Shop) -> None:
    customer = shop.customers.create(CustomerInput(code="A", name="Dana"))
    shop.invoices.create_invoice(customer.id, "1", d("2026-01-01"), m("100"))
    count = len(entries(shop.db))
    shop.db.execute_sql("UPDATE debit SET amount = amount")
    assert len(entries(shop.db)) == count


def test_money_records_and_the_trail_are_never_deleted_or_rewritten(shop: Shop) -> None:
    customer = shop.customers.create(CustomerInput(code="A", name="Dana"))
    shop.invoices.create_invoice(customer.id, "1", d("2026-01-01"), m("100"))
    shop.payments.record_payment(customer.id, d("2026-01-05"), m("40"))
    for sql, message in (
        ("DELETE FROM debit", "voided, never deleted"),
        ("DELETE FROM credit", "voided, never deleted"),
        ("UPDATE audit_log SET action = 'x'", "never rewritten"),
        ("DELETE FROM audit_log", "never deleted"),
    ):
        with pytest.raises(IntegrityError, match=message):
            shop.db.execute_sql(sql)
    assert check_database(shop.db) == []


def test_check_finds_a_change_made_behind_the_trails_back(tmp_path: Path) -> None:
    """A change with the triggers bypassed (a tool that drops them, a hand edit of the
    file) does not replay: `arapp check` names the row and the customer's balance."""
    path = tmp_path / "shop.sqlite3"
    shop = Shop.open(path)
    customer = shop.customers.create(CustomerInput(code="A", name="Dana"))
    shop.invoices.create_invoice(customer.id, "1", d("2026-01-01"), m("100"))
    shop.close()
    raw = sqlite3.connect(path)
    raw.execute("DROP TRIGGER audit_debit_update")
    raw.execute("UPDATE debit SET amount = 99999")
    raw.commit()
    raw.close()
    db = open_database(path)
    try:
        problems = check_database(db)
    finally:
        close_database(db)
    assert "audit trail: replay gives another debit row 1 than the ledger" in problems
    assert "audit trail: A's balance replays to 100.00, the ledger has 999.99" in problems


def test_an_old_file_gets_an_opening_snapshot_that_replays(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    make_v1_database(path)
    db = open_database(path)
    try:
        Shop(db).roll_forward()  # the cached balances, as a first open does
        log = entries(db)
        assert {op for *_, op, _b, _a in log} == {"opening"}
        assert {a for a, *_ in log} == {"migration 9"}
        counts = {t: db.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in AUDITED}
        assert len(log) == sum(counts.values()) == 5
        assert check_database(db) == []
        # And the first change after it is logged against the opening image.
        Shop(db).invoices.void(1, "wrong customer")
        assert entries(db)[-1][3] == "update"
        assert check_database(db) == []
    finally:
        close_database(db)


def test_an_import_is_one_labelled_action(shop: Shop, tmp_path: Path) -> None:
    customers = tmp_path / "c.csv"
    customers.write_text("code,name\nC1,Dana\nC2,Omar\n", encoding="utf-8")
    invoices = tmp_path / "i.csv"
    invoices.write_text(
        "customer_code,number,issue_date,due_date,amount\n"
        "C1,1,2026-01-01,2026-01-31,10\nC2,2,2026-01-01,2026-01-31,20\n",
        encoding="utf-8",
    )
    service = ImportService(shop.db)
    service.import_file("customers", customers)
    service.import_file("invoices", invoices)
    assert {(a, t) for a, t, *_ in entries(shop.db)} == {("ImportService.import_file", "debit")}
    assert check_database(shop.db) == []


def test_the_action_is_the_outermost_service_method() -> None:
    """A frame counts as a service's when its module is one: two methods compiled under a
    service module's name, the outer calling the inner, give the outer's name."""
    namespace: dict[str, object] = {
        "__name__": "arapp.core.services.fake", "current_action": current_action
    }
    exec(
        compile(
            "class FakeService:\n"
            "    def outer(self):\n        return self.inner()\n"
            "    def inner(self):\n        return current_action()\n",
            "arapp/core/services/fake.py",
            "exec",
        ),
        namespace,
    )
    assert namespace["FakeService"]().outer() == "FakeService.outer"  # type: ignore[operator]
    assert current_action() == ""  # a test is no service


def test_a_v8_file_with_money_in_it_replays_after_migration(tmp_path: Path) -> None:
    path = tmp_path / "v8.sqlite3"
    make_v1_database(path)
    db = SqliteDatabase(str(path))
    db.connect()
    migrate(db, target=8)
    db.close()
    db = open_database(path)
    try:
        Shop(db).roll_forward()
        assert check_database(db) == []
        assert db.execute_sql("SELECT COUNT(*) FROM audit_log WHERE op = 'opening'").fetchone()[
            0
        ] == 5
    finally:
        close_database(db)


def test_the_sample_shop_is_logged_once_per_row_and_replays(shop: Shop) -> None:
    summary = shop.make_demo(customers=20, seed=5)
    ops = dict(shop.db.execute_sql(
        "SELECT op || ' ' || action, COUNT(*) FROM audit_log GROUP BY 1").fetchall())
    rows = sum(shop.db.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in AUDITED)
    assert ops == {"opening make_demo_shop": rows}
    assert rows == summary.invoices + 2 * summary.payments  # and one allocation each
    assert check_database(shop.db) == []
    # The triggers are back: the next change is logged by them.
    shop.payments.void(1, "sample")
    assert entries(shop.db)[-1][:2] == ("PaymentService.void", "debit")
    assert check_database(shop.db) == []
