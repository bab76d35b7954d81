"""Collection as a daily habit (issue #20): the Today screen (the home screen), the log
dialog, the card's timeline and the Reports screen. Screens are imported only when first
opened."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from arapp.ui.shell.screens import declare_screen

#: The home screen: first in the list, and where the app opens.
HOME_SCREEN = "today"

declare_screen(
    HOME_SCREEN,
    QT_TRANSLATE_NOOP("MainWindow", "Today"),
    order=0,
    module="arapp.ui.collection.today_view",
)
declare_screen(
    "reports",
    QT_TRANSLATE_NOOP("MainWindow", "Reports"),
    order=40,
    module="arapp.ui.collection.reports_view",
)
