"""First-run wizard: language, business details, then empty / import / sample shop."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from arapp.core.errors import ImportRowError
from arapp.core.services import Shop
from arapp.core.services.customers import CustomerQuery
from arapp.ui.i18n.language import manager
from arapp.ui.importing.import_errors_dialog import ImportErrorsDialog
from arapp.ui.setup.first_run import (
    PAGE_BUSINESS,
    PAGE_IMPORT,
    PAGE_START,
    START_IMPORT,
    START_SAMPLE,
    FirstRunWizard,
)
from arapp.ui.widgets.image_picker import MAX_SIDE, image_to_png


def make_wizard(qtbot: QtBot, shop: Shop) -> FirstRunWizard:
    wizard = FirstRunWizard(shop)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_enabled(wizard: FirstRunWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def fill_business(wizard: FirstRunWizard, tmp_path: Path) -> None:
    page = wizard.business_page.form  # the letterhead form shared with the settings
    page.name.setText("Corner Shop")
    page.registration.setText("512345678")
    page.owner.setText("Dana Levi")
    page.bank.setPlainText("Leumi (10), branch 800, account 12345")
    logo = QImage(40, 20, QImage.Format.Format_RGB32)
    logo.fill(QColor("navy"))
    logo.save(str(tmp_path / "logo.jpg"), "JPG")
    assert page.logo.load_file(tmp_path / "logo.jpg")


def test_choosing_a_language_flips_the_wizard(qtbot: QtBot, shop: Shop) -> None:
    wizard = make_wizard(qtbot, shop)
    wizard.language_page.group.button(0).setChecked(True)  # Hebrew
    assert manager().language() == "he"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    wizard.language_page.group.button(2).setChecked(True)  # English
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_business_name_is_required(qtbot: QtBot, shop: Shop) -> None:
    wizard = make_wizard(qtbot, shop)
    wizard.next()
    assert wizard.currentId() == PAGE_BUSINESS
    assert not next_enabled(wizard)
    wizard.business_page.name.setText("Corner Shop")
    assert next_enabled(wizard)


def test_empty_shop_saves_the_details_on_finish(qtbot: QtBot, shop: Shop, tmp_path: Path) -> None:
    wizard = make_wizard(qtbot, shop)
    wizard.next()
    fill_business(wizard, tmp_path)
    wizard.next()
    assert wizard.currentId() == PAGE_START
    assert not shop.settings.is_set_up()  # nothing saved before the end
    wizard.accept()
    assert wizard.result() == QWizard.DialogCode.Accepted
    saved = shop.settings.business()
    assert (saved.name, saved.owner_name) == ("Corner Shop", "Dana Levi")
    assert saved.logo_png is not None and saved.logo_png.startswith(b"\x89PNG")
    assert saved.signature_png is None
    assert shop.customers.count(CustomerQuery()) == 0


def finish_with_the_sample(qtbot: QtBot, shop: Shop, tmp_path: Path) -> FirstRunWizard:
    wizard = make_wizard(qtbot, shop)
    wizard.next()
    fill_business(wizard, tmp_path)
    wizard.next()
    wizard.start_page.group.button(START_SAMPLE).setChecked(True)
    wizard.accept()
    return wizard


def test_sample_shop_goes_into_its_own_file(qtbot: QtBot, file_shop: Shop, tmp_path: Path) -> None:
    """Made-up customers never mix with the owner's money records: the sample is made
    (off the UI thread) in a file beside the shop, which the app then opens; the owner's
    shop keeps their letterhead and no customers; the sample's letters carry that
    letterhead too, not the made-up shop's (issue #17, defect 12)."""
    wizard = finish_with_the_sample(qtbot, file_shop, tmp_path)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.opened_path == tmp_path / "shop-sample.sqlite3"
    assert file_shop.customers.count(CustomerQuery()) == 0
    assert file_shop.settings.business().name == "Corner Shop"
    assert not file_shop.settings.is_sample()
    sample = Shop.open(wizard.opened_path)
    try:
        assert sample.customers.count(CustomerQuery()) == 200
        assert sample.settings.is_sample()
        assert sample.settings.business().name == "Corner Shop"
    finally:
        sample.close()


def test_a_cancelled_sample_leaves_the_shop_as_it_was(
    qtbot: QtBot, file_shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import arapp.ui.setup.sample_shop as sample_shop
    from arapp.ui.ops.long_op import Cancelled

    def cancelled(*_args: object) -> object:
        raise Cancelled

    monkeypatch.setattr(sample_shop, "run_with_progress", cancelled)
    wizard = finish_with_the_sample(qtbot, file_shop, tmp_path)
    assert wizard.result() != QWizard.DialogCode.Accepted
    assert wizard.opened_path is None
    assert not file_shop.settings.is_set_up()  # the wizard comes back next time


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_import_lists_bad_rows_and_stays_on_the_page(
    qtbot: QtBot, file_shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[list[ImportRowError]] = []

    def capture(self: ImportErrorsDialog) -> int:
        shown.append(self.errors)
        assert self.model.rowCount() == len(self.errors)
        return 0

    monkeypatch.setattr(ImportErrorsDialog, "exec", capture)
    customers = write(tmp_path / "customers.csv", "code,name\nC1,Dana\nC2,Omar\n")
    invoices = write(
        tmp_path / "invoices.csv",
        "customer_code,number,date,due_date,amount\n"
        "C1,100,2026-01-01,2026-01-31,12.345\n"
        "C9,101,2026-01-01,2026-01-31,50\n",
    )
    wizard = make_wizard(qtbot, file_shop)
    wizard.next()
    wizard.business_page.name.setText("Corner Shop")
    wizard.next()
    wizard.start_page.group.button(START_IMPORT).setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_IMPORT
    page = wizard.import_page
    assert not page.isComplete()
    page.pickers["customers"].set_path(customers)
    page.pickers["invoices"].set_path(invoices)
    assert page.isComplete()
    wizard.accept()
    assert wizard.result() != QWizard.DialogCode.Accepted
    assert wizard.currentId() == PAGE_IMPORT
    assert [e.row for e in shown[0]] == [2, 3]
    assert file_shop.customers.count(CustomerQuery()) == 2  # customers went in
    assert "Customers: 2 added" in page.result_label.text()
    assert not file_shop.settings.is_set_up()

    write(
        invoices, "customer_code,number,date,due_date,amount\nC1,100,2026-01-01,2026-01-31,12.34\n"
    )
    wizard.accept()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert "Customers: 0 added, 2 already there." in page.result_label.text()
    assert file_shop.customers.by_code("C1").balance == Decimal("12.34")
    assert file_shop.settings.is_set_up()


def test_a_shop_with_customers_skips_the_start_page(qtbot: QtBot, shop: Shop) -> None:
    from tests.ui.conftest import add_customer

    add_customer(shop, "C1", "Dana")
    wizard = make_wizard(qtbot, shop)
    wizard.next()
    wizard.business_page.name.setText("Corner Shop")
    assert wizard.business_page.nextId() == -1
    wizard.accept()
    assert shop.settings.business().name == "Corner Shop"


def test_images_are_stored_as_png_and_scaled_down() -> None:
    big = QImage(MAX_SIDE * 2, MAX_SIDE, QImage.Format.Format_RGB32)
    big.fill(QColor("white"))
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    big.save(buffer, "JPG")
    png = image_to_png(bytes(data.data()))
    assert png is not None and png.startswith(b"\x89PNG")
    again = QImage.fromData(png)
    assert (again.width(), again.height()) == (MAX_SIDE, MAX_SIDE // 2)
    assert image_to_png(b"not an image") is None


def test_the_buttons_follow_the_language_chosen_on_the_first_page(qtbot: QtBot, shop: Shop) -> None:
    manager().set_language("he", persist=False)
    wizard = make_wizard(qtbot, shop)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    wizard.language_page.group.button(1).setChecked(True)  # Arabic
    qtbot.waitUntil(lambda: "التالي" in next_button.text().replace("&", ""))
    assert not any("\u05d0" <= ch <= "\u05ea" for ch in next_button.text() + cancel.text())
    assert cancel.text() == "إلغاء"
    # Next leads to the left in a right-to-left window, Back to the right.
    assert next_button.text().endswith("←\u200f")
    assert wizard.buttonText(QWizard.WizardButton.BackButton).startswith("\u200f→")
    wizard.language_page.group.button(2).setChecked(True)  # English
    qtbot.waitUntil(lambda: next_button.text() == "&Next →")


def test_bank_details_run_right_to_left_in_a_right_to_left_form(qtbot: QtBot, shop: Shop) -> None:
    manager().set_language("ar", persist=False)
    wizard = make_wizard(qtbot, shop)
    option = wizard.business_page.form.bank.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
