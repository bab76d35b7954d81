"""Installment plans in the ledger (``shop.plans``).

Creating a plan restructures the items it covers into installment debits in one
transaction: a credit of kind ``restructure`` dated the plan date closes the covered items
(so they no longer age on their own), and one installment debit per schedule line (plus
the down payment, due on the plan date) takes their place. The customer's balance grows
by the plan's interest and by nothing else. Payments pay installments like any item,
oldest-due first. A post-dated cheque handed over for an installment is a payment dated
with the date on the cheque, allocated to its installment.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from arapp.core.letters.data import SignatureMark
from arapp.core.services.plan_records import (
    AgreementRecord,
    Coverage,
    PlanDraft,
    PlanInput,
    PlanRecord,
)
from arapp.core.services.records import CreditRecord, ItemRecord

if TYPE_CHECKING:
    from arapp.core.services import Shop


class PlanService:
    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    def coverable_items(self, customer_id: int) -> list[ItemRecord]:
        """The items a plan can cover: every open item (disputed ones included, marked;
        a plan covers them only when picked), oldest-due first."""
        raise NotImplementedError

    def draft(
        self, plan: PlanInput, lang: str, signatures: Sequence[SignatureMark] = ()
    ) -> PlanDraft:
        """Check ``plan`` and compute its schedule and agreement data, writing nothing.
        An :class:`~arapp.core.errors.InvalidField` names the field at fault."""
        raise NotImplementedError

    def create(
        self,
        plan: PlanInput,
        *,
        agreement_pdf: bytes | None = None,
        agreement_lang: str = "",
        signed: str = "",
        signed_at: str | None = None,
    ) -> PlanRecord:
        """Save ``plan`` (checked again) in one transaction: the restructure, the
        installments, the cheques, and — when given — the agreement's exact PDF bytes as
        version 1 (or the next version of the plan it replaces)."""
        raise NotImplementedError

    def get(self, plan_id: int, as_of: date | None = None) -> PlanRecord:
        raise NotImplementedError

    def for_customer(self, customer_id: int, as_of: date | None = None) -> list[PlanRecord]:
        raise NotImplementedError

    def record_payment(
        self, plan_id: int, on: date, amount: Decimal, method: str = "cash",
        reference: str = "",
    ) -> CreditRecord:
        """A payment against the plan: its installments first, oldest-due first."""
        raise NotImplementedError

    def breach(self, plan_id: int, on: date | None = None) -> PlanRecord:
        """Invoke the acceleration clause (the owner has confirmed): every unpaid
        installment falls due on ``on``; interest of installments not yet due is waived.
        Refused unless the plan is breachable."""
        raise NotImplementedError

    def cancel(self, plan_id: int, reason: str) -> PlanRecord:
        """Drop the plan: its unpaid installments stay open as ordinary items with
        their own due dates, the balance unchanged to the agora."""
        raise NotImplementedError

    def coverage(self, customer_id: int | None = None, as_of: date | None = None) -> Coverage:
        """Debt, the part covered by cheques in hand, per customer or for the shop."""
        raise NotImplementedError

    def keep_agreement(
        self, plan_id: int, pdf: bytes, lang: str, *, signed: str,
        signed_at: str | None = None,
    ) -> AgreementRecord:
        """Keep an agreement PDF for a saved plan as a new version (never rewritten)."""
        raise NotImplementedError

    def mark_signed_on_paper(
        self, agreement_id: int, scan: bytes | None = None, scan_name: str = ""
    ) -> AgreementRecord:
        """The printed agreement came back signed on paper (optionally scanned)."""
        raise NotImplementedError

    def agreement_pdf(self, agreement_id: int) -> bytes:
        """The exact bytes kept: a reprint is byte-identical."""
        raise NotImplementedError

    def agreement_scan(self, agreement_id: int) -> tuple[bytes, str] | None:
        raise NotImplementedError
