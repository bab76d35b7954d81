"""Handing a customer over to a lawyer or an agency: logged, letters stop (the ladder and
letters made by hand), a statement can still be made; taking the file back resumes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from arapp.core.errors import CustomerHandedOver, InvalidDate, LedgerRuleViolation, UserError
from arapp.core.services import Shop, clock
from arapp.core.services.records import CustomerInput

TODAY = date(2026, 6, 1)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now_text", lambda: f"{TODAY.isoformat()}T09:00:00")
    yield


@pytest.fixture
def debtor(shop: Shop) -> int:
    c = shop.customers.create(CustomerInput(code="B1", name="Bisan", kind="business",
                                            language="en"))
    shop.invoices.add(c.id, "7", date(2026, 3, 1), Decimal("900.00"), date(2026, 3, 31))
    return c.id


def test_hand_over_and_take_back_are_logged(shop: Shop, debtor: int) -> None:
    assert shop.letters.letters_due(TODAY)  # the ladder has a letter for her
    record = shop.customers.hand_over(debtor, date(2026, 5, 20), "עו״ד כהן")
    assert (record.handed_over, record.handed_over_on, record.handed_over_to) == (
        True, date(2026, 5, 20), "עו״ד כהן")
    assert shop.customers.by_code("B1").handed_over_to == "עו״ד כהן"
    assert shop.letters.letters_due(TODAY) == []
    # Seen from before the handover, the ladder still had its letter.
    assert shop.letters.letters_due(date(2026, 5, 19))
    back = shop.customers.take_back(debtor)
    assert not back.handed_over and back.handed_over_to == ""
    assert shop.letters.letters_due(TODAY)
    kinds = [(e.kind, e.ref_kind, e.ref_id, e.note)
             for e in reversed(shop.interactions.timeline(debtor))]
    assert kinds == [("handed_over", "customer", debtor, "2026-05-20 · עו״ד כהן"),
                     ("taken_back", "customer", debtor, "עו״ד כהן")]


@pytest.mark.parametrize("kind", ["reminder", "second", "warning", "settlement"])
def test_a_letter_by_hand_is_refused_but_a_statement_is_not(
    shop: Shop, debtor: int, kind: str
) -> None:
    shop.customers.hand_over(debtor, TODAY, "Agency Ltd")
    with pytest.raises(CustomerHandedOver) as refused:
        shop.letter_drafts.draft(debtor, kind, letter_date=TODAY)
    assert refused.value.message == (
        "Bisan was handed over to Agency Ltd on 01/06/2026: letters asking for payment go "
        "through them now (a statement of account can still be made)")
    assert shop.letter_drafts.draft(debtor, "statement", letter_date=TODAY).kind == "statement"
    assert shop.letters.next_step(debtor, TODAY) == "statement"


def test_bad_handovers_change_nothing(shop: Shop, debtor: int) -> None:
    def state() -> list[tuple[object, ...]]:
        return [tuple(r) for t in ("customer", "interaction")
                for r in shop.db.execute_sql(f"SELECT * FROM {t}")]

    before = state()
    with pytest.raises(UserError, match="Handed over to is required"):
        shop.customers.hand_over(debtor, TODAY, "  ")
    with pytest.raises(InvalidDate, match="in the future"):
        shop.customers.hand_over(debtor, date(2026, 6, 2), "X")
    with pytest.raises(LedgerRuleViolation, match="is not handed over"):
        shop.customers.take_back(debtor)
    with pytest.raises(UserError, match="no longer exists"):
        shop.customers.hand_over(999, TODAY, "X")
    assert state() == before
    shop.customers.hand_over(debtor, TODAY, "X")
    with pytest.raises(LedgerRuleViolation, match="already handed over to X on 01/06/2026"):
        shop.customers.hand_over(debtor, TODAY, "Y")
