"""Property tests: random sequences of invoices, payments, cheques, deposits, clears,
returns, give-backs, replaces and voids keep every ledger rule (checked on the raw tables,
independently of the services) and `arapp check`; a return re-opens exactly what the
cheque paid, to the agora; a deposit batch holds what was deposited; a cheque over what
is owed always says so; the exposure adds up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import event, given, settings
from hypothesis import strategies as st

from arapp.core.cheques import STATUSES, ChequeInput
from arapp.core.errors import LedgerRuleViolation, UserError
from arapp.core.money import ZERO
from arapp.core.services import Shop, ledger_read
from arapp.core.services.integrity import check_database
from arapp.core.services.plan_records import ChequeRecord
from arapp.core.services.records import CustomerInput
from tests.core.conftest import RawLedger, agorot, check_ledger
from tests.strategies import money

TODAY = date.today()


@dataclass(frozen=True)
class Invoice:
    amount: Decimal
    days_ago: int


@dataclass(frozen=True)
class Pay:
    amount: Decimal
    days_ahead: int


@dataclass(frozen=True)
class AddCheque:
    amount: Decimal
    days: int  # the date on it, from today
    account: int
    pick: int | None


@dataclass(frozen=True)
class Deposit:
    apt: bool  # pick among the cheques the action suits (else among all)
    picks: tuple[int, ...]
    early: bool


@dataclass(frozen=True)
class Clear:
    apt: bool  # pick among the cheques the action suits (else among all)
    pick: int


@dataclass(frozen=True)
class Return:
    apt: bool  # pick among the cheques the action suits (else among all)
    pick: int
    fee: bool


@dataclass(frozen=True)
class GiveBack:
    apt: bool  # pick among the cheques the action suits (else among all)
    pick: int


@dataclass(frozen=True)
class Replace:
    apt: bool  # pick among the cheques the action suits (else among all)
    pick: int
    cash: bool
    amount: Decimal


@dataclass(frozen=True)
class VoidCredit:
    pick: int


Op = Invoice | Pay | AddCheque | Deposit | Clear | Return | GiveBack | Replace | VoidCredit

ops = st.lists(
    st.one_of(
        st.builds(Invoice, amount=money("1.00", "3000.00"), days_ago=st.integers(0, 200)),
        st.builds(Pay, amount=money("1.00", "2000.00"), days_ahead=st.integers(-30, 60)),
        st.builds(AddCheque, amount=money("1.00", "3000.00"), days=st.integers(-200, 120),
                  account=st.integers(0, 1), pick=st.none() | st.integers(0, 20)),
        st.builds(Deposit, apt=st.booleans(),
                  picks=st.lists(st.integers(0, 20), min_size=1, max_size=3).map(tuple),
                  early=st.booleans()),
        st.builds(Clear, apt=st.booleans(), pick=st.integers(0, 20)),
        st.builds(Return, apt=st.booleans(), pick=st.integers(0, 20), fee=st.booleans()),
        st.builds(GiveBack, apt=st.booleans(), pick=st.integers(0, 20)),
        st.builds(Replace, apt=st.booleans(), pick=st.integers(0, 20), cash=st.booleans(),
                  amount=money("1.00", "3000.00")),
        st.builds(VoidCredit, pick=st.integers(0, 40)),
    ),
    min_size=4,
    max_size=30,
)


SUITS = {"Deposit": ("in_hand",), "Clear": ("deposited",), "Return": ("in_hand", "deposited"),
         "GiveBack": ("in_hand", "returned"), "Replace": ("in_hand", "returned")}


def candidates(op: Op, cheques: list[ChequeRecord]) -> list[ChequeRecord]:
    if getattr(op, "apt", False):
        suited = [c for c in cheques if c.status in SUITS[type(op).__name__] and (
            not isinstance(op, Deposit) or op.early or c.date <= TODAY)]
        return suited or cheques
    return cheques


def unapplied_by_credit(raw: RawLedger, customer_id: int) -> dict[int, int]:
    return {c.id: c.amount - raw.applied(c.id) for c in raw.live_credits(customer_id)}


@settings(max_examples=120, deadline=None)
@given(ops=ops, business=st.booleans())
def test_cheque_sequences_keep_the_ledger_rules(ops: list[Op], business: bool) -> None:
    shop = Shop.open(":memory:")
    try:
        cid = shop.customers.create(CustomerInput(
            code="C1", name="Customer", kind="business" if business else "consumer")).id
        invoice_number = 1000
        cheque_number = 5000
        returns = 0
        for op in ops:
            cheques = shop.cheques.list()
            if isinstance(op, Invoice):
                invoice_number += 1
                issued = TODAY - timedelta(days=op.days_ago)
                shop.invoices.create_invoice(cid, str(invoice_number), issued, op.amount,
                                             issued + timedelta(days=30))
            elif isinstance(op, Pay):
                shop.payments.record_payment(cid, TODAY + timedelta(days=op.days_ahead),
                                             op.amount)
            elif isinstance(op, AddCheque):
                cheque_number += 1
                items = shop.payments.payable_items(cid)
                picked = [items[op.pick % len(items)].id] if items and op.pick is not None \
                    else []
                owed = sum((i.open_amount for i in items if not i.disputed), ZERO)
                added = shop.cheques.add(cid, ChequeInput(
                    bank="12", branch="345", account=str(100 + op.account),
                    number=str(cheque_number), amount=op.amount,
                    date=TODAY + timedelta(days=op.days)), picked=picked)
                says_extra = any(w.template.startswith("Cheque {number} is {extra} more than")
                                 for w in added.warnings)
                assert says_extra == (op.amount > owed), (op.amount, owed)
                assert added.record.unapplied == max(ZERO, op.amount - owed)
                event("cheque added")
            elif isinstance(op, Deposit):
                pool = candidates(op, cheques)
                if not pool:
                    continue
                ids = list(dict.fromkeys(pool[p % len(pool)].id for p in op.picks))
                chosen = [c for c in cheques if c.id in ids]
                try:
                    batch = shop.cheques.deposit(ids, TODAY, allow_early=op.early)
                except LedgerRuleViolation:
                    assert any(c.status != "in_hand" for c in chosen) or (
                        not op.early and any(c.date > TODAY for c in chosen))
                    assert shop.cheques.list() == cheques  # nothing changed
                    continue
                event("deposited")
                listed = shop.cheques.deposit_list(batch)
                assert sorted(c.id for g in listed.groups for c in g.cheques) == sorted(ids)
                assert listed.total == sum((c.amount for c in chosen), ZERO)
                assert all(c.status == "deposited" and c.deposit_id == batch
                           for g in listed.groups for c in g.cheques)
            elif isinstance(op, Clear):
                pool = candidates(op, cheques)
                if not pool:
                    continue
                target = pool[op.pick % len(pool)]
                try:
                    shop.cheques.clear([target.id], TODAY)
                except LedgerRuleViolation:
                    assert target.status != "deposited"
                    continue
                event("cleared")
            elif isinstance(op, Return):
                pool = candidates(op, cheques)
                if not pool:
                    continue
                target = pool[op.pick % len(pool)]
                raw = check_ledger(shop.db)
                paid = {a.debit_id: a.amount for a in raw.allocations
                        if a.credit_id == target.credit_id}
                others = sum(v for k, v in unapplied_by_credit(raw, cid).items()
                             if k != target.credit_id)
                fee = Decimal("25.00") if op.fee else None
                try:
                    shop.cheques.return_cheque(target.id, "insufficient_funds", fee, TODAY)
                except LedgerRuleViolation:
                    assert target.status not in ("in_hand", "deposited") or (
                        op.fee and not business)
                    assert check_ledger(shop.db) == raw
                    continue
                returns += 1
                event("returned")
                after = check_ledger(shop.db)
                # The balance grows by exactly the cheque (and the fee).
                grew = after.balance(cid) - raw.balance(cid)
                assert grew == int(target.amount * 100) + (2500 if op.fee else 0)
                # What it paid re-opens, to the agora; other credit left over may then
                # settle onto it (the ledger rule), never more than there was.
                reopened = {d: after.open_amount(after.debits[d]) - raw.open_amount(
                    raw.debits[d]) for d in paid}
                settled = others - sum(unapplied_by_credit(after, cid).values())
                assert all(0 <= reopened[d] <= paid[d] for d in paid)
                if op.fee:  # some of the credit may have gone onto the fee instead
                    assert sum(paid.values()) - settled <= sum(reopened.values())
                else:
                    assert sum(reopened.values()) == sum(paid.values()) - settled
                if others == 0:
                    assert reopened == paid
            elif isinstance(op, GiveBack):
                pool = candidates(op, cheques)
                if not pool:
                    continue
                target = pool[op.pick % len(pool)]
                before = check_ledger(shop.db).balance(cid)
                try:
                    shop.cheques.give_back(target.id, TODAY)
                except LedgerRuleViolation:
                    assert target.status not in ("in_hand", "returned")
                    continue
                event("given back")
                grew = check_ledger(shop.db).balance(cid) - before
                assert grew == (int(target.amount * 100) if target.status == "in_hand" else 0)
            elif isinstance(op, Replace):
                pool = candidates(op, cheques)
                if not pool:
                    continue
                target = pool[op.pick % len(pool)]
                cheque_number += 1
                new = None if op.cash else ChequeInput(
                    bank="10", branch="800", account="999", number=str(cheque_number),
                    amount=op.amount, date=TODAY + timedelta(days=10))
                before = check_ledger(shop.db).balance(cid)
                try:
                    done = shop.cheques.replace(target.id, new,
                                                op.amount if op.cash else None, TODAY)
                except LedgerRuleViolation:
                    assert target.status not in ("in_hand", "returned")
                    continue
                event("replaced")
                assert done.old.status == "replaced"
                back = int(target.amount * 100) if target.status == "in_hand" else 0
                assert check_ledger(shop.db).balance(cid) - before == back - int(
                    op.amount * 100)
            elif isinstance(op, VoidCredit):
                ids = [r[0] for r in shop.db.execute_sql(
                    "SELECT id FROM credit WHERE voided_at IS NULL ORDER BY id")]
                if not ids:
                    continue
                try:
                    shop.payments.void(ids[op.pick % len(ids)], "property test")
                except (LedgerRuleViolation, UserError):
                    continue
            check_ledger(shop.db)
            assert check_database(shop.db) == []
            register = shop.cheques.list()
            assert all(c.status in STATUSES for c in register)
            assert shop.cheques.returned_count(cid) == returns
            cover = shop.cheques.exposure(cid)
            waiting = sum((c.amount for c in register if c.status in ("in_hand", "deposited")),
                          ZERO)
            assert cover.covered + cover.at_risk == waiting
            owed = agorot(ledger_read.balance(shop.db.execute_sql, cid, TODAY))
            assert cover.debt == max(owed, ZERO)
            assert cover.exposure == cover.debt + cover.at_risk
    finally:
        shop.close()
