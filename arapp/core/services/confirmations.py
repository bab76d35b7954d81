"""A payment confirmation from a recorded payment: who paid, how much, how, which
invoices it paid and the balance after it. What it says is decided here; the documents
layer renders the :class:`PaymentConfirmationData`; ``shop.letters.issue`` keeps the
printed bytes like any letter's.

A confirmation is not a tax invoice or receipt (חשבונית מס / קבלה): those are the shop's
bookkeeping software's, numbered by its rules. The page says so in its own words
(``not_a_tax_receipt`` in ``labels.toml``), so an owner cannot hand it over as one.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from arapp.core.errors import UserError
from arapp.core.letters.data import LetterDraft, PaidItemRow, PaymentConfirmationData
from arapp.core.letters.kinds import PAYMENT_CONFIRMATION
from arapp.core.money import ZERO, from_minor
from arapp.core.services import clock, ledger_read
from arapp.core.services.letter_drafts import Formats
from arapp.core.templates import labels

if TYPE_CHECKING:
    from arapp.core.services import Shop

#: Its wording file under ``resources/templates/<lang>/`` and the kind it is recorded as.
KIND = PAYMENT_CONFIRMATION


class ConfirmationService:
    """Drafts payment confirmations; records nothing (``shop.letters.issue`` does, once
    printed or saved)."""

    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    def payment_confirmation(
        self, credit_id: int, lang: str | None = None, letter_date: date | None = None
    ) -> LetterDraft:
        """The confirmation of payment ``credit_id``: ``lang`` defaults to the customer's
        letter language, ``letter_date`` (the date printed on it) to today. Its table
        lists each item the payment paid, how much of it, and what was still open on it
        at the end of the payment's day; the balance after is the customer's balance at
        the end of that day (:func:`ledger_read.balance`). Raises ``UserError`` for a
        payment that does not exist, is void, or is a credit note."""
        payment = self.shop.payments.get(credit_id)
        if payment.kind != "payment":
            raise UserError("A credit note has no payment confirmation")
        if payment.voided:
            raise UserError("That payment is void; it has no confirmation")
        customer = self.shop.customers.get(payment.customer_id)
        lang = lang or customer.language
        today = letter_date or clock.today()
        formats = Formats(lang, self.shop.settings.currency)
        words = labels(lang)
        execute = self.shop.db.execute_sql
        on_the_day = {
            row.id: row
            for row in ledger_read.customer_items(
                execute, customer.id, payment.date, open_only=False, include_void=True
            )
        }
        rows = tuple(
            PaidItemRow(
                number=a.item_number,
                issue_date=on_the_day[a.item_id].issue_date,
                due_date=on_the_day[a.item_id].due_date,
                amount=from_minor(on_the_day[a.item_id].amount_minor),
                paid=a.amount,
                open_after=from_minor(on_the_day[a.item_id].open_minor),
            )
            for a in payment.applied
        )
        balance_after = from_minor(ledger_read.balance(execute, customer.id, payment.date))
        method = words.get(f"method_{payment.method}", payment.method)
        values = {
            "payment_amount": formats.money(payment.amount),
            "payment_date": formats.day(payment.date),
            "payment_method": method,
            "payment_reference": payment.reference,
            "balance_after": formats.money(balance_after),
        }
        data = PaymentConfirmationData(
            **self.shop.letter_drafts.head(customer, KIND, formats, today, values),
            payment_date=payment.date,
            amount=payment.amount,
            method=method,
            reference=payment.reference,
            items=rows,
            unapplied=payment.amount - sum((r.paid for r in rows), ZERO),
            balance_after=balance_after,
            notice=words.get("not_a_tax_receipt", ""),
        )
        return LetterDraft(
            customer_id=customer.id,
            kind=KIND,
            lang=lang,
            letter_date=today,
            data=data,
            item_ids=(),
            amount=payment.amount,
            ladder_level=None,
        )
