"""The cash-flow forecast window (issue #19): the chart and the table show the cheque
service's forecast per month or per week, and the CSV export has its rows."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from arapp.core.cheques import ChequeInput
from arapp.core.services import Shop
from arapp.ui.cheques.forecast_dialog import ForecastDialog, period_label
from tests.ui.conftest import add_customer

START = date(2031, 1, 1)


@pytest.fixture
def cheques(shop: Shop) -> Shop:
    """Three cheques in hand: two in January 2031 (one in its first week), one in March;
    and one already cleared, which the forecast leaves out."""
    firm = add_customer(shop, "B01", "Firm", kind="business")
    shop.invoices.create_invoice(firm.id, "F-1", date(2030, 11, 1), Decimal("5000.00"))
    added = {}
    for number, amount, day in (("1", "1000.00", date(2031, 1, 3)),
                                ("2", "250.50", date(2031, 1, 20)),
                                ("3", "400.00", date(2031, 3, 15)),
                                ("4", "999.00", date(2030, 12, 1))):
        added[number] = shop.cheques.add(firm.id, ChequeInput(
            bank="12", branch="345", account="6789", number=number, amount=Decimal(amount),
            date=day)).record.id
    shop.cheques.deposit([added["4"]], date(2030, 12, 2))
    shop.cheques.clear([added["4"]], date(2030, 12, 5))
    return shop


def make(qtbot: QtBot, shop: Shop) -> ForecastDialog:
    dialog = ForecastDialog(shop, start=START)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_monthly_bars_are_the_services_months(qtbot: QtBot, cheques: Shop) -> None:
    dialog = make(qtbot, cheques)
    assert dialog.months.value() == 6
    assert dialog.chart.labels() == ("01/2031", "02/2031", "03/2031", "04/2031", "05/2031",
                                     "06/2031")
    first, second = dialog.chart.series()
    # By hand: January 1,000.00 + 250.50, March 400.00; no installments.
    assert first.values == (Decimal("1250.50"), 0, Decimal("400.00"), 0, 0, 0)
    assert second.values == (0,) * 6
    assert dialog.table.rowCount() == 6
    assert dialog.table.item(0, 3).text() == "₪1,250.50"
    assert "₪1,650.50" in dialog.totals.text()
    # The bars stand in proportion: January's is 1250.50 / 400 times March's.
    jan, mar = dialog.chart.bar_rects(0)[0], dialog.chart.bar_rects(2)[0]
    assert jan.height() / mar.height() == pytest.approx(1250.5 / 400, rel=1e-3)
    assert not dialog.chart.grab().toImage().isNull()


def test_weekly_and_a_shorter_period(qtbot: QtBot, cheques: Shop) -> None:
    dialog = make(qtbot, cheques)
    dialog.weekly.setChecked(True)
    weeks = dialog.shown_rows()
    assert dialog.chart.labels()[:3] == ("01/01", "08/01", "15/01")
    assert dialog.chart.series()[0].values[:3] == (Decimal("1000.00"), 0, Decimal("250.50"))
    assert len(weeks) == dialog.table.rowCount() == 26  # 181 days: 25 weeks and a part
    dialog.months.setValue(1)
    assert sum(dialog.chart.series()[0].values) == Decimal("1250.50")


def test_export_csv_has_every_week_and_month(
    qtbot: QtBot, cheques: Shop, tmp_path: Path
) -> None:
    dialog = make(qtbot, cheques)
    dialog.months.setValue(3)
    out = tmp_path / "forecast.csv"
    assert dialog.export_csv(out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Period", "From", "To", "Cheques", "Installments", "Total"]
    months = [r for r in rows[1:] if r[0] == "month"]
    assert months == [
        ["month", "2031-01-01", "2031-01-31", "1250.50", "0.00", "1250.50"],
        ["month", "2031-02-01", "2031-02-28", "0.00", "0.00", "0.00"],
        ["month", "2031-03-01", "2031-03-31", "400.00", "0.00", "400.00"],
    ]
    assert len([r for r in rows[1:] if r[0] == "week"]) == len(dialog.forecast.weeks)


def test_period_label_of_a_month_not_starting_on_the_first(qtbot: QtBot, shop: Shop) -> None:
    dialog = ForecastDialog(shop, start=date(2031, 1, 15))
    qtbot.addWidget(dialog)
    assert dialog.chart.labels()[0] == "15/01"
    row = dialog.shown_rows()[0]
    assert period_label(row, monthly=True) == "15/01"
