"""Customer service: validation on create/update, and finding customers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from arapp.core.errors import CustomerNotFound, DuplicateRecord, InvalidAmount, UserError
from arapp.core.services import Shop
from arapp.core.services.customers import CustomerQuery
from arapp.core.services.records import CustomerInput, CustomerRecord
from tests.conftest import d, m
from tests.core.conftest import Snapshot

BASE = CustomerInput(code="N1", name="Noa Levi", phones="050-1112233")


# --- create / update -----------------------------------------------------------------------


def test_create_returns_the_stored_customer(shop: Shop) -> None:
    record = shop.customers.create(
        CustomerInput(
            code="  K-7 ",
            name="  יוסף חדאד ",
            phones="052-1234567",
            email="y@example.com",
            address="רחוב הגפן 3, חיפה",
            id_number="012345674",
            credit_limit=m("1500.50"),
            payment_terms_days=45,
            language="ar",
            kind="business",
            notes="pays on Fridays",
        )
    )
    assert record.code == "K-7"
    assert record.name == "יוסף חדאד"
    assert record.credit_limit == m("1500.50")
    assert record.payment_terms_days == 45
    assert (record.language, record.kind) == ("ar", "business")
    assert record.balance == m("0.00")
    assert record.oldest_due is None
    assert shop.customers.get(record.id) == record
    assert shop.customers.by_code("K-7") == record
    assert shop.customers.by_code(" K-7 ") == record


def test_duplicate_code_refused(
    shop: Shop, customer: CustomerRecord, snapshot: Callable[[], Snapshot]
) -> None:
    before = snapshot()
    with pytest.raises(DuplicateRecord):
        shop.customers.create(replace(BASE, code="C001"))
    with pytest.raises(DuplicateRecord):
        shop.customers.create(replace(BASE, code=" C001 "))  # same code once trimmed
    assert snapshot() == before


@pytest.mark.parametrize(
    "bad",
    [
        replace(BASE, name=""),
        replace(BASE, name="   "),
        replace(BASE, name="\u202e\u202c"),  # only bidi controls: empty once cleaned
        replace(BASE, code=""),
        replace(BASE, language="fr"),
        replace(BASE, language="HE"),
        replace(BASE, kind="vip"),
        replace(BASE, payment_terms_days=-1),
        replace(BASE, payment_terms_days=366),
        replace(BASE, name="x" * 201),
    ],
)
def test_invalid_input_refused(
    shop: Shop, bad: CustomerInput, snapshot: Callable[[], Snapshot]
) -> None:
    before = snapshot()
    with pytest.raises(UserError):
        shop.customers.create(bad)
    assert snapshot() == before


@pytest.mark.parametrize("limit", ["-1.00", "10.005", "10000000000"])
def test_bad_credit_limit_refused(shop: Shop, limit: str) -> None:
    with pytest.raises(InvalidAmount):
        shop.customers.create(replace(BASE, credit_limit=m(limit)))
    assert shop.customers.count(CustomerQuery()) == 0


def test_zero_credit_limit_kept(shop: Shop) -> None:
    record = shop.customers.create(replace(BASE, credit_limit=m("0")))
    assert record.credit_limit == m("0.00")


def test_bidi_controls_stripped_from_name(shop: Shop) -> None:
    record = shop.customers.create(
        replace(BASE, name="\u202eדוד\u202c \u2066כהן\u2069\u200f", address="\u202bחיפה\u202c")
    )
    assert record.name == "דוד כהן"
    assert record.address == "חיפה"
    stored = shop.db.execute_sql("SELECT name, search_text FROM customer").fetchone()
    assert stored[0] == "דוד כהן"
    assert not any(ch in stored[1] for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2069")


def test_update_changes_fields_and_search(shop: Shop, customer: CustomerRecord) -> None:
    updated = shop.customers.update(
        customer.id, CustomerInput(code="C001", name="דוד לוי", phones="03-9998877")
    )
    assert updated.name == "דוד לוי"
    assert updated.id == customer.id
    assert [c.id for c in shop.customers.search(CustomerQuery("לוי"))] == [customer.id]
    assert shop.customers.search(CustomerQuery("כהן")) == []
    assert shop.customers.search(CustomerQuery("0521234567")) == []
    assert [c.id for c in shop.customers.search(CustomerQuery("039998877"))] == [customer.id]


def test_update_keeps_balance(shop: Shop, customer: CustomerRecord) -> None:
    shop.invoices.create_invoice(customer.id, "1", d("2026-01-01"), m("99.90"))
    updated = shop.customers.update(customer.id, replace(BASE, code="C001"))
    assert updated.balance == m("99.90")


def test_update_to_another_customers_code_refused(
    shop: Shop,
    customer: CustomerRecord,
    other_customer: CustomerRecord,
    snapshot: Callable[[], Snapshot],
) -> None:
    before = snapshot()
    with pytest.raises(DuplicateRecord):
        shop.customers.update(other_customer.id, replace(BASE, code="C001"))
    with pytest.raises(UserError):
        shop.customers.update(other_customer.id, replace(BASE, code="C002", language="de"))
    assert snapshot() == before
    assert shop.customers.get(other_customer.id) == other_customer


def test_update_missing_customer(shop: Shop) -> None:
    with pytest.raises(UserError):
        shop.customers.update(404, BASE)


def test_unknown_customer_lookups(shop: Shop) -> None:
    with pytest.raises(CustomerNotFound):
        shop.customers.by_code("nobody")
    with pytest.raises(UserError):
        shop.customers.get(12345)


def test_stop_credit(shop: Shop, customer: CustomerRecord) -> None:
    assert shop.customers.set_stop_credit(customer.id, True).stop_credit is True
    assert shop.customers.get(customer.id).stop_credit is True
    assert shop.customers.set_stop_credit(customer.id, False).stop_credit is False


def test_over_limit_and_days_late(shop: Shop) -> None:
    c = shop.customers.create(replace(BASE, credit_limit=m("100.00"), payment_terms_days=10))
    shop.invoices.create_invoice(c.id, "1", d("2026-01-01"), m("100.00"))
    c = shop.customers.get(c.id)
    assert not c.over_limit
    assert c.oldest_due == d("2026-01-11")
    assert c.days_late(d("2026-01-11")) == 0
    assert c.days_late(d("2026-01-21")) == 10
    assert c.days_late(d("2025-12-01")) == 0
    # Over the limit: only with the owner's override (credit control, #20).
    shop.invoices.create_invoice(c.id, "2", d("2026-01-05"), m("0.01"), override=True)
    assert shop.customers.get(c.id).over_limit


# --- search ------------------------------------------------------------------------------


@pytest.fixture
def people(shop: Shop, customer: CustomerRecord) -> dict[str, int]:
    """C001 דוד כהן (052-1234567, ID 012345674) from the shared fixture, and others."""
    ids = {"C001": customer.id}
    for data in (
        CustomerInput(code="C002", name="שָׁלוֹם לֵוִי", phones="03-5551234"),
        CustomerInput(code="C003", name="أحمد الخطيب", phones="054-7654321, 04-8881111"),
        CustomerInput(code="C004", name="Sarah Levi", phones="02-6543210", id_number="98764"),
        CustomerInput(code="C005", name="فاطمة مصطفى", phones=""),
        CustomerInput(code="C006", name="רות אלון"),
    ):
        ids[data.code] = shop.customers.create(data).id
    return ids


def codes(shop: Shop, text: str, **kw: object) -> list[str]:
    return [c.code for c in shop.customers.search(CustomerQuery(text, **kw))]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("כהן", ["C001"]),
        ("כה", ["C001"]),
        ("דָּוִד", ["C001"]),  # query with niqqud, stored without
        ("שלום", ["C002"]),  # stored with niqqud, query without
        ("לוי", ["C002"]),
        ("احمد", ["C003"]),
        ("إحمد", ["C003"]),
        ("الخطيب", ["C003"]),
        ("فاطمه", ["C005"]),
        ("مصطفي", ["C005"]),
        ("אלונ", ["C006"]),
        ("sarah", ["C004"]),
        ("LEVI", ["C004"]),
        ("c003", ["C003"]),
        ("C00", ["C001", "C002", "C003", "C004", "C005", "C006"]),
        ("0521234567", ["C001"]),
        ("1234567", ["C001"]),
        ("048881111", ["C003"]),  # second phone
        ("7654321", ["C003"]),
        ("012345674", ["C001"]),
        ("98764", ["C004"]),
        ("nobody", []),
        ("", ["C001", "C002", "C003", "C004", "C005", "C006"]),
    ],
)
def test_search_finds(shop: Shop, people: dict[str, int], text: str, expected: list[str]) -> None:
    assert sorted(codes(shop, text)) == expected


def test_search_by_phone_typed_with_dashes(shop: Shop, people: dict[str, int]) -> None:
    # The owner copies the number as it is written on the card.
    assert codes(shop, "052-1234567") == ["C001"]
    assert codes(shop, "04-8881111") == ["C003"]


def test_multi_word_query_needs_every_word(shop: Shop, people: dict[str, int]) -> None:
    assert codes(shop, "levi sarah") == ["C004"]
    assert codes(shop, "דוד 052") == ["C001"]
    assert codes(shop, "דוד 054") == []
    assert codes(shop, "أحمد 8881111") == ["C003"]


def test_search_wildcards_are_literal(shop: Shop, people: dict[str, int]) -> None:
    assert codes(shop, "%") == []
    assert codes(shop, "_") == []


def test_count_matches_search(shop: Shop, people: dict[str, int]) -> None:
    assert shop.customers.count(CustomerQuery()) == 6
    assert shop.customers.count(CustomerQuery("levi")) == 1
    assert shop.customers.count(CustomerQuery("לוי")) == 1
    assert shop.customers.count(CustomerQuery("zzz")) == 0


def test_sort_by_name_and_code(shop: Shop, people: dict[str, int]) -> None:
    assert codes(shop, "", sort="code") == ["C001", "C002", "C003", "C004", "C005", "C006"]
    assert codes(shop, "", sort="code", descending=True) == [
        "C006",
        "C005",
        "C004",
        "C003",
        "C002",
        "C001",
    ]
    assert codes(shop, "", sort="name")[0] == "C004"  # Latin sorts before Hebrew and Arabic


def test_sort_by_balance_and_days_late(shop: Shop, people: dict[str, int]) -> None:
    inv = shop.invoices
    inv.create_invoice(people["C002"], "1", d("2026-01-01"), m("50.00"), d("2026-01-10"))
    inv.create_invoice(people["C003"], "2", d("2026-01-01"), m("900.00"), d("2026-03-01"))
    inv.create_invoice(people["C004"], "3", d("2025-12-01"), m("300.00"), d("2025-12-15"))
    inv.create_invoice(people["C004"], "4", d("2026-02-01"), m("10.00"), d("2026-02-01"))
    shop.payments.record_payment(people["C005"], d("2026-01-05"), m("20.00"))  # credit

    by_balance = shop.customers.search(CustomerQuery(sort="balance"))
    assert [c.code for c in by_balance][:3] == ["C003", "C004", "C002"]
    assert [c.balance for c in by_balance][:3] == [m("900.00"), m("310.00"), m("50.00")]
    assert by_balance[-1].code == "C005" and by_balance[-1].balance == m("-20.00")

    by_late = codes(shop, "", sort="days_late")
    assert by_late[:3] == ["C004", "C002", "C003"]
    assert set(by_late[3:]) == {"C001", "C005", "C006"}  # nothing open: last

    assert sorted(codes(shop, "", only_with_balance=True)) == ["C002", "C003", "C004", "C005"]
    assert shop.customers.count(CustomerQuery(only_with_balance=True)) == 4


def test_paging(shop: Shop) -> None:
    for n in range(25):
        shop.customers.create(CustomerInput(code=f"P{n:02d}", name=f"Person {n:02d}"))
    query = CustomerQuery(sort="code")
    pages = [shop.customers.search(query, offset=o, limit=10) for o in (0, 10, 20, 30)]
    assert [len(p) for p in pages] == [10, 10, 5, 0]
    seen = [c.code for page in pages for c in page]
    assert seen == [f"P{n:02d}" for n in range(25)]
    assert shop.customers.count(query) == 25
    # "person 1": a one-character fragment matches the start of a word, so P10–P19 (the
    # search text also holds the code "p10"…); the third page of three starts at P12.
    assert shop.customers.count(CustomerQuery("person 1")) == 10
    assert [c.code for c in shop.customers.search(CustomerQuery("person 1"), 2, 3)] == [
        "P12",
        "P13",
        "P14",
    ]
