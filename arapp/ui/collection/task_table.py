"""The Today work list as a table: one row per thing to do, in the order the service ranks
them (what matters first), sortable by any column; the "#" column brings the service's
order back.

The model is the shared record-table model over the service's tasks; it sorts itself by
the raw values (amounts as ``Decimal``, dates as dates), not by their formatted text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from arapp.core.placeholders import arg
from arapp.core.tasks import Task
from arapp.ui import display
from arapp.ui.collection.labels import promise_state_name, task_kind_name
from arapp.ui.i18n.labels import letter_kind_name, return_reason_name
from arapp.ui.widgets.record_table import Column, RecordTableModel

COL_RANK, COL_KIND, COL_CUSTOMER, COL_AMOUNT, COL_DATE, COL_LATE, COL_NOTE = range(7)


def task_details(task: Task) -> str:
    """The task's note in words: what ``Task.note`` holds depends on the kind (see
    :class:`arapp.core.tasks.Task`)."""
    if task.kind == "letter_due":
        return letter_kind_name(task.note)
    if task.kind == "check_returned":
        return return_reason_name(task.note) if task.note else ""
    if task.kind == "check_to_deposit":
        return arg(QCoreApplication.translate("TodayView", "Cheque %1"),
                   display.isolate(task.note))
    if task.kind in ("promise_due", "promise_broken"):
        return promise_state_name(task.note)
    if task.kind in ("installment_due", "installment_late"):
        return arg(QCoreApplication.translate("TodayView", "Installment %1"),
                   display.isolate(task.note))
    return task.note


def task_columns() -> list[Column[tuple[int, Task]]]:
    """Rows are (rank, task): the rank is the task's place in the service's order."""
    late = lambda r: display.DANGER if r[1].days_late > 0 else None  # noqa: E731
    return [
        Column(lambda: "#", lambda r: r[0], "number"),
        Column(
            lambda: QCoreApplication.translate("TodayView", "To do"),
            lambda r: task_kind_name(r[1].kind),
            color=late,
        ),
        Column(
            lambda: QCoreApplication.translate("TodayView", "Customer"),
            lambda r: f"{r[1].name} ({display.isolate(r[1].code)})",
        ),
        Column(
            lambda: QCoreApplication.translate("TodayView", "Amount"),
            lambda r: r[1].amount,
            "money",
        ),
        Column(
            lambda: QCoreApplication.translate("TodayView", "Date"), lambda r: r[1].date, "date"
        ),
        Column(
            lambda: QCoreApplication.translate("TodayView", "Days late"),
            lambda r: r[1].days_late or None,
            "number",
            color=late,
        ),
        Column(
            lambda: QCoreApplication.translate("TodayView", "Details"),
            lambda r: task_details(r[1]),
            tooltip=lambda r: task_details(r[1]),
        ),
    ]


class TaskModel(RecordTableModel[tuple[int, Task]]):
    """Keeps the order the owner chose (a column header clicked) when the list is read
    again."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(task_columns(), parent=parent)
        self._order = (COL_RANK, Qt.SortOrder.AscendingOrder)

    def set_tasks(self, tasks: list[Task]) -> None:
        self.set_rows(list(enumerate(tasks, start=1)))
        if self._order != (COL_RANK, Qt.SortOrder.AscendingOrder):  # else: as given
            super().sort(*self._order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order)
        super().sort(column, order)


class TaskTable(QTableView):
    """``task_at(row)`` reads a view row back to its task."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = TaskModel(self)
        self.setModel(self.tasks)
        self.setSortingEnabled(True)
        self.sortByColumn(COL_RANK, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(100)
        header.setSectionResizeMode(COL_CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

    def set_tasks(self, tasks: list[Task]) -> None:
        self.tasks.set_tasks(tasks)

    def task_at(self, row: int) -> Task:
        return self.tasks.record(row)[1]

    def current_task(self) -> Task | None:
        rows = self.selectionModel().selectedRows()
        if rows:
            return self.task_at(rows[0].row())
        current = self.currentIndex()
        return self.task_at(current.row()) if current.isValid() else None

    def shown_tasks(self) -> list[Task]:
        """The tasks in the order shown."""
        return [task for _rank, task in self.tasks.rows()]

    def count(self) -> int:
        return self.tasks.rowCount()
