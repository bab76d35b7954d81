"""The card's "Letters sent" is no longer a dead list (issue #17, defect 11): each letter
shows its language and whether it was printed or saved, and opens to be seen, reprinted
and saved again as exactly the stored bytes."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from arapp.core.errors import UserError
from arapp.core.services import Shop
from arapp.core.services.letters import PRINTED, SAVED
from arapp.core.services.records import CustomerInput
from arapp.ui.customers.customer_card import CustomerCard
from arapp.ui.letters.kept_letter import KeptLetterDialog
from tests.documents.conftest import prepare_letter

LETTER_DAY = date(2026, 6, 30)


@pytest.fixture
def debtor(shop: Shop) -> int:
    c = shop.customers.create(CustomerInput(code="K7", name="سامي حداد", language="ar",
                                            kind="business"))
    for n in range(2):
        issued = date(2026, 3, 1) + timedelta(days=20 * n)
        shop.invoices.create_invoice(c.id, f"INV-{n}", issued, Decimal("250.00"),
                                     issued + timedelta(days=30))
    return c.id


def make_card(qtbot: QtBot, shop: Shop, customer_id: int) -> CustomerCard:
    card = CustomerCard(shop, customer_id)
    qtbot.addWidget(card)
    with qtbot.waitExposed(card):
        card.show()
    return card


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def test_each_letter_shows_its_language_and_how_it_left(
    qtbot: QtBot, shop: Shop, debtor: int
) -> None:
    reminder = prepare_letter(shop, debtor, "reminder", "ar", LETTER_DAY)
    shop.letters.issue(reminder.draft, reminder.pdf, how=PRINTED)
    statement = prepare_letter(shop, debtor, "statement", "he", LETTER_DAY)
    both = shop.letters.issue(statement.draft, statement.pdf, how=SAVED)
    shop.letters.mark_delivered(both, PRINTED)
    card = make_card(qtbot, shop, debtor)
    rows = card.letters.rows()
    assert len(rows) == 2
    by_kind = {row[1]: row for row in rows}
    assert by_kind["Friendly reminder"][3:5] == ["العربية", "Printed"]
    assert by_kind["Statement of account"][3:5] == ["עברית", "Printed and saved"]
    assert by_kind["Friendly reminder"][0] == "30/06/2026"
    assert by_kind["Friendly reminder"][2] == "₪500.00"


def test_open_shows_reprints_and_saves_the_stored_bytes(
    qtbot: QtBot, shop: Shop, debtor: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = prepare_letter(shop, debtor, "reminder", "ar", LETTER_DAY)
    doc_id = shop.letters.issue(letter.draft, letter.pdf, how=SAVED)
    card = make_card(qtbot, shop, debtor)
    assert card.letters.rows()[0][4] == "Saved as PDF"

    seen: list[KeptLetterDialog] = []

    def reprint_and_save(dialog: KeptLetterDialog) -> int:
        seen.append(dialog)
        dialog.wait_loaded()
        assert dialog.pdf == letter.pdf  # exactly the stored bytes, not a new rendering
        assert dialog.preview.page_count() >= 1
        assert dialog.print_letter(pdf_printer(tmp_path / "again.pdf"))
        assert "Printed again" in dialog.status.text()
        assert dialog.save_pdf(tmp_path / "copy.pdf")
        assert "copy.pdf" in dialog.status.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(KeptLetterDialog, "exec", reprint_and_save)
    assert not card.letters.open_button.isEnabled()
    card.letters.select_row(0)
    assert card.letters.open_button.isEnabled()
    qtbot.mouseClick(card.letters.open_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and seen[0].document_id == doc_id
    assert (tmp_path / "copy.pdf").read_bytes() == letter.pdf
    assert (tmp_path / "again.pdf").stat().st_size > 0
    record = shop.letters.document(doc_id)
    assert record.printed_at is not None and record.saved_at is not None
    assert len(shop.letters.documents_for(debtor)) == 1  # a reprint is not a new letter
    # The card followed the announcement.
    assert card.letters.rows()[0][4] == "Printed and saved"


def test_double_click_opens_the_letter(
    qtbot: QtBot, shop: Shop, debtor: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = prepare_letter(shop, debtor, "reminder", "ar", LETTER_DAY)
    doc_id = shop.letters.issue(letter.draft, letter.pdf, how=PRINTED)
    opened: list[int] = []
    monkeypatch.setattr(
        KeptLetterDialog, "exec", lambda d: opened.append(d.document_id) or 0
    )
    card = make_card(qtbot, shop, debtor)
    card.tabs.setCurrentWidget(card.letters)
    table = card.letters.table
    item = table.topLevelItem(0)
    table.setCurrentItem(item)
    table.itemActivated.emit(item, 0)
    assert opened == [doc_id]


def test_a_damaged_letter_says_so_and_offers_nothing(
    qtbot: QtBot, shop: Shop, debtor: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = prepare_letter(shop, debtor, "reminder", "ar", LETTER_DAY)
    doc_id = shop.letters.issue(letter.draft, letter.pdf, how=PRINTED)

    def damaged(_document_id: int) -> bytes:
        raise UserError("The stored letter does not match its fingerprint (SHA-256)")

    monkeypatch.setattr(shop.letters, "pdf", damaged)
    dialog = KeptLetterDialog(shop, doc_id)
    qtbot.addWidget(dialog)
    dialog.wait_loaded()
    assert "fingerprint" in dialog.status.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
