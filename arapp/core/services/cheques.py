"""The cheque register (``shop.cheques``, issue #19; DESIGN.md, Checks).

A cheque received is a payment dated with the date written on it: a ``credit`` of kind
payment, method "check", applied to the installment it was given for or the items the
owner picked, then oldest-due first, the rest left as credit on account (and said so).
:func:`arapp.core.services.cheque_writer.write_cheque` is the one place that writes one,
for a plan's cheques and imported ones too.

Its life, each step dated in ``cheque_event`` and nothing deleted: in hand → deposited (a
deposit batch) → cleared; or returned by the bank with its reason — its payment is voided,
so the ledger re-opens exactly what it paid, and the bank's fee (when the owner charges
it) is a new ``fee`` debit; or given back to the customer (a cheque in hand: its payment is
voided too); or replaced by another cheque or a payment in cash, which pay what it paid.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from peewee import Expression, fn

from arapp.core.allocation import allocate
from arapp.core.cheques import (
    RETURN_REASONS,
    VOID_GIVEN_BACK,
    VOID_REPLACED,
    VOID_RETURNED,
    ChequeInput,
    ChequeWarning,
    clean_account,
    clean_cheque,
    fee_number,
    micr_query,
    paper_warnings,
    stale_after,
    warning,
)
from arapp.core.collection import kinds as log
from arapp.core.errors import LedgerRuleViolation, UserError
from arapp.core.money import ZERO, from_minor, money_str
from arapp.core.plans.schedule import add_months
from arapp.core.services import cash_outlook, clock, ledger
from arapp.core.services.cheque_records import (
    DEFAULT_RETURNS_WARNING,
    RETURNS_WARNING_KEY,
    ChequeAdded,
    ChequeEventRecord,
    ChequeReplaced,
    CreditLimitCheck,
    DepositGroup,
    DepositList,
    Forecast,
)
from arapp.core.services.cheque_writer import (
    _event,
    _not_now,
    _paid_items,
    _refuse_duplicate,
    bank_text,
    mark_given_back,
    write_cheque,
)
from arapp.core.services.interactions import record_event
from arapp.core.services.payments import _check_picked
from arapp.core.services.plan_records import ChequeRecord, Coverage
from arapp.core.services.validation import clean_text, positive_amount, real_date
from arapp.core.store.models import (
    Allocation,
    Cheque,
    ChequeDeposit,
    ChequeEvent,
    Credit,
    Customer,
    Debit,
    DrawerAccount,
    DunningStep,
    Plan,
    PlanInstallment,
)

if TYPE_CHECKING:
    from arapp.core.services import Shop

#: Cheques still able to pay: in the register and not returned, given back or replaced.
LIVE = ("in_hand", "deposited", "cleared")
#: Cheques that could still come back: counted as paid (or about to be) but not cleared.
NOT_CLEARED = ("in_hand", "deposited")
#: The Cheques Without Cover Law restricts an account after this many refused cheques in
#: twelve months.
RESTRICTING_RETURNS = 10


class ChequeService:
    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    @property
    def _execute(self):  # type: ignore[no-untyped-def]
        return self.shop.db.execute_sql

    # -- receiving ----------------------------------------------------------------------

    def check(
        self, customer_id: int, cheque: ChequeInput, picked: Sequence[int] = (),
        installment: tuple[int, int] | None = None,
    ) -> tuple[ChequeInput, list[int], int | None, list[ChequeWarning]]:
        """Check a cheque before it is recorded, writing nothing: the cleaned cheque, the
        items it will pay first, its installment row and the warnings (a form shows them
        before the owner confirms). Refusals are :class:`UserError`s."""
        cleaned = clean_cheque(cheque)
        customer = self.shop.customers.get(customer_id)
        picked = list(dict.fromkeys(picked))
        installment_id = None
        if installment is not None:
            picked, installment_id = self._installment(customer_id, *installment)
        else:
            _check_picked(customer_id, picked)
        _refuse_duplicate(cleaned)
        warnings = paper_warnings(cleaned, clock.today())
        warnings += self._account_warnings(cleaned)
        owed = sum(
            (i.open_amount for i in ledger.open_items(customer_id, include_disputed=False,
                                                      picked=picked)),
            ZERO,
        )
        if cleaned.amount > owed:
            warnings.append(warning(
                "Cheque {number} is {extra} more than {name} owes: the rest stays as credit "
                "on account",
                number=cleaned.number, extra=cleaned.amount - owed, name=customer.name,
            ))
        return cleaned, picked, installment_id, warnings

    def add(
        self,
        customer_id: int,
        cheque: ChequeInput,
        picked: Sequence[int] = (),
        installment: tuple[int, int] | None = None,
    ) -> ChequeAdded:
        """Record a cheque received from the customer (drawn by them or by a third party,
        maybe endorsed to the shop) as a payment dated with its date, in one transaction.
        ``picked``: items it pays first; ``installment``: (plan id, n) it was given for.
        What it pays beyond what is owed stays as credit, and a warning says so."""
        with self.shop.db.atomic():
            cleaned, picked, installment_id, warnings = self.check(
                customer_id, cheque, picked, installment)
            cheque_id, _left = write_cheque(
                customer_id, cleaned, picked=picked, installment_id=installment_id,
                now=clock.now_text(),
            )
            ledger.refresh_balance(customer_id)
            record_event(customer_id, log.PAYMENT, "cheque", cheque_id,
                         note=_cheque_note(cleaned), outcome="check")
        return ChequeAdded(self.get(cheque_id), tuple(warnings))

    def _installment(self, customer_id: int, plan_id: int, n: int) -> tuple[list[int], int]:
        plan = Plan.get_or_none(Plan.id == plan_id)
        if plan is None:
            raise UserError("No installment plan {plan}", plan=plan_id)
        if plan.customer_id != customer_id:
            raise UserError("That plan is another customer's")
        if plan.status == "cancelled":
            raise LedgerRuleViolation("Plan {number} is cancelled", number=plan.number)
        inst = PlanInstallment.get_or_none(
            (PlanInstallment.plan == plan_id) & (PlanInstallment.n == n))
        if inst is None:
            raise UserError("Plan {number} has no installment {n}", number=plan.number, n=n)
        payable = {i.id for i in self.shop.payments.payable_items(customer_id)}
        if inst.debit_id not in payable:
            raise LedgerRuleViolation("Installment {n} of plan {number} has nothing left to pay",
                                      n=n, number=plan.number)
        return [inst.debit_id], int(inst.id)

    def _account_warnings(self, cheque: ChequeInput) -> list[ChequeWarning]:
        returns = self.drawer_returns(cheque.bank, cheque.branch, cheque.account)
        if returns < self.returns_warning_threshold():
            return []
        (recent,) = self._execute(
            "SELECT COUNT(*) FROM cheque_event e JOIN cheque q ON q.id = e.cheque_id"
            " WHERE e.kind = 'returned' AND q.bank = ? AND q.branch = ? AND q.account = ?"
            " AND e.date > ?",
            (cheque.bank, cheque.branch, cheque.account,
             add_months(clock.today(), -12).isoformat())).fetchone()
        if recent >= RESTRICTING_RETURNS:
            return [warning(
                "Account {account} had {count} cheques returned in the last 12 months: under "
                "the Cheques Without Cover Law it is probably restricted",
                account=bank_text(cheque), count=recent,
            )]
        checked = self.account_checked_on(cheque.bank, cheque.branch, cheque.account)
        if checked is None:
            return [warning(
                "Account {account} has returned cheques in the register ({count}) and was "
                "never checked against the Bank of Israel's restricted accounts",
                account=bank_text(cheque), count=returns,
            )]
        return [warning(
            "Account {account} has returned cheques in the register ({count}); it was last "
            "checked against the Bank of Israel's restricted accounts on {day}",
            account=bank_text(cheque), count=returns, day=checked,
        )]

    def returns_warning_threshold(self) -> int:
        text = self.shop.settings.get_value(RETURNS_WARNING_KEY, "")
        return int(text) if text.isdigit() and int(text) > 0 else DEFAULT_RETURNS_WARNING

    def set_returns_warning_threshold(self, count: int) -> None:
        if not isinstance(count, int) or not 1 <= count <= 100:
            raise UserError("The number of returned cheques must be between 1 and 100")
        self.shop.settings.set_value(RETURNS_WARNING_KEY, str(count))

    # -- reading ------------------------------------------------------------------------

    def get(self, cheque_id: int) -> ChequeRecord:
        found = self._records(Cheque.select().where(Cheque.id == cheque_id))
        if not found:
            raise UserError("No cheque {cheque} in the register", cheque=cheque_id)
        return found[0]

    def list(
        self, status: str | None = None, customer_id: int | None = None, search: str = "",
    ) -> builtins.list[ChequeRecord]:
        """The register, by the date on the cheques: all, or of one status or customer,
        or matching ``search`` (cheque number, account, drawer, customer code or name,
        bank or branch code; "12-345" or "12/345/678901" finds that bank and branch, and
        that account)."""
        query = Cheque.select().join(Customer)
        if status:
            query = query.where(Cheque.status == status)
        if customer_id is not None:
            query = query.where(Cheque.customer == customer_id)
        text = search.strip()
        micr = micr_query(text)
        if micr is not None:  # "12-345" or "12/345/678901": that bank and branch
            query = query.where((Cheque.bank == micr[0]) & (Cheque.branch == micr[1]))
            if micr[2]:
                query = query.where(Cheque.account == micr[2])
        elif text:
            like = f"%{text}%"
            query = query.where(
                Cheque.number.contains(text) | Cheque.account.contains(text)
                | Cheque.drawer_name ** like | Customer.code ** like | Customer.name ** like
                | (Cheque.bank == text.zfill(2)) | (Cheque.branch == text.zfill(3))
            )
        return self._records(query.order_by(Cheque.date, Cheque.id))

    def to_deposit(self, as_of: date | None = None) -> builtins.list[ChequeRecord]:
        """Cheques in hand whose date has come (on or before ``as_of``, default today)."""
        day = as_of or clock.today()
        return self._records(Cheque.select().where(_to_deposit(day))
                             .order_by(Cheque.date, Cheque.id))

    def brief_to_deposit(self, as_of: date) -> builtins.list[ChequeBrief]:
        """:meth:`to_deposit` in brief (for a work list: a few fields, no history)."""
        return _briefs(_to_deposit(as_of))

    def brief_returned(self, as_of: date) -> builtins.list[ChequeBrief]:
        """Cheques the bank returned on or before ``as_of`` that are still ``returned``
        (not given back, not replaced), in brief."""
        return _briefs((Cheque.status == "returned")
                       & (fn.COALESCE(Cheque.status_date, Cheque.date) <= as_of))

    def history(self, cheque_id: int) -> builtins.list[ChequeEventRecord]:
        return [
            ChequeEventRecord(e.id, e.cheque_id, e.kind, e.date, e.reason,
                              from_minor(e.amount), e.deposit_id, e.note)
            for e in ChequeEvent.select().where(ChequeEvent.cheque == cheque_id)
            .order_by(ChequeEvent.id)
        ]

    def _records(self, query: Iterable[Cheque]) -> builtins.list[ChequeRecord]:
        rows = list(query)
        if not rows:
            return []
        ids = [r.id for r in rows]
        codes = {c.id: c.code for c in Customer.select(Customer.id, Customer.code).where(
            Customer.id.in_({r.customer_id for r in rows}))}
        plans: dict[int, tuple[int | None, int | None]] = {
            i.id: (i.plan_id, i.n)
            for i in PlanInstallment.select().where(
                PlanInstallment.id.in_([r.installment_id for r in rows if r.installment_id]))
        }
        deposits = {
            d.id: d.date for d in ChequeDeposit.select().where(
                ChequeDeposit.id.in_([r.deposit_id for r in rows if r.deposit_id]))
        }
        fees = {
            d.id: from_minor(d.amount) for d in Debit.select().where(
                Debit.id.in_([r.fee_debit_id for r in rows if r.fee_debit_id]))
        }
        live_paid: dict[int, builtins.list[int]] = {}
        applied: dict[int, int] = {}
        for a in Allocation.select().where(
                Allocation.credit.in_([r.credit_id for r in rows])).order_by(Allocation.id):
            live_paid.setdefault(a.credit_id, []).append(a.debit_id)
            applied[a.credit_id] = applied.get(a.credit_id, 0) + a.amount
        paid_then: dict[int, builtins.list[int]] = {}
        for e in ChequeEvent.select().where(
                ChequeEvent.cheque.in_(ids) & (ChequeEvent.items != "")).order_by(ChequeEvent.id):
            paid_then[e.cheque_id] = [int(x) for x in e.items.split(",")]
        debit_ids = {d for v in (*live_paid.values(), *paid_then.values()) for d in v}
        debits = {d.id: d for d in Debit.select(Debit.id, Debit.number, Debit.due_date).where(
            Debit.id.in_(debit_ids))}
        numbers = {i: d.number for i, d in debits.items()}
        records = []
        for r in rows:
            live = r.status in LIVE
            paid = live_paid.get(r.credit_id, []) if live else paid_then.get(r.id, [])
            plan_id, n = plans.get(r.installment_id, (None, None))
            records.append(ChequeRecord(
                id=r.id,
                customer_id=r.customer_id,
                bank=r.bank,
                branch=r.branch,
                account=r.account,
                number=r.number,
                amount=from_minor(r.amount),
                date=r.date,
                drawer_name=r.drawer_name,
                drawer_id=r.drawer_id,
                status=r.status,
                plan_id=plan_id,
                installment=n,
                customer_code=codes.get(r.customer_id, ""),
                endorser_name=r.endorser_name,
                endorser_id=r.endorser_id,
                endorsements=r.endorsements,
                status_date=r.status_date,
                deposit_id=r.deposit_id,
                deposit_date=deposits.get(r.deposit_id),
                reason=r.reason,
                fee=fees.get(r.fee_debit_id),
                pays=tuple(numbers[d] for d in sorted(
                    (d for d in dict.fromkeys(paid) if d in debits),
                    key=lambda d: (debits[d].due_date, d))),
                unapplied=from_minor(r.amount - applied.get(r.credit_id, 0)) if live else ZERO,
                credit_id=r.credit_id,
                replaced_by=r.replaced_by_id,
            ))
        return records

    def _rows(self, ids: Sequence[int]) -> builtins.list[Cheque]:
        wanted = list(dict.fromkeys(ids))
        rows = {r.id: r for r in Cheque.select().where(Cheque.id.in_(wanted))}
        for cheque_id in wanted:
            if cheque_id not in rows:
                raise UserError("No cheque {cheque} in the register", cheque=cheque_id)
        return [rows[i] for i in wanted]

    # -- the bank -----------------------------------------------------------------------

    def deposit_warnings(self, ids: Sequence[int], on: date) -> builtins.list[ChequeWarning]:
        """What to tell the owner before depositing ``ids`` on ``on``: cheques dated
        later (the bank returns a cheque deposited before its date) and stale ones."""
        found = []
        for row in self._rows(ids):
            if row.date > on:
                found.append(warning(
                    "Cheque {number} is dated {day}: deposited before its date, the bank "
                    "returns it", number=row.number, day=row.date))
            elif on > stale_after(row.date):
                found.append(warning(
                    "Cheque {number} is dated {day}, more than six months ago: the bank "
                    "will return it as stale", number=row.number, day=row.date))
        return found

    def deposit(self, ids: Sequence[int], on: date | None = None, bank_account: str = "",
                allow_early: bool = False) -> int:
        """Deposit cheques in hand as one batch on ``on`` (default today) into the shop's
        ``bank_account``; return the batch's id. Cheques dated after ``on`` are refused
        (with their numbers) unless ``allow_early``."""
        day = real_date(on or clock.today(), "Deposit date")
        account = clean_text(bank_account, "Bank account", max_len=100)
        if not ids:
            raise UserError("Choose the cheques to deposit")
        with self.shop.db.atomic():
            rows = self._rows(ids)
            for row in rows:
                if row.status != "in_hand":
                    raise _not_now(row)
            early = [r.number for r in rows if r.date > day]
            if early and not allow_early:
                raise LedgerRuleViolation(
                    "These cheques are dated after {day} and cannot be deposited yet: "
                    "{numbers}", day=day, numbers=", ".join(early))
            batch = ChequeDeposit.create(date=day, bank_account=account,
                                         created_at=clock.now_text())
            for row in rows:
                Cheque.update(status="deposited", status_date=day, deposit=batch.id).where(
                    Cheque.id == row.id).execute()
                _event(row.id, "deposited", day, amount=row.amount, deposit_id=batch.id,
                       note=account)
                record_event(row.customer_id, log.CHEQUE_DEPOSITED, "cheque", row.id,
                             note=_cheque_note(row))
        return int(batch.id)

    def deposit_list(self, deposit_id: int) -> DepositList:
        batch = ChequeDeposit.get_or_none(ChequeDeposit.id == deposit_id)
        if batch is None:
            raise UserError("No deposit {deposit}", deposit=deposit_id)
        cheques = self._records(Cheque.select().where(Cheque.deposit == deposit_id)
                                .order_by(Cheque.date, Cheque.id))
        days = sorted({c.date for c in cheques})
        return DepositList(
            id=batch.id, date=batch.date, bank_account=batch.bank_account,
            groups=tuple(DepositGroup(d, tuple(c for c in cheques if c.date == d))
                         for d in days),
        )

    def clear(self, ids: Sequence[int], on: date | None = None) -> None:
        """The bank credited these deposited cheques on ``on`` (default today)."""
        day = real_date(on or clock.today(), "Date")
        if not ids:
            raise UserError("Choose the cheques that cleared")
        with self.shop.db.atomic():
            rows = self._rows(ids)
            for row in rows:
                if row.status != "deposited":
                    raise _not_now(row)
                if row.status_date is not None and day < row.status_date:
                    raise LedgerRuleViolation(
                        "Cheque {number} was deposited on {day}; it cannot clear before that",
                        number=row.number, day=row.status_date)
            for row in rows:
                Cheque.update(status="cleared", status_date=day).where(
                    Cheque.id == row.id).execute()
                _event(row.id, "cleared", day, amount=row.amount)

    def return_cheque(self, cheque_id: int, reason: str, fee: Decimal | None = None,
                      on: date | None = None) -> ChequeRecord:
        """The bank returned the cheque for ``reason`` (one of RETURN_REASONS) on ``on``:
        its payment is voided (what it paid re-opens, to the agora), the customer's log
        says so, and ``fee`` (the bank's charge, when the owner passes it on) becomes a
        fee debit — refused for a consumer until 14 days after a §13B2 debt notice on
        what the cheque paid (the owner can return it without the fee)."""
        day = real_date(on or clock.today(), "Date")
        if reason not in RETURN_REASONS:
            raise UserError("Unknown reason “{reason}” for a returned cheque", reason=reason)
        fee_minor = positive_amount(fee, "Fee amount") if fee is not None and fee != ZERO \
            else None
        with self.shop.db.atomic():
            (row,) = self._rows([cheque_id])
            if row.status not in NOT_CLEARED:
                raise _not_now(row)
            if row.status == "deposited" and row.status_date and day < row.status_date:
                raise LedgerRuleViolation(
                    "Cheque {number} was deposited on {day}; it cannot come back before that",
                    number=row.number, day=row.status_date)
            customer = Customer.get_by_id(row.customer_id)
            paid = _paid_items(row.credit_id)
            if fee_minor is not None and customer.kind == "consumer":
                self._refuse_fee_before_notice(customer, paid, day)
            ledger.void_credit(row.credit_id, VOID_RETURNED + reason)
            fee_id = None
            if fee_minor is not None:
                fee_id = self._fee(row, fee_minor, day)
            Cheque.update(status="returned", status_date=day, reason=reason,
                          fee_debit=fee_id).where(Cheque.id == row.id).execute()
            _event(row.id, "returned", day, reason=reason, amount=row.amount, items=paid)
            # Data, not words (the reason is the outcome, shown in words): the fee, when
            # charged, follows as "+ amount".
            note = _cheque_note(row)
            if fee_minor is not None:
                note += f" + {money_str(from_minor(fee_minor))}"
            record_event(row.customer_id, log.CHEQUE_RETURNED, "cheque", row.id, note=note,
                         outcome=reason)
            ledger.settle(row.customer_id)
        return self.get(cheque_id)

    def charge_fee(self, cheque_id: int, fee: Decimal, on: date | None = None) -> ChequeRecord:
        """Charge the returned cheque's bank fee later (for a consumer: once 14 days have
        passed since the debt notice). Once per cheque."""
        day = real_date(on or clock.today(), "Fee date")
        fee_minor = positive_amount(fee, "Fee amount")
        with self.shop.db.atomic():
            (row,) = self._rows([cheque_id])
            if row.status != "returned" and not (
                    row.status == "replaced" and row.reason):
                raise LedgerRuleViolation("Cheque {number} was not returned by the bank",
                                          number=row.number)
            if row.fee_debit_id is not None:
                raise LedgerRuleViolation("The fee of cheque {number} is already charged",
                                          number=row.number)
            customer = Customer.get_by_id(row.customer_id)
            if customer.kind == "consumer":
                paid = [
                    int(x) for e in ChequeEvent.select().where(
                        (ChequeEvent.cheque == row.id) & (ChequeEvent.kind == "returned"))
                    for x in e.items.split(",") if x
                ]
                self._refuse_fee_before_notice(customer, paid, day)
            fee_id = self._fee(row, fee_minor, day)
            Cheque.update(fee_debit=fee_id).where(Cheque.id == row.id).execute()
            ledger.settle(row.customer_id)
        return self.get(cheque_id)

    def _refuse_fee_before_notice(self, customer: Customer, paid: Sequence[int],
                                  day: date) -> None:
        # §13B2: no collection cost until the debt notice's wait is over — the ladder's
        # wait as the owner set it (never less than the law's 14 days), one rule for all.
        latest = day - self.shop.letters.policy.notice_wait()
        noticed = paid and DunningStep.select().where(
            DunningStep.debit.in_(list(paid)) & (DunningStep.level == "debt_notice")
            & (DunningStep.date <= latest)
        ).exists()
        if not noticed:
            raise LedgerRuleViolation(
                "{name} is a consumer: no collection cost may be charged before 14 days "
                "have passed since the debt notice (§13B2). Return the cheque without the "
                "fee", name=customer.name)

    def _fee(self, row: Cheque, fee_minor: int, day: date) -> int:
        debit = Debit.create(
            customer=row.customer_id, kind="fee", number=fee_number(row.number),
            issue_date=day, due_date=day, amount=fee_minor,
            # Only what reads the same in every language: the words come when shown.
            description=bank_text(row),
            created_at=clock.now_text(),
        )
        _event(row.id, "fee", day, amount=fee_minor, items=[debit.id])
        return int(debit.id)

    def give_back(self, cheque_id: int, on: date | None = None) -> ChequeRecord:
        """The paper cheque goes back to the customer: one in hand stops paying (its
        payment is voided; what it paid re-opens), a returned one just leaves the shop."""
        day = real_date(on or clock.today(), "Date")
        with self.shop.db.atomic():
            (row,) = self._rows([cheque_id])
            if row.status not in ("in_hand", "returned"):
                raise _not_now(row)
            mark_given_back(row, day)
            if row.status == "in_hand":
                ledger.void_credit(row.credit_id, VOID_GIVEN_BACK)
                ledger.settle(row.customer_id)
            record_event(row.customer_id, log.CHEQUE_GIVEN_BACK, "cheque", row.id,
                         note=_cheque_note(row))
        return self.get(cheque_id)

    def replace(self, cheque_id: int, new: ChequeInput | None = None,
                cash_amount: Decimal | None = None, on: date | None = None) -> ChequeReplaced:
        """Replace a cheque in hand or returned by ``new`` (a cheque) or ``cash_amount``
        (a cash payment dated ``on``); either pays first what the old one paid (its
        installment too). The old cheque's payment, if still live, is voided."""
        if (new is None) == (cash_amount is None):
            raise UserError("Replace a cheque with another cheque or with cash")
        day = real_date(on or clock.today(), "Date")
        cleaned = clean_cheque(new) if new is not None else None
        cash_minor = positive_amount(cash_amount, "Cash amount") if cash_amount is not None \
            else None
        with self.shop.db.atomic():
            (row,) = self._rows([cheque_id])
            if row.status not in ("in_hand", "returned"):
                raise _not_now(row)
            if row.status == "in_hand":
                paid = _paid_items(row.credit_id)
                ledger.void_credit(row.credit_id, VOID_REPLACED)
            else:
                paid = [
                    int(x) for e in ChequeEvent.select().where(
                        (ChequeEvent.cheque == row.id) & (ChequeEvent.kind == "returned"))
                    for x in e.items.split(",") if x
                ]
            picked = [
                d.id for d in Debit.select(Debit.id).where(
                    Debit.id.in_(paid) & Debit.voided_at.is_null())
            ]
            _event(row.id, "replaced", day, items=paid,
                   note="by cheque" if cleaned else "by cash")
            record_event(row.customer_id, log.CHEQUE_REPLACED, "cheque", row.id,
                         note=_cheque_note(row))
            Cheque.update(status="replaced", status_date=day).where(
                Cheque.id == row.id).execute()
            warnings: builtins.list[ChequeWarning] = []
            new_id = cash_id = None
            now = clock.now_text()
            if cleaned is not None:
                _refuse_duplicate(cleaned)
                warnings = paper_warnings(cleaned, clock.today())
                warnings += self._account_warnings(cleaned)
                new_id, left = write_cheque(
                    row.customer_id, cleaned, picked=picked, installment_id=row.installment_id,
                    now=now, note=f"replaces cheque {row.number}")
                Cheque.update(replaced_by=new_id).where(Cheque.id == row.id).execute()
            else:
                items = ledger.open_items(row.customer_id, include_disputed=False, picked=picked)
                credit = Credit.create(
                    customer=row.customer_id, kind="payment", date=day, amount=cash_minor,
                    method="cash", note=f"replaces cheque {row.number}",
                    target_debit=picked[0] if picked else None, created_at=now)
                allocations, left = allocate(from_minor(cash_minor or 0), items, picked)
                ledger.write_allocations(credit.id, allocations)
                cash_id = int(credit.id)
                Cheque.update(replacement_credit=cash_id).where(Cheque.id == row.id).execute()
            if left > ZERO:
                name = Customer.get_by_id(row.customer_id).name
                warnings.append(warning(
                    "The replacement is {extra} more than {name} owes: the rest stays as "
                    "credit on account", extra=left, name=name))
            ledger.settle(row.customer_id)
        return ChequeReplaced(self.get(cheque_id), self.get(new_id) if new_id else None,
                              cash_id, tuple(warnings))

    # -- the customer's and the drawer's record ----------------------------------------

    def returned_count(self, customer_id: int) -> int:
        """How many of the customer's cheques the bank ever returned (replaced ones too)."""
        (count,) = self._execute(
            "SELECT COUNT(*) FROM cheque_event e JOIN cheque q ON q.id = e.cheque_id"
            " WHERE e.kind = 'returned' AND q.customer_id = ?", (customer_id,)).fetchone()
        return int(count)

    def returned_counts(self) -> dict[int, int]:
        """Customer id → returned cheques, for every customer with one (a list's flag)."""
        return {
            cid: int(n) for cid, n in self._execute(
                "SELECT q.customer_id, COUNT(*) FROM cheque_event e JOIN cheque q"
                " ON q.id = e.cheque_id WHERE e.kind = 'returned' GROUP BY q.customer_id", ())
        }

    def drawer_returns(self, bank: str, branch: str, account: str) -> int:
        """Returned cheques in the register drawn on this account, whoever brought them."""
        bank, branch, account = clean_account(bank, branch, account)
        (count,) = self._execute(
            "SELECT COUNT(*) FROM cheque_event e JOIN cheque q ON q.id = e.cheque_id"
            " WHERE e.kind = 'returned' AND q.bank = ? AND q.branch = ? AND q.account = ?",
            (bank, branch, account)).fetchone()
        return int(count)

    def mark_account_checked(self, bank: str, branch: str, account: str,
                             on: date | None = None) -> None:
        """The owner checked this account against the Bank of Israel's list of restricted
        accounts on ``on`` (default today)."""
        day = real_date(on or clock.today(), "Date")
        key = clean_account(bank, branch, account)
        with self.shop.db.atomic():
            DrawerAccount.insert(bank=key[0], branch=key[1], account=key[2],
                                 checked_on=day).on_conflict_replace().execute()

    def account_checked_on(self, bank: str, branch: str, account: str) -> date | None:
        key = clean_account(bank, branch, account)
        row = DrawerAccount.get_or_none((DrawerAccount.bank == key[0])
                                        & (DrawerAccount.branch == key[1])
                                        & (DrawerAccount.account == key[2]))
        return row.checked_on if row else None

    # -- exposure and cash flow ---------------------------------------------------------

    def exposure(self, customer_id: int | None = None, as_of: date | None = None) -> Coverage:
        """Debt, covered, at risk and exposure (:func:`cash_outlook.exposure`), as of
        ``as_of`` (today)."""
        return cash_outlook.exposure(self._execute, customer_id, as_of or clock.today())

    def pending(self, as_of: date | None = None) -> tuple[Decimal, Decimal]:
        """The shop's (covered, at risk) cheques on ``as_of`` (today), without the debt
        (:func:`cash_outlook.pending_cheques`)."""
        return cash_outlook.pending_cheques(self._execute, None, as_of or clock.today())

    def check_credit_limit(self, customer_id: int, as_of: date | None = None
                           ) -> CreditLimitCheck:
        """The customer's credit limit against their exposure (not their balance: a
        cheque counted as paid can still come back)."""
        customer = self.shop.customers.get(customer_id)
        return CreditLimitCheck(customer.credit_limit,
                                self.exposure(customer_id, as_of).exposure)

    def forecast(self, start: date, months: int) -> Forecast:
        """Money expected in from ``start`` for ``months`` months, per week and per month
        (:func:`cash_outlook.forecast`)."""
        start = real_date(start, "Date")
        if not isinstance(months, int) or not 1 <= months <= 60:
            raise UserError("The forecast covers 1 to 60 months")
        return cash_outlook.forecast(self._execute, start, months)


class ChequeBrief(NamedTuple):
    id: int
    customer_id: int
    number: str
    amount: Decimal
    date: date
    status_date: date | None
    reason: str


def _to_deposit(day: date) -> Expression:
    """The rule of a cheque to deposit: in hand, and its date has come."""
    return (Cheque.status == "in_hand") & (Cheque.date <= day)


def _briefs(where: Expression) -> builtins.list[ChequeBrief]:
    query = Cheque.select(Cheque.id, Cheque.customer, Cheque.number, Cheque.amount,
                          Cheque.date, Cheque.status_date, Cheque.reason)
    return [
        ChequeBrief(cid, customer, number, from_minor(amount), day, status_day, reason)
        for cid, customer, number, amount, day, status_day, reason
        in query.where(where).order_by(Cheque.date, Cheque.id).tuples()
    ]


def _cheque_note(cheque: ChequeInput | Cheque) -> str:
    """What the log says of a cheque: its number, account and amount (data, not words,
    so the timeline reads the same in every language)."""
    amount = cheque.amount if isinstance(cheque, ChequeInput) else from_minor(cheque.amount)
    return f"{cheque.number} · {bank_text(cheque)} · {money_str(amount)}"
