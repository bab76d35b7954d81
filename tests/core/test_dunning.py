"""The dunning ladder's rules, on pure data."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from arapp.core.dunning import (
    DEFAULT_POLICY,
    LadderCustomer,
    LadderItem,
    letters_due,
    next_level,
)

DUE = date(2026, 1, 1)


def item(steps: dict[str, date] | None = None, **kw: object) -> LadderItem:
    base: dict[str, object] = {
        "item_id": 1, "number": "1001", "due_date": DUE, "open_amount": Decimal("100.00"),
    }
    base.update(kw)
    return LadderItem(steps=steps or {}, **base)  # type: ignore[arg-type]


def day(n: int) -> date:
    return DUE + timedelta(days=n)


@pytest.mark.parametrize(
    ("consumer", "late", "expected"),
    [(True, 0, None), (True, 6, None), (True, 7, "debt_notice"),
     (False, 6, None), (False, 7, "reminder")],
)
def test_item_enters_the_ladder_at_seven_days(
    consumer: bool, late: int, expected: str | None
) -> None:
    """A consumer's first overdue letter is the debt notice (a reminder may count as a
    collection step); a business gets the friendly reminder."""
    assert next_level(item(), consumer=consumer, as_of=day(late)) == expected


def test_consumer_gets_debt_notice_first_and_waits_fourteen_days() -> None:
    steps = {"debt_notice": day(7)}
    # second reminder is due at 21 days late, but §13B2 holds it until notice + 14 days
    assert next_level(item(steps), True, day(20)) is None
    assert next_level(item(steps), True, day(21)) == "second"
    late_notice = {"debt_notice": day(14)}
    assert next_level(item(late_notice), True, day(27)) is None
    assert next_level(item(late_notice), True, day(28)) == "second"


def test_a_consumer_with_a_reminder_from_the_old_ladder_gets_the_notice_next() -> None:
    steps = {"reminder": day(7)}
    assert next_level(item(steps), True, day(13)) is None  # min gap
    assert next_level(item(steps), True, day(14)) == "debt_notice"


def test_business_skips_debt_notice() -> None:
    steps = {"reminder": day(7)}
    assert next_level(item(steps), False, day(21)) == "second"
    steps["second"] = day(21)
    assert next_level(item(steps), False, day(44)) is None
    assert next_level(item(steps), False, day(45)) == "warning"


def test_warning_then_handover_after_fourteen_more_days() -> None:
    steps = {"reminder": day(7), "debt_notice": day(14), "second": day(28), "warning": day(45)}
    assert next_level(item(steps), True, day(58)) is None
    assert next_level(item(steps), True, day(59)) == "handover"
    steps["handover"] = day(59)
    assert next_level(item(steps), True, day(400)) is None  # never the same level twice


def test_an_old_item_climbs_one_level_at_a_time() -> None:
    assert next_level(item(), False, day(200)) == "reminder"
    assert next_level(item({"reminder": day(200)}), False, day(203)) is None
    assert next_level(item({"reminder": day(200)}), False, day(207)) == "second"
    assert next_level(item(), True, day(200)) == "debt_notice"
    assert next_level(item({"debt_notice": day(200)}), True, day(213)) is None
    assert next_level(item({"debt_notice": day(200)}), True, day(214)) == "second"


def test_disputed_paid_and_planned_items_get_no_letters() -> None:
    assert next_level(item(disputed=True), True, day(30)) is None
    assert next_level(item(in_good_plan=True), True, day(30)) is None
    assert next_level(item(open_amount=Decimal("0.00")), True, day(30)) is None


def customer(items: list[LadderItem], consumer: bool = True, **kw: object) -> LadderCustomer:
    return LadderCustomer(customer_id=7, code="C7", consumer=consumer, items=items, **kw)  # type: ignore[arg-type]


def test_letters_due_groups_items_per_kind() -> None:
    a = item(item_id=1, number="1001")
    b = item(item_id=2, number="1002", due_date=DUE - timedelta(days=3))
    c = item({"reminder": day(0)}, item_id=3, number="1003", due_date=DUE - timedelta(days=20))
    due = letters_due([customer([a, b, c], consumer=False)], day(10))
    assert [(d.kind, d.item_numbers, d.amount, d.oldest_due) for d in due] == [
        ("reminder", ("1002", "1001"), Decimal("200.00"), DUE - timedelta(days=3)),
        ("second", ("1003",), Decimal("100.00"), DUE - timedelta(days=20)),
    ]
    due = letters_due([customer([a, b, c])], day(10))
    assert [(d.kind, d.item_numbers, d.amount) for d in due] == [
        ("debt_notice", ("1003", "1002", "1001"), Decimal("300.00")),
    ]


def test_stop_conditions() -> None:
    items = [item()]
    as_of = day(10)
    assert letters_due([customer(items, promise_until=day(12))], as_of) == []
    assert letters_due([customer(items, promise_until=day(9))], as_of) != []
    assert letters_due([customer(items, last_payment=day(0))], as_of) == []
    paused = DEFAULT_POLICY.payment_pause_days
    assert letters_due([customer(items, last_payment=as_of - timedelta(days=paused))], as_of)
    assert letters_due([customer(items, handed_over=True)], as_of) == []


def test_the_ladder_never_goes_back_below_a_step_made_by_hand() -> None:
    """A consumer's first letter was the debt notice, made by hand (DESIGN: the first
    overdue letter for consumers). The ladder used to send the skipped reminder a week
    later, inside the notice's 14 days; it goes on from the notice instead."""
    steps = {"debt_notice": day(10)}
    assert next_level(item(steps), True, day(17)) is None
    assert next_level(item(steps), True, day(24)) == "second"
    business = {"second": day(21)}  # a second reminder made by hand, no first one
    assert next_level(item(business), False, day(45)) == "warning"
    assert next_level(item(business), False, day(30)) is None


# -- §13B2(a): the debt notice within 4 months of the missed due date (issue #22, 1) ------
def test_a_late_debt_notice_is_flagged_past_the_four_month_window() -> None:
    from arapp.core.dunning import LadderCustomer, LadderItem, letters_due

    due = date(2026, 1, 31)
    items = [
        LadderItem(1, "OLD-1", due, Decimal("100.00"), steps={"reminder": date(2026, 2, 7)}),
        LadderItem(2, "NEW-2", date(2026, 4, 1), Decimal("50.00"),
                   steps={"reminder": date(2026, 4, 8)}),
    ]
    c = LadderCustomer(1, "C1", True, items)
    (entry,) = letters_due([c], date(2026, 5, 31))  # 31 Jan + 4 months = 31 May: in time
    assert entry.kind == "debt_notice" and entry.past_notice_window == ()
    (entry,) = letters_due([c], date(2026, 6, 1))
    assert entry.kind == "debt_notice" and entry.past_notice_window == ("OLD-1",)
    business = LadderCustomer(2, "B1", False, items)
    assert [e.past_notice_window for e in letters_due([business], date(2026, 6, 1))] == [()]
