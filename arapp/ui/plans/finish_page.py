"""Step 6: the agreement as it will be kept (signed on screen, or unsigned for paper),
saved with the plan in one service call; then printed or saved as PDF, the same bytes."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from arapp.core.services import Shop
from arapp.ui.plans.agreement_page import AgreementView
from arapp.ui.plans.wizard_page import WizardPage
from arapp.ui.widgets.wrapping_label import WrappingLabel


class FinishPage(WizardPage):
    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved = False
        self.status = WrappingLabel(parent=self)
        self.notice = WrappingLabel(parent=self)
        self.view = AgreementView(shop, self)
        self.view.on_ready = self.completeChanged.emit
        self.print_button = QPushButton(self)
        self.print_button.setAutoDefault(False)
        self.save_button = QPushButton(self)
        self.save_button.setAutoDefault(False)
        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        self.set_saved(False)
        self.retranslate()

    def set_saved(self, saved: bool) -> None:
        self.saved = saved
        self.print_button.setEnabled(saved)
        self.save_button.setEnabled(saved)

    def is_complete(self) -> bool:
        return self.view.pdf is not None

    def title(self) -> str:
        return self.tr("Save and print")

    def focus_first(self) -> None:
        (self.print_button if self.saved else self.view.preview).setFocus()

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
