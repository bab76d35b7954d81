"""Installment plans in the ledger: restructuring, cheques, statuses, breach, cancel,
versions, agreements — and the ledger rules through all of it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest

from arapp.core.cheques import ChequeInput
from arapp.core.errors import InvalidField, LedgerRuleViolation, UserError
from arapp.core.letters.data import Party
from arapp.core.services import Shop, clock, ledger_read
from arapp.core.services.plan_records import PlanCheque, PlanInput
from arapp.core.services.records import CustomerInput, CustomerRecord
from tests.core.conftest import RawLedger, Snapshot

TODAY = date(2027, 1, 10)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[date], None]]:
    day = {"value": TODAY}
    monkeypatch.setattr(clock, "today", lambda: day["value"])

    def move(to: date) -> None:
        day["value"] = to

    yield move


@pytest.fixture
def five_invoices(shop: Shop, customer: CustomerRecord) -> list[int]:
    ids = []
    for k, amount in enumerate(["2000.00", "3000.00", "1500.00", "4000.00", "1500.00"]):
        issued = date(2026, 6, 1) + timedelta(days=20 * k)
        ids.append(shop.invoices.create_invoice(
            customer.id, f"10{k}", issued, Decimal(amount), issued + timedelta(days=30)).id)
    return ids


def plan_input(customer: CustomerRecord, **kw: object) -> PlanInput:
    base: dict[str, object] = {
        "customer_id": customer.id, "first_due": date(2027, 1, 31), "count": 12,
        "annual_rate": Decimal("6"),
    }
    base.update(kw)
    return PlanInput(**base)  # type: ignore[arg-type]


def cheque(n: int, amount: str, on: date) -> PlanCheque:
    return PlanCheque(n, ChequeInput(bank="12", branch="345", account="123456",
                                     number=str(5000 + n), amount=Decimal(amount), date=on))


def balance(shop: Shop, customer: CustomerRecord, on: date = TODAY) -> Decimal:
    return Decimal(ledger_read.balance(shop.db.execute_sql, customer.id, on)).scaleb(-2)


def test_a_plan_restructures_the_open_invoices_into_installments(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int],
    ledger_ok: Callable[[], RawLedger],
) -> None:
    before = balance(shop, customer)
    plan = shop.plans.create(plan_input(customer))
    assert plan.debt == Decimal("12000.00") == before
    assert [i.amount for i in plan.installments[:2]] == [Decimal("1032.80")] * 2
    assert plan.installments[-1].amount == Decimal("1032.78")
    assert [i.due_date for i in plan.installments[:3]] == [
        date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31)]
    assert plan.total_interest == Decimal("393.58")
    # The balance grows by the interest and by nothing else.
    assert balance(shop, customer) == before + plan.total_interest
    # The invoices no longer age on their own; the installments do.
    open_now = shop.invoices.for_customer(customer.id, open_only=True)
    assert {i.kind for i in open_now} == {"installment"}
    assert sorted(plan.covered) == ["100", "101", "102", "103", "104"]
    assert plan.status == "active" and not plan.breachable
    ledger_ok()


def test_a_down_payment_is_installment_zero_due_on_the_plan_date(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int],
) -> None:
    plan = shop.plans.create(plan_input(customer, down_payment=Decimal("2000"),
                                        annual_rate=Decimal("0"), count=10))
    assert plan.installments[0].n == 0
    assert plan.installments[0].due_date == TODAY
    assert plan.installments[0].amount == Decimal("2000.00")
    assert {i.amount for i in plan.installments[1:]} == {Decimal("1000.00")}
    assert plan.total_payable == Decimal("12000.00")


def test_a_cheque_pays_its_installment_when_its_date_comes(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int],
    ledger_ok: Callable[[], RawLedger], fixed_today: Callable[[date], None],
) -> None:
    plan = shop.plans.create(plan_input(customer, cheques=(
        cheque(1, "1032.80", date(2027, 1, 31)), cheque(2, "1032.80", date(2027, 2, 28)))))
    assert plan.installments[0].cheque is not None
    assert plan.installments[0].cheque.number == "5001"
    cover = shop.plans.coverage(customer.id)
    assert cover.covered == Decimal("2065.60")
    assert cover.uncovered == cover.debt - Decimal("2065.60")
    on_due = shop.plans.get(plan.id, as_of=date(2027, 1, 31))
    assert on_due.installments[0].status == "paid"
    assert shop.plans.get(plan.id).installments[0].status == "due"
    ledger_ok()


def test_an_installment_with_its_cheque_in_hand_is_never_chased(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int],
) -> None:
    # The cheque is dated after the installment's due date (the customer's pay day).
    shop.plans.create(plan_input(customer, cheques=(cheque(1, "1032.80", date(2027, 2, 20)),)))
    late = date(2027, 2, 19)  # 19 days late, past the grace, its cheque not yet due
    assert shop.plans.coverage(customer.id, late).covered == Decimal("1032.80")
    assert shop.letters.letters_due(late) == []
    # Without the cheque the same installment is chased.
    shop.payments.void(shop.plans.for_customer(customer.id)[0].installments[0].cheque.id
                       and _cheque_credit(shop), "given back")
    assert [d.item_numbers for d in shop.letters.letters_due(late)] == [("1/01",)]


def _cheque_credit(shop: Shop) -> int:
    (credit_id,) = shop.db.execute_sql("SELECT credit_id FROM cheque").fetchone()
    return int(credit_id)


def test_a_cheque_must_match_its_installment(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int], snapshot: Callable[[], Snapshot]
) -> None:
    before = snapshot()
    with pytest.raises(InvalidField, match="does not match"):
        shop.plans.create(plan_input(customer, cheques=(cheque(1, "1000.00", TODAY),)))
    assert snapshot() == before


def test_bad_input_saves_nothing(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int], snapshot: Callable[[], Snapshot]
) -> None:
    before = snapshot()
    for bad in (
        {"annual_rate": Decimal("-1")}, {"annual_rate": Decimal("400")}, {"count": 0},
        {"count": 1000}, {"first_due": TODAY - timedelta(days=1)},
        {"down_payment": Decimal("12000.01")}, {"grace_days": -1},
        {"guarantor": Party("Someone", "123")},
    ):
        with pytest.raises(UserError):
            shop.plans.create(plan_input(customer, **bad))
    assert snapshot() == before


def test_payments_pay_installments_oldest_first_and_the_plan_completes(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int],
    ledger_ok: Callable[[], RawLedger],
) -> None:
    plan = shop.plans.create(plan_input(customer, annual_rate=Decimal("0"), count=3))
    shop.plans.record_payment(plan.id, TODAY, Decimal("5000"))
    after = shop.plans.get(plan.id)
    assert [i.status for i in after.installments] == ["paid", "partly_paid", "due"]
    shop.plans.record_payment(plan.id, TODAY, Decimal("7000"))
    assert shop.plans.get(plan.id).status == "completed"
    assert balance(shop, customer) == 0
    ledger_ok()


def test_breach_only_after_the_grace_days_then_everything_falls_due(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int],
    ledger_ok: Callable[[], RawLedger], fixed_today: Callable[[date], None],
) -> None:
    plan = shop.plans.create(plan_input(customer))
    fixed_today(date(2027, 2, 10))  # the first installment 10 days late: still in grace
    assert not shop.plans.get(plan.id).breachable
    with pytest.raises(LedgerRuleViolation):
        shop.plans.breach(plan.id)
    fixed_today(date(2027, 2, 11))
    assert shop.plans.get(plan.id).breachable
    before = balance(shop, customer, date(2027, 2, 11))
    breached = shop.plans.breach(plan.id)
    assert breached.status == "breached"
    assert {i.due_date for i in breached.installments} == {date(2027, 1, 31),
                                                          date(2027, 2, 11)}
    # The interest of the installments not yet due is waived: only January's remains.
    waived = plan.total_interest - plan.installments[0].interest
    assert balance(shop, customer, date(2027, 2, 11)) == before - waived
    assert breached.waived == waived
    assert [i.status for i in breached.installments[1:]] == ["due"] * 11  # due today
    assert breached.paid == 0
    assert [i.agreed_due for i in breached.installments[:2]] == [date(2027, 1, 31),
                                                                 date(2027, 2, 28)]
    ledger_ok()


def test_a_plan_in_good_standing_stops_letters_a_late_installment_enters_the_ladder(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int],
    fixed_today: Callable[[date], None],
) -> None:
    assert shop.letters.letters_due(TODAY)  # the invoices are late before the plan
    shop.plans.create(plan_input(customer))
    assert not shop.letters.letters_due(TODAY)
    assert not shop.letters.letters_due(date(2027, 2, 10))  # 10 days late: grace
    due = shop.letters.letters_due(date(2027, 2, 11))
    assert [d.item_numbers for d in due] == [("1/01",)]


def test_cancel_keeps_the_balance_and_the_unpaid_installments_open(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int],
    ledger_ok: Callable[[], RawLedger],
) -> None:
    plan = shop.plans.create(plan_input(customer))
    shop.plans.record_payment(plan.id, TODAY, Decimal("1500"))
    before = balance(shop, customer)
    with pytest.raises(UserError):
        shop.plans.cancel(plan.id, "  ")
    cancelled = shop.plans.cancel(plan.id, "customer asked")
    assert cancelled.status == "cancelled"
    assert balance(shop, customer) == before
    open_items = shop.invoices.for_customer(customer.id, open_only=True)
    assert sum(i.open_amount for i in open_items) == before
    with pytest.raises(LedgerRuleViolation):
        shop.plans.cancel(plan.id, "again")
    ledger_ok()


def test_a_new_version_covers_what_the_old_left_unpaid_and_keeps_the_old(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int],
    ledger_ok: Callable[[], RawLedger],
) -> None:
    old = shop.plans.create(plan_input(customer, annual_rate=Decimal("0")))
    shop.plans.record_payment(old.id, TODAY, Decimal("1000"))
    new = shop.plans.create(plan_input(customer, replaces=old.id, count=6,
                                       annual_rate=Decimal("0")))
    assert (new.number, new.version) == (old.number, 2)
    assert new.debt == Decimal("11000.00")
    assert shop.plans.get(old.id).status == "cancelled"
    assert shop.plans.get(old.id).replaced_by == new.id
    assert new.installments[0].number == f"{old.number}.2/01"
    ledger_ok()


def test_a_kept_agreement_is_never_rewritten_and_reprints_identically(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int],
) -> None:
    pdf = b"%PDF-1.4 agreement bytes"
    plan = shop.plans.create(plan_input(customer), agreement_pdf=pdf, agreement_lang="he",
                             signed="screen")
    (kept,) = plan.agreements
    assert kept.signed == "screen" and kept.signed_at
    assert shop.plans.agreement_pdf(kept.id) == pdf
    with pytest.raises(Exception, match="never rewritten"):
        shop.db.execute_sql("UPDATE agreement SET pdf = x'00' WHERE id = ?", (kept.id,))
    with pytest.raises(Exception, match="never deleted"):
        shop.db.execute_sql("DELETE FROM agreement WHERE id = ?", (kept.id,))
    paper = shop.plans.keep_agreement(plan.id, pdf, "ar", signed="")
    marked = shop.plans.mark_signed_on_paper(paper.id, b"scan", "scan.png")
    assert marked.signed == "paper" and marked.scan_name == "scan.png"
    assert shop.plans.agreement_scan(paper.id) == (b"scan", "scan.png")
    with pytest.raises(LedgerRuleViolation):
        shop.plans.mark_signed_on_paper(paper.id)


def test_covered_invoices_and_installments_cannot_be_voided(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int],
) -> None:
    plan = shop.plans.create(plan_input(customer))
    with pytest.raises(LedgerRuleViolation, match="moved into installment plan"):
        shop.invoices.void(five_invoices[0], "wrong")
    with pytest.raises(LedgerRuleViolation, match="installment of plan"):
        shop.invoices.void(plan.installments[0].debit_id, "wrong")
    restructure = [c for c in shop.payments.for_customer(customer.id)
                   if c.kind == "restructure"]
    with pytest.raises(LedgerRuleViolation):
        shop.payments.void(restructure[0].id, "wrong")


def test_check_passes_after_plan_operations(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int],
    fixed_today: Callable[[date], None],
) -> None:
    plan = shop.plans.create(plan_input(customer, cheques=(
        cheque(1, "1032.80", date(2027, 1, 31)),)))
    fixed_today(date(2027, 3, 20))
    shop.roll_forward()
    shop.plans.breach(plan.id)
    assert shop.check() == []


def test_a_statement_names_the_move_into_the_plan_in_every_language(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int],
) -> None:
    from arapp.core.templates import labels

    shop.plans.create(plan_input(customer))
    statement = shop.statements.statement(customer.id, date(2026, 1, 1), TODAY)
    kinds = {m.kind for m in statement.movements}
    assert {"invoice", "restructure", "installment"} <= kinds
    # Nothing English rides along into a Hebrew or Arabic statement.
    assert {m.description for m in statement.movements} == {""}
    assert statement.closing_balance == balance(shop, customer)
    for lang in ("he", "ar", "en"):
        words = labels(lang)
        assert all(f"kind_{k}" in words for k in kinds), lang


def test_a_draft_writes_nothing_and_carries_the_agreement(
    shop: Shop, customer: CustomerRecord, five_invoices: list[int],
    snapshot: Callable[[], Snapshot],
) -> None:
    from arapp.documents.render import render_document

    before = snapshot()
    plan = plan_input(customer, cheques=(cheque(1, "1032.80", date(2027, 1, 31)),),
                      guarantor=Party("Guarantor", "000000018", "Haifa", "",
                                      Decimal("5000")), place="Haifa")
    draft = shop.plans.draft(plan, "he")
    assert snapshot() == before
    agreement = draft.agreement
    assert agreement.plan_number == draft.number == "1"
    assert [r.number for r in agreement.covered] == ["100", "101", "102", "103", "104"]
    assert agreement.debt == Decimal("12000.00")
    assert agreement.schedule[0].cheque_number == "5001"
    assert agreement.schedule[0].cheque_bank == "12/345/123456"
    assert agreement.total_payable == Decimal("12393.58")
    assert agreement.guarantor is not None and agreement.guarantor.id_number == "000000018"
    pdf = render_document(agreement)
    saved = shop.plans.create(plan, agreement_pdf=pdf, agreement_lang="he", signed="paper",
                              draft_number=draft.number)
    assert shop.plans.agreement_pdf(saved.agreements[0].id) == pdf
    # A preview made before another plan took its number is refused, not kept under the
    # wrong number.
    other = shop.customers.create(CustomerInput(code="C9", name="Other"))
    shop.invoices.create_invoice(other.id, "900", TODAY, Decimal("500"), TODAY)
    stale = shop.plans.draft(plan_input(other, count=2), "he")
    shop.invoices.create_invoice(customer.id, "901", TODAY, Decimal("500"), TODAY)
    shop.plans.create(plan_input(customer, count=2))
    with pytest.raises(UserError, match="Another plan was saved"):
        shop.plans.create(plan_input(other, count=2), draft_number=stale.number)
