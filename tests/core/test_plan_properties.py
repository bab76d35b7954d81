"""Property tests: random sequences of plans, payments, voids, cancels and breaches keep
every ledger rule (checked on the raw tables, independently of the services), and each
plan operation moves the balance by exactly what it should: creating a plan by its
interest, cancelling by nothing, a breach by the interest it waives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from arapp.core.errors import LedgerRuleViolation, UserError
from arapp.core.money import ZERO
from arapp.core.plans.schedule import Frequency
from arapp.core.services import Shop, ledger_read
from arapp.core.services.integrity import check_database
from arapp.core.services.plan_records import PlanInput
from arapp.core.services.records import CustomerInput
from tests.core.conftest import agorot, check_ledger
from tests.strategies import money

TODAY = date.today()


@dataclass(frozen=True)
class Invoice:
    amount: Decimal
    days_ago: int


@dataclass(frozen=True)
class MakePlan:
    count: int
    rate: Decimal
    down: int  # percent of the debt
    frequency: Frequency
    picks: tuple[int, ...]


@dataclass(frozen=True)
class Pay:
    amount: Decimal
    plan: bool  # against the newest plan, or oldest-due first
    days_ahead: int


@dataclass(frozen=True)
class Cancel:
    pick: int


@dataclass(frozen=True)
class Breach:
    pick: int
    days_ahead: int


@dataclass(frozen=True)
class VoidCredit:
    pick: int


@dataclass(frozen=True)
class VoidDebit:
    pick: int


Op = Invoice | MakePlan | Pay | Cancel | Breach | VoidCredit | VoidDebit

ops = st.lists(
    st.one_of(
        st.builds(Invoice, amount=money("1.00", "3000.00"), days_ago=st.integers(0, 200)),
        st.builds(MakePlan, count=st.integers(1, 24),
                  rate=st.sampled_from([Decimal(0), Decimal("6"), Decimal("12.5")]),
                  down=st.sampled_from([0, 0, 10, 50]), frequency=st.sampled_from(list(Frequency)),
                  picks=st.lists(st.integers(0, 20), max_size=3).map(tuple)),
        st.builds(Pay, amount=money("1.00", "4000.00"), plan=st.booleans(),
                  days_ahead=st.integers(0, 400)),
        st.builds(Cancel, pick=st.integers(0, 10)),
        st.builds(Breach, pick=st.integers(0, 10), days_ahead=st.integers(0, 600)),
        st.builds(VoidCredit, pick=st.integers(0, 40)),
        st.builds(VoidDebit, pick=st.integers(0, 40)),
    ),
    min_size=4,
    max_size=24,
)


def owed(shop: Shop, cid: int, on: date = TODAY) -> Decimal:
    return agorot(ledger_read.balance(shop.db.execute_sql, cid, on))


@settings(max_examples=150, deadline=None)
@given(ops=ops)
# A breach while a later-dated payment already pays every installment: those keep their
# dates (found by hypothesis).
@example(ops=[Invoice(Decimal("100.00"), 0),
              MakePlan(2, Decimal(0), 0, Frequency.MONTH, ()),
              Pay(Decimal("100.00"), False, 42), Breach(0, 41)])
def test_plan_sequences_keep_the_ledger_rules(ops: list[Op]) -> None:
    shop = Shop.open(":memory:")
    try:
        cid = shop.customers.create(CustomerInput(code="C1", name="Customer")).id
        number = 1000
        for op in ops:
            if isinstance(op, Invoice):
                number += 1
                issued = TODAY - timedelta(days=op.days_ago)
                shop.invoices.create_invoice(cid, str(number), issued, op.amount,
                                             issued + timedelta(days=30))
            elif isinstance(op, MakePlan):
                items = shop.plans.coverable_items(cid)
                picked = tuple(dict.fromkeys(items[p % len(items)].id for p in op.picks)
                               ) if items and op.picks else ()
                debt = sum((i.open_amount for i in items if i.id in picked or (
                    not picked and not i.disputed)), ZERO)
                down = (debt * op.down / 100).quantize(Decimal("0.01"))
                before = owed(shop, cid)
                try:
                    plan = shop.plans.create(PlanInput(
                        customer_id=cid, first_due=TODAY + timedelta(days=30), item_ids=picked,
                        count=op.count, annual_rate=op.rate, down_payment=down,
                        frequency=op.frequency))
                except UserError:
                    event("plan refused")
                    continue
                event("plan made")
                assert plan.debt == debt
                assert owed(shop, cid) == before + plan.total_interest
                assert sum(i.principal for i in plan.installments) == debt
                assert plan.total_payable == debt + plan.total_interest
            elif isinstance(op, Pay):
                on = TODAY + timedelta(days=op.days_ahead)
                plans = [p for p in shop.plans.for_customer(cid) if p.open_amount > 0]
                if op.plan and plans:
                    try:
                        shop.plans.record_payment(plans[0].id, on, op.amount)
                    except LedgerRuleViolation:
                        # Open on the day, but a later-dated payment already holds it all.
                        payable = {i.id for i in shop.payments.payable_items(cid)}
                        assert not payable & {i.debit_id for i in plans[0].installments}
                else:
                    shop.payments.record_payment(cid, on, op.amount)
            elif isinstance(op, Cancel):
                plans = shop.plans.for_customer(cid)
                if not plans:
                    continue
                plan = plans[op.pick % len(plans)]
                before = owed(shop, cid)
                try:
                    shop.plans.cancel(plan.id, "property test")
                    event("plan cancelled")
                except LedgerRuleViolation:
                    assert plan.status in ("cancelled", "completed")
                assert owed(shop, cid) == before
            elif isinstance(op, Breach):
                plans = shop.plans.for_customer(cid)
                if not plans:
                    continue
                day = TODAY + timedelta(days=op.days_ahead)
                plan = shop.plans.get(plans[op.pick % len(plans)].id, as_of=day)
                before = owed(shop, cid, day)
                try:
                    after = shop.plans.breach(plan.id, day)
                except LedgerRuleViolation:
                    assert not plan.breachable
                    continue
                event("plan breached")
                assert plan.breachable and after.status in ("breached", "completed")
                waived = before - owed(shop, cid, day)
                assert ZERO <= waived <= plan.total_interest
                # What nothing will pay falls due at once; an installment a later-dated
                # payment (a post-dated cheque) already pays keeps its date.
                payable = {i.id for i in shop.payments.payable_items(cid)}
                assert all(i.due_date <= day for i in after.installments
                           if i.debit_id in payable)
            elif isinstance(op, VoidCredit | VoidDebit):
                table = "credit" if isinstance(op, VoidCredit) else "debit"
                ids = [r[0] for r in shop.db.execute_sql(
                    f"SELECT id FROM {table} WHERE voided_at IS NULL ORDER BY id")]
                if not ids:
                    continue
                void = shop.payments.void if table == "credit" else shop.invoices.void
                before = owed(shop, cid)
                try:
                    void(ids[op.pick % len(ids)], "property test")
                    event(f"void {table}")
                except LedgerRuleViolation:
                    event(f"void {table} refused (plan)")
                    assert owed(shop, cid) == before
            check_ledger(shop.db)
            assert check_database(shop.db) == []
            for plan in shop.plans.for_customer(cid):
                assert plan.paid + plan.open_amount + plan.waived == plan.total_payable
                assert plan.status in ("active", "completed", "breached", "cancelled")
    finally:
        shop.close()
