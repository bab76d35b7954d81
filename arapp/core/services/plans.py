"""Installment plans in the ledger (``shop.plans``).

Creating a plan restructures the items it covers into installment debits in one
transaction: a credit of kind ``restructure`` dated the plan date closes the covered items
(so they no longer age on their own), and one installment debit per schedule line (plus
the down payment, due on the plan date) takes their place. The customer's balance grows
by the plan's interest and by nothing else. Payments pay installments like any item,
oldest-due first. A post-dated cheque handed over for an installment is a payment dated
with the date on the cheque, allocated to its installment: it pays it when its date comes,
so an installment with its cheque in hand is never chased.

A plan is active, completed (every installment paid — not stored, it follows from the
ledger), breached (the owner invoked the acceleration clause: what is unpaid falls due at
once, the interest of installments not yet due is waived by a credit note) or cancelled
(its unpaid installments stay open as ordinary items with their own due dates; a new
version of the terms cancels the plan it replaces and covers what it left unpaid).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from arapp.core import id_number
from arapp.core.allocation import Allocation as Applied
from arapp.core.cheques import ChequeInput, clean_cheque
from arapp.core.collection import kinds as log
from arapp.core.errors import DuplicateRecord, InvalidField, LedgerRuleViolation, UserError
from arapp.core.letters.data import (
    AgreementData,
    OpenItemRow,
    Party,
    ScheduleRow,
    SignatureMark,
)
from arapp.core.money import ZERO, from_minor, to_minor
from arapp.core.plans.schedule import Frequency, Schedule, Terms, build_schedule
from arapp.core.services import clock, ledger, ledger_read
from arapp.core.services.cheque_writer import bank_text, on_record, write_cheque
from arapp.core.services.interactions import record_event
from arapp.core.services.plan_records import (
    SIGNED_HOW,
    AgreementRecord,
    ChequeRecord,
    Coverage,
    InstallmentRecord,
    PlanCheque,
    PlanDraft,
    PlanInput,
    PlanRecord,
)
from arapp.core.services.records import CreditRecord, CustomerRecord, ItemRecord
from arapp.core.services.validation import clean_text, positive_amount
from arapp.core.store.models import (
    Agreement,
    Allocation,
    Cheque,
    Credit,
    Debit,
    Plan,
    PlanInstallment,
)

if TYPE_CHECKING:
    from arapp.core.services import Shop

#: The agreement's wording file under ``resources/templates/<lang>/``.
AGREEMENT_TEMPLATE = "agreement"
MAX_GRACE_DAYS = 90
MAX_SCAN_BYTES = 20 * 1024 * 1024
#: Cheques still able to pay: recorded and not (yet) returned, given back or replaced.
_LIVE_CHEQUE = ("in_hand", "deposited", "cleared")


@dataclass(frozen=True, slots=True)
class _Checked:
    """A plan input that passed every check, with what saving it needs."""

    input: PlanInput
    customer: CustomerRecord
    plan_date: date
    items: tuple[ItemRecord, ...]
    debt: Decimal
    schedule: Schedule
    cheques: tuple[PlanCheque, ...]
    guarantor: Party | None
    place: str
    number: str
    version: int


def installment_number(plan_number: str, version: int, n: int) -> str:
    """The ledger number of installment ``n`` (0: the down payment): "7/03", or
    "7.2/03" for the second version of plan 7's terms."""
    return f"{_label(plan_number, version)}/{n:02d}"


class PlanService:
    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    @property
    def _execute(self):  # type: ignore[no-untyped-def]
        return self.shop.db.execute_sql

    # -- setting a plan up ------------------------------------------------------------

    def coverable_items(self, customer_id: int) -> list[ItemRecord]:
        """The items a plan can cover: every open item (disputed ones included, marked;
        a plan covers them only when picked), oldest-due first. Installments of a plan
        still running are left out: a new version of that plan covers them."""
        running = self._running_installment_debits(customer_id)
        return [
            i for i in self.shop.payments.payable_items(customer_id) if i.id not in running
        ]

    def draft(
        self, plan: PlanInput, lang: str, signatures: Sequence[SignatureMark] = ()
    ) -> PlanDraft:
        """Check ``plan`` and compute its schedule and agreement data, writing nothing.
        An :class:`~arapp.core.errors.InvalidField` names the field at fault."""
        checked = self._check(plan)
        agreement = self._agreement(
            checked.customer,
            lang,
            number=checked.number,
            version=checked.version,
            plan_date=checked.plan_date,
            covered=[
                OpenItemRow(
                    i.number, i.issue_date, i.due_date,
                    (checked.plan_date - i.due_date).days, i.amount, i.open_amount,
                )
                for i in checked.items
            ],
            debt=checked.debt,
            down_payment=plan.down_payment,
            annual_rate=plan.annual_rate,
            frequency=plan.frequency,
            rows=_schedule_rows(checked.schedule, checked.plan_date, checked.cheques),
            grace_days=plan.grace_days,
            guarantor=checked.guarantor,
            place=checked.place,
            signatures=signatures,
        )
        return PlanDraft(
            input=plan,
            number=checked.number,
            version=checked.version,
            debt=checked.debt,
            schedule=checked.schedule,
            agreement=agreement,
        )

    def create(
        self,
        plan: PlanInput,
        *,
        agreement_pdf: bytes | None = None,
        agreement_lang: str = "",
        signed: str = "",
        signed_at: str | None = None,
        draft_number: str = "",
    ) -> PlanRecord:
        """Save ``plan`` (checked again) in one transaction: the restructure, the
        installments, the cheques, and — when given — the agreement's exact PDF bytes as
        the plan's agreement. ``draft_number``: the number the agreement was drafted
        with; if another plan took it meanwhile, nothing is saved."""
        if signed not in SIGNED_HOW:
            raise UserError("Unknown way of signing “{how}”", how=signed)
        with self.shop.db.atomic():
            checked = self._check(plan)
            if draft_number and draft_number != checked.number:
                raise UserError(
                    "Another plan was saved meanwhile; show the agreement again before "
                    "saving"
                )
            plan_id = self._write(checked)
            record_event(checked.customer.id, log.PLAN_CREATED, "plan", plan_id,
                         note=_label(checked.number, checked.version))
            if agreement_pdf is not None:
                self._keep(plan_id, checked.version, agreement_pdf,
                           agreement_lang or checked.customer.language, signed, signed_at)
        return self.get(plan_id)

    # -- reading ----------------------------------------------------------------------

    def get(self, plan_id: int, as_of: date | None = None) -> PlanRecord:
        row = Plan.get_or_none(Plan.id == plan_id)
        if row is None:
            raise UserError("No installment plan {plan}", plan=plan_id)
        return self._record(row, as_of or clock.today())

    def for_customer(self, customer_id: int, as_of: date | None = None) -> list[PlanRecord]:
        day = as_of or clock.today()
        rows = Plan.select().where(Plan.customer == customer_id).order_by(Plan.id.desc())
        return [self._record(row, day) for row in rows]

    def coverage(self, customer_id: int | None = None, as_of: date | None = None) -> Coverage:
        """The debt as of ``as_of`` (today), per customer or for the shop, the part of it
        covered by post-dated cheques, and the exposure: the cheque register's one
        definition (:meth:`ChequeService.exposure`)."""
        return self.shop.cheques.exposure(customer_id, as_of)

    # -- acting on a plan -------------------------------------------------------------

    def record_payment(
        self, plan_id: int, on: date, amount: Decimal, method: str = "cash",
        reference: str = "",
    ) -> CreditRecord:
        """A payment against the plan: its installments first, oldest-due first; what is
        left over goes oldest-due first like any payment."""
        row = self._plan_row(plan_id)
        picked = [
            r.id
            for r in self.shop.payments.payable_items(row.customer_id)
            if r.id in self._installment_debits(plan_id)
        ]
        if not picked:
            raise LedgerRuleViolation("Plan {number} has nothing left to pay",
                                      number=row.number)
        return self.shop.payments.record_payment(
            row.customer_id, on, amount, method=method, reference=reference, picked=picked,
        )

    def breach(self, plan_id: int, on: date | None = None) -> PlanRecord:
        """Invoke the acceleration clause (the owner has confirmed): every unpaid
        installment falls due on ``on``; interest of installments not yet due is waived.
        Refused unless the plan is breachable."""
        day = on or clock.today()
        with self.shop.db.atomic():
            record = self.get(plan_id, as_of=day)
            if not record.breachable:
                raise LedgerRuleViolation(
                    "Plan {number} is in good standing: no installment is more than "
                    "{days} days late",
                    number=record.number,
                    days=record.grace_days,
                )
            still_open = {
                r.id: r.open_amount for r in self.shop.payments.payable_items(
                    record.customer_id)
            }
            waived: list[Applied] = []
            for inst in record.installments:
                left = still_open.get(inst.debit_id, ZERO)
                if left <= ZERO or inst.due_date <= day:
                    continue
                Debit.update(due_date=day).where(Debit.id == inst.debit_id).execute()
                if inst.interest > ZERO:
                    waived.append(Applied(inst.debit_id, min(inst.interest, left)))
            if waived:
                credit = Credit.create(
                    customer=record.customer_id,
                    kind="credit_note",
                    date=day,
                    amount=to_minor(sum((a.amount for a in waived), ZERO)),
                    number=f"{_label(record.number, record.version)}-W",
                    created_at=clock.now_text(),
                )
                ledger.write_allocations(credit.id, waived)
            Plan.update(status="breached", breached_on=day).where(Plan.id == plan_id).execute()
            ledger.refresh_balance(record.customer_id)
            record_event(record.customer_id, log.PLAN_BREACHED, "plan", plan_id,
                         note=_label(record.number, record.version))
        return self.get(plan_id, as_of=day)

    def cancel(self, plan_id: int, reason: str) -> PlanRecord:
        """Drop the plan: its unpaid installments stay open as ordinary items with
        their own due dates (dunned like any item), the balance unchanged to the agora."""
        reason = clean_text(reason, "Reason", required=True, max_len=500)
        with self.shop.db.atomic():
            record = self.get(plan_id)
            if record.status == "cancelled":
                raise LedgerRuleViolation("Plan {number} is already cancelled",
                                          number=record.number)
            if record.status == "completed":
                raise LedgerRuleViolation("Plan {number} is paid in full",
                                          number=record.number)
            Plan.update(
                status="cancelled", cancelled_on=clock.today(), cancel_reason=reason
            ).where(Plan.id == plan_id).execute()
            record_event(record.customer_id, log.PLAN_CANCELLED, "plan", plan_id,
                         note=f"{_label(record.number, record.version)}: {reason}")
        return self.get(plan_id)

    # -- agreements -------------------------------------------------------------------

    def agreement_data(
        self, plan_id: int, lang: str | None = None, signatures: Sequence[SignatureMark] = ()
    ) -> AgreementData:
        """The agreement of a saved plan, as its terms stand (for printing it again in
        another language, or when none was kept)."""
        record = self.get(plan_id)
        customer = self.shop.customers.get(record.customer_id)
        restructure = self._plan_row(plan_id).restructure_id
        covered = [
            OpenItemRow(
                d.number, d.issue_date, d.due_date, (record.plan_date - d.due_date).days,
                from_minor(d.amount), from_minor(a.amount),
            )
            for a, d in (
                (a, a.debit)
                for a in Allocation.select(Allocation, Debit)
                .join(Debit)
                .where(Allocation.credit == restructure)
                .order_by(Debit.due_date, Debit.id)
            )
        ]
        cheques = {c.installment: c for c in record.cheques}
        rows = tuple(
            ScheduleRow(
                i.n, i.agreed_due or i.due_date, i.amount, i.principal, i.interest,
                cheques[i.n].number if i.n in cheques else "",
                bank_text(cheques[i.n]) if i.n in cheques else "",
            )
            for i in record.installments
        )
        return self._agreement(
            customer,
            lang or customer.language,
            number=record.number,
            version=record.version,
            plan_date=record.plan_date,
            covered=covered,
            debt=record.debt,
            down_payment=record.down_payment,
            annual_rate=record.annual_rate,
            frequency=record.frequency,
            rows=rows,
            grace_days=record.grace_days,
            guarantor=record.guarantor,
            place=record.place,
            signatures=signatures,
        )

    def keep_agreement(
        self, plan_id: int, pdf: bytes, lang: str, *, signed: str,
        signed_at: str | None = None,
    ) -> AgreementRecord:
        """Keep an agreement PDF for a saved plan (never rewritten afterwards)."""
        if signed not in SIGNED_HOW:
            raise UserError("Unknown way of signing “{how}”", how=signed)
        with self.shop.db.atomic():
            row = self._plan_row(plan_id)
            agreement_id = self._keep(plan_id, row.version, pdf, lang, signed, signed_at)
        return self._agreement_record(Agreement.get_by_id(agreement_id))

    def mark_signed_on_paper(
        self, agreement_id: int, scan: bytes | None = None, scan_name: str = ""
    ) -> AgreementRecord:
        """The printed agreement came back signed on paper (optionally scanned)."""
        row = Agreement.get_or_none(Agreement.id == agreement_id)
        if row is None:
            raise UserError("That agreement no longer exists")
        if row.signed:
            raise LedgerRuleViolation("That agreement is already signed")
        if scan is not None and len(scan) > MAX_SCAN_BYTES:
            raise UserError("The scan is larger than {limit} MB", limit=MAX_SCAN_BYTES >> 20)
        Agreement.update(
            signed="paper",
            signed_at=clock.now_text(),
            scan=scan,
            scan_name=clean_text(scan_name, "File name", max_len=200) if scan else "",
        ).where(Agreement.id == agreement_id).execute()
        return self._agreement_record(Agreement.get_by_id(agreement_id))

    def agreement_pdf(self, agreement_id: int) -> bytes:
        """The exact bytes kept: a reprint is byte-identical. A copy whose bytes no
        longer match their SHA-256 is refused rather than printed."""
        row = Agreement.get_or_none(Agreement.id == agreement_id)
        if row is None:
            raise UserError("That agreement no longer exists")
        pdf = bytes(row.pdf)
        if hashlib.sha256(pdf).hexdigest() != row.sha256:
            raise UserError("The kept agreement is damaged: its fingerprint does not match")
        return pdf

    def agreement_scan(self, agreement_id: int) -> tuple[bytes, str] | None:
        row = Agreement.get_or_none(Agreement.id == agreement_id)
        if row is None or row.scan is None:
            return None
        return bytes(row.scan), row.scan_name

    def agreements(self, plan_id: int) -> list[AgreementRecord]:
        """Every agreement kept for the plan, oldest first (a case file takes them all)."""
        query = Agreement.select(
            *[f for f in Agreement._meta.sorted_fields if f.name not in ("pdf", "scan")]
        ).where(Agreement.plan == plan_id).order_by(Agreement.id)
        return [self._agreement_record(row) for row in query]

    def latest_agreement(self, plan_id: int, lang: str | None = None) -> AgreementRecord | None:
        query = Agreement.select().where(Agreement.plan == plan_id)
        if lang:
            query = query.where(Agreement.lang == lang)
        row = query.order_by(Agreement.id.desc()).first()
        return self._agreement_record(row) if row else None

    # -- the parts --------------------------------------------------------------------

    def _plan_row(self, plan_id: int) -> Plan:
        row = Plan.get_or_none(Plan.id == plan_id)
        if row is None:
            raise UserError("No installment plan {plan}", plan=plan_id)
        return row

    def _installment_debits(self, plan_id: int) -> set[int]:
        return {
            r.debit_id
            for r in PlanInstallment.select(PlanInstallment.debit).where(
                PlanInstallment.plan == plan_id
            )
        }

    def _running_installment_debits(self, customer_id: int) -> set[int]:
        return {
            r.debit_id
            for r in PlanInstallment.select(PlanInstallment.debit)
            .join(Plan)
            .where((Plan.customer == customer_id) & (Plan.status == "active"))
        }

    def _check(self, plan: PlanInput) -> _Checked:
        customer = self.shop.customers.get(plan.customer_id)
        today = clock.today()
        plan_date = plan.plan_date or today
        if not isinstance(plan.grace_days, int) or not 0 <= plan.grace_days <= MAX_GRACE_DAYS:
            raise InvalidField(
                "Grace days must be between 0 and {limit}",
                input_field="grace_days",
                limit=MAX_GRACE_DAYS,
            )
        items = self._covered(plan)
        debt = sum((i.open_amount for i in items), ZERO)
        terms = Terms(
            debt=debt,
            plan_date=plan_date,
            first_due=plan.first_due,
            count=plan.count,
            amount_each=plan.amount_each,
            frequency=Frequency(plan.frequency),
            down_payment=plan.down_payment,
            annual_rate=_rate(plan.annual_rate),
        )
        schedule = build_schedule(terms, today=today)
        cheques = self._check_cheques(plan, schedule)
        number, version = self._number(plan)
        return _Checked(
            input=plan,
            customer=customer,
            plan_date=plan_date,
            items=tuple(items),
            debt=debt,
            schedule=schedule,
            cheques=cheques,
            guarantor=_guarantor(plan.guarantor),
            place=clean_text(plan.place, "Place", max_len=100),
            number=number,
            version=version,
        )

    def _covered(self, plan: PlanInput) -> list[ItemRecord]:
        if plan.replaces is not None:
            old = self._plan_row(plan.replaces)
            if old.customer_id != plan.customer_id:
                raise UserError("That plan is another customer's")
            if old.status == "cancelled":
                raise LedgerRuleViolation("Plan {number} is cancelled", number=old.number)
            theirs = self._installment_debits(old.id)
            items = [
                i for i in self.shop.payments.payable_items(plan.customer_id) if i.id in theirs
            ]
            if not items:
                raise InvalidField("Plan {number} has nothing left to pay",
                                   input_field="items", number=old.number)
            return items
        coverable = self.coverable_items(plan.customer_id)
        if plan.item_ids:
            by_id = {i.id: i for i in coverable}
            missing = [i for i in plan.item_ids if i not in by_id]
            if missing:
                raise InvalidField("A chosen item is no longer open", input_field="items")
            items = [by_id[i] for i in dict.fromkeys(plan.item_ids)]
        else:
            items = [i for i in coverable if not i.disputed]
        if not items:
            raise InvalidField("There is no open debt to spread", input_field="items")
        return items

    def _check_cheques(self, plan: PlanInput, schedule: Schedule) -> tuple[PlanCheque, ...]:
        expected = {line.n: line.amount for line in schedule.lines}
        if plan.down_payment > ZERO:
            expected[0] = plan.down_payment
        seen_rows: set[int] = set()
        seen_paper: set[tuple[str, str, str, str]] = set()
        result = []
        for given in plan.cheques:
            n = given.installment
            if n not in expected:
                raise InvalidField("Cheque {row}: the plan has no installment {row}",
                                   input_field="cheques", row=n)
            if n in seen_rows:
                raise InvalidField("Installment {row} has two cheques",
                                   input_field="cheques", row=n)
            seen_rows.add(n)
            cheque = clean_cheque(given.cheque, row=n)
            if cheque.amount != expected[n]:
                raise InvalidField(
                    "Cheque {row}: the amount {amount} does not match the installment "
                    "({expected})",
                    input_field="cheques",
                    row=n,
                    amount=cheque.amount,
                    expected=expected[n],
                )
            paper = (cheque.bank, cheque.branch, cheque.account, cheque.number)
            if paper in seen_paper or on_record(*paper):
                raise DuplicateRecord(
                    "Cheque {number} of account {account} is already recorded",
                    number=cheque.number,
                    account=cheque.account,
                )
            seen_paper.add(paper)
            result.append(PlanCheque(n, cheque))
        return tuple(sorted(result, key=lambda c: c.installment))

    def _number(self, plan: PlanInput) -> tuple[str, int]:
        """The plan's number and the version of its terms. A new plan is numbered by the
        row it will get; a new version keeps the number of the plan it replaces."""
        if plan.replaces is not None:
            old = self._plan_row(plan.replaces)
            latest = (
                Plan.select(Plan.version)
                .where(Plan.number == old.number)
                .order_by(Plan.version.desc())
                .first()
            )
            return old.number, (latest.version if latest else old.version) + 1
        (last,) = self._execute("SELECT COALESCE(MAX(id), 0) FROM plan").fetchone()
        return str(int(last) + 1), 1

    def _write(self, checked: _Checked) -> int:
        plan = checked.input
        now = clock.now_text()
        customer_id = checked.customer.id
        restructure = Credit.create(
            customer=customer_id,
            kind="restructure",
            date=checked.plan_date,
            amount=to_minor(checked.debt),
            number=_label(checked.number, checked.version),
            created_at=now,
        )
        ledger.write_allocations(
            restructure.id, [Applied(i.id, i.open_amount) for i in checked.items]
        )
        guarantor = checked.guarantor
        row = Plan.create(
            id=int(checked.number) if checked.version == 1 else None,
            customer=customer_id,
            number=checked.number,
            version=checked.version,
            plan_date=checked.plan_date,
            first_due=plan.first_due,
            frequency=str(plan.frequency),
            annual_rate=str(_rate(plan.annual_rate)),
            grace_days=plan.grace_days,
            debt=to_minor(checked.debt),
            down_payment=to_minor(plan.down_payment),
            restructure=restructure.id,
            guarantor_name=guarantor.name if guarantor else "",
            guarantor_id_number=guarantor.id_number if guarantor else "",
            guarantor_address=guarantor.address if guarantor else "",
            guarantor_phones=guarantor.phones if guarantor else "",
            guarantor_max=(
                to_minor(guarantor.max_liability)
                if guarantor and guarantor.max_liability is not None
                else None
            ),
            place=checked.place,
            replaces=plan.replaces,
            created_at=now,
        )
        debits: dict[int, tuple[int, int]] = {}
        for n, due, amount, principal, interest in _lines(checked.schedule,
                                                          checked.plan_date):
            debit = Debit.create(
                customer=customer_id,
                kind="installment",
                number=installment_number(checked.number, checked.version, n),
                issue_date=checked.plan_date,
                due_date=due,
                amount=to_minor(amount),
                created_at=now,
            )
            inst = PlanInstallment.create(
                plan=row.id, n=n, debit=debit.id, principal=to_minor(principal),
                interest=to_minor(interest), agreed_due=due,
            )
            debits[n] = (debit.id, inst.id)
        for given in checked.cheques:
            self._write_cheque(customer_id, given.cheque, *debits[given.installment], now)
        if plan.replaces is not None:
            Plan.update(
                status="cancelled",
                cancelled_on=clock.today(),
                cancel_reason=f"replaced by version {checked.version}",
            ).where(Plan.id == plan.replaces).execute()
        # Credit the customer had left over goes onto the installments, as onto any new
        # debit; this also refreshes the cached balance.
        ledger.settle(customer_id)
        return int(row.id)

    def _write_cheque(
        self, customer_id: int, cheque: ChequeInput, debit_id: int, installment_id: int,
        now: str,
    ) -> None:
        """The cheque handed over for an installment: written by the register's one
        writer, paying that installment (its amount was checked to match)."""
        write_cheque(customer_id, cheque, picked=[debit_id], installment_id=installment_id,
                     now=now)

    def _keep(
        self, plan_id: int, version: int, pdf: bytes, lang: str, signed: str,
        signed_at: str | None,
    ) -> int:
        if not pdf.startswith(b"%PDF"):
            raise UserError("That is not a PDF document")
        if lang not in ("he", "ar", "en"):
            raise UserError("Unknown language “{lang}”", lang=lang)
        row = Agreement.create(
            plan=plan_id,
            version=version,
            lang=lang,
            created_at=clock.now_text(),
            sha256=hashlib.sha256(pdf).hexdigest(),
            pdf=pdf,
            signed=signed,
            signed_at=(signed_at or clock.now_text()) if signed else None,
        )
        return int(row.id)

    def _record(self, row: Plan, day: date) -> PlanRecord:
        customer = self.shop.customers.get(row.customer_id)
        on_day = {
            r.id: r
            for r in ledger_read.customer_items(
                self._execute, row.customer_id, day, open_only=False, include_void=False
            )
        }
        cheque_rows = list(
            Cheque.select(Cheque, PlanInstallment.n)
            .join(PlanInstallment)
            .where(PlanInstallment.plan == row.id)
            .order_by(PlanInstallment.n, Cheque.id)
        )
        cheques = {
            c.installment.n: _cheque_record(c, row.id, c.installment.n)
            for c in cheque_rows
            if c.status in _LIVE_CHEQUE
        }
        waived = _waived(row)
        installments = []
        for inst in (
            PlanInstallment.select(PlanInstallment, Debit)
            .join(Debit)
            .where(PlanInstallment.plan == row.id)
            .order_by(PlanInstallment.n)
        ):
            debit = inst.debit
            item = on_day.get(debit.id)
            amount = from_minor(debit.amount)
            open_amount = from_minor(item.open_minor) if item else amount
            late = (day - debit.due_date).days if open_amount > ZERO else 0
            given_up = waived.get(debit.id, ZERO)
            if open_amount <= ZERO:
                status = "paid"
            elif late > 0:
                status = "late"
            elif open_amount < amount - given_up:
                status = "partly_paid"
            else:
                status = "due"
            installments.append(
                InstallmentRecord(
                    n=inst.n,
                    debit_id=debit.id,
                    number=debit.number,
                    due_date=debit.due_date,
                    amount=amount,
                    principal=from_minor(inst.principal),
                    interest=from_minor(inst.interest),
                    paid=amount - open_amount - given_up,
                    open_amount=open_amount,
                    status=status,
                    days_late=max(late, 0),
                    cheque=cheques.get(inst.n),
                    agreed_due=inst.agreed_due,
                    waived=given_up,
                )
            )
        open_total = sum((i.open_amount for i in installments), ZERO)
        status = row.status
        if status != "cancelled" and open_total == ZERO:
            status = "completed"
        breachable = status == "active" and any(
            i.days_late > row.grace_days for i in installments
        )
        covered = tuple(
            d.number
            for d in Debit.select(Debit.number)
            .join(Allocation)
            .where(Allocation.credit == row.restructure_id)
            .order_by(Debit.due_date, Debit.id)
        )
        replaced_by = Plan.get_or_none(Plan.replaces == row.id)
        agreements = tuple(
            self._agreement_record(a)
            for a in Agreement.select(
                Agreement.id, Agreement.plan, Agreement.version, Agreement.lang,
                Agreement.created_at, Agreement.sha256, Agreement.signed,
                Agreement.signed_at, Agreement.scan_name,
            )
            .where(Agreement.plan == row.id)
            .order_by(Agreement.id)
        )
        guarantor = (
            Party(
                row.guarantor_name, row.guarantor_id_number, row.guarantor_address,
                row.guarantor_phones,
                from_minor(row.guarantor_max) if row.guarantor_max is not None else None,
            )
            if row.guarantor_name
            else None
        )
        debt = from_minor(row.debt)
        down = from_minor(row.down_payment)
        return PlanRecord(
            id=row.id,
            number=row.number,
            version=row.version,
            customer_id=row.customer_id,
            customer_code=customer.code,
            customer_name=customer.name,
            status=status,
            breachable=breachable,
            plan_date=row.plan_date,
            first_due=row.first_due,
            frequency=Frequency(row.frequency),
            annual_rate=Decimal(row.annual_rate),
            grace_days=row.grace_days,
            debt=debt,
            down_payment=down,
            principal=debt - down,
            total_interest=sum((i.interest for i in installments), ZERO),
            total_payable=sum((i.amount for i in installments), ZERO),
            paid=sum((i.paid for i in installments), ZERO),
            waived=sum((i.waived for i in installments), ZERO),
            open_amount=open_total,
            covered=covered,
            guarantor=guarantor,
            place=row.place,
            installments=tuple(installments),
            cheques=tuple(_cheque_record(c, row.id, c.installment.n) for c in cheque_rows),
            agreements=agreements,
            replaces=row.replaces_id,
            replaced_by=replaced_by.id if replaced_by else None,
            breached_on=row.breached_on,
            cancelled_on=row.cancelled_on,
            cancel_reason=row.cancel_reason,
        )

    def _agreement_record(self, row: Agreement) -> AgreementRecord:
        return AgreementRecord(
            id=row.id,
            plan_id=row.plan_id,
            version=row.version,
            lang=row.lang,
            created_at=row.created_at,
            sha256=row.sha256,
            signed=row.signed,
            signed_at=row.signed_at,
            scan_name=row.scan_name,
        )

    def _agreement(
        self,
        customer: CustomerRecord,
        lang: str,
        *,
        number: str,
        version: int,
        plan_date: date,
        covered: Sequence[OpenItemRow],
        debt: Decimal,
        down_payment: Decimal,
        annual_rate: Decimal,
        frequency: Frequency | str,
        rows: Sequence[ScheduleRow],
        grace_days: int,
        guarantor: Party | None,
        place: str,
        signatures: Sequence[SignatureMark],
    ) -> AgreementData:
        from arapp.core.plans.agreement_text import agreement_values
        from arapp.core.services.letter_drafts import Formats

        formats = Formats(lang, self.shop.settings.currency)
        drafts = self.shop.letter_drafts
        business = drafts.business()
        principal = debt - down_payment
        total_interest = sum((r.interest for r in rows), ZERO)
        total_payable = sum((r.amount for r in rows), ZERO)
        party = Party(customer.name, customer.id_number, customer.address, customer.phones)
        values = agreement_values(
            lang,
            business=business,
            customer=party,
            guarantor=guarantor,
            plan_number=_label(number, version),
            debt=debt,
            down_payment=down_payment,
            principal=principal,
            annual_rate=annual_rate,
            total_interest=total_interest,
            total_payable=total_payable,
            schedule=[r for r in rows if r.n > 0],
            frequency=str(frequency),
            grace_days=grace_days,
            place=place,
            today=plan_date,
            currency=formats.currency,
        )
        head = drafts.head(customer, AGREEMENT_TEMPLATE, formats, plan_date, values)
        return AgreementData(
            **head,
            plan_number=_label(number, version),
            version=version,
            customer=party,
            guarantor=guarantor,
            covered=tuple(covered),
            debt=debt,
            down_payment=down_payment,
            principal=principal,
            annual_rate=annual_rate,
            total_interest=total_interest,
            total_payable=total_payable,
            schedule=tuple(rows),
            grace_days=grace_days,
            place=place,
            signatures=tuple(signatures),
        )


# -- helpers ----------------------------------------------------------------------------


def _label(number: str, version: int) -> str:
    return number if version == 1 else f"{number}.{version}"


def _rate(value: object) -> Decimal:
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError, ValueError) as exc:
        raise InvalidField("{field} must be a number", input_field="annual_rate",
                           field="Annual interest rate") from exc
    if not rate.is_finite():
        raise InvalidField("{field} must be a number", input_field="annual_rate",
                           field="Annual interest rate")
    return rate.normalize() if rate == rate.to_integral_value() else rate


def _lines(schedule: Schedule, plan_date: date) -> list[tuple[int, date, Decimal, Decimal,
                                                             Decimal]]:
    """(n, due, amount, principal, interest) of each installment, the down payment as
    line 0 due on the plan date."""
    down = schedule.terms.down_payment
    lines = [(0, plan_date, down, down, ZERO)] if down > ZERO else []
    return lines + [(x.n, x.due, x.amount, x.principal, x.interest) for x in schedule.lines]


def _schedule_rows(
    schedule: Schedule, plan_date: date, cheques: Sequence[PlanCheque]
) -> tuple[ScheduleRow, ...]:
    by_n = {c.installment: c.cheque for c in cheques}
    return tuple(
        ScheduleRow(
            n, due, amount, principal, interest,
            by_n[n].number if n in by_n else "",
            bank_text(by_n[n]) if n in by_n else "",
        )
        for n, due, amount, principal, interest in _lines(schedule, plan_date)
    )


def _waived(plan: Plan) -> dict[int, Decimal]:
    """Per installment debit, the interest its acceleration waived (the plan's waiver
    credit note, numbered after the plan)."""
    if plan.breached_on is None:
        return {}
    rows = (
        Allocation.select(Allocation.debit, Allocation.amount)
        .join(Credit)
        .where((Credit.kind == "credit_note") & (Credit.customer == plan.customer_id)
               & (Credit.number == f"{_label(plan.number, plan.version)}-W")
               & Credit.voided_at.is_null())
    )
    return {r.debit_id: from_minor(r.amount) for r in rows}


def _cheque_record(row: Cheque, plan_id: int | None, n: int | None) -> ChequeRecord:
    return ChequeRecord(
        id=row.id,
        customer_id=row.customer_id,
        bank=row.bank,
        branch=row.branch,
        account=row.account,
        number=row.number,
        amount=from_minor(row.amount),
        date=row.date,
        drawer_name=row.drawer_name,
        drawer_id=row.drawer_id,
        status=row.status,
        plan_id=plan_id,
        installment=n,
    )


def _guarantor(given: Party | None) -> Party | None:
    if given is None:
        return None
    name = clean_text(given.name, "Guarantor's name", max_len=200)
    ident = given.id_number.strip()
    address = clean_text(given.address, "Guarantor's address", max_len=300)
    phones = clean_text(given.phones, "Guarantor's phone", max_len=100)
    if not (name or ident or address or phones or given.max_liability is not None):
        return None
    if not name:
        raise InvalidField("{field} is required", input_field="guarantor_name",
                           field="Guarantor's name")
    padded = id_number.digits_of(ident) if ident else None
    if padded is None or not id_number.is_valid(padded):
        raise InvalidField(
            "The guarantor's ID number “{value}” is not valid",
            input_field="guarantor_id_number",
            value=ident,
        )
    limit = given.max_liability
    if limit is not None:
        positive_amount(limit, "Guarantor's maximum liability")
    return replace(given, name=name, id_number=padded, address=address, phones=phones)

