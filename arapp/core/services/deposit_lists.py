"""The printable deposit list (issue #19): the cheque deposits of some days — which
cheques went to which of the shop's bank accounts on which day, with totals — as a
:class:`DepositListData` the documents layer renders. Reads the register through
``shop.cheques``; writes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from arapp.core.errors import UserError
from arapp.core.letters.data import DepositChequeRow, DepositDay, DepositListData, Recipient
from arapp.core.services import clock
from arapp.core.services.cheque_writer import bank_text
from arapp.core.services.validation import real_date
from arapp.core.store.models import ChequeDeposit
from arapp.core.templates import labels

if TYPE_CHECKING:
    from arapp.core.services import Shop

LANGS = ("he", "ar", "en")


class DepositListService:
    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    def deposit_ids(self, start: date, end: date) -> list[int]:
        """The deposit batches made from ``start`` to ``end`` (inclusive), oldest first."""
        start = real_date(start, "Date")
        end = real_date(end, "Date")
        if end < start:
            raise UserError("The period ends before it starts")
        return [
            int(d.id) for d in ChequeDeposit.select(ChequeDeposit.id)
            .where(ChequeDeposit.date.between(start, end))
            .order_by(ChequeDeposit.date, ChequeDeposit.id)
        ]

    def document(self, deposit_ids: Sequence[int], lang: str,
                 on: date | None = None) -> DepositListData:
        """The list of ``deposit_ids`` (grouped by deposit day, then batch) in ``lang``,
        dated ``on`` (today). Refuses an empty choice or an unknown deposit."""
        if lang not in LANGS:
            raise UserError("Unknown language “{lang}”", lang=lang)
        if not deposit_ids:
            raise UserError("No cheques were deposited in that period")
        batches = [self.shop.cheques.deposit_list(i) for i in dict.fromkeys(deposit_ids)]
        batches.sort(key=lambda b: (b.date, b.id))
        names = {c.customer_id for b in batches for g in b.groups for c in g.cheques}
        customers = {cid: self.shop.customers.get(cid) for cid in names}
        words = labels(lang)
        deposits = tuple(
            DepositDay(
                date=batch.date,
                bank_account=batch.bank_account,
                cheques=tuple(
                    DepositChequeRow(
                        number=c.number,
                        bank=bank_text(c),
                        cheque_date=c.date,
                        drawer=c.drawer_name or customers[c.customer_id].name,
                        customer=f"{customers[c.customer_id].name} ({c.customer_code})",
                        amount=c.amount,
                    )
                    for group in batch.groups for c in group.cheques
                ),
            )
            for batch in batches
        )
        return DepositListData(
            lang=lang,
            letter_date=on or clock.today(),
            business=self.shop.letter_drafts.business(),
            recipient=Recipient("", ""),
            subject=words["letter_deposit_list"],
            paragraphs=(),
            labels=words,
            currency=self.shop.settings.currency,
            deposits=deposits,
        )
