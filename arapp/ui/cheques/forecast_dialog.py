"""The cash-flow forecast on screen (issue #19): money expected in per week or per month
for the next months, from cheques in hand and installments due, as a stacked bar chart
(cheques, installments) with the figures in a table under it, and exported as CSV — the
same rows as ``arapp forecast --format csv``. What is counted is the cheque service's
(:meth:`ChequeService.forecast`); this window only shows it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arapp.core.csv_safe import write_csv
from arapp.core.errors import UserError
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.cheque_records import Forecast, ForecastRow
from arapp.ui import display
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.widgets.bar_chart import BarChart
from arapp.ui.widgets.date_edit import DateEdit
from arapp.ui.widgets.messages import user_message
from arapp.ui.widgets.money_edit import ErrorLabel
from arapp.ui.widgets.placement import place_window

DEFAULT_MONTHS = 6


def short_day(day: date) -> str:
    """A bar's label: the day and month of ``display.day`` without the year (the window
    says which months it covers), e.g. "07/12"."""
    return display.day(day)[:5]


def period_label(row: ForecastRow, monthly: bool) -> str:
    """A calendar month as "12/2026"; a week, or a month that does not start on the 1st,
    by its first day."""
    if monthly and row.start.day == 1:
        return display.day(row.start)[3:]
    return short_day(row.start)


class ForecastDialog(Retranslating, QDialog):
    def __init__(self, shop: Shop, parent: QWidget | None = None,
                 start: date | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.currency = shop.settings.currency
        self.forecast: Forecast | None = None
        self.from_label = QLabel(self)
        self.start = DateEdit(start or date.today(), self)
        self.months_label = QLabel(self)
        self.months = QSpinBox(self)
        self.months.setRange(1, 24)
        self.months.setValue(DEFAULT_MONTHS)
        self.weekly = QRadioButton(self)
        self.monthly = QRadioButton(self)
        self.monthly.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.weekly)
        group.addButton(self.monthly)
        self.problem = ErrorLabel(self)
        self.chart = BarChart(self)
        self.chart.setMinimumHeight(260)
        self.table = QTableWidget(0, 4, self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel(self)
        self.export_button = QPushButton(self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(lambda: self.export_csv())

        row = QHBoxLayout()
        for widget in (self.from_label, self.start, self.months_label, self.months,
                       self.monthly, self.weekly):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.totals)
        layout.addWidget(buttons)
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.months.valueChanged.connect(lambda _v: self.refresh())
        self.monthly.toggled.connect(lambda _on: self.show_forecast())
        place_window(self, QSize(900, 680), "forecast")
        self.retranslate()
        self.refresh()

    def is_monthly(self) -> bool:
        return self.monthly.isChecked()

    def shown_rows(self) -> tuple[ForecastRow, ...]:
        if self.forecast is None:
            return ()
        return self.forecast.months if self.is_monthly() else self.forecast.weeks

    def refresh(self) -> None:
        """Ask the service again for the period chosen."""
        self.forecast = None
        self.problem.show_message("")
        if self.start.is_valid():
            try:
                self.forecast = self.shop.cheques.forecast(self.start.value(),
                                                           self.months.value())
            except UserError as exc:
                self.problem.show_message(user_message(exc))
        self.show_forecast()

    def show_forecast(self) -> None:
        monthly = self.is_monthly()
        rows = self.shown_rows()
        self.chart.set_data(
            [(period_label(r, monthly), r.cheques) for r in rows], self.tr("Cheques"),
            [r.installments for r in rows], self.tr("Installments"), stacked=True,
            currency=self.currency,
        )
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            period = arg(self.tr("%1 – %2"), display.ltr(display.day(r.start)),
                         display.ltr(display.day(r.end)))
            cells = [period, display.money(r.cheques, self.currency),
                     display.money(r.installments, self.currency),
                     display.money(r.total, self.currency)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(display.NUMBER_ALIGNMENT)
                self.table.setItem(i, column, item)
        self.export_button.setEnabled(self.forecast is not None)
        if self.forecast is None:
            self.totals.setText("")
            return
        f = self.forecast
        self.totals.setText(arg(
            self.tr("From %1 to %2: cheques %3 + installments %4 = %5"),
            display.ltr(display.day(f.start)), display.ltr(display.day(f.end)),
            display.money(f.cheques, self.currency),
            display.money(f.installments, self.currency), display.money(f.total, self.currency),
        ))

    def headers(self) -> list[str]:
        """The CSV's column names in the UI language (the CLI's are English keys)."""
        return [self.tr("Period"), self.tr("From"), self.tr("To"), self.tr("Cheques"),
                self.tr("Installments"), self.tr("Total")]

    def export_csv(self, path: str | Path | None = None) -> bool:
        """Every week and every month as ``arapp forecast --format csv`` has them (ISO
        dates, amounts as plain decimals), UTF-8 with BOM for Excel."""
        if self.forecast is None:
            return False
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            name = f"forecast_{self.forecast.start.isoformat()}.csv"
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the forecast"), str(Path(folder) / name),
                self.tr("CSV files (*.csv)"))
            if not chosen:
                return False
            path = chosen
        kinds = {"week": self.tr("week"), "month": self.tr("month")}
        rows = [[kinds[kind], r.start.isoformat(), r.end.isoformat(), r.cheques,
                 r.installments, r.total] for kind, r in self.forecast.rows()]
        try:
            with open(path, "w", encoding="utf-8-sig", newline="") as fh:
                write_csv(fh, self.headers(), rows)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), arg(
                self.tr("The file could not be written: %1"), exc.strerror or ""))
            return False
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cash-flow forecast"))
        self.from_label.setText(self.tr("From"))
        self.months_label.setText(self.tr("Months"))
        self.monthly.setText(self.tr("By month"))
        self.weekly.setText(self.tr("By week"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Period"), self.tr("Cheques"), self.tr("Installments"), self.tr("Total")])
        self.chart.set_empty_text(self.tr("Nothing expected in this period"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.close_button.setText(self.tr("Close"))
        self.show_forecast()
        self.chart.setLayoutDirection(self.layoutDirection())
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
