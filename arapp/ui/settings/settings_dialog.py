"""The Settings dialog: the registered pages (:mod:`arapp.ui.settings.pages`) in a list on
the side, the chosen page beside it. OK checks every page, then saves every page; the
change is announced (``Changes(settings=True)``) so windows showing business details or
the currency refresh."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from arapp.core.errors import UserError
from arapp.core.services import Shop
from arapp.ui import prefs
from arapp.ui.ops.changes import Changes
from arapp.ui.settings.pages import SettingsPage, settings_pages
from arapp.ui.widgets.service_dialog import ServiceDialog


class SettingsDialog(ServiceDialog):
    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.entries: tuple[SettingsPage, ...] = settings_pages()
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Any] = {}
        for entry in self.entries:
            # A page class takes (shop, parent) (see pages.py); QWidget's own signature
            # is what the registry's type knows.
            make = cast(Callable[[Shop, QWidget], Any], entry.page)
            page = make(shop, self.stack)
            page.load()
            self.pages[entry.key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(self.nav)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setSizeHint(QSize(150, self.nav.fontMetrics().height() + 14))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Fits a 1366×768 screen with the taskbar and the window frame.
        self.resize(1100, 660)
        prefs.restore_geometry(self, "settings")
        self.retranslate()

    def show_page(self, key: str) -> Any:
        row = next(i for i, e in enumerate(self.entries) if e.key == key)
        self.nav.setCurrentRow(row)
        return self.pages[key]

    # -- ServiceDialog -----------------------------------------------------------------
    def can_submit(self) -> bool:
        for entry in self.entries:
            problem = self.pages[entry.key].check()
            if problem:
                self.show_page(entry.key)
                self.error.show_message(problem)
                return False
        self.error.show_message("")
        return True

    def submit(self) -> None:
        for entry in self.entries:
            try:
                self.pages[entry.key].save()
            except UserError:
                self.show_page(entry.key)  # the refusal is shown over the page it is about
                raise

    def changes(self) -> Changes:
        return Changes(settings=True)

    def done(self, result: int) -> None:
        prefs.save_geometry(self, "settings")
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for row, entry in enumerate(self.entries):
            self.nav.item(row).setText(QCoreApplication.translate("Settings", str(entry.title)))
