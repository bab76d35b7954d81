"""The ledger read model: what is owed, as of a day. The one definition every screen,
letter, report and check reads through.

For a day D (records not void):

- ``open(item, D)``   = its amount − the allocations of credits dated on or before D,
  for items issued on or before D;
- ``balance(c, D)``   = debits issued on or before D − credits dated on or before D;
- ``credit(c, D)``    = Σ open(item, D) − balance(c, D): money received and not yet
  applied (≥ 0; shown as a negative column);
- ``oldest_due(c, D)`` = the earliest due date of an item open on D.

A credit counts from its own date: a post-dated cheque recorded today is already
*allocated* (which items it will pay is decided when it is recorded), but pays nothing
until its date comes. "Now" is :func:`arapp.core.services.clock.today`; allocation itself
looks at every credit whatever its date (:data:`ALL_DATES`), so money is never applied
twice to one item.

How it stays fast on a million invoices: ``debit.paid`` is Σ allocations, kept by the
database's triggers (schema 5), so ``open(item, D) = amount − paid + (allocations of
credits dated after D)``; the items open now sit in a partial index, and the items
closed now but open on D are found from the few credits dated after D. The customers'
``balance`` and ``oldest_due`` columns cache the values as of the shop's ledger day
(setting ``ledger_as_of``), which :func:`roll_forward` moves to today when a shop opens;
a balance on another day is that cache plus the records dated between the two days.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

Execute = Callable[[str, Any], sqlite3.Cursor]

#: "As of the end of time": every credit counts, whatever its date. What allocation sees.
ALL_DATES = date.max
LEDGER_DAY_KEY = "ledger_as_of"
_NEVER = "0001-01-01"

# Money applied to each item by credits dated after :d — not yet paid on :d. CROSS JOIN
# keeps SQLite starting from the credits' date index (the few after :d), not from every
# allocation the shop ever made.
_LATER = """later AS MATERIALIZED (
    SELECT a.debit_id, SUM(a.amount) AS back
    FROM credit c CROSS JOIN allocation a ON a.credit_id = c.id
    WHERE c.date > :d AND c.voided_at IS NULL {credit_filter}
    GROUP BY a.debit_id)"""

#: open(item, :d) over ``debit d LEFT JOIN later l`` — the definition, written once.
OPEN_AMOUNT = "(d.amount - d.paid + COALESCE(l.back, 0))"

# The items open on :d come from two places: those open now (the covering partial index
# debit_open), and those closed now by a credit dated after :d.
_OPEN_BRANCHES = (
    "debit d{hint} LEFT JOIN later l ON l.debit_id = d.id"
    " WHERE d.voided_at IS NULL AND d.paid < d.amount AND d.issue_date <= :d",
    "later l JOIN debit d ON d.id = l.debit_id"
    " WHERE d.voided_at IS NULL AND d.paid >= d.amount AND d.issue_date <= :d",
)


def _open_sql(
    select: str, *, customer: bool = False, extra: str = "", group: str = "",
    scan_open: bool = False,
) -> str:
    """``SELECT {select}`` over the items open on :d (of customer :c when ``customer``),
    one statement per branch joined by UNION ALL (``group`` applies within a branch).
    ``scan_open`` reads the items open now from the partial index ``debit_open`` alone:
    for a shop-wide total SQLite otherwise walks ``debit_issue_date`` over every item
    ever issued (on 1,000,000 items: 0.1 s against 0.4 s as of today)."""
    credit_filter = "AND c.customer_id = :c" if customer else ""
    where = (" AND d.customer_id = :c" if customer else "") + extra
    hint = " INDEXED BY debit_open" if scan_open else ""
    branches = [
        f"SELECT {select} FROM {branch.format(hint=hint)}{where} {group}"
        for branch in _OPEN_BRANCHES
    ]
    return f"WITH {_LATER.format(credit_filter=credit_filter)}\n" + "\nUNION ALL\n".join(
        branches
    )


_ITEM_COLUMNS = (
    f"d.customer_id, d.id, d.number, d.issue_date, d.due_date, d.disputed, {OPEN_AMOUNT}"
)

# Every item of one customer with its open amount on :d (0 for a void one).
_CUSTOMER_ITEMS_SQL = f"""WITH {_LATER.format(credit_filter="AND c.customer_id = :c")}
SELECT d.id, d.kind, d.number, d.issue_date, d.due_date, d.amount,
       CASE WHEN d.voided_at IS NULL THEN {OPEN_AMOUNT} ELSE 0 END AS open,
       d.description, d.disputed, d.voided_at, d.void_reason
FROM debit d LEFT JOIN later l ON l.debit_id = d.id
WHERE d.customer_id = :c {{item_filter}}
ORDER BY d.due_date, d.issue_date, d.id
"""

# balance(c, :d) from the records themselves.
_BALANCE_SQL = """
SELECT customer_id, SUM(amount) FROM (
    SELECT customer_id, amount FROM debit
    WHERE voided_at IS NULL AND issue_date <= :d {filter}
    UNION ALL
    SELECT customer_id, -amount FROM credit
    WHERE voided_at IS NULL AND date <= :d {filter})
GROUP BY customer_id
"""

# balance(c, :d) from the cache (as of :cached) and the records dated between the two:
# the amounts to add up, then their sum per customer.
_CACHE_AND_MOVES = """
    SELECT id AS customer_id, balance AS amount FROM customer WHERE balance != 0
    UNION ALL
    SELECT customer_id, CASE WHEN issue_date <= :d THEN amount ELSE -amount END
    FROM debit WHERE voided_at IS NULL AND issue_date > :lo AND issue_date <= :hi
    UNION ALL
    SELECT customer_id, CASE WHEN date <= :d THEN -amount ELSE amount END
    FROM credit WHERE voided_at IS NULL AND date > :lo AND date <= :hi"""
_BALANCE_FROM_CACHE_SQL = (
    f"SELECT customer_id, SUM(amount) FROM ({_CACHE_AND_MOVES}) GROUP BY customer_id"
)


@dataclass(frozen=True, slots=True)
class OpenItemRow:
    """One item open on the day asked for; money in minor units."""

    customer_id: int
    id: int
    number: str
    issue_date: date
    due_date: date
    disputed: bool
    open_minor: int


@dataclass(frozen=True, slots=True)
class ItemRow:
    """One item of a customer, open or not; money in minor units."""

    id: int
    kind: str
    number: str
    issue_date: date
    due_date: date
    amount_minor: int
    open_minor: int
    description: str
    disputed: bool
    voided: bool
    void_reason: str


def _day(value: date) -> str:
    return value.isoformat()


def open_item_rows(
    execute: Execute, as_of: date, customer_id: int | None = None, *, due_by: date | None = None,
    among: str = "",
) -> Iterator[tuple[int, int, str, str, str, int, int]]:
    """Raw rows ``(customer_id, id, number, issue_date, due_date, disputed, open)`` of the
    items open on ``as_of`` (dates as ISO text, money in minor units). ``due_by`` keeps
    the items due on or before it; ``among``, a ``SELECT`` of item ids (a constant
    query, no parameters), keeps those items only (e.g. the installments of running
    plans)."""
    params: dict[str, object] = {"d": _day(as_of)}
    extra = ""
    if customer_id is not None:
        params["c"] = customer_id
    if due_by is not None:
        params["due"] = _day(due_by)
        extra = " AND d.due_date <= :due"
    if among:
        extra += f" AND d.id IN ({among})"
    # Shop-wide, from the items open now: SQLite would otherwise walk debit_due over
    # every item ever due by the day (on 1,000,000 items: 0.3 s against 0.7 s).
    sql = _open_sql(_ITEM_COLUMNS, customer=customer_id is not None, extra=extra,
                    scan_open=customer_id is None)
    for row in execute(sql, params):
        if row[6] > 0:
            yield row


def open_items(
    execute: Execute, as_of: date, customer_id: int | None = None, *, due_by: date | None = None
) -> list[OpenItemRow]:
    """The items open on ``as_of`` (of one customer, or of all), oldest due first."""
    rows = [
        OpenItemRow(cid, item_id, number, date.fromisoformat(issued), date.fromisoformat(due),
                    bool(disputed), open_minor)
        for cid, item_id, number, issued, due, disputed, open_minor
        in open_item_rows(execute, as_of, customer_id, due_by=due_by)
    ]
    rows.sort(key=lambda r: (r.due_date, r.issue_date, r.id))
    return rows


def _bucket_sums(bounds: Sequence[date], params: dict[str, object]) -> list[str]:
    """The SQL sums of the open amounts between consecutive ``bounds`` (see
    :func:`open_by_bucket`), their dates added to ``params``."""
    sums = []
    for k, bound in enumerate(bounds):
        params[f"b{k}"] = _day(bound)
        newer = f" AND d.due_date < :b{k - 1}" if k else ""
        sums.append(f"SUM(CASE WHEN d.due_date >= :b{k}{newer} THEN {OPEN_AMOUNT} END)")
    last = f":b{len(bounds) - 1}"
    sums.append(f"SUM(CASE WHEN d.due_date < {last} THEN {OPEN_AMOUNT} END)")
    return sums


def open_by_bucket(
    execute: Execute, as_of: date, bounds: Sequence[date]
) -> dict[int, list[int]]:
    """Per customer, the open amounts on ``as_of`` summed by due date: element k sums the
    items due on or after ``bounds[k]`` (and before ``bounds[k-1]``), the last element the
    items due before every bound; money in minor units. The database does the summing, so
    a report over a million items hands Python one row per customer."""
    params: dict[str, object] = {"d": _day(as_of)}
    sums = _bucket_sums(bounds, params)
    sql = _open_sql(f"d.customer_id, {', '.join(sums)}", group="GROUP BY d.customer_id")
    totals: dict[int, list[int]] = {}
    for cid, *amounts in execute(sql, params):
        row = totals.setdefault(cid, [0] * len(amounts))
        for k, amount in enumerate(amounts):
            if amount:
                row[k] += amount
    return totals


def open_totals(execute: Execute, as_of: date, bounds: Sequence[date]) -> list[int]:
    """:func:`open_by_bucket` summed over every customer: the shop's open amounts on
    ``as_of`` by due date, in minor units (one row from the database, not one per
    customer)."""
    params: dict[str, object] = {"d": _day(as_of)}
    sums = _bucket_sums(bounds, params)
    totals = [0] * len(sums)
    for row in execute(_open_sql(", ".join(sums), scan_open=True), params):
        for k, amount in enumerate(row):
            totals[k] += amount or 0
    return totals


def customer_items(
    execute: Execute,
    customer_id: int,
    as_of: date,
    *,
    open_only: bool,
    include_void: bool,
    item_id: int | None = None,
) -> list[ItemRow]:
    """The customer's items (or just ``item_id``) with their open amount on ``as_of``,
    oldest due first. ``open_only`` keeps the items open that day (never a void one)."""
    params: dict[str, object] = {"d": _day(as_of), "c": customer_id}
    item_filter = ""
    if item_id is not None:
        params["i"] = item_id
        item_filter += " AND d.id = :i"
    if not include_void or open_only:
        item_filter += " AND d.voided_at IS NULL"
    if open_only:
        item_filter += f" AND d.issue_date <= :d AND {OPEN_AMOUNT} > 0"
    rows = execute(_CUSTOMER_ITEMS_SQL.format(item_filter=item_filter), params)
    return [
        ItemRow(i, kind, number, date.fromisoformat(issued), date.fromisoformat(due), amount,
                open_minor, description, bool(disputed), voided is not None, reason)
        for i, kind, number, issued, due, amount, open_minor, description, disputed, voided,
        reason in rows
    ]


def balance(execute: Execute, customer_id: int, as_of: date) -> int:
    """balance(customer, ``as_of``) in minor units, from the records themselves."""
    sql = _BALANCE_SQL.format(filter="AND customer_id = :c")
    row = execute(sql, {"d": _day(as_of), "c": customer_id}).fetchone()
    return int(row[1]) if row else 0


def balances_of(execute: Execute, customer_ids: Iterable[int], as_of: date) -> dict[int, int]:
    """balance(c, ``as_of``) of each of ``customer_ids`` (0 for none), from the records
    themselves through each customer's indexes: for a few customers of a big shop."""
    wanted = sorted(set(customer_ids))
    found = dict.fromkeys(wanted, 0)
    if wanted:
        sql = _BALANCE_SQL.format(filter="AND customer_id IN (SELECT value FROM json_each(:ids))")
        for cid, total in execute(sql, {"d": _day(as_of), "ids": json.dumps(wanted)}):
            found[cid] = int(total)
    return found


def balances(execute: Execute, as_of: date) -> dict[int, int]:
    """balance(c, ``as_of``) of every customer whose balance is not zero, through the
    cache: the cached balances plus the records dated between the ledger day and
    ``as_of``."""
    cached = ledger_day(execute)
    lo, hi = sorted((cached, as_of))
    params = {"d": _day(as_of), "lo": _day(lo), "hi": _day(hi)}
    return {cid: int(total) for cid, total in execute(_BALANCE_FROM_CACHE_SQL, params) if total}


def total_balance(execute: Execute, as_of: date) -> int:
    """Σ balance(c, ``as_of``) over every customer (the aging report's total), in minor
    units, through the cache as :func:`balances` reads it."""
    cached = ledger_day(execute)
    lo, hi = sorted((cached, as_of))
    params = {"d": _day(as_of), "lo": _day(lo), "hi": _day(hi)}
    row = execute(f"SELECT SUM(amount) FROM ({_CACHE_AND_MOVES})", params).fetchone()
    return int(row[0] or 0)


# -- the cache ------------------------------------------------------------------------------
def ledger_day(execute: Execute) -> date:
    """The day the customers' cached balance and oldest due date are as of."""
    row = execute("SELECT value FROM setting WHERE key = ?", (LEDGER_DAY_KEY,)).fetchone()
    return date.fromisoformat(row[0] if row and row[0] else _NEVER)


def refresh(execute: Execute, customer_ids: Sequence[int] | None = None) -> None:
    """Set the cached balance and oldest due date of ``customer_ids`` (all when None) to
    their values on the ledger day; rows already right are not written. Callers hold the
    transaction."""
    if customer_ids is not None and not customer_ids:
        return
    params: dict[str, object] = {"d": _day(ledger_day(execute))}
    one = customer_ids is not None and len(customer_ids) == 1
    if one:
        # One customer (every service action): read through that customer's indexes.
        params["c"] = customer_ids[0]  # type: ignore[index]
    balance_sql = _BALANCE_SQL.format(filter="AND customer_id = :c" if one else "")
    oldest_sql = _open_sql(
        "d.customer_id, MIN(d.due_date)", customer=one, extra=f" AND {OPEN_AMOUNT} > 0",
        group="GROUP BY d.customer_id",
    )
    balances = dict(execute(balance_sql, params).fetchall())
    oldest: dict[int, str] = {}
    for cid, due in execute(oldest_sql, params):
        if cid not in oldest or due < oldest[cid]:
            oldest[cid] = due
    if customer_ids is None:
        cached = execute("SELECT id, balance, oldest_due FROM customer", ()).fetchall()
    else:
        marks = ", ".join("?" * len(customer_ids))
        cached = execute(
            f"SELECT id, balance, oldest_due FROM customer WHERE id IN ({marks})",
            tuple(customer_ids),
        ).fetchall()
    for cid, old_balance, old_oldest in cached:
        balance_now, oldest_now = int(balances.get(cid) or 0), oldest.get(cid)
        if (old_balance, old_oldest) != (balance_now, oldest_now):
            execute(
                "UPDATE customer SET balance = ?, oldest_due = ? WHERE id = ?",
                (balance_now, oldest_now, cid),
            )


def roll_forward(execute: Execute, today: date) -> bool:
    """Move the cache to ``today``: refresh the customers with a record dated after the
    ledger day and on or before today (all of them the first time). Returns whether
    anything was refreshed. Callers hold the transaction."""
    day = ledger_day(execute)
    if day >= today:
        return False
    params = {"lo": _day(day), "hi": _day(today)}
    execute(
        "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
        (LEDGER_DAY_KEY, _day(today)),
    )
    if day == date.fromisoformat(_NEVER):
        refresh(execute)
        return True
    ids = [
        cid
        for (cid,) in execute(
            "SELECT customer_id FROM debit WHERE voided_at IS NULL"
            " AND issue_date > :lo AND issue_date <= :hi"
            " UNION SELECT customer_id FROM credit WHERE voided_at IS NULL"
            " AND date > :lo AND date <= :hi",
            params,
        )
    ]
    refresh(execute, ids)
    return bool(ids)


def stale_caches(execute: Execute) -> list[tuple[str, int, int, str | None, str | None]]:
    """Customers whose cache disagrees with the definition on the ledger day:
    ``(code, cached balance, balance, cached oldest due, oldest due)``."""
    day = ledger_day(execute)
    truth_balance = dict(
        execute(_BALANCE_SQL.format(filter=""), {"d": _day(day)}).fetchall()
    )
    truth_oldest: dict[int, str] = {}
    for row in open_item_rows(execute, day):
        cid, due = row[0], row[4]
        if cid not in truth_oldest or due < truth_oldest[cid]:
            truth_oldest[cid] = due
    problems = []
    for cid, code, cached, oldest in execute(
        "SELECT id, code, balance, oldest_due FROM customer", ()
    ):
        want = int(truth_balance.get(cid) or 0)
        want_oldest = truth_oldest.get(cid)
        if cached != want or oldest != want_oldest:
            problems.append((code, cached, want, oldest, want_oldest))
    return problems
