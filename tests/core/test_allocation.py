"""Allocation (pure): picked items first in picked order, then oldest-due first."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arapp.core.allocation import Allocation, OpenItem, allocate, number_key, oldest_due_first
from tests.conftest import d, m
from tests.strategies import money, open_items


def item(item_id: int, number: str, issue: str, due: str, amount: str) -> OpenItem:
    return OpenItem(item_id, number, d(issue), d(due), m(amount))


def pairs(allocations: list[Allocation]) -> list[tuple[int, Decimal]]:
    return [(a.item_id, a.amount) for a in allocations]


A = item(1, "100", "2026-01-01", "2026-01-31", "100.00")
B = item(2, "101", "2026-01-05", "2026-02-04", "200.00")
C = item(3, "102", "2026-01-10", "2026-02-09", "300.00")


def test_oldest_due_first_by_default() -> None:
    allocations, left = allocate(m("250.00"), [C, B, A])
    assert pairs(allocations) == [(1, m("100.00")), (2, m("150.00"))]
    assert left == m("0.00")


def test_picked_first_in_picked_order_then_oldest_due() -> None:
    allocations, left = allocate(m("550.00"), [A, B, C], picked=[3, 2])
    assert pairs(allocations) == [(3, m("300.00")), (2, m("200.00")), (1, m("50.00"))]
    assert left == m("0.00")


def test_picked_partly_paid_when_money_runs_out() -> None:
    allocations, left = allocate(m("120.00"), [A, B, C], picked=[2])
    assert pairs(allocations) == [(2, m("120.00"))]
    assert left == 0


def test_picked_twice_counts_once() -> None:
    allocations, _left = allocate(m("600.00"), [A, B, C], picked=[2, 2])
    assert pairs(allocations) == [(2, m("200.00")), (1, m("100.00")), (3, m("300.00"))]


def test_remainder_is_unapplied() -> None:
    allocations, left = allocate(m("650.01"), [A, B, C])
    assert pairs(allocations) == [(1, m("100.00")), (2, m("200.00")), (3, m("300.00"))]
    assert left == m("50.01")


def test_never_more_than_an_item() -> None:
    allocations, left = allocate(m("1000.00"), [A])
    assert pairs(allocations) == [(1, m("100.00"))]
    assert left == m("900.00")


def test_zero_amount_allocates_nothing() -> None:
    assert allocate(m("0.00"), [A, B]) == ([], m("0.00"))


def test_no_items_leaves_everything_unapplied() -> None:
    assert allocate(m("12.34"), []) == ([], m("12.34"))


def test_negative_amount_refused() -> None:
    with pytest.raises(ValueError):
        allocate(m("-0.01"), [A])


def test_picked_item_with_nothing_open_takes_nothing() -> None:
    # Issue #17 (1): a named item that is no longer open (not among the open items) gets
    # nothing; the money goes on oldest-due first, as if nothing had been named.
    allocations, left = allocate(m("10.00"), [A, B], picked=[99])
    assert (allocations, left) == allocate(m("10.00"), [A, B])
    allocations, left = allocate(m("10.00"), [A, B], picked=[99, 2])
    assert pairs(allocations) == [(2, m("10.00"))] and left == 0


def test_same_due_date_earlier_issue_first() -> None:
    late_issue = item(1, "1", "2026-01-20", "2026-02-28", "10.00")
    early_issue = item(2, "2", "2026-01-02", "2026-02-28", "10.00")
    allocations, _ = allocate(m("15.00"), [late_issue, early_issue])
    assert pairs(allocations) == [(2, m("10.00")), (1, m("5.00"))]


def test_due_date_beats_issue_date() -> None:
    early_issue_late_due = item(1, "1", "2026-01-01", "2026-03-01", "10.00")
    late_issue_early_due = item(2, "2", "2026-01-15", "2026-02-01", "10.00")
    allocations, _ = allocate(m("10.00"), [early_issue_late_due, late_issue_early_due])
    assert pairs(allocations) == [(2, m("10.00"))]


def test_same_dates_lowest_number_naturally() -> None:
    # Same due and issue date: invoice 999 before 1000 (a text sort would put 1000 first),
    # whatever the ids say.
    n1000 = item(1, "1000", "2026-01-01", "2026-01-31", "10.00")
    n999 = item(2, "999", "2026-01-01", "2026-01-31", "10.00")
    allocations, _ = allocate(m("10.00"), [n1000, n999])
    assert pairs(allocations) == [(2, m("10.00"))]

    p1000 = item(3, "INV-1000", "2026-01-01", "2026-01-31", "10.00")
    p999 = item(4, "INV-999", "2026-01-01", "2026-01-31", "10.00")
    allocations, _ = allocate(m("10.00"), [p1000, p999])
    assert pairs(allocations) == [(4, m("10.00"))]


def test_all_equal_lowest_id_first() -> None:
    x = item(7, "A-1", "2026-01-01", "2026-01-31", "10.00")
    y = item(5, "a-1", "2026-01-01", "2026-01-31", "10.00")
    allocations, _ = allocate(m("10.00"), [x, y])
    assert pairs(allocations) == [(5, m("10.00"))]


def test_number_key_natural_order() -> None:
    numbers = ["INV-1000", "INV-999", "INV-10", "INV-9", "2", "10", "1"]
    assert sorted(numbers, key=number_key) == [
        "1",
        "2",
        "10",
        "INV-9",
        "INV-10",
        "INV-999",
        "INV-1000",
    ]


def test_oldest_due_first_is_stable_order() -> None:
    assert [i.id for i in oldest_due_first([C, A, B])] == [1, 2, 3]


@given(
    amount=money("0.00", "3000.00"),
    items=open_items(),
    data=st.data(),
)
def test_allocate_conserves_money(
    amount: Decimal, items: list[OpenItem], data: st.DataObject
) -> None:
    ids = [i.id for i in items]
    # Picked ids include some that are not open (ids no item has): they take nothing.
    candidates = [*ids, -1, -2]
    picked = data.draw(st.lists(st.sampled_from(candidates), max_size=4))
    allocations, left = allocate(amount, items, picked)
    by_id = {i.id: i for i in items}

    assert sum((a.amount for a in allocations), Decimal(0)) + left == amount
    assert left >= 0
    assert len({a.item_id for a in allocations}) == len(allocations)
    for a in allocations:
        assert Decimal(0) < a.amount <= by_id[a.item_id].open_amount
    # Every allocation but the last fills its item: money never skips ahead.
    for a in allocations[:-1]:
        assert a.amount == by_id[a.item_id].open_amount
    if left > 0:
        assert {a.item_id for a in allocations} == set(ids)
        assert all(a.amount == by_id[a.item_id].open_amount for a in allocations)
    # The order: distinct picked ids first as picked, then the rest oldest-due first.
    expected_order = [i for i in dict.fromkeys(picked) if i in by_id] + [
        i.id for i in oldest_due_first(items) if i.id not in set(picked)
    ]
    assert [a.item_id for a in allocations] == expected_order[: len(allocations)]


def test_allocate_exact_to_the_agora() -> None:
    thirds = [item(i, str(i), "2026-01-01", "2026-01-31", "33.33") for i in (1, 2, 3)]
    allocations, left = allocate(m("100.00"), thirds)
    assert [a.amount for a in allocations] == [m("33.33")] * 3
    assert left == m("0.01")
    assert str(left) == "0.01"


def test_picked_item_due_later_still_goes_first() -> None:
    late = item(9, "9", "2026-03-01", "2026-06-01", "40.00")
    allocations, left = allocate(m("45.00"), [A, late], picked=[9])
    assert pairs(allocations) == [(9, m("40.00")), (1, m("5.00"))]
    assert left == 0
