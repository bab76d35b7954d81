"""Today, the home screen: where the shop stands (receivable, overdue, collected this month
against what fell due, DSO, the aging chart) and one work list of what to do today,
ordered by what matters (``shop.today.tasks``).

Each row is one click from the customer and closed by doing it: Enter (or a double
click) does the row's work — logs the call for a follow-up or a promise, opens the letter
for a letter due, the cheques to deposit, the card on its plans or cheques tab — and the
list is read again when the app announces the change. Ctrl+O opens the card, Ctrl+K logs
any contact.

The figures and the list are computed off the UI thread (:mod:`arapp.ui.ops.query`): on a
big shop they take a moment, and the window shows first.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arapp.core.aging import BUCKETS
from arapp.core.formatting import format_number, format_percent
from arapp.core.money import ZERO
from arapp.core.placeholders import arg
from arapp.core.services import Shop, clock
from arapp.core.services.today import QUICK_KINDS, SLOW_KINDS, TodaySummary
from arapp.core.tasks import Task, ordered
from arapp.ui import display
from arapp.ui.aging.aging_chart import BucketChart
from arapp.ui.aging.aging_model import AgingModel, isolate_numbers
from arapp.ui.collection.figures import FigureTiles
from arapp.ui.collection.labels import task_kind_name
from arapp.ui.collection.task_table import TaskTable
from arapp.ui.i18n.language import current_language
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.ops.busy import BusyBar
from arapp.ui.ops.changes import Changes, announce
from arapp.ui.ops.query import wait_for_queries
from arapp.ui.shell.screens import register_screen

#: What Enter does on a row, by the task's kind (see ``TodayView.do_task``).
LOG_A_CALL = ("follow_up", "promise_due", "promise_broken")
CARD_TABS = {
    "installment_due": "plans",
    "installment_late": "plans",
    "check_returned": "cheques",
}
CHEQUES_TO_DEPOSIT = "check_to_deposit"
LETTER_DUE = "letter_due"

FIGURES = ("receivable", "overdue", "collected", "dso")


@register_screen("today")
class TodayView(Retranslating, QWidget):
    """``customerActivated(id)`` opens a card; ``cardRequested(id, tab)`` opens it on a
    tab ("plans", "cheques", "timeline"); ``screenRequested(key, filter)`` shows another
    screen (the cheques to deposit); ``loaded`` after the figures and the list are shown."""

    customerActivated = Signal(int)
    cardRequested = Signal(int, str)
    screenRequested = Signal(str, str)
    loaded = Signal()

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.currency = shop.info.currency
        self._parts: dict[str, Any] = {}  # the first part's results as they come
        self._requests = itertools.count(1)
        self._pending = 0
        self._summary: TodaySummary | None = None
        self._tasks: list[Task] = []
        self._complete = False  # the slow kinds (letters due) are in the list too
        self.as_of = clock.today()

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.busy = BusyBar(self)
        self.figures = FigureTiles(FIGURES, self)
        self.chart = BucketChart(self)
        self.chart.setMinimumHeight(140)
        self.chart.setMaximumHeight(170)

        self.list_title = QLabel(self)
        bold = self.list_title.font()
        bold.setBold(True)
        self.list_title.setFont(bold)
        self.filter = QComboBox(self)
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel(self)
        self.table = TaskTable(self)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.do_button = QPushButton(self)
        self.card_button = QPushButton(self)
        self.log_button = QPushButton(self)
        self.do_action = QAction(self)
        self.do_action.triggered.connect(self.do_current)
        self.card_action = QAction(self)
        self.card_action.setShortcut(QKeySequence("Ctrl+O"))
        self.log_action = QAction(self)
        self.log_action.setShortcut(QKeySequence("Ctrl+K"))
        for action in (self.card_action, self.log_action):
            # Window-wide, while Today shows (a hidden screen's shortcuts do not fire): the
            # focus may be in the screen list.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.card_action.triggered.connect(self.open_current_card)
        self.log_action.triggered.connect(lambda: self.log_contact())
        self.do_button.clicked.connect(self.do_current)
        self.card_button.clicked.connect(self.open_current_card)
        self.log_button.clicked.connect(lambda: self.log_contact())
        self.filter.currentIndexChanged.connect(lambda _i: self._show_tasks())

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.busy)
        head.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.figures, 3)
        top.addWidget(self.chart, 2)
        bar = QHBoxLayout()
        bar.addWidget(self.list_title)
        bar.addWidget(self.filter)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.do_button)
        bar.addWidget(self.log_button)
        bar.addWidget(self.card_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.table, self.filter)

        self.retranslate()
        # After the window is shown: the first figures need the ORM and a few queries.
        QTimer.singleShot(0, self, self.refresh)

    # -- computing ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the figures and the work list again, as of today: the figures and the
        quick kinds of task first, then the letters due (the ladder looks at every late
        item, which takes a moment on a big shop) added when ready."""
        if self.shop.closed:
            return  # the window is going away with its shop (switched, restored, quit)
        self.as_of = as_of = clock.today()
        self._pending = request = next(self._requests)
        shop = self.shop
        # The figures and the quick tasks side by side (mostly SQLite, which lets the
        # other thread run); the letters due after both: the ladder's Python work would
        # take turns with theirs (one interpreter lock), and all would come late.
        self._parts = {}
        self.busy.run(shop, lambda: shop.today.summary(as_of),
                      lambda summary: self._first_part(request, "summary", summary))
        self.busy.run(shop, lambda: shop.today.tasks(as_of, QUICK_KINDS),
                      lambda tasks: self._first_part(request, "tasks", tasks))

    def _first_part(self, request: int, part: str, value: Any) -> None:
        if request != self._pending:
            return  # a newer refresh is on its way
        self._parts[part] = value
        if "tasks" not in self._parts:
            self._summary = value  # the figures at once, the list when it comes
            self._show_summary()
            self._show_chart()
            return
        if "summary" not in self._parts:
            return
        self._complete = False
        self.show_result(self._parts["summary"], self._parts["tasks"])
        # After the list is painted: once the ladder runs, every Python call of the
        # painting waits its turn for the interpreter.
        QTimer.singleShot(0, self, lambda: self._slow_part(request))

    def _slow_part(self, request: int) -> None:
        if request != self._pending or self.shop.closed:
            return
        shop, as_of = self.shop, self.as_of
        self.busy.run(shop, lambda: shop.today.tasks(as_of, SLOW_KINDS),
                      lambda tasks: self._second_part(request, tasks))

    def _second_part(self, request: int, tasks: list[Task]) -> None:
        if request != self._pending or self._summary is None:
            return
        self._complete = True
        # The service's order over both parts (the one rule: arapp.core.tasks.priority).
        self.show_result(self._summary, ordered([*self._tasks, *tasks]))
        self.loaded.emit()

    def wait_idle(self, msecs: int = 30000) -> bool:
        return wait_for_queries(msecs)

    def is_loaded(self) -> bool:
        return self._complete

    def show_result(self, summary: TodaySummary, tasks: list[Task]) -> None:
        self._summary, self._tasks = summary, list(tasks)
        self._show_summary()
        self._show_chart()
        self._fill_filter()
        self._show_tasks()

    # -- showing -----------------------------------------------------------------------
    def _show_summary(self) -> None:
        s = self._summary
        if s is None:
            for key in FIGURES:
                self.figures.set_figure(key, self._caption(key), "…")
            return
        money = lambda v: display.money(v, self.currency)  # noqa: E731
        self.figures.set_figure("receivable", self._caption("receivable"), money(s.receivable))
        self.figures.set_figure(
            "overdue", self._caption("overdue"), money(s.overdue), danger=s.overdue > 0
        )
        self.figures.set_figure(
            "collected",
            self._caption("collected"),
            money(s.collected_this_month),
            self._collected_note(s),
        )
        lang = current_language()
        dso = "—" if s.dso is None else arg(self.tr("%1 days"), format_number(s.dso, lang))
        self.figures.set_figure("dso", self._caption("dso"), dso)

    def _collected_note(self, s: TodaySummary) -> str:
        fell_due = display.money(s.fell_due_this_month, self.currency)
        share = s.collected_share
        if share is None:
            return arg(self.tr("of %1 that fell due"), fell_due)
        percent = display.ltr(format_percent(share, current_language()))
        return arg(self.tr("%1 of the %2 that fell due"), percent, fell_due)

    def _caption(self, key: str) -> str:
        return {
            "receivable": self.tr("Receivable"),
            "overdue": self.tr("Overdue"),
            "collected": self.tr("Collected this month"),
            "dso": self.tr("Days sales outstanding"),
        }[key]

    def _show_chart(self) -> None:
        labels = AgingModel(self).header_labels()[2 : 2 + len(BUCKETS)]
        names = [isolate_numbers(n) for n in labels]
        currency = self.currency
        self.chart.set_amount_formatter(lambda v: display.money(v, currency))
        aging = self._summary.aging if self._summary is not None else None
        values = [getattr(aging, b) if aging else ZERO for b in BUCKETS]
        self.chart.set_buckets(list(zip(names, values, strict=True)))

    def _fill_filter(self) -> None:
        current = self.filter.currentData()
        kinds = list(dict.fromkeys(t.kind for t in self._tasks))
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Everything"), "")
        for kind in kinds:
            count = sum(1 for t in self._tasks if t.kind == kind)
            self.filter.addItem(f"{task_kind_name(kind)} ({count})", kind)
        index = self.filter.findData(current or "")
        self.filter.setCurrentIndex(max(index, 0))
        self.filter.blockSignals(False)

    def _show_tasks(self) -> None:
        kind = self.filter.currentData() or ""
        shown = [t for t in self._tasks if not kind or t.kind == kind]
        self.table.set_tasks(shown)
        self._show_count()
        if shown:
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.table.model().index(0, 1))
        self._update_buttons()

    def _show_count(self) -> None:
        count = self.table.count()
        if count:
            self.count_label.setText(arg(self.tr("%1 to do"), str(count)))
        elif self._summary is not None:
            self.count_label.setText(self.tr("Nothing to do today."))
        else:
            self.count_label.setText("")

    def _update_buttons(self) -> None:
        chosen = self.table.current_task() is not None
        for widget in (self.do_button, self.card_button, self.log_button):
            widget.setEnabled(chosen)

    # -- doing -------------------------------------------------------------------------
    def tasks(self) -> list[Task]:
        """The tasks shown, in the order shown."""
        return self.table.shown_tasks()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.do_task(self.table.task_at(index.row()))

    def do_current(self) -> None:
        task = self.table.current_task()
        if task is not None:
            self.do_task(task)

    def do_task(self, task: Task) -> None:
        """The row's work: what closes it once done."""
        if task.kind in LOG_A_CALL:
            self.log_contact(task.customer_id)
        elif task.kind in CARD_TABS:
            self.cardRequested.emit(task.customer_id, CARD_TABS[task.kind])
        elif task.kind == CHEQUES_TO_DEPOSIT:
            self.screenRequested.emit("cheques", "to_deposit")
        elif task.kind == LETTER_DUE:
            self.print_letter(task.customer_id)
        else:
            self.customerActivated.emit(task.customer_id)

    def open_current_card(self) -> None:
        task = self.table.current_task()
        if task is not None:
            self.customerActivated.emit(task.customer_id)

    def log_contact(self, customer_id: int | None = None) -> bool:
        if customer_id is None:
            task = self.table.current_task()
            if task is None:
                return False
            customer_id = task.customer_id
        from arapp.ui.collection.log_dialog import LogDialog

        dialog = LogDialog(self.shop, customer_id, self)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted  # it announced the change
        finally:
            dialog.deleteLater()

    def print_letter(self, customer_id: int) -> bool:
        from arapp.ui.letters.letter_dialog import LetterDialog

        kind = self.shop.letters.next_step(customer_id, clock.today())
        dialog = LetterDialog(self.shop, customer_id, self, kind=kind)
        try:
            recorded = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if recorded:  # the letter dialog records through its own path
            announce(Changes(customers=frozenset({customer_id}), letters=True))
        return recorded

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(arg(self.tr("Today, %1"), display.day(self.as_of)))
        self.busy.setToolTip(self.tr("Reading today's figures…"))
        self.list_title.setText(self.tr("To do today"))
        self.do_button.setText(self.tr("Do it (Enter)"))
        self.do_button.setToolTip(
            self.tr("Log the call, print the letter, open the cheques or the card")
        )
        self.log_button.setText(self.tr("Log contact… (Ctrl+K)"))
        self.card_button.setText(self.tr("Open card (Ctrl+O)"))
        self.table.tasks.refresh_display()
        self._show_summary()
        if self._summary is not None:
            self._show_chart()
            self._fill_filter()
        self._show_count()
