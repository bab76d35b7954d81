"""Customers: the list, the card and its parts."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from arapp.ui.shell.screens import declare_screen

declare_screen(
    "customers",
    QT_TRANSLATE_NOOP("MainWindow", "Customers"),
    order=10,
    module="arapp.ui.customers.customers_view",
)
