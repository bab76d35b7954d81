"""Open a kept letter as it was sent (from the card's Letters tab or its timeline),
without loading the letters layer (reportlab, QtPdf) until a letter is opened."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from arapp.core.services import Shop


def open_kept_letter(shop: Shop, document_id: int, parent: QWidget | None) -> bool:
    """Show the letter; True when the owner reprinted or saved it."""
    from arapp.ui.letters.kept_letter import KeptLetterDialog

    dialog = KeptLetterDialog(shop, document_id, parent)
    try:
        dialog.exec()
        return bool(dialog.delivered)
    finally:
        dialog.deleteLater()
