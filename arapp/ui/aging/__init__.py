"""Aging: who owes how much and how late, its chart and its export. The screen's module is
imported only when the owner first opens it."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from arapp.ui.shell.screens import declare_screen

declare_screen(
    "aging", QT_TRANSLATE_NOOP("MainWindow", "Aging"), order=20, module="arapp.ui.aging.aging_view"
)
