"""The interaction log (shop.interactions): logging, corrections, the timeline, promises
judged on the payments, follow-ups; bad input refused with nothing written."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from arapp.core.errors import InvalidAmount, InvalidDate, InvalidField, UserError
from arapp.core.services import Shop, clock
from arapp.core.services.interaction_records import InteractionInput
from arapp.core.services.interactions import record_event
from arapp.core.services.records import CustomerInput, CustomerRecord

TODAY = date(2026, 3, 10)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[date, str], None]]:
    now = {"day": TODAY, "time": "10:00:00"}
    monkeypatch.setattr(clock, "today", lambda: now["day"])
    monkeypatch.setattr(clock, "now_text", lambda: f"{now['day'].isoformat()}T{now['time']}")

    def move(day: date, time: str = "10:00:00") -> None:
        now["day"], now["time"] = day, time

    yield move


def entries(shop: Shop) -> list[tuple[object, ...]]:
    return [tuple(r) for r in shop.db.execute_sql("SELECT * FROM interaction ORDER BY id")]


def pay(shop: Shop, customer: CustomerRecord, day: date, amount: str) -> int:
    return shop.payments.record_payment(customer.id, day, Decimal(amount)).id


def promise(amount: str, day: date, **more: object) -> InteractionInput:
    return InteractionInput(kind="call", direction="out", promise_amount=Decimal(amount),
                            promise_date=day, **more)  # type: ignore[arg-type]


def test_a_call_is_logged_and_shown_newest_first(
    shop: Shop, customer: CustomerRecord, fixed_clock: Callable[[date, str], None]
) -> None:
    first = shop.interactions.log(customer.id, InteractionInput(
        kind="call", direction="out", outcome="no_answer", reason="unreachable",
        follow_up_date=date(2026, 3, 12)))
    fixed_clock(TODAY, "11:30:00")
    second = shop.interactions.log(customer.id, InteractionInput(kind="note", note="בעל החנות"))
    shown = shop.interactions.timeline(customer.id)
    assert [e.id for e in shown] == [second, first]
    call = shown[1]
    assert (call.kind, call.direction, call.outcome, call.reason) == (
        "call", "out", "no_answer", "unreachable")
    assert call.follow_up_date == date(2026, 3, 12)
    assert call.at == datetime(2026, 3, 10, 10, 0, 0)
    assert not call.superseded and not call.automatic
    assert shown[0].note == "בעל החנות"


def test_a_promise_sets_the_outcome_promised(shop: Shop, customer: CustomerRecord) -> None:
    entry_id = shop.interactions.log(customer.id, promise("300", date(2026, 3, 15)))
    entry = shop.interactions.entry(entry_id)
    assert entry.outcome == "promised"
    assert entry.promise_amount == Decimal("300.00")
    assert entry.promise_date == date(2026, 3, 15)


@pytest.mark.parametrize(
    ("entry", "error", "field"),
    [
        (promise("300", date(2026, 3, 9)), InvalidField, "promise_date"),
        (promise("0", date(2026, 3, 15)), InvalidAmount, None),
        (promise("10.001", date(2026, 3, 15)), InvalidAmount, None),
        (InteractionInput(kind="call", promise_amount=Decimal("5")), InvalidField,
         "promise_date"),
        (InteractionInput(kind="call", outcome="promised"), InvalidField, "promise_amount"),
        (promise("5", date(2026, 3, 15), outcome="refused"), InvalidField, "outcome"),
        (InteractionInput(kind="call", follow_up_date=date(2026, 3, 9)), InvalidField,
         "follow_up_date"),
        (InteractionInput(kind="fax"), InvalidField, "kind"),
        (InteractionInput(kind="letter"), InvalidField, "kind"),
        (InteractionInput(kind="call", direction="up"), InvalidField, "direction"),
        (InteractionInput(kind="call", outcome="maybe"), InvalidField, "outcome"),
        (InteractionInput(kind="call", reason="lazy"), InvalidField, "reason"),
        (InteractionInput(kind="note"), UserError, None),
        (InteractionInput(kind="call", at=datetime(2026, 3, 11, 9, 0)), InvalidField, "at"),
        # Later today than now (10:00 on the fixed clock).
        (InteractionInput(kind="call", at=datetime(2026, 3, 10, 10, 0, 1)), InvalidField, "at"),
        (InteractionInput(kind="call", at=datetime(1989, 12, 31, 9, 0)), InvalidDate, None),
        (InteractionInput(kind="call", follow_up_date="2026-02-31"),  # type: ignore[arg-type]
         InvalidDate, None),
    ],
)
def test_bad_input_is_refused_and_nothing_is_logged(
    shop: Shop, customer: CustomerRecord, entry: InteractionInput, error: type[UserError],
    field: str | None,
) -> None:
    before = entries(shop)
    with pytest.raises(error) as caught:
        shop.interactions.log(customer.id, entry)
    if field is not None:
        assert caught.value.input_field == field  # type: ignore[attr-defined]
    assert entries(shop) == before


def test_messages_name_the_problem(shop: Shop, customer: CustomerRecord) -> None:
    with pytest.raises(UserError, match="promise date 09/03/2026 is in the past"):
        shop.interactions.log(customer.id, promise("300", date(2026, 3, 9)))
    with pytest.raises(UserError, match="Promise amount must be more than zero"):
        shop.interactions.log(customer.id, promise("0", date(2026, 3, 15)))


def test_a_contact_of_earlier_today_or_last_year_is_logged_at_its_time(
    shop: Shop, customer: CustomerRecord
) -> None:
    for at in (datetime(2026, 3, 10, 10, 0), datetime(2025, 3, 10, 18, 5)):
        entry_id = shop.interactions.log(customer.id, InteractionInput(kind="visit", at=at))
        assert shop.interactions.entry(entry_id).at == at
    with pytest.raises(UserError, match="time 10:01 is later than now"):
        shop.interactions.log(customer.id, InteractionInput(
            kind="visit", at=datetime(2026, 3, 10, 10, 1)))


def test_an_unknown_customer_is_refused(shop: Shop) -> None:
    with pytest.raises(UserError, match="no longer exists"):
        shop.interactions.log(999, InteractionInput(kind="call"))


def test_the_log_is_append_only_in_the_database(shop: Shop, customer: CustomerRecord) -> None:
    entry_id = shop.interactions.log(customer.id, InteractionInput(kind="call"))
    with pytest.raises(Exception, match="append-only"):
        shop.db.execute_sql("UPDATE interaction SET note = 'x' WHERE id = ?", (entry_id,))
    with pytest.raises(Exception, match="append-only"):
        shop.db.execute_sql("DELETE FROM interaction WHERE id = ?", (entry_id,))


def test_a_correction_is_a_new_entry_that_supersedes_the_old(
    shop: Shop, customer: CustomerRecord, fixed_clock: Callable[[date, str], None]
) -> None:
    old = shop.interactions.log(customer.id, promise("300", date(2026, 3, 15)))
    fixed_clock(date(2026, 3, 11), "09:00:00")
    new = shop.interactions.correct(old, promise("250", date(2026, 3, 15), note="typo"))
    shown = {e.id: e for e in shop.interactions.timeline(customer.id)}
    assert shown[old].superseded_by == new and shown[old].promise_amount == Decimal("300.00")
    assert shown[new].corrects_id == old and not shown[new].superseded
    # The correction keeps the time the contact happened; when it was written is its own.
    assert shown[new].at == shown[old].at
    assert shown[new].created_at == "2026-03-11T09:00:00"
    assert [p.amount for p in shop.interactions.promises(customer.id, date(2026, 3, 11))] == [
        Decimal("250.00")]
    with pytest.raises(UserError, match="already corrected"):
        shop.interactions.correct(old, promise("1", date(2026, 3, 15)))


def test_a_correction_can_remove_the_promise(shop: Shop, customer: CustomerRecord) -> None:
    old = shop.interactions.log(customer.id, promise("300", date(2026, 3, 15)))
    shop.interactions.correct(old, InteractionInput(kind="call", outcome="refused"))
    assert shop.interactions.promises(customer.id, date(2026, 3, 20)) == []
    assert shop.interactions.broken_promises(date(2026, 3, 20)) == []


def test_bad_corrections_change_nothing(shop: Shop, customer: CustomerRecord) -> None:
    old = shop.interactions.log(customer.id, InteractionInput(kind="call"))
    with shop.db.atomic():
        auto = record_event(customer.id, "payment", "payment", 1, "paid")
    before = entries(shop)
    with pytest.raises(UserError, match="cannot be corrected by hand"):
        shop.interactions.correct(auto, InteractionInput(kind="call"))
    with pytest.raises(InvalidField):
        shop.interactions.correct(old, InteractionInput(kind="call", outcome="nope"))
    with pytest.raises(UserError, match="no longer exists"):
        shop.interactions.correct(12345, InteractionInput(kind="call"))
    assert entries(shop) == before


def test_the_timeline_filters_by_kind(shop: Shop, customer: CustomerRecord) -> None:
    call = shop.interactions.log(customer.id, InteractionInput(kind="call"))
    sms = shop.interactions.log(customer.id, InteractionInput(kind="sms", direction="out"))
    with shop.db.atomic():
        auto = record_event(customer.id, "payment", "payment", 7, "paid 100")
    assert [e.id for e in shop.interactions.timeline(customer.id, ["call", "sms"])] == [sms, call]
    (event,) = shop.interactions.timeline(customer.id, {"payment"})
    assert (event.id, event.automatic, event.ref_kind, event.ref_id) == (auto, True, "payment", 7)
    assert shop.interactions.timeline(customer.id, []) == []


def test_record_event_refuses_a_contact_kind(shop: Shop, customer: CustomerRecord) -> None:
    with pytest.raises(ValueError):
        record_event(customer.id, "call")


def test_promises_follow_the_payments(
    shop: Shop, customer: CustomerRecord, fixed_clock: Callable[[date, str], None]
) -> None:
    shop.invoices.create_invoice(customer.id, "INV-1", date(2026, 1, 1), Decimal("1000"))
    pay(shop, customer, date(2026, 3, 9), "400")  # before the promise: does not count
    p = shop.interactions.log(customer.id, promise("300", date(2026, 3, 15)))
    state = lambda day: shop.interactions.promises(customer.id, day)[0]  # noqa: E731
    assert state(date(2026, 3, 17)).state == "open"  # grace: 2 days by default
    assert state(date(2026, 3, 18)).state == "broken"
    fixed_clock(date(2026, 3, 16))
    pay(shop, customer, date(2026, 3, 16), "100")
    assert (state(date(2026, 3, 18)).state, state(date(2026, 3, 18)).paid) == (
        "partly_kept", Decimal("100.00"))
    credit = pay(shop, customer, date(2026, 3, 17), "200")
    assert state(date(2026, 3, 18)).state == "kept"
    assert state(date(2026, 3, 18)).entry_id == p
    shop.payments.void(credit, "bounced")
    assert state(date(2026, 3, 18)).state == "partly_kept"


def test_grace_days_are_a_setting(shop: Shop, customer: CustomerRecord) -> None:
    shop.interactions.log(customer.id, promise("300", date(2026, 3, 15)))
    shop.settings.set_promise_grace_days(0)
    assert shop.settings.promise_grace_days() == 0
    assert shop.interactions.promises(customer.id, date(2026, 3, 16))[0].state == "broken"
    with pytest.raises(UserError, match="between 0 and 60"):
        shop.settings.set_promise_grace_days(-1)
    assert shop.settings.promise_grace_days() == 0


def test_shop_wide_promise_lists(
    shop: Shop, fixed_clock: Callable[[date, str], None]
) -> None:
    a = shop.customers.create(CustomerInput(code="A1", name="Anna"))
    b = shop.customers.create(CustomerInput(code="B1", name="Bilal"))
    c = shop.customers.create(CustomerInput(code="C1", name="Chen"))
    shop.interactions.log(a.id, promise("100", date(2026, 3, 12)))
    shop.interactions.log(b.id, promise("100", date(2026, 3, 10)))
    shop.interactions.log(c.id, promise("100", date(2026, 3, 20)))
    fixed_clock(date(2026, 3, 12))
    pay(shop, a, date(2026, 3, 12), "100")
    on = date(2026, 3, 13)
    assert [p.customer_code for p in shop.interactions.open_promises(on)] == ["C1"]
    broken = shop.interactions.broken_promises(on)
    assert [(p.customer_code, p.state) for p in broken] == [("B1", "broken")]
    assert broken[0].customer_name == "Bilal" and broken[0].deadline == date(2026, 3, 12)
    # Logging a contact after the deadline answers it for Today, not for the record.
    fixed_clock(on)
    shop.interactions.log(b.id, InteractionInput(kind="call", outcome="no_answer"))
    assert shop.interactions.broken_promises(on) == []
    assert len(shop.interactions.broken_promises(on, unanswered_only=False)) == 1
    # Seen from before it was made, a promise does not exist yet.
    assert shop.interactions.open_promises(date(2026, 3, 9)) == []


def test_follow_ups_due_until_a_later_contact(
    shop: Shop, customer: CustomerRecord, fixed_clock: Callable[[date, str], None]
) -> None:
    entry = shop.interactions.log(customer.id, InteractionInput(
        kind="call", outcome="no_answer", follow_up_date=date(2026, 3, 12), note="again"))
    assert shop.interactions.follow_ups_due(date(2026, 3, 11)) == []
    (due,) = shop.interactions.follow_ups_due(date(2026, 3, 12))
    assert (due.entry_id, due.customer_code, due.follow_up_date, due.note) == (
        entry, "C001", date(2026, 3, 12), "again")
    with shop.db.atomic():  # an automatic entry is not the owner following up
        record_event(customer.id, "payment", "payment", 1)
    assert len(shop.interactions.follow_ups_due(date(2026, 3, 14))) == 1
    fixed_clock(date(2026, 3, 13))
    shop.interactions.log(customer.id, InteractionInput(kind="call", outcome="reached"))
    assert shop.interactions.follow_ups_due(date(2026, 3, 14)) == []
    # As of the day before that call, it was still due.
    assert len(shop.interactions.follow_ups_due(date(2026, 3, 12))) == 1


def test_a_corrected_follow_up_moves(
    shop: Shop, customer: CustomerRecord
) -> None:
    entry = shop.interactions.log(customer.id, InteractionInput(
        kind="call", follow_up_date=date(2026, 3, 11)))
    new = shop.interactions.correct(entry, InteractionInput(
        kind="call", follow_up_date=date(2026, 3, 20)))
    assert shop.interactions.follow_ups_due(date(2026, 3, 15)) == []
    assert [f.entry_id for f in shop.interactions.follow_ups_due(date(2026, 3, 20))] == [new]


def test_an_open_promise_holds_the_ladder_until_corrected_away(
    shop: Shop, customer: CustomerRecord
) -> None:
    shop.invoices.create_invoice(customer.id, "INV-9", date(2026, 1, 1), Decimal("500"),
                                 date(2026, 1, 31))
    assert shop.letters.letters_due(TODAY)
    entry = shop.interactions.log(customer.id, promise("500", date(2026, 3, 20)))
    assert shop.letters.letters_due(TODAY) == []
    assert shop.letters.letters_due(date(2026, 3, 21))  # the promise's day has passed
    shop.interactions.correct(entry, InteractionInput(kind="call", outcome="refused"))
    assert shop.letters.letters_due(TODAY)


def test_today_looks_back_90_days_unless_asked_further(
    shop: Shop, customer: CustomerRecord
) -> None:
    shop.interactions.log(customer.id, InteractionInput(
        kind="call", promise_amount=Decimal("50"), promise_date=date(2026, 3, 10),
        follow_up_date=date(2026, 3, 10)))
    late = date(2026, 3, 12) + timedelta(days=90)  # the deadline 90 days back: still shown
    assert len(shop.interactions.broken_promises(late)) == 1
    assert len(shop.interactions.follow_ups_due(date(2026, 6, 8))) == 1
    later = late + timedelta(days=1)
    assert shop.interactions.broken_promises(later) == []
    assert shop.interactions.follow_ups_due(date(2026, 6, 9)) == []
    assert len(shop.interactions.broken_promises(later, since=date(2026, 1, 1))) == 1
    assert len(shop.interactions.follow_ups_due(date(2026, 6, 9), since=date(2026, 1, 1))) == 1
    # The risk summary counts it however old.
    assert shop.risk.summary(customer.id, date(2027, 1, 1)).broken_promises == 1
