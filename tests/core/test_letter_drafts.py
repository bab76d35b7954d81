"""Drafting letters: what the core refuses to write, and how it says why."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from arapp.core.errors import AllOverdueDisputed, UserError
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
