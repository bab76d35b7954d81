"""Step 2: the terms, with the schedule they make shown live beside them.

Every keystroke rebuilds the schedule with the core's pure
:func:`arapp.core.plans.schedule.build_schedule` (no database: a few milliseconds even for
120 installments), so the owner and the customer see the installments change as they
talk. A refusal (:class:`InvalidField`) is shown translated under the field it names
(``input_field``), and Next stays disabled until the terms make a schedule.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from arapp.core import id_number
from arapp.core.errors import InvalidField
from arapp.core.letters.data import Party
from arapp.core.money import ZERO
from arapp.core.placeholders import arg
from arapp.core.plans.schedule import (
    DEFAULT_GRACE_DAYS,
    Frequency,
    Schedule,
    Terms,
    add_months,
    build_schedule,
)
from arapp.core.services.plans import MAX_GRACE_DAYS
from arapp.core.textclean import strip_bidi_controls
from arapp.ui import display
from arapp.ui.ledger.money_input import AmountProblem, problem_text
from arapp.ui.plans.schedule_table import ScheduleTable
from arapp.ui.plans.wizard_page import WizardPage
from arapp.ui.widgets.date_edit import DateEdit
from arapp.ui.widgets.messages import user_message
from arapp.ui.widgets.money_edit import ErrorLabel, MoneyEdit, with_error
from arapp.ui.widgets.wrapping_label import WrappingLabel

_POSTAL_CODE = re.compile(r"\b\d{5,7}\b")


def city_of(address: str) -> str:
    """The city part of a business address: its last comma-separated part, without a
    postal code ("הרצל 12, חיפה 3303112" → "חיפה", "شارع المدارس 3، أم الفحم" → "أم الفحم")."""
    # Arabic writes its comma as "،".
    unified = address.replace("\n", ",").replace("،", ",")
    parts = [p.strip() for p in unified.split(",") if p.strip()]
    if not parts:
        return ""
    return " ".join(_POSTAL_CODE.sub("", parts[-1]).split())


def parse_rate(text: str) -> Decimal | None:
    """A percentage as typed ("6", "3.5", "3,5", "6%"); empty is 0; None when it is not
    a number."""
    text = text.strip().rstrip("%").strip().replace(",", ".")
    if not text:
        return ZERO
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def parse_count(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 6 else None


class TotalsLine(QWidget):
    """Two lines of wrapped text whose changes repaint only themselves. A QLabel given
    new text asks the layout around it to lay out again, and a layout laid out repaints
    the whole page; the totals change on every keystroke, so this line keeps one fixed
    height and only paints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 6)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        flags = QStyle.visualAlignment(
            self.layoutDirection(), Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        )
        painter.drawText(self.rect().adjusted(6, 2, -6, 0),
                         int(flags) | int(Qt.TextFlag.TextWordWrap), self._text)
        painter.end()


class TermsPage(WizardPage):
    def __init__(self, currency: str, place: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.debt = ZERO
        self.plan_date = date.today()
        self.schedule: Schedule | None = None
        self._errors: dict[str, ErrorLabel] = {}

        self.debt_label = WrappingLabel(parent=self)
        self.down_error = self._error("down_payment")
        self.down_payment = MoneyEdit(self.down_error, allow_zero=True, parent=self)
        self.by_count = QRadioButton(self)
        self.by_amount = QRadioButton(self)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.by_count)
        self.mode.addButton(self.by_amount)
        self.by_count.setChecked(True)
        self.count_error = self._error("count")
        self.count = QLineEdit("12", self)
        self.count.setMaxLength(6)
        self.count.setMaximumWidth(80)
        self.amount_error = self._error("amount_each")
        self.amount_each = MoneyEdit(self.amount_error, parent=self)
        self.frequency = QComboBox(self)
        for value in Frequency:
            self.frequency.addItem("", value.value)
        self.first_due = DateEdit(add_months(self.plan_date, 1), self)
        self._errors["first_due"] = self.first_due.error
        self.rate_error = self._error("annual_rate")
        self.rate = QLineEdit("0", self)
        self.rate.setMaxLength(8)
        self.rate.setMaximumWidth(80)
        self.grace = QSpinBox(self)
        self.grace.setRange(0, MAX_GRACE_DAYS)
        self.grace.setValue(DEFAULT_GRACE_DAYS)
        self.place = QLineEdit(place, self)
        self.place.setMaxLength(100)
        self.place.setMaximumWidth(260)
        self.frequency.setMaximumWidth(200)
        self.grace.setMaximumWidth(80)

        self.guarantor_box = QGroupBox(self)
        self.guarantor_box.setCheckable(True)
        self.guarantor_box.setChecked(False)
        self.g_name = QLineEdit(self.guarantor_box)
        self.g_name.setMaxLength(200)
        self.g_id_error = self._error("guarantor_id")
        self.g_id = QLineEdit(self.guarantor_box)
        self.g_id.setMaxLength(12)
        self.g_id.setMaximumWidth(140)
        self.g_address = QLineEdit(self.guarantor_box)
        self.g_address.setMaxLength(300)
        self.g_limit_error = self._error("guarantor_limit")
        self.g_limit = MoneyEdit(self.g_limit_error, parent=self.guarantor_box)
        self.g_form = QFormLayout(self.guarantor_box)
        self.g_captions = [QLabel(self.guarantor_box) for _ in range(4)]
        for caption, field in zip(
            self.g_captions,
            (self.g_name, with_error(self.g_id, self.g_id_error), self.g_address,
             with_error(self.g_limit, self.g_limit_error)),
            strict=True,
        ):
            self.g_form.addRow(caption, field)
        self.g_name_error = self._error("guarantor_name")
        self.g_form.addRow(self.g_name_error)

        self.general_error = ErrorLabel(self)
        count_row = QHBoxLayout()
        count_row.addWidget(self.by_count)
        count_row.addWidget(self.count)
        count_row.addStretch(1)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.by_amount)
        amount_row.addWidget(self.amount_each)
        amount_row.addStretch(1)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate)
        self.rate_suffix = QLabel("%", self)
        rate_row.addWidget(self.rate_suffix)
        rate_row.addStretch(1)

        self.form = QFormLayout()
        self.captions = {key: QLabel(self) for key in
                         ("down", "installments", "frequency", "first_due", "rate", "grace",
                          "place")}
        self.form.addRow(self.captions["down"], with_error(self.down_payment, self.down_error))
        installments = QVBoxLayout()
        installments.setSpacing(2)
        installments.addLayout(count_row)
        installments.addWidget(self.count_error)
        installments.addLayout(amount_row)
        installments.addWidget(self.amount_error)
        self.form.addRow(self.captions["installments"], installments)
        self.form.addRow(self.captions["frequency"], self.frequency)
        self.form.addRow(self.captions["first_due"], self.first_due)
        rate_cell = QVBoxLayout()
        rate_cell.setSpacing(2)
        rate_cell.addLayout(rate_row)
        rate_cell.addWidget(self.rate_error)
        self.form.addRow(self.captions["rate"], rate_cell)
        self.form.addRow(self.captions["grace"], self.grace)
        self.form.addRow(self.captions["place"], self.place)
        for key, field in (("down", self.down_payment), ("frequency", self.frequency),
                           ("first_due", self.first_due), ("rate", self.rate),
                           ("grace", self.grace), ("place", self.place)):
            self.captions[key].setBuddy(field)

        left = QVBoxLayout()
        left.addWidget(self.debt_label)
        left.addLayout(self.form)
        left.addWidget(self.guarantor_box)
        left.addWidget(self.general_error)
        left.addStretch(1)
        self.preview_title = QLabel(self)
        self.table = ScheduleTable(currency, self)
        self.totals = TotalsLine(self)
        right = QVBoxLayout()
        right.addWidget(self.preview_title)
        right.addWidget(self.table, 1)
        right.addWidget(self.totals)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        layout.addLayout(right, 6)

        for first, second in (
            (self.down_payment, self.by_count), (self.by_count, self.count),
            (self.count, self.by_amount), (self.by_amount, self.amount_each),
            (self.amount_each, self.frequency), (self.frequency, self.first_due),
            (self.first_due, self.rate), (self.rate, self.grace), (self.grace, self.place),
            (self.place, self.guarantor_box), (self.guarantor_box, self.g_name),
            (self.g_name, self.g_id), (self.g_id, self.g_address),
            (self.g_address, self.g_limit),
        ):
            self.setTabOrder(first, second)

        for edit in (self.count, self.rate, self.g_name, self.g_id):
            edit.textChanged.connect(self.recompute)
        for money in (self.down_payment, self.amount_each, self.g_limit):
            money.amountChanged.connect(self.recompute)
        self.mode.buttonToggled.connect(self._mode_changed)
        self.frequency.currentIndexChanged.connect(self.recompute)
        self.first_due.dateChanged.connect(self.recompute)
        self.first_due.validityChanged.connect(self.recompute)
        self.guarantor_box.toggled.connect(self.recompute)
        self._mode_changed()
        self.retranslate()

    def _error(self, field: str) -> ErrorLabel:
        label = ErrorLabel(self)
        self._errors[field] = label
        return label

    # -- values ------------------------------------------------------------------------
    def set_debt(self, debt: Decimal) -> None:
        self.debt = debt
        self._show_debt()
        self.recompute()

    def frequency_value(self) -> Frequency:
        return Frequency(str(self.frequency.currentData()))

    def down_payment_value(self) -> Decimal | None:
        if not self.down_payment.text().strip():
            return ZERO
        return self.down_payment.amount()

    def terms(self) -> Terms | None:
        """The terms as typed, or None while a box holds something that is not a value
        (its own message says so)."""
        down = self.down_payment_value()
        rate = parse_rate(self.rate.text())
        count = amount_each = None
        if self.by_count.isChecked():
            count = parse_count(self.count.text())
            if count is None:
                return None
        else:
            amount_each = self.amount_each.amount()
            if amount_each is None:
                return None
        if down is None or rate is None or not self.first_due.is_valid():
            return None
        return Terms(debt=self.debt, plan_date=self.plan_date, first_due=self.first_due.value(),
                     count=count, amount_each=amount_each, frequency=self.frequency_value(),
                     down_payment=down, annual_rate=rate)

    def guarantor(self) -> Party | None:
        if not self.guarantor_box.isChecked():
            return None
        digits = id_number.digits_of(self.g_id.text()) or self.g_id.text().strip()
        return Party(
            name=strip_bidi_controls(self.g_name.text()).strip(),
            id_number=digits,
            address=strip_bidi_controls(self.g_address.text()).strip(),
            max_liability=self.g_limit.amount(),
        )

    def place_value(self) -> str:
        return strip_bidi_controls(self.place.text()).strip()

    def is_complete(self) -> bool:
        return self.schedule is not None and not self._guarantor_problem()

    # -- the live preview --------------------------------------------------------------
    def _mode_changed(self, *_args: object) -> None:
        counting = self.by_count.isChecked()
        self.count.setEnabled(counting)
        self.amount_each.setEnabled(not counting)
        self.recompute()

    def recompute(self, *_args: object) -> None:
        """Rebuild the schedule from the boxes and show it, or say what is wrong."""
        for field in ("count", "annual_rate", "first_due", "guarantor_id", "guarantor_name"):
            if field != "first_due" or self.first_due.is_valid():
                self._errors[field].show_message("")
        # A money box's own message (not a number…) stays; a refusal from the last
        # schedule is cleared once the box holds an amount again.
        for field, edit in (("down_payment", self.down_payment),
                            ("amount_each", self.amount_each)):
            if edit.problem() in (None, AmountProblem.EMPTY) and edit.isEnabled():
                self._errors[field].show_message("")
        if not self.amount_each.isEnabled():
            self._errors["amount_each"].show_message("")
        self.general_error.show_message("")
        self.schedule = None
        if self.by_count.isChecked() and parse_count(self.count.text()) is None:
            self._errors["count"].show_message(self.tr("Type a whole number of installments."))
        if parse_rate(self.rate.text()) is None:
            self._errors["annual_rate"].show_message(problem_text(AmountProblem.NOT_A_NUMBER))
        if self.by_amount.isChecked() and self.amount_each.problem() is AmountProblem.EMPTY:
            self._errors["amount_each"].show_message(
                self.tr("Type the amount of each installment."))
        terms = self.terms()
        if terms is not None:
            try:
                self.schedule = build_schedule(terms, today=date.today())
            except InvalidField as exc:
                self._show_refusal(exc)
        self._guarantor_problem(show=True)
        self.table.show_schedule(self.schedule)
        self._show_totals()
        self.completeChanged.emit()

    def _show_refusal(self, exc: InvalidField) -> None:
        target = {"items": "general", "debt": "general"}.get(exc.input_field, exc.input_field)
        label = self._errors.get(target, self.general_error)
        if target == "count" and not self.by_count.isChecked():
            label = self._errors["amount_each"]
        label.show_message(user_message(exc))

    def _guarantor_problem(self, *, show: bool = False) -> bool:
        if not self.guarantor_box.isChecked():
            return False
        problem = False
        if not self.g_name.text().strip():
            problem = True
            if show:
                self._errors["guarantor_name"].show_message(
                    self.tr("Type the guarantor's name, or untick Guarantor."))
        digits = id_number.digits_of(self.g_id.text())
        if digits is None or not id_number.is_valid(digits):
            problem = True
            if show and self.g_id.text().strip():
                self._errors["guarantor_id"].show_message(
                    self.tr("This ID number is not valid (check the last digit)."))
            elif show:
                self._errors["guarantor_id"].show_message(
                    self.tr("A guarantor needs an ID number."))
        if self.g_limit.text().strip() and self.g_limit.amount() is None:
            problem = True
        return problem

    def _show_debt(self) -> None:
        self.debt_label.setText(arg(self.tr("Debt the plan covers: %1"),
                                    display.money(self.debt, self.currency)))

    def _show_totals(self) -> None:
        schedule = self.schedule
        if schedule is None:
            self.totals.setText(self.tr("The schedule shows here once the terms are complete."))
            return
        money = lambda v: display.money(v, self.currency)  # noqa: E731
        text = arg(
            self.tr("%n installment(s), %1 in all (interest %2). Total payable with the "
                    "down payment: %3.", "", len(schedule.lines)),
            money(schedule.total_installments),
            money(schedule.total_interest), money(schedule.total_payable),
        )
        self.totals.setText(text)

    # -- page --------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Terms")

    def focus_first(self) -> None:
        self.down_payment.setFocus()

    def retranslate(self) -> None:
        c = self.captions
        c["down"].setText(self.tr("&Down payment:"))
        c["installments"].setText(self.tr("Installments:"))
        c["frequency"].setText(self.tr("&Every:"))
        c["first_due"].setText(self.tr("F&irst due on:"))
        c["rate"].setText(self.tr("Annual &interest rate:"))
        c["grace"].setText(self.tr("&Grace period (days):"))
        c["place"].setText(self.tr("&Place of signing:"))
        self.by_count.setText(self.tr("&Number of installments:"))
        self.by_amount.setText(self.tr("&Amount of each:"))
        self.down_payment.setPlaceholderText(self.tr("none"))
        self.grace.setToolTip(self.tr(
            "An installment more than this many days late lets you call in the whole "
            "remaining debt (the acceleration clause)."))
        names = {
            Frequency.MONTH.value: self.tr("month"),
            Frequency.TWO_WEEKS.value: self.tr("two weeks"),
            Frequency.WEEK.value: self.tr("week"),
        }
        for i in range(self.frequency.count()):
            self.frequency.setItemText(i, names[str(self.frequency.itemData(i))])
        self.guarantor_box.setTitle(self.tr("G&uarantor"))
        for caption, text in zip(self.g_captions, (
            self.tr("Name:"), self.tr("ID number:"), self.tr("Address:"),
            self.tr("Liable up to:"),
        ), strict=True):
            caption.setText(text)
        self.g_limit.setPlaceholderText(self.tr("the whole debt"))
        self.preview_title.setText(self.tr("Schedule"))
        self.down_payment.retranslate()
        self.amount_each.retranslate()
        self.g_limit.retranslate()
        self._show_debt()
        self.table.retranslate()
        self.recompute()
