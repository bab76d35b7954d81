from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arapp.core.errors import ImportRowError
from arapp.core.importing import fields as f
from arapp.core.money import MAX_AMOUNT
from tests.strategies import money


def refused(parse: Callable[..., object], value: object, **options: object) -> ImportRowError:
    """The error ``parse`` raises for ``value`` in row 7 of column "X"."""
    with pytest.raises(ImportRowError) as info:
        parse(value, 7, "X", **options)
    error = info.value
    assert (error.row, error.column) == (7, "X")
    return error


# --- amounts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1,234.50", "1234.50"),
        ("1234.5", "1234.50"),
        ("₪1,234", "1234.00"),
        ("1234 ₪", "1234.00"),
        ("₪ 1,234,567.89", "1234567.89"),
        (" 12 ", "12.00"),
        ("\u200f12.30\u200e", "12.30"),  # bidi marks Excel leaves around an RTL number
        ('100 ש"ח', "100.00"),
        ("100 NIS", "100.00"),
        (".5", "0.50"),
        ("12.500", "12.50"),
        ("12.", "12.00"),  # as an amount box reads it mid-typing (one parser for both)
        ("100 شيكل", "100.00"),  # exact: a trailing zero is not a third decimal
        ("٣٤٥٫٥٠", "345.50"),  # Arabic-Indic digits
        (5, "5.00"),
        (Decimal("3.1"), "3.10"),
        (117.00000000000001, "117.00"),  # XLSX binary noise, not a third decimal
        (0.1 + 0.2, "0.30"),
        (1234.5, "1234.50"),
        (9999999999.99, "9999999999.99"),
    ],
)
def test_amounts_accepted(value: object, expected: str) -> None:
    result = f.parse_amount(value, 2, "amount")
    assert result == Decimal(expected)
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("12.345", "“12.345” has more than two decimals"),
        (12.345, "“12.345” has more than two decimals"),
        (Decimal("0.001"), "“0.001” has more than two decimals"),
        ("-5", "“-5” must be more than zero"),
        ("0", "“0” must be more than zero"),
        (0.0, "“0” must be more than zero"),
        ("10000000000", "“10000000000” is too large"),
        ("10,000,000,000.00", "is too large"),
        (1e10, "is too large"),
        ("1e309", "“1e309” is not an amount"),
        (float("inf"), "“inf” is not a number"),
        (float("nan"), "“nan” is not a number"),
        (Decimal("NaN"), "“NaN” is not a number"),
        ("inf", "“inf” is not an amount"),
        ("nan", "“nan” is not an amount"),
        ("", "the amount is empty"),
        (None, "the amount is empty"),
        ("abc", "“abc” is not an amount; write digits"),
        ("$100", "“$100” is not an amount"),
        ("1 234", "“1 234” is not an amount"),
        ("--5", "“--5” is not an amount"),
        ("-5-", "two minus signs"),
        ("1.234,50", "“1.234,50” uses a comma as the decimal point; write it as 1234.50"),
        ("12,50", "“12,50” uses a comma as the decimal point; write it as 12.50"),
        ("1.2.3", "“1.2.3” is not an amount (more than one decimal point)"),
        (True, "“True” is not an amount"),
    ],
)
def test_amounts_refused(value: object, reason: str) -> None:
    assert reason in refused(f.parse_amount, value).reason


def test_negative_and_zero_amounts_when_allowed() -> None:
    assert f.parse_amount("-12.5", 2, "credit_limit", positive=False) == Decimal("-12.50")
    assert f.parse_amount("12.5-", 2, "credit_limit", positive=False) == Decimal("-12.50")
    assert f.parse_amount("0", 2, "credit_limit", positive=False) == Decimal("0.00")
    assert "too large" in refused(f.parse_amount, "-10000000000", positive=False).reason


def test_the_error_message_names_row_and_column() -> None:
    assert refused(f.parse_amount, "abc").message.startswith("row 7, column 'X': “abc” is not")


def test_a_long_cell_is_cut_short_in_the_message() -> None:
    reason = refused(f.parse_amount, "9" * 5000).reason
    assert reason == "“" + "9" * 40 + "…” is too large; amounts must be under 10,000,000,000"
    assert refused(f.parse_int, "9" * 5000, minimum=0, maximum=9).reason.endswith(
        "…” is not a whole number"
    )
    assert "…” is not a date" in refused(f.parse_date, "1/1/" + "9" * 5000).reason


def _owner_forms(amount: Decimal) -> list[object]:
    """How Excel and owners write ``amount`` in a cell."""
    return [
        f"{amount:,.2f}",
        f"{amount:.2f}",
        f"{amount.normalize():f}",  # "1234.5", "1234"
        f"₪{amount:,.2f}",
        f"{amount:,} ₪",
        float(amount),  # an XLSX number cell
        amount,
    ]


@given(money("0.01", str(MAX_AMOUNT - Decimal("0.01"))))
def test_owner_formatted_amounts_read_back_exactly(amount: Decimal) -> None:
    for form in _owner_forms(amount):
        assert f.parse_amount(form, 2, "amount") == amount, form


@given(money("0.01", str(MAX_AMOUNT - Decimal("0.01"))))
def test_negative_amounts_read_back_exactly(amount: Decimal) -> None:
    assert f.parse_amount(f"-{amount:,.2f}", 2, "x", positive=False) == -amount


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "2026-03-15",
        "15/03/2026",
        "15.03.2026",
        "15/3/2026",
        "15-03-2026",
        "2026/03/15",
        " 15/03/2026 ",
        "15/03/2026 00:00",  # Excel's CSV export of a date cell with a time format
        "2026-03-15T10:30:00",
        "١٥/٠٣/٢٠٢٦",
        datetime(2026, 3, 15, 10, 30),
        date(2026, 3, 15),
    ],
)
def test_dates_accepted(value: object) -> None:
    assert f.parse_date(value, 2, "date") == date(2026, 3, 15)


def test_leap_day() -> None:
    assert f.parse_date("29/02/2028", 2, "date") == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("31/02/2026", "“31/02/2026” does not exist: February 2026 has 28 days"),
        ("29/02/2026", "does not exist: February 2026 has 28 days"),
        ("31/04/2026", "does not exist: April 2026 has 30 days"),
        ("0/04/2026", "does not exist: April 2026 has 30 days"),
        ("2026-13-01", "“2026-13-01” does not exist: there is no month 13"),
        ("03/15/2026", "there is no month 15 (dates are day first: DD/MM/YYYY)"),
        ("15/03/26", "“15/03/26” needs a four-digit year"),
        ("01/01/1989", "the year 1989 is out of range; dates must be from 1990 to 2100"),
        ("01/01/2101", "the year 2101 is out of range"),
        (datetime(1900, 1, 1), "the year 1900 is out of range"),
        ("next week", "“next week” is not a date; use DD/MM/YYYY"),
        ("15/03.2026", "is not a date"),
        ("", "the date is empty"),
        (None, "the date is empty"),
        (46096, "“46096” is a number, not a date"),
    ],
)
def test_dates_refused(value: object, reason: str) -> None:
    assert reason in refused(f.parse_date, value).reason


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_every_written_form_of_a_date_reads_back(day: date) -> None:
    forms = [
        day.isoformat(),
        day.strftime("%d/%m/%Y"),
        day.strftime("%d.%m.%Y"),
        day.strftime("%d-%m-%Y"),
        f"{day.day}/{day.month}/{day.year}",
        datetime(day.year, day.month, day.day),
    ]
    for form in forms:
        assert f.parse_date(form, 2, "date") == day, form


# --- text and codes --------------------------------------------------------------------------


def test_text_is_trimmed_and_loses_bidi_controls_and_nul() -> None:
    raw = " \u202eדוד\u202c \u2066כהן\u2069\u200e\u200f\u061c\x00 "
    assert f.parse_text(raw, 2, "name", required=True, max_len=50) == "דוד כהן"


def test_required_text() -> None:
    assert (
        "required but the cell is empty"
        in refused(f.parse_text, " \u200f ", required=True, max_len=10).reason
    )
    assert f.parse_text(None, 2, "x", required=False, max_len=10) == ""


def test_text_length_is_limited() -> None:
    assert f.parse_text("x" * 10, 2, "x", required=True, max_len=10) == "x" * 10
    reason = refused(f.parse_text, "x" * 11, required=True, max_len=10).reason
    assert reason == "the text is too long (11 characters; at most 10)"


def test_xlsx_numbers_read_as_the_text_excel_shows() -> None:
    assert f.parse_text(1001, 2, "code", required=True, max_len=10) == "1001"
    assert f.parse_text(1001.0, 2, "code", required=True, max_len=10) == "1001"
    assert f.parse_text(datetime(2026, 3, 15), 2, "x", required=True, max_len=20) == "2026-03-15"


def test_codes() -> None:
    assert f.parse_code(" C-001 ", 2, "code") == "C-001"
    assert f.parse_code(1001.0, 2, "code") == "1001"
    assert "required" in refused(f.parse_code, "").reason
    assert "must be on one line" in refused(f.parse_code, "A\nB").reason


def test_blank_cells() -> None:
    assert f.is_blank(None) and f.is_blank("") and f.is_blank(" \u200f\t")
    assert not f.is_blank(0) and not f.is_blank("0")


def test_fold() -> None:
    assert f.fold("Customer_Code") == f.fold(" customer code ") == "customercode"
    assert f.fold("ת.ז.") == f.fold('ת"ז') == f.fold("ת״ז") == "תז"
    assert f.fold("إنجليزي") == f.fold("انجليزي")
    assert f.fold("شركة") == f.fold("شركه")


# --- words -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", "he"),
        (None, "he"),
        ("he", "he"),
        ("AR", "ar"),
        ("en", "en"),
        ("עברית", "he"),
        ("ערבית", "ar"),
        ("אנגלית", "en"),
        ("عربي", "ar"),
        ("العربية", "ar"),
        ("عبري", "he"),
        ("العبرية", "he"),
        ("إنجليزي", "en"),
        ("انجليزي", "en"),
        ("English", "en"),
        ("Hebrew", "he"),
        ("arabic", "ar"),
    ],
)
def test_languages(value: object, expected: str) -> None:
    assert f.parse_language(value, 2, "language") == expected


def test_unknown_language_lists_the_accepted_ones() -> None:
    reason = refused(f.parse_language, "French").reason
    assert reason.startswith("“French” is not recognised; use he, ar or en")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", "consumer"),
        ("consumer", "consumer"),
        ("Business", "business"),
        ("פרטי", "consumer"),
        ("צרכן", "consumer"),
        ("עסק", "business"),
        ("חברה", "business"),
        ("مستهلك", "consumer"),
        ("فرد", "consumer"),
        ("شركة", "business"),
        ("مصلحة", "business"),
    ],
)
def test_customer_kinds(value: str, expected: str) -> None:
    assert f.parse_customer_kind(value, 2, "kind") == expected


def test_unknown_customer_kind() -> None:
    assert "consumer or business" in refused(f.parse_customer_kind, "VIP").reason


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", "cash"),
        ("cash", "cash"),
        ("מזומן", "cash"),
        ("نقدا", "cash"),
        ("نقدي", "cash"),
        ("check", "check"),
        ("Cheque", "check"),
        ("צ'ק", "check"),
        ("צ׳ק", "check"),
        ("שיק", "check"),
        ("המחאה", "check"),
        ("شيك", "check"),
        ("credit_card", "credit_card"),
        ("Credit Card", "credit_card"),
        ("אשראי", "credit_card"),
        ("כרטיס אשראי", "credit_card"),
        ("بطاقة ائتمان", "credit_card"),
        ("bank transfer", "bank_transfer"),
        ("העברה בנקאית", "bank_transfer"),
        ("تحويل بنكي", "bank_transfer"),
        ("Bit", "app"),
        ("ביט", "app"),
        ("פייבוקס", "app"),
        ("PayBox", "app"),
        ("other", "other"),
        ("אחר", "other"),
    ],
)
def test_payment_methods(value: str, expected: str) -> None:
    assert f.parse_method(value, 2, "method") == expected


def test_unknown_payment_method_lists_the_accepted_ones() -> None:
    reason = refused(f.parse_method, "bitcoin").reason
    assert "one of cash, check, credit_card, bank_transfer, app, other" in reason
    assert "מזומן" in reason and "نقدا" in reason


# --- numbers, phones, e-mail, ID -------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [("30", 30), (30, 30), (30.0, 30), ("+0", 0)])
def test_whole_numbers(value: object, expected: int) -> None:
    assert f.parse_int(value, 2, "payment_terms", minimum=0, maximum=365) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("30.5", "“30.5” is not a whole number"),
        ("thirty", "“thirty” is not a whole number"),
        ("400", "“400” must be from 0 to 365"),
        ("-1", "“-1” must be from 0 to 365"),
        ("", "the number is empty"),
    ],
)
def test_whole_numbers_refused(value: object, reason: str) -> None:
    assert refused(f.parse_int, value, minimum=0, maximum=365).reason == reason


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("052-1234567", "052-1234567"),
        (" 04-6543210 ", "04-6543210"),
        ("+972-52-1234567", "+972-52-1234567"),
        ("(04) 654 3210", "(04) 654 3210"),
        ("052–1234567", "052–1234567"),  # an en dash from Word's autocorrect
        (521234567, "0521234567"),  # Excel dropped the leading zero
        (46543210, "046543210"),
        (521234567.0, "0521234567"),
        (972521234567, "972521234567"),
        ("", ""),
        (None, ""),
    ],
)
def test_phones(value: object, expected: str) -> None:
    assert f.parse_phone(value, 2, "phone") == expected


@pytest.mark.parametrize("value", ["12345", "052-1234567, 04-6543210", "call me", "1234567"])
def test_phones_refused(value: object) -> None:
    assert "is not a phone number: it needs 9 to 13 digits" in refused(f.parse_phone, value).reason


def test_email() -> None:
    assert f.parse_email(" a.b@example.co.il ", 2, "email") == "a.b@example.co.il"
    assert f.parse_email("", 2, "email") == ""
    assert "is not an email address" in refused(f.parse_email, "a@b").reason
    assert "is not an email address" in refused(f.parse_email, "a@b.com, c@d.com").reason


def test_id_numbers_get_back_excels_leading_zeros() -> None:
    assert f.parse_id_number(12345674, 2, "id_number") == "012345674"
    assert f.parse_id_number("012345674", 2, "id_number") == "012345674"
    assert f.parse_id_number("513 456 780", 2, "id_number") == "513456780"
    assert f.parse_id_number(None, 2, "id_number") == ""
