"""The aging screen shows AgingService's numbers, exports them, and opens a customer."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arapp.core.aging import COLUMNS
from arapp.core.formatting import format_number
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.ui.aging.aging_model import COL_CODE, MONEY_FIELDS, CustomerIdRole, ValueRole
from arapp.ui.aging.aging_view import AgingView
from arapp.ui.i18n.language import manager

AS_OF = date(2026, 3, 31)


def fill_shop(shop: Shop) -> dict[str, int]:
    """Four customers: late in several buckets, not yet due, in credit, and a name that
    looks like a spreadsheet formula; one customer with nothing open (left out)."""
    ids: dict[str, int] = {}
    for code, name in (
        ("A1", "דוד כהן"),
        ("B2", "يوسف الخطيب"),
        ("C3", "=HYPERLINK(1)"),
        ("D4", "Paid Up"),
        ("E5", "Credit Only"),
    ):
        ids[code] = shop.customers.create(CustomerInput(code=code, name=name)).id
    inv = shop.invoices.create_invoice
    inv(ids["A1"], "1001", date(2025, 11, 1), Decimal("1000.00"), date(2025, 12, 1))  # 91+
    inv(ids["A1"], "1002", date(2026, 1, 1), Decimal("250.25"), date(2026, 2, 15))  # 31–60
    inv(ids["A1"], "1003", date(2026, 3, 1), Decimal("99.99"), date(2026, 3, 21))  # 1–30
    inv(ids["B2"], "2001", date(2026, 3, 20), Decimal("1234.56"), date(2026, 4, 19))  # current
    inv(ids["B2"], "2002", date(2026, 1, 10), Decimal("500.00"), date(2026, 1, 20))  # 61–90
    inv(ids["C3"], "3001", date(2026, 3, 1), Decimal("10.00"), date(2026, 3, 10))
    inv(ids["D4"], "4001", date(2026, 1, 1), Decimal("40.00"), date(2026, 1, 31))
    shop.payments.record_payment(ids["D4"], date(2026, 2, 1), Decimal("40.00"))
    shop.payments.record_payment(ids["E5"], date(2026, 3, 1), Decimal("75.50"))
    # Paid after AS_OF: must not count as of AS_OF.
    shop.payments.record_payment(ids["A1"], AS_OF + timedelta(days=1), Decimal("1000.00"))
    return ids


@pytest.fixture
def ui_language() -> Iterator[object]:
    """Switch the UI language for one test and switch back afterwards."""
    before = manager().language()

    def switch(lang: str) -> None:
        manager().set_language(lang, persist=False)

    yield switch
    manager().set_language(before, persist=False)


def open_view(qtbot: QtBot, shop: Shop) -> AgingView:
    view = AgingView(shop)
    qtbot.addWidget(view)
    view.as_of.set_value(AS_OF)
    view.refresh()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=20000)
    return view


def assert_matches_service(view: AgingView, shop: Shop) -> None:
    expected = shop.aging.report(AS_OF)
    model = view.model
    assert model.rowCount() == len(expected.customers)
    by_id = {c.customer_id: c for c in expected.customers}
    for row in range(model.rowCount()):
        customer_id = model.data(model.index(row, 0), CustomerIdRole)
        wanted = by_id[customer_id]
        assert model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole) == wanted.code
        assert model.data(model.index(row, 1), Qt.ItemDataRole.DisplayRole) == wanted.name
        for column, field in MONEY_FIELDS.items():
            value = getattr(wanted.row, field)
            assert model.data(model.index(row, column), ValueRole) == value
    totals = view.totals_model
    assert totals.rowCount() == 1
    for column, field in MONEY_FIELDS.items():
        assert totals.data(totals.index(0, column), ValueRole) == getattr(expected.totals, field)
    assert view.chart.buckets()[0][1] == expected.totals.current
    assert [v for _label, v in view.chart.buckets()] == [
        getattr(expected.totals, b) for b in COLUMNS[:5]
    ]


def test_report_numbers_match_the_aging_service(qtbot: QtBot, shop: Shop) -> None:
    ids = fill_shop(shop)
    view = open_view(qtbot, shop)
    assert_matches_service(view, shop)
    codes = [view.model.data(view.model.index(r, COL_CODE)) for r in range(view.model.rowCount())]
    assert codes == ["A1", "B2", "C3", "E5"]  # D4 owes nothing and is left out
    a1 = view.model.customer_rows()[0].row
    assert a1.d91_plus == Decimal("1000.00")  # the payment after AS_OF does not count
    assert view.model.customer_rows()[3].row.credit == Decimal("-75.50")
    assert ids["E5"] == view.model.customer_rows()[3].customer_id


def test_report_runs_off_the_ui_thread_for_a_database_file(qtbot: QtBot, tmp_path: Path) -> None:
    shop = Shop.open(tmp_path / "shop.sqlite3")
    try:
        fill_shop(shop)
        view = AgingView(shop)
        qtbot.addWidget(view)
        assert view.busy.isVisibleTo(view)  # the first report is on its way
        with qtbot.waitSignal(view.reportReady, timeout=20000):
            view.as_of.set_value(AS_OF)
        qtbot.waitUntil(lambda: not view.is_busy() and view.report() is not None)
        assert view.report() is not None and view.report().as_of == AS_OF
        assert not view.busy.isVisibleTo(view)
        assert_matches_service(view, shop)
        view.wait_idle()
    finally:
        shop.close()


def test_money_is_formatted_for_the_ui_language(
    qtbot: QtBot, shop: Shop, ui_language: object
) -> None:
    fill_shop(shop)
    ui_language("en")  # type: ignore[operator]
    view = open_view(qtbot, shop)
    total_col = max(MONEY_FIELDS)
    shown = view.model.data(view.model.index(0, total_col), Qt.ItemDataRole.DisplayRole)
    assert shown == format_number(view.model.customer_rows()[0].row.total, "en")
    assert shown == "1,350.24"
    alignment = view.model.data(view.model.index(0, total_col), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignTrailing


def test_sorting_by_total_keeps_the_totals_pinned(qtbot: QtBot, shop: Shop) -> None:
    fill_shop(shop)
    view = open_view(qtbot, shop)
    total_col = max(MONEY_FIELDS)
    view.table.sortByColumn(total_col, Qt.SortOrder.DescendingOrder)
    totals = [view.model.data(view.model.index(r, total_col), ValueRole) for r in range(4)]
    assert totals == sorted(totals, reverse=True)
    assert view.totals_model.data(view.totals_model.index(0, total_col), ValueRole) == sum(totals)


def test_customer_activated_on_double_click_and_enter(qtbot: QtBot, shop: Shop) -> None:
    ids = fill_shop(shop)
    view = open_view(qtbot, shop)
    view.show()
    qtbot.waitExposed(view)
    rect = view.table.visualRect(view.model.index(1, 1))
    with qtbot.waitSignal(view.customerActivated) as double_click:
        # A real double click is press, release, double-click: the view needs the press.
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert double_click.args == [ids["B2"]]
    view.table.setCurrentIndex(view.model.index(0, 0))
    view.table.setFocus()
    with qtbot.waitSignal(view.customerActivated) as enter:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert enter.args == [ids["A1"]]


def test_csv_export_is_utf8_with_bom_and_plain_numbers(
    qtbot: QtBot, shop: Shop, tmp_path: Path
) -> None:
    fill_shop(shop)
    view = open_view(qtbot, shop)
    with qtbot.waitSignal(view.exported, timeout=20000) as written:
        path = view.export_csv(tmp_path / "aging.csv")
    assert path is not None and written.args == [str(path)]
    # The owner is told the export is done, and where (issue #17, defect 10).
    assert view.notice.text() == f"Exported to \u2066{path}\u2069"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == view.model.header_labels()
    assert len(rows) == 1 + 4 + 1
    assert rows[1][:2] == ["A1", "דוד כהן"]
    assert rows[1][2:] == ["0.00", "99.99", "250.25", "0.00", "1000.00", "0.00", "1350.24"]
    assert rows[2][1] == "يوسف الخطيب"
    assert rows[3][1] == "'=HYPERLINK(1)"  # not a formula when Excel opens it
    assert rows[4][7] == "-75.50"
    expected = shop.aging.report(AS_OF).totals
    assert rows[-1][1] == view.model.totals_label()
    assert [Decimal(v) for v in rows[-1][2:]] == [getattr(expected, c) for c in COLUMNS]


def test_xlsx_export_has_numeric_cells_bold_header_and_rtl_sheet(
    qtbot: QtBot, shop: Shop, tmp_path: Path, ui_language: object
) -> None:
    fill_shop(shop)
    ui_language("he")  # type: ignore[operator]
    view = open_view(qtbot, shop)
    with qtbot.waitSignal(view.exported, timeout=20000):
        path = view.export_xlsx(tmp_path / "aging.xlsx")
    assert path is not None
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet.sheet_view.rightToLeft
    header = [c.value for c in sheet[1]]
    assert header == view.model.header_labels()
    assert all(c.font.bold for c in sheet[1])
    a1 = [c for c in sheet[2]]
    assert [c.value for c in a1[:2]] == ["A1", "דוד כהן"]
    for cell in a1[2:]:
        assert cell.data_type == "n" and cell.number_format == "#,##0.00"
    assert Decimal(str(a1[8].value)) == Decimal("1350.24")
    assert sheet.cell(row=4, column=2).value == "=HYPERLINK(1)"
    assert sheet.cell(row=4, column=2).data_type == "s"
    last = sheet.max_row
    assert last == 1 + 4 + 1 and sheet.cell(row=last, column=2).font.bold
    expected = shop.aging.report(AS_OF).totals
    got = [Decimal(str(sheet.cell(row=last, column=3 + n).value)) for n in range(len(COLUMNS))]
    assert got == [getattr(expected, c) for c in COLUMNS]


def test_xlsx_sheet_is_left_to_right_in_english(
    qtbot: QtBot, shop: Shop, tmp_path: Path, ui_language: object
) -> None:
    fill_shop(shop)
    ui_language("en")  # type: ignore[operator]
    view = open_view(qtbot, shop)
    with qtbot.waitSignal(view.exported, timeout=20000):
        path = view.export_xlsx(tmp_path / "aging.xlsx")
    assert path is not None
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None and not sheet.sheet_view.rightToLeft


def test_export_dialog_cancel_writes_nothing(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    fill_shop(shop)
    view = open_view(qtbot, shop)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert view.export_csv() is None and view.export_xlsx() is None
    target = tmp_path / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(view.exported, timeout=20000):
        written = view.export_xlsx()
    assert written == tmp_path / "report.xlsx" and written.exists()


def test_export_that_cannot_be_written_says_so(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    fill_shop(shop)
    view = open_view(qtbot, shop)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    view.export_csv(tmp_path / "no-such-folder" / "aging.csv")
    qtbot.waitUntil(lambda: bool(warnings) and not view.is_busy(), timeout=20000)
    assert "could not be written" in warnings[0]
    assert view.csv_button.isEnabled()


def test_chart_mirrors_in_right_to_left(qtbot: QtBot, shop: Shop) -> None:
    fill_shop(shop)
    view = open_view(qtbot, shop)
    chart = view.chart
    chart.resize(500, 200)
    chart.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    ltr = chart.bar_rects()
    assert ltr[0].center().x() < ltr[4].center().x()  # current at the left
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = chart.bar_rects()
    assert rtl[0].center().x() > rtl[4].center().x()  # current at the right
    # The tallest bar is the biggest bucket.
    values = [v for _label, v in chart.buckets()]
    tallest = max(range(5), key=lambda n: rtl[n].height())
    assert values[tallest] == max(values)
    chart.grab()  # paints without error


def test_closing_the_screen_while_the_report_runs_is_harmless(qtbot: QtBot, tmp_path: Path) -> None:
    shop = Shop.open(tmp_path / "shop.sqlite3")
    try:
        fill_shop(shop)
        view = AgingView(shop)  # the first report starts on a pool thread
        view.deleteLater()
        qtbot.wait(50)
        assert view.wait_idle()
        qtbot.wait(50)  # the job's late answer arrives for a deleted screen: ignored
    finally:
        shop.close()


def test_the_summary_says_what_cheques_in_hand_cover(qtbot: QtBot, shop: Shop) -> None:
    from arapp.core.cheques import ChequeInput

    fill_shop(shop)
    view = open_view(qtbot, shop)
    assert "cheques" not in view.summary.text()  # none in hand: nothing to say
    a1 = shop.customers.by_code("A1")
    # A post-dated cheque for 300 dated after the report's day: it covers, it has not paid.
    shop.cheques.add(a1.id, ChequeInput(bank="12", branch="345", account="123456",
                                        number="77", amount=Decimal("300.00"),
                                        date=AS_OF + timedelta(days=20)))
    view = open_view(qtbot, shop)
    report = shop.aging.report(AS_OF)
    debt = sum((max(c.row.total, Decimal(0)) for c in report.customers), Decimal(0))
    text = view.summary.text()
    assert "covered by cheques in hand ₪300.00" in text
    assert f"uncovered ₪{debt - Decimal(300):,.2f}" in text
