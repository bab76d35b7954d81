"""Settings → Dunning ladder: which levels each kind of customer climbs and the delays.

For consumers the §13B2 debt notice always comes first (it cannot be switched off) and
nothing that collects may follow within its wait, which cannot be shorter than the law's
14 days; the page says so and the core refuses anything else
(:func:`arapp.core.dunning.check_policy`). Saved through ``shop.settings.save_ladder``;
letters due and the batch read it from there.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arapp.core.dunning import (
    DAY_FIELDS,
    DEFAULT_POLICY,
    MAX_DAYS,
    OPTIONAL_LEVELS,
    LadderPolicy,
)
from arapp.core.services import Shop
from arapp.ui.i18n.labels import letter_kind_name
from arapp.ui.i18n.retranslate import Retranslating
from arapp.ui.settings.pages import register_settings_page
from arapp.ui.widgets.wrapping_label import WrappingLabel


@register_settings_page("ladder", QT_TRANSLATE_NOOP("Settings", "Dunning ladder"), order=30)
class LadderSettingsPage(Retranslating, QWidget):
    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.intro = WrappingLabel(parent=self)
        self.law = WrappingLabel(parent=self)

        self.levels_box = QGroupBox(self)
        grid = QGridLayout(self.levels_box)
        self.level_captions: dict[str, QLabel] = {}
        self.business: dict[str, QCheckBox] = {}
        self.consumer: dict[str, QCheckBox] = {}
        self.business_head = QLabel(self)
        self.consumer_head = QLabel(self)
        grid.addWidget(self.business_head, 0, 1)
        grid.addWidget(self.consumer_head, 0, 2)
        self.notice_caption = QLabel(self)
        self.notice_first = QLabel(self)
        grid.addWidget(self.notice_caption, 1, 0)
        grid.addWidget(self.notice_first, 1, 2)
        for row, level in enumerate(OPTIONAL_LEVELS, start=2):
            caption = QLabel(self)
            self.level_captions[level] = caption
            self.business[level] = QCheckBox(self)
            self.consumer[level] = QCheckBox(self)
            grid.addWidget(caption, row, 0)
            grid.addWidget(self.business[level], row, 1)
            grid.addWidget(self.consumer[level], row, 2)
        grid.setColumnStretch(3, 1)

        self.delays_box = QGroupBox(self)
        form = QFormLayout(self.delays_box)
        self.days: dict[str, QSpinBox] = {}
        self.day_captions: dict[str, QLabel] = {}
        for name, least in DAY_FIELDS.items():
            spin = QSpinBox(self)
            spin.setRange(least, MAX_DAYS)
            caption = QLabel(self)
            caption.setBuddy(spin)
            self.days[name] = spin
            self.day_captions[name] = caption
            form.addRow(caption, spin)

        self.defaults = QPushButton(self)
        self.defaults.clicked.connect(lambda: self.show_policy(DEFAULT_POLICY))

        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.intro)
        inner_layout.addWidget(self.law)
        inner_layout.addWidget(self.levels_box)
        inner_layout.addWidget(self.delays_box)
        inner_layout.addWidget(self.defaults)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def load(self) -> None:
        self.show_policy(self.shop.settings.ladder())

    def show_policy(self, policy: LadderPolicy) -> None:
        for level in OPTIONAL_LEVELS:
            self.business[level].setChecked(level in policy.business_levels)
            self.consumer[level].setChecked(level in policy.consumer_levels)
        for name, spin in self.days.items():
            spin.setValue(getattr(policy, name))

    def policy(self) -> LadderPolicy:
        return replace(
            self.shop.settings.ladder(),
            business_levels=tuple(lv for lv in OPTIONAL_LEVELS if self.business[lv].isChecked()),
            consumer_levels=tuple(lv for lv in OPTIONAL_LEVELS if self.consumer[lv].isChecked()),
            **{name: spin.value() for name, spin in self.days.items()},  # type: ignore[arg-type]
        )

    def check(self) -> str | None:
        for chosen in (self.business, self.consumer):
            if chosen["handover"].isChecked() and not chosen["warning"].isChecked():
                return self.tr("The handover comes after the warning: keep the warning too.")
        return None

    def save(self) -> None:
        self.shop.settings.save_ladder(self.policy())

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Which letters the ladder proposes, and when. Letters due lists them; you "
            "decide which go."))
        self.law.setText(self.tr(
            "Consumers: the law (§13B2 of the Consumer Protection Law) requires a debt "
            "notice before any collection step, so it is always their first overdue "
            "letter. No reminder, collection message, warning or collection cost may "
            "follow until its wait is over (at least 14 days)."))
        self.levels_box.setTitle(self.tr("Levels"))
        self.business_head.setText(self.tr("Businesses"))
        self.consumer_head.setText(self.tr("Consumers"))
        self.notice_caption.setText(letter_kind_name("debt_notice"))
        self.notice_first.setText(self.tr("Always, first"))
        for level, caption in self.level_captions.items():
            caption.setText(letter_kind_name(level))
        self.delays_box.setTitle(self.tr("Delays (days)"))
        captions = {
            "reminder_days": self.tr("Friendly reminder, days late:"),
            "debt_notice_days": self.tr("Debt notice, days late:"),
            "second_days": self.tr("Second reminder, days late:"),
            "warning_days": self.tr("Warning, days late:"),
            "debt_notice_wait_days": self.tr("Wait after the debt notice (at least 14):"),
            "warning_wait_days": self.tr("Wait after the warning before the handover:"),
            "min_gap_days": self.tr("Least days between two letters:"),
            "payment_pause_days": self.tr("Pause after a payment:"),
        }
        for name, caption in self.day_captions.items():
            caption.setText(captions[name])
        self.defaults.setText(self.tr("Restore the &defaults"))
