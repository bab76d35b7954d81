"""The ladder's levels and delays, edited in Settings; §13B2 holds under every ladder."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arapp.core.dunning import (
    DEFAULT_POLICY,
    LAW_NOTICE_WAIT_DAYS,
    OPTIONAL_LEVELS,
    LadderCustomer,
    LadderItem,
    LadderPolicy,
    check_policy,
    letters_due,
    next_step,
)
from arapp.core.errors import UserError
from arapp.core.letters.kinds import letter_kind
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput

DUE = date(2026, 1, 1)


def _levels() -> st.SearchStrategy[tuple[str, ...]]:
    return st.sets(st.sampled_from(OPTIONAL_LEVELS)).map(
        lambda chosen: tuple(lv for lv in OPTIONAL_LEVELS if lv in chosen
                             and (lv != "handover" or "warning" in chosen)))


days = st.integers(min_value=1, max_value=120)
ladders = st.builds(
    LadderPolicy,
    reminder_days=days, debt_notice_days=days, second_days=days, warning_days=days,
    debt_notice_wait_days=st.integers(LAW_NOTICE_WAIT_DAYS, 60),
    warning_wait_days=st.integers(0, 30), min_gap_days=st.integers(0, 21),
    payment_pause_days=st.integers(0, 30),
    business_levels=_levels(), consumer_levels=_levels(),
)


@given(policy=ladders, items=st.lists(st.integers(-30, 60), min_size=1, max_size=3),
       by_hand=st.lists(st.tuples(st.integers(0, 150), st.sampled_from(
           ("statement", "debt_notice", "reminder", "second", "warning"))), max_size=3))
def test_no_collection_step_to_a_consumer_before_notice_plus_14_days_under_any_ladder(
    policy: LadderPolicy, items: list[int], by_hand: list[tuple[int, str]]
) -> None:
    """Run the ladder day by day for 200 days over a consumer's items (with letters made
    by hand on the days the owner asks for them, where §13B2 lets them go): no reminder,
    second reminder, warning or handover ever comes before that item's debt notice plus
    14 days — whatever levels and delays the owner chose."""
    check_policy(policy)
    steps: dict[int, dict[str, date]] = {n: {} for n in range(len(items))}
    hand = dict(by_hand)
    for offset in range(0, 200):
        today = DUE + timedelta(days=offset)
        ladder = [
            LadderItem(n, f"I{n}", DUE + timedelta(days=shift), Decimal("10.00"),
                       steps=dict(steps[n]))
            for n, shift in enumerate(items)
        ]
        customer = LadderCustomer(1, "C1", True, ladder)
        for due in letters_due([customer], today, policy):
            for n in due.item_ids:
                steps[n].setdefault(due.kind, today)
        kind = next_step(customer, today, policy) if offset in hand else None
        if kind is not None and letter_kind(kind).ladder_level:
            overdue = [i for i in ladder if i.due_date < today]
            lawful = not letter_kind(kind).waits_for_debt_notice or all(
                "debt_notice" in steps[i.item_id]
                and today >= steps[i.item_id]["debt_notice"] + timedelta(days=14)
                for i in overdue)
            assert lawful, (kind, today, steps)
            for i in overdue:
                steps[i.item_id].setdefault(kind, today)
    for taken in steps.values():
        notice = taken.get("debt_notice")
        for level, on in taken.items():
            if level == "debt_notice":
                continue
            assert notice is not None, taken
            assert on >= notice + timedelta(days=LAW_NOTICE_WAIT_DAYS), taken
            assert on >= notice + timedelta(days=policy.debt_notice_wait_days), taken


def test_by_default_the_consumer_ladder_starts_with_the_debt_notice() -> None:
    assert DEFAULT_POLICY.levels(True) == ("debt_notice", "second", "warning", "handover")
    assert DEFAULT_POLICY.levels(False) == ("reminder", "second", "warning", "handover")
    assert DEFAULT_POLICY.debt_notice_days == 7 and DEFAULT_POLICY.entry_days() == 7


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"debt_notice_wait_days": 13}, "at least 14 days"),
        ({"reminder_days": 0}, "from 1 to 3650"),
        ({"warning_days": 4000}, "from 1 to 3650"),
        ({"business_levels": ("reminder", "handover")}, "keep the warning"),
        ({"consumer_levels": ("debt_notice",)}, "Unknown ladder level"),
    ],
)
def test_a_wrong_ladder_is_refused(change: dict[str, object], message: str) -> None:
    with pytest.raises(UserError, match=message):
        check_policy(replace(DEFAULT_POLICY, **change))  # type: ignore[arg-type]


def test_the_edited_ladder_is_kept_and_used_by_letters_due(shop: Shop) -> None:
    c = shop.customers.create(CustomerInput(code="K", name="K", kind="consumer"))
    b = shop.customers.create(CustomerInput(code="B", name="B", kind="business"))
    for cust in (c, b):
        shop.invoices.create_invoice(cust.id, f"{cust.code}-1", date(2026, 1, 1),
                                     Decimal("100.00"), DUE)
    assert shop.settings.ladder() == DEFAULT_POLICY
    assert [d.kind for d in shop.letters.letters_due(DUE + timedelta(days=7))] == [
        "reminder", "debt_notice"]
    edited = replace(DEFAULT_POLICY, reminder_days=10, debt_notice_days=3,
                     business_levels=("second", "warning"),
                     consumer_levels=("reminder", "second"))
    shop.settings.save_ladder(edited)
    assert shop.settings.ladder() == edited
    assert shop.letters.policy == edited
    assert [d.kind for d in shop.letters.letters_due(DUE + timedelta(days=3))] == [
        "debt_notice"]
    assert [(d.code, d.kind) for d in shop.letters.letters_due(DUE + timedelta(days=21))] == [
        ("B", "second"), ("K", "debt_notice")]
    with pytest.raises(UserError):
        shop.settings.save_ladder(replace(edited, debt_notice_wait_days=7))
    assert shop.settings.ladder() == edited  # nothing half-saved


def test_an_unreadable_stored_ladder_falls_back_to_the_lawful_default(shop: Shop) -> None:
    shop.settings.set_value("ladder.debt_notice_wait_days", "3")
    assert shop.settings.ladder() == DEFAULT_POLICY


def test_a_collection_cost_waits_for_the_owners_longer_notice_wait(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A returned cheque's fee is a collection cost: to a consumer it waits for the debt
    notice's wait as the ladder sets it (21 days here), through the same rule."""
    from arapp.core.cheques import ChequeInput
    from arapp.core.errors import LedgerRuleViolation
    from arapp.core.services import clock

    today = date(2026, 12, 1)
    monkeypatch.setattr(clock, "today", lambda: today)
    shop.settings.save_ladder(replace(DEFAULT_POLICY, debt_notice_wait_days=21))
    c = shop.customers.create(CustomerInput(code="K", name="K", kind="consumer"))
    inv = shop.invoices.create_invoice(c.id, "100", date(2026, 9, 1), Decimal("600.00"),
                                       date(2026, 10, 1))
    cheque = shop.cheques.add(c.id, ChequeInput(
        bank="12", branch="345", account="678901", number="1001", amount=Decimal("600.00"),
        date=today)).record
    shop.letters.record(c.id, "debt_notice", "he", today - timedelta(days=14), b"%PDF-1.4",
                        Decimal("600"), [inv.id], ladder_level="debt_notice")
    shop.cheques.return_cheque(cheque.id, "restricted")
    with pytest.raises(LedgerRuleViolation, match="no collection cost"):
        shop.cheques.charge_fee(cheque.id, Decimal("25.00"))  # notice + 14 < notice + 21
    assert shop.cheques.charge_fee(cheque.id, Decimal("25.00"),
                                   on=today + timedelta(days=7)).fee == Decimal("25.00")
