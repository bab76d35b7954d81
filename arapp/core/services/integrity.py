"""`arapp check`: SQLite's own integrity checks, the ledger's invariants, and the audit
trail replayed to today's ledger."""

from __future__ import annotations

import sqlite3
from typing import Any, Protocol

from arapp.core.money import from_minor
from arapp.core.services import ledger_read
from arapp.core.services.audit_trail import replay_problems

# Each query returns rows that break one rule; the message explains the rule.
_INVARIANTS: tuple[tuple[str, str], ...] = (
    (
        "allocations exceed the item's amount",
        """SELECT d.number, d.amount, SUM(a.amount) FROM allocation a JOIN debit d
           ON d.id = a.debit_id GROUP BY d.id HAVING SUM(a.amount) > d.amount""",
    ),
    (
        "allocations exceed the payment's amount",
        """SELECT c.id, c.amount, SUM(a.amount) FROM allocation a JOIN credit c
           ON c.id = a.credit_id GROUP BY c.id HAVING SUM(a.amount) > c.amount""",
    ),
    (
        "an allocation touches a void record",
        """SELECT a.id, c.id, d.number FROM allocation a JOIN credit c ON c.id = a.credit_id
           JOIN debit d ON d.id = a.debit_id
           WHERE c.voided_at IS NOT NULL OR d.voided_at IS NOT NULL""",
    ),
    (
        "an allocation links two different customers",
        """SELECT a.id, c.customer_id, d.customer_id FROM allocation a
           JOIN credit c ON c.id = a.credit_id JOIN debit d ON d.id = a.debit_id
           WHERE c.customer_id != d.customer_id""",
    ),
    (
        "an item's paid amount differs from its allocations",
        """SELECT d.number, d.paid, COALESCE((SELECT SUM(amount) FROM allocation
             WHERE debit_id = d.id), 0) AS applied FROM debit d WHERE d.paid != applied""",
    ),
    (
        "a cheque's status disagrees with its payment",
        """SELECT q.number, q.amount, c.amount FROM cheque q JOIN credit c
           ON c.id = q.credit_id
           WHERE q.amount != c.amount
              OR (q.status IN ('in_hand', 'deposited', 'cleared')) != (c.voided_at IS NULL)""",
    ),
    (
        "unapplied credit stands beside an open undisputed item",
        """WITH open_items AS (
             SELECT d.customer_id FROM debit d WHERE d.voided_at IS NULL AND d.disputed = 0
               AND d.amount > d.paid),
           credit_left AS (
             SELECT c.customer_id FROM credit c WHERE c.voided_at IS NULL
               AND c.amount > COALESCE((SELECT SUM(amount) FROM allocation
                                        WHERE credit_id = c.id), 0))
           SELECT DISTINCT cu.code, 0, 0 FROM customer cu
           WHERE cu.id IN (SELECT customer_id FROM open_items)
             AND cu.id IN (SELECT customer_id FROM credit_left)""",
    ),
)


class SqlRunner(Protocol):
    """peewee's database, or a plain connection wrapped (a backup being verified)."""

    def execute_sql(self, sql: str, params: Any = ...) -> sqlite3.Cursor: ...


def check_database(db: SqlRunner) -> list[str]:
    """Every problem found, as readable lines; an empty list means all is well. A file
    too damaged to check further says so in one line instead of raising."""
    problems: list[str] = []
    try:
        integrity = [row[0] for row in db.execute_sql("PRAGMA integrity_check")]
    except Exception as exc:  # sqlite3's or peewee's DatabaseError: a malformed file
        if "malformed" not in str(exc) and "not a database" not in str(exc):
            raise
        return [f"SQLite integrity: {exc}"]
    if integrity != ["ok"]:
        problems.extend(f"SQLite integrity: {line}" for line in integrity)
        return problems  # the ledger's tables cannot be trusted to be read
    for table, rowid, parent, _fk in db.execute_sql("PRAGMA foreign_key_check"):
        problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    for message, sql in _INVARIANTS:
        for row in db.execute_sql(sql):
            problems.append(f"{message}: {_describe(row)}")
    for code, cached, balance, cached_oldest, oldest in ledger_read.stale_caches(
        db.execute_sql
    ):
        problems.append(
            f"the cached balance differs from the ledger: {code} ({from_minor(cached)}, "
            f"{from_minor(balance)}; oldest due {cached_oldest}, {oldest})"
        )
    problems.extend(replay_problems(db.execute_sql))
    return problems


def _describe(row: tuple[object, ...]) -> str:
    first, *amounts = row
    shown = [str(from_minor(a)) if isinstance(a, int) else str(a) for a in amounts]
    return f"{first} ({', '.join(shown)})"
