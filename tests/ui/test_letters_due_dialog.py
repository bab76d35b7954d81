"""Letters due today is no longer count-and-OK (issue #17, defect 10): the owner sees the
list (customer, letter, amount), unticks and previews, then makes the ticked letters;
printing the combined file goes page by page with progress and Cancel, the window
responsive; the owner is told what was made, printed, and where the files are."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.ui.letters import letters_due
from arapp.ui.letters.letters_due import LettersDueDialog, print_letters_on
from arapp.ui.letters.print_progress import PrintCancelled, print_with_progress

AS_OF = date(2026, 6, 30)
NAMES = ["דני כהן", "سامي حداد", "Ruth Levi"]


@pytest.fixture
def three_due(shop: Shop) -> list[int]:
    ids = []
    for n, name in enumerate(NAMES):
        c = shop.customers.create(CustomerInput(code=f"L{n}", name=name, language="he",
                                                 kind="business"))
        shop.invoices.create_invoice(c.id, f"F-{n}", date(2026, 5, 1), Decimal(100 + n),
                                     date(2026, 5, 31))
        ids.append(c.id)
    return ids


def open_dialog(qtbot: QtBot, shop: Shop) -> LettersDueDialog:
    dialog = LettersDueDialog(shop, shop.letters.letters_due(AS_OF), AS_OF)
    qtbot.addWidget(dialog)
    return dialog


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def test_the_list_shows_customer_letter_and_amount_all_ticked(
    qtbot: QtBot, shop: Shop, three_due: list[int]
) -> None:
    dialog = open_dialog(qtbot, shop)
    rows = [
        [dialog.table.topLevelItem(r).text(c) for c in range(4)]
        for r in range(dialog.table.topLevelItemCount())
    ]
    assert sorted(r[0] for r in rows) == sorted(NAMES)
    assert {r[2] for r in rows} == {"Friendly reminder"}
    assert {r[3] for r in rows} == {"₪100.00", "₪101.00", "₪102.00"}
    assert len(dialog.ticked()) == 3
    assert dialog.count_label.text() == "3 of 3 letters ticked"


def test_unticked_letters_stay_due_and_the_ticked_are_made_once(
    qtbot: QtBot, shop: Shop, three_due: list[int], tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, shop)
    dialog.set_ticked(1, False)
    unticked = dialog.due[1].customer_id
    assert dialog.count_label.text() == "2 of 3 letters ticked"
    assert dialog.make_letters(tmp_path)
    assert dialog.result() == QDialog.DialogCode.Accepted
    result = dialog.result_batch
    assert result is not None and len(result.files) == 2 and result.combined is not None
    made = {shop.letters.document(i).customer_id for i in result.document_ids}
    assert made == set(three_due) - {unticked}
    assert [d.customer_id for d in shop.letters.letters_due(AS_OF)] == [unticked]
    assert all(shop.letters.document(i).saved_at for i in result.document_ids)


def test_nothing_ticked_makes_nothing(qtbot: QtBot, shop: Shop, three_due: list[int]) -> None:
    dialog = open_dialog(qtbot, shop)
    dialog.tick_all(False)
    assert not dialog.make_button.isEnabled()
    assert not dialog.make_letters(Path("/nonexistent"))
    assert len(shop.letters.letters_due(AS_OF)) == 3


def test_preview_shows_the_current_letter_and_records_nothing(
    qtbot: QtBot, shop: Shop, three_due: list[int]
) -> None:
    dialog = open_dialog(qtbot, shop)
    qtbot.waitUntil(lambda: dialog.preview.page_count() >= 1)
    dialog.table.setCurrentItem(dialog.table.topLevelItem(2))
    name = dialog.table.topLevelItem(2).text(0)
    qtbot.waitUntil(lambda: name in dialog.preview_label.text())
    assert dialog.preview.page_count() >= 1
    assert all(shop.letters.documents_for(c) == [] for c in three_due)


def test_printing_goes_page_by_page_with_the_event_loop_turning(
    qtbot: QtBot, shop: Shop, three_due: list[int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, shop)
    assert dialog.make_letters(tmp_path / "out")
    result = dialog.result_batch
    assert result is not None and result.combined is not None
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(0)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    pages = print_letters_on(None, shop, result, pdf_printer(tmp_path / "printed.pdf"))
    timer.stop()
    assert pages is not None and pages >= 3
    assert ticks, "the event loop did not turn while printing"
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert told and told[0].startswith("3 letters (") and "printed.pdf" in told[0]
    assert all(shop.letters.document(i).printed_at for i in result.document_ids)


def test_cancel_stops_after_the_current_page_and_prints_nothing(
    qtbot: QtBot, shop: Shop, three_due: list[int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, shop)
    assert dialog.make_letters(tmp_path / "out")
    result = dialog.result_batch
    assert result is not None and result.combined is not None
    seen: list[int] = []
    original = QProgressDialog.setValue

    def pressed_cancel_on_page_two(self: QProgressDialog, value: int) -> None:
        seen.append(value)
        original(self, value)
        if value == 1:
            self.cancel()

    monkeypatch.setattr(QProgressDialog, "setValue", pressed_cancel_on_page_two)
    with pytest.raises(PrintCancelled) as stopped:
        print_with_progress(None, result.combined.read_bytes(),
                            pdf_printer(tmp_path / "cancelled.pdf"), "Letters due")
    assert max(seen) == 1  # the second page was never started
    # Qt's PDF and CUPS engines cannot drop a job: the page drawn before Cancel is sent.
    assert stopped.value.pages_sent == 1 and stopped.value.pages_total == 3
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert print_letters_on(None, shop, result, pdf_printer(tmp_path / "c2.pdf")) is None
    assert told == [
        "Printing was stopped: 1 of 3 pages were sent to the printer, the rest were not."
    ]
    assert not any(shop.letters.document(i).printed_at for i in result.document_ids)


def test_the_flow_says_how_many_were_made_and_where(
    qtbot: QtBot, shop: Shop, three_due: list[int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(letters_due, "date", FixedDate)

    def untick_one_and_make(dialog: LettersDueDialog) -> int:
        dialog.set_ticked(0, False)
        dialog.make_letters(tmp_path)
        return dialog.result()

    monkeypatch.setattr(LettersDueDialog, "exec", untick_one_and_make)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    result = letters_due.letters_due_flow(None, shop)  # type: ignore[arg-type]
    assert result is not None and len(result.files) == 2
    assert said and said[0].startswith("2 letters were made and recorded.")
    assert str(tmp_path) in said[0] and "2026-06-30-letters.pdf" in said[0]


class FixedDate(date):
    @classmethod
    def today(cls) -> date:  # type: ignore[override]
        return date(2026, 6, 30)  # a plain date: sqlite3 stores no subclass
