"""The main window: a list of screens on the side, the chosen screen beside it, customer
cards as windows of their own.

Screens register themselves by feature (:mod:`arapp.ui.shell.screens`); each is imported
and built the first time the owner opens it (the aging report is not computed at
start-up).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from arapp import __version__
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.customer_search import CustomerQuery
from arapp.ui import display, prefs
from arapp.ui.i18n.language import LANGUAGES, NATIVE_NAMES, manager
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.ops.changes import Changes, announce, change_bus
from arapp.ui.shell.screens import Screen, build_screen, screens
from arapp.ui.widgets.placement import place_window

if TYPE_CHECKING:
    from arapp.ui.customers.customer_card import CustomerCard


#: What the first customer card needs, loaded piece by piece once the window is up: the
#: ORM (the window showed before it, see Shop.open_quickly), the services a card reads
#: through, and the card's own code.
WARM_UP: tuple[Callable[[Shop], object], ...] = (
    lambda shop: shop.open_fully(),
    lambda shop: (shop.settings, shop.customers),
    # The search indexes into SQLite's cache, so the owner's first keystroke is not the
    # one that reads them from disk; early, since typing comes before opening a card.
    lambda shop: shop.customer_list.first_page(CustomerQuery(text="a"), limit=1),
    lambda shop: (shop.invoices, shop.payments),
    # One module a turn: a keystroke waits at most for the largest piece (~30 ms), not
    # for the letters service or the card at once (~55 ms each).
    lambda _shop: importlib.import_module("arapp.core.letters.data"),
    lambda _shop: importlib.import_module("arapp.core.dunning"),
    lambda shop: shop.letters,
    lambda _shop: importlib.import_module("arapp.ui.widgets.date_edit"),
    lambda _shop: importlib.import_module("arapp.ui.ledger.void_dialog"),
    lambda _shop: importlib.import_module("arapp.ui.customers.card_parts"),
    lambda _shop: importlib.import_module("arapp.ui.customers.card_letters"),
    lambda _shop: importlib.import_module("arapp.ui.customers.customer_card"),
)


NAV_WIDTH = 180


class MainWindow(Retranslating, QMainWindow):
    """``home_path`` is the owner's own shop file when the window can switch between it
    and the sample shop (the app's session listens to ``switchShopRequested``)."""

    # True: open the sample shop; False: back to the owner's shop.
    switchShopRequested = Signal(bool)
    # A verified backup the owner confirmed: the session closes this shop, restores the
    # file and opens it again (see ShopSession.restore).
    restoreRequested = Signal(object)  # Path

    def __init__(
        self,
        shop: Shop,
        db_path: Path | str | None = None,
        home_path: Path | str | None = None,
    ) -> None:
        super().__init__()
        self.shop = shop
        self.db_path = db_path
        self.home_path = home_path
        self.cards: dict[int, CustomerCard] = {}
        # Read once: re-labelling after a language switch must not need the database.
        self.business_name = shop.info.business_name()
        self.is_sample = shop.info.is_sample()
        self.reopened = False  # opened at start because it was the shop last used
        self.screens: dict[str, QWidget] = {}
        self._stale: set[str] = set()

        self.nav = QListWidget(self)
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.nav.setFont(font)
        self.screen_list: tuple[Screen, ...] = screens()
        for screen in self.screen_list:
            item = QListWidgetItem(self.nav)
            item.setData(Qt.ItemDataRole.UserRole, screen.key)
            item.setSizeHint(QSize(160, self.nav.fontMetrics().height() + 16))
        self.stack = QStackedWidget(self)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel(self)
        self.sample_label = QLabel(self)
        # Made-up customers must never be mistaken for real ones, even at a glance.
        self.sample_label.setStyleSheet(
            "QLabel { background: #9a5b00; color: white; padding: 2px 8px; border-radius: 3px; }"
        )
        self.sample_label.setVisible(self.is_sample)
        self.statusBar().addWidget(self.sample_label)
        self.statusBar().addWidget(self.status_label, 1)
        from arapp.ui.shell.backup_status import BackupStatus

        # Backup warnings (issue #21); the session starts the automatic backup.
        self.backup_status = BackupStatus(self)
        self.statusBar().addPermanentWidget(self.backup_status)
        self._make_menus()
        self.nav.currentRowChanged.connect(self._show_row)

        place_window(self, QSize(1200, 720), "main")
        # The app opens on the home screen (Today, issue #20): what to do today comes
        # first, whichever screen the owner last used.
        self.show_screen(self.screen_list[0].key)
        self.retranslate()
        change_bus().changed.connect(self._on_changes)
        # Once the window is up and idle, load what the first customer card needs, so
        # neither start-up nor the first card waits for it; one piece per turn of the
        # event loop, so that a click or a key in between is not kept waiting long.
        QTimer.singleShot(200, self, lambda: self._warm_up(0))

    def _warm_up(self, step: int) -> None:
        if step >= len(WARM_UP) or self.shop.closed:  # closed: switched to the other shop
            return
        WARM_UP[step](self.shop)
        QTimer.singleShot(0, self, lambda: self._warm_up(step + 1))

    # -- screens -----------------------------------------------------------------------
    def show_screen(self, key: str) -> QWidget:
        row = next(i for i, s in enumerate(self.screen_list) if s.key == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # → _show_row
        return self.screens[key]

    def show_filtered(self, key: str, filter_key: str = "") -> QWidget:
        """Show screen ``key`` with its filter set to ``filter_key`` (if it has one)."""
        widget = self.show_screen(key)
        set_filter = getattr(widget, "set_filter", None)
        if filter_key and callable(set_filter):
            set_filter(filter_key)
        return widget

    def current_screen_key(self) -> str:
        return self.screen_list[max(self.nav.currentRow(), 0)].key

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        screen = self.screen_list[row]
        widget = self.screens.get(screen.key)
        if widget is None:
            widget = build_screen(screen, self.shop, self.stack)
            activated = getattr(widget, "customerActivated", None)
            if activated is not None:
                activated.connect(self.open_card)
            card_requested = getattr(widget, "cardRequested", None)
            if card_requested is not None:
                card_requested.connect(lambda cid, tab: self.open_card(cid).show_tab(tab))
            screen_requested = getattr(widget, "screenRequested", None)
            if screen_requested is not None:
                screen_requested.connect(self.show_filtered)
            self.screens[screen.key] = widget
            self.stack.addWidget(widget)
        elif screen.key in self._stale:
            self._refresh(widget)
        self._stale.discard(screen.key)
        self.stack.setCurrentWidget(widget)

    @staticmethod
    def _refresh(widget: QWidget) -> None:
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def _on_changes(self, changes: Changes) -> None:
        if self.shop.closed:
            return
        if changes.settings:
            self._settings_changed()
        else:
            self.refresh_screens()

    def refresh_screens(self) -> None:
        """After a change: refresh the visible screen now, the others when next shown
        (the aging report over a large shop takes a moment)."""
        current = self.current_screen_key()
        for key, widget in self.screens.items():
            if key == current:
                self._refresh(widget)
            else:
                self._stale.add(key)

    def find_customer(self) -> None:
        view = self.show_screen("customers")
        focus = getattr(view, "focus_search", None)
        if callable(focus):
            focus()

    # -- customer cards ----------------------------------------------------------------
    def open_card(self, customer_id: int) -> CustomerCard:
        card = self.cards.get(customer_id)
        if card is None:
            # Imported on first use: the card pulls in dialogs start-up does not need.
            from arapp.ui.customers.customer_card import CustomerCard

            card = CustomerCard(self.shop, customer_id, self)
            card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            card.destroyed.connect(lambda *_: self.cards.pop(customer_id, None))
            self.cards[customer_id] = card
        card.show()
        card.raise_()
        card.activateWindow()
        return card

    def import_from_files(self) -> None:
        # Imported on first use: start-up does not need the import service.
        from arapp.ui.importing.import_dialog import ImportDialog

        dialog = ImportDialog(self.shop, self)
        try:
            dialog.exec()  # an import that added anything announces it (import_files)
        finally:
            dialog.deleteLater()

    def letters_due(self) -> None:
        from arapp.ui.letters.letters_due import letters_due_flow

        if letters_due_flow(self, self.shop) is not None:
            announce(Changes(all_customers=True, letters=True))

    # -- menus and language ------------------------------------------------------------
    def _make_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.import_from_files)
        self.file_menu.addAction(self.import_action)
        self.letters_due_action = QAction(self)
        self.letters_due_action.triggered.connect(self.letters_due)
        self.file_menu.addAction(self.letters_due_action)
        self._make_shop_file_actions()
        self.file_menu.addSeparator()
        self.switch_shop_action = QAction(self)
        self.switch_shop_action.triggered.connect(
            lambda: self.switchShopRequested.emit(not self.is_sample)
        )
        self.file_menu.addAction(self.switch_shop_action)
        # The owner's shop when in it or in its sample; a sample opened on its own (a
        # demo file given with --db) has no "own shop" to go back to.
        home = self.home_path is not None and Path(self.home_path) != Path(self.db_path or "")
        self.switch_shop_action.setVisible(
            self.home_path is not None and (not self.is_sample or home)
        )
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        # Ctrl+Q spelled out: Qt's standard Quit key is empty on Windows (and wherever no
        # desktop theme supplies one). Application-wide, so it works from a customer card
        # (a window of its own) as well as from the main window.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.go_menu = self.menuBar().addMenu("")
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_customer)
        self.go_menu.addAction(self.find_action)

        self.language_menu = self.menuBar().addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(NATIVE_NAMES[lang], self, checkable=True)
            action.triggered.connect(lambda _checked, lang=lang: manager().set_language(lang))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    # -- settings, backup and restore (issue #17) -----------------------------------------
    def _make_shop_file_actions(self) -> None:
        self.file_menu.addSeparator()
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.restore_backup)
        for action in (self.settings_action, self.backup_action, self.restore_action):
            self.file_menu.addAction(action)

    def open_settings(self) -> bool:
        from arapp.ui.security.password_prompt import Asked, password_given
        from arapp.ui.settings.settings_dialog import SettingsDialog

        if not password_given(self, self.shop, Asked.SETTINGS):
            return False
        dialog = SettingsDialog(self.shop, self)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted  # it announced the change
        finally:
            dialog.deleteLater()

    def back_up(self) -> None:
        from arapp.ui.shell.backup_restore import back_up

        back_up(self, self.shop)

    def restore_backup(self) -> None:
        from arapp.ui.shell.backup_restore import choose_backup

        backup = choose_backup(self, self.db_path, self.shop)
        if backup is not None:
            self.restoreRequested.emit(backup)

    def _settings_changed(self) -> None:
        """The business name is in the title; the currency in every screen (rebuilt when
        next shown)."""
        self.business_name = self.shop.info.business_name()
        for key, widget in list(self.screens.items()):
            self.stack.removeWidget(widget)
            widget.deleteLater()
            del self.screens[key]
        self._stale.clear()
        self._show_row(self.nav.currentRow())
        self.retranslate()

    def _retranslate_shop_file_actions(self) -> None:
        self.settings_action.setText(self.tr("&Settings…"))
        self.backup_action.setText(self.tr("&Back up the shop…"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About arapp"),
            arg(
                self.tr("arapp %1 — who owes you, since when, and what to do about it."),
                __version__,
            ),
        )

    def retranslate(self) -> None:
        for row, screen in enumerate(self.screen_list):
            self.nav.item(row).setText(QCoreApplication.translate("MainWindow", str(screen.title)))
        self._fit_nav()
        business = self.business_name
        title = f"{business} — arapp" if business else "arapp"
        if self.is_sample:
            title = self.tr("Sample shop") + ": " + title
        self.setWindowTitle(title)
        self.sample_label.setText(
            self.tr(
                "Sample shop, opened as you left it: made-up customers and amounts. "
                "File › Back to my shop returns to yours."
            )
            if self.reopened
            else self.tr("Sample shop: made-up customers and amounts")
        )
        self.switch_shop_action.setText(
            self.tr("&Back to my shop") if self.is_sample else self.tr("Open the &sample shop")
        )
        self.file_menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import from Excel or CSV…"))
        self.letters_due_action.setText(self.tr("&Letters due today…"))
        self._retranslate_shop_file_actions()
        self.quit_action.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.find_action.setText(self.tr("&Find customer"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[manager().language()].setChecked(True)
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About arapp"))
        if self.db_path is not None:
            self.status_label.setText(arg(self.tr("Shop file: %1"), display.ltr(str(self.db_path))))

    def note_reopened(self) -> None:
        """Say that this (sample) shop was opened because the owner was last in it."""
        self.reopened = True
        self.retranslate()

    def _fit_nav(self) -> None:
        # Screen titles are longer in some languages ("الحا…" was cut in Arabic): the
        # side bar is as wide as its longest title, and never narrower than NAV_WIDTH.
        metrics = self.nav.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.nav.item(r).text()) for r in range(self.nav.count())),
            default=0,
        )
        extra = self.nav.iconSize().width() + 2 * self.nav.frameWidth() + 40  # padding, icon
        self.nav.setFixedWidth(max(NAV_WIDTH, widest + extra))

    def closeEvent(self, event: QCloseEvent) -> None:
        prefs.save_geometry(self, "main")
        for card in list(self.cards.values()):
            card.close()
        super().closeEvent(event)
