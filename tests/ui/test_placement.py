"""Every window opens wholly on the screen, however small, and reopens as it was left."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.records import CustomerRecord
from arapp.ui.widgets.placement import FRAME, place_window


def on_screen(widget: QWidget) -> bool:
    area = widget.screen().availableGeometry()
    outer = QRect(widget.pos(), widget.size() + FRAME)
    return area.contains(outer)


def test_the_letter_dialog_fits_a_small_screen(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    from arapp.ui.letters.letter_dialog import LetterDialog

    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.height() < 900 + FRAME.height()  # the test screen is smaller than the dialog
    dialog = LetterDialog(shop, debtor.id)
    qtbot.addWidget(dialog)
    assert on_screen(dialog)
    dialog.show()
    dialog.wait_prepared()
    assert dialog.print_button.geometry().bottom() < dialog.height()
    assert on_screen(dialog)


def test_the_customer_card_opens_wholly_on_screen_even_if_left_off_it(
    qtbot: QtBot, shop: Shop, customer: CustomerRecord
) -> None:
    from arapp.ui.customers.customer_card import CustomerCard

    card = CustomerCard(shop, customer.id)
    qtbot.addWidget(card)
    assert on_screen(card)
    card.move(5000, 4000)  # a monitor that is not there any more
    card.resize(3000, 2000)
    card.close()
    again = CustomerCard(shop, customer.id)
    qtbot.addWidget(again)
    assert on_screen(again)


def test_a_window_reopens_at_the_size_it_was_left(qtbot: QtBot) -> None:
    first = QDialog()
    qtbot.addWidget(first)
    place_window(first, QSize(400, 300), "probe")
    first.show()
    first.resize(420, 310)
    first.done(0)
    second = QDialog()
    qtbot.addWidget(second)
    place_window(second, QSize(400, 300), "probe")
    assert second.size() == QSize(420, 310)


def test_the_import_and_invoice_dialogs_reopen_at_the_size_left(
    qtbot: QtBot, shop: Shop, customer: CustomerRecord
) -> None:
    from arapp.ui.importing.import_dialog import ImportDialog
    from arapp.ui.ledger.invoice_dialog import InvoiceDialog

    for make in (lambda: ImportDialog(shop), lambda: InvoiceDialog(shop, customer.id)):
        first = make()
        qtbot.addWidget(first)
        first.show()
        first.resize(first.width() + 30, first.height() + 20)
        left = first.size()
        first.reject()
        again = make()
        qtbot.addWidget(again)
        assert again.size() == left


def test_a_window_left_maximised_comes_back_maximised(qtbot: QtBot) -> None:
    first = QWidget()
    qtbot.addWidget(first)
    place_window(first, QSize(400, 300), "probe_max")
    first.showMaximized()
    first.close()
    second = QWidget()
    qtbot.addWidget(second)
    place_window(second, QSize(400, 300), "probe_max")
    assert second.windowState() & Qt.WindowState.WindowMaximized
