"""What the cheques in hand and the installments due mean for the shop's money (issue
#19): the exposure (obligo) and the cash-flow forecast. Read-only; the debt itself is
:mod:`ledger_read`'s (a credit counts from its own date, so a cheque dated on or before
the day is already counted as paid).

- **debt** (customer c, day D) = max(0, balance(c, D)); for the shop the customers' sum
  (one customer's credit does not lower another's debt);
- **covered** = cheques not cleared (in hand or deposited) dated after D: they will pay
  the debt when their day comes;
- **at risk** = cheques not cleared dated on or before D: counted as paid, but they can
  still come back;
- **uncovered** = max(0, debt − covered); **exposure** = debt + at risk. The credit
  limit is checked against the exposure.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

from arapp.core.money import from_minor
from arapp.core.plans.schedule import add_months
from arapp.core.services import ledger_read
from arapp.core.services.cheque_records import Forecast, ForecastRow
from arapp.core.services.plan_records import Coverage


def exposure(execute: ledger_read.Execute, customer_id: int | None, day: date) -> Coverage:
    """Debt, covered and at risk of one customer (or the shop) on ``day``."""
    if customer_id is None:
        debt = sum(max(v, 0) for v in ledger_read.balances(execute, day).values())
    else:
        debt = max(0, ledger_read.balance(execute, customer_id, day))
    covered, at_risk = pending_cheques(execute, customer_id, day)
    return Coverage(debt=from_minor(debt), covered=covered, at_risk=at_risk)


def pending_cheques(
    execute: ledger_read.Execute, customer_id: int | None, day: date
) -> tuple[Decimal, Decimal]:
    """(covered, at risk) on ``day``: the cheques not cleared dated after it, and those
    dated on or before it. One indexed query, for screens that have the debt already."""
    mine = "" if customer_id is None else " AND customer_id = :c"
    covered, at_risk = execute(
        "SELECT COALESCE(SUM(CASE WHEN date > :d THEN amount END), 0),"
        " COALESCE(SUM(CASE WHEN date <= :d THEN amount END), 0) FROM cheque"
        " WHERE status IN ('in_hand', 'deposited')" + mine,
        {"d": day.isoformat(), "c": customer_id},
    ).fetchone()
    return from_minor(covered), from_minor(at_risk)


def forecast(execute: ledger_read.Execute, start: date, months: int) -> Forecast:
    """Money expected in from ``start`` for ``months`` months: per 7-day week from
    ``start`` (the last one cut at the end) and per month from ``start`` (month k: start
    + k months up to the day before start + k + 1 months; calendar months when start is
    the 1st). Counted: cheques in hand or deposited, on their date (one dated before
    ``start``, not yet cleared, on ``start``); and what installments of active plans due
    in the period still leave unpaid by any payment or cheque — a cheque given for an
    installment is counted once, as the cheque. Late installments (due before
    ``start``) and ordinary invoices are not forecast."""
    end = add_months(start, months) - timedelta(days=1)
    money: list[tuple[date, int, int]] = []
    for day, amount in execute(
        "SELECT date, amount FROM cheque WHERE status IN ('in_hand', 'deposited')"
        " AND date <= ?", (end.isoformat(),)
    ):
        money.append((max(date.fromisoformat(day), start), amount, 0))
    for due, left in execute(
        "SELECT d.due_date, d.amount - d.paid FROM plan_installment i"
        " JOIN plan p ON p.id = i.plan_id JOIN debit d ON d.id = i.debit_id"
        " WHERE p.status = 'active' AND d.voided_at IS NULL AND d.paid < d.amount"
        " AND d.due_date BETWEEN ? AND ?", (start.isoformat(), end.isoformat())
    ):
        money.append((date.fromisoformat(due), 0, left))

    def rows(bounds: list[date]) -> tuple[ForecastRow, ...]:
        out = []
        for lo, hi in pairwise(bounds):
            last = hi - timedelta(days=1)
            inside = [(c, i) for day, c, i in money if lo <= day <= last]
            out.append(ForecastRow(lo, last, from_minor(sum(c for c, _ in inside)),
                                   from_minor(sum(i for _, i in inside))))
        return tuple(out)

    after = end + timedelta(days=1)
    weeks = [start + timedelta(days=7 * k) for k in range((after - start).days // 7 + 1)
             if start + timedelta(days=7 * k) < after] + [after]
    month_starts = [add_months(start, k) for k in range(months)] + [after]
    return Forecast(start, end, rows(weeks), rows(month_starts))
