"""Property tests: random sequences of owner actions on a small shop keep every ledger rule.

After each step the raw tables are checked independently of the services (see
``tests/core/conftest.py``): balance identities, allocation bounds, the cached balance, the
settled state, and the aging report recomputed from the rows for several as-of dates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import event, given, settings
from hypothesis import strategies as st

from arapp.core.aging import BUCKETS, COLUMNS
from arapp.core.errors import LedgerRuleViolation
from arapp.core.services import Shop
from arapp.core.services.integrity import check_database
from arapp.core.services.records import CustomerInput
from tests.core.conftest import RawLedger, agorot, check_ledger, raw_aging, table_snapshot
from tests.strategies import (
    CreateFee,
    CreateInvoice,
    CreditNote,
    Dispute,
    Operation,
    RecordPayment,
    VoidInvoice,
    VoidPayment,
    dates,
    operations,
)


class Run:
    """Applies operations to a shop, resolving drawn indices against the current ledger."""

    def __init__(self, shop: Shop, customer_ids: list[int]) -> None:
        self.shop = shop
        self.customer_ids = customer_ids
        self.next_number = 995  # crosses 999 -> 1000: natural number order matters
        self.next_note = 1

    def open_ids(self, customer_id: int) -> list[int]:
        return [i.id for i in self.shop.payments.payable_items(customer_id)]

    def apply(self, op: Operation) -> date | None:
        """Run ``op``; return a date worth checking the aging at (or None)."""
        shop = self.shop
        if isinstance(op, CreateInvoice | CreateFee | RecordPayment | CreditNote):
            cid = self.customer_ids[op.customer % len(self.customer_ids)]
        if isinstance(op, CreateInvoice):
            number = str(self.next_number)
            self.next_number += 1
            due = op.issue + timedelta(days=op.due_days)
            item = shop.invoices.create_invoice(cid, number, op.issue, op.amount, due)
            assert (item.amount, item.due_date) == (op.amount, due)
            return op.issue
        if isinstance(op, CreateFee):
            shop.invoices.create_fee(cid, op.on, op.amount, "late fee")
            return op.on
        if isinstance(op, RecordPayment):
            candidates = self.open_ids(cid)
            picked = [candidates[i % len(candidates)] for i in op.picks] if candidates else []
            preview = shop.payments.preview(cid, op.amount, picked)
            record = shop.payments.record_payment(cid, op.on, op.amount, picked=picked)
            # The preview promised exactly what was recorded.
            assert set(preview.applied) == set(record.applied)
            assert len(preview.applied) == len(record.applied)
            assert preview.unapplied == record.unapplied
            event("payment with picked items" if picked else "payment oldest-due")
            if record.unapplied:
                event("payment leaves unapplied credit")
            if picked and record.applied:
                assert picked[0] in {a.item_id for a in record.applied}
            return op.on
        if isinstance(op, CreditNote):
            candidates = self.open_ids(cid)
            target = None
            if op.target is not None and candidates:
                target = candidates[op.target % len(candidates)]
            number = f"CN-{self.next_note}"
            self.next_note += 1
            note = shop.payments.record_credit_note(cid, number, op.on, op.amount, target)
            if target is not None:
                assert note.applied and target in {a.item_id for a in note.applied}
            return op.on
        if isinstance(op, VoidPayment):
            ids = [r[0] for r in shop.db.execute_sql("SELECT id FROM credit ORDER BY id")]
            if ids:
                self._void(shop.payments.void, ids[op.pick % len(ids)], "credit")
            return None
        if isinstance(op, VoidInvoice):
            ids = [r[0] for r in shop.db.execute_sql("SELECT id FROM debit ORDER BY id")]
            if ids:
                self._void(shop.invoices.void, ids[op.pick % len(ids)], "debit")
            return None
        if isinstance(op, Dispute):
            # Dispute an undisputed item, or clear the dispute of a disputed one.
            ids = [
                r[0]
                for r in shop.db.execute_sql(
                    "SELECT id FROM debit WHERE voided_at IS NULL AND disputed = ? ORDER BY id",
                    (int(not op.disputed),),
                )
            ]
            if ids:
                event("dispute" if op.disputed else "undispute")
                item = shop.invoices.set_disputed(ids[op.pick % len(ids)], op.disputed)
                assert item.disputed is op.disputed
            return None
        raise AssertionError(op)

    def _void(self, void: Callable[[int, str], Any], record_id: int, table: str) -> None:
        shop = self.shop
        voided_at = shop.db.execute_sql(
            f"SELECT voided_at FROM {table} WHERE id = ?", (record_id,)
        ).fetchone()[0]
        if voided_at is None:
            event(f"void {table}")
            record = void(record_id, "property test")
            assert record.voided and record.void_reason == "property test"
            return
        event(f"void {table} twice")
        before = table_snapshot(shop.db)
        try:
            void(record_id, "twice")
        except LedgerRuleViolation:
            pass
        else:
            raise AssertionError(f"voiding {table} {record_id} twice was accepted")
        assert table_snapshot(shop.db) == before


def check_aging(shop: Shop, raw: RawLedger, as_of: date) -> None:
    report = shop.aging.report(as_of)
    listed = {c.customer_id: c.row for c in report.customers}
    totals = dict.fromkeys(COLUMNS, Decimal(0))
    for cid in raw.customers:
        expected = raw_aging(raw, cid, as_of)
        row = shop.aging.customer(cid, as_of)
        assert row.as_dict() == expected, (cid, as_of)
        assert row.total == sum((getattr(row, c) for c in (*BUCKETS, "credit")), Decimal(0))
        issued = sum(x.amount for x in raw.live_debits(cid) if x.issue_date <= as_of)
        paid = sum(x.amount for x in raw.live_credits(cid) if x.date <= as_of)
        assert row.total == agorot(issued - paid)
        assert row.credit <= 0
        assert all(getattr(row, b) >= 0 for b in BUCKETS)
        if row.is_zero():
            assert cid not in listed
        else:
            assert listed[cid] == row
            for column in COLUMNS:
                totals[column] += expected[column]
    assert report.totals.as_dict() == totals
    assert [c.code for c in report.customers] == sorted(c.code for c in report.customers)


@settings(max_examples=80, deadline=None)
@given(
    n_customers=st.integers(1, 3),
    ops=operations(min_size=4, max_size=30),
    as_of_dates=st.lists(dates(date(2024, 12, 1), date(2027, 6, 30)), min_size=2, max_size=3),
)
def test_ledger_rules_hold_after_every_step(
    n_customers: int, ops: list[Operation], as_of_dates: list[date]
) -> None:
    shop = Shop.open(":memory:")
    try:
        ids = [
            shop.customers.create(CustomerInput(code=f"C{n}", name=f"Customer {n}")).id
            for n in range(n_customers)
        ]
        run = Run(shop, ids)
        rows_seen = 0
        for op in ops:
            step_date = run.apply(op)
            raw = check_ledger(shop.db)
            # Nothing is ever deleted from the debit and credit tables.
            rows = len(raw.debits) + len(raw.credits)
            assert rows >= rows_seen
            rows_seen = rows
            today = date.today()
            assert raw.ledger_day == today
            for cid in ids:
                # The list's cached balance, the card's header (its aging row's total) and
                # the statement's closing balance are one figure: the balance as of today.
                owed = agorot(raw.balance(cid, today))
                assert shop.customers.get(cid).balance == owed
                assert shop.aging.customer(cid, today).total == owed
                statement = shop.statements.statement(cid, date(2000, 1, 1), today)
                assert statement.closing_balance == owed
                items = shop.invoices.for_customer(cid, open_only=True)
                assert {i.id: i.open_amount for i in items} == {
                    x.id: agorot(raw.open_amount(x, today))
                    for x in raw.live_debits(cid)
                    if raw.open_amount(x, today) > 0
                }
            assert check_database(shop.db) == []
            for as_of in [*as_of_dates, *([step_date] if step_date else [])]:
                check_aging(shop, raw, as_of)
                # The ladder sees the same open amounts as the aging on that day.
                ladder = {
                    i.item_id: i.open_amount
                    for entry in shop.letters.ladder_input(as_of)
                    for i in entry.items
                }
                late = as_of - timedelta(days=shop.letters.policy.reminder_days)
                assert ladder == {
                    x.id: agorot(raw.open_amount(x, as_of))
                    for x in raw.debits.values()
                    if not x.voided and x.due_date <= late and raw.open_amount(x, as_of) > 0
                }
    finally:
        shop.close()


@settings(max_examples=60, deadline=None)
@given(ops=operations(max_size=15))
def test_voiding_everything_leaves_nothing_owed(ops: list[Operation]) -> None:
    """Void every invoice, fee, payment and credit note: every balance is back to zero,
    no allocation is left, and every record is still there, marked void."""
    shop = Shop.open(":memory:")
    try:
        ids = [shop.customers.create(CustomerInput(code=f"C{n}", name="X")).id for n in range(2)]
        run = Run(shop, ids)
        for op in ops:
            run.apply(op)
        before = table_snapshot(shop.db)
        for (debit_id,) in shop.db.execute_sql(
            "SELECT id FROM debit WHERE voided_at IS NULL"
        ).fetchall():
            shop.invoices.void(debit_id, "cleanup")
            check_ledger(shop.db)
        for (credit_id,) in shop.db.execute_sql(
            "SELECT id FROM credit WHERE voided_at IS NULL"
        ).fetchall():
            shop.payments.void(credit_id, "cleanup")
            check_ledger(shop.db)
        after = table_snapshot(shop.db)
        assert len(after["debit"]) == len(before["debit"])
        assert len(after["credit"]) == len(before["credit"])
        assert after["allocation"] == []
        assert all(shop.customers.get(cid).balance == 0 for cid in ids)
        assert shop.aging.report(date(2027, 1, 1)).customers == ()
    finally:
        shop.close()
