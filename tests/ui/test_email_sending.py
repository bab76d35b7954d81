"""E-mailing a letter from the card does not freeze the window (issue #20): the send runs
off the UI thread while the dialog says "Sending…" with its buttons disabled; the letter is
logged once when the server took it, and nothing is logged when it refused, in the UI
language. Closing the dialog, or the shop, while it sends does not crash.

A file shop, so that the send really runs on a thread of its own (an in-memory one runs it
on the UI thread: tests/ui/test_messages_ui.py), and a local SMTP server that holds its
answer until the test lets it go."""

from __future__ import annotations

import socket
import threading
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from arapp.core.messages.email import SmtpSettings
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.core.services.settings import BusinessDetails
from arapp.core.store.models import Interaction
from arapp.core.templates import strip_isolates
from arapp.ui.messages import email_dialog
from arapp.ui.messages.email_dialog import EmailLetterDialog
from arapp.ui.ops.changes import change_bus
from arapp.ui.ops.query import wait_for_queries
from tests.core.messages.smtp_server import Mailbox, smtp_server

DAY = date(2026, 4, 20)


def _letter(shop: Shop) -> int:
    """A customer with an e-mail address and a kept reminder; the customer's id."""
    shop.settings.save_business(BusinessDetails(name="Corner Shop", phones="03-5551234"))
    c = shop.customers.create(CustomerInput(code="C1", name="דנה לוי", kind="business",
                                            phones="052-1234567", email="dana@example.com",
                                            language="he"))
    shop.invoices.create_invoice(c.id, "F-1", date(2026, 3, 1), Decimal("250.00"),
                                 date(2026, 4, 1))
    draft = shop.letter_drafts.draft(c.id, "reminder", letter_date=DAY)
    shop.letters.issue(draft, b"%PDF-1.4\n%%EOF\n")
    return c.id


def _mail_server(shop: Shop, port: int, user: str = "", password: str = "") -> None:
    shop.settings.save_smtp(SmtpSettings(host="127.0.0.1", port=port, security="none",
                                         user=user, password=password,
                                         from_address="shop@example.com"))


def _emails() -> list[int]:
    return [e.id for e in Interaction.select().where(Interaction.kind == "email")]


def _dialog(qtbot: QtBot, shop: Shop, cid: int) -> EmailLetterDialog:
    dialog = EmailLetterDialog(shop, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _buttons_enabled(dialog: EmailLetterDialog) -> tuple[bool, bool, bool]:
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    return (dialog.ok_button().isEnabled(), cancel.isEnabled(), dialog.letter.isEnabled())


def test_the_window_stays_alive_while_the_server_answers_and_the_letter_is_logged_once(
    qtbot: QtBot, file_shop: Shop
) -> None:
    cid = _letter(file_shop)
    box = Mailbox(hold=threading.Event())
    with smtp_server(box) as port:
        _mail_server(file_shop, port)
        dialog = _dialog(qtbot, file_shop, cid)
        ticks: list[int] = []
        timer = QTimer(dialog)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(10)
        dialog.accept()
        # At once, before the server has answered: the dialog says so and waits.
        assert dialog.is_sending() and dialog.isVisible()
        assert dialog.status.isVisible() and dialog.status.text() == "Sending…"
        assert _buttons_enabled(dialog) == (False, False, False)
        dialog.accept()  # OK pressed again (Enter): still one mail
        qtbot.waitUntil(box.arrived.is_set)
        # The server holds its answer, and the event loop keeps running meanwhile.
        seen = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= seen + 5)
        assert dialog.is_sending() and not box.hold.is_set()  # type: ignore[union-attr]
        assert _emails() == []  # nothing logged before the server took it
        with qtbot.waitSignal(change_bus().changed):
            box.hold.set()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(box.received) == 1
    assert _emails() == [dialog.sent]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    ("refusal", "english", "hebrew"),
    [
        ("data", "refused the message (550)", "שרת הדואר דחה את ההודעה (550)"),
        ("password", "refused the user name or password", "דחה את שם המשתמש או את הסיסמה"),
        ("no server", "Cannot reach the mail server", "אין גישה לשרת הדואר"),
    ],
)
def test_a_refusal_is_said_in_the_dialog_and_nothing_is_logged(
    qtbot: QtBot, file_shop: Shop, refusal: str, english: str, hebrew: str
) -> None:
    from arapp.ui.i18n.language import manager

    cid = _letter(file_shop)
    box = Mailbox(user="shop", password="right", hold=threading.Event(),
                  refuse_data="550 mailbox unavailable" if refusal == "data" else "")
    with smtp_server(box) as port:
        if refusal == "no server":
            port = _closed_port()
        _mail_server(file_shop, port, "shop", "wrong" if refusal == "password" else "right")
        manager().set_language("he", persist=False)
        dialog = _dialog(qtbot, file_shop, cid)
        dialog.accept()
        assert dialog.is_sending() and _buttons_enabled(dialog) == (False, False, False)
        assert dialog.status.text() == "השליחה מתבצעת…"
        if refusal == "data":
            qtbot.waitUntil(box.arrived.is_set)
            box.hold.set()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: not dialog.is_sending(), timeout=10000)
        text = strip_isolates(dialog.error.text())
        assert hebrew in text and english not in text
        # Still open, ready to try again, with nothing logged or sent.
        assert dialog.isVisible() and not dialog.status.isVisible()
        assert _buttons_enabled(dialog) == (True, True, True)
        assert dialog.sent is None and _emails() == [] and box.received == []


@pytest.mark.parametrize("server_takes_it", [True, False])
def test_closing_the_dialog_while_it_sends(
    qtbot: QtBot, file_shop: Shop, monkeypatch: pytest.MonkeyPatch, server_takes_it: bool
) -> None:
    told: list[str] = []
    monkeypatch.setattr(email_dialog, "show_user_error",
                        lambda parent, exc: told.append(exc.template))
    cid = _letter(file_shop)
    box = Mailbox(hold=threading.Event(), refuse_data="" if server_takes_it else "554 no")
    with smtp_server(box) as port:
        _mail_server(file_shop, port)
        dialog = _dialog(qtbot, file_shop, cid)
        dialog.accept()
        qtbot.waitUntil(box.arrived.is_set)
        dialog.reject()  # Escape: the mail on its way still goes
        assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
        box.hold.set()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: not dialog.is_sending(), timeout=10000)
    assert dialog.result() == QDialog.DialogCode.Rejected  # not reopened or accepted
    if server_takes_it:
        assert told == [] and _emails() == [dialog.sent] and len(box.received) == 1
    else:
        # The owner is told it did not go, over the card, and nothing is logged.
        assert told == ["The mail server refused the message ({code}); nothing was sent"]
        assert _emails() == [] and dialog.sent is None


def test_closing_the_shop_while_it_sends_does_not_crash(
    qtbot: QtBot, file_shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(email_dialog, "show_user_error",
                        lambda parent, exc: told.append(exc.template))
    cid = _letter(file_shop)
    box = Mailbox(hold=threading.Event())
    with smtp_server(box) as port:
        _mail_server(file_shop, port)
        dialog = _dialog(qtbot, file_shop, cid)
        dialog.accept()
        qtbot.waitUntil(box.arrived.is_set)
        dialog.reject()
        file_shop.close()  # the app quitting under it
        box.hold.set()  # type: ignore[union-attr]
        assert wait_for_queries(10000)
        qtbot.waitUntil(lambda: not dialog.is_sending())
    # The failure to log into a closed shop is no news to anyone: no dialog, no crash.
    assert told == [] and dialog.sent is None
