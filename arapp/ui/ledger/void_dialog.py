"""Void an invoice or a payment: nothing is deleted, and the owner must say why.

The dialog does not know invoices from payments: the card hands it a sentence naming the
item and a function that voids it with the reason (a service call). A refusal from the
service (already void, say) is shown inside the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arapp.ui.ops.changes import Changes
from arapp.ui.widgets.service_dialog import ServiceDialog
from arapp.ui.widgets.wrapping_label import WrappingLabel

MAX_REASON = 500


class VoidDialog(ServiceDialog):
    """``void(reason)`` is called on OK; on success ``changed`` is announced and the dialog
    closes with Accepted."""

    def __init__(
        self,
        description: str,
        void: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        changed: Changes | None = None,
    ) -> None:
        super().__init__(parent)
        self._void = void
        self._changed = changed or Changes(ledger=True)
        self.what = WrappingLabel(description, self)
        self.explain = WrappingLabel(parent=self)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(MAX_REASON)
        self.reason_label = QLabel(self)
        self.reason_label.setBuddy(self.reason)
        self.reason.textChanged.connect(self._update_ok)

        form = QFormLayout()
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(bool(self.reason.text().strip()))

    def can_submit(self) -> bool:
        return bool(self.reason.text().strip())

    def confirm(self) -> bool:
        # The app password, if one is set (issue #21). The dialog is opened over a window
        # showing the shop (the customer card), whose shop it asks about.
        from arapp.core.services import Shop
        from arapp.ui.security.password_prompt import Asked, password_given

        shop = getattr(self.parentWidget(), "shop", None)
        if not isinstance(shop, Shop):
            return True
        return password_given(self, shop, Asked.VOID)

    def submit(self) -> None:
        self._void(self.reason.text().strip())

    def changes(self) -> Changes:
        return self._changed

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Void"))
        self.explain.setText(
            self.tr(
                "Voiding keeps the record, marked void, and re-opens or re-applies the "
                "money it touched. It cannot be undone."
            )
        )
        self.reason_label.setText(self.tr("&Reason (required):"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Void"))
        # Not Qt's "Cancel": in Hebrew and Arabic it is the same word as "void" (ביטול,
        # إلغاء), and two buttons saying "cancel" ask the owner to guess which one voids.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Keep it"))
