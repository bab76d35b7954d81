"""The card's "Letters sent" tab: every kept letter with its date, kind, amount, language
and how it left the shop (printed, saved), and Open… to see, reprint or save the exact
stored bytes (issue #17, defect 11)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.ui import display
from arapp.ui.i18n.labels import letter_kind_name
from arapp.ui.i18n.language import NATIVE_NAMES
from arapp.ui.letters.open_kept import open_kept_letter

DATE, KIND, AMOUNT, LANGUAGE, SENT, MAIL = range(6)


class SentLetters(QWidget):
    """``rows()`` gives the shown texts (for tests); ``open_selected()`` opens the
    selected letter in :class:`arapp.ui.letters.kept_letter.KeptLetterDialog`."""

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self._documents: list[Any] = []
        self._currency = ""
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setColumnCount(6)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.open_button = QPushButton(self)
        self.open_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.open_button.clicked.connect(self.open_selected)
        self.table.itemActivated.connect(lambda *_: self.open_selected())  # double-click, Enter
        self.table.currentItemChanged.connect(
            lambda current, _old: self.open_button.setEnabled(current is not None)
        )
        self.retranslate()

    def show_documents(self, documents: Sequence[Any], currency: str) -> None:
        self._documents = list(documents)
        self._currency = currency
        self._fill()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("&Open…"))
        self.open_button.setToolTip(self.tr("See, reprint or save the letter exactly as sent"))
        self.table.setHeaderLabels([
            self.tr("Date"), self.tr("Letter"), self.tr("Amount"), self.tr("Language"),
            self.tr("Sent as"), self.tr("Registered mail"),
        ])
        self._fill()

    def how_sent(self, doc: Any) -> str:
        printed, saved = getattr(doc, "printed_at", None), getattr(doc, "saved_at", None)
        if printed and saved:
            return self.tr("Printed and saved")
        if printed:
            return self.tr("Printed")
        if saved:
            return self.tr("Saved as PDF")
        return self.tr("Not recorded")  # kept before the shop noted how

    def _fill(self) -> None:
        # From the loaded records only: a language switch re-labels without a query.
        current = self.selected_id()
        self.table.clear()
        for doc in self._documents:
            mail = ""
            if doc.registered_mail_number:
                # The card's wording, under the card's context: translated once.
                mail = arg(
                    QCoreApplication.translate("CustomerCard", "registered mail %1"),
                    doc.registered_mail_number,
                )
            item = QTreeWidgetItem(self.table, [
                display.day(doc.letter_date),
                letter_kind_name(doc.kind),
                display.money(doc.amount, self._currency) if doc.amount else "",
                NATIVE_NAMES.get(doc.lang, doc.lang),  # as the letter's reader writes it
                self.how_sent(doc),
                mail,
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, doc.id)
            if doc.id == current:
                self.table.setCurrentItem(item)
        self.open_button.setEnabled(self.table.currentItem() is not None)

    # -- reading -----------------------------------------------------------------------
    def count(self) -> int:
        return self.table.topLevelItemCount()

    def rows(self) -> list[list[str]]:
        return [
            [self.table.topLevelItem(r).text(c) for c in range(self.table.columnCount())]
            for r in range(self.count())
        ]

    def selected_id(self) -> int | None:
        item = self.table.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def select_row(self, row: int) -> None:
        self.table.setCurrentItem(self.table.topLevelItem(row))

    # -- opening -----------------------------------------------------------------------
    def open_selected(self) -> bool:
        """Open the selected letter; True when it was reprinted or saved."""
        document_id = self.selected_id()
        if document_id is None:
            return False
        return open_kept_letter(self.shop, document_id, self.window())
