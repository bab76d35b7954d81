"""Drafting letters: what the core refuses to write, and how it says why."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from arapp.core.errors import (
    AllOverdueDisputed,
    DebtNoticeMissing,
    DebtNoticeWait,
    LedgerRuleViolation,
    UserError,
)
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput

DAY = date(2026, 6, 30)


@pytest.fixture
def disputing(shop: Shop) -> int:
    """Like the sample shop's C000069: 1,959.28 more than 91 days late, all disputed, and
    an invoice not yet due."""
    c = shop.customers.create(CustomerInput(code="C000069", name="Disputing Ltd", language="en"))
    first = shop.invoices.create_invoice(
        c.id, "D-1", date(2026, 1, 1), Decimal("1500.00"), date(2026, 2, 1))
    second = shop.invoices.create_invoice(
        c.id, "D-2", date(2026, 1, 15), Decimal("459.28"), date(2026, 3, 1))
    shop.invoices.create_invoice(c.id, "D-3", date(2026, 6, 20), Decimal("80.00"),
                                 date(2026, 7, 20))
    shop.invoices.set_disputed(first.id, True)
    shop.invoices.set_disputed(second.id, True)
    return c.id


def test_all_overdue_debt_disputed_says_so_with_the_amount(shop: Shop, disputing: int) -> None:
    """Issue #17 (6): it used to say "Nothing ... is overdue; no letter is needed"."""
    with pytest.raises(AllOverdueDisputed) as info:
        shop.letter_drafts.draft(disputing, "reminder", letter_date=DAY)
    error = info.value
    assert "all of it is disputed" in error.message
    assert "1,959.28" in error.message
    assert "30/06/2026" in error.message  # a readable date, not 2026-06-30
    assert error.params["day"] == DAY  # the value itself, for the app to format per language
    assert error.params["amount"] == "1,959.28"  # grouped like the letters, no currency
    assert "no letter is needed" not in error.message


def test_nothing_overdue_carries_the_date_value(shop: Shop) -> None:
    c = shop.customers.create(CustomerInput(code="N1", name="Early Bird", language="en"))
    shop.invoices.create_invoice(c.id, "E-1", date(2026, 6, 1), Decimal("50.00"),
                                 date(2026, 7, 31))
    with pytest.raises(UserError) as info:
        shop.letter_drafts.draft(c.id, "reminder", letter_date=DAY)
    assert not isinstance(info.value, AllOverdueDisputed)
    assert info.value.params["day"] == DAY
    assert info.value.message == (
        "Nothing of Early Bird is overdue on 30/06/2026; no letter is needed"
    )


def test_a_settlement_still_lists_what_is_not_disputed(shop: Shop, disputing: int) -> None:
    draft = shop.letter_drafts.draft(disputing, "settlement", letter_date=DAY)
    assert draft.item_ids and draft.amount == Decimal("80.00")


def test_a_user_error_fills_a_date_value_as_a_readable_date() -> None:
    error = UserError("Due on {day}, {count} left", day=date(2026, 3, 5), count=2)
    assert error.message == "Due on 05/03/2026, 2 left"
    assert error.params == {"day": date(2026, 3, 5), "count": 2}


# -- §13B2 for letters made by hand (issue #22, 1) ----------------------------------------
def _consumer_with_late_invoice(shop: Shop) -> int:
    c = shop.customers.create(CustomerInput(code="K1", name="Dana Levi", language="en"))
    shop.invoices.create_invoice(c.id, "K-1", date(2026, 3, 1), Decimal("250.00"),
                                 date(2026, 4, 1))
    return c.id


def _issue(shop: Shop, draft: object) -> None:
    shop.letters.issue(draft, b"%PDF-1.4 test")  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["second", "warning", "handover"])
def test_a_collection_letter_to_a_consumer_needs_the_debt_notice(shop: Shop, kind: str) -> None:
    cid = _consumer_with_late_invoice(shop)
    with pytest.raises(DebtNoticeMissing) as info:
        shop.letter_drafts.draft(cid, kind, letter_date=DAY)
    assert isinstance(info.value, LedgerRuleViolation)
    assert info.value.message == (
        "A collection letter to a consumer needs a debt notice first (§13B2); none was "
        "sent for K-1"
    )
    assert shop.letters.documents_for(cid) == []


@pytest.mark.parametrize("kind", ["second", "warning"])
def test_a_collection_letter_waits_14_days_after_the_debt_notice(shop: Shop, kind: str) -> None:
    cid = _consumer_with_late_invoice(shop)
    notice_day = date(2026, 6, 1)
    _issue(shop, shop.letter_drafts.draft(cid, "debt_notice", letter_date=notice_day))
    for on in (notice_day + timedelta(days=1), notice_day + timedelta(days=13)):
        with pytest.raises(DebtNoticeWait) as info:
            shop.letter_drafts.draft(cid, kind, letter_date=on)
        assert info.value.params["day"] == notice_day
        assert info.value.params["earliest"] == date(2026, 6, 15)
        assert "the earliest day is 15/06/2026" in info.value.message
    assert [d.kind for d in shop.letters.documents_for(cid)] == ["debt_notice"]
    allowed = shop.letter_drafts.draft(cid, kind, letter_date=date(2026, 6, 15))
    assert allowed.item_ids


def test_a_business_needs_no_debt_notice(shop: Shop) -> None:
    c = shop.customers.create(
        CustomerInput(code="B1", name="Big Ltd", language="en", kind="business")
    )
    shop.invoices.create_invoice(c.id, "B-1", date(2026, 3, 1), Decimal("250.00"),
                                 date(2026, 4, 1))
    assert shop.letter_drafts.draft(c.id, "warning", letter_date=DAY).item_ids
