"""A dialog that records something through one service call.

Subclasses build their form, place :attr:`ServiceDialog.error` and
:attr:`ServiceDialog.buttons` in their layout, and implement :meth:`submit` (call the
service; its one transaction either records everything or nothing) and :meth:`changes`
(what a successful call changed). On OK, a refusal (``UserError``) is shown translated in
the dialog's own error line and the dialog stays open with what the owner typed; on success
the change is announced to the app (:mod:`arapp.ui.ops.changes`) and the dialog closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from arapp.core.errors import UserError
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.ops.changes import Changes, announce
from arapp.ui.widgets.date_edit import DateEdit
from arapp.ui.widgets.messages import user_message
from arapp.ui.widgets.money_edit import ErrorLabel


class ServiceDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # -- for subclasses ----------------------------------------------------------------
    def can_submit(self) -> bool:
        """Whether the form is complete enough to call the service (OK does nothing
        otherwise; the form says what is missing)."""
        return True

    def confirm(self) -> bool:
        """Ask the owner about something unusual in a complete form (an overpayment)
        before recording; False keeps the dialog open with what was typed."""
        return True

    def submit(self) -> None:
        """Call the service with the form's values; raise its ``UserError`` unchanged."""
        raise NotImplementedError

    def changes(self) -> Changes:
        """What a successful :meth:`submit` changed, announced to the app."""
        return Changes()

    # -- the one way OK works ------------------------------------------------------------
    def show_error(self, exc: UserError) -> None:
        self.error.show_message(user_message(exc))

    def accept(self) -> None:
        if self.submit_now():
            super().accept()

    def submit_now(self) -> bool:
        """Check, confirm, submit and announce as OK does, without closing; whether it
        was recorded (a form that records one thing after another uses it)."""
        # A date box holding text that is not a date (31/02/2026, half typed) would
        # otherwise record the last date it held, which is not what the owner sees.
        for edit in self.findChildren(DateEdit):
            if edit.isVisibleTo(self) and not edit.is_valid():
                edit.show_problem()
                edit.setFocus()
                return False
        if not self.can_submit() or not self.confirm():
            return False
        try:
            self.submit()
        except UserError as exc:
            self.show_error(exc)
            return False
        announce(self.changes())
        return True
