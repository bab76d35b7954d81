"""Bad input everywhere (issue #21 deliver 8): generated bad values at every parser and
service entry point — amounts, dates, names with bidi controls, line breaks, invisible
characters or 10,000 characters, NUL bytes, phone numbers, random bytes as a file,
truncated XLSX, a 100 MB file. Each gets a clear refusal (a ``UserError``, whose message
names the field, never another exception) and changes nothing: the database's full dump
is the same before and after. The number of inputs tried is printed at the end."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from arapp.core.errors import ImportFailed, ImportRowError, UserError
from arapp.core.importing.fields import parse_amount, parse_date
from arapp.core.importing.reader import MAX_FILE_BYTES, table_from_bytes
from arapp.core.services import Shop
from arapp.core.services.importing import ImportService
from arapp.core.services.records import CustomerInput
from tests.conftest import d, m

TRIED = {"inputs": 0}
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
BREAKS = "\n\r\u2028\u2029\x85\x0b\x0c"
NASTY = BIDI + INVISIBLE + BREAKS + "\x00\t ₪€שלוםسلام"


def dump(shop: Shop) -> list[str]:
    return list(shop.db.connection().iterdump())


@contextmanager
def unchanged(shop: Shop) -> Iterator[None]:
    """The block must refuse with a UserError and leave the database as it was."""
    TRIED["inputs"] += 1
    before = dump(shop)
    with pytest.raises(UserError) as info:
        yield
    assert info.value.message.strip()
    assert "Traceback" not in info.value.message
    assert dump(shop) == before


@pytest.fixture(scope="module")
def module_shop() -> Iterator[Shop]:
    shop = Shop.open(":memory:")
    customer = shop.customers.create(CustomerInput(code="C1", name="דנה לוי"))
    shop.invoices.create_invoice(customer.id, "INV-1", d("2026-01-01"), m("100.00"))
    yield shop
    shop.close()


# --- names --------------------------------------------------------------------------------

def _with_break(draw: st.DrawFn) -> str:
    head = draw(st.text(alphabet="abcשלוםسلام ", min_size=1, max_size=20))
    tail = draw(st.text(alphabet="abcשלוםسلام ", min_size=1, max_size=20))
    assume(head.strip() and tail.strip())
    return head.strip() + draw(st.sampled_from(BREAKS)) + tail.strip()


bad_names = st.one_of(
    st.composite(_with_break)(),
    st.text(alphabet=INVISIBLE + BIDI + " \x00\t", min_size=0, max_size=30),  # shows nothing
    st.text(alphabet="אבגabcسلام", min_size=201, max_size=10_000),  # too long
    st.just("x" * 10_000),
)


@FAST
@given(name=bad_names)
def test_a_customer_name_that_is_no_name_is_refused(module_shop: Shop, name: str) -> None:
    with unchanged(module_shop):
        module_shop.customers.create(CustomerInput(code="NEW", name=name))


@FAST
@given(code=bad_names)
def test_a_customer_code_that_is_no_code_is_refused(module_shop: Shop, code: str) -> None:
    assume(len(code) > 40 or not code.strip(BIDI + INVISIBLE + " \x00\t") or
           any(b in code for b in BREAKS))
    with unchanged(module_shop):
        module_shop.customers.create(CustomerInput(code=code, name="Dana"))


@FAST
@given(phones=st.text(alphabet="0123456789-+() ,;abcא\x00" + BIDI, min_size=1, max_size=60))
def test_a_phone_number_is_a_phone_number_or_refused(module_shop: Shop, phones: str) -> None:
    """Whatever is typed: a clean record or a refusal naming the field, nothing between."""
    TRIED["inputs"] += 1
    before = dump(module_shop)
    try:
        record = module_shop.customers.create(
            CustomerInput(code=f"P{abs(hash(phones)) % 10**9}", name="Phone", phones=phones))
    except UserError as exc:
        assert "Phone" in exc.message or "phone" in exc.message or "Code" in exc.message
        assert dump(module_shop) == before
    else:
        assert not any(c in record.phones for c in BIDI + "\x00")


@FAST
@given(text=st.text(alphabet=NASTY + "abc", min_size=1, max_size=200))
def test_names_never_keep_bidi_controls_nul_or_line_breaks(module_shop: Shop, text: str) -> None:
    TRIED["inputs"] += 1
    code = f"N{abs(hash(text)) % 10**12}"
    try:
        record = module_shop.customers.create(CustomerInput(code=code, name=text))
    except UserError:
        return
    assert not any(c in record.name for c in BIDI + BREAKS + "\x00")
    assert record.name.strip(INVISIBLE + " ")


# --- amounts and dates at the services -------------------------------------------------------

bad_amounts = st.one_of(
    st.sampled_from([Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"),
                     Decimal("-Infinity"), Decimal("0"), Decimal("-0.00"), Decimal("1E+30")]),
    st.decimals(max_value=Decimal("0"), allow_nan=False, allow_infinity=False, places=2),
    st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1000"), places=3).filter(
        lambda x: x != x.quantize(Decimal("0.01"))),
    st.decimals(min_value=Decimal("1E+13"), max_value=Decimal("1E+20"), places=0),
)
bad_dates = st.one_of(
    st.dates(max_value=date(1989, 12, 31)),
    st.dates(min_value=date(2101, 1, 1)),
    st.sampled_from(["2026-01-01", None, 20260101, "tomorrow"]),
)


@FAST
@given(amount=bad_amounts)
def test_an_invoice_amount_that_is_no_amount_is_refused(module_shop: Shop, amount: Decimal) -> None:
    with unchanged(module_shop):
        module_shop.invoices.create_invoice(1, "INV-X", d("2026-01-01"), amount)


@FAST
@given(amount=bad_amounts)
def test_a_payment_amount_that_is_no_amount_is_refused(module_shop: Shop, amount: Decimal) -> None:
    with unchanged(module_shop):
        module_shop.payments.record_payment(1, d("2026-01-05"), amount)


@FAST
@given(day=bad_dates)
def test_a_day_that_is_no_day_is_refused(module_shop: Shop, day: object) -> None:
    with unchanged(module_shop):
        module_shop.payments.record_payment(1, day, m("1.00"))  # type: ignore[arg-type]
    with unchanged(module_shop):
        module_shop.invoices.create_invoice(1, "INV-Y", day, m("1.00"))  # type: ignore[arg-type]


@FAST
@given(number=st.one_of(st.text(alphabet=" \x00" + BIDI + INVISIBLE, max_size=10),
                        st.text(alphabet="abcא1-/", min_size=41, max_size=10_000),
                        st.just("INV-1")))
def test_an_invoice_number_that_is_no_number_or_taken_is_refused(
    module_shop: Shop, number: str
) -> None:
    with unchanged(module_shop):
        module_shop.invoices.create_invoice(1, number, d("2026-01-01"), m("1.00"))


# --- the import parsers ---------------------------------------------------------------------

@settings(max_examples=600, deadline=None)
@given(text=st.text(max_size=40))
def test_the_date_parser_reads_a_date_or_says_why(text: str) -> None:
    TRIED["inputs"] += 1
    try:
        day = parse_date(text, 2, "date")
    except ImportRowError as exc:
        assert exc.row == 2 and exc.column == "date" and exc.reason
    else:
        assert 1990 <= day.year <= 2100


@settings(max_examples=600, deadline=None)
@given(text=st.one_of(st.text(max_size=30),
                      st.text(alphabet="0123456789,.-+ ₪$eE\u00a0٫٬١nNaIiFf", max_size=20)))
def test_the_amount_parser_reads_an_amount_or_says_why(text: str) -> None:
    TRIED["inputs"] += 1
    try:
        amount = parse_amount(text, 2, "amount")
    except ImportRowError as exc:
        assert exc.row == 2 and exc.column == "amount" and exc.reason
    else:
        assert amount.is_finite() and amount > 0 and amount == amount.quantize(Decimal("0.01"))


@settings(max_examples=50, deadline=None)
@given(text=st.sampled_from(["2026-1-1T25:99", "2026-01-01T24:00", "1/1/2026 99:99",
                             "2026-02-30", "31/04/2026", "0001-01-01", "9999-12-31"]))
def test_dates_that_do_not_exist_are_refused(text: str) -> None:
    TRIED["inputs"] += 1
    with pytest.raises(ImportRowError):
        parse_date(text, 2, "date")


# --- files ------------------------------------------------------------------------------------

def _import(shop: Shop, tmp_path: Path, kind: str, data: bytes) -> Callable[[], object]:
    path = tmp_path / "file.csv"
    path.write_bytes(data)
    return lambda: ImportService(shop.db).import_file(kind, path)


@FAST
@given(data=st.binary(min_size=0, max_size=2000),
       kind=st.sampled_from(["customers", "invoices", "payments"]))
def test_random_bytes_as_a_file_change_nothing(
    module_shop: Shop, tmp_path: Path, data: bytes, kind: str
) -> None:
    """Random bytes: refused with a message (hardly ever a valid file; if one happens to
    be, nothing in it is a record that belongs, and it is refused row by row)."""
    TRIED["inputs"] += 1
    before = dump(module_shop)
    try:
        _import(module_shop, tmp_path, kind, data)()
    except ImportFailed as exc:
        assert exc.errors and all(e.message for e in exc.errors)
        assert dump(module_shop) == before


def _xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["code", "name", "phone"])
    for n in range(200):
        sheet.append([f"X{n}", f"לקוח {n}", "052-1234567"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


XLSX = _xlsx()


@FAST
@given(cut=st.integers(min_value=1, max_value=len(XLSX) - 1))
def test_a_truncated_workbook_is_refused_and_changes_nothing(
    module_shop: Shop, tmp_path: Path, cut: int
) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(XLSX[:cut])
    with unchanged(module_shop):
        ImportService(module_shop.db).import_file("customers", path)


def test_a_100_mb_file_is_refused_before_it_is_read(module_shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as out:  # sparse: 100 MB on paper, nothing on the disk
        out.truncate(100 * 1024 * 1024)
    assert path.stat().st_size > MAX_FILE_BYTES
    with unchanged(module_shop):
        ImportService(module_shop.db).import_file("customers", path)


@pytest.mark.parametrize("junk", [bytes(range(128, 256)) * 3, b"\xff\xfe\xfd" * 100])
def test_junk_bytes_are_called_what_they_are(junk: bytes) -> None:
    """Issue #21 defect 11: junk was told it had "only the header row"."""
    TRIED["inputs"] += 1
    with pytest.raises(ImportFailed) as info:
        table_from_bytes(junk)
    assert "header" not in info.value.message


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("דנה\nלוי", "must be on one line"),
        ("Dana\u2028Levi", "must be on one line"),
        ("\u200b\u200b\u200b", "is required"),
        ("\u200b \ufeff\u2060", "is required"),
    ],
)
def test_issue_21_names_on_two_lines_or_invisible_are_refused(
    module_shop: Shop, name: str, says: str
) -> None:
    """Defect 11 as the probe found it: each of these was accepted."""
    with unchanged(module_shop):
        module_shop.customers.create(CustomerInput(code="D11", name=name))
    with pytest.raises(UserError, match=says):
        module_shop.customers.create(CustomerInput(code="D11", name=name))


def test_zz_the_number_of_inputs_tried(capsys: pytest.CaptureFixture[str]) -> None:
    """Last in the file: the figure for the issue's closing note."""
    with capsys.disabled():
        print(f"\nbad-input tests: {TRIED['inputs']} inputs tried")
    assert TRIED["inputs"] > 0
