"""The Reports screen: the key figures as of a day over a period (``shop.kpi.compute``),
the last 12 months as a chart (``shop.kpi.trend``) and the trend exported as CSV
(``write_trend_csv``, the same file ``arapp kpi --trend --format csv`` writes).

Every figure and formula is the core's (:mod:`arapp.core.services.kpi`,
:mod:`arapp.core.kpi_rules`); this screen only shows them. They are computed off the UI
thread: the trend reads twelve month-ends of the ledger.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arapp.core import kpi_rules
from arapp.core.formatting import format_number, format_percent
from arapp.core.placeholders import arg
from arapp.core.services import Shop, clock
from arapp.core.services.kpi import Kpis, TrendPoint, write_trend_csv
from arapp.ui import display
from arapp.ui.collection.figures import FigureTiles
from arapp.ui.i18n.language import current_language
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.ops.busy import BusyBar
from arapp.ui.ops.query import wait_for_queries
from arapp.ui.shell.screens import register_screen
from arapp.ui.widgets.bar_chart import BarChart
from arapp.ui.widgets.date_edit import DateEdit

#: A date typed digit by digit starts one computation, not eight.
REFRESH_DELAY_MS = 300
TREND_MONTHS = 12

FIRST_ROW = ("receivable", "overdue", "dso", "collection_rate")
SECOND_ROW = ("avg_days", "promises", "letters", "collected")
#: What the chart compares, month by month: (first series, second series) TrendPoint fields.
CHART_MEASURES = {
    "flows": ("invoiced", "collected"),
    "balances": ("receivable", "overdue"),
}


@register_screen("reports")
class ReportsView(Retranslating, QWidget):
    """``customerActivated(id)`` on a top debtor; ``computed`` once figures and trend
    are shown; ``exported(path)`` after an export."""

    customerActivated = Signal(int)
    computed = Signal()
    exported = Signal(str)

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.currency = shop.info.currency
        self._requests = itertools.count(1)
        self._pending = 0
        self.kpis: Kpis | None = None
        self.trend: list[TrendPoint] = []

        today = clock.today()
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.as_of_label = QLabel(self)
        self.as_of = DateEdit(today, self)
        self.from_label = QLabel(self)
        self.from_ = DateEdit(kpi_rules.default_from(today), self)
        self.busy = BusyBar(self)
        self.export_button = QPushButton(self)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.notice = QLabel(self)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.first_row = FigureTiles(FIRST_ROW, self)
        self.second_row = FigureTiles(SECOND_ROW, self)
        self.chart_title = QLabel(self)
        bold = self.chart_title.font()
        bold.setBold(True)
        self.chart_title.setFont(bold)
        self.measure = QComboBox(self)
        self.chart = BarChart(self)
        self.debtors_title = QLabel(self)
        self.debtors_title.setFont(bold)
        self.debtors = QTreeWidget(self)
        self.debtors.setRootIsDecorated(False)
        self.debtors.setColumnCount(2)
        self.debtors.setMaximumWidth(340)
        self.debtors.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.debtors.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.debtors.header().setStretchLastSection(False)
        self.debtors.itemActivated.connect(self._debtor_activated)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.from_label)
        top.addWidget(self.from_)
        top.addWidget(self.as_of_label)
        top.addWidget(self.as_of)
        top.addWidget(self.busy)
        top.addStretch(1)
        top.addWidget(self.export_button)
        chart_bar = QHBoxLayout()
        chart_bar.addWidget(self.chart_title)
        chart_bar.addWidget(self.measure)
        chart_bar.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(chart_bar)
        left.addWidget(self.chart, 1)
        right = QVBoxLayout()
        right.addWidget(self.debtors_title)
        right.addWidget(self.debtors, 1)
        bottom = QHBoxLayout()
        bottom.addLayout(left, 1)
        bottom.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.first_row)
        layout.addWidget(self.second_row)
        layout.addLayout(bottom, 1)
        layout.addWidget(self.notice)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.as_of.dateChanged.connect(lambda _d: self._timer.start())
        self.from_.dateChanged.connect(lambda _d: self._timer.start())
        self.measure.currentIndexChanged.connect(lambda _i: self._show_chart())
        self.retranslate()
        self.refresh()

    # -- computing ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the figures for the period and the trend up to its last day."""
        if self.shop.closed:
            return  # the window is going away with its shop (switched, restored, quit)
        self._timer.stop()
        if not (self.as_of.is_valid() and self.from_.is_valid()):
            return  # the box says why; nothing is computed from a date that is not one
        self._pending = request = next(self._requests)
        as_of, from_ = self.as_of.value(), self.from_.value()
        shop = self.shop
        self.busy.run(
            shop,
            lambda: (shop.kpi.compute(as_of, from_), shop.kpi.trend(as_of, TREND_MONTHS)),
            lambda result: self._show(request, *result),
        )

    def wait_idle(self, msecs: int = 30000) -> bool:
        return wait_for_queries(msecs)

    def _show(self, request: int, kpis: Kpis, trend: list[TrendPoint]) -> None:
        if request != self._pending:
            return
        self.kpis, self.trend = kpis, list(trend)
        self.export_button.setEnabled(bool(self.trend))
        self._show_figures()
        self._show_chart()
        self._show_debtors()
        self.computed.emit()

    # -- showing -----------------------------------------------------------------------
    def _money(self, value: Decimal) -> str:
        return display.money(value, self.currency)

    def _share(self, value: Decimal | None) -> str:
        return "—" if value is None else display.ltr(format_percent(value, current_language()))

    def _days(self, value: Decimal | None) -> str:
        if value is None:
            return "—"
        return arg(self.tr("%1 days"), format_number(value, current_language()))

    def _show_figures(self) -> None:
        k = self.kpis
        captions = self._captions()
        if k is None:
            for row, keys in ((self.first_row, FIRST_ROW), (self.second_row, SECOND_ROW)):
                for key in keys:
                    row.set_figure(key, captions[key], "…")
            return
        self.first_row.set_figure("receivable", captions["receivable"], self._money(k.receivable))
        self.first_row.set_figure(
            "overdue", captions["overdue"], self._money(k.overdue),
            arg(self.tr("%1 of the receivable"), self._share(k.overdue_share)),
            danger=k.overdue > 0,
        )
        self.first_row.set_figure("dso", captions["dso"], self._days(k.dso))
        self.first_row.set_figure(
            "collection_rate", captions["collection_rate"], self._share(k.collection_rate)
        )
        self.second_row.set_figure("avg_days", captions["avg_days"], self._days(k.avg_days_to_pay))
        self.second_row.set_figure(
            "promises", captions["promises"], self._share(k.promises_kept_share)
        )
        self.second_row.set_figure(
            "letters", captions["letters"], format_number(k.letters_sent, current_language()),
            arg(
                self.tr("paid within %1 days after them: %2"),
                str(kpi_rules.LETTER_EFFECT_DAYS),
                self._money(k.paid_after_letters),
            ),
        )
        self.second_row.set_figure(
            "collected", captions["collected"], self._money(k.collected),
            arg(self.tr("invoiced %1"), self._money(k.invoiced)),
        )

    def _captions(self) -> dict[str, str]:
        return {
            "receivable": self.tr("Receivable"),
            "overdue": self.tr("Overdue"),
            "dso": self.tr("Days sales outstanding"),
            "collection_rate": self.tr("Collection rate"),
            "avg_days": self.tr("Average days to pay"),
            "promises": self.tr("Promises kept"),
            "letters": self.tr("Collection letters sent"),
            "collected": self.tr("Collected in the period"),
        }

    def _series_names(self) -> dict[str, str]:
        return {
            "invoiced": self.tr("Invoiced"),
            "collected": self.tr("Collected"),
            "receivable": self.tr("Receivable"),
            "overdue": self.tr("Overdue"),
        }

    def _show_chart(self) -> None:
        first, second = CHART_MEASURES[self.measure.currentData() or "flows"]
        names = self._series_names()
        points = [(self._month_label(p), getattr(p, first)) for p in self.trend]
        self.chart.set_data(
            points, names[first], [getattr(p, second) for p in self.trend], names[second],
            currency=self.currency,
        )

    @staticmethod
    def _month_label(point: TrendPoint) -> str:
        # "03/2026": a left-to-right unit, as dates are written on every screen.
        return display.ltr(point.start.strftime("%m/%Y"))

    def _show_debtors(self) -> None:
        self.debtors.clear()
        if self.kpis is None:
            return
        for debtor in self.kpis.top_debtors:
            item = QTreeWidgetItem(
                self.debtors, [f"{debtor.name} ({display.isolate(debtor.code)})",
                               self._money(debtor.total)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, debtor.customer_id)
            item.setTextAlignment(1, display.NUMBER_ALIGNMENT)

    def _debtor_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.customerActivated.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    # -- export ------------------------------------------------------------------------
    def export_csv(self, path: str | None = None) -> Path | None:
        """Write the trend shown as CSV (asks where unless ``path`` is given)."""
        if not self.trend:
            return None
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            name = f"trend-{self.trend[-1].end.isoformat()}.csv"
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the trend"), str(Path(folder) / name),
                self.tr("CSV files (*.csv)"),
            )
            if not path:
                return None
        target = Path(path)
        try:
            with target.open("w", encoding="utf-8-sig", newline="") as stream:
                write_trend_csv(self.trend, stream)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Export the trend"),
                arg(self.tr("The file could not be written: %1"), exc.strerror or str(exc)),
            )
            return None
        self.notice.setText(arg(self.tr("Trend saved to %1"), display.ltr(str(target))))
        self.exported.emit(str(target))
        return target

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports"))
        self.from_label.setText(self.tr("From"))
        self.as_of_label.setText(self.tr("to"))
        self.busy.setToolTip(self.tr("Computing the figures…"))
        self.export_button.setText(self.tr("Export trend (CSV)…"))
        self.chart_title.setText(arg(self.tr("The last %1 months"), str(TREND_MONTHS)))
        current = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        self.measure.addItem(self.tr("Invoiced and collected"), "flows")
        self.measure.addItem(self.tr("Receivable and overdue"), "balances")
        self.measure.setCurrentIndex(max(0, self.measure.findData(current or "flows")))
        self.measure.blockSignals(False)
        self.chart.set_empty_text(self.tr("No figures yet."))
        self.debtors_title.setText(self.tr("Largest debts"))
        self.debtors.setHeaderLabels([self.tr("Customer"), self.tr("Owes")])
        self._show_figures()
        self._show_chart()
        self._show_debtors()
