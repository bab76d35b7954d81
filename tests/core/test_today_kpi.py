"""Today's work list and the KPIs (issue #20, 3 and 7) on the hand-computed shop of
:mod:`tests.core.hand_shop`: the exact JSON of `today` and `kpi`, the order of the list,
every task closing when it is done, and a null for every ratio with nothing to divide by."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from arapp.cli.output import _default
from arapp.cli.report_commands import kpi_json, task_json
from arapp.core.services import Shop, clock
from arapp.core.services.today import QUICK_KINDS, SLOW_KINDS
from arapp.core.tasks import TASK_KINDS
from tests.core.hand_shop import EXPECTED_KPI, EXPECTED_TODAY, D, HandShop, build_hand_shop


@pytest.fixture
def move_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[date], None]]:
    day = {"value": D}
    monkeypatch.setattr(clock, "today", lambda: day["value"])

    def move(to: date) -> None:
        day["value"] = to

    yield move


@pytest.fixture
def hand(shop: Shop, move_clock: Callable[[date], None]) -> HandShop:
    return build_hand_shop(shop, move_clock)


def as_json(data: object) -> object:
    """What the CLI prints, read back (money and dates as the JSON writer turns them)."""
    return json.loads(json.dumps(data, default=_default))


def today_json(shop: Shop, as_of: date = D) -> dict[str, object]:
    return as_json({"as_of": as_of, "tasks": [task_json(t) for t in shop.today.tasks(as_of)]})


def kinds(shop: Shop, as_of: date = D) -> list[tuple[str, str]]:
    return [(t.kind, t.code) for t in shop.today.tasks(as_of)]


# -- the hand computation --------------------------------------------------------------
def test_kpi_is_the_hand_computation(shop: Shop, hand: HandShop) -> None:
    assert as_json(kpi_json(shop.kpi.compute(D))) == EXPECTED_KPI


def test_kpi_parts_and_the_aging_report_agree(shop: Shop, hand: HandShop) -> None:
    k = shop.kpi.compute(D)
    assert (k.invoiced_90_days, k.receivable_before, k.invoiced, k.collected) == (
        Decimal("2850.00"), Decimal("4700.00"), Decimal("900.00"), Decimal("2000.00"))
    report = shop.aging.report(D).totals
    assert shop.kpi.aging_totals(D) == report
    assert (report.current, report.d1_30, report.d31_60, report.d61_90, report.d91_plus,
            report.credit, report.total) == tuple(Decimal(x) for x in (
                "1900.00", "450.00", "500.00", "250.00", "600.00", "-100.00", "3600.00"))
    # The same figures on other days, against the full report: before the plan, in the
    # middle, and after every record.
    for day in (date(2025, 12, 31), date(2026, 2, 28), date(2026, 3, 16), date(2026, 6, 1)):
        assert shop.kpi.aging_totals(day) == shop.aging.report(day).totals, day


def test_today_is_the_hand_computation(shop: Shop, hand: HandShop) -> None:
    assert today_json(shop) == EXPECTED_TODAY


def test_today_tasks_say_what_to_open(shop: Shop, hand: HandShop) -> None:
    tasks = shop.today.tasks(D)
    refs = {(t.kind, t.code): (t.ref_kind, t.ref_id, t.days_late, t.name) for t in tasks}
    assert refs[("installment_late", "C0B")] == ("plan", hand.plan_id, 31, "Beta")
    assert refs[("installment_due", "C0B")] == ("plan", hand.plan_id, 0, "Beta")
    assert refs[("check_to_deposit", "C0C")] == ("cheque", hand.cheques["1001"], 6, "Gamma")
    assert refs[("check_returned", "C0D")] == ("cheque", hand.cheques["1003"], 15, "Delta")
    assert refs[("letter_due", "C0A")] == ("letter", None, 120, "Alpha")
    assert all(t.customer_id == hand.customers[t.code[-1]] for t in tasks)


def test_summary_is_the_hand_computation(shop: Shop, hand: HandShop) -> None:
    s = shop.today.summary(D)
    assert (s.receivable, s.overdue, s.month_start, s.collected_this_month,
            s.fell_due_this_month, s.dso) == (
        Decimal("3600.00"), Decimal("1800.00"), date(2026, 3, 1), Decimal("2000.00"),
        Decimal("2450.00"), Decimal("113.7"))
    assert s.aging == shop.aging.report(D).totals
    assert s.collected_share == Decimal("0.8163")  # 2000 / 2450 = 0.81632…


def test_trend_is_the_hand_computation(shop: Shop, hand: HandShop) -> None:
    from arapp.core.services.kpi import write_trend_csv

    calls: list[tuple[int, int]] = []
    points = shop.kpi.trend(D, months=3, progress=lambda done, of: calls.append((done, of)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    out = io.StringIO()
    write_trend_csv(points, out)
    assert out.getvalue().splitlines() == [
        "month,end,receivable,overdue,collected,invoiced,dso",
        "2026-01,2026-01-31,2750.00,1250.00,500.00,0.00,110.0",
        "2026-02,2026-02-28,4700.00,1250.00,0.00,1950.00,100.7",
        "2026-03,2026-03-31,3600.00,1800.00,2000.00,900.00,113.7",
    ]
    assert [p.start for p in points] == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    # In the middle of a month, its point ends on the day asked for.
    assert shop.kpi.trend(date(2026, 3, 16), months=1)[0].end == date(2026, 3, 16)


def test_the_period_can_be_chosen(shop: Shop, hand: HandShop) -> None:
    # From 2026-03-20: collected E 700 + F 100 + C 800 = 1600; receivable at the end of
    # 03-19 = 4700 + C2 300 + A2 600 − A 400 = 5200; nothing invoiced since: 1600 / 5200
    # = 0.307692… → 0.3077. Paid in full in the period: C1 (52 days), E1 (38 days).
    k = shop.kpi.compute(D, date(2026, 3, 20))
    assert (k.from_, k.collected, k.receivable_before, k.invoiced, k.collection_rate,
            k.avg_days_to_pay, k.letters_sent, k.paid_after_letters) == (
        date(2026, 3, 20), Decimal("1600.00"), Decimal("5200.00"), Decimal("0.00"),
        Decimal("0.3077"), Decimal("45.0"), 0, Decimal("0.00"))


# -- nothing to divide by --------------------------------------------------------------
def test_an_empty_shop_has_null_ratios(shop: Shop) -> None:
    assert as_json(kpi_json(shop.kpi.compute(D))) == {
        "as_of": "2026-03-31", "from": "2026-03-02", "receivable": "0.00",
        "overdue": "0.00", "overdue_share": None, "dso": None, "collection_rate": None,
        "avg_days_to_pay": None, "promises_kept_share": None, "letters_sent": 0,
        "paid_after_letters": "0.00", "top_debtors": [],
    }
    assert shop.today.tasks(D) == []
    assert shop.today.summary(D).dso is None


def test_a_day_before_anything_divides_by_nothing(shop: Shop, hand: HandShop) -> None:
    k = shop.kpi.compute(date(2025, 10, 31))
    assert (k.receivable, k.overdue_share, k.dso, k.collection_rate) == (
        Decimal("0.00"), None, None, None)


def test_a_period_ending_before_it_starts_is_refused(shop: Shop) -> None:
    from arapp.core.errors import UserError

    with pytest.raises(UserError):
        shop.kpi.compute(D, D + timedelta(days=1))


# -- closing a task by doing it --------------------------------------------------------
def test_paying_an_installment_closes_its_task(shop: Shop, hand: HandShop) -> None:
    # 500.00 pays the oldest due first: installment 2, the late one.
    shop.payments.record_payment(hand.customers["B"], D, Decimal("500.00"))
    assert ("installment_late", "C0B") not in kinds(shop)
    assert ("installment_due", "C0B") in kinds(shop)
    shop.payments.record_payment(hand.customers["B"], D, Decimal("500.00"))
    assert not {("installment_due", "C0B"), ("installment_late", "C0B")} & set(kinds(shop))
    # The day before, those payments had not been made: the tasks were there.
    assert ("installment_late", "C0B") in kinds(shop, D - timedelta(days=1))


def test_depositing_a_cheque_closes_its_task(shop: Shop, hand: HandShop) -> None:
    assert ("check_to_deposit", "C0C") in kinds(shop)
    shop.cheques.deposit([hand.cheques["1001"]], on=D)
    assert ("check_to_deposit", "C0C") not in kinds(shop)
    # Cheque 1002 is dated 2026-04-04: a task from that day.
    assert ("check_to_deposit", "C0C") in kinds(shop, date(2026, 4, 4))


def test_handling_a_returned_cheque_closes_its_task(shop: Shop, hand: HandShop) -> None:
    assert ("check_returned", "C0D") in kinds(shop)
    shop.cheques.give_back(hand.cheques["1003"], on=D)
    assert ("check_returned", "C0D") not in kinds(shop)


def test_replacing_a_returned_cheque_with_cash_closes_its_task(
    shop: Shop, hand: HandShop
) -> None:
    shop.cheques.replace(hand.cheques["1003"], cash_amount=Decimal("450.00"), on=D)
    assert not {("check_returned", "C0D"), ("letter_due", "C0D")} & set(kinds(shop))


def test_sending_the_letter_closes_its_task(shop: Shop, hand: HandShop) -> None:
    assert ("letter_due", "C0A") in kinds(shop)
    shop.letters.record(hand.customers["A"], "second", "he", D, b"%PDF-1.4 A2",
                        Decimal("600.00"), [hand.items["A1"]], ladder_level="second")
    assert ("letter_due", "C0A") not in kinds(shop)
    k = shop.kpi.compute(D)
    assert (k.letters_sent, k.paid_after_letters) == (2, Decimal("400.00"))


# -- the order and the kinds -----------------------------------------------------------
def test_quick_and_slow_kinds_make_the_whole_list(shop: Shop, hand: HandShop) -> None:
    assert set(QUICK_KINDS) | set(SLOW_KINDS) == set(TASK_KINDS)
    quick = shop.today.tasks(D, QUICK_KINDS)
    slow = shop.today.tasks(D, SLOW_KINDS)
    assert {t.kind for t in slow} == {"letter_due"}
    assert "letter_due" not in {t.kind for t in quick}
    assert sorted(quick + slow, key=lambda t: shop.today.tasks(D).index(t)) == \
        shop.today.tasks(D)
    with pytest.raises(ValueError):
        shop.today.tasks(D, ("no_such_kind",))


def test_keeping_a_promise_closes_its_task(shop: Shop, hand: HandShop) -> None:
    assert ("promise_due", "C0C") in kinds(shop)
    shop.payments.record_payment(hand.customers["C"], D, Decimal("200.00"))
    partly = [t for t in shop.today.tasks(D) if t.kind == "promise_due"]
    assert [(t.code, t.amount) for t in partly] == [("C0C", Decimal("100.00"))]
    shop.payments.record_payment(hand.customers["C"], D, Decimal("100.00"))
    assert ("promise_due", "C0C") not in kinds(shop)


def test_following_up_closes_the_broken_promise_and_the_follow_up(
    shop: Shop, hand: HandShop
) -> None:
    from arapp.core.services.interaction_records import InteractionInput

    tasks = {(t.kind, t.code): t for t in shop.today.tasks(D)}
    assert (tasks[("promise_broken", "C0D")].ref_kind,
            tasks[("promise_broken", "C0D")].ref_id) == ("interaction",
                                                         hand.entries["D-promise"])
    assert tasks[("follow_up", "C0E")].ref_id == hand.entries["E-follow-up"]
    for code in ("D", "E"):
        shop.interactions.log(hand.customers[code], InteractionInput(
            kind="call", direction="out", at=datetime(2026, 3, 31, 9, 0)))
    assert not {("promise_broken", "C0D"), ("follow_up", "C0E")} & set(kinds(shop))
    # A broken promise stays broken in the figures: the call only answers it.
    assert shop.kpi.compute(D).promises_kept_share == Decimal("0.5000")


def test_the_ledger_read_model_sums_it_once_for_all(shop: Shop, hand: HandShop) -> None:
    from arapp.core.services import ledger_read

    execute = shop.db.execute_sql
    ids = list(hand.customers.values())
    for day in (date(2026, 1, 31), date(2026, 3, 16), D):
        one_by_one = {cid: ledger_read.balance(execute, cid, day) for cid in ids}
        assert ledger_read.balances_of(execute, ids, day) == one_by_one
        assert ledger_read.total_balance(execute, day) == sum(one_by_one.values())
    assert ledger_read.balances_of(execute, [], D) == {}
    assert ledger_read.balances_of(execute, [999_999], D) == {999_999: 0}
