"""The promise-to-pay rule (arapp.core.collection.promises): examples at the edges and
properties over random payment sequences."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from arapp.core.collection import promise_progress, promise_state
from arapp.core.money import ZERO
from tests.strategies import money

PROMISE = date(2026, 3, 10)
A = Decimal("500.00")


def test_open_before_the_deadline_and_kept_as_soon_as_paid_in_full() -> None:
    assert promise_state(A, PROMISE, [], date(2026, 3, 5), 2) == "open"
    assert promise_state(A, PROMISE, [(date(2026, 3, 6), A)], date(2026, 3, 6), 2) == "kept"


def test_grace_days_still_keep_it_and_the_day_after_breaks_it() -> None:
    late = [(date(2026, 3, 12), A)]
    assert promise_state(A, PROMISE, late, date(2026, 3, 12), 2) == "kept"
    assert promise_state(A, PROMISE, [], date(2026, 3, 12), 2) == "open"
    assert promise_state(A, PROMISE, [], date(2026, 3, 13), 2) == "broken"
    assert promise_state(A, PROMISE, [(date(2026, 3, 13), A)], date(2026, 3, 20), 2) == "broken"
    assert promise_state(A, PROMISE, [], date(2026, 3, 11), 0) == "broken"


def test_part_paid_is_open_then_partly_kept() -> None:
    part = [(date(2026, 3, 9), Decimal("200.00")), (date(2026, 3, 11), Decimal("299.99"))]
    assert promise_state(A, PROMISE, part, date(2026, 3, 11), 2) == "open"
    progress = promise_progress(A, PROMISE, part, date(2026, 4, 1), 2)
    assert progress.state == "partly_kept"
    assert progress.paid == Decimal("499.99")
    assert progress.deadline == date(2026, 3, 12)


def test_a_payment_after_the_day_asked_is_not_seen() -> None:
    paid = [(date(2026, 3, 11), A)]
    assert promise_state(A, PROMISE, paid, date(2026, 3, 10), 2) == "open"
    assert promise_state(A, PROMISE, paid, date(2026, 3, 11), 2) == "kept"


payments = st.lists(
    st.tuples(st.integers(min_value=-5, max_value=30), money("0.01", "400.00")), max_size=8
)


@given(payments, money("1.00", "1000.00"), st.integers(0, 40), st.integers(0, 7))
def test_states_follow_the_money(
    paid: list[tuple[int, Decimal]], amount: Decimal, asked: int, grace: int
) -> None:
    """Against a plain statement of the rule, for any sequence of payments."""
    as_of = PROMISE + timedelta(days=asked - 10)
    seq = [(PROMISE + timedelta(days=k), a) for k, a in paid]
    deadline = PROMISE + timedelta(days=grace)
    counted = sum((a for day, a in seq if day <= min(deadline, as_of)), ZERO)
    state = promise_state(amount, PROMISE, seq, as_of, grace)
    if counted >= amount:
        assert state == "kept"
    elif as_of <= deadline:
        assert state == "open"
    else:
        assert state == ("partly_kept" if counted > ZERO else "broken")


@given(payments, money("1.00", "1000.00"), st.integers(0, 7), st.integers(0, 60))
def test_once_decided_a_promise_never_changes(
    paid: list[tuple[int, Decimal]], amount: Decimal, grace: int, later: int
) -> None:
    """Kept stays kept, and a deadline passed freezes the state: payments after it (or
    days passing) change nothing; only 'open' can move, and only forward."""
    seq = [(PROMISE + timedelta(days=k), a) for k, a in paid]
    states = [
        promise_state(amount, PROMISE, seq, PROMISE + timedelta(days=k - 10), grace)
        for k in range(0, 10 + grace + 1 + later)
    ]
    first = next((i for i, s in enumerate(states) if s != "open"), None)
    if first is not None:
        assert all(s != "open" for s in states[first:])
        settled = states[10 + grace + 1:]
        assert len(set(settled)) <= 1
        assert "kept" not in states[:first] and (states[first] != "kept" or
                                                  set(states[first:]) == {"kept"})


@given(payments, money("1.00", "1000.00"), st.integers(0, 7))
def test_more_money_never_makes_a_promise_worse(
    paid: list[tuple[int, Decimal]], amount: Decimal, grace: int
) -> None:
    rank = {"broken": 0, "partly_kept": 1, "open": 1, "kept": 2}
    seq = [(PROMISE + timedelta(days=k), a) for k, a in paid]
    as_of = PROMISE + timedelta(days=grace + 5)
    before = promise_state(amount, PROMISE, seq, as_of, grace)
    after = promise_state(amount, PROMISE, [*seq, (PROMISE, Decimal("0.01"))], as_of, grace)
    assert rank[after] >= rank[before]
