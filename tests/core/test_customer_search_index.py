"""The trigram search index (schema 3) follows every insert and edit of a customer."""

from __future__ import annotations

import pytest

from arapp.core.services import Shop
from arapp.core.services.customers import CustomerQuery
from arapp.core.services.records import CustomerInput


@pytest.fixture
def people(shop: Shop) -> Shop:
    for n, name in enumerate(["שמעון כהן", "אבי כהנא", "أحمد يوسف", "Yosef Katz", "כהן בע\"מ"]):
        shop.customers.create(CustomerInput(code=f"K{n}", name=name, phones=f"052-12345{n}0"))
    return shop


@pytest.mark.parametrize(("text", "codes"), [
    ("כהן", {"K0", "K1", "K4"}),  # final nun folded, so כהנא contains it too
    ("כה", {"K0", "K1", "K4"}),
    ("כהנא", {"K1"}),
    ("احمد", {"K2"}),
    ("katz", {"K3"}),
    ("0521234520", {"K2"}),
    ("052-1234520", {"K2"}),
    ("כהן שמעון", {"K0"}),
    ("k4", {"K4"}),
])
def test_search_finds_by_fragment(people: Shop, text: str, codes: set[str]) -> None:
    q = CustomerQuery(text=text)
    found = {c.code for c in people.customers.search(q)}
    assert found == codes
    page, total = people.customers.first_page(q)
    assert total == people.customers.count(q) == len(codes)
    assert {c.code for c in page} == codes


def test_index_follows_an_edit(people: Shop) -> None:
    record = people.customers.by_code("K3")
    people.customers.update(record.id, CustomerInput(code="K3", name="Yosef Mizrahi"))
    assert people.customers.count(CustomerQuery(text="katz")) == 0
    assert [c.code for c in people.customers.search(CustomerQuery(text="mizra"))] == ["K3"]


def test_empty_first_page(shop: Shop) -> None:
    assert shop.customers.first_page(CustomerQuery(text="nobody")) == ([], 0)
