"""Which action a change to a money record belongs to, for the audit trail (schema 9).

The triggers on the money tables read the label from the one-row table ``audit_action``.
Every transaction the shop's database begins sets that label, in the same transaction,
to the service action that began it: the outermost method of a class in
``arapp.core.services`` on the call stack (``PaymentService.record_payment``,
``ImportService.run``...), else the outermost function of ``arapp.core`` (the sample
shop's ``make_sample``...), else ``""``. Derived from the call stack so that no service
can forget to set it and a nested call keeps the outer action's name. The label is
written only when it changes, so a transaction that only reads stays a read.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peewee import SqliteDatabase

_SERVICES = "arapp.core.services"
_CORE = "arapp.core."
_STORE = "arapp.core.store"


def current_action(frame: FrameType | None = None) -> str:
    """The action the code on the stack is doing (see the module's text)."""
    frame = frame or sys._getframe(1)
    service = core = ""
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith(_SERVICES):
            owner = frame.f_locals.get("self")
            if owner is not None and type(owner).__module__.startswith(_SERVICES):
                service = f"{type(owner).__name__}.{frame.f_code.co_name}"
        elif module.startswith(_CORE) and not module.startswith(_STORE):
            core = frame.f_code.co_qualname
        frame = frame.f_back
    return service or core


def label_transaction(conn: sqlite3.Connection, action: str) -> None:
    """Set the audit label for the transaction just begun on ``conn``."""
    try:
        row = conn.execute("SELECT name FROM audit_action WHERE id = 1").fetchone()
    except sqlite3.OperationalError:  # a file before schema 9, being migrated
        return
    if row is None or row[0] != action:
        conn.execute("INSERT OR REPLACE INTO audit_action (id, name) VALUES (1, ?)", (action,))


@contextmanager
def bulk_load(db: SqliteDatabase, action: str) -> Iterator[None]:
    """Inside a transaction: rows written in the block are logged once each, as an
    ``opening`` entry of ``action`` written after the block, instead of entry by entry
    by the triggers (the sample shop writes a million rows: with the triggers, each
    payment's allocation would log its invoice twice more). The triggers are dropped and
    made again in the same transaction, so no other writer ever sees them missing."""
    from arapp.core.store.migrations import AUDITED, audit_triggers, row_json

    for table in AUDITED:
        for op in ("insert", "update", "delete"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS audit_{table}_{op}")
    yield
    for table in AUDITED:
        db.execute_sql(
            "INSERT INTO audit_log (at, action, table_name, row_id, op, after)"
            f" SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, '{table}', t.id, 'opening',"
            f" {row_json(table, 't')} FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM audit_log"
            f" a WHERE a.table_name = '{table}' AND a.row_id = t.id) ORDER BY t.id",
            (action,),
        )
        for statement in audit_triggers(table):
            db.execute_sql(statement)
