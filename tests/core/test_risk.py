"""The risk summary: on-time share, average days late, days late now, broken promises,
returned cheques — by hand on a small history, and the batch equal to one by one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arapp.core.cheques import ChequeInput
from arapp.core.collection.risk import DueItem, payment_record
from arapp.core.services import Shop, clock
from arapp.core.services.interaction_records import InteractionInput
from arapp.core.services.records import CustomerInput, CustomerRecord
from tests.strategies import dates

TODAY = date(2026, 6, 30)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    day = {"v": date(2026, 1, 1)}
    monkeypatch.setattr(clock, "today", lambda: day["v"])
    monkeypatch.setattr(clock, "now_text", lambda: f"{day['v'].isoformat()}T09:00:00")
    yield


def test_the_payment_record_by_hand() -> None:
    items = [
        DueItem(date(2026, 1, 31), 10000, [(date(2026, 1, 20), 10000)]),  # on time
        DueItem(date(2026, 2, 28), 10000, [(date(2026, 3, 1), 4000), (date(2026, 3, 10), 6000)]),
        DueItem(date(2026, 3, 31), 10000, [(date(2026, 4, 5), 3000)]),  # still open
        DueItem(date(2026, 7, 31), 10000, []),  # not due yet: not counted
    ]
    share, average, late = payment_record(items, date(2026, 4, 30))
    assert share == Decimal("0.3333")  # 1 of 3 due
    assert average == Decimal("5.0")  # (0 + 10) / 2 settled
    assert late == 30
    # As of 5 March the second was not settled yet: it is the oldest open one.
    assert payment_record(items, date(2026, 3, 5)) == (Decimal("0.5000"), Decimal("0.0"), 5)
    assert payment_record([], TODAY) == (None, None, 0)


@given(st.lists(st.tuples(dates(), st.integers(1, 90), st.integers(-30, 60)), max_size=10),
       dates())
def test_the_shares_stay_in_range(
    raw: list[tuple[date, int, int]], as_of: date
) -> None:
    items = [DueItem(due, 100, [(due + timedelta(days=lag), 100)]) for due, _n, lag in raw]
    share, average, late = payment_record(items, as_of)
    due = [i for i in items if i.due_date <= as_of]
    assert (share is None) == (not due)
    if share is not None:
        assert Decimal(0) <= share <= Decimal(1)
    assert average is None or average >= 0
    assert late >= 0


def test_a_customer_summary(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    def on(day: date) -> None:
        monkeypatch.setattr(clock, "today", lambda: day)
        monkeypatch.setattr(clock, "now_text", lambda: f"{day.isoformat()}T09:00:00")

    c = shop.customers.create(CustomerInput(code="R1", name="Rana"))
    other = shop.customers.create(CustomerInput(code="R2", name="Rami"))
    inv = shop.invoices.add
    inv(c.id, "1", date(2026, 1, 1), Decimal("100"), date(2026, 1, 31))
    inv(c.id, "2", date(2026, 2, 1), Decimal("100"), date(2026, 2, 28))
    inv(c.id, "3", date(2026, 3, 1), Decimal("100"), date(2026, 3, 31))
    shop.payments.record_payment(c.id, date(2026, 1, 30), Decimal("100"))  # 1 on time
    shop.payments.record_payment(c.id, date(2026, 3, 20), Decimal("100"))  # 2: 20 days late
    on(date(2026, 4, 1))
    shop.interactions.log(c.id, InteractionInput(
        kind="call", promise_amount=Decimal("100"), promise_date=date(2026, 4, 10)))
    on(date(2026, 4, 2))
    cheque = shop.cheques.add(c.id, ChequeInput(
        bank="12", branch="345", account="678901", number="9", amount=Decimal("100"),
        date=date(2026, 4, 2))).record
    shop.cheques.deposit([cheque.id], on=date(2026, 4, 2))
    shop.cheques.return_cheque(cheque.id, "insufficient_funds", on=date(2026, 4, 5))
    summary = shop.risk.summary(c.id, TODAY)
    assert summary.on_time_share == Decimal("0.3333")
    assert summary.avg_days_late == Decimal("10.0")
    assert summary.days_late_now == (TODAY - date(2026, 3, 31)).days
    assert summary.broken_promises == 1
    assert summary.returned_cheques == 1
    # Before the cheque came back and before the promise's deadline.
    earlier = shop.risk.summary(c.id, date(2026, 4, 4))
    assert (earlier.broken_promises, earlier.returned_cheques) == (0, 0)
    batch = shop.risk.summaries([c.id, other.id], TODAY)
    assert batch[c.id] == summary
    assert batch[other.id].on_time_share is None and batch[other.id].days_late_now == 0
    assert shop.risk.summaries([], TODAY) == {}


def test_invoices_moved_into_a_plan_count_through_its_installments(
    shop: Shop, customer: CustomerRecord
) -> None:
    from arapp.core.services.plan_records import PlanInput

    shop.invoices.add(customer.id, "1", date(2025, 12, 1), Decimal("1200"), date(2025, 12, 31))
    shop.plans.create(PlanInput(customer_id=customer.id, first_due=date(2026, 2, 1), count=3,
                                plan_date=date(2026, 1, 1)))
    summary = shop.risk.summary(customer.id, date(2026, 2, 15))
    # The invoice is out; the first installment (due 1 Feb) is open and late.
    assert summary.on_time_share == Decimal("0.0000")
    assert summary.days_late_now == 14
