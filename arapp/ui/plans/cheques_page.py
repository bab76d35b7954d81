"""Step 3: the post-dated cheques the customer hands over, one row per installment (and
the down payment, when ticked). A row left empty is an installment without a cheque.

Each row's amount and date start as its installment's; "Fill down" copies the first row's
bank, branch, account and drawer to every row with consecutive cheque numbers
(:func:`arapp.core.cheques.fill_down`). Rows are checked with the core's
:func:`arapp.core.cheques.clean_cheque` as they are typed; a cheque whose amount is not
its installment's is refused here, with the row's number.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arapp.core.amounts import AmountError
from arapp.core.cheques import ChequeInput, clean_cheque, fill_down
from arapp.core.errors import ImportRowError, InvalidField
from arapp.core.placeholders import arg
from arapp.core.services.plan_records import PlanCheque
from arapp.ui import display
from arapp.ui.i18n.language import current_language
from arapp.ui.ledger.money_input import amount_text, parse_amount, problem_text
from arapp.ui.plans.schedule_table import Line
from arapp.ui.plans.wizard_page import WizardPage
from arapp.ui.widgets.date_edit import DISPLAY_FORMAT, read_date
from arapp.ui.widgets.messages import reason_text, user_message
from arapp.ui.widgets.money_edit import ErrorLabel
from arapp.ui.widgets.wrapping_label import WrappingLabel

FOR, BANK, BRANCH, ACCOUNT, NUMBER, AMOUNT, DATE, DRAWER, DRAWER_ID = range(9)
#: The columns that make a row a cheque: a row with all of them empty is no cheque.
CHEQUE_FIELDS = (BANK, BRANCH, ACCOUNT, NUMBER, DRAWER, DRAWER_ID)
_COLUMN_OF = {"bank": BANK, "branch": BRANCH, "account": ACCOUNT, "number": NUMBER,
              "amount": AMOUNT, "date": DATE, "drawer_name": DRAWER, "drawer_id": DRAWER_ID}
_MAX_LENGTH = {BANK: 2, BRANCH: 3, ACCOUNT: 9, NUMBER: 10, DRAWER_ID: 9}
_BAD = QBrush(QColor("#fde7e9"))
#: How many problems the page lists at once (the rest follow once these are fixed).
SHOWN_PROBLEMS = 4


class RowProblem(Exception):
    """What is wrong with one row: the column at fault and the sentence to show."""

    def __init__(self, column: int, text: str) -> None:
        super().__init__(text)
        self.column = column
        self.text = text


class ChequesPage(WizardPage):
    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.lines: list[Line] = []
        self.problems: list[str] = []
        self._filling = False

        self.hint = WrappingLabel(parent=self)
        self.with_down = QCheckBox(self)
        self.fill_button = QPushButton(self)
        self.fill_button.setAutoDefault(False)
        self.clear_button = QPushButton(self)
        self.clear_button.setAutoDefault(False)
        self.table = QTableWidget(0, 9, self)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DRAWER, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(True)
        self.problem = ErrorLabel(self)
        self.summary = WrappingLabel(parent=self)

        bar = QHBoxLayout()
        bar.addWidget(self.fill_button)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        bar.addWidget(self.with_down)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)

        self.fill_button.clicked.connect(self.fill_down_from_first)
        self.clear_button.clicked.connect(self.clear_all)
        self.with_down.toggled.connect(lambda _on: self.set_lines(self._all_lines))
        self.table.itemChanged.connect(self._edited)
        self._all_lines: list[Line] = []
        self.retranslate()

    # -- rows --------------------------------------------------------------------------
    def set_lines(self, lines: list[Line]) -> None:
        """One row per installment of ``lines`` (the down payment's only when ticked);
        what was typed for an installment is kept, its amount and date follow the
        schedule."""
        self._all_lines = list(lines)
        has_down = any(line.n == 0 for line in lines)
        self.with_down.setVisible(has_down)
        shown = [line for line in lines if line.n != 0 or self.with_down.isChecked()]
        kept = {self.lines[row].n: self._texts(row) for row in range(len(self.lines))}
        old = {line.n: line for line in self.lines}
        self._filling = True
        self.table.setRowCount(len(shown))
        for row, line in enumerate(shown):
            texts = kept.get(line.n)
            previous = old.get(line.n)
            for column in range(self.table.columnCount()):
                text = texts[column] if texts else ""
                if column == AMOUNT and (texts is None or previous is None
                                         or previous.amount != line.amount):
                    text = amount_text(line.amount, current_language())
                if column == DATE and (texts is None or previous is None
                                       or previous.due != line.due):
                    text = line.due.strftime(DISPLAY_FORMAT)
                item = QTableWidgetItem(text)
                if column == FOR:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if column in (AMOUNT, BANK, BRANCH, ACCOUNT, NUMBER, DRAWER_ID, DATE):
                    item.setTextAlignment(display.NUMBER_ALIGNMENT)
                self.table.setItem(row, column, item)
        self.lines = shown
        self._label_rows()
        self._filling = False
        self.validate()

    def _texts(self, row: int) -> list[str]:
        return [self._text(row, column) for column in range(self.table.columnCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_row(self, row: int, **values: str) -> None:
        """Type ``values`` (column name → text: bank, branch, account, number, amount,
        date, drawer_name, drawer_id) into ``row``."""
        for name, text in values.items():
            item = self.table.item(row, _COLUMN_OF[name])
            assert item is not None
            item.setText(text)

    def is_empty_row(self, row: int) -> bool:
        return not any(self._text(row, column) for column in CHEQUE_FIELDS)

    def _row_input(self, row: int) -> ChequeInput:
        """The row as a cheque (before the core's checks); raises :class:`RowProblem`
        for an amount or a date that is not one."""
        try:
            amount = parse_amount(self._text(row, AMOUNT))
        except AmountError as exc:
            raise RowProblem(AMOUNT, arg(self.tr("Cheque %1: %2"), str(row + 1),
                                         problem_text(exc.problem))) from exc
        try:
            day = read_date(self._text(row, DATE))
        except ImportRowError as exc:
            raise RowProblem(DATE, arg(self.tr("Cheque %1: %2"), str(row + 1),
                                       reason_text(exc))) from exc
        return ChequeInput(
            bank=self._text(row, BANK), branch=self._text(row, BRANCH),
            account=self._text(row, ACCOUNT), number=self._text(row, NUMBER), amount=amount,
            date=day, drawer_name=self._text(row, DRAWER), drawer_id=self._text(row, DRAWER_ID),
        )

    def _clean(self, row: int) -> ChequeInput:
        """The row's cheque checked by the core; :class:`RowProblem` says what is wrong."""
        try:
            return clean_cheque(self._row_input(row), row=row + 1)
        except InvalidField as exc:
            raise RowProblem(_COLUMN_OF.get(exc.input_field, BANK), user_message(exc)) from exc

    # -- checks ------------------------------------------------------------------------
    def validate(self) -> list[str]:
        """Check every row that holds a cheque; mark the cells at fault and list what is
        wrong. Returns the problems (empty when Next may go on)."""
        problems: list[str] = []
        self._filling = True
        for row in range(self.table.rowCount()):
            for column in range(1, self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush())
            if self.is_empty_row(row):
                continue
            bad_column, message = self._row_problem(row)
            if message:
                problems.append(message)
                item = self.table.item(row, bad_column)
                if item is not None:
                    item.setBackground(_BAD)
        self._filling = False
        self.problems = problems
        shown = problems[:SHOWN_PROBLEMS]
        if len(problems) > SHOWN_PROBLEMS:
            shown.append(arg(self.tr("…and %1 more."), str(len(problems) - SHOWN_PROBLEMS)))
        self.problem.show_message("\n".join(shown))
        self._show_summary()
        self.completeChanged.emit()
        return problems

    def _row_problem(self, row: int) -> tuple[int, str]:
        try:
            cheque = self._clean(row)
        except RowProblem as problem:
            return problem.column, problem.text
        line = self.lines[row]
        if cheque.amount != line.amount:
            return AMOUNT, arg(
                self.tr("Cheque %1: the amount %2 is not the installment's %3."),
                str(row + 1), display.money(cheque.amount, self.currency),
                display.money(line.amount, self.currency),
            )
        return FOR, ""

    def cheques(self) -> tuple[PlanCheque, ...]:
        """The cheques typed, each for its installment (0: the down payment). Call when
        :meth:`is_complete`."""
        result = []
        for row, line in enumerate(self.lines):
            if not self.is_empty_row(row):
                result.append(PlanCheque(line.n, self._clean(row)))
        return tuple(result)

    def is_complete(self) -> bool:
        return not self.problems

    # -- actions -----------------------------------------------------------------------
    def fill_down_from_first(self) -> bool:
        """Fill every row from the first one; False (said why) when the first row is not
        a whole cheque yet."""
        if not self.lines:
            return False
        if self.is_empty_row(0):
            self.problem.show_message(self.tr(
                "Type the first cheque (bank, branch, account and number), then fill down."))
            return False
        try:
            first = self._clean(0)
        except RowProblem as problem:
            self.validate()
            self.problem.show_message(problem.text)
            return False
        filled = fill_down(first, [line.due for line in self.lines],
                           [line.amount for line in self.lines])
        self._filling = True
        for row, cheque in enumerate(filled):
            self.set_row(
                row, bank=cheque.bank, branch=cheque.branch, account=cheque.account,
                number=cheque.number, amount=amount_text(cheque.amount, current_language()),
                date=cheque.date.strftime(DISPLAY_FORMAT), drawer_name=cheque.drawer_name,
                drawer_id=cheque.drawer_id,
            )
        self._filling = False
        self.validate()
        return True

    def clear_all(self) -> None:
        self._filling = True
        for row in range(self.table.rowCount()):
            for column in CHEQUE_FIELDS:
                self.set_row(row, **{_name(column): ""})
        self._filling = False
        self.set_lines(self._all_lines)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        limit = _MAX_LENGTH.get(item.column())
        if limit is not None and len(item.text()) > limit + 2:
            self._filling = True
            item.setText(item.text()[: limit + 2])
            self._filling = False
        self.validate()

    # -- text --------------------------------------------------------------------------
    def _label_rows(self) -> None:
        for row, line in enumerate(self.lines):
            item = self.table.item(row, FOR)
            if item is None:
                continue
            if line.n == 0:
                item.setText(self.tr("Down payment"))
            else:
                item.setText(arg(self.tr("Installment %1"), str(line.n)))

    def _show_summary(self) -> None:
        count = sum(1 for row in range(self.table.rowCount()) if not self.is_empty_row(row))
        self.summary.setText(arg(self.tr("%1 of %2 installments with a cheque."),
                                 str(count), str(len(self.lines))))

    def title(self) -> str:
        return self.tr("Cheques")

    def focus_first(self) -> None:
        self.table.setFocus()
        if self.table.rowCount():
            self.table.setCurrentCell(0, BANK)

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "Type the post-dated cheques the customer hands over, one row per "
            "installment. Leave a row empty for an installment paid without a cheque."
        ))
        self.with_down.setText(self.tr("A cheque for the down payment too"))
        self.fill_button.setText(self.tr("&Fill down from the first row"))
        self.fill_button.setToolTip(self.tr(
            "Same bank, branch, account and drawer; consecutive cheque numbers; the "
            "installments' dates and amounts."))
        self.clear_button.setText(self.tr("Clear the cheques"))
        self.table.setHorizontalHeaderLabels([
            self.tr("For"), self.tr("Bank"), self.tr("Branch"), self.tr("Account"),
            self.tr("Cheque no."), self.tr("Amount"), self.tr("Date"),
            self.tr("Drawer (if not the customer)"), self.tr("Drawer's ID"),
        ])
        self._filling = True
        self._label_rows()
        self._filling = False
        if self.lines:
            self.validate()


def _name(column: int) -> str:
    return {v: k for k, v in _COLUMN_OF.items()}[column]
