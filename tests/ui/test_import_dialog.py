"""File → Import from Excel or CSV…: the wizard's import form in a dialog of its own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from arapp.core.errors import ImportRowError
from arapp.core.services import Shop
from arapp.core.services.customers import CustomerQuery
from arapp.ui.customers.customers_view import CustomersView
from arapp.ui.i18n.language import manager
from arapp.ui.importing import import_files as import_files_module
from arapp.ui.importing.import_dialog import ImportDialog
from arapp.ui.importing.import_errors_dialog import ImportErrorsDialog
from arapp.ui.ops.long_op import Cancelled
from tests.ui.conftest import make_window
from tests.ui.test_language_switch import compiled  # noqa: F401  (fixture)

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"
GOOD_CUSTOMERS = DATA / "customers_utf8.csv"  # C001…C004 (and one blank row)
BAD_CUSTOMERS = DATA / "first_row_blank.csv"
BAD_INVOICES = DATA / "invoices_bad_amounts.csv"  # 12 bad rows for C001


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[list[ImportRowError]]:
    """The row errors of every refused file, instead of a modal list the test waits on."""
    shown: list[list[ImportRowError]] = []

    def capture(self: ImportErrorsDialog) -> int:
        assert self.model.rowCount() == len(self.errors)
        shown.append(self.errors)
        return 0

    monkeypatch.setattr(ImportErrorsDialog, "exec", capture)
    return shown


def make_dialog(qtbot: QtBot, shop: Shop) -> ImportDialog:
    dialog = ImportDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press_import(qtbot: QtBot, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def customer_count(shop: Shop) -> int:
    return shop.customers.count(CustomerQuery())


def test_import_needs_a_file_and_is_the_default(qtbot: QtBot, shop: Shop) -> None:
    dialog = make_dialog(qtbot, shop)
    assert dialog.windowTitle() == "Import from Excel or CSV"
    assert list(dialog.form.captions) == ["customers", "invoices", "payments"]
    assert [c.text() for c in dialog.form.captions.values()] == [
        "Customers:",
        "Invoices:",
        "Payments:",
    ]
    assert dialog.form.intro is not None and "customers, invoices, payments" in (
        dialog.form.intro.text()
    )
    assert dialog.import_button.text() == "&Import"
    assert dialog.import_button.isDefault()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Close"
    assert not dialog.import_button.isEnabled()
    dialog.form.pickers["payments"].set_path(DATA / "payments_arabic.csv")
    assert dialog.import_button.isEnabled()
    dialog.form.pickers["payments"].clear.click()
    assert not dialog.import_button.isEnabled()
    assert dialog.run_import() is None  # nothing chosen, nothing done
    assert dialog.form.result_label.text() == ""


def test_escape_closes_without_importing(qtbot: QtBot, shop: Shop) -> None:
    dialog = make_dialog(qtbot, shop)
    dialog.form.pickers["customers"].set_path(GOOD_CUSTOMERS)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert customer_count(shop) == 0


def test_a_good_customers_file_is_imported_off_the_ui_thread(
    qtbot: QtBot, file_shop: Shop, errors_shown: list[list[ImportRowError]]
) -> None:
    dialog = make_dialog(qtbot, file_shop)
    dialog.form.pickers["customers"].set_path(GOOD_CUSTOMERS)
    with qtbot.waitSignal(dialog.imported) as signal:
        press_import(qtbot, dialog)
    assert signal.args == [4]
    assert customer_count(file_shop) == 4
    assert file_shop.customers.by_code("C002").name == "أحمد الخطيب"
    assert dialog.form.result_label.text() == "Customers: 4 added, 0 already there."
    assert dialog.form.error.isHidden()
    assert errors_shown == []
    assert dialog.isVisible()  # the owner reads the summary, then closes

    # Again: nothing is added twice, and the summary says so.
    with qtbot.assertNotEmitted(dialog.imported):
        press_import(qtbot, dialog)
    assert customer_count(file_shop) == 4
    assert dialog.form.result_label.text() == "Customers: 0 added, 4 already there."
    assert dialog.added == 4
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert dialog.result() == QDialog.DialogCode.Accepted  # something was added


def test_a_bad_file_adds_nothing_and_says_which(
    qtbot: QtBot, file_shop: Shop, errors_shown: list[list[ImportRowError]]
) -> None:
    dialog = make_dialog(qtbot, file_shop)
    dialog.form.pickers["customers"].set_path(BAD_CUSTOMERS)
    with qtbot.assertNotEmitted(dialog.imported):
        press_import(qtbot, dialog)
    assert customer_count(file_shop) == 0
    assert len(errors_shown) == 1 and errors_shown[0][0].row == 1
    assert dialog.form.error.isVisible()
    assert dialog.form.error.text() == (
        "Customers was not imported. Fix the file and press Import again."
    )
    assert dialog.form.result_label.text() == ""
    assert dialog.added == 0
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected  # nothing to refresh


def test_files_before_a_refused_one_stay_imported(
    qtbot: QtBot, file_shop: Shop, errors_shown: list[list[ImportRowError]], tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, file_shop)
    dialog.form.pickers["customers"].set_path(GOOD_CUSTOMERS)
    dialog.form.pickers["invoices"].set_path(BAD_INVOICES)
    press_import(qtbot, dialog)
    assert [len(errors) for errors in errors_shown] == [12]
    assert customer_count(file_shop) == 4
    c001 = file_shop.customers.by_code("C001")
    assert file_shop.invoices.for_customer(c001.id) == []  # not one invoice went in
    assert c001.balance == Decimal("0")
    assert dialog.form.result_label.text() == "Customers: 4 added, 0 already there."
    assert dialog.form.error.text() == (
        "Invoices was not imported. Fix the file and press Import again."
    )
    assert dialog.added == 4

    # The owner fixes the file and presses Import again: the error line goes away.
    fixed = tmp_path / "invoices.csv"
    fixed.write_text(
        "customer_code,number,date,due_date,amount\nC001,INV-1,15/03/2026,15/04/2026,12.34\n",
        encoding="utf-8",
    )
    dialog.form.pickers["invoices"].set_path(fixed)
    press_import(qtbot, dialog)
    assert dialog.form.error.isHidden()
    assert dialog.form.result_label.text() == (
        "Customers: 0 added, 4 already there.\nInvoices: 1 added, 0 already there."
    )
    assert file_shop.customers.by_code("C001").balance == Decimal("12.34")
    assert dialog.added == 5


def test_a_cancelled_import_says_so(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cancel(*_args: object) -> object:
        raise Cancelled

    monkeypatch.setattr(import_files_module, "run_with_progress", cancel)
    dialog = make_dialog(qtbot, shop)
    dialog.form.pickers["customers"].set_path(GOOD_CUSTOMERS)
    press_import(qtbot, dialog)
    assert dialog.form.error.text() == "The import was cancelled."
    assert customer_count(shop) == 0
    assert dialog.added == 0


def test_while_importing_neither_import_nor_close_is_possible(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, shop)
    seen: list[tuple[bool, bool]] = []

    def run(_parent: object, _title: str, _label: str, _db: object, _work: object) -> object:
        dialog.reject()  # Escape or Close while the import is under way
        dialog.form.pickers["payments"].set_path(DATA / "payments_arabic.csv")
        seen.append((dialog.import_button.isEnabled(), dialog.isVisible()))
        assert dialog.run_import() is None  # no second run inside the first
        raise Cancelled

    monkeypatch.setattr(import_files_module, "run_with_progress", run)
    dialog.form.pickers["customers"].set_path(GOOD_CUSTOMERS)
    press_import(qtbot, dialog)
    assert seen == [(False, True)]
    assert dialog.import_button.isEnabled()  # ready again afterwards
    assert dialog.isVisible()


@pytest.mark.usefixtures("compiled")
def test_the_dialog_follows_a_language_switch(
    qtbot: QtBot, shop: Shop, errors_shown: list[list[ImportRowError]]
) -> None:
    dialog = make_dialog(qtbot, shop)
    dialog.form.pickers["customers"].set_path(BAD_CUSTOMERS)
    press_import(qtbot, dialog)
    manager().set_language("he", persist=False)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "ייבוא מ-Excel או מ-CSV")
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.import_button.text() == "&ייבוא"
    assert dialog.form.captions["customers"].text() == "לקוחות:"
    assert dialog.form.error.text() == 'לקוחות לא יובאו. יש לתקן את הקובץ וללחוץ שוב על "ייבוא".'
    manager().set_language("ar", persist=False)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "استيراد من Excel أو CSV")
    assert dialog.form.error.text().startswith("لم يتم استيراد الزبائن.")
    manager().set_language("en", persist=False)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Import from Excel or CSV")
    assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.form.error.text().startswith("Customers was not imported.")


# -- the main window ------------------------------------------------------------------------


def drive_dialog(steps: list[str], files: dict[str, Path]) -> None:
    """Once the modal dialog is up: choose ``files``, press Import if any, then Close."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, ImportDialog)
            steps.append("opened")
            for kind, path in files.items():
                dialog.form.pickers[kind].set_path(path)
            if files:
                dialog.import_button.click()
                steps.append(dialog.form.result_label.text())
        finally:
            if dialog is not None:
                dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()

    QTimer.singleShot(0, run)


def test_the_file_menu_imports_and_refreshes_the_customer_list(
    qtbot: QtBot, shop: Shop, errors_shown: list[list[ImportRowError]]
) -> None:
    window = make_window(qtbot, shop)
    actions = window.file_menu.actions()
    assert window.import_action in actions
    assert actions.index(window.import_action) < actions.index(window.letters_due_action)
    assert window.import_action.text() == "&Import from Excel or CSV…"
    view = window.show_screen("customers")
    assert isinstance(view, CustomersView)
    assert view.model.total() == 0

    steps: list[str] = []
    drive_dialog(steps, {"customers": GOOD_CUSTOMERS})
    window.import_action.trigger()  # returns once the dialog is closed
    assert steps == ["opened", "Customers: 4 added, 0 already there."]
    assert customer_count(shop) == 4
    assert view.model.total() == 4  # the list on screen was read again
    assert {view.model.record(row).code for row in range(view.model.loaded())} == {
        "C001",
        "C002",
        "C003",
        "C004",
    }


def test_closing_without_an_import_does_not_refresh(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, shop)
    refreshed: list[bool] = []
    monkeypatch.setattr(window, "refresh_screens", lambda: refreshed.append(True))
    steps: list[str] = []
    drive_dialog(steps, {})
    window.import_action.trigger()
    assert steps == ["opened"]
    assert refreshed == []


def test_the_list_shows_imported_customers_while_the_dialog_is_still_open(
    qtbot: QtBot, shop: Shop, errors_shown: list[list[ImportRowError]]
) -> None:
    window = make_window(qtbot, shop)
    view = window.show_screen("customers")
    assert isinstance(view, CustomersView)
    seen: list[int] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportDialog)
        try:
            dialog.form.pickers["customers"].set_path(GOOD_CUSTOMERS)
            dialog.import_button.click()
            seen.append(view.model.total())  # the owner looks at the list behind it
        finally:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()

    QTimer.singleShot(0, run)
    window.import_action.trigger()
    assert seen == [4]
