"""Showing a service's refusal (a ``UserError``) to the owner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from arapp.core.errors import UserError


def user_message(exc: UserError) -> str:
    """The refusal in the UI language when the translation file knows the sentence.

    Service messages are English sentences, some with values in them; fixed ones are
    translated under the "UserError" context, the rest are shown as they are.
    """
    return QCoreApplication.translate("UserError", exc.message)


def show_user_error(parent: QWidget | None, exc: UserError) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("Messages", "Not done"), user_message(exc)
    )
