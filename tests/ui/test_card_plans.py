"""The card's Plans tab (issue #18): a customer's installment plans with their
installments, cheques and agreement versions, and the actions on a plan — pay against it,
accelerate it once it may be, cancel it with a reason, reprint the kept agreement, mark it
signed on paper with a scan, set up a new plan or a new version in the wizard."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from arapp.core.cheques import ChequeInput
from arapp.core.plans.schedule import add_months
from arapp.core.services import Shop, clock
from arapp.core.services.plan_records import PlanCheque, PlanInput, PlanRecord
from arapp.core.services.records import CustomerRecord
from arapp.ui.customers.card_plans import PlansTab
from arapp.ui.customers.customer_card import CustomerCard
from arapp.ui.ops.changes import Changes, announce
from arapp.ui.plans.kept_agreement import KeptAgreementDialog
from arapp.ui.plans.plan_decisions import BreachDialog, CancelPlanDialog, MarkSignedDialog
from arapp.ui.plans.plan_payment import PlanPaymentDialog
from tests.ui.test_language_switch import compiled  # noqa: F401  (fixture)

TODAY = date.today()  # the card counts lateness from today, as the owner does


def agreement_pdf() -> bytes:
    """A small real PDF, so the preview has a page to show."""
    from io import BytesIO

    from reportlab.pdfgen import canvas

    out = BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Installment agreement")
    page.save()
    return out.getvalue()


def make_plan(
    shop: Shop,
    customer_id: int,
    *,
    first_due: date,
    plan_date: date | None = None,
    count: int = 3,
    down_payment: str = "0",
    cheques: tuple[PlanCheque, ...] = (),
    pdf: bytes | None = None,
    annual_rate: str = "0",
) -> PlanRecord:
    return shop.plans.create(
        PlanInput(
            customer_id=customer_id,
            first_due=first_due,
            count=count,
            down_payment=Decimal(down_payment),
            plan_date=plan_date or TODAY,
            cheques=cheques,
            annual_rate=Decimal(annual_rate),
        ),
        agreement_pdf=pdf if pdf is not None else agreement_pdf(),
        agreement_lang="he",
    )


def make_card(qtbot: QtBot, shop: Shop, customer_id: int) -> CustomerCard:
    card = CustomerCard(shop, customer_id)
    qtbot.addWidget(card)
    with qtbot.waitExposed(card):
        card.show()
    card.tabs.setCurrentWidget(card.plans)
    return card


def column(tab: PlansTab, table: object, header: str) -> list[str]:
    texts = PlansTab.texts(table)  # type: ignore[arg-type]
    model = table.records  # type: ignore[attr-defined]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    at = headers.index(header)
    return [row[at] for row in texts]


def test_a_plan_shows_with_its_installments_and_their_states(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    plan = make_plan(shop, debtor.id, first_due=TODAY + timedelta(days=30), down_payment="60")
    card = make_card(qtbot, shop, debtor.id)
    tab = card.plans
    assert [p.id for p in tab.plan_rows()] == [plan.id]
    assert column(tab, tab.plans, "Plan") == [f"{plan.number} (version 1)"]
    assert column(tab, tab.plans, "Status") == ["Active"]
    assert column(tab, tab.plans, "Open") == ["₪600.00"]
    assert column(tab, tab.plans, "Next due") == [TODAY.strftime("%d/%m/%Y")]
    assert column(tab, tab.installments, "No.") == ["Down payment", "1", "2", "3"]
    assert column(tab, tab.installments, "Status") == ["Due"] * 4
    assert column(tab, tab.installments, "Amount")[0] == "₪60.00"
    assert column(tab, tab.agreements, "Signature") == ["Not signed"]
    assert column(tab, tab.agreements, "Language") == ["עברית"]
    # The invoices the plan took over are closed by a credit of the restructure kind.
    card.show_closed.setChecked(True)
    kinds = column(tab, card.payments, "Kind")  # type: ignore[arg-type]
    assert "Moved into an installment plan" in kinds
    assert not tab.breach_action.isEnabled()
    assert tab.pay_action.isEnabled() and tab.cancel_action.isEnabled()


def test_a_payment_against_the_plan_pays_its_installments_oldest_first(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = make_plan(shop, debtor.id, first_due=TODAY + timedelta(days=30), down_payment="60")
    seen: dict[str, object] = {}

    def pay(self: PlanPaymentDialog) -> int:
        seen["listed"] = [r.id for r in self.model.rows()]
        self.amount.setText("100.00")
        seen["preview"] = self.applied()
        seen["summary"] = self.summary.text()
        seen["header"] = self.model.headerData(1, Qt.Orientation.Horizontal)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(PlanPaymentDialog, "exec", pay)
    card = make_card(qtbot, shop, debtor.id)
    assert card.plans.record_payment()
    ids = [i.debit_id for i in plan.installments]
    assert seen["listed"] == ids
    assert seen["preview"] == {ids[0]: Decimal("60.00"), ids[1]: Decimal("40.00")}
    assert seen["summary"] == "Pays ₪100.00 of the plan's installments."
    assert seen["header"] == "Installment"
    tab = card.plans
    assert column(tab, tab.installments, "Status")[:3] == ["Paid", "Partly paid", "Due"]
    assert column(tab, tab.plans, "Paid") == ["₪100.00"]
    after = shop.plans.get(plan.id)
    assert [i.paid for i in after.installments][:2] == [Decimal("60.00"), Decimal("40.00")]


@pytest.fixture
def move_clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[date], None]:
    """The shop's today (what plan states are reckoned on), moved by the test."""

    def move(to: date) -> None:
        monkeypatch.setattr(clock, "today", lambda: to)

    return move


def test_breach_is_offered_only_once_the_plan_may_be_accelerated(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch,
    move_clock: Callable[[date], None],
) -> None:
    first_due = TODAY + timedelta(days=30)
    plan = make_plan(shop, debtor.id, first_due=first_due, annual_rate="12")
    # Late, but within the ten days of grace: no acceleration yet.
    move_clock(first_due + timedelta(days=5))
    card = make_card(qtbot, shop, debtor.id)
    tab = card.plans
    assert column(tab, tab.installments, "Status")[0] == "Late: 5 days"
    assert column(tab, tab.plans, "Status") == ["Active"]
    assert not tab.breach_action.isEnabled()
    assert not tab.breach()

    move_clock(first_due + timedelta(days=25))
    announce(Changes(customers=frozenset({debtor.id})))  # the card reads the plans again
    assert column(tab, tab.plans, "Status") == ["Active — may be accelerated"]
    assert tab.plans.records.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) == QColor(
        "#b3261e"
    )
    assert tab.breach_action.isEnabled()
    told: list[str] = []

    def confirm(self: BreachDialog) -> int:
        told.append(self.explain.text())
        told.append(self.late.text())
        assert self.buttons.button(QDialogButtonBox.StandardButton.Cancel).isDefault()
        self.accept()
        return int(self.result())

    monkeypatch.setattr(BreachDialog, "exec", confirm)
    assert tab.breach()
    assert "Every unpaid installment falls due today." in told[0]
    assert "interest of installments not yet due is waived" in told[0]
    assert "25 days late" in told[1]
    assert column(tab, tab.plans, "Status") == ["Accelerated (breached)"]
    # Each unpaid installment now falls due today, and says when it was first due.
    agreed = add_months(first_due, 1).strftime("%d/%m/%Y")
    shown_today = (first_due + timedelta(days=25)).strftime("%d/%m/%Y")
    assert column(tab, tab.installments, "Due")[1] == f"{shown_today} (agreed {agreed})"
    breached = shop.plans.get(plan.id)
    assert breached.status == "breached"
    today = first_due + timedelta(days=25)
    assert {i.due_date for i in breached.installments if i.open_amount} <= {first_due, today}
    assert not tab.breach_action.isEnabled()
    # The waived interest of the two installments not yet due is said, not hidden in
    # "partly paid".
    assert breached.waived == sum(i.interest for i in breached.installments[1:]) > 0
    assert f"interest waived ₪{breached.waived:,.2f}" in tab.about.text()
    assert "Partly paid" not in column(tab, tab.installments, "Status")


def test_cancel_needs_a_reason(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = make_plan(shop, debtor.id, first_due=TODAY + timedelta(days=30))
    seen: dict[str, bool] = {}

    def give_reason(self: CancelPlanDialog) -> int:
        seen["ok_before"] = self.ok_button().isEnabled()
        self.reason.setText("The customer paid everything in cash")
        seen["ok_after"] = self.ok_button().isEnabled()
        self.accept()
        return int(self.result())

    monkeypatch.setattr(CancelPlanDialog, "exec", give_reason)
    card = make_card(qtbot, shop, debtor.id)
    balance = shop.customers.get(debtor.id).balance
    assert card.plans.cancel_plan()
    assert seen == {"ok_before": False, "ok_after": True}
    tab = card.plans
    assert column(tab, tab.plans, "Status") == ["Cancelled"]
    assert "The customer paid everything in cash" in tab.about.text()
    assert shop.plans.get(plan.id).cancel_reason == "The customer paid everything in cash"
    assert shop.customers.get(debtor.id).balance == balance
    assert not tab.cancel_action.isEnabled() and not tab.pay_action.isEnabled()


def test_a_refusal_shows_inside_the_dialog_translated(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, compiled: Path  # noqa: F811
) -> None:
    from arapp.ui.i18n.language import manager

    plan = make_plan(shop, debtor.id, first_due=TODAY + timedelta(days=30))
    manager().set_language("he", persist=False)
    dialog = CancelPlanDialog(shop, plan)
    qtbot.addWidget(dialog)
    shop.plans.cancel(plan.id, "elsewhere")  # another counter got there first
    dialog.reason.setText("twice")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    shown = dialog.error.text()
    assert "כבר בוטל" in shown and plan.number in shown  # "Plan 1 is already cancelled"


def test_reprint_gives_the_kept_bytes(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    pdf = agreement_pdf()
    plan = make_plan(shop, debtor.id, first_due=TODAY + timedelta(days=30), pdf=pdf)

    def save(self: KeptAgreementDialog) -> int:
        self.wait_loaded()
        assert self.preview.page_count() == 1
        assert self.save_pdf(tmp_path / "again.pdf")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        assert self.print_agreement(printer)
        assert "1 page(s)" in self.status.text()
        return 0

    monkeypatch.setattr(KeptAgreementDialog, "exec", save)
    card = make_card(qtbot, shop, debtor.id)
    assert card.plans.reprint_agreement()
    (agreement,) = plan.agreements
    assert (tmp_path / "again.pdf").read_bytes() == pdf == shop.plans.agreement_pdf(agreement.id)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_mark_signed_on_paper_with_a_scan(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    plan = make_plan(shop, debtor.id, first_due=TODAY + timedelta(days=30))
    scan = tmp_path / "signed.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(scan))
    not_a_scan = tmp_path / "notes.txt"
    not_a_scan.write_text("hello")

    def attach(self: MarkSignedDialog) -> int:
        assert not self.choose_scan(not_a_scan)
        assert "neither a PDF nor an image" in self.error.text()
        assert self.choose_scan(scan)
        assert "signed.png" in self.scan_label.text()
        self.accept()
        return int(self.result())

    monkeypatch.setattr(MarkSignedDialog, "exec", attach)
    card = make_card(qtbot, shop, debtor.id)
    assert card.plans.mark_signed_on_paper()
    tab = card.plans
    assert column(tab, tab.agreements, "Signature")[0].startswith("Signed on paper")
    assert "signed.png" in column(tab, tab.agreements, "Scan")[0]
    assert not tab.signed_action.isEnabled()  # signed once; the service refuses a second time
    (agreement,) = plan.agreements
    assert shop.plans.agreement_scan(agreement.id) == (scan.read_bytes(), "signed.png")


def test_the_wizard_opens_from_the_card_and_the_new_plan_shows(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[QWidget, int, int | None]] = []

    def open_plan_wizard(
        parent: QWidget, s: Shop, customer_id: int, replaces: int | None = None
    ) -> PlanRecord | None:
        assert s is shop
        calls.append((parent, customer_id, replaces))
        if len(calls) > 1:
            return None  # the owner closed the wizard
        return make_plan(shop, customer_id, first_due=TODAY + timedelta(days=14))

    fake = types.ModuleType("arapp.ui.plans.plan_wizard")
    fake.open_plan_wizard = open_plan_wizard  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "arapp.ui.plans.plan_wizard", fake)
    card = make_card(qtbot, shop, debtor.id)
    card.tabs.setCurrentIndex(0)
    with qtbot.waitActive(card):
        card.activateWindow()
    qtbot.keyClick(
        card, Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert calls == [(card, debtor.id, None)]
    assert card.tabs.currentWidget() is card.plans
    (plan,) = card.plans.plan_rows()
    assert card.plans.selected_plan() == plan
    # The invoices moved into the plan; its installments are the open items now.
    assert {r.kind for r in card.invoices.records.rows()} == {"installment"}
    # A new version of the terms goes through the wizard with the plan it replaces.
    assert card.plans.version_action.isEnabled()
    assert card.plans.new_version() is None
    assert calls[-1] == (card, debtor.id, plan.id)
    # The tab's own button opens the wizard too.
    card.plans.new_button.click()
    assert calls[-1] == (card, debtor.id, None)
    assert card.plans.plan_rows() == [plan]  # closed without a plan: nothing changed


def test_the_header_shows_what_cheques_in_hand_cover(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord
) -> None:
    card = make_card(qtbot, shop, debtor.id)
    assert not card.coverage_label.isVisible()  # no cheques: the header stays short
    first = TODAY + timedelta(days=30)
    cheque = ChequeInput(
        bank="12", branch="345", account="678901", number="1001",
        amount=Decimal("200.00"), date=first,
    )
    make_plan(
        shop, debtor.id, first_due=first, count=3,
        cheques=(PlanCheque(installment=1, cheque=cheque),),
    )
    announce(Changes(customers=frozenset({debtor.id}), ledger=True))
    assert card.coverage_label.isVisible()
    text = card.coverage_label.text()
    assert "covered by cheques in hand ₪200.00" in text
    assert "uncovered ₪400.00" in text
    tab = card.plans
    assert column(tab, tab.cheques, "Status") == ["In hand"]
    assert column(tab, tab.cheques, "Drawer") == ["The customer"]
    cheque_text = column(tab, tab.installments, "Cheque")[0]
    assert "1001" in cheque_text and "12" in cheque_text
    # Accelerating would leave the installment the cheque pays alone; the owner is told.
    dialog = BreachDialog(shop, tab.plan_rows()[0])
    qtbot.addWidget(dialog)
    assert "a cheque in hand pays keep their dates" in dialog.explain.text()


def test_the_tab_reads_right_to_left_in_hebrew(
    qtbot: QtBot, shop: Shop, debtor: CustomerRecord, compiled: Path  # noqa: F811
) -> None:
    from arapp.ui.i18n.language import manager

    make_plan(shop, debtor.id, first_due=TODAY + timedelta(days=30))
    manager().set_language("he", persist=False)
    card = make_card(qtbot, shop, debtor.id)
    tab = card.plans
    assert card.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert card.tabs.tabText(card.tabs.indexOf(tab)) == "הסדרי תשלומים"
    assert PlansTab.texts(tab.plans)[0][1] == "פעיל"  # Active
    assert {row[7] for row in PlansTab.texts(tab.installments)} == {"לתשלום"}  # Due
    assert PlansTab.texts(tab.installments)[0][0] == "1"
    manager().set_language("en", persist=False)  # the open card follows a language switch
    qtbot.waitUntil(lambda: card.tabs.tabText(card.tabs.indexOf(tab)) == "Installment plans")
    assert PlansTab.texts(tab.plans)[0][1] == "Active"
    assert tab.pay_action.text() == "Payment against the plan…"
