"""The aging screen: who owes how much, and how late, as of a date.

The report (``AgingService.report``) takes seconds on a big shop, and an Excel export of
thousands of rows as long, so both run as query ops (:mod:`arapp.ui.ops.query`) while a
busy bar spins and the window stays usable. For an in-memory shop (tests) the ops run on
the UI thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QModelIndex, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from arapp.core.aging import BUCKETS
from arapp.core.errors import UserError
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.aging_report import AgingReport
from arapp.ui import display
from arapp.ui.aging.aging_chart import BucketChart
from arapp.ui.aging.aging_export import write_csv, write_xlsx
from arapp.ui.aging.aging_model import (
    COL_CODE,
    COL_NAME,
    MONEY_FIELDS,
    AgingModel,
    CustomerIdRole,
    amount_text,
    isolate_numbers,
)
from arapp.ui.i18n.language import RTL_LANGUAGES, current_language
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.ops.query import QueryHandle, run_query, show_failure, wait_for_queries
from arapp.ui.shell.screens import register_screen
from arapp.ui.widgets.date_edit import DateEdit
from arapp.ui.widgets.messages import user_message

#: A date typed digit by digit starts one report, not eight.
REFRESH_DELAY_MS = 250


@register_screen("aging")
class AgingView(Retranslating, QWidget):
    """``customerActivated(customer_id)`` on double-click or Enter on a customer row;
    ``reportReady`` whenever a new report is shown; ``exported(path)`` when an export
    file has been written."""

    customerActivated = Signal(int)
    reportReady = Signal()
    exported = Signal(str)  # the path written

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self._requests = itertools.count(1)
        self._pending = 0  # the request whose answer will be shown; older ones are dropped
        self._covered = Decimal(0)  # cheques in hand dated after the report's day
        self._jobs: dict[int, QueryHandle] = {}  # running ops, until they report
        self._exporting = 0

        self.as_of_label = QLabel(self)
        self.as_of = DateEdit(date.today(), self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.summary = QLabel(self)
        self.notice = QLabel(self)  # an export done: where the file is (issue #17, defect 10)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.csv_button = QPushButton(self)
        self.xlsx_button = QPushButton(self)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())

        self.model = AgingModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)  # the service's order
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.totals_model = AgingModel(self, totals=True)
        self.footer = self._make_footer()

        self.chart = BucketChart(self)

        top = QHBoxLayout()
        top.addWidget(self.as_of_label)
        top.addWidget(self.as_of)
        top.addWidget(self.busy)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        table_box = QVBoxLayout()
        table_box.setSpacing(0)
        table_box.addWidget(self.table, 1)
        table_box.addWidget(self.footer)
        layout.addLayout(table_box, 1)
        summary = QHBoxLayout()
        summary.addWidget(self.summary)
        summary.addStretch(1)
        summary.addWidget(self.notice)
        layout.addLayout(summary)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.as_of.dateChanged.connect(lambda _d: self._timer.start())
        self.retranslate()
        self.refresh()

    def _make_footer(self) -> QTableView:
        """The totals row, pinned under the table: a one-row view whose columns follow the
        table's widths and horizontal scrolling."""
        footer = QTableView(self)
        footer.setModel(self.totals_model)
        footer.horizontalHeader().hide()
        footer.verticalHeader().hide()
        footer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        footer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        footer.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        footer.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        footer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        footer.setFixedHeight(
            footer.verticalHeader().defaultSectionSize() + 2 * footer.frameWidth()
        )
        header = self.table.horizontalHeader()
        header.sectionResized.connect(lambda i, _old, new: footer.setColumnWidth(i, new))
        self.table.horizontalScrollBar().valueChanged.connect(footer.horizontalScrollBar().setValue)
        self.table.verticalScrollBar().rangeChanged.connect(lambda *_: self._align_footer())
        return footer

    def _align_footer(self) -> None:
        """Leave room under the table's vertical scroll bar so the columns line up."""
        bar = self.table.verticalScrollBar()
        room = bar.sizeHint().width() if bar.maximum() > 0 else 0
        self.footer.setViewportMargins(0, 0, room, 0)
        for column in range(self.model.columnCount()):
            self.footer.setColumnWidth(column, self.table.columnWidth(column))

    def _fit_columns(self) -> None:
        """Widths that fit the header, the widest code and amount, and the (bold) totals.
        Measured on the few widest values only: asking the view for each column's size
        hint would format a thousand rows per column."""
        report = self.model.report()
        if report is None:
            return
        header = self.table.horizontalHeader()
        plain = self.table.fontMetrics()
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        pad = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        rows = report.customers
        widths = {COL_CODE: max((plain.horizontalAdvance(c.code) for c in rows), default=0)}
        for column, field in MONEY_FIELDS.items():
            values = [getattr(c.row, field) for c in rows]
            extremes = [max(values), min(values)] if values else []
            widest = max((plain.horizontalAdvance(amount_text(v)) for v in extremes), default=0)
            total = bold.horizontalAdvance(amount_text(getattr(report.totals, field)))
            widths[column] = max(widest, total)
        for column, width in widths.items():
            header.resizeSection(column, max(width + pad, header.sectionSizeHint(column)))
        self._align_footer()

    # -- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.as_of_label.setText(self.tr("As of"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.xlsx_button.setText(self.tr("Export Excel…"))
        self.busy.setToolTip(self.tr("Computing the report…"))
        self.model.retranslate()
        self.totals_model.retranslate()
        self._update_chart()
        self._show_summary()

    def _update_chart(self) -> None:
        report = self.model.report()
        if report is None:
            self.chart.set_buckets([])
            return
        names = [isolate_numbers(n) for n in self.model.header_labels()[2 : 2 + len(BUCKETS)]]
        values = [getattr(report.totals, bucket) for bucket in BUCKETS]
        # The report's own currency: repainting or re-translating never reads the database.
        currency = report.currency
        self.chart.set_amount_formatter(lambda v: display.money(v, currency))
        self.chart.set_buckets(list(zip(names, values, strict=True)))

    # -- computing ------------------------------------------------------------------------

    def as_of_date(self) -> date:
        return self.as_of.value()

    def is_busy(self) -> bool:
        return bool(self._jobs) or self._timer.isActive()

    def _start(
        self,
        work: Callable[[], object],
        done: Callable[[object], None],
        failed: Callable[[object], None],
        shop: Shop | None = None,
    ) -> None:
        request = next(self._requests)

        def finished(result: object) -> None:
            if not isValid(self):
                return  # the screen was closed while the job ran
            self._jobs.pop(request, None)
            self._update_busy()
            done(result)

        def error(exc: object) -> None:
            if not isValid(self):
                return
            self._jobs.pop(request, None)
            self._update_busy()
            failed(exc)

        handle = run_query(shop, work, finished, error)
        if not handle.done:  # an op on the UI thread (in-memory shop) has reported already
            self._jobs[request] = handle
        self._update_busy()

    def _update_busy(self) -> None:
        self.busy.setVisible(bool(self._jobs))
        enabled = self.model.report() is not None and not self._exporting
        self.csv_button.setEnabled(enabled)
        self.xlsx_button.setEnabled(enabled)

    def refresh(self) -> None:
        """Compute the report for the chosen date; it shows when ready."""
        self._timer.stop()
        self._pending += 1
        request = self._pending
        as_of = self.as_of_date()
        self._start(
            lambda: (self.shop.aging.report(as_of), self.shop.cheques.pending(as_of)[0]),
            lambda result: self._show_report(request, *result),  # type: ignore[misc]
            lambda exc: self._report_failed(request, exc),
            self.shop,
        )

    def _show_report(
        self, request: int, report: AgingReport, covered: Decimal = Decimal(0)
    ) -> None:
        if request != self._pending:
            return  # the owner picked another date meanwhile
        self._covered = covered
        order = self.table.horizontalHeader().sortIndicatorOrder()
        column = self.table.horizontalHeader().sortIndicatorSection()
        self.model.set_report(report)
        self.totals_model.set_report(report)
        if 0 <= column < self.model.columnCount():
            self.model.sort(column, order)
        self._fit_columns()
        self._update_chart()
        self._update_busy()
        self._show_summary()
        self.reportReady.emit()

    def _report_failed(self, request: int, exc: object) -> None:
        if request != self._pending:
            return
        if not isinstance(exc, UserError):  # a bug: the exception hook logs and reports it
            show_failure(self)(exc)  # type: ignore[arg-type]
            return
        QMessageBox.warning(
            self, self.tr("Aging report"), arg(self.tr("The report failed: %1"), user_message(exc))
        )

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Block until running jobs are done (for shutting down and for tests)."""
        return wait_for_queries(msecs)

    def report(self) -> AgingReport | None:
        return self.model.report()

    def _show_summary(self) -> None:
        report = self.model.report()
        if report is None:
            self.summary.setText("")
            return
        text = arg(
            self.tr("%n customer(s) · total %1 · overdue %2", "", len(report.customers)),
            display.money(report.totals.total, report.currency),
            display.money(report.totals.overdue, report.currency),
        )
        if self._covered > 0:
            # The debt is what customers owe (one's credit does not lower another's debt).
            debt = sum((max(c.row.total, Decimal(0)) for c in report.customers), Decimal(0))
            text += " · " + arg(
                self.tr("covered by cheques in hand %1 · uncovered %2"),
                display.money(self._covered, report.currency),
                display.money(max(debt - self._covered, Decimal(0)), report.currency),
            )
        self.summary.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        customer_id = self.model.data(index, CustomerIdRole)
        if customer_id is not None:
            self.customerActivated.emit(int(customer_id))

    # -- export ---------------------------------------------------------------------------

    def _ask_path(self, title: str, suffix: str, file_filter: str) -> Path | None:
        report = self.model.report()
        assert report is not None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / f"aging_{report.as_of.isoformat()}{suffix}"
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(suggested), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Start writing the shown report as CSV to ``path`` (asked for when None);
        ``exported`` follows when the file is written. Returns the path, or None."""
        report = self.model.report()
        if report is None:
            return None
        if path is None:
            path = self._ask_path(self.tr("Export CSV"), ".csv", self.tr("CSV files (*.csv)"))
            if path is None:
                return None
        headers, totals = self.model.header_labels(), self.model.totals_label()
        target = Path(path)
        self._export(target, lambda: write_csv(target, headers, report, totals))
        return target

    def export_xlsx(self, path: str | Path | None = None) -> Path | None:
        """Start writing the shown report as an Excel workbook to ``path`` (asked for when
        None); ``exported`` follows when the file is written. Returns the path, or None."""
        report = self.model.report()
        if report is None:
            return None
        if path is None:
            path = self._ask_path(
                self.tr("Export Excel"), ".xlsx", self.tr("Excel workbooks (*.xlsx)")
            )
            if path is None:
                return None
        headers, totals = self.model.header_labels(), self.model.totals_label()
        title = arg(self.tr("Aging %1"), report.as_of.isoformat())
        rtl = current_language() in RTL_LANGUAGES
        target = Path(path)
        self._export(
            target,
            lambda: write_xlsx(target, headers, report, totals, rtl=rtl, sheet_title=title),
        )
        return target

    def _export(self, path: Path, work: Callable[[], None]) -> None:
        # The writers get only immutable values (the report, strings): safe on any thread.
        self._exporting += 1

        def done(_result: object) -> None:
            self._exporting -= 1
            self._update_busy()
            self.notice.setText(arg(self.tr("Exported to %1"), display.ltr(str(path))))
            self.exported.emit(str(path))

        def failed(exc: object) -> None:
            self._exporting -= 1
            self._update_busy()
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                arg(self.tr("The file could not be written: %1"), reason),
            )

        self._start(work, done, failed)
