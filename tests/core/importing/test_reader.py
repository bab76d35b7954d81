from __future__ import annotations

import codecs
import functools
import importlib.util
import io
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arapp.core.errors import ImportFailed, ImportRowError
from arapp.core.importing import fields as f
from arapp.core.importing import reader
from arapp.core.importing.headers import map_headers
from arapp.core.importing.reader import (
    Table,
    decode_text,
    read_table,
    sniff_delimiter,
    table_from_bytes,
)

from .conftest import CORPUS, MakeXlsx, replace_in_sheet


def refused(path: Path) -> list[tuple[int | None, str | None, str]]:
    with pytest.raises(ImportFailed) as info:
        read_table(path)
    return [(e.row, e.column, e.reason) for e in info.value.errors]


def column_problems(
    table: Table, kind: str, key: str, parse: Callable[[object, int, str], object]
) -> dict[int, tuple[str | None, str]]:
    """Parse one column of every row as the import service does; row -> (column, reason)."""
    found, _ = map_headers(kind, table.headers)
    index = found[key]
    problems = {}
    for number, cells in table.rows:
        try:
            parse(cells[index], number, table.headers[index])
        except ImportRowError as error:
            assert error.row == number
            problems[number] = (error.column, error.reason)
    return problems


def test_the_stored_corpus_is_what_make_corpus_builds() -> None:
    spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built: dict[str, bytes] = module.build()
    stored = {p.name: p.read_bytes() for p in CORPUS.iterdir() if p.suffix != ".py"}
    stored = {name: data for name, data in stored.items() if not name.startswith(".")}
    assert stored == built, "run python tests/data/imports/make_corpus.py"
    assert max(len(data) for data in built.values()) < 1024  # the corpus stays tiny


# --- good files ------------------------------------------------------------------------------


def test_utf8_customers_with_a_blank_row(corpus: Path) -> None:
    table = read_table(corpus / "customers_utf8.csv")
    assert (table.encoding, table.delimiter) == ("utf-8", ",")
    assert table.headers[:2] == ["code", "name"]
    assert [number for number, _ in table.rows] == [2, 3, 4, 6]  # row 5 is blank, still counted
    assert table.rows[0][1][:2] == ["C001", "דוד כהן"]
    assert table.rows[0][1][4] == "הרצל 5, חיפה"  # a quoted comma stays inside the value
    assert table.rows[1][1][1] == "أحمد الخطيب"
    assert all(len(cells) == len(table.headers) for _, cells in table.rows)
    found, extra = map_headers("customers", table.headers)
    assert len(found) == 10 and extra == []
    row = dict(zip(table.headers, table.rows[0][1], strict=True))
    assert f.parse_amount(row["credit_limit"], 2, "credit_limit") == Decimal("5000.00")
    assert f.parse_language(row["language"], 2, "language") == "he"
    assert f.parse_customer_kind(table.rows[1][1][8], 3, "kind") == "business"


def test_utf8_with_bom_and_hebrew_headers(corpus: Path) -> None:
    table = read_table(corpus / "customers_hebrew_bom.csv")
    assert table.encoding == "utf-8-sig"
    assert table.headers[0] == "קוד לקוח"  # no BOM glued to the first header
    assert table.headers[3] == 'דוא"ל'
    assert table.rows[1] == (3, ["1002", 'מרים "מירי" כץ', "03-5551234", "", "", "", "", ""])
    found, _ = map_headers("customers", table.headers)
    assert list(found) == [
        "code",
        "name",
        "phone",
        "email",
        "address",
        "id_number",
        "credit_limit",
        "language",
    ]


def test_windows_1255_hebrew(corpus: Path) -> None:
    table = read_table(corpus / "customers_cp1255.csv")
    assert table.encoding == "cp1255"
    assert table.headers[:2] == ["מס' לקוח", "שם לקוח"]
    assert table.rows[0] == (2, ["A1", "יוסי מזרחי", "052-2223344", "₪3000", "עברית"])
    assert f.parse_amount(table.rows[0][1][3], 2, "credit_limit") == Decimal("3000.00")
    assert map_headers("customers", table.headers)[0]["credit_limit"] == 3


def test_windows_1256_arabic(corpus: Path) -> None:
    table = read_table(corpus / "customers_cp1256.csv")
    assert table.encoding == "cp1256"
    assert table.headers[:2] == ["رمز الزبون", "اسم الزبون"]
    assert table.rows[0][1][1] == "فاطمة حداد"
    assert f.parse_language(table.rows[1][1][4], 3, "لغة") == "he"
    assert list(map_headers("customers", table.headers)[0]) == [
        "code",
        "name",
        "phone",
        "credit_limit",
        "language",
    ]


def test_semicolon_delimited(corpus: Path) -> None:
    table = read_table(corpus / "invoices_semicolon.csv")
    assert table.delimiter == ";"
    amounts = [f.parse_amount(cells[4], n, "amount") for n, cells in table.rows]
    assert amounts == [Decimal("1234.50"), Decimal("99.90"), Decimal("1234.00")]
    dates = [f.parse_date(cells[2], n, "date") for n, cells in table.rows]
    assert dates == [date(2026, 3, 15), date(2026, 3, 1), date(2026, 3, 20)]
    assert table.rows[0][1][5] == "Groceries, March"


def test_excel_sep_directive_is_not_a_row(corpus: Path) -> None:
    table = read_table(corpus / "invoices_sep_directive.csv")
    assert table.delimiter == ";"
    assert table.headers[0] == "customer_code"
    assert [number for number, _ in table.rows] == [2]


def test_extra_columns_are_listed(corpus: Path) -> None:
    table = read_table(corpus / "invoices_hebrew_extra.csv")
    found, extra = map_headers("invoices", table.headers)
    assert list(found) == ["customer_code", "number", "date", "due_date", "amount", "description"]
    assert extra == ['מע"מ', "סניף"]


def test_arabic_payments(corpus: Path) -> None:
    table = read_table(corpus / "payments_arabic.csv")
    found, extra = map_headers("payments", table.headers)
    assert extra == []
    methods = [f.parse_method(cells[found["method"]], n, "method") for n, cells in table.rows]
    assert methods == ["cash", "check", "bank_transfer"]
    amounts = [f.parse_amount(cells[found["amount"]], n, "amount") for n, cells in table.rows]
    assert amounts == [Decimal("500.00"), Decimal("1000.00"), Decimal("250.50")]


def test_utf16_unicode_text_is_decoded(corpus: Path) -> None:
    """Excel's "Unicode Text" export: UTF-16 with BOM, tab-delimited."""
    table = read_table(corpus / "payments_utf16.txt")
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.headers[0] == "קוד לקוח"
    assert table.rows[1] == (3, ["1002", "16/03/2026", "1,500.00", "ביט", "בדיקה"])


def test_utf16_without_bom_is_decoded(corpus: Path) -> None:
    table = read_table(corpus / "payments_utf16_nobom.csv")
    assert table.encoding == "utf-16-le"
    assert table.rows == [(2, ["1001", "15/03/2026", "200"])]


def test_short_csv_rows_are_padded(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("code,name,phone\nC1,דוד\n", encoding="utf-8")
    assert read_table(path).rows == [(2, ["C1", "דוד", None])]


# --- bad files -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "row", "reason"),
    [
        ("empty.csv", None, "the file is empty"),
        ("header_only.csv", None, "the file has only the header row; there are no rows to import"),
        ("first_row_blank.csv", 1, "row 1 must hold the column names, but it is empty"),
        ("junk.bin", None, "this file is not a CSV or Excel (.xlsx) file: it holds binary data"),
        ("image.png", None, "this file is a PNG image, not a CSV or Excel (.xlsx) file"),
        ("old_excel.xls", None, "this is an old Excel 97-2003 (.xls) file"),
        ("web_page.xls", None, "this is a web page (HTML) or XML file, not a spreadsheet"),
        (
            "utf8_bom_then_cp1255.csv",
            None,
            "the file says it is UTF-8 text but has an invalid character on line 2",
        ),
        ("utf8_damaged.csv", None, "the file is UTF-8 text with a damaged character on line 3"),
    ],
)
def test_unreadable_files(corpus: Path, name: str, row: int | None, reason: str) -> None:
    [(got_row, column, got_reason)] = refused(corpus / name)
    assert (got_row, column) == (row, None)
    assert got_reason.startswith(reason)


def test_an_unquoted_comma_names_the_shifted_row(corpus: Path) -> None:
    assert refused(corpus / "invoices_unquoted_comma.csv") == [
        (
            3,
            None,
            "this row has 6 values but the header has 5 columns; a value that contains a comma "
            "(like 1,234.50) must be inside double quotes",
        )
    ]


def test_missing_columns_are_named(corpus: Path) -> None:
    table = read_table(corpus / "invoices_missing_columns.csv")
    with pytest.raises(ImportFailed) as info:
        map_headers("invoices", table.headers)
    errors = info.value.errors
    assert [(e.row, e.column) for e in errors] == [(1, "due_date"), (1, "amount")]
    assert "the required column due_date is missing" in errors[0].reason
    assert "Nothing was imported: 2 problem(s) found" in info.value.message


def test_every_bad_amount_in_a_file_is_reported(corpus: Path) -> None:
    table = read_table(corpus / "invoices_bad_amounts.csv")
    problems = column_problems(table, "invoices", "amount", f.parse_amount)
    expected = {
        2: "“12.345” has more than two decimals",
        3: "“-5” must be more than zero",
        4: "“0” must be more than zero",
        5: "“10000000000” is too large",
        6: "“1e309” is not an amount",
        7: "“inf” is not an amount",
        8: "“nan” is not an amount",
        9: "the amount is empty",
        10: "“abc” is not an amount",
        11: "“1.234,50” uses a comma as the decimal point",
        12: "“1.2.3” is not an amount (more than one decimal point)",
        13: "“12,50” uses a comma as the decimal point",
    }
    assert sorted(problems) == sorted(expected)  # row 14 ("1,234.50") is good
    for row, start in expected.items():
        column, reason = problems[row]
        assert column == "amount"
        assert reason.startswith(start), (row, reason)


def test_every_bad_date_in_a_file_is_reported(corpus: Path) -> None:
    table = read_table(corpus / "invoices_bad_dates.csv")
    problems = column_problems(table, "invoices", "date", f.parse_date)
    assert problems == {
        2: ("date", "“31/02/2026” does not exist: February 2026 has 28 days"),
        3: ("date", "“2026-13-01” does not exist: there is no month 13 (YYYY-MM-DD)"),
        4: (
            "date",
            "“next week” is not a date; use DD/MM/YYYY (day first), DD.MM.YYYY or YYYY-MM-DD",
        ),
        5: ("date", "“15/03/26” needs a four-digit year, like 15/03/2026"),
        6: ("date", "“01/01/1989”: the year 1989 is out of range; dates must be from 1990 to 2100"),
        7: ("date", "the date is empty"),
    }


def test_a_missing_file(tmp_path: Path) -> None:
    [(row, _, reason)] = refused(tmp_path / "nope.csv")
    assert row is None
    assert reason.startswith("cannot read the file “nope.csv”")


def test_a_directory(tmp_path: Path) -> None:
    assert refused(tmp_path)[0][2].startswith(f"cannot read the file “{tmp_path.name}”")


def test_a_file_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 10)
    path = tmp_path / "big.csv"
    path.write_text("code,name\nC1," + "x" * 20 + "\n")
    assert refused(path) == [(None, None, "the file is too large to import (over 0 MB)")]


def test_only_blank_cells_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_bytes(codecs.BOM_UTF8 + b",,\r\n ,\t,\r\n")
    assert refused(path) == [(None, None, "the file is empty")]


# --- XLSX ------------------------------------------------------------------------------------


def test_xlsx_cells_keep_their_types(make_xlsx: MakeXlsx) -> None:
    path = make_xlsx(
        [
            ["קוד לקוח", "מספר חשבונית", "תאריך", "תאריך פירעון", "סכום", None, None],
            [1001, 5001, datetime(2026, 3, 15), datetime(2026, 4, 15), 424242.5],
            [],
            ["C2", "INV-2", "15/03/2026", date(2026, 4, 14), 1234, None, "a note beside the table"],
            [None, None, None, None, None],
        ]
    )
    replace_in_sheet(path, "<v>424242.5</v>", "<v>117.00000000000001</v>")
    table = read_table(path)
    assert (table.encoding, table.delimiter) == (None, None)
    assert table.headers == ["קוד לקוח", "מספר חשבונית", "תאריך", "תאריך פירעון", "סכום"]
    assert [number for number, _ in table.rows] == [2, 4]
    (_, first), (_, second) = table.rows
    assert first == [1001, 5001, datetime(2026, 3, 15), datetime(2026, 4, 15), 117.00000000000001]
    assert len(second) == 5  # the note past the last header is not a column
    assert f.parse_amount(first[4], 2, "סכום") == Decimal("117.00")
    assert f.parse_date(first[2], 2, "תאריך") == date(2026, 3, 15)
    assert f.parse_date(second[3], 4, "תאריך פירעון") == date(2026, 4, 14)
    assert f.parse_code(first[0], 2, "קוד לקוח") == "1001"


def test_xlsx_customers_with_excel_numbers(make_xlsx: MakeXlsx) -> None:
    path = make_xlsx(
        [["رمز", "اسم", "هاتف", "رقم الهوية"], ["B1", "فاطمة حداد", 521234567, 12345674]]
    )
    table = read_table(path)
    found, _ = map_headers("customers", table.headers)
    cells = table.rows[0][1]
    assert f.parse_phone(cells[found["phone"]], 2, "هاتف") == "0521234567"
    assert f.parse_id_number(cells[found["id_number"]], 2, "رقم الهوية") == "012345674"


def test_xlsx_bad_cells_name_row_and_column(make_xlsx: MakeXlsx) -> None:
    path = make_xlsx(
        [
            ["customer_code", "number", "date", "due_date", "amount"],
            ["C1", "1", datetime(2026, 3, 15), datetime(2026, 4, 15), 12.345],
            ["C1", "2", 46096, datetime(2026, 4, 15), -5.5],
            ["C1", "3", datetime(2026, 3, 15), datetime(2026, 4, 15), 99.99],
        ]
    )
    table = read_table(path)
    amounts = column_problems(table, "invoices", "amount", f.parse_amount)
    assert amounts[2] == (
        "amount",
        "“12.345” has more than two decimals; amounts are in shekels "
        "and agorot and are never rounded on import",
    )
    assert amounts[3] == ("amount", "“-5.5” must be more than zero")
    assert 4 not in amounts
    dates = column_problems(table, "invoices", "date", f.parse_date)
    assert list(dates) == [3]
    assert dates[3][1].startswith("“46096” is a number, not a date")


def test_xlsx_reads_the_sheet_the_owner_sees(make_xlsx: MakeXlsx) -> None:
    path = make_xlsx([["code", "name"], ["C9", "Active"]], before=[[["notes"], ["x"]]])
    assert read_table(path).rows == [(2, ["C9", "Active"])]


def test_xlsx_header_only_and_empty(make_xlsx: MakeXlsx) -> None:
    only_header = make_xlsx([["code", "name"]], name="header.xlsx")
    assert refused(only_header)[0][2].startswith("the file has only the header row")
    assert refused(make_xlsx([], name="empty.xlsx")) == [(None, None, "the file is empty")]


def test_truncated_xlsx(make_xlsx: MakeXlsx, tmp_path: Path) -> None:
    whole = make_xlsx([["code", "name"], ["C1", "דוד"]]).read_bytes()
    half = tmp_path / "half.xlsx"
    half.write_bytes(whole[: len(whole) // 2])
    [(row, column, reason)] = refused(half)
    assert (row, column) == (None, None)
    assert reason.startswith("the Excel file is damaged or incomplete")


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    [(_, _, reason)] = refused(path)
    assert reason.startswith("the file could not be read as an Excel workbook")


def test_xlsx_with_a_damaged_sheet(make_xlsx: MakeXlsx, tmp_path: Path) -> None:
    source = make_xlsx([["code", "name"], ["C1", "דוד"]])
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(damaged, "w") as copy:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            copy.writestr(item, data)
    [(_, _, reason)] = refused(damaged)
    assert reason.startswith("the file could not be read as an Excel workbook")


def test_content_decides_not_the_extension(make_xlsx: MakeXlsx, tmp_path: Path) -> None:
    as_csv = tmp_path / "really_a_workbook.csv"
    as_csv.write_bytes(make_xlsx([["code", "name"], ["C1", "x"]]).read_bytes())
    assert read_table(as_csv).rows == [(2, ["C1", "x"])]
    as_xlsx = tmp_path / "really_text.xlsx"
    as_xlsx.write_text("code,name\nC1,x\n", encoding="utf-8")
    assert read_table(as_xlsx).rows == [(2, ["C1", "x"])]


# --- decoding and delimiters -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("קוד,שם\n".encode(), "קוד,שם\n"),
        (codecs.BOM_UTF8 + "קוד,שם\n".encode(), "קוד,שם\n"),
        ("קוד,שם\n".encode("cp1255"), "קוד,שם\n"),
        ("رمز,اسم\n".encode("cp1256"), "رمز,اسم\n"),
        ("code,amount\nC1,₪5\n".encode("cp1255"), "code,amount\nC1,₪5\n"),
        ("קוד\tשם\r\n".encode("utf-16"), "קוד\tשם\r\n"),
        (b"code,name\nC1,x\n\x1a", "code,name\nC1,x\n\x1a"),
    ],
)
def test_decode_text(data: bytes, text: str) -> None:
    assert decode_text(data) == text


def test_hebrew_and_arabic_code_pages_are_told_apart() -> None:
    """Each legacy text also decodes (as nonsense) in the other code page."""
    hebrew = "שם,כתובת\nדוד כהן,רחוב הרצל 5 חיפה\n"
    arabic = "الاسم,العنوان\nأحمد الخطيب,شارع الجبل الناصرة\n"
    assert decode_text(hebrew.encode("cp1255")) == hebrew
    assert decode_text(arabic.encode("cp1256")) == arabic


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1;2,3\n", ","),
        ("a;b;c\n1,5;2;3\n", ";"),
        ("a\tb\tc\n", "\t"),
        ('"x;y",b,c\n', ","),
        ("code\nC1\n", ","),
    ],
)
def test_sniff_delimiter(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_a_field_over_the_csv_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text('code,name\nC1,"' + "x" * 200_000 + '"\n', encoding="utf-8")
    assert refused(path) == [
        (None, None, "the CSV file is malformed on line 2: field larger than field limit (131072)")
    ]


def test_a_named_delimiter_in_a_misaligned_row(tmp_path: Path) -> None:
    path = tmp_path / "pipes.csv"
    path.write_text("sep=|\ncode|name\nC1|x|y\n", encoding="utf-8")
    [(row, _, reason)] = refused(path)
    assert row == 2
    assert "a value that contains “|” must be inside double quotes" in reason


# --- never a traceback -----------------------------------------------------------------------


def _outcome(data: bytes) -> None:
    """Reading ``data`` gives a table or a message; any other exception fails the test."""
    try:
        table_from_bytes(data)
    except ImportFailed as failure:
        assert failure.errors and all(e.reason for e in failure.errors)


@functools.cache
def _workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [["code", "name", "amount"], ["C1", "דוד", 12.5], ["C2", "أحمد", 7]]:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes(data: bytes) -> None:
    _outcome(data)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_after_a_zip_signature(data: bytes) -> None:
    _outcome(b"PK\x03\x04" + data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_damaged_workbook(data: st.DataObject) -> None:
    whole = bytearray(_workbook())
    cut = data.draw(st.integers(4, len(whole)), label="length")
    for _ in range(data.draw(st.integers(0, 4), label="flips")):
        at = data.draw(st.integers(4, len(whole) - 1), label="at")
        whole[at] = data.draw(st.integers(0, 255), label="byte")
    _outcome(bytes(whole[:cut]))


def test_a_worksheet_whose_compressed_data_is_broken_is_refused_with_a_message() -> None:
    # Found by test_a_damaged_workbook: zlib's own error escaped while the rows were
    # counted before reading.
    whole = bytearray(_workbook())
    with zipfile.ZipFile(io.BytesIO(bytes(whole))) as z:
        member = z.getinfo("xl/worksheets/sheet1.xml")
    start = member.header_offset + 30 + len(member.filename) + len(member.extra)
    for at in range(start, start + member.compress_size):
        whole[at] = 0  # a deflate stream of zeros: "invalid stored block lengths"
    with pytest.raises(ImportFailed) as info:
        table_from_bytes(bytes(whole))
    assert info.value.errors[0].reason


# Issue #21, defect 6: text in a code page that is neither Windows Hebrew nor Windows
# Arabic decodes as either, as garbage; it is refused, naming the row and the column.
@pytest.mark.parametrize(
    ("data", "shown"),
    [
        (b"code,name\nC1,Caf\xe9 \x80uro\n", "Cafי €uro"),  # Latin-1 / cp1252
        ("code,name\nC1,Café crème\n".encode("mac_roman"), "Cafژ crڈme"),
        ("code,name\nC1,日本語の名前\n".encode("shift_jis"), None),
        ("code,name\nC1,Café\n".encode("latin-1"), "Cafי"),
    ],
)
def test_a_foreign_code_page_is_refused_not_imported_as_garbage(
    data: bytes, shown: str | None
) -> None:
    with pytest.raises(ImportFailed) as info:
        table_from_bytes(data)
    (error,) = info.value.errors
    assert (error.row, error.column) == (2, "name")
    assert "reads as garbage" in error.message
    if shown:
        assert f"“{shown}”" in error.message


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("דוד כהן – הפינה ₪", "cp1255"),
        ("שָׁלוֹם ABC בע״מ", "cp1255"),
        ("أحمد الخطيب… €5", "cp1256"),
    ],
)
def test_real_hebrew_and_arabic_windows_text_still_reads(name: str, encoding: str) -> None:
    table = table_from_bytes(f"code,name\nC1,{name}\n".encode(encoding))
    assert table.encoding == encoding
    assert table.rows == [(2, ["C1", name])]


def _million_rows() -> bytes:
    """A workbook like the probe's (issue #21, defect 7): a million one-cell rows, a few
    MB packed, written as raw XML (openpyxl would take minutes)."""
    ns = "http://schemas.openxmlformats.org/"
    rels = ns + "package/2006/relationships"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", f'<Types xmlns="{ns}package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="{rels}"><Relationship Id="r1" '
                   f'Type="{ns}officeDocument/2006/relationships/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + "".join(
            f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, 1_000_001)
        ) + "</sheetData></worksheet>")
    return out.getvalue()


def test_a_workbook_of_a_million_rows_is_refused_before_it_is_read() -> None:
    with pytest.raises(ImportFailed) as info:
        table_from_bytes(_million_rows())
    assert "has 1000000 rows; at most 250000" in info.value.message


def test_the_row_limit_counts_rows_not_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    book = openpyxl.Workbook()
    for n in range(12):
        book.active.append([f"C{n}", f"name {n}"])
    data = io.BytesIO()
    book.save(data)
    monkeypatch.setattr(reader, "MAX_XLSX_ROWS", 12)
    assert len(table_from_bytes(data.getvalue()).rows) == 11  # the header and 11 rows
    monkeypatch.setattr(reader, "MAX_XLSX_ROWS", 11)
    with pytest.raises(ImportFailed, match="has 12 rows; at most 11"):
        table_from_bytes(data.getvalue())
