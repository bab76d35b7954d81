"""Make a letter for one customer: pick the kind, language and date, see the exact PDF,
print it or save it.

The preview shows the bytes the drafted letter rendered to, and those same bytes are
printed, saved and recorded (DESIGN, "Printing and preview"). The letter is prepared off
the UI thread (a query op), so the dialog stays responsive while a long one renders;
printing or saving waits for the preparation under way. Preparing records nothing: a
letter enters the customer's file (``shop.letters.issue``) only when the owner prints or
saves it, and one prepared PDF is recorded once even if it is both printed and saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from arapp.core.errors import UserError
from arapp.core.letters.data import PreparedLetter
from arapp.core.letters.filenames import safe_code
from arapp.core.letters.kinds import BY_HAND_KINDS, letter_kind
from arapp.core.letters.kinds import PAYMENT_CONFIRMATION as CONFIRMATION
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.letters import PRINTED, SAVED
from arapp.documents.render import render_document
from arapp.ui.display import ltr
from arapp.ui.i18n.language import LANGUAGES, NATIVE_NAMES
from arapp.ui.letters.pdf_output import ask_pdf_path, choose_printer, send_to_printer, write_pdf
from arapp.ui.letters.print_preview import PdfPreview
from arapp.ui.ops.query import QueryHandle, run_query, show_failure, wait_for_queries
from arapp.ui.widgets.date_edit import DateEdit
from arapp.ui.widgets.messages import show_user_error, user_message
from arapp.ui.widgets.placement import place_window

KINDS: tuple[str, ...] = BY_HAND_KINDS
#: The settlement offer's discount the dialog starts from (the core's default).
DEFAULT_DISCOUNT = 10.0
#: Option changes that come in quick succession (typing a date) make one new letter.
REPREPARE_DELAY_MS = 150


@dataclass(frozen=True, slots=True)
class LetterChoices:
    """What else the owner chose for the letter kinds that take it."""

    discount_percent: Decimal
    period_start: date | None = None
    period_end: date | None = None
    # A warning before legal action sent by registered mail (printed at its top).
    registered_mail: bool | None = None


def default_period_start(letter_date: date) -> date:
    """A statement's default start, as the core draws it: the first of the month a year
    before the letter's date."""
    return date(letter_date.year - 1, letter_date.month, 1)


class LetterDialog(QDialog):
    """``letterRecorded(document_id)`` is emitted when a printed or saved letter has been
    stored in the customer's file; ``exec()`` returns Accepted when at least one letter
    was (so the customer card knows to refresh its log), Rejected otherwise."""

    letterRecorded = Signal(int)

    def __init__(
        self,
        shop: Shop,
        customer_id: int,
        parent: QWidget | None = None,
        kind: str = "warning",
        *,
        payment_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer = shop.customers.get(customer_id)
        # A payment confirmation for this payment instead of a letter of the owner's choice.
        self.payment_id = payment_id
        self.prepared: PreparedLetter | None = None
        self._request = 0
        self._preparing: QueryHandle | None = None
        self.recorded_id: int | None = None
        self.recorded_ids: list[int] = []
        self._printer: QPrinter | None = None

        self.kind_box = QComboBox(self)
        names = self._kind_names()
        for key in (CONFIRMATION,) if payment_id is not None else KINDS:
            self.kind_box.addItem(names.get(key, key), key)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.kind_box.setEnabled(payment_id is None)
        self.lang_box = QComboBox(self)
        for lang in LANGUAGES:
            self.lang_box.addItem(NATIVE_NAMES[lang], lang)
        self.lang_box.setCurrentIndex(max(0, self.lang_box.findData(self.customer.language)))
        self.date_edit = DateEdit(date.today(), self)
        # A settlement offer's discount and a statement's period: shown for that kind only.
        self.discount = QDoubleSpinBox(self)
        self.discount.setRange(0.5, 99.5)
        self.discount.setDecimals(1)
        self.discount.setSingleStep(1.0)
        self.discount.setValue(DEFAULT_DISCOUNT)
        self.discount.setSuffix(" %")
        self.discount.setMaximumWidth(120)
        self.registered = QCheckBox(self.tr("Sent by registered mail with delivery confirmation"),
                                    self)
        self.registered.setChecked(True)
        self.period_from = DateEdit(default_period_start(date.today()), self)
        self.period_to = DateEdit(date.today(), self)
        self._period_touched = False
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        self.preview = PdfPreview(self)
        # What was just done with the letter: printed where, saved where (defect 10).
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.print_button.clicked.connect(lambda: self.print_letter())
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.buttons.rejected.connect(self.reject)

        self.form = form = QFormLayout()
        form.addRow(self.tr("Letter"), self.kind_box)
        form.addRow(self.tr("Language"), self.lang_box)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Discount"), self.discount)
        form.addRow("", self.registered)
        form.addRow(self.tr("Period from"), self.period_from)
        form.addRow(self.tr("Period to"), self.period_to)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)

        title = self.tr("Letter to %1") if payment_id is None else self.tr(
            "Payment confirmation for %1"
        )
        self.setWindowTitle(arg(title, self.customer.name))
        place_window(self, QSize(860, 900), "letter")

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REPREPARE_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.kind_box.currentIndexChanged.connect(self._schedule)
        self.lang_box.currentIndexChanged.connect(self._schedule)
        self.date_edit.dateChanged.connect(self._letter_date_changed)
        self.date_edit.validityChanged.connect(self._date_validity)
        self.discount.valueChanged.connect(self._schedule)
        self.registered.toggled.connect(self._schedule)
        for edit in (self.period_from, self.period_to):
            edit.dateChanged.connect(self._period_changed)
            edit.validityChanged.connect(self._date_validity)
        self.kind_box.currentIndexChanged.connect(self._show_options)
        self._show_options()
        self.refresh()

    def _kind_names(self) -> dict[str, str]:
        return {
            "reminder": self.tr("Friendly reminder"),
            "debt_notice": self.tr("Debt notice (Consumer Protection Law §13B2)"),
            "second": self.tr("Second reminder"),
            "warning": self.tr("Warning before legal action"),
            "settlement": self.tr("Settlement offer"),
            "statement": self.tr("Statement of account"),
            CONFIRMATION: self.tr("Payment confirmation"),
        }

    # -- choices --------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def lang(self) -> str:
        return str(self.lang_box.currentData())

    def letter_date(self) -> date:
        return self.date_edit.value()

    def discount_percent(self) -> Decimal:
        return Decimal(str(round(self.discount.value(), 1)))

    def period(self) -> tuple[date | None, date | None]:
        """The statement's period the owner chose; (None, None) leaves the core's
        default (a year back to the letter's date), which the boxes show until edited."""
        if not self._period_touched:
            return None, None
        return self.period_from.value(), self.period_to.value()

    def _show_options(self) -> None:
        kind = self.kind()
        self.form.setRowVisible(self.discount, kind == "settlement")
        self.form.setRowVisible(self.registered, self._legal_notice(kind))
        self.form.setRowVisible(self.period_from, kind == "statement")
        self.form.setRowVisible(self.period_to, kind == "statement")

    @staticmethod
    def _legal_notice(kind: str) -> bool:
        return kind != CONFIRMATION and letter_kind(kind).legal_notice

    def _letter_date_changed(self) -> None:
        if not self._period_touched:
            on = self.letter_date()
            for edit, value in ((self.period_from, default_period_start(on)), (self.period_to, on)):
                edit.blockSignals(True)
                edit.set_value(value)
                edit.blockSignals(False)
        self._schedule()

    def _period_changed(self) -> None:
        self._period_touched = True
        self._schedule()

    def _dates_valid(self) -> bool:
        return all(e.is_valid() for e in (self.date_edit, self.period_from, self.period_to))

    def _date_validity(self, _valid: bool = True) -> None:
        # What is shown is the letter of the last real dates; while a box holds
        # something else, printing it would not be what the owner typed.
        ready = self._dates_valid() and self.prepared is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _date_ok(self) -> bool:
        for edit in (self.date_edit, self.period_from, self.period_to):
            if not edit.is_valid():
                edit.show_problem()
                return False
        return True

    def _schedule(self) -> None:
        self._timer.start()

    def _flush(self) -> None:
        """Make sure what is shown matches the current choices before printing/saving."""
        if self._timer.isActive():
            self._timer.stop()
            self.refresh()
        self.wait_prepared()

    def wait_prepared(self) -> None:
        """Block until the preparation under way (if any) has been shown."""
        if self._preparing is not None and not self._preparing.done:
            wait_for_queries()
            while not self._preparing.done:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def refresh(self) -> None:
        """Prepare the letter for the current choices off the UI thread and show it when
        ready (nothing is recorded); a newer choice replaces an older one in flight."""
        self._timer.stop()
        self.prepared = None
        self.recorded_id = None
        self.notice.clear()
        self._request += 1
        request = self._request
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        customer_id, kind, lang, on = self.customer.id, self.kind(), self.lang(), self.letter_date()
        options = LetterChoices(
            self.discount_percent(), *self.period(),
            registered_mail=self.registered.isChecked() if self._legal_notice(kind) else None,
        )
        self._preparing = run_query(
            self.shop,
            lambda: self._prepare(customer_id, kind, lang, on, options),
            lambda prepared: self._show_prepared(request, prepared),
            lambda exc: self._show_problem(request, exc),
        )

    def _show_prepared(self, request: int, prepared: PreparedLetter) -> None:
        if not isValid(self) or request != self._request:
            return  # closed, or the owner changed a choice meanwhile
        self.prepared = prepared
        self.problem.hide()
        late = prepared.draft.past_notice_window
        if late:
            # §13B2(a): the debt notice belongs within 4 months of the missed due date.
            self.notice.setText(arg(self.tr(
                "Late debt notice: %1 fell due more than 4 months ago; the law (§13B2(a))"
                " wants the notice within 4 months of the missed due date."
            ), ltr(", ".join(late))))
        self.preview.set_pdf(prepared.pdf)
        self._date_validity()

    def _show_problem(self, request: int, exc: BaseException) -> None:
        if not isValid(self) or request != self._request:
            return
        if not isinstance(exc, UserError):
            show_failure(self)(exc)  # a bug: to the exception hook
            return
        self.preview.clear()
        self.problem.setText(user_message(exc))
        self.problem.show()

    def _prepare(
        self, customer_id: int, kind: str, lang: str, on: date, options: LetterChoices
    ) -> PreparedLetter:
        """Draft and render the letter (on a worker thread)."""
        if self.payment_id is not None:
            draft = self.shop.confirmations.payment_confirmation(self.payment_id, lang, on)
        else:
            draft = self.shop.letter_drafts.draft(
                customer_id,
                kind,
                lang,
                on,
                discount_percent=options.discount_percent,
                period_start=options.period_start,
                period_end=options.period_end,
                registered_mail=options.registered_mail,
            )
        return PreparedLetter(draft, render_document(draft.data))

    # -- print / save ---------------------------------------------------------------------

    def print_letter(self, printer: QPrinter | None = None) -> bool:
        """Print the shown letter: on ``printer`` if given, else on the one the owner picks
        in the print dialog. Records the letter once printed; False if nothing printed."""
        self._flush()
        prepared = self.prepared
        if prepared is None or not self._date_ok():
            return False
        if printer is None:
            if self._printer is None:  # kept: the owner's choice of printer stays
                self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer = self._printer
            if not choose_printer(self, printer, prepared.pdf, self._suggested_name(prepared)):
                return False
        pages = send_to_printer(self, prepared.pdf, printer)
        if pages is None:
            return False
        self._record(prepared, PRINTED)
        where = printer.outputFileName() or printer.printerName()
        self.notice.setText(
            arg(self.tr("Printed: %1 page(s) to %2."), str(pages), ltr(where))
        )
        return True

    def _suggested_name(self, prepared: PreparedLetter) -> str:
        code = safe_code(self.customer.code)
        return f"{code}_{prepared.kind}_{prepared.letter_date.isoformat()}.pdf"

    def save_pdf(self, path: str | Path | None = None) -> bool:
        """Save the shown letter's exact bytes to ``path`` (asked for when None) and record
        it; False if the owner cancelled or the file could not be written."""
        self._flush()
        prepared = self.prepared
        if prepared is None or not self._date_ok():
            return False
        if path is None:
            path = ask_pdf_path(self, self._suggested_name(prepared))
            if path is None:
                return False
        if not write_pdf(self, path, prepared.pdf):
            return False
        self._record(prepared, SAVED)
        self.notice.setText(arg(self.tr("Saved to %1."), ltr(str(path))))
        return True

    def _record(self, prepared: PreparedLetter, how: str) -> None:
        """Keep the letter, saying ``how`` it left (``PRINTED``/``SAVED``)."""
        try:
            if self.recorded_id is not None and prepared is self.prepared:
                # Printed and saved: still one letter in the customer's file, noted twice.
                self.shop.letters.mark_delivered(self.recorded_id, how)
                return
            document_id = self.shop.letters.issue(prepared.draft, prepared.pdf, how=how)
        except UserError as exc:
            show_user_error(self, exc)
            return
        if prepared is self.prepared:
            self.recorded_id = document_id
        self.recorded_ids.append(document_id)
        self.letterRecorded.emit(document_id)

    def done(self, result: int) -> None:
        if self.recorded_ids:
            result = QDialog.DialogCode.Accepted
        super().done(result)
