"""Key figures as of a day and over a period (``shop.kpi``; issue #20, 7; DESIGN.md,
Headless CLI ``kpi``), and their month-by-month trend for the Reports screen.

What each figure sums (money as ``Decimal``; records not void; days inclusive):

- **receivable(D)**: the aging report's total on D = Σ every customer's balance on D
  (:func:`arapp.core.services.ledger_read.total_balance`);
- **overdue(D)**: the aging's four late buckets = what is open on D and was due before D;
- **invoiced[a, b]**: invoices (kind ``invoice``) issued in [a, b]; fees, installments
  (a plan re-states debt already invoiced) and credit notes are not sales;
- **collected[a, b]**: payments (kind ``payment``: cash, transfer, cheque…) dated in
  [a, b]; a credit note or a plan's restructuring collects nothing;
- **fell due[a, b]**: the items (invoices, installments, fees) due in [a, b], in full;
- **average days to pay** over [from, D]: the invoices whose last payment is dated in
  the period and which payments alone (no credit note, no plan) paid in full by D; for
  each, the days from its issue to that last payment (0 if paid in advance); their
  mean, 1 decimal;
- **promises kept share** over [from, D]: the promises to pay whose date is in the
  period, judged on D by the collection log's rule
  (:mod:`arapp.core.collection.promises`): kept ÷ (kept + partly kept + broken);
- **letters sent** in [from, D]: collection letters (the ladder's and the settlement
  offer; not statements or payment confirmations) dated in the period; **paid after
  letters**: the customers' payments dated from a letter's day to 30 days after it (and
  not after D), each payment counted once;
- **top debtors**: the :data:`~arapp.core.kpi_rules.TOP_DEBTORS` customers with the
  largest balance on D, by code on a tie.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TextIO

from arapp.core import kpi_rules
from arapp.core.aging import BUCKETS, AgingRow, earliest_due_dates
from arapp.core.csv_safe import write_csv
from arapp.core.errors import UserError
from arapp.core.letters.kinds import KINDS
from arapp.core.money import from_minor
from arapp.core.services import ledger_read

if TYPE_CHECKING:
    from arapp.core.services import Shop

#: The letters that count as collection letters sent: every ladder step and the
#: settlement offer (a statement only informs).
LETTERS_COUNTED: tuple[str, ...] = tuple(
    k.code for k in KINDS if k.ladder_level or k.listing != "statement"
)


@dataclass(frozen=True, slots=True)
class Debtor:
    customer_id: int
    code: str
    name: str
    total: Decimal


@dataclass(frozen=True, slots=True)
class Kpis:
    """The figures of ``kpi --as-of D --from F``; ratios are None for a zero divisor."""

    as_of: date
    from_: date
    receivable: Decimal
    overdue: Decimal
    overdue_share: Decimal | None
    dso: Decimal | None
    collection_rate: Decimal | None
    avg_days_to_pay: Decimal | None
    promises_kept_share: Decimal | None
    letters_sent: int
    paid_after_letters: Decimal
    top_debtors: tuple[Debtor, ...]
    # The parts of the ratios, for a reader who checks them:
    invoiced_90_days: Decimal
    receivable_before: Decimal  # at the end of the day before from_
    invoiced: Decimal  # in [from_, as_of]
    collected: Decimal  # in [from_, as_of]


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One month of the trend: balances at ``end`` (the month's last day, or the day asked
    for), flows over [``start``, ``end``]."""

    month: str  # YYYY-MM
    start: date
    end: date
    receivable: Decimal
    overdue: Decimal
    collected: Decimal
    invoiced: Decimal
    dso: Decimal | None


TREND_COLUMNS: tuple[str, ...] = (
    "month", "end", "receivable", "overdue", "collected", "invoiced", "dso",
)


class KpiService:
    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    def _one(self, sql: str, params: Sequence[object]) -> int:
        row = self.shop.execute(sql, tuple(params)).fetchone()
        return int(row[0] or 0) if row else 0

    # -- the measures ------------------------------------------------------------------
    def receivable(self, as_of: date) -> Decimal:
        return from_minor(ledger_read.total_balance(self.shop.execute, as_of))

    def aging_totals(self, as_of: date) -> AgingRow:
        """The aging report's totals row on ``as_of`` (what ``aging`` prints as totals),
        from two sums instead of a row per customer."""
        execute = self.shop.execute
        buckets = ledger_read.open_totals(execute, as_of, earliest_due_dates(as_of))
        total = ledger_read.total_balance(execute, as_of)
        values = dict(zip(BUCKETS, (from_minor(v) for v in buckets), strict=True))
        return AgingRow(**values, credit=from_minor(total - sum(buckets)),
                        total=from_minor(total))

    def invoiced(self, start: date, end: date) -> Decimal:
        return from_minor(self._one(
            "SELECT SUM(amount) FROM debit WHERE voided_at IS NULL AND kind = 'invoice'"
            " AND issue_date >= ? AND issue_date <= ?", (start.isoformat(), end.isoformat())))

    def collected(self, start: date, end: date) -> Decimal:
        return from_minor(self._one(
            "SELECT SUM(amount) FROM credit WHERE voided_at IS NULL AND kind = 'payment'"
            " AND date >= ? AND date <= ?", (start.isoformat(), end.isoformat())))

    def fell_due(self, start: date, end: date) -> Decimal:
        return from_minor(self._one(
            "SELECT SUM(amount) FROM debit WHERE voided_at IS NULL"
            " AND due_date >= ? AND due_date <= ?", (start.isoformat(), end.isoformat())))

    def dso(self, as_of: date, receivable: Decimal | None = None) -> Decimal | None:
        owed = self.receivable(as_of) if receivable is None else receivable
        return kpi_rules.dso(owed, self.invoiced(*kpi_rules.dso_window(as_of)))

    def avg_days_to_pay(self, start: date, end: date) -> Decimal | None:
        """The mean days from issue to full payment of the invoices finished paying in
        [start, end] (see the module's notes), 1 decimal; None when there are none."""
        execute: ledger_read.Execute = self.shop.execute
        row = execute(
            """WITH touched AS (
                SELECT DISTINCT a.debit_id FROM credit c
                JOIN allocation a ON a.credit_id = c.id
                WHERE c.voided_at IS NULL AND c.kind = 'payment'
                  AND c.date >= :lo AND c.date <= :hi),
            paid AS (
                SELECT d.id, d.issue_date, MAX(c.date) AS paid_on
                FROM touched t JOIN debit d ON d.id = t.debit_id
                JOIN allocation a ON a.debit_id = d.id
                JOIN credit c ON c.id = a.credit_id
                WHERE d.kind = 'invoice' AND d.voided_at IS NULL
                  AND c.voided_at IS NULL AND c.date <= :hi
                GROUP BY d.id
                HAVING SUM(a.amount) >= d.amount AND SUM(c.kind <> 'payment') = 0)
            SELECT COUNT(*), SUM(MAX(julianday(paid_on) - julianday(issue_date), 0))
            FROM paid""",
            {"lo": start.isoformat(), "hi": end.isoformat()},
        ).fetchone()
        count, days = row if row else (0, 0)
        if not count:
            return None
        return kpi_rules.ratio(int(days), int(count), kpi_rules.DAYS_PLACES)

    def letters_sent(self, start: date, end: date) -> tuple[int, Decimal]:
        """(collection letters dated in [start, end], payments dated from a letter's day
        to 30 days after it and not after ``end``, each payment once)."""
        kinds = ", ".join("?" * len(LETTERS_COUNTED))
        span = (start.isoformat(), end.isoformat())
        count = self._one(
            f"SELECT COUNT(*) FROM document WHERE kind IN ({kinds})"
            " AND letter_date >= ? AND letter_date <= ?", (*LETTERS_COUNTED, *span))
        paid = self._one(
            "SELECT SUM(c.amount) FROM credit c WHERE c.voided_at IS NULL"
            " AND c.kind = 'payment' AND c.date >= ? AND c.date <= ? AND EXISTS ("
            f" SELECT 1 FROM document d WHERE d.customer_id = c.customer_id AND d.kind IN ({kinds})"
            " AND d.letter_date >= ? AND d.letter_date <= ? AND d.letter_date <= c.date"
            f" AND c.date <= date(d.letter_date, '+{kpi_rules.LETTER_EFFECT_DAYS} days'))",
            (*span, *LETTERS_COUNTED, *span))
        return count, from_minor(paid)

    def promises_kept_share(self, start: date, end: date) -> Decimal | None:
        """Of the promises to pay whose date is in [start, end] and that are settled on
        ``end`` (the collection log's rule: kept, partly kept or broken; one still in its
        grace days is not counted yet), the share kept in full, 4 decimals."""
        states = [p.state for p in self.shop.interactions.promises_falling_due(start, end, end)]
        settled = [s for s in states if s != "open"]
        return kpi_rules.ratio(settled.count("kept"), len(settled), kpi_rules.SHARE_PLACES)

    def top_debtors(self, as_of: date, count: int = kpi_rules.TOP_DEBTORS) -> tuple[Debtor, ...]:
        """The ``count`` customers owing most on ``as_of`` (balance > 0), by code on a tie."""
        balances = ledger_read.balances(self.shop.execute, as_of)
        largest = heapq.nlargest(count, (b for b in balances.values() if b > 0))
        if not largest:
            return ()
        floor = largest[-1]
        ids = [cid for cid, b in balances.items() if b >= floor]
        names = customer_names(self.shop.execute, ids)
        ranked = sorted(ids, key=lambda cid: (-balances[cid], names[cid][0]))[:count]
        return tuple(
            Debtor(cid, names[cid][0], names[cid][1], from_minor(balances[cid]))
            for cid in ranked
        )

    # -- the report --------------------------------------------------------------------
    def compute(self, as_of: date, from_: date | None = None) -> Kpis:
        """The figures of ``kpi --as-of as_of --from from_`` (default: as_of − 29 days).
        ``UserError`` when the period starts after it ends."""
        start = kpi_rules.default_from(as_of) if from_ is None else from_
        if start > as_of:
            raise UserError("The period starts on {start}, after the day it ends ({end})",
                            start=start, end=as_of)
        totals = self.aging_totals(as_of)
        receivable, overdue = totals.total, totals.overdue
        invoiced_90 = self.invoiced(*kpi_rules.dso_window(as_of))
        before = self.receivable(start - timedelta(days=1))
        invoiced = self.invoiced(start, as_of)
        collected = self.collected(start, as_of)
        letters, paid_after = self.letters_sent(start, as_of)
        return Kpis(
            as_of=as_of,
            from_=start,
            receivable=receivable,
            overdue=overdue,
            overdue_share=kpi_rules.overdue_share(overdue, receivable),
            dso=kpi_rules.dso(receivable, invoiced_90),
            collection_rate=kpi_rules.collection_rate(collected, before, invoiced),
            avg_days_to_pay=self.avg_days_to_pay(start, as_of),
            promises_kept_share=self.promises_kept_share(start, as_of),
            letters_sent=letters,
            paid_after_letters=paid_after,
            top_debtors=self.top_debtors(as_of),
            invoiced_90_days=invoiced_90,
            receivable_before=before,
            invoiced=invoiced,
            collected=collected,
        )

    def trend(
        self, as_of: date, months: int = 12,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[TrendPoint]:
        """The last ``months`` calendar months up to ``as_of``, oldest first: receivable,
        overdue and DSO at each month's end (``as_of`` for its own month), collected and
        invoiced within it. For the Reports screen's chart. Each month's overdue is an
        aging as of its end (seconds on a shop of a million invoices), so ``progress``
        is called with (months done, months) after each one."""
        points = []
        spans = kpi_rules.month_spans(as_of, months)
        for done, span in enumerate(spans, start=1):
            totals = self.aging_totals(span.end)
            points.append(TrendPoint(
                month=span.month,
                start=span.start,
                end=span.end,
                receivable=totals.total,
                overdue=totals.overdue,
                collected=self.collected(span.start, span.end),
                invoiced=self.invoiced(span.start, span.end),
                dso=self.dso(span.end, totals.total),
            ))
            if progress is not None:
                progress(done, len(spans))
        return points


def ratio_text(value: Decimal | None) -> str | None:
    """A ratio as JSON and CSV write it: its digits as computed ("0.4250", "37.5"), or
    None (null) for a zero divisor."""
    return None if value is None else str(value)


def trend_rows(points: Iterable[TrendPoint]) -> list[list[object]]:
    """The trend as rows under :data:`TREND_COLUMNS` (money as Decimal, DSO as text)."""
    return [
        [p.month, p.end.isoformat(), p.receivable, p.overdue, p.collected, p.invoiced,
         ratio_text(p.dso)]
        for p in points
    ]


def write_trend_csv(points: Iterable[TrendPoint], stream: TextIO) -> None:
    """The trend as CSV (the Reports screen's export and ``kpi --trend --format csv``):
    :data:`TREND_COLUMNS`, one row a month, oldest first."""
    write_csv(stream, TREND_COLUMNS, trend_rows(points))


def rows_for_ids(
    execute: ledger_read.Execute, sql: str, ids: Iterable[int]
) -> Iterator[tuple[Any, ...]]:
    """The rows of ``sql`` (whose ``{ids}`` stands for a list of ids) for ``ids``, asked
    500 at a time so that no statement has too many parameters."""
    wanted = list(dict.fromkeys(ids))
    for k in range(0, len(wanted), 500):
        chunk = wanted[k:k + 500]
        yield from execute(sql.format(ids=", ".join("?" * len(chunk))), tuple(chunk))


def customer_names(execute: ledger_read.Execute, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """Code and name of each of ``ids``."""
    return {
        cid: (code, name)
        for cid, code, name in rows_for_ids(
            execute, "SELECT id, code, name FROM customer WHERE id IN ({ids})", ids)
    }
