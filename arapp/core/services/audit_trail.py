"""Replaying the audit trail (schema 9) against the ledger, for ``arapp check``.

Replay means: start from nothing, apply each entry of ``audit_log`` in order (an opening
or an insert puts a row's image in place, an update replaces it, a delete removes it).
The trail is whole when every update and delete starts from the image the entry before
it left (nothing changed a money record without being logged), and the replayed images
are exactly today's rows, so the balances they add up to are today's balances.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from arapp.core.money import from_minor
from arapp.core.store.migrations import AUDITED, row_json

Execute = Callable[..., Iterable[tuple[Any, ...]]]


def replay_problems(execute: Execute) -> list[str]:
    """What the trail and the ledger disagree on, as readable lines ([] when whole)."""
    if not list(execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_log'")):
        return []  # a file before schema 9 has no trail yet
    problems: list[str] = []
    for table, row_id, op in execute(
        """SELECT table_name, row_id, op FROM (
             SELECT table_name, row_id, op, before,
                    LAG(after) OVER (PARTITION BY table_name, row_id ORDER BY id) AS prior,
                    LAG(op) OVER (PARTITION BY table_name, row_id ORDER BY id) AS prior_op
             FROM audit_log)
           WHERE (op IN ('update', 'delete') AND before IS NOT prior)
              OR (op IN ('opening', 'insert') AND prior_op IS NOT NULL
                  AND prior_op != 'delete')"""
    ):
        problems.append(f"audit trail: {table} row {row_id} was changed unlogged before its {op}")
    for table in AUDITED:
        # Each lookup of a row's newest entry is one seek in the index audit_log_row.
        newest = f"""SELECT CASE op WHEN 'delete' THEN NULL ELSE after END FROM audit_log
                     WHERE table_name = '{table}' AND row_id = t.id ORDER BY id DESC LIMIT 1"""
        differs = f"SELECT t.id FROM {table} t WHERE ({newest}) IS NOT {row_json(table, 't')}"
        missing = f"""SELECT a.row_id FROM audit_log a WHERE a.table_name = '{table}'
                      AND a.op != 'delete' AND NOT EXISTS (
                        SELECT 1 FROM audit_log b WHERE b.table_name = a.table_name
                        AND b.row_id = a.row_id AND b.id > a.id)
                      AND NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = a.row_id)"""
        for (row_id,) in execute(f"{differs} UNION ALL {missing}"):
            problems.append(
                f"audit trail: replay gives another {table} row {row_id} than the ledger"
            )
    problems.extend(_balance_problems(execute))
    return problems


def _path(table: str, column: str) -> str:
    """The JSON path of ``column`` in an image of ``table`` (see ``row_json``)."""
    return f"'$[{AUDITED[table].index(column)}]'"


def _balance_problems(execute: Execute) -> list[str]:
    """Each customer's balance from the replayed debits and credits against the ledger's."""
    images = " UNION ALL ".join(
        f"""SELECT json_extract(after, {_path(table, 'customer_id')}) AS customer_id,
                   {sign} * json_extract(after, {_path(table, 'amount')}) AS amount
            FROM (SELECT op, after, ROW_NUMBER() OVER (
                    PARTITION BY row_id ORDER BY id DESC) AS newest
                  FROM audit_log WHERE table_name = '{table}')
            WHERE newest = 1 AND op != 'delete'
              AND json_extract(after, {_path(table, 'voided_at')}) IS NULL"""
        for table, sign in (("debit", 1), ("credit", -1))
    )
    replayed = dict(execute(
        f"SELECT customer_id, SUM(amount) FROM ({images}) GROUP BY customer_id"))
    ledger = dict(execute(
        """SELECT customer_id, SUM(amount) FROM (
             SELECT customer_id, amount FROM debit WHERE voided_at IS NULL
             UNION ALL
             SELECT customer_id, -amount FROM credit WHERE voided_at IS NULL)
           GROUP BY customer_id"""))
    codes = dict(execute("SELECT id, code FROM customer"))
    return [
        f"audit trail: {codes.get(cid, cid)}'s balance replays to"
        f" {from_minor(replayed.get(cid, 0))}, the ledger has {from_minor(ledger.get(cid, 0))}"
        for cid in sorted(set(replayed) | set(ledger), key=str)
        if replayed.get(cid, 0) != ledger.get(cid, 0)
    ]
