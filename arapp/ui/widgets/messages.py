"""Showing a service's refusal (a ``UserError``) to the owner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from arapp.core.errors import UserError
from arapp.ui.display import isolate


def user_message(exc: UserError) -> str:
    """The refusal in the UI language: its template translated (context "UserError", the
    list in :mod:`arapp.ui.core_messages`), then filled with its values. A ``field`` value
    names a form field and is translated too; other values are isolated so a number or a
    Latin name keeps its order in a right-to-left sentence."""
    template = QCoreApplication.translate("UserError", getattr(exc, "template", exc.message))
    params = getattr(exc, "params", {})
    if not params:
        return template
    values = {
        key: QCoreApplication.translate("UserError", str(value)) if key == "field"
        else isolate(str(value))
        for key, value in params.items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or garbled a field: the English message still informs.
        return exc.message


def show_user_error(parent: QWidget | None, exc: UserError) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("Messages", "Not done"), user_message(exc)
    )
