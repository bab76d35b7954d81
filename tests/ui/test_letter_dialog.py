"""The letter dialog previews the exact PDF, and records it only when printed or saved."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.core.services.settings import BusinessDetails
from arapp.ui.letters import letter_dialog, pdf_output
from arapp.ui.letters.letter_dialog import KINDS, LetterDialog
from tests.documents.conftest import prepare_letter
from tests.ui.test_language_switch import compiled  # noqa: F401  (fixture)

LETTER_DAY = date(2026, 6, 30)


@pytest.fixture
def debtor(shop: Shop) -> int:
    shop.settings.save_business(
        BusinessDetails(name="מכולת השכונה", phones="04-8123456", owner_name="יוסי לוי")
    )
    c = shop.customers.create(
        CustomerInput(code="C042", name="يوسف الخطيب", phones="052-1234567", language="ar",
                      kind="business")
    )
    for n in range(3):
        issued = date(2026, 1, 10) + timedelta(days=20 * n)
        shop.invoices.create_invoice(
            c.id, f"INV-{1001 + n}", issued, Decimal("100.50") + n, issued + timedelta(days=30)
        )
    return c.id


def open_dialog(qtbot: QtBot, shop: Shop, customer_id: int, kind: str = "warning") -> LetterDialog:
    dialog = LetterDialog(shop, customer_id, kind=kind)
    qtbot.addWidget(dialog)
    dialog.date_edit.set_value(LETTER_DAY)
    dialog.refresh()
    return dialog


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def test_opens_on_the_customers_language_and_previews_the_exact_pdf(
    qtbot: QtBot, shop: Shop, debtor: int
) -> None:
    dialog = open_dialog(qtbot, shop, debtor)
    assert dialog.kind() == "warning" and dialog.lang() == "ar"
    assert dialog.prepared is not None
    expected = prepare_letter(shop, debtor, "warning", "ar", LETTER_DAY)
    assert dialog.prepared.pdf == expected.pdf  # the preview is the letter, byte for byte
    assert dialog.preview.page_count() >= 1
    assert [dialog.kind_box.itemData(i) for i in range(dialog.kind_box.count())] == list(KINDS)
    assert all(dialog.kind_box.itemText(i) for i in range(dialog.kind_box.count()))
    assert shop.letters.documents_for(debtor) == []  # previewing records nothing


def test_changing_kind_or_language_makes_a_new_letter(
    qtbot: QtBot, shop: Shop, debtor: int
) -> None:
    dialog = open_dialog(qtbot, shop, debtor)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("statement"))
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("he"))
    qtbot.waitUntil(lambda: dialog.prepared is not None and dialog.prepared.kind == "statement")
    assert dialog.prepared is not None and dialog.prepared.lang == "he"
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()


def test_print_and_save_record_the_letter_once(
    qtbot: QtBot, shop: Shop, debtor: int, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, shop, debtor)
    with qtbot.waitSignal(dialog.letterRecorded) as recorded:
        assert dialog.print_letter(pdf_printer(tmp_path / "printed.pdf"))
    assert (tmp_path / "printed.pdf").stat().st_size > 0
    assert dialog.notice.text().startswith("Printed: 1 page(s) to ")  # defect 10
    [printed] = shop.letters.documents_for(debtor)
    assert printed.printed_at is not None and printed.saved_at is None  # defect 11
    assert dialog.save_pdf(tmp_path / "saved.pdf")
    assert "saved.pdf" in dialog.notice.text()
    documents = shop.letters.documents_for(debtor)
    assert documents[0].printed_at == printed.printed_at and documents[0].saved_at
    assert len(documents) == 1
    assert documents[0].id == recorded.args[0] == dialog.recorded_id
    assert documents[0].kind == "warning" and documents[0].lang == "ar"
    assert dialog.prepared is not None
    assert (tmp_path / "saved.pdf").read_bytes() == dialog.prepared.pdf
    assert shop.letters.pdf(documents[0].id) == dialog.prepared.pdf
    dialog.reject()  # Close: the caller learns that something was recorded
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_closing_without_printing_is_rejected(qtbot: QtBot, shop: Shop, debtor: int) -> None:
    dialog = open_dialog(qtbot, shop, debtor)
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_new_letter_after_a_change_is_recorded_again(
    qtbot: QtBot, shop: Shop, debtor: int, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, shop, debtor, kind="reminder")
    assert dialog.save_pdf(tmp_path / "a.pdf")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("statement"))
    # Saving straight after the change still saves the letter now chosen, not the old one.
    assert dialog.save_pdf(tmp_path / "b.pdf")
    kinds = sorted(d.kind for d in shop.letters.documents_for(debtor))
    assert kinds == ["reminder", "statement"]


def test_cancelled_dialogs_record_nothing(
    qtbot: QtBot, shop: Shop, debtor: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, shop, debtor)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))

    class CancelledPrintDialog:
        def __init__(self, printer: QPrinter, parent: object = None) -> None:
            pass

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> int:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(pdf_output, "QPrintDialog", CancelledPrintDialog)
    assert not dialog.save_pdf()
    assert not dialog.print_letter()
    assert shop.letters.documents_for(debtor) == []


def test_print_dialog_starts_on_a4_and_prints_what_was_chosen(
    qtbot: QtBot, shop: Shop, debtor: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, shop, debtor)
    seen: list[QPageSize.PageSizeId] = []
    out = tmp_path / "chosen.pdf"

    class AcceptingPrintDialog:
        def __init__(self, printer: QPrinter, parent: object = None) -> None:
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> int:
            seen.append(self.printer.pageLayout().pageSize().id())
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(pdf_output, "QPrintDialog", AcceptingPrintDialog)
    assert dialog.print_letter()
    assert seen == [QPageSize.PageSizeId.A4]
    assert out.stat().st_size > 0
    assert len(shop.letters.documents_for(debtor)) == 1


def test_save_dialog_adds_the_pdf_suffix(
    qtbot: QtBot, shop: Shop, debtor: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, shop, debtor)
    suggested: list[str] = []

    def fake_save(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        suggested.append(start)
        return str(tmp_path / "letter"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    assert dialog.save_pdf()
    assert (tmp_path / "letter.pdf").exists()
    assert Path(suggested[0]).name == "C042_warning_2026-06-30.pdf"


def test_nothing_to_write_about_is_shown_and_nothing_can_be_printed(
    qtbot: QtBot, shop: Shop
) -> None:
    paid_up = shop.customers.create(CustomerInput(code="C7", name="Paid Up", language="en"))
    dialog = open_dialog(qtbot, shop, paid_up.id, kind="reminder")
    assert dialog.prepared is None
    assert not dialog.problem.isHidden() and dialog.problem.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.preview.page_count() == 0
    assert not dialog.save_pdf()
    # A statement can always be made.
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("statement"))
    dialog.refresh()
    assert dialog.prepared is not None and dialog.problem.isHidden()


def test_the_preview_renders_off_the_ui_thread_and_shows_the_exact_pdf(
    qtbot: QtBot, file_shop: Shop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import threading

    c = file_shop.customers.create(
        CustomerInput(code="F1", name="Dana", language="en", kind="business"))
    file_shop.invoices.create_invoice(c.id, "F-1", date(2026, 1, 1), Decimal("80"))
    threads: list[int] = []
    real = letter_dialog.render_document

    def spy(data: object) -> bytes:
        threads.append(threading.get_ident())
        return real(data)  # type: ignore[arg-type]

    monkeypatch.setattr(letter_dialog, "render_document", spy)
    dialog = LetterDialog(file_shop, c.id, kind="reminder")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=30000)
    assert threads and all(t != threading.get_ident() for t in threads)
    assert dialog.preview.page_count() >= 1
    # Saving right after a change waits for the new letter, and saves exactly its bytes.
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("he"))
    assert dialog.save_pdf(tmp_path / "l.pdf")
    assert dialog.prepared is not None and dialog.prepared.lang == "he"
    assert (tmp_path / "l.pdf").read_bytes() == dialog.prepared.pdf


def test_the_settlement_discount_is_chosen_in_the_dialog(
    qtbot: QtBot, shop: Shop, debtor: int
) -> None:
    dialog = open_dialog(qtbot, shop, debtor, kind="settlement")
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("en"))
    assert dialog.discount.isVisibleTo(dialog)
    assert not dialog.period_from.isVisibleTo(dialog)
    dialog.discount.setValue(15)
    dialog.refresh()
    dialog.wait_prepared()
    assert dialog.prepared is not None
    assert "(\u206815%\u2069 of the debt)" in " ".join(dialog.prepared.draft.data.paragraphs)


def test_the_statement_period_is_chosen_in_the_dialog(
    qtbot: QtBot, shop: Shop, debtor: int
) -> None:
    dialog = open_dialog(qtbot, shop, debtor, kind="statement")
    assert dialog.period_from.isVisibleTo(dialog) and not dialog.discount.isVisibleTo(dialog)
    # Until edited, the boxes show the core's default for the letter's date.
    assert (dialog.period_from.value(), dialog.period_to.value()) == (
        date(2025, 6, 1),
        LETTER_DAY,
    )
    dialog.period_from.set_value(date(2026, 2, 1))
    dialog.period_to.set_value(date(2026, 3, 31))
    dialog.refresh()
    dialog.wait_prepared()
    assert dialog.prepared is not None
    data = dialog.prepared.draft.data
    assert (data.period_start, data.period_end) == (date(2026, 2, 1), date(2026, 3, 31))  # type: ignore[union-attr]
    assert [m.reference for m in data.movements] == ["INV-1003"]  # type: ignore[union-attr]


def _consumer(shop: Shop, due: date) -> int:
    c = shop.customers.create(CustomerInput(code="K9", name="דנה לוי", language="he"))
    shop.invoices.create_invoice(c.id, "K-9", due - timedelta(days=30), Decimal("300.00"), due)
    return c.id


def test_a_warning_to_a_consumer_without_a_debt_notice_is_refused_translated(
    qtbot: QtBot, shop: Shop, compiled: Path  # noqa: F811
) -> None:
    """Issue #22 (1): §13B2 holds for a letter made by hand; the dialog says why in the
    owner's language and nothing can be printed or saved."""
    from arapp.ui.i18n.language import manager

    cid = _consumer(shop, date(2026, 5, 1))
    manager().set_language("he", persist=False)
    dialog = open_dialog(qtbot, shop, cid, kind="warning")
    assert dialog.prepared is None
    assert not dialog.problem.isHidden()
    shown = dialog.problem.text()
    assert "הודעת חוב" in shown and "K-9" in shown, shown
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert not dialog.save_pdf()
    assert shop.letters.documents_for(cid) == []


def test_a_late_debt_notice_is_flagged_in_the_dialog(qtbot: QtBot, shop: Shop) -> None:
    """§13B2(a): the notice belongs within 4 months of the missed due date."""
    cid = _consumer(shop, date(2026, 1, 15))  # 30/06/2026 is 5½ months later
    dialog = open_dialog(qtbot, shop, cid, kind="debt_notice")
    assert dialog.prepared is not None and dialog.print_button.isEnabled()
    late = "Late debt notice: \u2066K-9\u2069 fell due more than 4 months ago"
    assert late in dialog.notice.text()
    in_time = shop.customers.create(CustomerInput(code="K10", name="Noa", language="en"))
    shop.invoices.create_invoice(in_time.id, "K-10", date(2026, 4, 1), Decimal("10.00"),
                                 date(2026, 5, 1))
    fresh = open_dialog(qtbot, shop, in_time.id, kind="debt_notice")
    assert fresh.prepared is not None and fresh.notice.text() == ""


def test_a_warning_says_whether_it_goes_by_registered_mail(
    qtbot: QtBot, shop: Shop, debtor: int
) -> None:
    """Issue #22: a warning before legal action is printed "by registered mail with
    delivery confirmation" unless the owner sends it otherwise; other kinds never ask."""
    dialog = open_dialog(qtbot, shop, debtor, kind="warning")
    assert dialog.registered.isVisibleTo(dialog) and dialog.registered.isChecked()
    dialog.wait_prepared()
    assert dialog.prepared is not None
    assert dialog.prepared.draft.data.extra["sent_as"].split("\n") == [
        "بالبريد المسجل مع وصل استلام", "دون المساس بأي حق"]
    dialog.registered.setChecked(False)
    dialog.refresh()
    dialog.wait_prepared()
    assert dialog.prepared.draft.data.extra["sent_as"] == "دون المساس بأي حق"
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("reminder"))
    assert not dialog.registered.isVisibleTo(dialog)
