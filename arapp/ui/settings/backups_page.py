"""Settings → Backups (issue #21): where the automatic backups are, when the newest was
made, how many to keep, and a second folder (a USB stick or a synced folder) that gets a
copy of each. Saved through ``shop.backups.save_policy``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arapp.core.services import Shop
from arapp.core.services.backup_rotation import BackupPolicy
from arapp.ui import display
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.settings.pages import register_settings_page
from arapp.ui.widgets.messages import user_message
from arapp.ui.widgets.wrapping_label import WrappingLabel


@register_settings_page("backups", QT_TRANSLATE_NOOP("Settings", "Backups"), order=80)
class BackupSettingsPage(Retranslating, QWidget):
    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.intro = WrappingLabel(parent=self)
        self.folder = QLabel(self)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.newest = QLabel(self)
        self.warnings = WrappingLabel(parent=self)
        self.warnings.setStyleSheet("color: #b3261e;")
        self.keep_daily = QSpinBox(self)
        self.keep_daily.setRange(1, 366)
        self.keep_monthly = QSpinBox(self)
        self.keep_monthly.setRange(0, 120)
        self.second = QLineEdit(self)
        self.second.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads LTR
        self.choose = QPushButton(self)
        self.choose.clicked.connect(self._choose_second)
        self.second_hint = WrappingLabel(parent=self)
        second_row = QHBoxLayout()
        second_row.addWidget(self.second, 1)
        second_row.addWidget(self.choose)

        self.captions = {key: QLabel(self) for key in
                         ("folder", "newest", "daily", "monthly", "second")}
        self.captions["daily"].setBuddy(self.keep_daily)
        self.captions["monthly"].setBuddy(self.keep_monthly)
        self.captions["second"].setBuddy(self.second)
        form = QFormLayout()
        form.addRow(self.captions["folder"], self.folder)
        form.addRow(self.captions["newest"], self.newest)
        form.addRow(self.captions["daily"], self.keep_daily)
        form.addRow(self.captions["monthly"], self.keep_monthly)
        form.addRow(self.captions["second"], second_row)
        form.addRow("", self.second_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.warnings)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def load(self) -> None:
        backups = self.shop.backups
        policy = backups.policy()
        self.keep_daily.setValue(policy.keep_daily)
        self.keep_monthly.setValue(policy.keep_monthly)
        self.second.setText(policy.second_folder)
        self.folder.setText(display.ltr(str(backups.folder)))
        self._show_state()

    def _show_state(self) -> None:
        backups = self.shop.backups
        latest = backups.latest() if self.shop.can_share_threads else None
        self.newest.setText(
            f"{display.day(latest.made.date())} {latest.made:%H:%M}" if latest
            else self.tr("none yet")
        )
        problems = [user_message(w) for w in backups.warnings()]
        self.warnings.setText("\n".join(problems))
        self.warnings.setVisible(bool(problems))

    def check(self) -> str | None:
        text = self.second.text().strip()
        if text and not Path(text).is_absolute():
            return self.tr("The second backup folder must be a full path, such as E:\\Backups.")
        return None

    def save(self) -> None:
        self.shop.backups.save_policy(BackupPolicy(
            keep_daily=self.keep_daily.value(),
            keep_monthly=self.keep_monthly.value(),
            second_folder=self.second.text().strip(),
        ))

    def _choose_second(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Second backup folder"), self.second.text() or str(Path.home())
        )
        if folder:
            self.second.setText(folder)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "arapp backs up the shop on the first start of each day and again when it "
            "closes. Each backup is checked before it is kept; only you can read them."
        ))
        self.captions["folder"].setText(self.tr("Kept in:"))
        self.captions["newest"].setText(self.tr("Newest backup:"))
        self.captions["daily"].setText(self.tr("&Daily backups to keep:"))
        self.captions["monthly"].setText(self.tr("&Monthly backups to keep:"))
        self.captions["second"].setText(self.tr("&Second folder:"))
        self.keep_daily.setSuffix(self.tr(" days"))
        self.keep_monthly.setSuffix(self.tr(" months"))
        self.choose.setText(self.tr("C&hoose…"))
        self.second_hint.setText(self.tr(
            "A USB stick or a folder that syncs to the cloud gets a copy of every backup, "
            "so a broken or stolen computer does not take the shop with it. Leave empty "
            "for none."
        ))
        if self.shop is not None and hasattr(self, "folder") and self.folder.text():
            self._show_state()
