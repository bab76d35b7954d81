"""E-mail a kept letter to the customer through the owner's mail server (Settings ›
E-mail): pick the letter, see the address, send. Logged once the server took it; a
server that refuses or cannot be reached is said so and nothing is logged.

The server may take its time (up to the 20-second timeout of
:mod:`arapp.core.messages.email`), so the send runs off the UI thread
(:func:`arapp.ui.ops.query.run_query`) and the window stays alive meanwhile: the dialog
says "Sending…" with its buttons disabled. The whole service call runs there — reading
the letter, talking to the server, logging the entry — on that thread's own connection to
the shop (run_query gives it one and closes it), so the log entry is written by the one
transaction the service opens after the server took the mail, exactly once, and never for
a mail that did not go.

Closing the dialog while it sends does not stop the mail: if it goes it is logged and the
card hears of it; if it is refused the owner is told in a message box. When the shop
itself is closed meanwhile (the app quitting), run_query keeps the failure to itself.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from arapp.core.errors import UserError
from arapp.core.services import Shop
from arapp.ui import display
from arapp.ui.i18n.labels import letter_kind_name
from arapp.ui.ops.changes import Changes, announce
from arapp.ui.ops.query import QueryHandle, run_query
from arapp.ui.widgets.messages import show_user_error
from arapp.ui.widgets.service_dialog import ServiceDialog
from arapp.ui.widgets.wrapping_label import WrappingLabel


class EmailLetterDialog(ServiceDialog):
    """``sent`` is the log entry's id once the server took the letter (None before)."""

    def __init__(self, shop: Shop, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer_id = customer_id
        self.customer = shop.customers.get(customer_id)
        self.sent: int | None = None
        self._sending: QueryHandle | None = None
        self._left = False  # closed by the owner while it was sending
        self.letter = QComboBox(self)
        for doc in shop.letters.documents_for(customer_id):
            self.letter.addItem("", doc.id)
        self.documents = {d.id: d for d in shop.letters.documents_for(customer_id)}
        self.address = QLabel(self.customer.email or "—", self)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.captions = [QLabel(self), QLabel(self)]
        self.captions[0].setBuddy(self.letter)
        self.note = WrappingLabel(parent=self)
        self.status = QLabel(self)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.status.hide()
        form = QFormLayout()
        form.addRow(self.captions[0], self.letter)
        form.addRow(self.captions[1], self.address)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 240)
        self.retranslate()

    def can_submit(self) -> bool:
        if self.letter.currentData() is None:
            self.error.show_message(self.tr("No letter was kept for this customer yet."))
            return False
        return True

    def changes(self) -> Changes:
        return Changes(customers=frozenset({self.customer_id}))

    # -- sending, off the UI thread --------------------------------------------------------
    def is_sending(self) -> bool:
        return self._sending is not None and not self._sending.done

    def accept(self) -> None:
        """Send (not through :meth:`submit`: the service call must not run here)."""
        if self.is_sending() or not self.can_submit():
            return
        self.error.show_message("")
        self._set_busy(True)
        # Only plain values go to the other thread: the dialog may be gone when it ends.
        shop, customer_id = self.shop, self.customer_id
        document_id = int(self.letter.currentData())
        changes, owner = self.changes(), self.parentWidget()

        def sent(entry_id: int) -> None:
            announce(changes)  # the card's timeline, whatever became of the dialog
            if not isValid(self):
                return
            self.sent = entry_id
            self._set_busy(False)
            if not self._left:
                QDialog.accept(self)

        def not_sent(exc: BaseException) -> None:
            if isValid(self) and not self._left:
                self._set_busy(False)
                if isinstance(exc, UserError):
                    self.show_error(exc)
                    return
            if not isinstance(exc, UserError):
                sys.excepthook(type(exc), exc, exc.__traceback__)
                return
            # The owner closed the dialog while it was sending: say it did not go.
            show_user_error(owner if owner is not None and isValid(owner) else None, exc)

        self._sending = run_query(
            shop, lambda: shop.messages.send_email(customer_id, document_id), sent, not_sent
        )

    def reject(self) -> None:
        # Escape or the window's close button: the mail already on its way still goes.
        if self.is_sending():
            self._left = True
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.letter.setEnabled(not busy)
        self.status.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("E-mail a letter"))
        self.captions[0].setText(self.tr("&Letter:"))
        self.captions[1].setText(self.tr("To:"))
        for row in range(self.letter.count()):
            doc = self.documents[int(self.letter.itemData(row))]
            self.letter.setItemText(
                row, f"{letter_kind_name(doc.kind)} — {display.day(doc.letter_date)}")
        self.note.setText(self.tr("The letter goes as the PDF that was printed, attached."))
        self.status.setText(self.tr("Sending…"))
        self.ok_button().setText(self.tr("&Send"))
