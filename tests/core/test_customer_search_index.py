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


def test_a_listed_customer_is_the_same_record_as_the_card_reads(shop: Shop) -> None:
    """The list builds its records straight from rows; every field must come out as the
    card's own read gives it (types included: dates, booleans, agorot to shekels)."""
    from datetime import date
    from decimal import Decimal

    plain = shop.customers.create(CustomerInput(code="P1", name="Plain"))
    full = shop.customers.create(CustomerInput(
        code="F1", name="מלא", phones="04-1234567", email="a@b.c", address="חיפה",
        id_number="000000018", credit_limit=Decimal("500.25"), payment_terms_days=45,
        language="ar", kind="business", stop_credit=True, notes="note",
    ))
    shop.invoices.create_invoice(
        full.id, "1", date(2026, 1, 1), Decimal("700.10"), due_date=date(2026, 2, 1),
        override=True,  # stop credit and over the limit: the owner's override (#20)
    )
    page, total = shop.customers.first_page(CustomerQuery())
    assert total == 2
    by_id = {c.id: c for c in page}
    for customer_id in (plain.id, full.id):
        assert by_id[customer_id] == shop.customers.get(customer_id)
    listed = by_id[full.id]
    assert listed.oldest_due == date(2026, 2, 1)
    assert listed.balance == Decimal("700.10") and listed.over_limit
    assert listed.stop_credit is True
    assert listed in shop.customers.search(CustomerQuery())


NAMES = {
    "H1": "אבי לוי", "H2": "תמר כהן", "A1": "أحمد يوسف", "A2": "يوسف الخطيب",
    "L1": "Anna Katz", "L2": "Zoe Levi",
}


@pytest.fixture
def scripts(shop: Shop) -> Shop:
    for code, name in NAMES.items():
        shop.customers.create(CustomerInput(code=code, name=name))
    return shop


@pytest.mark.parametrize(("lang", "codes"), [
    ("he", ["H1", "H2", "A1", "A2", "L1", "L2"]),
    ("ar", ["A1", "A2", "H1", "H2", "L1", "L2"]),
    ("en", ["L1", "L2", "H1", "H2", "A1", "A2"]),
    ("", ["L1", "L2", "H1", "H2", "A1", "A2"]),
])
def test_names_in_the_readers_script_come_first(
    scripts: Shop, lang: str, codes: list[str]
) -> None:
    page, _ = scripts.customers.first_page(CustomerQuery(lang=lang))
    assert [c.code for c in page] == codes
    reverse, _ = scripts.customers.first_page(CustomerQuery(lang=lang, descending=True))
    assert [c.code for c in reverse] == codes[::-1]
    # Paging continues the same order.
    rest = scripts.customers.search(CustomerQuery(lang=lang), offset=2, limit=10)
    assert [c.code for c in rest] == codes[2:]


@pytest.mark.parametrize("lang", ["he", "ar"])
def test_the_script_order_walks_its_index(scripts: Shop, lang: str) -> None:
    """The ORDER BY must be the indexed expression word for word, or every first page of a
    big shop would sort all customers."""
    from arapp.core.services import customer_search as cs

    f = cs.build_filter("", False)
    rank, index = cs.NAME_ORDER[lang]
    sql = (f"EXPLAIN QUERY PLAN SELECT id FROM customer INDEXED BY {index} WHERE {f.where} "
           f"ORDER BY {rank}, name, id LIMIT 200")
    plan = " ".join(str(row[-1]) for row in scripts.db.execute_sql(sql))
    assert index in plan
    assert "TEMP B-TREE" not in plan
