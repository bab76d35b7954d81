"""The dialogs that call a service share one way of saying no: the refusal inline, the
dialog open, nothing recorded, nothing announced; and one way of saying yes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.records import CustomerRecord
from arapp.ui.ledger.invoice_dialog import InvoiceDialog
from arapp.ui.ledger.void_dialog import VoidDialog
from arapp.ui.ops.changes import Changes, change_bus
from arapp.ui.widgets.service_dialog import ServiceDialog


def test_a_refusal_is_shown_inline_and_nothing_changes(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = InvoiceDialog(shop, debtor.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert isinstance(dialog, ServiceDialog)
    dialog.number.setText("A-1")  # already in use
    dialog.amount.setText("10")
    before = len(shop.invoices.for_customer(debtor.id))
    with qtbot.assertNotEmitted(change_bus().changed):
        dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0
    assert "A-1" in dialog.error.text() and "already in use" in dialog.error.text()
    assert len(shop.invoices.for_customer(debtor.id)) == before


def test_success_announces_what_changed_and_closes(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    dialog = InvoiceDialog(shop, debtor.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.number.setText("A-9")
    dialog.amount.setText("10")
    with qtbot.waitSignal(change_bus().changed) as announced:
        dialog.accept()
    assert announced.args == [Changes(customers=frozenset({debtor.id}), ledger=True)]
    assert not dialog.isVisible()
    assert dialog.created is not None and dialog.created.due_date >= date.today()


def test_void_refused_twice_stays_open(qtbot: QtBot, shop: Shop, debtor: CustomerRecord) -> None:
    item = shop.invoices.by_number("A-1")
    shop.invoices.void(item.id, "typo")
    dialog = VoidDialog("Void A-1?", lambda reason: shop.invoices.void(item.id, reason))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setText("again")
    with qtbot.assertNotEmitted(change_bus().changed):
        dialog.accept()
    assert dialog.isVisible() and dialog.error.text()
    assert shop.customers.get(debtor.id).balance == Decimal("500.00")
