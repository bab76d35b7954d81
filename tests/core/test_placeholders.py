"""Qt-style placeholders are filled in one pass, so a value is never searched again."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from arapp.core.placeholders import arg


def test_values_fill_their_own_numbers_in_any_order() -> None:
    assert arg("%2 owes %1", "₪10", "Dana") == "Dana owes ₪10"


def test_a_value_that_looks_like_a_placeholder_stays_as_it_is() -> None:
    # Chained str.replace turned "A%2" into "AC001" here.
    assert arg("%1 (%2)", "A%2", "C001") == "A%2 (C001)"
    assert arg("%1 (%2)", "x", "%1") == "x (%1)"


def test_placeholders_without_a_value_and_percent_signs_stay() -> None:
    assert arg("%1 of %3, 10%", "a") == "a of %3, 10%"
    assert arg("%0 and %%1", "a") == "%0 and %a"


@given(st.lists(st.text(alphabet="%123ab ", max_size=6), min_size=3, max_size=3))
def test_each_value_appears_exactly_as_given(values: list[str]) -> None:
    assert arg("[%1|%2|%3]", *values) == "[" + "|".join(values) + "]"
