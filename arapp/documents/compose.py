"""From the ledger to a :class:`LetterData`: which items a letter lists, the filled
template, the formatted values. Reads through services only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from arapp.core.dunning import LEVELS
from arapp.core.errors import UserError
from arapp.core.formatting import format_amount, format_date
from arapp.core.money import ZERO, round_money
from arapp.core.services import Shop
from arapp.core.services.records import CustomerRecord, ItemRecord
from arapp.core.templates import LETTER_KINDS, fill, fill_paragraphs, labels
from arapp.documents.data import Business, LetterData, OpenItemRow, Recipient, StatementRow

#: Days the letter gives to pay, per kind (the warning's 14 days are the ladder's).
PAY_WITHIN_DAYS = {
    "reminder": 7,
    "debt_notice": 14,
    "second": 7,
    "warning": 14,
    "settlement": 14,
}
#: What a ladder level prints as; a handover produces the statement of account that goes
#: into the case file.
DOCUMENT_FOR_LEVEL = {"handover": "statement"}
ALL_KINDS: tuple[str, ...] = (*LETTER_KINDS, "handover")


@dataclass(frozen=True, slots=True)
class LetterOptions:
    letter_date: date
    item_ids: Sequence[int] | None = None  # None: every open item that is late (or all)
    discount_percent: Decimal = Decimal("10")
    period_start: date | None = None
    period_end: date | None = None


def business_of(shop: Shop) -> Business:
    b = shop.settings.business()
    return Business(
        name=b.name,
        registration_number=b.registration_number,
        address=b.address,
        phones=b.phones,
        email=b.email,
        bank_details=b.bank_details,
        owner_name=b.owner_name,
        logo_png=b.logo_png,
        signature_png=b.signature_png,
    )


def _items(
    shop: Shop, customer: CustomerRecord, kind: str, options: LetterOptions
) -> list[ItemRecord]:
    """The items a letter lists: those asked for, else the undisputed overdue ones; a
    settlement offer covers everything still open."""
    open_items = shop.invoices.for_customer(customer.id, open_only=True)
    if options.item_ids is not None:
        wanted = set(options.item_ids)
        chosen = [i for i in open_items if i.id in wanted]
        if len(chosen) != len(wanted):
            raise UserError("Some of the items for this letter are no longer open")
        return chosen
    undisputed = [i for i in open_items if not i.disputed]
    if kind == "settlement":
        return undisputed
    late = [i for i in undisputed if i.due_date < options.letter_date]
    if not late:
        raise UserError(
            "Nothing of {name} is overdue on {day}; no letter is needed",
            name=customer.name,
            day=options.letter_date.isoformat(),
        )
    return late


def compose(
    shop: Shop, customer_id: int, kind: str, lang: str, options: LetterOptions
) -> tuple[LetterData, tuple[int, ...]]:
    """The letter's data and the ids of the open items it lists (none for a statement)."""
    if kind not in ALL_KINDS:
        raise UserError("Unknown letter kind “{kind}”", kind=kind)
    document_kind = DOCUMENT_FOR_LEVEL.get(kind, kind)
    customer = shop.customers.get(customer_id)
    currency = shop.settings.currency
    today = options.letter_date

    def money(value: Decimal) -> str:
        return format_amount(value, lang, currency)

    def day(value: date | None) -> str:
        return format_date(value, lang) if value else ""

    business = business_of(shop)
    values: dict[str, str] = {
        "customer_name": customer.name,
        "customer_code": customer.code,
        "business_name": business.name,
        "business_phone": business.phones,
        "owner_name": business.owner_name,
        "today": day(today),
    }
    rows: tuple[OpenItemRow, ...] = ()
    listed: tuple[int, ...] = ()
    statement_rows: tuple[StatementRow, ...] = ()
    total = ZERO
    pay_by: date | None = None
    opening = closing = ZERO
    start = end = None
    if document_kind == "statement":
        end = options.period_end or today
        start = options.period_start or date(end.year - 1, end.month, 1)
        st = shop.statements.statement(customer_id, start, end)
        words = labels(lang)
        statement_rows = tuple(
            StatementRow(
                m.date,
                m.kind,
                m.reference,
                words.get("applied_to", "{items}").replace("{items}", ", ".join(m.applied_to))
                if m.applied_to
                else m.description,
                m.debit,
                m.credit,
                m.balance,
            )
            for m in st.movements
        )
        opening, closing, total = st.opening_balance, st.closing_balance, st.closing_balance
        values.update(
            period_start=day(start),
            period_end=day(end),
            opening_balance=money(opening),
            closing_balance=money(closing),
            total=money(closing),
        )
    else:
        items = _items(shop, customer, document_kind, options)
        listed = tuple(i.id for i in items)
        if not items:
            raise UserError("{name} has nothing open to write about", name=customer.name)
        rows = tuple(
            OpenItemRow(
                i.number,
                i.issue_date,
                i.due_date,
                (today - i.due_date).days,
                i.amount,
                i.open_amount,
            )
            for i in items
        )
        total = sum((i.open_amount for i in items), ZERO)
        within = PAY_WITHIN_DAYS[document_kind]
        pay_by = today + timedelta(days=within)
        oldest = min(i.due_date for i in items)
        notice = shop.letters.last_letter_date(customer_id, "debt_notice")
        values.update(
            total=money(total),
            item_count=str(len(items)),
            oldest_due_date=day(oldest),
            max_days_late=str(max(0, (today - oldest).days)),
            pay_by=day(pay_by),
            pay_within_days=str(within),
            debt_notice_date=day(notice),
        )
        if document_kind == "settlement":
            percent = options.discount_percent
            if not ZERO < percent < Decimal("100"):
                raise UserError("The discount must be between 0 and 100 percent")
            settle_amount = round_money(total * (Decimal(100) - percent) / Decimal(100))
            values.update(
                settlement_amount=money(settle_amount),
                discount_amount=money(total - settle_amount),
                discount_percent=f"{percent.normalize():f}",
                settlement_deadline=day(pay_by),
            )
    template = shop.letters.template(document_kind, lang)
    data = LetterData(
        kind=document_kind,
        lang=lang,
        letter_date=today,
        business=business,
        recipient=Recipient(
            customer.name, customer.code, customer.address, customer.phones, customer.id_number
        ),
        subject=fill(template.subject, values),
        paragraphs=fill_paragraphs(template.body, values),
        labels=labels(lang),
        currency=currency,
        items=rows,
        total=total,
        pay_by=pay_by,
        statement_rows=statement_rows,
        period_start=start,
        period_end=end,
        opening_balance=opening,
        closing_balance=closing,
    )
    return data, listed


def is_ladder_level(kind: str) -> bool:
    return kind in LEVELS
