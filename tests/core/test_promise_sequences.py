"""Promise states through the service, over random sequences of payments (some voided
again, some before the promise or after its deadline): what shop.interactions reports
equals the rule applied by hand to the live payments in the database."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arapp.core.collection import promise_state
from arapp.core.services import Shop, clock
from arapp.core.services.interaction_records import InteractionInput
from arapp.core.services.records import CustomerInput
from tests.strategies import money

MADE = date(2026, 3, 10)

payments = st.lists(
    st.tuples(st.integers(-2, 10), money("0.01", "300.00"), st.booleans()), max_size=6
)


# The clock patch is the same for every input, so sharing it across them is harmless.
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payments, money("1.00", "300.00"), st.integers(0, 4), st.integers(0, 3),
       st.integers(0, 12))
def test_the_service_follows_the_rule(
    monkeypatch: pytest.MonkeyPatch, paid: list[tuple[int, Decimal, bool]],
    amount: Decimal, promised_in: int, grace: int, asked: int,
) -> None:
    monkeypatch.setattr(clock, "today", lambda: MADE)
    monkeypatch.setattr(clock, "now_text", lambda: f"{MADE.isoformat()}T11:00:00")
    shop = Shop.open(":memory:")
    try:
        c = shop.customers.create(CustomerInput(code="P1", name="Promise"))
        shop.settings.set_promise_grace_days(grace)
        promised = MADE + timedelta(days=promised_in)
        shop.interactions.log(c.id, InteractionInput(
            kind="call", promise_amount=amount, promise_date=promised))
        live = []
        for offset, value, voided in paid:
            day = MADE + timedelta(days=offset)
            credit = shop.payments.record_payment(c.id, day, value)
            if voided:
                shop.payments.void(credit.id, "returned")
            elif day >= MADE:
                live.append((day, value))
        as_of = MADE + timedelta(days=asked)
        (status,) = shop.interactions.promises(c.id, as_of)
        assert status.state == promise_state(amount, promised, live, as_of, grace)
        listed = {p.entry_id for p in shop.interactions.open_promises(as_of)}
        assert (status.entry_id in listed) == (status.state == "open")
        broken = {p.entry_id for p in shop.interactions.broken_promises(
            as_of, unanswered_only=False)}
        assert (status.entry_id in broken) == (status.state in ("broken", "partly_kept"))
    finally:
        shop.close()
