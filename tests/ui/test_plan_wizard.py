"""The plan wizard at the counter: what it covers, terms with inline refusals, cheques
with fill-down, the agreement, signatures drawn with the mouse, one save."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arapp.core.plans.schedule import add_months
from arapp.core.services import Shop
from arapp.core.services.records import CustomerRecord
from arapp.ui.i18n.language import manager
from arapp.ui.plans.plan_wizard import AGREEMENT, CHEQUES, FINISH, SIGN, TERMS, PlanWizard
from arapp.ui.plans.terms_page import city_of, parse_rate
from tests.ui.test_language_switch import compiled  # noqa: F401  (fixture)
from tests.ui.test_letter_dialog import pdf_printer
from tests.ui.test_signature_pad import draw, zigzag


@pytest.fixture
def owing(shop: Shop, debtor: CustomerRecord) -> CustomerRecord:
    """``debtor`` (100 + 200 + 300 open) with a disputed 50 besides."""
    item = shop.invoices.create_invoice(debtor.id, "A-4", date(2026, 2, 20), Decimal("50.00"),
                                        due_date=date(2026, 3, 20))
    shop.invoices.set_disputed(item.id, True)
    return shop.customers.get(debtor.id)


@pytest.fixture
def wizard(qtbot: QtBot, shop: Shop, owing: CustomerRecord,
           monkeypatch: pytest.MonkeyPatch) -> PlanWizard:
    w = PlanWizard(shop, owing.id)
    qtbot.addWidget(w)
    # Closing the window at the end of a test would otherwise ask (a modal box).
    monkeypatch.setattr(w, "confirm_discard", lambda: True)
    w.show()
    return w


def to_terms(wizard: PlanWizard) -> None:
    wizard.go_next()
    assert wizard.index() == TERMS


def test_the_undisputed_items_are_ticked_and_the_disputed_one_is_marked(
        wizard: PlanWizard) -> None:
    page = wizard.items_page
    numbers = {r.number: r for r in page.model.rows()}
    assert set(numbers) == {"A-1", "A-2", "A-3", "A-4"}
    assert page.debt() == Decimal("600.00")
    assert numbers["A-4"].id not in page.item_ids()
    note = page.model.index(3, page.model.columnCount() - 1).data()
    assert "Disputed" in note
    page.set_ticked(numbers["A-4"].id, True)
    assert page.debt() == Decimal("650.00")
    assert "650.00" in page.total.text()
    for item in numbers.values():
        page.set_ticked(item.id, False)
    assert not wizard.next_button.isEnabled()
    assert page.problem.text()


def test_the_schedule_follows_the_terms_as_they_are_typed(wizard: PlanWizard) -> None:
    to_terms(wizard)
    page = wizard.terms_page
    assert page.first_due.value() == add_months(date.today(), 1)
    assert page.rate.text() == "0" and page.grace.value() == 10
    page.count.setText("6")
    assert page.schedule is not None and len(page.schedule.lines) == 6
    assert page.table.model().rowCount() == 6
    assert sum(line.amount for line in page.schedule.lines) == Decimal("600.00")
    page.down_payment.setText("120")
    assert page.table.model().rowCount() == 7  # the down payment first
    assert page.schedule.lines[0].amount == Decimal("80.00")
    page.by_amount.setChecked(True)
    page.amount_each.setText("100")
    assert len(page.schedule.lines) == 5  # 480 at 100 each: the last is 80
    assert page.schedule.lines[-1].amount == Decimal("80.00")
    assert wizard.next_button.isEnabled()


@pytest.mark.parametrize(
    ("field", "text", "error", "says"),
    [
        ("rate", "-1", "annual_rate", "between 0% and"),
        ("rate", "400", "annual_rate", "between 0% and"),
        ("rate", "abc", "annual_rate", "not a number"),
        ("count", "0", "count", "between 1 and"),
        ("count", "1000", "count", "between 1 and"),
        ("count", "x", "count", "whole number"),
        ("down_payment", "600", "down_payment", "less than the debt"),
        ("down_payment", "5000", "down_payment", "less than the debt"),
    ],
)
def test_bad_terms_disable_next_and_say_why_next_to_the_field(
    wizard: PlanWizard, shop: Shop, owing: CustomerRecord, field: str, text: str, error: str,
    says: str,
) -> None:
    to_terms(wizard)
    page = wizard.terms_page
    assert wizard.next_button.isEnabled()
    getattr(page, field).setText(text)
    assert not wizard.next_button.isEnabled()
    label = page._errors[error]
    assert label.isVisibleTo(page) and says in label.text(), label.text()
    wizard.go_next()  # refused
    assert wizard.index() == TERMS
    assert shop.customers.get(owing.id).balance == owing.balance  # nothing saved


def test_a_first_due_date_in_the_past_is_refused(wizard: PlanWizard) -> None:
    to_terms(wizard)
    page = wizard.terms_page
    page.first_due.set_value(date.today() - timedelta(days=1))
    assert not wizard.next_button.isEnabled()
    assert "cannot be due before" in page.first_due.error.text()
    page.first_due.set_value(date.today() + timedelta(days=3))
    assert wizard.next_button.isEnabled()
    assert not page.first_due.error.isVisibleTo(page)


def test_a_guarantor_needs_a_name_and_a_valid_id(wizard: PlanWizard) -> None:
    to_terms(wizard)
    page = wizard.terms_page
    page.guarantor_box.setChecked(True)
    assert not wizard.next_button.isEnabled()
    page.g_name.setText("Sara Levi")
    page.g_id.setText("123456789")  # wrong check digit
    assert "not valid" in page._errors["guarantor_id"].text()
    assert not wizard.next_button.isEnabled()
    page.g_id.setText("012345674")
    assert wizard.next_button.isEnabled()
    guarantor = page.guarantor()
    assert guarantor is not None and guarantor.id_number == "012345674"


def to_cheques(wizard: PlanWizard, count: str = "3") -> None:
    to_terms(wizard)
    wizard.terms_page.count.setText(count)
    wizard.go_next()
    assert wizard.index() == CHEQUES


def test_fill_down_from_the_first_row(wizard: PlanWizard) -> None:
    to_cheques(wizard)
    page = wizard.cheques_page
    assert page.table.rowCount() == 3
    assert page.is_complete() and page.cheques() == ()  # no cheques is fine
    page.set_row(0, bank="12", branch="345", account="123456", number="0099")
    assert page.fill_down_from_first()
    cheques = page.cheques()
    schedule = wizard.terms_page.schedule
    assert schedule is not None
    assert [c.installment for c in cheques] == [1, 2, 3]
    assert [c.cheque.number for c in cheques] == ["0099", "0100", "0101"]
    assert [c.cheque.date for c in cheques] == [x.due for x in schedule.lines]
    assert [c.cheque.amount for c in cheques] == [x.amount for x in schedule.lines]
    assert {(c.cheque.bank, c.cheque.branch, c.cheque.account) for c in cheques} == {
        ("12", "345", "123456")}
    assert wizard.next_button.isEnabled()


def test_fill_down_needs_a_first_cheque(wizard: PlanWizard) -> None:
    to_cheques(wizard)
    page = wizard.cheques_page
    assert not page.fill_down_from_first()
    assert "first cheque" in page.problem.text()
    page.set_row(0, bank="123", branch="345", account="1", number="1")
    assert not page.fill_down_from_first()
    text = page.problem.text().replace("\u2068", "").replace("\u2069", "")
    assert text == "Cheque 1: the bank is a number of up to 2 digits"
    assert not wizard.next_button.isEnabled()


def test_a_cheque_must_be_for_its_installments_amount(wizard: PlanWizard) -> None:
    to_cheques(wizard)
    page = wizard.cheques_page
    page.set_row(1, bank="12", branch="345", account="123456", number="7", amount="150")
    assert page.problems == ["Cheque 2: the amount ₪150.00 is not the installment's ₪200.00."]
    assert page.problem.text() == page.problems[0]
    assert not wizard.next_button.isEnabled()
    page.set_row(1, amount="200")
    assert page.problems == [] and wizard.next_button.isEnabled()


def test_a_cheque_row_with_a_bad_date_or_drawer_id_is_refused(wizard: PlanWizard) -> None:
    to_cheques(wizard)
    page = wizard.cheques_page
    page.set_row(0, bank="12", branch="345", account="123456", number="7", date="31/02/2027")
    assert page.problems and page.problems[0].startswith("Cheque 1:")
    page.set_row(0, date="28/02/2027", drawer_name="Other", drawer_id="123456789")
    assert "drawer's ID number" in page.problems[0]


def test_helpers() -> None:
    assert city_of("רחוב הרצל 12, חיפה 3303112") == "חיפה"
    assert city_of("") == ""
    assert city_of("شارع المدارس 3، أم الفحم") == "أم الفحم"
    assert parse_rate("3,5%") == Decimal("3.5")
    assert parse_rate("") == Decimal("0")
    assert parse_rate("x") is None


def test_esc_asks_before_dropping_the_plan(wizard: PlanWizard,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    to_terms(wizard)
    asked: list[bool] = []
    monkeypatch.setattr(wizard, "confirm_discard", lambda: asked.append(True) or False)
    wizard.reject()
    assert asked and wizard.isVisible()
    monkeypatch.setattr(wizard, "confirm_discard", lambda: True)
    wizard.reject()
    assert not wizard.isVisible() and wizard.saved is None


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_from_start_to_a_saved_signed_plan(
    wizard: PlanWizard, shop: Shop, owing: CustomerRecord, tmp_path: Path, lang: str
) -> None:
    to_cheques(wizard)
    wizard.cheques_page.set_row(0, bank="12", branch="345", account="123456", number="501")
    assert wizard.cheques_page.fill_down_from_first()
    wizard.go_next()
    assert wizard.index() == AGREEMENT
    wizard.agreement_page.view.wait()
    assert wizard.agreement_page.view.pdf is not None, wizard.agreement_page.view.problem.text()
    assert wizard.agreement_page.view.preview.page_count() >= 1
    index = wizard.agreement_page.lang_box.findData(lang)
    wizard.agreement_page.lang_box.setCurrentIndex(index)
    wizard.agreement_page.view.wait()
    assert wizard.agreement_page.view.draft is not None
    assert wizard.agreement_page.view.draft.agreement.lang == lang
    wizard.go_next()
    assert wizard.index() == SIGN
    sign = wizard.sign_page
    assert not wizard.next_button.isEnabled()  # nobody has signed
    draw(sign.pads["customer"].canvas, zigzag(30, 200, 50))
    assert not wizard.next_button.isEnabled()
    draw(sign.pads["owner"].canvas, zigzag(30, 200, 50))
    assert wizard.next_button.isEnabled()
    wizard.go_next()
    assert wizard.index() == FINISH
    wizard.finish_page.view.wait()
    shown = wizard.finish_page.view.pdf
    draft = wizard.finish_page.view.draft
    assert shown is not None and draft is not None
    assert [m.role for m in draft.agreement.signatures] == ["customer", "owner"]
    assert all(m.png.startswith(b"\x89PNG") for m in draft.agreement.signatures)
    assert shop.plans.for_customer(owing.id) == []  # nothing saved before "Save plan"
    wizard.go_next()  # Save plan
    plan = wizard.saved
    assert plan is not None
    assert [i.n for i in plan.installments] == [1, 2, 3]
    assert plan.debt == Decimal("600.00")  # the disputed 50 left out
    assert sorted(c.number for c in plan.cheques) == ["501", "502", "503"]
    assert plan.agreements and plan.agreements[0].signed == "screen"
    assert plan.agreements[0].lang == lang
    assert shop.plans.agreement_pdf(plan.agreements[0].id) == shown  # the bytes shown
    assert "saved" in wizard.finish_page.status.text() or lang != "en"
    target = tmp_path / "agreement.pdf"
    assert wizard.save_pdf(target) and target.read_bytes() == shown
    printed = tmp_path / "printed.pdf"
    assert wizard.print_agreement(pdf_printer(printed))
    assert printed.read_bytes().startswith(b"%PDF")
    assert "printed.pdf" in wizard.finish_page.notice.text()
    assert not wizard.back_button.isEnabled() and not wizard.cancel_button.isEnabled()
    wizard.go_next()  # Close
    assert wizard.result() == PlanWizard.DialogCode.Accepted


def test_signing_on_paper_keeps_an_unsigned_agreement_to_mark_later(
    wizard: PlanWizard, shop: Shop
) -> None:
    to_cheques(wizard)
    wizard.go_next()
    wizard.agreement_page.view.wait()
    wizard.go_next()
    wizard.sign_page.on_paper.setChecked(True)
    assert wizard.next_button.isEnabled()  # no pad needs ink
    wizard.go_next()
    wizard.finish_page.view.wait()
    draft = wizard.finish_page.view.draft
    assert draft is not None and draft.agreement.signatures == ()
    plan = wizard.save_plan()
    assert plan is not None and plan.cheques == ()
    agreement = plan.agreements[0]
    assert agreement.signed == "" and agreement.signed_at is None
    assert shop.plans.mark_signed_on_paper(agreement.id).signed == "paper"
    assert "signed" in wizard.finish_page.notice.text()


def test_a_refusal_when_saving_is_shown_and_nothing_is_saved(
    wizard: PlanWizard, shop: Shop, owing: CustomerRecord
) -> None:
    to_cheques(wizard)
    wizard.go_next()
    wizard.agreement_page.view.wait()
    wizard.go_next()
    wizard.sign_page.on_paper.setChecked(True)
    wizard.go_next()
    wizard.finish_page.view.wait()
    # Meanwhile an item the plan covers is paid at the till.
    shop.payments.record_payment(owing.id, on=date.today(), amount=Decimal("100.00"))
    assert wizard.save_plan() is None
    assert wizard.error.text()
    assert shop.plans.for_customer(owing.id) == []


def test_enter_goes_on_only_when_the_page_is_complete(wizard: PlanWizard, qtbot: QtBot) -> None:
    wizard.activateWindow()
    qtbot.keyClick(wizard.items_page.table, Qt.Key.Key_Return)
    assert wizard.index() == TERMS
    page = wizard.terms_page
    page.count.setText("1000")
    qtbot.keyClick(page.count, Qt.Key.Key_Return)
    assert wizard.index() == TERMS  # refused: the message says why
    page.count.setText("4")
    qtbot.keyClick(page.count, Qt.Key.Key_Enter)
    assert wizard.index() == CHEQUES


@pytest.mark.parametrize(("lang", "letters"),
                         [("he", "[\u05d0-\u05ea]"), ("ar", "[\u0620-\u064a]")])
def test_the_wizard_follows_a_language_switch(
    wizard: PlanWizard, qtbot: QtBot, compiled: Path, lang: str, letters: str  # noqa: F811
) -> None:
    to_terms(wizard)
    wizard.terms_page.rate.setText("400")
    manager().set_language(lang, persist=False)
    try:
        qtbot.waitUntil(lambda: wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        qtbot.waitUntil(lambda: re.search(letters, wizard.heading.text()) is not None)
        for text in (wizard.heading.text(), wizard.next_button.text(),
                     wizard.terms_page.captions["down"].text(),
                     wizard.terms_page._errors["annual_rate"].text(),
                     wizard.terms_page.totals.text()):
            assert re.search(letters, text), text
            assert not re.search("[A-Za-z]{3,}", text), text
    finally:
        manager().set_language("en", persist=False)


def test_changing_the_terms_after_signing_asks_for_the_signatures_again(
        wizard: PlanWizard) -> None:
    to_cheques(wizard)
    wizard.go_next()
    wizard.agreement_page.view.wait()
    wizard.go_next()
    for role in ("customer", "owner"):
        draw(wizard.sign_page.pads[role].canvas, zigzag(30, 200, 50))
    wizard.go_next()
    wizard.finish_page.view.wait()
    for _ in range(4):
        wizard.go_back()
    assert wizard.index() == TERMS
    wizard.terms_page.count.setText("4")
    wizard.go_next()
    wizard.go_next()
    wizard.agreement_page.view.wait()
    wizard.go_next()
    assert wizard.index() == SIGN
    assert wizard.sign_page.unsigned() == ["customer", "owner"]
    assert not wizard.next_button.isEnabled()


def test_a_new_version_covers_what_is_left_of_the_plan_it_replaces(
    qtbot: QtBot, shop: Shop, owing: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = PlanWizard(shop, owing.id)
    qtbot.addWidget(first)
    monkeypatch.setattr(first, "confirm_discard", lambda: True)
    to_cheques(first, "3")
    first.go_next()
    first.agreement_page.view.wait()
    first.go_next()
    first.sign_page.on_paper.setChecked(True)
    first.go_next()
    first.finish_page.view.wait()
    old = first.save_plan()
    assert old is not None
    wizard = PlanWizard(shop, owing.id, replaces=old.id)
    qtbot.addWidget(wizard)
    monkeypatch.setattr(wizard, "confirm_discard", lambda: True)
    page = wizard.items_page
    assert page.debt() == old.open_amount
    first_item = page.model.rows()[0]
    page.set_ticked(first_item.id, False)  # a new version covers all that is left
    assert page.debt() == old.open_amount
    to_cheques(wizard, "6")
    assert wizard.plan_input().replaces == old.id
    wizard.go_next()
    wizard.agreement_page.view.wait()
    wizard.go_next()
    wizard.sign_page.on_paper.setChecked(True)
    wizard.go_next()
    wizard.finish_page.view.wait()
    new = wizard.save_plan()
    assert new is not None and new.replaces == old.id and new.version == 2
    assert len(new.installments) == 6
    assert shop.plans.get(old.id).status == "cancelled"
