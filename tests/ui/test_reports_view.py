"""The Reports screen (issue #20, 7): the KPIs of a period, the 12-month trend as a chart,
and its CSV export — the core's figures, shown."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop, clock
from arapp.core.services.kpi import TREND_COLUMNS
from arapp.core.services.records import CustomerRecord
from arapp.ui.collection.reports_view import TREND_MONTHS, ReportsView

TODAY = date(2026, 3, 31)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def paid(shop: Shop, debtor: CustomerRecord) -> CustomerRecord:
    shop.payments.record_payment(debtor.id, date(2026, 3, 15), Decimal("150.00"), method="cash")
    return debtor


def make_view(qtbot: QtBot, shop: Shop) -> ReportsView:
    view = ReportsView(shop)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.kpis is not None)
    return view


def test_the_figures_are_the_services(qtbot: QtBot, shop: Shop, paid: CustomerRecord) -> None:
    view = make_view(qtbot, shop)
    expected = shop.kpi.compute(TODAY, date(2026, 3, 2))  # the default period: 30 days
    assert view.kpis == expected
    assert view.first_row.value_text("receivable").endswith("₪450.00")
    assert view.second_row.value_text("collected").endswith("₪150.00")
    assert view.trend == shop.kpi.trend(TODAY, TREND_MONTHS)
    assert len(view.chart.labels()) == TREND_MONTHS
    first, second = view.chart.series()
    assert (first.name, second.name) == ("Invoiced", "Collected")
    assert second.values[-1] == Decimal("150.00")  # March's payment
    view.measure.setCurrentIndex(view.measure.findData("balances"))
    assert view.chart.series()[0].values[-1] == Decimal("450.00")


def test_another_period(qtbot: QtBot, shop: Shop, paid: CustomerRecord) -> None:
    view = make_view(qtbot, shop)
    view.from_.set_value(date(2026, 1, 1))
    view.refresh()
    qtbot.waitUntil(lambda: view.kpis is not None and view.kpis.from_ == date(2026, 1, 1))
    assert view.kpis == shop.kpi.compute(TODAY, date(2026, 1, 1))


def test_a_period_that_ends_before_it_starts_is_refused(
    qtbot: QtBot, shop: Shop, paid: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    import arapp.ui.widgets.messages as messages

    monkeypatch.setattr(messages, "show_user_error", lambda _p, exc: shown.append(exc.message))
    view = make_view(qtbot, shop)
    before = view.kpis
    view.from_.set_value(date(2026, 4, 5))
    view.refresh()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["The period starts on 05/04/2026, after the day it ends (31/03/2026)"]
    assert view.kpis == before  # the last good figures stay


def test_the_trend_is_exported_as_csv(
    qtbot: QtBot, shop: Shop, paid: CustomerRecord, tmp_path: Path
) -> None:
    view = make_view(qtbot, shop)
    target = view.export_csv(str(tmp_path / "trend.csv"))
    assert target is not None
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert tuple(rows[0]) == TREND_COLUMNS
    assert len(rows) == TREND_MONTHS + 1
    assert rows[-1][0] == "2026-03"
    assert "trend.csv" in view.notice.text()
