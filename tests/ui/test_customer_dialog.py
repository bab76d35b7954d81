"""Adding and editing a customer: from the list (Ctrl+N, context menu) and the card;
the service's refusals shown under their field, nothing saved until it accepts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.customer_search import CustomerQuery
from arapp.core.services.records import CustomerRecord
from arapp.ui.customers.customer_card import CustomerCard
from arapp.ui.customers.customer_dialog import CustomerDialog
from arapp.ui.customers.customers_view import CustomersView
from arapp.ui.ops.changes import change_bus
from arapp.ui.settings.letter_language import set_default_letter_language
from tests.ui.conftest import add_customer, make_window

TOO_LONG_ID = "1" * 25


def test_new_customer_form_starts_with_a_code_and_the_shop_defaults(
    qtbot: QtBot, shop: Shop
) -> None:
    add_customer(shop, "C0041", "A")
    set_default_letter_language(shop, "ar")
    dialog = CustomerDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New customer"
    assert dialog.code.text() == "C0042"
    assert dialog.language.currentData() == "ar"
    assert dialog.kind.currentData() == "consumer"
    assert dialog.terms.value() == 30
    assert dialog.credit_limit.text() == ""


def test_a_refusal_is_shown_under_its_field_and_nothing_is_saved(
    qtbot: QtBot, shop: Shop
) -> None:
    dialog = CustomerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.name.setText("سمير خوري")
    dialog.id_number.setText(TOO_LONG_ID)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.saved is None
    assert shop.customers.count(CustomerQuery()) == 0
    message = dialog.field_errors["id_number"].text()
    assert "ID number" in message and "20" in message
    assert not dialog.field_errors["id_number"].isHidden()
    assert dialog.error.isHidden()
    # Typing in the field clears its message.
    dialog.id_number.setText("123456782")
    assert dialog.field_errors["id_number"].isHidden()


def test_a_missing_name_is_refused_by_the_service(qtbot: QtBot, shop: Shop) -> None:
    dialog = CustomerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.saved is None
    assert "Name is required" in dialog.field_errors["name"].text()


def test_a_taken_code_is_refused_inline(qtbot: QtBot, shop: Shop) -> None:
    add_customer(shop, "C1", "A")
    dialog = CustomerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.code.setText("C1")
    dialog.name.setText("B")
    dialog.accept()
    assert dialog.saved is None
    assert "already exists" in dialog.error.text()


def test_a_bad_credit_limit_keeps_ok_disabled(qtbot: QtBot, shop: Shop) -> None:
    dialog = CustomerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.name.setText("A")
    dialog.credit_limit.setText("12x")
    assert not dialog.ok_button().isEnabled()
    dialog.credit_limit.setText("")
    assert dialog.ok_button().isEnabled()


def test_every_field_is_saved(qtbot: QtBot, shop: Shop) -> None:
    dialog = CustomerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.code.setText("K-7")
    dialog.name.setText("מכולת השכונה")
    dialog.phones.setText("04-6543210")
    dialog.email.setText("shop@example.com")
    dialog.address.setText("רחוב הגפן 3, חיפה")
    dialog.id_number.setText("515000008")
    dialog.credit_limit.setText("5,000")
    dialog.terms.setValue(60)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("business"))
    dialog.stop_credit.setChecked(True)
    dialog.notes.setPlainText("Pays on the 10th")
    with qtbot.waitSignal(change_bus().changed):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    c = shop.customers.by_code("K-7")
    assert (c.name, c.phones, c.email, c.address, c.id_number) == (
        "מכולת השכונה", "04-6543210", "shop@example.com", "רחוב הגפן 3, חיפה", "515000008"
    )
    assert c.credit_limit == Decimal("5000.00")
    assert (c.payment_terms_days, c.language, c.kind, c.stop_credit, c.notes) == (
        60, "en", "business", True, "Pays on the 10th"
    )


def test_ctrl_n_on_the_list_adds_a_customer_after_a_refusal_then_opens_its_card(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_customer(shop, "C0001", "Existing")
    tries: list[str] = []

    def fill(self: CustomerDialog) -> int:
        self.name.setText("נאדיה חדאד")
        self.id_number.setText(TOO_LONG_ID)
        self.accept()  # refused: stays open, nothing saved
        tries.append(self.field_errors["id_number"].text())
        assert shop.customers.count(CustomerQuery()) == 1
        self.id_number.setText("123456782")
        self.accept()
        return self.result()

    monkeypatch.setattr(CustomerDialog, "exec", fill)
    window = make_window(qtbot, shop)
    view = window.show_screen("customers")
    assert isinstance(view, CustomersView)
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tries and "ID number" in tries[0]
    added = shop.customers.by_code("C0002")
    assert added.name == "נאדיה חדאד"
    assert added.id in window.cards  # its card opened
    assert view.model.total() == 2  # the list was read again
    names = [view.model.index(r, 1).data() for r in range(view.model.rowCount())]
    assert "נאדיה חדאד" in names


def test_context_menu_edits_the_row_under_the_pointer(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_customer(shop, "C1", "Alpha")
    add_customer(shop, "C2", "Beta")

    def rename(self: CustomerDialog) -> int:
        assert self.windowTitle() == "Edit customer"
        self.name.setText(self.name.text() + " Ltd")
        self.accept()
        return self.result()

    monkeypatch.setattr(CustomerDialog, "exec", rename)
    window = make_window(qtbot, shop)
    view = window.show_screen("customers")
    assert isinstance(view, CustomersView)
    rect = view.table.visualRect(view.model.index(1, 1))
    menu = view.context_menu(rect.center())
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Open card", "&Edit customer…", "&Log contact…", "&New customer…"]
    assert view.selected_customer_id() == view.model.customer_id(1)
    assert view.edit_action.isEnabled()
    view.edit_action.trigger()
    assert shop.customers.by_code("C2").name == "Beta Ltd"
    names = [view.model.index(r, 1).data() for r in range(view.model.rowCount())]
    assert names == ["Alpha", "Beta Ltd"]
    empty = view.context_menu(QPoint(5, view.table.viewport().height() - 2))
    assert empty is not None


def test_context_menu_selects_the_row_right_to_left(qtbot: QtBot, shop: Shop) -> None:
    from arapp.ui.i18n.language import manager

    add_customer(shop, "C1", "אלף")
    add_customer(shop, "C2", "בית")
    manager().set_language("he", persist=False)
    window = make_window(qtbot, shop)
    view = window.show_screen("customers")
    assert isinstance(view, CustomersView)
    assert view.isRightToLeft()
    view.context_menu(view.table.visualRect(view.model.index(1, 1)).center())
    assert view.selected_customer_id() == view.model.customer_id(1)
    assert view.edit_action.isEnabled() and view.open_action.isEnabled()


def test_edit_from_the_card_refreshes_the_card(
    qtbot: QtBot, shop: Shop, customer: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    def edit(self: CustomerDialog) -> int:
        assert self.code.text() == "C001" and self.id_number.text() == "012345674"
        self.phones.setText("054-7654321")
        self.email.setText("david@example.com")
        self.stop_credit.setChecked(True)
        self.accept()
        return self.result()

    monkeypatch.setattr(CustomerDialog, "exec", edit)
    card = CustomerCard(shop, customer.id)
    qtbot.addWidget(card)
    card.show()
    with qtbot.waitSignal(change_bus().changed):
        assert card.edit_customer()
    assert "054-7654321" in card.details_label.text()
    assert "Email: \u2068david@example.com\u2069" in card.details_label.text()
    assert "Stop credit" in card.flags_label.text()
    assert shop.customers.get(customer.id).stop_credit


def test_an_id_number_with_a_wrong_check_digit_is_refused_under_its_field(
    qtbot: QtBot, shop: Shop
) -> None:
    from arapp.core.errors import UserError
    from arapp.core.services.records import CustomerInput

    wrong = "123456789"  # the check digit of 12345678 is 2
    with pytest.raises(UserError) as refused:
        shop.customers.create(CustomerInput(code="probe", name="probe", id_number=wrong))
    refusal = refused.value
    dialog = CustomerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.name.setText("Probe")
    dialog.id_number.setText(wrong)
    dialog.accept()
    assert dialog.saved is None
    # Under the ID field, which the core's refusal names (InvalidField.input_field).
    assert getattr(refusal, "input_field", None) == "id_number"
    where = dialog.field_errors["id_number"]
    assert not where.isHidden() and where.text()
    assert dialog.error.isHidden()


def test_the_form_proposes_the_cores_next_code(qtbot: QtBot, shop: Shop) -> None:
    add_customer(shop, "K16", "A")
    dialog = CustomerDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.code.text() == shop.customers.propose_code() == "K17"


def test_a_refusal_naming_its_input_attribute_is_shown_under_that_field(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    from arapp.core.errors import InvalidField

    def refuse(_data: object) -> None:
        raise InvalidField("{field} is required", input_field="email", field="Email")

    monkeypatch.setattr(shop.customers, "create", refuse)
    dialog = CustomerDialog(shop)
    qtbot.addWidget(dialog)
    dialog.name.setText("A")
    dialog.accept()
    assert not dialog.field_errors["email"].isHidden()
    assert dialog.field_errors["email"].text() == "Email is required"
    assert dialog.error.isHidden()
