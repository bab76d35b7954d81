"""The customer form's checks (issue #17, customers in the app): the ID number's check
digit, the shape of an e-mail address and of phone numbers, and the proposed code."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arapp.core import id_number
from arapp.core.demo import israeli_id
from arapp.core.errors import ImportRowError, InvalidField
from arapp.core.importing.fields import parse_id_number
from arapp.core.services import Shop
from arapp.core.services.customers import CustomerQuery
from arapp.core.services.records import CustomerInput

BASE = CustomerInput(code="C001", name="דוד כהן")


# -- the check digit -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "number", ["012345674", "000000018", "513456780", "123456782", "039337423"]
)
def test_valid_numbers(number: str) -> None:
    assert id_number.is_valid(number)


@pytest.mark.parametrize(
    "number", ["012345678", "513456789", "000000000", "12345674", "0123456740", "01234567a"]
)
def test_invalid_numbers(number: str) -> None:
    assert not id_number.is_valid(number)


def test_digits_of_puts_back_leading_zeros_and_drops_separators() -> None:
    assert id_number.digits_of("12345674") == "012345674"
    assert id_number.digits_of("51-345678-0") == "513456780"
    assert id_number.digits_of("513 456 780") == "513456780"
    assert id_number.digits_of("1234567890") is None
    assert id_number.digits_of("AB123") is None


@given(st.lists(st.integers(0, 9), min_size=8, max_size=8))
def test_the_check_digit_completes_any_body(body: list[int]) -> None:
    number = "".join(map(str, body)) + str(id_number.check_digit(body))
    assert id_number.is_valid(number) or not any(body)
    # Changing any one digit breaks it (the check digit catches every single-digit typo).
    for position in range(9):
        for digit in "0123456789":
            typo = number[:position] + digit + number[position + 1:]
            if typo != number and any(int(c) for c in typo):
                assert not id_number.is_valid(typo)


def test_the_demo_makes_valid_numbers() -> None:
    rng = random.Random(5)
    assert all(id_number.is_valid(israeli_id(rng)) for _ in range(200))


def test_the_import_checks_the_check_digit() -> None:
    assert parse_id_number(12345674, 2, "id_number") == "012345674"
    with pytest.raises(ImportRowError, match="check digit"):
        parse_id_number("012345678", 2, "id_number")
    with pytest.raises(ImportRowError, match="up to 9 digits"):
        parse_id_number("P1234567", 2, "id_number")


# -- the service: each refusal names its field -----------------------------------------------
@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"id_number": "012345678"}, "id_number", "check digit"),
        ({"id_number": "12-AB"}, "id_number", "up to 9 digits"),
        ({"id_number": "1234567890"}, "id_number", "up to 9 digits"),
        ({"email": "david.example.com"}, "email", "e-mail"),
        ({"email": "david@example"}, "email", "e-mail"),
        ({"email": "a b@example.com"}, "email", "e-mail"),
        ({"phones": "052-123"}, "phones", "9 to 13 digits"),
        ({"phones": "052-1234567, call after 5"}, "phones", "9 to 13 digits"),
        ({"phones": "052-1234567x"}, "phones", "9 to 13 digits"),
    ],
)
def test_a_bad_field_is_refused_naming_it(
    shop: Shop, change: dict[str, str], field: str, words: str
) -> None:
    with pytest.raises(InvalidField) as info:
        shop.customers.create(replace(BASE, **change))
    assert info.value.input_field == field
    assert words in info.value.message
    assert info.value.template.startswith("{field}")
    assert shop.customers.count(CustomerQuery()) == 0


def test_good_fields_are_kept_and_the_id_number_normalised(shop: Shop) -> None:
    record = shop.customers.create(replace(
        BASE, id_number=" 12345674 ", email="david@example.co.il",
        phones="04-8123456, +972 (52) 765-4321; ٠٥٢١٢٣٤٥٦٧"))
    assert record.id_number == "012345674"
    assert record.email == "david@example.co.il"
    assert record.phones == "04-8123456, +972 (52) 765-4321; ٠٥٢١٢٣٤٥٦٧"
    edited = shop.customers.update(record.id, replace(BASE, id_number="513 456 780"))
    assert edited.id_number == "513456780"
    with pytest.raises(InvalidField):
        shop.customers.update(record.id, replace(BASE, id_number="513456789"))


# -- the proposed code -----------------------------------------------------------------------
def _add(shop: Shop, *codes: str) -> None:
    for code in codes:
        shop.customers.create(replace(BASE, code=code))


@pytest.mark.parametrize(
    ("codes", "proposed"),
    [
        ((), "C0001"),
        (("ACME", "Cohen"), "C0001"),
        (("C000199", "C000200"), "C000201"),
        (("C000200", "C000007"), "C000201"),  # the highest, not the latest
        (("K15", "K16"), "K17"),
        (("C000200", "K16"), "K17"),  # the latest numbered code sets the pattern
        (("K16", "ACME"), "K17"),  # a code without digits does not
        (("C9999",), "C10000"),
        (("INV-2026-0042",), "INV-2026-0043"),
        (("7",), "8"),
        (("K9", "K09", "K10"), "K11"),
    ],
)
def test_propose_code_follows_the_shops_numbering(
    shop: Shop, codes: tuple[str, ...], proposed: str
) -> None:
    _add(shop, *codes)
    assert shop.customers.propose_code() == proposed
    shop.customers.create(replace(BASE, code=proposed))  # and it is free


def test_propose_code_skips_a_taken_wider_twin(shop: Shop) -> None:
    _add(shop, "K1", "K02")
    assert shop.customers.propose_code() == "K03"
