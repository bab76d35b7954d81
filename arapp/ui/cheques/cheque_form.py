"""The fields of one paper cheque, as a block a dialog embeds (the payment dialog when the
method is "check", replacing a cheque by another): bank, branch, account and number as
the MICR line prints them, who drew it when not the customer, who endorsed it to the shop.

The widget only collects text: the amount and the date on the cheque come from the
dialog around it, and every check (digits, ID numbers, the Cash Law's endorser) is the
core's :func:`arapp.core.cheques.clean_cheque`, reached through the cheque service, so a
refusal reads the same here, in the plan wizard and in the CLI.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from arapp.core.cheques import MAX_ENDORSEMENTS, ChequeInput
from arapp.ui.i18n.retranslate import Retranslating

#: Field name (as :class:`ChequeInput` and the core's refusals name it) → longest input.
_LENGTHS = {"bank": 2, "branch": 3, "account": 9, "number": 10, "drawer_id": 9,
            "endorser_id": 9}


class ChequeFields(Retranslating, QGroupBox):
    """``changed`` fires on every edit. :meth:`cheque` builds the input the service
    checks; :meth:`complete` says whether the MICR fields are all typed (a dialog checks
    with the service only then, so half-typed fields do not shout)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        for key in ("bank", "branch", "account", "number", "drawer_name", "drawer_id",
                    "endorser_name", "endorser_id"):
            edit = QLineEdit(self)
            edit.setObjectName(f"cheque_{key}")
            if key in _LENGTHS:
                edit.setMaxLength(_LENGTHS[key] + 2)  # room for a space or dash typed
                # Digits read left to right in any language, as printed on the cheque.
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            else:
                edit.setMaxLength(200)
            edit.textChanged.connect(lambda _t: self.changed.emit())
            self.edits[key] = edit
        self.captions = {key: QLabel(self) for key in ("bank", "branch", "account", "number",
                                                       "drawer_name", "drawer_id",
                                                       "endorser_name", "endorser_id",
                                                       "endorsements")}
        for key, caption in self.captions.items():
            if key in self.edits:
                caption.setBuddy(self.edits[key])
        self.third_party = QCheckBox(self)
        self.endorsed = QCheckBox(self)
        self.endorsements = QSpinBox(self)
        self.endorsements.setRange(1, MAX_ENDORSEMENTS)
        self.captions["endorsements"].setBuddy(self.endorsements)
        for box in (self.third_party, self.endorsed):
            box.toggled.connect(lambda _on: self._show_parties())
        self.endorsements.valueChanged.connect(lambda _v: self.changed.emit())

        grid = QGridLayout(self)
        for column, key in enumerate(("bank", "branch", "account", "number")):
            grid.addWidget(self.captions[key], 0, column)
            grid.addWidget(self.edits[key], 1, column)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 2)
        grid.addWidget(self.third_party, 2, 0, 1, 4)
        grid.addWidget(self.captions["drawer_name"], 3, 0)
        grid.addWidget(self.edits["drawer_name"], 3, 1, 1, 2)
        grid.addWidget(self.captions["drawer_id"], 4, 0)
        grid.addWidget(self.edits["drawer_id"], 4, 1)
        grid.addWidget(self.endorsed, 5, 0, 1, 4)
        grid.addWidget(self.captions["endorser_name"], 6, 0)
        grid.addWidget(self.edits["endorser_name"], 6, 1, 1, 2)
        grid.addWidget(self.captions["endorser_id"], 7, 0)
        grid.addWidget(self.edits["endorser_id"], 7, 1)
        grid.addWidget(self.captions["endorsements"], 7, 2)
        grid.addWidget(self.endorsements, 7, 3)
        self._show_parties()
        self.retranslate()

    def _show_parties(self) -> None:
        drawer = self.third_party.isChecked()
        endorsed = self.endorsed.isChecked()
        for key in ("drawer_name", "drawer_id"):
            self.captions[key].setVisible(drawer)
            self.edits[key].setVisible(drawer)
        for key in ("endorser_name", "endorser_id"):
            self.captions[key].setVisible(endorsed)
            self.edits[key].setVisible(endorsed)
        self.captions["endorsements"].setVisible(endorsed)
        self.endorsements.setVisible(endorsed)
        self.changed.emit()

    def text(self, key: str) -> str:
        return self.edits[key].text()

    def set_text(self, key: str, value: str) -> None:
        self.edits[key].setText(value)

    def complete(self) -> bool:
        """Whether bank, branch, account and number are all typed."""
        return all(self.text(k).strip() for k in ("bank", "branch", "account", "number"))

    def cheque(self, amount: Decimal, on: date) -> ChequeInput:
        """The cheque as typed, for the service to clean and check. Hidden parties count
        as empty: unticking "endorsed" drops the endorser typed before."""
        drawer = self.third_party.isChecked()
        endorsed = self.endorsed.isChecked()
        return ChequeInput(
            bank=self.text("bank"),
            branch=self.text("branch"),
            account=self.text("account"),
            number=self.text("number"),
            amount=amount,
            date=on,
            drawer_name=self.text("drawer_name") if drawer else "",
            drawer_id=self.text("drawer_id") if drawer else "",
            endorser_name=self.text("endorser_name") if endorsed else "",
            endorser_id=self.text("endorser_id") if endorsed else "",
            endorsements=self.endorsements.value() if endorsed else 0,
        )

    def focus_field(self, key: str) -> None:
        """Put the cursor in the field a refusal names (``input_field``), if it is here."""
        edit = self.edits.get(key)
        if edit is not None and edit.isVisible():
            edit.setFocus()
            edit.selectAll()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Cheque"))
        for key, text in (
            ("bank", self.tr("Bank")),
            ("branch", self.tr("Branch")),
            ("account", self.tr("Account")),
            ("number", self.tr("Cheque no.")),
            ("drawer_name", self.tr("Drawer's name")),
            ("drawer_id", self.tr("Drawer's ID")),
            ("endorser_name", self.tr("Endorser's name")),
            ("endorser_id", self.tr("Endorser's ID")),
            ("endorsements", self.tr("Endorsements")),
        ):
            self.captions[key].setText(text)
        self.edits["bank"].setPlaceholderText(self.tr("2 digits"))
        self.edits["branch"].setPlaceholderText(self.tr("3 digits"))
        self.edits["account"].setPlaceholderText(self.tr("up to 9 digits"))
        self.third_party.setText(self.tr("Drawn by someone else (not the customer)"))
        self.endorsed.setText(self.tr("Endorsed to the shop"))
