"""Cheques: the register of cheques received, what to deposit today, and the bank's answers
(deposited, cleared, returned). The screen's module is imported only when first opened."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from arapp.ui.shell.screens import declare_screen

declare_screen(
    "cheques",
    QT_TRANSLATE_NOOP("MainWindow", "Cheques"),
    order=30,
    module="arapp.ui.cheques.cheques_view",
)
