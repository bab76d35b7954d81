"""Importing through the service: all or nothing, every bad row reported, re-import safe."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.errors import ImportFailed
from arapp.core.services import Shop
from arapp.core.services.importing import ImportService
from arapp.core.services.integrity import check_database

CORPUS = Path(__file__).resolve().parents[1] / "data" / "imports"


def snapshot(shop: Shop) -> tuple[object, ...]:
    tables = ("customer", "debit", "credit", "allocation")
    counts = tuple(shop.db.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables)
    balances = tuple(shop.db.execute_sql("SELECT code, balance FROM customer ORDER BY code"))
    return counts, balances


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def importer(shop: Shop) -> Callable[[str, Path], object]:
    service = ImportService(shop.db)
    return lambda kind, path: service.import_file(kind, path)


def test_a_shop_from_the_corpus_imports_and_reimports_nothing(
    shop: Shop, importer: Callable[[str, Path], object]
) -> None:
    files = [("customers", "customers_utf8.csv"), ("invoices", "invoices_semicolon.csv")]
    for kind, name in files:
        importer(kind, CORPUS / name)
    before = snapshot(shop)
    for kind, name in files:
        result = importer(kind, CORPUS / name)
        assert result.added == 0 and result.skipped > 0  # type: ignore[attr-defined]
    assert snapshot(shop) == before
    c1 = shop.customers.by_code("C001")
    assert c1.credit_limit == Decimal("5000.00") and c1.language == "he"
    assert shop.customers.by_code("C002").kind == "business"
    assert shop.invoices.by_number("INV-1001").amount == Decimal("1234.50")
    assert check_database(shop.db) == []


@pytest.mark.parametrize(
    ("name", "kind", "expect"),
    [
        ("invoices_bad_amounts.csv", "invoices", "row 2"),
        ("invoices_bad_dates.csv", "invoices", "row 2"),
        ("invoices_missing_columns.csv", "invoices", "row 1"),
        ("empty.csv", "customers", "empty"),
        ("header_only.csv", "customers", ""),
        ("junk.bin", "customers", ""),
        ("image.png", "invoices", ""),
        ("old_excel.xls", "customers", ""),
        ("utf8_damaged.csv", "customers", ""),
    ],
)
def test_bad_files_change_nothing_and_say_why(
    shop: Shop, importer: Callable[[str, Path], object], name: str, kind: str, expect: str
) -> None:
    importer("customers", CORPUS / "customers_utf8.csv")
    before = snapshot(shop)
    with pytest.raises(ImportFailed) as info:
        importer(kind, CORPUS / name)
    assert info.value.errors
    assert expect.lower() in info.value.message.lower()
    assert snapshot(shop) == before


def test_every_bad_row_is_reported_with_the_owners_column_name(
    shop: Shop, importer: Callable[[str, Path], object], tmp_path: Path
) -> None:
    importer("customers", CORPUS / "customers_utf8.csv")
    path = write(tmp_path, "inv.csv", (
        "קוד לקוח,מספר חשבונית,תאריך,תאריך פירעון,סכום\n"
        "C001,A1,01/03/2026,31/03/2026,100\n"
        "C999,A2,01/03/2026,31/03/2026,100\n"
        "C001,A3,31/02/2026,31/03/2026,12.345\n"
        "C001,A4,10/03/2026,01/03/2026,50\n"
    ))
    before = snapshot(shop)
    with pytest.raises(ImportFailed) as info:
        importer("invoices", path)
    where = [(e.row, e.column) for e in info.value.errors]
    assert (3, "קוד לקוח") in where
    assert (4, "תאריך") in where and (4, "סכום") in where  # both problems of row 4
    assert (5, "תאריך פירעון") in where
    assert all(row != 2 for row, _ in where)
    assert snapshot(shop) == before
    # Renamed to the owner's column, each reason keeps its template and values (for the app
    # to translate).
    [decimals] = [e for e in info.value.errors if (e.row, e.column) == (4, "סכום")]
    assert decimals.reason_template.startswith("“{text}” has more than two decimals")
    assert decimals.reason_params == {"text": "12.345"}


def test_duplicates_in_file_and_database(
    shop: Shop, importer: Callable[[str, Path], object], tmp_path: Path
) -> None:
    importer("customers", CORPUS / "customers_utf8.csv")
    first = write(tmp_path, "a.csv", "customer_code,number,date,due_date,amount\n"
                  "C001,X1,2026-03-01,2026-03-31,100\n")
    importer("invoices", first)
    clash = write(tmp_path, "b.csv", "customer_code,number,date,due_date,amount\n"
                  "C001,X1,2026-03-01,2026-03-31,200\n"
                  "C002,X2,2026-03-01,2026-03-31,10\n"
                  "C002,X2,2026-03-01,2026-03-31,11\n")
    with pytest.raises(ImportFailed) as info:
        importer("invoices", clash)
    assert [(e.row, e.column) for e in info.value.errors] == [(2, "number"), (4, "number")]


def test_payments_follow_the_ledger_rules(
    shop: Shop, importer: Callable[[str, Path], object], tmp_path: Path
) -> None:
    importer("customers", CORPUS / "customers_utf8.csv")
    importer("invoices", write(tmp_path, "i.csv", "customer_code,number,date,due_date,amount\n"
                               "C001,P1,2026-01-01,2026-01-31,100\n"
                               "C001,P2,2026-02-01,2026-02-28,100\n"
                               "C002,Q1,2026-01-01,2026-01-31,100\n"))
    header = "customer_code,date,amount,method,reference,invoice_number\n"
    payments = write(tmp_path, "p.csv", header +
                     "C001,2026-03-01,60,cash,,P2\n"
                     "C001,2026-03-01,60,cash,,P2\n"
                     "C001,2026-02-15,30,check,77,\n")
    result = importer("payments", payments)
    assert result.added == 3  # type: ignore[attr-defined]
    open_ = {i.number: i.open_amount for i in shop.invoices.for_customer(
        shop.customers.by_code("C001").id)}
    # 15 Feb: 30 to P1 (oldest due). 1 Mar: 60 to P2; 60 more: 40 to P2, 20 spill to P1.
    assert open_ == {"P1": Decimal("50.00"), "P2": Decimal("0.00")}
    again = importer("payments", payments)
    assert again.added == 0 and again.skipped == 3  # type: ignore[attr-defined]
    other = write(tmp_path, "o.csv", "customer_code,date,amount,invoice_number\n"
                  "C001,2026-03-01,5,Q1\n")
    with pytest.raises(ImportFailed, match="another customer"):
        importer("payments", other)
    assert check_database(shop.db) == []


def test_payment_naming_an_invoice_already_paid_goes_oldest_due_first(
    shop: Shop, importer: Callable[[str, Path], object], tmp_path: Path
) -> None:
    """Issue #17 (1): the second row names I1, which the first row already paid in full.
    It used to stop the import with ``ValueError: picked items are not open items``; the
    rule is the named invoice first (nothing open on it), then oldest-due first."""
    importer("customers", write(tmp_path, "c.csv", "code,name\nC1,Cohen\n"))
    importer("invoices", write(tmp_path, "i.csv", "customer_code,number,date,due_date,amount\n"
                               "C1,I1,2026-01-01,2026-01-31,100\n"
                               "C1,I2,2026-02-01,2026-02-28,100\n"))
    payments = write(tmp_path, "p.csv", "customer_code,date,amount,method,reference,"
                     "invoice_number\nC1,2026-02-05,100,cash,,\nC1,2026-02-10,100,cash,,I1\n")
    result = importer("payments", payments)
    assert result.added == 2  # type: ignore[attr-defined]
    c1 = shop.customers.by_code("C1")
    open_ = {i.number: i.open_amount for i in shop.invoices.for_customer(c1.id)}
    assert open_ == {"I1": Decimal("0.00"), "I2": Decimal("0.00")}
    second = shop.payments.for_customer(c1.id)[0]
    assert [(a.item_number, a.amount) for a in second.applied] == [("I2", Decimal("100.00"))]
    assert shop.customers.get(c1.id).balance == Decimal("0.00")
    # Re-importing the file still adds nothing (the row still names I1).
    again = importer("payments", payments)
    assert again.added == 0 and again.skipped == 2  # type: ignore[attr-defined]
    assert check_database(shop.db) == []


@pytest.mark.parametrize("encoding", ["cp1255", "utf-8-sig"])
def test_hebrew_excel_encodings(
    shop: Shop, importer: Callable[[str, Path], object], tmp_path: Path, encoding: str
) -> None:
    path = write(tmp_path, "c.csv", "קוד,שם,טלפון\nA1,יוסי מזרחי,052-2223344\n", encoding)
    importer("customers", path)
    assert shop.customers.by_code("A1").name == "יוסי מזרחי"


def test_arabic_excel_encoding(
    shop: Shop, importer: Callable[[str, Path], object], tmp_path: Path
) -> None:
    path = write(tmp_path, "c.csv", "رمز,اسم\nB1,يوسف الخطيب\n", "cp1256")
    importer("customers", path)
    assert shop.customers.by_code("B1").name == "يوسف الخطيب"


def test_a_customer_imported_with_a_spaced_id_number_reimports_as_the_same(
    shop: Shop, importer: Callable[[str, Path], object], tmp_path: Path
) -> None:
    """ID numbers are stored as nine digits now; a customer stored as typed before
    ("513 456 780") is still the same customer when the file comes again."""
    path = write(tmp_path, "c.csv", "code,name,id_number\nB1,Bakery,513 456 780\n")
    importer("customers", path)
    shop.db.execute_sql("UPDATE customer SET id_number = '513 456 780' WHERE code = 'B1'")
    again = importer("customers", path)
    assert again.added == 0 and again.skipped == 1  # type: ignore[attr-defined]
