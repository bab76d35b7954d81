"""The cheque register (issue #19): receiving, depositing, clearing, returning, giving
back and replacing cheques; warnings; exposure and the cash-flow forecast — and the
ledger rules through all of it. A refusal changes nothing (every table is compared)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest

from arapp.core.cheques import ChequeInput, clean_cheque
from arapp.core.errors import DuplicateRecord, InvalidField, LedgerRuleViolation, UserError
from arapp.core.services import Shop, clock, ledger_read
from arapp.core.services.integrity import check_database
from arapp.core.services.plan_records import PlanInput
from arapp.core.services.records import CustomerInput, CustomerRecord
from tests.core.conftest import LEDGER_TABLES, RawLedger, check_ledger

TODAY = date(2026, 12, 1)
TABLES = (*LEDGER_TABLES, "cheque", "cheque_event", "cheque_deposit", "interaction",
          "drawer_account", "dunning_step", "plan", "plan_installment")


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[date], None]]:
    day = {"value": TODAY}
    monkeypatch.setattr(clock, "today", lambda: day["value"])

    def move(to: date) -> None:
        day["value"] = to

    yield move


@pytest.fixture
def everything(shop: Shop) -> Callable[[], dict[str, list[tuple[object, ...]]]]:
    """Every row of the ledger and register tables: a refusal must leave them all."""
    return lambda: {
        t: [tuple(r) for r in shop.db.execute_sql(f"SELECT * FROM {t} ORDER BY rowid")]
        for t in TABLES
    }


@pytest.fixture
def invoices(shop: Shop, customer: CustomerRecord) -> list[int]:
    """1000 due 1 Oct, 500 due 1 Nov, 300 due 1 Jan 2027."""
    made = []
    for number, amount, issued in (("100", "1000.00", date(2026, 9, 1)),
                                   ("101", "500.00", date(2026, 10, 2)),
                                   ("102", "300.00", date(2026, 12, 1))):
        made.append(shop.invoices.create_invoice(
            customer.id, number, issued, Decimal(amount), issued + timedelta(days=30)).id)
    return made


def paper(number: str = "1001", amount: str = "600.00", on: date = TODAY,
          **kw: object) -> ChequeInput:
    base: dict[str, object] = {"bank": "12", "branch": "345", "account": "678901",
                               "number": number, "amount": Decimal(amount), "date": on}
    base.update(kw)
    return ChequeInput(**base)  # type: ignore[arg-type]


def open_now(shop: Shop, customer_id: int) -> dict[str, Decimal]:
    return {i.number: i.open_amount for i in shop.payments.payable_items(customer_id)}


def owed(shop: Shop, customer_id: int, on: date = TODAY) -> Decimal:
    return Decimal(ledger_read.balance(shop.db.execute_sql, customer_id, on)).scaleb(-2)


def ok(shop: Shop) -> RawLedger:
    raw = check_ledger(shop.db)
    assert check_database(shop.db) == []
    return raw


# -- receiving -----------------------------------------------------------------------


def test_a_cheque_is_a_payment_dated_with_its_date_paying_oldest_due_first(
    shop: Shop, customer: CustomerRecord, invoices: list[int],
) -> None:
    later = date(2027, 1, 15)
    added = shop.cheques.add(customer.id, paper(amount="1200.00", on=later))
    assert added.warnings == ()
    record = added.record
    assert (record.status, record.pays, record.unapplied) == ("in_hand", ("100", "101"),
                                                              Decimal("0.00"))
    assert record.customer_code == "C001" and record.amount == Decimal("1200.00")
    # Allocated now, paying nothing until its date.
    assert open_now(shop, customer.id) == {"101": Decimal("300.00"), "102": Decimal("300.00")}
    assert owed(shop, customer.id) == Decimal("1800.00")
    assert owed(shop, customer.id, later) == Decimal("600.00")
    credit = shop.payments.get(record.credit_id)
    assert (credit.method, credit.date) == ("check", later)
    assert [e.kind for e in shop.cheques.history(record.id)] == ["received"]
    ok(shop)


def test_picked_items_first_and_an_installment_it_was_given_for(
    shop: Shop, customer: CustomerRecord, invoices: list[int],
) -> None:
    picked = shop.cheques.add(customer.id, paper(amount="300.00"), picked=[invoices[2]])
    assert picked.record.pays == ("102",)
    plan = shop.plans.create(PlanInput(customer_id=customer.id, first_due=date(2027, 1, 31),
                                       count=3))
    inst = plan.installments[1]
    given = shop.cheques.add(customer.id, paper("2002", str(inst.amount), date(2027, 3, 3)),
                             installment=(plan.id, 2))
    assert given.record.pays == (inst.number,)
    assert (given.record.plan_id, given.record.installment) == (plan.id, 2)
    assert shop.plans.get(plan.id).installments[1].cheque.number == "2002"  # type: ignore[union-attr]
    ok(shop)


def test_a_cheque_over_what_is_owed_leaves_credit_and_says_so(
    shop: Shop, customer: CustomerRecord, invoices: list[int],
) -> None:
    added = shop.cheques.add(customer.id, paper(amount="2000.00"))
    assert added.record.unapplied == Decimal("200.00")
    (said,) = added.warnings
    assert said.message == (
        "Cheque 1001 is 200.00 more than דוד כהן owes: the rest stays as credit on account")
    assert owed(shop, customer.id) == Decimal("-200.00")
    ok(shop)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"branch": "1234"}, "branch"),
        ({"bank": "123"}, "bank"),
        ({"account": "1234567890"}, "account"),
        ({"number": "12ab"}, "number"),
        ({"amount": Decimal("0")}, "amount"),
        ({"amount": Decimal("1.005")}, "amount"),
        ({"drawer_name": "Other", "drawer_id": ""}, "drawer_id"),
        ({"drawer_name": "Other", "drawer_id": "123456789"}, "drawer_id"),
        ({"endorser_name": "Endorser"}, "endorser_id"),
        ({"endorsements": 1}, "endorser_name"),
        ({"endorser_name": "E", "endorser_id": "123456789"}, "endorser_id"),
        ({"endorsements": -1}, "endorsements"),
    ],
)
def test_bad_cheque_fields_are_refused_and_nothing_changes(
    shop: Shop, customer: CustomerRecord, invoices: list[int], everything: Callable[[], object],
    changes: dict[str, object], field: str,
) -> None:
    before = everything()
    with pytest.raises(InvalidField) as info:
        shop.cheques.add(customer.id, paper(**changes))
    assert info.value.input_field == field
    assert everything() == before


def test_refusals_of_context_change_nothing(
    shop: Shop, customer: CustomerRecord, other_customer: CustomerRecord,
    invoices: list[int], everything: Callable[[], object],
) -> None:
    shop.cheques.add(customer.id, paper())
    before = everything()
    with pytest.raises(DuplicateRecord, match="already recorded"):
        shop.cheques.add(customer.id, paper(amount="5.00"))
    with pytest.raises(UserError, match="no longer exists"):
        shop.cheques.add(9999, paper("1002"))
    with pytest.raises(UserError, match="not open for this customer"):
        shop.cheques.add(other_customer.id, paper("1002"), picked=[invoices[0]])
    with pytest.raises(UserError, match="No installment plan 77"):
        shop.cheques.add(customer.id, paper("1002"), installment=(77, 1))
    assert everything() == before


def test_the_same_installment_cannot_take_a_second_cheque(
    shop: Shop, customer: CustomerRecord, invoices: list[int], everything: Callable[[], object],
) -> None:
    plan = shop.plans.create(PlanInput(customer_id=customer.id, first_due=date(2027, 1, 31),
                                       count=3))
    amount = str(plan.installments[0].amount)
    shop.cheques.add(customer.id, paper("1", amount, date(2027, 1, 31)), installment=(plan.id, 1))
    before = everything()
    with pytest.raises(LedgerRuleViolation, match=r"Installment 1 of plan .* nothing left"):
        shop.cheques.add(customer.id, paper("2", amount, date(2027, 1, 31)),
                         installment=(plan.id, 1))
    with pytest.raises(UserError, match="has no installment 9"):
        shop.cheques.add(customer.id, paper("2", amount), installment=(plan.id, 9))
    assert everything() == before


# -- warnings -------------------------------------------------------------------------


def test_warnings_cash_law_stale_and_a_drawer_with_returned_cheques(
    shop: Shop, customer: CustomerRecord, invoices: list[int],
) -> None:
    endorsed = shop.cheques.add(customer.id, paper(
        "7", "15000.00", endorser_name="Moshe Levi", endorser_id="012345674", endorsements=2))
    assert endorsed.record.endorser_id == "012345674"
    assert endorsed.warnings[0].template.startswith("Cheque {number} is over {limit}")
    once = shop.cheques.add(customer.id, paper(
        "8", "15000.00", endorser_name="Moshe Levi", endorser_id="12345674"))
    assert once.record.endorsements == 1
    assert not any("Cash Law" in w.message for w in once.warnings)
    stale = shop.cheques.add(customer.id, paper("9", "10.00", date(2026, 5, 31)))
    assert any("stale" in w.message for w in stale.warnings)
    fresh = shop.cheques.add(customer.id, paper("10", "10.00", date(2026, 6, 1)))
    assert not any("stale" in w.message for w in fresh.warnings)

    shop.cheques.return_cheque(fresh.record.id, "insufficient_funds")
    assert shop.cheques.drawer_returns("12", "345", "678901") == 1
    warned = shop.cheques.add(customer.id, paper("11", "10.00"))
    assert [w.message for w in warned.warnings if "Account" in w.message] == [
        "Account 12/345/678901 has returned cheques in the register (1) and was never checked "
        "against the Bank of Israel's restricted accounts"]
    shop.cheques.mark_account_checked("12", "345", "678901", date(2026, 11, 20))
    assert shop.cheques.account_checked_on("12", "345", "678901") == date(2026, 11, 20)
    again = shop.cheques.add(customer.id, paper("12", "10.00"))
    assert any("last checked" in w.message and "20/11/2026" in w.message
               for w in again.warnings)
    shop.cheques.set_returns_warning_threshold(2)
    quiet = shop.cheques.add(customer.id, paper("13", "10.00"))
    assert not any("Account" in w.message for w in quiet.warnings)
    other = shop.cheques.add(customer.id, paper("14", "10.00", account="555"))
    assert not any("Account" in w.message for w in other.warnings)
    ok(shop)


# -- the bank -------------------------------------------------------------------------


def test_deposit_batches_early_cheques_and_the_deposit_list(
    shop: Shop, customer: CustomerRecord, invoices: list[int], everything: Callable[[], object],
) -> None:
    a = shop.cheques.add(customer.id, paper("1", "100.00", date(2026, 11, 20))).record
    b = shop.cheques.add(customer.id, paper("2", "200.00", TODAY)).record
    c = shop.cheques.add(customer.id, paper("3", "300.00", TODAY)).record
    late = shop.cheques.add(customer.id, paper("4", "400.00", date(2027, 1, 5))).record
    assert [x.id for x in shop.cheques.to_deposit()] == [a.id, b.id, c.id]
    before = everything()
    with pytest.raises(LedgerRuleViolation, match=r"cannot be deposited yet: 4$"):
        shop.cheques.deposit([a.id, late.id], TODAY)
    with pytest.raises(UserError, match="No cheque 99"):
        shop.cheques.deposit([a.id, 99], TODAY)
    with pytest.raises(UserError, match="Choose the cheques"):
        shop.cheques.deposit([], TODAY)
    assert everything() == before
    assert [w.message for w in shop.cheques.deposit_warnings([a.id, late.id], TODAY)] == [
        "Cheque 4 is dated 05/01/2027: deposited before its date, the bank returns it"]

    batch = shop.cheques.deposit([a.id, b.id, c.id], TODAY, bank_account="Leumi 800/12345")
    listed = shop.cheques.deposit_list(batch)
    assert (listed.date, listed.bank_account, listed.count, listed.total) == (
        TODAY, "Leumi 800/12345", 3, Decimal("600.00"))
    assert [(g.date, g.total, [x.number for x in g.cheques]) for g in listed.groups] == [
        (date(2026, 11, 20), Decimal("100.00"), ["1"]),
        (TODAY, Decimal("500.00"), ["2", "3"])]
    assert {x.status for x in shop.cheques.list(status="deposited")} == {"deposited"}
    assert shop.cheques.get(a.id).deposit_date == TODAY
    with pytest.raises(LedgerRuleViolation, match="Cheque 1 is already deposited"):
        shop.cheques.deposit([a.id], TODAY)
    early = shop.cheques.deposit([late.id], TODAY, allow_early=True)
    assert shop.cheques.get(late.id).deposit_id == early
    # Deposited early or not, it pays from its own date.
    assert owed(shop, customer.id) == Decimal("1200.00")  # 1800 - 100 - 200 - 300
    ok(shop)


def test_clear_only_what_was_deposited_and_not_before_the_deposit(
    shop: Shop, customer: CustomerRecord, invoices: list[int], everything: Callable[[], object],
) -> None:
    a = shop.cheques.add(customer.id, paper("1", "100.00")).record
    b = shop.cheques.add(customer.id, paper("2", "100.00")).record
    shop.cheques.deposit([a.id], TODAY)
    before = everything()
    with pytest.raises(LedgerRuleViolation, match="Cheque 2 is still in hand"):
        shop.cheques.clear([a.id, b.id], TODAY)
    with pytest.raises(LedgerRuleViolation, match="cannot clear before that"):
        shop.cheques.clear([a.id], TODAY - timedelta(days=1))
    assert everything() == before
    shop.cheques.clear([a.id], TODAY + timedelta(days=2))
    cleared = shop.cheques.get(a.id)
    assert (cleared.status, cleared.status_date) == ("cleared", TODAY + timedelta(days=2))
    assert [e.kind for e in shop.cheques.history(a.id)] == ["received", "deposited", "cleared"]
    with pytest.raises(LedgerRuleViolation, match="has already cleared"):
        shop.cheques.return_cheque(a.id, "insufficient_funds")
    ok(shop)


def test_a_returned_cheque_reopens_exactly_what_it_paid_and_flags_the_customer(
    shop: Shop, customer: CustomerRecord, invoices: list[int], everything: Callable[[], object],
) -> None:
    before_items = open_now(shop, customer.id)
    before_owed = owed(shop, customer.id)
    added = shop.cheques.add(customer.id, paper(amount="1234.56")).record
    assert owed(shop, customer.id) == before_owed - Decimal("1234.56")
    shop.cheques.deposit([added.id], TODAY)
    returned = shop.cheques.return_cheque(added.id, "insufficient_funds",
                                          on=TODAY + timedelta(days=3))
    assert (returned.status, returned.reason, returned.fee) == ("returned", "insufficient_funds",
                                                                None)
    assert returned.pays == ("100", "101")  # what it paid, still shown
    assert open_now(shop, customer.id) == before_items
    assert owed(shop, customer.id) == before_owed
    assert shop.cheques.returned_count(customer.id) == 1
    assert shop.cheques.returned_counts() == {customer.id: 1}
    (log,) = shop.db.execute_sql(
        "SELECT kind, outcome, note FROM interaction WHERE customer_id = ?"
        " AND kind = 'cheque_returned'", (customer.id,))
    assert log[0] == "cheque_returned" and log[1] == "insufficient_funds"
    # The note is data in every language: number, account, amount; the reason is the
    # outcome (shown in words), not English in the note.
    assert log[2] == "1001 · 12/345/678901 · 1234.56"
    ok(shop)

    before = everything()
    with pytest.raises(LedgerRuleViolation, match="Cheque 1001 was already returned"):
        shop.cheques.return_cheque(added.id, "insufficient_funds")
    with pytest.raises(LedgerRuleViolation, match="Cheque 1001 was already returned"):
        shop.cheques.deposit([added.id], TODAY)
    with pytest.raises(UserError, match="Unknown reason"):
        shop.cheques.return_cheque(added.id, "no money")
    assert everything() == before


def test_a_cheque_cannot_come_back_before_it_was_deposited(
    shop: Shop, customer: CustomerRecord, invoices: list[int], everything: Callable[[], object],
) -> None:
    added = shop.cheques.add(customer.id, paper()).record
    shop.cheques.deposit([added.id], TODAY)
    before = everything()
    with pytest.raises(LedgerRuleViolation, match="deposited on 01/12/2026; it cannot come"):
        shop.cheques.return_cheque(added.id, "signature", on=TODAY - timedelta(days=1))
    assert everything() == before


def test_the_fee_for_a_consumer_waits_for_the_debt_notice_and_its_14_days(
    shop: Shop, customer: CustomerRecord, invoices: list[int], everything: Callable[[], object],
) -> None:
    added = shop.cheques.add(customer.id, paper(amount="1000.00")).record
    before = everything()
    with pytest.raises(LedgerRuleViolation, match="consumer: no collection cost"):
        shop.cheques.return_cheque(added.id, "restricted", fee=Decimal("25.00"))
    assert everything() == before
    # A debt notice on what the cheque paid, 13 days before: still too early.
    shop.letters.record(customer.id, "debt_notice", "he", TODAY - timedelta(days=13),
                        b"%PDF-1.4", Decimal("1000"), [invoices[0]], ladder_level="debt_notice")
    before = everything()
    with pytest.raises(LedgerRuleViolation, match="14 days"):
        shop.cheques.return_cheque(added.id, "restricted", fee=Decimal("25.00"))
    assert everything() == before
    # Returned without the fee now; charged once the 14 days have passed.
    shop.cheques.return_cheque(added.id, "restricted")
    with pytest.raises(LedgerRuleViolation, match="14 days"):
        shop.cheques.charge_fee(added.id, Decimal("25.00"))
    later = TODAY + timedelta(days=1)
    charged = shop.cheques.charge_fee(added.id, Decimal("25.00"), on=later)
    assert charged.fee == Decimal("25.00")
    assert owed(shop, customer.id, later) == Decimal("1825.00")
    with pytest.raises(LedgerRuleViolation, match="already charged"):
        shop.cheques.charge_fee(added.id, Decimal("25.00"), on=later)
    ok(shop)


def test_a_business_pays_the_fee_at_once(shop: Shop, invoices: list[int]) -> None:
    firm = shop.customers.create(CustomerInput(code="B1", name="Firm Ltd", kind="business"))
    shop.invoices.create_invoice(firm.id, "900", date(2026, 11, 1), Decimal("700.00"),
                                 date(2026, 11, 15))
    added = shop.cheques.add(firm.id, paper(amount="700.00")).record
    returned = shop.cheques.return_cheque(added.id, "closed", fee=Decimal("36.50"))
    assert returned.fee == Decimal("36.50")
    assert owed(shop, firm.id) == Decimal("736.50")
    fee = [i for i in shop.payments.payable_items(firm.id) if i.kind == "fee"]
    assert [(i.number, i.open_amount) for i in fee] == [("CHQ-1001", Decimal("36.50"))]
    (note,) = shop.db.execute_sql(
        "SELECT note FROM interaction WHERE kind = 'cheque_returned' AND customer_id = ?",
        (firm.id,)).fetchone()
    assert note == "1001 · 12/345/678901 · 700.00 + 36.50"
    ok(shop)


def test_give_back_a_cheque_in_hand_or_returned(
    shop: Shop, customer: CustomerRecord, invoices: list[int], everything: Callable[[], object],
) -> None:
    before_items = open_now(shop, customer.id)
    a = shop.cheques.add(customer.id, paper("1", "800.00", date(2027, 2, 1))).record
    given = shop.cheques.give_back(a.id)
    assert given.status == "given_back" and given.pays == ("100",)
    assert open_now(shop, customer.id) == before_items
    # The same paper can be recorded again once given back.
    b = shop.cheques.add(customer.id, paper("1", "800.00", date(2027, 2, 1))).record
    shop.cheques.deposit([b.id], TODAY, allow_early=True)
    before = everything()
    with pytest.raises(LedgerRuleViolation, match="already deposited"):
        shop.cheques.give_back(b.id)
    assert everything() == before
    shop.cheques.return_cheque(b.id, "early")
    assert shop.cheques.give_back(b.id).status == "given_back"
    assert open_now(shop, customer.id) == before_items
    ok(shop)


def test_replace_by_a_cheque_or_by_cash_pays_what_the_old_one_paid(
    shop: Shop, customer: CustomerRecord, invoices: list[int], everything: Callable[[], object],
) -> None:
    plan = shop.plans.create(PlanInput(customer_id=customer.id, first_due=date(2027, 1, 31),
                                       count=3))
    inst = plan.installments[2]
    old = shop.cheques.add(customer.id, paper("1", str(inst.amount), date(2027, 3, 31)),
                           installment=(plan.id, 3)).record
    before = everything()
    with pytest.raises(UserError, match="another cheque or with cash"):
        shop.cheques.replace(old.id)
    with pytest.raises(UserError, match="another cheque or with cash"):
        shop.cheques.replace(old.id, paper("2"), Decimal("1"))
    with pytest.raises(InvalidField):
        shop.cheques.replace(old.id, paper("2x"))
    assert everything() == before
    done = shop.cheques.replace(old.id, paper("2", str(inst.amount), date(2027, 3, 31),
                                              bank="10", branch="800"))
    assert done.old.status == "replaced" and done.new is not None
    assert done.old.replaced_by == done.new.id
    assert (done.new.pays, done.new.installment) == ((inst.number,), 3)
    record = shop.plans.get(plan.id)
    assert record.installments[2].cheque.number == "2"  # type: ignore[union-attr]
    # A returned cheque replaced by cash dated today.
    shop.cheques.return_cheque(done.new.id, "stop_order")
    cash = shop.cheques.replace(done.new.id, cash_amount=inst.amount)
    assert cash.new is None and cash.cash_credit_id is not None
    paid = shop.payments.get(cash.cash_credit_id)
    assert (paid.method, paid.date, [a.item_number for a in paid.applied]) == (
        "cash", TODAY, [inst.number])
    with pytest.raises(LedgerRuleViolation, match="was replaced"):
        shop.cheques.replace(done.new.id, cash_amount=Decimal("1"))
    ok(shop)


def test_voiding_a_cheque_payment_gives_the_cheque_back(
    shop: Shop, customer: CustomerRecord, invoices: list[int],
) -> None:
    a = shop.cheques.add(customer.id, paper()).record
    shop.payments.void(a.credit_id, "entered twice")
    assert shop.cheques.get(a.id).status == "given_back"
    assert [e.kind for e in shop.cheques.history(a.id)] == ["received", "given_back"]
    ok(shop)


def test_the_register_lists_by_status_customer_and_search(
    shop: Shop, customer: CustomerRecord, other_customer: CustomerRecord, invoices: list[int],
) -> None:
    a = shop.cheques.add(customer.id, paper("1", "10.00")).record
    b = shop.cheques.add(other_customer.id, paper("2", "20.00", drawer_name="שרה לוי",
                                                  drawer_id="012345674")).record
    assert [c.id for c in shop.cheques.list()] == [a.id, b.id]
    assert [c.id for c in shop.cheques.list(customer_id=other_customer.id)] == [b.id]
    assert [c.id for c in shop.cheques.list(search="שרה")] == [b.id]
    assert [c.id for c in shop.cheques.list(search="C001")] == [a.id]
    assert shop.cheques.list(status="returned") == []


def test_the_history_is_never_rewritten(shop: Shop, customer: CustomerRecord,
                                        invoices: list[int]) -> None:
    a = shop.cheques.add(customer.id, paper()).record
    with pytest.raises(Exception, match="never"):
        shop.db.execute_sql("DELETE FROM cheque_event")
    with pytest.raises(Exception, match="never"):
        shop.db.execute_sql("DELETE FROM cheque WHERE id = ?", (a.id,))


# -- exposure and forecast ---------------------------------------------------------


def test_exposure_by_hand(shop: Shop, customer: CustomerRecord,
                          other_customer: CustomerRecord, invoices: list[int]) -> None:
    # Owed 1800. Cheques: 500 dated today deposited (counted as paid, not cleared), 200
    # dated 1 Nov cleared (gone from risk), 400 post-dated in hand (covers, not counted).
    a = shop.cheques.add(customer.id, paper("1", "500.00")).record
    b = shop.cheques.add(customer.id, paper("2", "200.00", date(2026, 11, 1))).record
    shop.cheques.add(customer.id, paper("3", "400.00", date(2027, 1, 20)))
    shop.cheques.deposit([a.id, b.id], TODAY)
    shop.cheques.clear([b.id], TODAY)
    mine = shop.cheques.exposure(customer.id)
    assert (mine.debt, mine.covered, mine.at_risk) == (
        Decimal("1100.00"), Decimal("400.00"), Decimal("500.00"))
    assert (mine.uncovered, mine.exposure) == (Decimal("700.00"), Decimal("1600.00"))
    assert shop.plans.coverage(customer.id) == mine  # one definition
    # The other customer's credit does not lower this one's debt in the total.
    shop.payments.record_payment(other_customer.id, TODAY, Decimal("50.00"))
    shop.cheques.add(other_customer.id, paper("9", "70.00", date(2026, 11, 30)))
    total = shop.cheques.exposure()
    assert (total.debt, total.covered, total.at_risk) == (
        Decimal("1100.00"), Decimal("400.00"), Decimal("570.00"))
    # Once the post-dated cheque's day comes it is counted as paid and at risk.
    later = shop.cheques.exposure(customer.id, date(2027, 1, 20))
    assert (later.debt, later.covered, later.at_risk) == (
        Decimal("700.00"), Decimal("0.00"), Decimal("900.00"))
    assert shop.cheques.check_credit_limit(customer.id).over == Decimal("0")
    shop.customers.update(customer.id, CustomerInput(
        code="C001", name=customer.name, credit_limit=Decimal("1500.00")))
    limit = shop.cheques.check_credit_limit(customer.id)
    assert (limit.limit, limit.exposure, limit.over) == (
        Decimal("1500.00"), Decimal("1600.00"), Decimal("100.00"))


def test_forecast_by_hand(shop: Shop, customer: CustomerRecord, invoices: list[int]) -> None:
    start = date(2027, 1, 1)
    # A plan of 3 monthly installments of 600 from 31 Jan (the 1800 owed, no interest);
    # installment 2 has its cheque (counted once, as the cheque, on its date 3 Mar).
    plan = shop.plans.create(PlanInput(customer_id=customer.id, first_due=date(2027, 1, 31),
                                       count=3))
    assert [i.amount for i in plan.installments] == [Decimal("600.00")] * 3
    shop.cheques.add(customer.id, paper("1", "600.00", date(2027, 3, 3)),
                     installment=(plan.id, 2))
    # A cheque in hand from before the start (not deposited): expected on the start.
    shop.cheques.add(customer.id, paper("2", "40.00", date(2026, 12, 20)))
    # Installment 1 is paid in part: 40 by that cheque (oldest due first), 300 in cash,
    # 5 by a cheque that cleared; 255 is left.
    shop.plans.record_payment(plan.id, TODAY, Decimal("300.00"))
    # A cheque that cleared is not expected any more.
    gone = shop.cheques.add(customer.id, paper("3", "5.00", date(2027, 1, 2))).record
    shop.cheques.deposit([gone.id], TODAY, allow_early=True)
    shop.cheques.clear([gone.id], TODAY)
    got = shop.cheques.forecast(start, 3)
    assert (got.start, got.end) == (start, date(2027, 3, 31))
    months = [(r.start, r.end, r.cheques, r.installments) for r in got.months]
    assert months == [
        (date(2027, 1, 1), date(2027, 1, 31), Decimal("40.00"), Decimal("255.00")),
        (date(2027, 2, 1), date(2027, 2, 28), Decimal("0.00"), Decimal("0.00")),
        (date(2027, 3, 1), date(2027, 3, 31), Decimal("600.00"), Decimal("600.00")),
    ]
    assert got.total == Decimal("1495.00")
    assert len(got.weeks) == 13  # 90 days: 12 full weeks and 6 days
    assert got.weeks[0].cheques == Decimal("40.00") and got.weeks[-1].end == got.end
    assert sum((w.total for w in got.weeks), Decimal(0)) == got.total
    week_of = {w.start: w for w in got.weeks}
    assert week_of[date(2027, 1, 29)].installments == Decimal("255.00")  # 31 Jan
    assert week_of[date(2027, 2, 26)].cheques == Decimal("600.00")  # 3 Mar
    assert week_of[date(2027, 3, 26)].installments == Decimal("600.00")  # 31 Mar
    with pytest.raises(UserError, match="1 to 60 months"):
        shop.cheques.forecast(start, 0)


def test_clean_cheque_normalises_the_endorser() -> None:
    got = clean_cheque(paper(endorser_name=" \u202eMoshe ", endorser_id="12345674"))
    assert (got.endorser_name, got.endorser_id, got.endorsements) == (
        "Moshe", "012345674", 1)


def test_ten_returns_in_a_year_on_one_account_mean_it_is_probably_restricted(
    shop: Shop, customer: CustomerRecord, invoices: list[int],
) -> None:
    for k in range(10):
        added = shop.cheques.add(customer.id, paper(str(100 + k), "1.00")).record
        shop.cheques.return_cheque(added.id, "insufficient_funds",
                                   on=TODAY - timedelta(days=30 * k))
    warned = shop.cheques.add(customer.id, paper("200", "1.00")).warnings
    assert [w.message for w in warned if "Account" in w.message] == [
        "Account 12/345/678901 had 10 cheques returned in the last 12 months: under the "
        "Cheques Without Cover Law it is probably restricted"]
    ok(shop)


def test_arapp_check_finds_a_cheque_whose_status_disagrees_with_its_payment(
    shop: Shop, customer: CustomerRecord, invoices: list[int],
) -> None:
    added = shop.cheques.add(customer.id, paper()).record
    shop.cheques.return_cheque(added.id, "other")
    assert check_database(shop.db) == []
    shop.db.execute_sql("UPDATE cheque SET status = 'in_hand' WHERE id = ?", (added.id,))
    assert [p.split(":")[0] for p in check_database(shop.db)] == [
        "a cheque's status disagrees with its payment"]


@pytest.mark.parametrize(("text", "parsed"), [
    ("12-345", ("12", "345", "")),
    ("4/12", ("04", "012", "")),
    (" 12 / 345 / 678901 ", ("12", "345", "678901")),
    ("12.345.678901", ("12", "345", "678901")),
    ("12345", None),
    ("123-45", None),
    ("12-3456", None),
    ("12-345-1234567890", None),
    ("סמיר", None),
])
def test_a_search_typed_as_the_micr_line(text: str, parsed: tuple[str, str, str] | None) -> None:
    from arapp.core.cheques import micr_query

    assert micr_query(text) == parsed


@pytest.mark.parametrize(("lang", "words"), [
    ("he", "עמלת בנק, שיק חוזר 1001"),
    ("ar", "عمولة البنك، شيك مرتجع 1001"),
    ("en", "Bank fee, returned cheque 1001"),
])
def test_the_fee_debit_stores_no_words_and_a_statement_says_it_in_its_language(
    shop: Shop, lang: str, words: str
) -> None:
    from arapp.core.cheques import returned_cheque_of

    firm = shop.customers.create(CustomerInput(code="B1", name="Firm Ltd", kind="business"))
    shop.invoices.create_invoice(firm.id, "900", date(2026, 11, 1), Decimal("700.00"),
                                 date(2026, 11, 15))
    added = shop.cheques.add(firm.id, paper(amount="700.00")).record
    shop.cheques.return_cheque(added.id, "closed", fee=Decimal("36.50"),
                               on=date(2026, 11, 20))
    (fee,) = [i for i in shop.payments.payable_items(firm.id) if i.kind == "fee"]
    assert fee.description == "12/345/678901"  # the account only: no language in the ledger
    assert returned_cheque_of(fee.kind, fee.number) == "1001"
    assert returned_cheque_of("invoice", "CHQ-1") is None
    draft = shop.letter_drafts.draft(firm.id, "statement", lang=lang,
                                     letter_date=date(2026, 11, 30))
    (row,) = [r for r in draft.data.movements if r.kind == "fee"]  # type: ignore[attr-defined]
    assert row.description == words


def test_the_brief_lists_agree_with_the_register(
    shop: Shop, customer: CustomerRecord, invoices: list[int]
) -> None:
    later = TODAY + timedelta(days=30)
    due = shop.cheques.add(customer.id, paper("11", "10.00", TODAY - timedelta(days=1))).record
    shop.cheques.add(customer.id, paper("12", "10.00", later))  # not yet
    bounced = shop.cheques.add(customer.id, paper("13", "10.00", TODAY)).record
    shop.cheques.deposit([bounced.id], TODAY)
    shop.cheques.return_cheque(bounced.id, "closed", on=TODAY + timedelta(days=2))
    given = shop.cheques.add(customer.id, paper("14", "10.00", TODAY)).record
    shop.cheques.deposit([given.id], TODAY)
    shop.cheques.return_cheque(given.id, "closed", on=TODAY + timedelta(days=2))
    shop.cheques.give_back(given.id)
    for day in (TODAY, TODAY + timedelta(days=2), later):
        full = [(c.id, c.customer_id, c.number, c.amount, c.date)
                for c in shop.cheques.to_deposit(day)]
        brief = [(c.id, c.customer_id, c.number, c.amount, c.date)
                 for c in shop.cheques.brief_to_deposit(day)]
        assert brief == full
        returned = [(c.id, c.status_date, c.reason) for c in shop.cheques.list(status="returned")
                    if (c.status_date or c.date) <= day]
        assert [(c.id, c.status_date, c.reason)
                for c in shop.cheques.brief_returned(day)] == returned
    assert [c.id for c in shop.cheques.brief_to_deposit(TODAY)] == [due.id]
    assert [c.id for c in shop.cheques.brief_returned(TODAY + timedelta(days=2))] == [bounced.id]
