"""The amount at the head of a payment's (or a void's) log note: written by
``record_event`` as plain decimal text, read back for the screen and the record of
contacts to show as money."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from arapp.core.collection.kinds import note_amount
from arapp.core.money import money_str

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999999.99"), places=2)


@given(amounts)
def test_a_payments_note_gives_back_its_amount(amount: Decimal) -> None:
    assert note_amount("payment", money_str(amount)) == (amount, "")


@given(amounts, st.text(min_size=1, max_size=40))
def test_a_voids_note_gives_back_its_amount_and_reason(amount: Decimal, reason: str) -> None:
    assert note_amount("payment_voided", f"{money_str(amount)}: {reason}") == (amount, reason)


def test_other_notes_are_left_as_they_are() -> None:
    assert note_amount("call", "12.50") == (None, "12.50")  # a contact's note is the owner's
    assert note_amount("cheque_returned", "1001 · 12/345/678901 · 700.00") == (
        None, "1001 · 12/345/678901 · 700.00")
    assert note_amount("payment", "imported") == (None, "imported")
    assert note_amount("payment", "NaN") == (None, "NaN")
    assert note_amount("payment", "") == (None, "")
