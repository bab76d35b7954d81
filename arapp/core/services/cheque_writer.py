"""How a cheque is written: its payment in the ledger and its row and steps in the
register (issue #19). The one writer — the cheque service, the plan service and the
importer all write cheques through here. Callers hold the transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from arapp.core.allocation import allocate
from arapp.core.cheques import ChequeInput
from arapp.core.errors import DuplicateRecord, LedgerRuleViolation, UserError
from arapp.core.money import to_minor
from arapp.core.services import clock, ledger
from arapp.core.services.plan_records import ChequeRecord
from arapp.core.store.models import Allocation, Cheque, ChequeEvent, Credit


def bank_text(cheque: ChequeInput | ChequeRecord | Cheque) -> str:
    return f"{cheque.bank}/{cheque.branch}/{cheque.account}"


def write_cheque(
    customer_id: int,
    cheque: ChequeInput,
    *,
    picked: Sequence[int] = (),
    installment_id: int | None = None,
    now: str,
    note: str = "",
) -> tuple[int, Decimal]:
    """Record a cleaned cheque: its payment (dated with the cheque's date) applied to
    ``picked`` first, then oldest-due first; its register row and its "received" step.
    Returns the cheque's id and what is left over as credit on account. The caller
    refreshes the customer's balance (``ledger.settle`` or ``refresh_balance``)."""
    items = ledger.open_items(customer_id, include_disputed=False, picked=picked)
    minor = to_minor(cheque.amount)
    credit = Credit.create(
        customer=customer_id,
        kind="payment",
        date=cheque.date,
        amount=minor,
        method="check",
        reference=f"{cheque.number} ({bank_text(cheque)})",
        note=note,
        target_debit=picked[0] if picked else None,
        created_at=now,
    )
    allocations, left = allocate(cheque.amount, items, picked)
    ledger.write_allocations(credit.id, allocations)
    cheque_id = register_payment(customer_id, int(credit.id), cheque,
                                 installment_id=installment_id, now=now)
    return cheque_id, left


def register_payment(
    customer_id: int, credit_id: int, cheque: ChequeInput, *,
    installment_id: int | None = None, now: str, status: str = "in_hand",
    note: str = "",
) -> int:
    """The register row (and "received" step) of a cheque whose payment ``credit_id`` is
    already written and applied — :func:`write_cheque`'s, or an imported payment's. An
    imported cheque may come ``cleared`` (a payment of the past); the step says so."""
    minor = to_minor(cheque.amount)
    row = Cheque.create(
        customer=customer_id,
        credit=credit_id,
        bank=cheque.bank,
        branch=cheque.branch,
        account=cheque.account,
        number=cheque.number,
        amount=minor,
        date=cheque.date,
        drawer_name=cheque.drawer_name,
        drawer_id=cheque.drawer_id,
        endorser_name=cheque.endorser_name,
        endorser_id=cheque.endorser_id,
        endorsements=cheque.endorsements,
        installment=installment_id,
        status=status,
        status_date=None if status == "in_hand" else cheque.date,
        created_at=now,
    )
    _event(row.id, "received", clock.today(), amount=minor, items=_paid_items(credit_id),
           note=note)
    if status == "cleared":
        _event(row.id, "cleared", cheque.date, amount=minor, note=note)
    return int(row.id)


def mark_given_back(row: Cheque, on: date, note: str = "") -> None:
    """The paper cheque went back to the customer (its payment is voided by the caller)."""
    _event(row.id, "given_back", on, items=_paid_items(row.credit_id), note=note)
    Cheque.update(status="given_back", status_date=on).where(Cheque.id == row.id).execute()


def _event(
    cheque_id: int, kind: str, on: date, *, reason: str = "", amount: int = 0,
    deposit_id: int | None = None, items: Iterable[int] = (), note: str = "",
) -> None:
    ChequeEvent.create(
        cheque=cheque_id, kind=kind, date=on, reason=reason, amount=amount,
        deposit=deposit_id, items=",".join(str(i) for i in items), note=note,
        created_at=clock.now_text(),
    )


def _paid_items(credit_id: int) -> list[int]:
    return [
        a.debit_id
        for a in Allocation.select(Allocation.debit).where(Allocation.credit == credit_id)
        .order_by(Allocation.id)
    ]


def on_record(bank: str, branch: str, account: str, number: str) -> bool:
    return (
        Cheque.select()
        .where(
            (Cheque.bank == bank) & (Cheque.branch == branch) & (Cheque.account == account)
            & (Cheque.number == number) & Cheque.status.not_in(["given_back", "replaced"])
        )
        .exists()
    )


def _refuse_duplicate(cheque: ChequeInput) -> None:
    if on_record(cheque.bank, cheque.branch, cheque.account, cheque.number):
        raise DuplicateRecord(
            "Cheque {number} of account {account} is already recorded",
            number=cheque.number,
            account=cheque.account,
        )


def _not_now(row: Cheque) -> UserError:
    """The refusal for acting on a cheque whose state does not allow it."""
    if row.status == "returned":
        return LedgerRuleViolation("Cheque {number} was already returned", number=row.number)
    if row.status == "given_back":
        return LedgerRuleViolation("Cheque {number} was given back to the customer",
                                   number=row.number)
    if row.status == "replaced":
        return LedgerRuleViolation("Cheque {number} was replaced", number=row.number)
    if row.status == "cleared":
        return LedgerRuleViolation("Cheque {number} has already cleared", number=row.number)
    if row.status == "deposited":
        return LedgerRuleViolation("Cheque {number} is already deposited", number=row.number)
    return LedgerRuleViolation("Cheque {number} is still in hand: it was not deposited",
                               number=row.number)
