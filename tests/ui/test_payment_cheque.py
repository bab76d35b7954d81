"""A cheque taken in the payment dialog (issue #19): the cheque's fields appear with the
method "check", OK records it in the register through the cheque service, a refusal
shows translated and records nothing, the service's warnings show before OK."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from arapp.core.cheques import ChequeInput
from arapp.core.services import Shop
from arapp.core.services.records import CustomerRecord
from arapp.core.textclean import strip_bidi_controls
from arapp.ui.i18n.language import manager
from arapp.ui.ledger.payment_dialog import PaymentDialog

TODAY = date.today()


def cheque_dialog(qtbot: QtBot, shop: Shop, customer_id: int) -> PaymentDialog:
    dialog = PaymentDialog(shop, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.method.setCurrentIndex(dialog.method.findData("check"))
    return dialog


def type_cheque(dialog: PaymentDialog, *, bank: str = "12", branch: str = "345",
                account: str = "123456", number: str = "5001", amount: str = "150",
                on: date = TODAY) -> None:
    dialog.amount.setText(amount)
    dialog.date.set_value(on)
    for key, value in (("bank", bank), ("branch", branch), ("account", account),
                       ("number", number)):
        dialog.cheque_fields.set_text(key, value)


def test_cheque_fields_show_only_for_a_check(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = PaymentDialog(shop, debtor.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.cheque_fields.isVisible()
    assert dialog.reference.isVisible()
    dialog.method.setCurrentIndex(dialog.method.findData("check"))
    assert dialog.cheque_fields.isVisible()
    assert not dialog.reference.isVisible()
    assert dialog.date_caption.text() == "&Date on the cheque:"


def test_ok_records_the_cheque_in_the_register(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = cheque_dialog(qtbot, shop, debtor.id)
    later = TODAY + timedelta(days=20)
    type_cheque(dialog, on=later, bank="4", branch="12")
    dialog.cheque_fields.third_party.setChecked(True)
    dialog.cheque_fields.set_text("drawer_name", "Salim Haddad")
    dialog.cheque_fields.set_text("drawer_id", "000000018")
    assert dialog.cheque_warnings.text() == ""
    dialog.accept()
    assert dialog.result() == PaymentDialog.DialogCode.Accepted, dialog.error.text()
    (record,) = shop.cheques.list(customer_id=debtor.id)
    assert (record.bank, record.branch, record.account, record.number) == (
        "04", "012", "123456", "5001")
    assert record.amount == Decimal("150.00") and record.date == later
    assert record.drawer_name == "Salim Haddad" and record.status == "in_hand"
    assert record.pays == ("A-1", "A-2")
    assert dialog.recorded is not None and dialog.recorded.id == record.credit_id
    assert dialog.recorded.date == later


@pytest.mark.parametrize("lang", ["he", "ar"])
def test_a_bad_bank_code_is_refused_translated_and_records_nothing(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, lang: str
) -> None:
    manager().set_language(lang, persist=False)
    dialog = cheque_dialog(qtbot, shop, debtor.id)
    type_cheque(dialog, bank="1a")
    shown = dialog.error.text()
    assert shown and "bank" not in shown  # the refusal, in the UI language
    dialog.accept()
    assert dialog.isVisible()
    assert shop.cheques.list(customer_id=debtor.id) == []
    assert shop.customers.get(debtor.id).balance == debtor.balance
    # Fixing the field takes the refusal away.
    dialog.cheque_fields.set_text("bank", "12")
    assert dialog.error.text() == ""


def test_an_endorsed_cheque_needs_the_endorser_id(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = cheque_dialog(qtbot, shop, debtor.id)
    type_cheque(dialog)
    dialog.cheque_fields.endorsed.setChecked(True)
    dialog.cheque_fields.set_text("endorser_name", "Dana Levi")
    assert "endorser's ID" in dialog.error.text()
    dialog.accept()
    assert shop.cheques.list(customer_id=debtor.id) == []


def test_warnings_are_the_services_and_asked_before_ok(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An account with a returned cheque in the register, and a stale, large, twice
    # endorsed cheque from it.
    earlier = shop.cheques.add(debtor.id, ChequeInput(
        bank="12", branch="345", account="777", number="1", amount=Decimal(50), date=TODAY))
    shop.cheques.return_cheque(earlier.record.id, "insufficient_funds")
    dialog = cheque_dialog(qtbot, shop, debtor.id)
    type_cheque(dialog, account="777", amount="12000", on=TODAY - timedelta(days=200))
    dialog.cheque_fields.endorsed.setChecked(True)
    dialog.cheque_fields.set_text("endorser_name", "Dana Levi")
    dialog.cheque_fields.set_text("endorser_id", "000000018")
    dialog.cheque_fields.endorsements.setValue(2)
    expected = shop.cheques.check(debtor.id, dialog.cheque_fields.cheque(
        Decimal(12000), TODAY - timedelta(days=200)))[3]
    assert len(expected) == 4  # Cash Law, stale, returned from the account, credit
    # The same sentences (values isolated for right-to-left text).
    assert [strip_bidi_controls(t) for t in dialog.warning_texts()] == [
        w.message for w in expected]
    assert dialog.cheque_warnings.isVisible()
    asked: list[str] = []

    def answer_no(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    dialog.accept()
    assert asked and "Cash Law" in asked[0]
    assert [c.number for c in shop.cheques.list(customer_id=debtor.id)] == ["1"]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.accept()
    assert sorted(c.number for c in shop.cheques.list(customer_id=debtor.id)) == ["1", "5001"]
