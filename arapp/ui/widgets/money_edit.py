"""An amount box that checks what is typed as it is typed, with an inline red message."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from arapp.ui.i18n.language import current_language
from arapp.ui.ledger.money_input import (
    AmountError,
    AmountProblem,
    amount_text,
    parse_amount,
    problem_text,
)
from arapp.ui.widgets.wrapping_label import WrappingLabel

_INVALID_STYLE = "QLineEdit { border: 1px solid #b3261e; border-radius: 2px; }"


class ErrorLabel(WrappingLabel):
    """A red one-line message under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setStyleSheet("color: #b3261e;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hide()

    def show_message(self, text: str) -> None:
        # Forms that check on every keystroke say the same thing again and again; an
        # unchanged message is left alone so the form is not laid out again for nothing.
        if text == self.text() and self.isHidden() != bool(text):
            return
        self.setText(text)
        self.setVisible(bool(text))


class MoneyEdit(QLineEdit):
    """Emits ``amountChanged`` with the parsed ``Decimal`` or ``None`` on every edit.

    An empty box is "no amount" (not an error message: the owner has not typed yet), but
    it is still not a valid amount, so the OK button stays disabled.
    """

    amountChanged = Signal(object)

    def __init__(
        self,
        error_label: ErrorLabel | None = None,
        *,
        allow_zero: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._allow_zero = allow_zero
        self._amount: Decimal | None = None
        self._problem: AmountProblem | None = AmountProblem.EMPTY
        self.error_label = error_label or ErrorLabel(parent)
        self.setMaxLength(20)
        self.setMaximumWidth(260)
        # Right-aligned in every language, like amounts in tables (see display.py).
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.textChanged.connect(self._on_text)

    def amount(self) -> Decimal | None:
        return self._amount

    def problem(self) -> AmountProblem | None:
        return self._problem

    def is_valid(self) -> bool:
        return self._amount is not None

    def set_amount(self, value: Decimal | None) -> None:
        self.setText("" if value is None else amount_text(value, current_language()))

    def retranslate(self) -> None:
        """Say the current problem again in the new language."""
        self._show_problem()

    def _on_text(self, text: str) -> None:
        try:
            self._amount = parse_amount(text, allow_zero=self._allow_zero)
            self._problem = None
        except AmountError as exc:
            self._amount = None
            self._problem = exc.problem
        self._show_problem()
        self.amountChanged.emit(self._amount)

    def _show_problem(self) -> None:
        visible = self._problem not in (None, AmountProblem.EMPTY)
        self.setStyleSheet(_INVALID_STYLE if visible else "")
        text = problem_text(self._problem) if visible and self._problem else ""
        self.error_label.show_message(text)


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    """``field`` with its error line under it, as one form cell: a hidden message then
    takes no room, where a form row of its own would leave a gap."""
    cell = QWidget(field.parentWidget())
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return cell
