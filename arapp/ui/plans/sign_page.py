"""Step 5: signing. On the screen: a pad for the customer, the owner and the guarantor
(when there is one), each to be signed before going on; or on paper: the agreement is
printed unsigned and marked signed on the plan once it comes back."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from arapp.core.letters.data import SignatureMark
from arapp.core.placeholders import arg
from arapp.ui.display import isolate
from arapp.ui.plans.wizard_page import WizardPage
from arapp.ui.widgets.money_edit import ErrorLabel
from arapp.ui.widgets.signature_pad import SignaturePad
from arapp.ui.widgets.wrapping_label import WrappingLabel

ROLES: tuple[str, ...] = ("customer", "owner", "guarantor")
SIGNED_AT_FORMAT = "%d/%m/%Y %H:%M"
#: A pad's height with its Clear button (the canvas takes what the button leaves).
PAD_HEIGHT = 260


class SignPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}
        self.on_screen = QRadioButton(self)
        self.on_paper = QRadioButton(self)
        self.how = QButtonGroup(self)
        self.how.addButton(self.on_screen)
        self.how.addButton(self.on_paper)
        self.on_screen.setChecked(True)
        self.hint = WrappingLabel(parent=self)
        self.pads = {role: SignaturePad(self) for role in ROLES}
        self.captions = {role: QLabel(self) for role in ROLES}
        self.pads_box = QWidget(self)
        grid = QGridLayout(self.pads_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, role in enumerate(ROLES):
            self.captions[role].setParent(self.pads_box)
            self.pads[role].setParent(self.pads_box)
            grid.addWidget(self.captions[role], 0, column)
            grid.addWidget(self.pads[role], 1, column)
            grid.setColumnStretch(column, 1)
            self.pads[role].changed.connect(self._changed)
        for pad in self.pads.values():
            # Wide and low, like the line on a paper form; room left under them.
            pad.setMaximumHeight(PAD_HEIGHT)
        self.missing = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.on_screen)
        layout.addWidget(self.on_paper)
        layout.addWidget(self.hint)
        layout.addWidget(self.pads_box)
        layout.addWidget(self.missing)
        layout.addStretch(1)
        self.how.buttonToggled.connect(self._changed)
        self.retranslate()

    def set_parties(self, customer: str, owner: str, guarantor: str | None) -> None:
        """Who signs: the guarantor's pad shows only when the plan has one."""
        self.names = {"customer": customer, "owner": owner}
        if guarantor is not None:
            self.names["guarantor"] = guarantor
        for role in ROLES:
            self.captions[role].setVisible(role in self.names)
            self.pads[role].setVisible(role in self.names)
        self._show_captions()
        self._changed()

    def clear(self) -> None:
        """Wipe every pad (the agreement they signed has changed)."""
        for pad in self.pads.values():
            pad.clear()

    def signing_on_screen(self) -> bool:
        return self.on_screen.isChecked()

    def unsigned(self) -> list[str]:
        return [role for role in self.names if self.pads[role].is_empty()]

    def is_complete(self) -> bool:
        return not self.signing_on_screen() or not self.unsigned()

    def marks(self, when: datetime | None = None) -> tuple[SignatureMark, ...]:
        """The signatures drawn, stamped with ``when`` (now); none when signing on
        paper."""
        if not self.signing_on_screen():
            return ()
        stamp = (when or datetime.now()).strftime(SIGNED_AT_FORMAT)
        return tuple(SignatureMark(role, self.names[role], self.pads[role].to_png(), stamp)
                     for role in self.names)

    def _changed(self, *_args: object) -> None:
        screen = self.signing_on_screen()
        self.pads_box.setEnabled(screen)
        missing = self.unsigned() if screen else []
        words = {"customer": self.tr("The customer has not signed yet."),
                 "owner": self.tr("You have not signed yet."),
                 "guarantor": self.tr("The guarantor has not signed yet.")}
        self.missing.show_message(" ".join(words[role] for role in missing))
        self.completeChanged.emit()

    def _show_captions(self) -> None:
        titles = {"customer": self.tr("Customer: %1"), "owner": self.tr("For the business: %1"),
                  "guarantor": self.tr("Guarantor: %1")}
        for role, caption in self.captions.items():
            caption.setText(arg(titles[role], isolate(self.names.get(role, ""))))

    def title(self) -> str:
        return self.tr("Signatures")

    def focus_first(self) -> None:
        self.on_screen.setFocus()

    def retranslate(self) -> None:
        self.on_screen.setText(self.tr("Sign &here on the screen"))
        self.on_paper.setText(self.tr("Sign on &paper (print the agreement unsigned, "
                                      "mark it signed later)"))
        self.hint.setText(self.tr(
            "Each one signs above the line with the mouse, a finger or a stylus."))
        self._show_captions()
        if self.names:
            self._changed()
