"""Showing a service's refusal (a ``UserError``) to the owner."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from arapp.core.errors import ImportRowError, UserError
from arapp.ui.display import day, isolate

# Values that are English words listed for translation too: a form field's name, and the
# month an import reason names ("February 2026 has 28 days").
_TRANSLATED_VALUES = frozenset({"field", "month_name"})


def translated(template: str, params: Mapping[str, object], english: str) -> str:
    """``template`` translated (context "UserError", the list in
    :mod:`arapp.ui.i18n.core_messages`) and filled with ``params``. A ``field`` value names a
    form field and a ``month_name`` value a month; they are translated too. Other values
    are isolated so a number or a Latin name keeps its order in a right-to-left sentence.
    ``english`` is the filled English text, shown if a translation lost or garbled a
    field."""
    text = QCoreApplication.translate("UserError", template)
    if not params:
        return text
    values = {key: _shown(key, value) for key, value in params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return english


def _shown(key: str, value: object) -> str:
    if key in _TRANSLATED_VALUES:
        return QCoreApplication.translate("UserError", str(value))
    if isinstance(value, date) and not isinstance(value, datetime):
        return isolate(day(value))  # the reader's date format, kept in order in RTL text
    return isolate(str(value))


def user_message(exc: UserError) -> str:
    """A service's refusal in the UI language, with its values."""
    return translated(exc.template, exc.params, exc.message)


def reason_text(error: ImportRowError) -> str:
    """Why one row of an import file was refused, in the UI language."""
    return translated(error.reason_template, error.reason_params, error.reason)


def show_user_error(parent: QWidget | None, exc: UserError) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("Messages", "Not done"), user_message(exc)
    )
