from __future__ import annotations

import re

import pytest

from arapp.core.errors import ImportFailed
from arapp.core.importing.fields import fold
from arapp.core.importing.headers import COLUMNS, KINDS, map_headers

HEBREW = re.compile("[\u05d0-\u05ea]")
ARABIC = re.compile("[\u0620-\u064a]")


def failures(kind: str, headers: list[str]) -> list[tuple[int | None, str | None, str]]:
    with pytest.raises(ImportFailed) as info:
        map_headers(kind, headers)
    return [(e.row, e.column, e.reason) for e in info.value.errors]


# --- the column table itself ---------------------------------------------------------------


def test_columns_match_the_design() -> None:
    shape = {kind: [(c.key, c.required) for c in COLUMNS[kind]] for kind in KINDS}
    assert shape == {
        "customers": [
            ("code", True),
            ("name", True),
            ("phone", False),
            ("email", False),
            ("address", False),
            ("id_number", False),
            ("credit_limit", False),
            ("language", False),
            ("kind", False),
            ("payment_terms", False),
        ],
        "invoices": [
            ("customer_code", True),
            ("number", True),
            ("date", True),
            ("due_date", True),
            ("amount", True),
            ("description", False),
        ],
        "payments": [
            ("customer_code", True),
            ("date", True),
            ("amount", True),
            ("method", False),
            ("reference", False),
            ("invoice_number", False),
            # A check payment's bank, branch and account (issue #19): optional.
            ("bank", False),
            ("branch", False),
            ("account", False),
        ],
    }


@pytest.mark.parametrize("kind", KINDS)
def test_no_alias_means_two_columns_of_one_kind(kind: str) -> None:
    meaning: dict[str, str] = {}
    for spec in COLUMNS[kind]:
        for alias in spec.aliases:
            key = fold(alias)
            assert key, f"{alias!r} folds to nothing"
            assert meaning.setdefault(key, spec.key) == spec.key, (
                f"{kind}: {alias!r} means {meaning[key]} and {spec.key}"
            )


@pytest.mark.parametrize("kind", KINDS)
def test_every_column_has_its_key_and_a_hebrew_and_an_arabic_name(kind: str) -> None:
    for spec in COLUMNS[kind]:
        assert spec.aliases[0] == spec.key
        assert any(HEBREW.search(a) for a in spec.aliases), spec.key
        assert any(ARABIC.search(a) for a in spec.aliases), spec.key


# --- matching --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_the_english_keys_map_in_file_order(kind: str) -> None:
    keys = [c.key for c in COLUMNS[kind]][::-1]
    found, extra = map_headers(kind, keys)
    assert found == {key: i for i, key in enumerate(keys)}
    assert extra == []


@pytest.mark.parametrize(
    "header",
    ["Customer Code", " CUSTOMER_CODE ", "customer-code", "customer code", "\u200fCustomer_code"],
)
def test_case_spaces_underscores_and_marks_do_not_count(header: str) -> None:
    found, _ = map_headers("invoices", [header, "number", "date", "due_date", "amount"])
    assert found["customer_code"] == 0


@pytest.mark.parametrize("header", ["מס' לקוח", "מס׳ לקוח", 'מס" לקוח', "מס לקוח", "מס'_לקוח"])
def test_hebrew_quote_marks_do_not_count(header: str) -> None:
    found, _ = map_headers("customers", [header, "שם"])
    assert found == {"code": 0, "name": 1}


@pytest.mark.parametrize("header", ["ת.ז.", 'ת"ז', "ת״ז", "תז", "ח.פ.", 'ח"פ', "ע.מ.", "מספר זהות"])
def test_israeli_id_abbreviations(header: str) -> None:
    found, _ = map_headers("customers", ["code", "name", header])
    assert found["id_number"] == 2


@pytest.mark.parametrize("header", ["بريد إلكتروني", "بريد الكتروني", "البريد الإلكتروني"])
def test_arabic_hamza_spellings_match(header: str) -> None:
    found, _ = map_headers("customers", ["رمز", "اسم", header])
    assert found == {"code": 0, "name": 1, "email": 2}


def test_hebrew_customer_headers() -> None:
    headers = ["קוד לקוח", "שם לקוח", "נייד", 'דוא"ל', "כתובת", 'ת"ז', "מסגרת אשראי", "שפה"]
    headers += ["סוג לקוח", "תנאי תשלום"]
    found, extra = map_headers("customers", headers)
    assert list(found) == [c.key for c in COLUMNS["customers"]]
    assert extra == []


def test_arabic_customer_headers() -> None:
    headers = ["رمز الزبون", "اسم الزبون", "جوال", "بريد إلكتروني", "عنوان", "رقم الهوية"]
    headers += ["سقف الائتمان", "لغة", "نوع العميل", "شروط الدفع"]
    found, extra = map_headers("customers", headers)
    assert list(found) == [c.key for c in COLUMNS["customers"]]
    assert extra == []


def test_hebrew_invoice_headers() -> None:
    found, extra = map_headers(
        "invoices", ["קוד לקוח", "מס' חשבונית", "תאריך", "תאריך פירעון", "סכום כולל", "פירוט"]
    )
    assert found == {
        "customer_code": 0,
        "number": 1,
        "date": 2,
        "due_date": 3,
        "amount": 4,
        "description": 5,
    }
    assert extra == []


def test_arabic_invoice_headers() -> None:
    found, _ = map_headers(
        "invoices", ["رمز الزبون", "رقم الفاتورة", "تاريخ الفاتورة", "تاريخ الاستحقاق", "المبلغ"]
    )
    assert list(found) == ["customer_code", "number", "date", "due_date", "amount"]


def test_hebrew_and_arabic_payment_headers() -> None:
    hebrew = ["קוד לקוח", "תאריך", "סכום", "אמצעי תשלום", "מס' צ'ק", "מספר חשבונית"]
    arabic = ["رمز الزبون", "التاريخ", "المبلغ", "طريقة الدفع", "المرجع", "رقم الفاتورة"]
    keys = ["customer_code", "date", "amount", "method", "reference", "invoice_number"]
    assert list(map_headers("payments", hebrew)[0]) == keys
    assert list(map_headers("payments", arabic)[0]) == keys


def test_customer_code_header_means_the_code_in_a_customers_file() -> None:
    assert map_headers("customers", ["קוד לקוח", "שם"])[0] == {"code": 0, "name": 1}
    required = ["קוד לקוח", "מספר חשבונית", "תאריך", "תאריך פירעון", "סכום"]
    assert map_headers("invoices", required)[0]["customer_code"] == 0


def test_a_bare_number_is_not_an_invoice_number_in_payments() -> None:
    found, extra = map_headers("payments", ["customer_code", "date", "amount", "number", "מספר"])
    assert "invoice_number" not in found
    assert extra == ["number", "מספר"]


# --- problems --------------------------------------------------------------------------------


def test_extra_columns_are_listed_not_refused() -> None:
    found, extra = map_headers(
        "invoices", ["customer_code", 'מע"מ', "number", "date", "", "due_date", "amount", "סניף"]
    )
    assert found == {"customer_code": 0, "number": 2, "date": 3, "due_date": 5, "amount": 6}
    assert extra == ['מע"מ', "סניף"]  # the blank header is not a name to list


def test_every_missing_required_column_is_named_on_row_1() -> None:
    problems = failures("invoices", ["customer_code", "number", "date", "description"])
    assert [(row, column) for row, column, _ in problems] == [(1, "due_date"), (1, "amount")]
    reason = problems[1][2]
    assert "required column amount is missing" in reason
    assert "סכום" in reason and "المبلغ" in reason  # how to call it, in the owner's language


def test_a_file_without_any_known_column_lists_all_required() -> None:
    problems = failures("payments", ["a", "b"])
    assert [column for _, column, _ in problems] == ["customer_code", "date", "amount"]


def test_two_columns_with_one_meaning_are_refused() -> None:
    problems = failures("invoices", ["קוד", "קוד לקוח", "number", "date", "due_date", "amount"])
    assert problems == [
        (1, "קוד לקוח", "this column means the same as column “קוד” (customer_code); keep only one")
    ]


def test_an_unknown_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown import kind"):
        map_headers("checks", ["x"])
