"""The Cheques screen (issue #19): what to deposit today, a batch deposit, a cheque
returned with its reason and fee (what it paid re-opens, the card flags the customer), a
consumer's fee refused, an early deposit asked about first."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from arapp.core.cheques import ChequeInput
from arapp.core.services import Shop
from arapp.ui.cheques.cheque_dialogs import DepositDialog, ReturnDialog
from arapp.ui.cheques.cheques_view import ChequesView
from tests.ui.conftest import add_customer, make_window

TODAY = date.today()


def cheque(number: str, amount: str, day: date, account: str = "123456") -> ChequeInput:
    return ChequeInput(
        bank="12", branch="345", account=account, number=number, amount=Decimal(amount), date=day
    )


@pytest.fixture
def register(shop: Shop) -> dict[str, int]:
    """A business customer with three invoices and three cheques (two dated by today, one
    post-dated), a consumer with one invoice and one cheque dated by today."""
    firm = add_customer(shop, "B01", "חברת הבניה", kind="business")
    person = add_customer(shop, "P01", "סמיר חורי")
    issued = TODAY - timedelta(days=90)
    for number, amount in (("F-1", "100.00"), ("F-2", "200.00"), ("F-3", "300.00")):
        shop.invoices.create_invoice(
            firm.id, number, issued, Decimal(amount), due_date=issued + timedelta(days=30)
        )
    shop.invoices.create_invoice(
        person.id, "P-1", issued, Decimal("150.00"), due_date=issued + timedelta(days=30)
    )
    ids = {
        "1001": shop.cheques.add(
            firm.id, cheque("1001", "100.00", TODAY - timedelta(days=10)), picked=[]
        ).record.id,
        "1002": shop.cheques.add(firm.id, cheque("1002", "200.00", TODAY)).record.id,
        "1003": shop.cheques.add(
            firm.id, cheque("1003", "300.00", TODAY + timedelta(days=30))
        ).record.id,
        "2001": shop.cheques.add(
            person.id, cheque("2001", "150.00", TODAY - timedelta(days=3), account="987654321")
        ).record.id,
    }
    ids["firm"], ids["person"] = firm.id, person.id
    return ids


def make_view(qtbot: QtBot, shop: Shop) -> ChequesView:
    view = ChequesView(shop)
    qtbot.addWidget(view)
    return view


def numbers(view: ChequesView) -> list[str]:
    return [c.number for c in view.table.records.rows()]


def test_to_deposit_is_the_default_and_lists_cheques_in_hand_dated_by_today(
    qtbot: QtBot, shop: Shop, register: dict[str, int]
) -> None:
    view = make_view(qtbot, shop)
    assert view.filter_key() == "to_deposit"
    assert sorted(numbers(view)) == ["1001", "1002", "2001"]
    assert view.totals.text().startswith("3 cheques · total ₪450.00")
    view.set_filter("post_dated")
    assert numbers(view) == ["1003"]
    view.set_filter("all")
    assert len(numbers(view)) == 4
    view.search.setText("9876")
    view.refresh()
    assert numbers(view) == ["2001"]


def test_the_account_column_reads_left_to_right(
    qtbot: QtBot, shop: Shop, register: dict[str, int]
) -> None:
    from PySide6.QtCore import Qt

    view = make_view(qtbot, shop)
    model = view.table.records
    index = model.index(0, model.ACCOUNT_COLUMN)
    assert model.data(index) == "\u206612-345-123456\u2069"
    align = Qt.AlignmentFlag(model.data(index, Qt.ItemDataRole.TextAlignmentRole))
    assert align & Qt.AlignmentFlag.AlignAbsolute and align & Qt.AlignmentFlag.AlignLeft


def test_deposit_two_cheques_in_one_batch(
    qtbot: QtBot, shop: Shop, register: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def deposit(self: DepositDialog) -> int:
        seen["summary"] = self.summary.text()
        self.account.setText("Leumi 800-123456")
        self.accept()
        return int(self.result())

    monkeypatch.setattr(DepositDialog, "exec", deposit)
    window = make_window(qtbot, shop)
    view = window.show_screen("cheques")
    assert isinstance(view, ChequesView)
    view.table.select_ids([register["1001"], register["1002"]])
    assert "selected 2 · ₪300.00" in view.totals.text()
    assert view.deposit()
    assert seen["summary"] == "2 cheques, total ₪300.00"
    first, second = shop.cheques.get(register["1001"]), shop.cheques.get(register["1002"])
    assert first.status == second.status == "deposited"
    assert first.deposit_id == second.deposit_id is not None
    assert shop.cheques.deposit_list(first.deposit_id).bank_account == "Leumi 800-123456"
    assert numbers(view) == ["2001"]  # the window refreshed it after the announcement
    view.set_filter("deposited")
    assert sorted(numbers(view)) == ["1001", "1002"]
    window.close()


def test_an_early_deposit_asks_first(
    qtbot: QtBot, shop: Shop, register: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    warnings: list[str] = []

    def deposit(self: DepositDialog) -> int:
        warnings.append(self.warnings.text())
        self.accept()  # the owner says No: nothing deposited, the dialog stays
        assert shop.cheques.get(register["1003"]).status == "in_hand"
        self.accept()  # asked again, Yes
        return int(self.result())

    monkeypatch.setattr(DepositDialog, "exec", deposit)
    view = make_view(qtbot, shop)
    view.set_filter("post_dated")
    view.table.select_ids([register["1003"]])
    assert view.deposit()
    assert len(asked) == 2 and "1003" in asked[0]
    assert "deposited before its date" in warnings[0]
    assert shop.cheques.get(register["1003"]).status == "deposited"


def test_return_with_reason_and_fee_reopens_what_it_paid_and_flags_the_customer(
    qtbot: QtBot, shop: Shop, register: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    firm = register["firm"]
    paid = shop.cheques.get(register["1001"]).pays
    assert paid == ("F-1",)
    assert "F-1" not in {i.number for i in shop.invoices.for_customer(firm, open_only=True)}
    window = make_window(qtbot, shop)
    card = window.open_card(firm)
    assert "Returned cheques" not in card.flags_label.text()
    view = window.show_screen("cheques")
    assert isinstance(view, ChequesView)

    def give_reason(self: ReturnDialog) -> int:
        self.set_reason("insufficient_funds")
        self.fee.setText("25")
        self.accept()
        return int(self.result())

    monkeypatch.setattr(ReturnDialog, "exec", give_reason)
    view.table.select_ids([register["1001"]])
    assert view.mark_returned()
    record = shop.cheques.get(register["1001"])
    assert record.status == "returned" and record.reason == "insufficient_funds"
    assert record.fee == Decimal("25.00")
    open_now = {i.number for i in shop.invoices.for_customer(firm, open_only=True)}
    assert {"F-1", "CHQ-1001"} <= open_now
    assert card.flags_label.text() == "Returned cheques: 1"
    view.set_filter("returned")
    assert numbers(view) == ["1001"]
    assert view.table.records.data(view.table.records.index(0, 8)) == (
        "Insufficient funds · fee ₪25.00"
    )
    card.tabs.setCurrentWidget(card.cheques)
    assert "1001" in [c.number for c in card.cheques.table.records.rows()]
    window.close()


def test_a_consumers_fee_is_refused_in_the_dialog_and_nothing_changes(
    qtbot: QtBot, shop: Shop, register: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    person = register["person"]
    seen: dict[str, object] = {}

    def with_fee(self: ReturnDialog) -> int:
        self.set_reason("closed")
        self.fee.setText("30")
        self.accept()
        seen["error"] = self.error.text()
        seen["offer"] = not self.without_fee.isHidden()
        seen["status"] = shop.cheques.get(register["2001"]).status
        seen["open"] = [i.number for i in shop.invoices.for_customer(person, open_only=True)]
        self.return_without_fee()
        return int(self.result())

    monkeypatch.setattr(ReturnDialog, "exec", with_fee)
    view = make_view(qtbot, shop)
    view.table.select_ids([register["2001"]])
    assert view.mark_returned()
    assert "is a consumer" in str(seen["error"]) and "§13B2" in str(seen["error"])
    assert seen["offer"] is True
    assert seen["status"] == "in_hand" and seen["open"] == []
    record = shop.cheques.get(register["2001"])
    assert record.status == "returned" and record.fee is None
    assert [i.number for i in shop.invoices.for_customer(person, open_only=True)] == ["P-1"]


def test_actions_follow_the_selection(qtbot: QtBot, shop: Shop, register: dict[str, int]) -> None:
    view = make_view(qtbot, shop)
    assert not view.deposit_action.isEnabled()
    view.table.select_ids([register["1001"], register["2001"]])
    assert view.deposit_action.isEnabled()
    assert not view.return_action.isEnabled()  # one cheque at a time
    assert not view.clear_action.isEnabled()


def test_give_back_and_replace_by_cash(
    qtbot: QtBot, shop: Shop, register: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from arapp.ui.cheques.cheque_dialogs import GiveBackDialog, ReplaceDialog

    def ok(self: QDialog) -> int:
        self.accept()
        return int(self.result())

    monkeypatch.setattr(GiveBackDialog, "exec", ok)
    monkeypatch.setattr(ReplaceDialog, "exec", ok)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window = make_window(qtbot, shop)
    view = window.show_screen("cheques")
    assert isinstance(view, ChequesView)
    view.table.select_ids([register["1002"]])
    assert view.give_back()
    assert shop.cheques.get(register["1002"]).status == "given_back"
    assert "F-2" in {i.number for i in shop.invoices.for_customer(register["firm"], open_only=True)}
    view.table.select_ids([register["1001"]])
    assert view.replace()  # the cash amount defaults to the cheque's
    assert shop.cheques.get(register["1001"]).status == "replaced"
    assert told == []
    assert sorted(numbers(view)) == ["2001"]
    window.close()


def test_a_returned_cheques_fee_charged_later(
    qtbot: QtBot, shop: Shop, register: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from arapp.ui.cheques.cheque_dialogs import ChargeFeeDialog

    shop.cheques.return_cheque(register["1002"], "stop_order")

    def charge(self: ChargeFeeDialog) -> int:
        self.fee.setText("18.50")
        self.accept()
        return int(self.result())

    monkeypatch.setattr(ChargeFeeDialog, "exec", charge)
    window = make_window(qtbot, shop)
    view = window.show_screen("cheques")
    assert isinstance(view, ChequesView)
    view.set_filter("returned")
    view.table.select_ids([register["1002"]])
    assert view.fee_action.isEnabled()
    assert view.charge_fee()
    assert shop.cheques.get(register["1002"]).fee == Decimal("18.50")
    assert not view.fee_action.isEnabled()  # charged once (the window refreshed it)
    window.close()


@pytest.mark.parametrize("lang", ["en", "he", "ar"])
def test_shortcut_letters_do_not_clash_with_the_card_or_the_menus(
    qtbot: QtBot, shop: Shop, register: dict[str, int], lang: str
) -> None:
    from PySide6.QtWidgets import QToolButton

    from arapp.ui.i18n.language import manager

    manager().set_language(lang, persist=False)
    window = make_window(qtbot, shop)
    view = window.show_screen("cheques")
    card = window.open_card(register["firm"])

    def letters(texts: list[str]) -> list[str]:
        return [t[t.index("&") + 1].lower() for t in texts if "&" in t]

    panel = [a.text() for a, _slot in view.actions_]
    menus = [m.title() for m in window.menuBar().findChildren(type(window.file_menu))]
    buttons = [
        b.text()
        for b in card.findChildren(QToolButton)
        if b.defaultAction() is not None and b.parentWidget() is card
    ]
    more = [a.text() for a in card.more_button.menu().actions()]
    # The panel: 8 (#19 added the deposit list and the forecast); the card: 6 everyday
    # actions as buttons (Log contact among them, #20), then Messages and More, whose
    # menu holds void, confirmation, hand over and case file.
    assert len(panel) == 8 and len(menus) >= 4 and len(buttons) == 6, (panel, menus, buttons)
    assert len(more) == 4, more
    row = [*buttons, card.messages_button.text(), card.more_button.text()]
    for group in (panel + menus, panel + row, more):
        found = letters(group)
        assert len(found) == len(set(found)), (group, found)
    window.close()


def test_a_returned_cheque_replaced_by_another_cheque_from_the_screen(
    qtbot: QtBot, shop: Shop, register: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from arapp.ui.cheques.cheque_dialogs import ReplaceDialog

    shop.cheques.return_cheque(register["1002"], "insufficient_funds")
    assert "F-2" in {i.number for i in shop.invoices.for_customer(register["firm"],
                                                                  open_only=True)}
    later = TODAY + timedelta(days=7)
    typed: dict[str, str] = {}

    def by_cheque(self: ReplaceDialog) -> int:
        self.by_cheque.setChecked(True)
        assert self.cheque_fields.isVisibleTo(self)
        self.on.set_value(later)
        for key, value in typed.items():
            self.cheque_fields.set_text(key, value)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(ReplaceDialog, "exec", by_cheque)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    view = make_view(qtbot, shop)
    view.set_filter("returned")
    view.table.select_ids([register["1002"]])
    assert view.replace_action.isEnabled()
    # A branch of four digits: refused, nothing changes.
    typed.update(bank="12", branch="3456", account="555", number="7001")
    assert not view.replace()
    assert shop.cheques.get(register["1002"]).status == "returned"
    typed["branch"] = "345"
    assert view.replace()
    old = shop.cheques.get(register["1002"])
    assert old.status == "replaced" and old.replaced_by is not None
    new = shop.cheques.get(old.replaced_by)
    assert (new.number, new.account, new.amount, new.date) == (
        "7001", "555", Decimal("200.00"), later)
    assert new.pays == ("F-2",)  # pays what the returned one paid, from its date
    assert told == []


def test_the_deposit_list_from_the_screen(
    qtbot: QtBot, shop: Shop, register: dict[str, int], tmp_path: Path
) -> None:
    import subprocess

    from arapp.ui.cheques.deposit_list_dialog import DepositListDialog

    shop.cheques.deposit([register["1001"], register["2001"]], TODAY, "Leumi 10-800-1234567")
    dialog = DepositListDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.pdf is not None and dialog.print_button.isEnabled()
    dialog.lang.setCurrentIndex(dialog.lang.findData("he"))
    out = tmp_path / "list.pdf"
    assert dialog.save_pdf(out)
    text = subprocess.run(["pdftotext", "-layout", out, "-"], capture_output=True,
                          check=True, text=True).stdout
    assert "רשימת הפקדת שיקים" in text
    assert "12/345/987654321" in text and "250.00" in text and "Leumi 10-800-1234567" in text
    # A day without deposits: said so, nothing to print.
    dialog.start.set_value(TODAY + timedelta(days=5))
    dialog.end.set_value(TODAY + timedelta(days=6))
    assert dialog.pdf is None and not dialog.print_button.isEnabled()
    assert dialog.problem.text() == "No cheques were deposited in that period"


def test_search_by_number_drawer_bank_and_branch(
    qtbot: QtBot, shop: Shop, register: dict[str, int]
) -> None:
    shop.cheques.add(register["person"], ChequeInput(
        bank="10", branch="800", account="4444", number="3001", amount=Decimal("20.00"),
        date=TODAY, drawer_name="دار النشر", drawer_id="000000018"))
    view = make_view(qtbot, shop)
    view.set_filter("all")

    def found(text: str) -> list[str]:
        view.search.setText(text)
        view.refresh()
        return sorted(numbers(view))

    assert found("3001") == ["3001"]  # the cheque number
    assert found("النشر") == ["3001"]  # the drawer
    assert found("סמיר") == ["2001", "3001"]  # the customer who brought them
    assert found("800") == ["3001"]  # a branch code
    assert found("10-800") == ["3001"]  # bank and branch as the MICR line reads
    assert found("12/345") == ["1001", "1002", "1003", "2001"]
    assert found("12/345/987654321") == ["2001"]  # and the account
    assert found("10-345") == []
    assert "bank-branch" in view.search.placeholderText()


def test_deposit_then_the_days_list(
    qtbot: QtBot, shop: Shop, register: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from arapp.ui.cheques.deposit_list_dialog import DepositListDialog

    def deposit(self: DepositDialog) -> int:
        self.show_list.setChecked(True)
        self.accept()
        return int(self.result())

    shown: list[tuple[date, date, bool]] = []

    def show(self: DepositListDialog) -> int:
        shown.append((self.start.value(), self.end.value(), self.pdf is not None))
        return 0

    monkeypatch.setattr(DepositDialog, "exec", deposit)
    monkeypatch.setattr(DepositListDialog, "exec", show)
    view = make_view(qtbot, shop)
    view.table.select_ids([register["1001"], register["1002"]])
    assert view.deposit()
    assert shown == [(TODAY, TODAY, True)]
