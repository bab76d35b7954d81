"""Per-user UI preferences (language, window geometry, last screen) in QSettings.

One function builds the QSettings object so every screen reads and writes the same store.
INI format on every platform: the file is easy to inspect or delete when support asks, and
tests can point it at a temporary folder with ``QSettings.setPath``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

ORGANIZATION = "arapp"
APPLICATION = "arapp"

KEY_LANGUAGE = "ui/language"
#: The owner's shop file, and whether its sample shop was the one open when the app
#: last showed a shop (so the next start reopens the shop the owner was working in).
KEY_HOME_SHOP = "shop/home"
KEY_SAMPLE_OPEN = "shop/sample_open"


def app_settings() -> QSettings:
    """The settings store of organization "arapp", application "arapp"."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def get_str(key: str, default: str = "") -> str:
    value = app_settings().value(key, default)
    return value if isinstance(value, str) else default


def set_value(key: str, value: object) -> None:
    settings = app_settings()
    if settings.contains(key) and settings.value(key) == value:
        return  # writing the file again (start-up sets the last screen) costs ~5 ms
    settings.setValue(key, value)
    settings.sync()


def save_geometry(widget: QWidget, name: str) -> None:
    """Remember where ``widget`` (a top-level window) is, under ``name``."""
    set_value(f"{name}/geometry", widget.saveGeometry())


def restore_geometry(widget: QWidget, name: str) -> bool:
    """Put ``widget`` back where it was last closed; False when nothing was saved."""
    value = app_settings().value(f"{name}/geometry")
    if isinstance(value, QByteArray | bytes) and value:
        return bool(widget.restoreGeometry(QByteArray(value)))
    return False
