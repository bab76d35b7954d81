"""Writing the aging report to CSV and XLSX files the owner (or the accountant) opens in
Excel. No Qt: the view hands over the translated column names.

- CSV is UTF-8 *with* a BOM: without it Excel reads Hebrew and Arabic as mojibake.
  Amounts are plain decimals ("1234.50", no grouping) so Excel reads them as numbers.
- XLSX amounts are numeric cells (written as ``Decimal``, never float) formatted
  ``#,##0.00``; the header row is bold and frozen; Hebrew and Arabic sheets run right to
  left.
- A name typed as ``=HYPERLINK(…)`` stays text in both: spreadsheet formula injection
  (CSV through :mod:`arapp.core.csv_safe`, as every CSV arapp writes).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from arapp.core.aging import COLUMNS
from arapp.core.csv_safe import write_csv as write_csv_rows

if TYPE_CHECKING:  # openpyxl takes ~0.4 s to load: only an Excel export needs it
    from openpyxl.cell.cell import Cell

    from arapp.core.services.aging_report import AgingReport

MONEY_FORMAT = "#,##0.00"

Row = list[str | Decimal]


def report_rows(report: AgingReport, totals_label: str) -> list[Row]:
    """Code, name and the seven amounts per customer, then the totals row."""
    rows: list[Row] = []
    for customer in report.customers:
        amounts = [getattr(customer.row, name) for name in COLUMNS]
        rows.append([customer.code, customer.name, *amounts])
    rows.append(["", totals_label, *[getattr(report.totals, name) for name in COLUMNS]])
    return rows


def write_csv(
    path: str | Path, headers: Sequence[str], report: AgingReport, totals_label: str
) -> None:
    """The report as CSV (comma separated, UTF-8 with BOM, CRLF as Excel writes)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        write_csv_rows(fh, headers, report_rows(report, totals_label))


def _text_cell(cell: Cell, value: str) -> None:
    cell.value = value
    cell.data_type = "s"  # openpyxl would store "=…" as a formula


def write_xlsx(
    path: str | Path,
    headers: Sequence[str],
    report: AgingReport,
    totals_label: str,
    *,
    rtl: bool,
    sheet_title: str,
) -> None:
    """The report as an Excel workbook of one sheet (see the module notes)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    # Excel forbids []:*?/\ in sheet names and cuts them at 31 characters.
    sheet.title = "".join(c for c in sheet_title if c not in "[]:*?/\\")[:31] or "Aging"
    sheet.sheet_view.rightToLeft = rtl
    bold = Font(bold=True)
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=column)
        _text_cell(cell, header)
        cell.font = bold
        if column > 2:
            cell.alignment = Alignment(horizontal="right")
    rows = report_rows(report, totals_label)
    for r, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=column)
            if isinstance(value, Decimal):
                cell.value = value
                cell.number_format = MONEY_FORMAT
            else:
                _text_cell(cell, value)
    last = len(rows) + 1
    for column in range(1, len(headers) + 1):
        sheet.cell(row=last, column=column).font = bold
    widths = [14, 32] + [14] * (len(headers) - 2)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{last - 1}"
    workbook.properties.title = sheet_title
    workbook.save(path)
