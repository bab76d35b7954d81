"""From the ledger to a :class:`LetterDraft`: which items a letter lists, how long it gives
to pay, what a settlement asks for, and the filled template. Everything a letter says is
decided here; ``arapp.documents`` only renders the result.

One small function per document: a letter about open items (a dunning letter lists the
overdue ones; a settlement offer every open one, with its discount from
:func:`settlement_amount`) and a statement of account (movements in a period), each
building its own data type on the shared head (:meth:`LetterDraftService.head`). They
read through the other services only; the letter-kinds table says which applies.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, TypedDict

from arapp.core.cheques import returned_cheque_of
from arapp.core.dunning import LetterDue, notice_wait_over, past_notice_window
from arapp.core.errors import (
    AllOverdueDisputed,
    CustomerHandedOver,
    DebtNoticeMissing,
    DebtNoticeWait,
    UserError,
)
from arapp.core.formatting import format_amount, format_date, format_number
from arapp.core.letters.data import (
    Business,
    LetterData,
    LetterDraft,
    OpenItemRow,
    Recipient,
    StatementData,
    StatementRow,
)
from arapp.core.letters.kinds import LetterKind, letter_kind
from arapp.core.money import ZERO, round_money
from arapp.core.services.records import CustomerRecord, ItemRecord
from arapp.core.services.statements import Movement
from arapp.core.templates import fill, fill_paragraphs, labels

if TYPE_CHECKING:
    from arapp.core.services import Shop

DEFAULT_DISCOUNT_PERCENT = Decimal("10")


@dataclass(frozen=True, slots=True)
class LetterOptions:
    letter_date: date
    item_ids: Sequence[int] | None = None  # None: every item the kind lists
    discount_percent: Decimal = DEFAULT_DISCOUNT_PERCENT
    #: A statement's period; by default from the first of the month a year back to the
    #: letter's date.
    period_start: date | None = None
    period_end: date | None = None
    #: Printed "by registered mail with delivery confirmation" at the top of the letter.
    registered_mail: bool = False


class Head(TypedDict):
    """The parts every document shares (the fields of ``DocumentData``)."""

    lang: str
    letter_date: date
    business: Business
    recipient: Recipient
    subject: str
    paragraphs: tuple[str, ...]
    labels: Mapping[str, str]
    currency: str


@dataclass(frozen=True, slots=True)
class Formats:
    """Amounts and dates as the letter's language writes them."""

    lang: str
    currency: str

    def money(self, value: Decimal) -> str:
        return format_amount(value, self.lang, self.currency)

    def day(self, value: date | None) -> str:
        return format_date(value, self.lang) if value else ""


class LetterDraftService:
    """Drafts letters; records nothing (``shop.letters.issue`` does, once printed)."""

    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    def draft(
        self,
        customer_id: int,
        kind: str,
        lang: str | None = None,
        letter_date: date | None = None,
        item_ids: Sequence[int] | None = None,
        discount_percent: Decimal = DEFAULT_DISCOUNT_PERCENT,
        period_start: date | None = None,
        period_end: date | None = None,
        registered_mail: bool | None = None,
    ) -> LetterDraft:
        """The letter of ``kind`` for the customer: ``lang`` defaults to the customer's
        letter language, ``letter_date`` to today, ``item_ids`` to every item the kind
        lists. Raises ``UserError`` for an unknown kind, nothing to write about, items no
        longer open or a discount outside (0, 100). ``period_start``/``period_end`` set
        a statement's period (default: see ``LetterOptions``). ``registered_mail``
        defaults to the kind's custom (a warning before legal action goes so)."""
        spec = letter_kind(kind)
        customer = self.shop.customers.get(customer_id)
        lang = lang or customer.language
        options = LetterOptions(
            letter_date=letter_date or date.today(),
            item_ids=item_ids,
            discount_percent=discount_percent,
            period_start=period_start,
            period_end=period_end,
            registered_mail=spec.legal_notice if registered_mail is None else registered_mail,
        )
        handed = customer.handed_over_on
        if handed is not None and handed <= options.letter_date and spec.code != "statement":
            raise CustomerHandedOver(customer.name, customer.handed_over_to, handed)
        formats = Formats(lang, self.shop.settings.currency)
        data: LetterData | StatementData
        if spec.listing == "statement":
            data = self._statement(customer, spec, formats, options)
            amount = data.closing_balance
            # A handover prints the statement for the case file, but it is the ladder's
            # step for the overdue items it hands over: without them it would mark no
            # step, and the ladder would ask for it again every week.
            listed: tuple[int, ...] = ()
            if spec.ladder_level:
                listed = tuple(i.id for i in self._listed_items(customer, spec, options))
        else:
            data, listed = self._items_letter(customer, spec, formats, options)
            amount = data.total
        if spec.waits_for_debt_notice and customer.kind == "consumer":
            self.check_debt_notice(listed, options.letter_date)
        late_notice: tuple[str, ...] = ()
        if spec.code == "debt_notice" and isinstance(data, LetterData):
            policy = self.shop.letters.policy
            late_notice = tuple(
                row.number for row in data.items
                if past_notice_window(row.due_date, options.letter_date, policy)
            )
        return LetterDraft(
            customer_id=customer_id,
            kind=spec.code,
            lang=lang,
            letter_date=options.letter_date,
            data=data,
            item_ids=listed,
            amount=amount,
            ladder_level=spec.code if spec.ladder_level else None,
            past_notice_window=late_notice,
        )

    def for_due(self, due: LetterDue, as_of: date) -> LetterDraft:
        """The letter the ladder asks for on ``as_of``, covering exactly its items."""
        return self.draft(due.customer_id, due.kind, letter_date=as_of, item_ids=due.item_ids)

    def check_debt_notice(self, item_ids: Sequence[int], day: date, message: bool = False) -> None:
        """§13B2, the one check for every collection step to a consumer however it is made
        (a letter by hand, the CLI, the batch, a message marked as collection): only once
        each item it is about had the debt notice, and only from the notice's wait (14
        days) after it. Raises ``DebtNoticeMissing`` / ``DebtNoticeWait`` (worded for a
        message when ``message``)."""
        letters = self.shop.letters
        policy = letters.policy
        notices = letters.debt_notices(item_ids, day)
        missing = [i for i in item_ids if i not in notices]
        if missing:
            raise DebtNoticeMissing(
                ", ".join(self.shop.invoices.get(i).number for i in missing), message=message
            )
        if not notices:
            return
        last = max(notices.values())
        if not notice_wait_over(last, day, policy):
            wait = policy.notice_wait()
            raise DebtNoticeWait(wait.days, last, last + wait, message=message)

    # -- the parts --------------------------------------------------------------------

    def business(self) -> Business:
        b = self.shop.settings.business()
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
            pay_app_number=b.pay_app_number,
            card_phone=b.card_phone,
            opening_hours=b.opening_hours,
        )

    @staticmethod
    def recipient(customer: CustomerRecord) -> Recipient:
        """The customer as a document's addressee block (and running header) shows them."""
        return Recipient(
            customer.name, customer.code, customer.address, customer.phones,
            customer.id_number,
        )

    def head(
        self,
        customer: CustomerRecord,
        template_kind: str,
        formats: Formats,
        today: date,
        values: Mapping[str, str],
    ) -> Head:
        """Letterhead, addressee, date, and the template filled with ``values`` (plus the
        placeholders every letter has)."""
        business = self.business()
        filled = {
            "customer_name": customer.name,
            "customer_code": customer.code,
            "business_name": business.name,
            "business_phone": business.phones,
            "business_address": " ".join(business.address.split()),
            "business_email": business.email,
            "owner_name": business.owner_name,
            "today": formats.day(today),
            **values,
        }
        template = self.shop.letters.template(template_kind, formats.lang)
        return Head(
            lang=formats.lang,
            letter_date=today,
            business=business,
            recipient=self.recipient(customer),
            subject=fill(template.subject, filled),
            paragraphs=fill_paragraphs(template.body, filled),
            labels=labels(formats.lang),
            currency=formats.currency,
        )

    def _listed_items(
        self, customer: CustomerRecord, spec: LetterKind, options: LetterOptions
    ) -> list[ItemRecord]:
        """The items asked for; else the undisputed overdue ones, or for a settlement
        offer every undisputed open one."""
        # Open on the letter's day: a cheque dated later has not paid anything yet.
        open_items = self.shop.invoices.for_customer(
            customer.id, open_only=True, as_of=options.letter_date
        )
        if options.item_ids is not None:
            wanted = set(options.item_ids)
            chosen = [i for i in open_items if i.id in wanted]
            if len(chosen) != len(wanted):
                raise UserError("Some of the items for this letter are no longer open")
            return chosen
        undisputed = [i for i in open_items if not i.disputed]
        if spec.listing == "open":
            return undisputed
        day = options.letter_date
        late = [i for i in undisputed if i.due_date < day]
        if not late:
            disputed = sum(
                (i.open_amount for i in open_items if i.disputed and i.due_date < day), ZERO
            )
            if disputed > ZERO:
                # There is a debt; "nothing is overdue" would be false (issue #17, 6).
                raise AllOverdueDisputed(customer.name, format_number(disputed, "en"), day)
            raise UserError(
                "Nothing of {name} is overdue on {day}; no letter is needed",
                name=customer.name,
                day=day,
            )
        return late

    def _items_letter(
        self,
        customer: CustomerRecord,
        spec: LetterKind,
        formats: Formats,
        options: LetterOptions,
    ) -> tuple[LetterData, tuple[int, ...]]:
        """A letter about open items (and the ids of those items): the table, the total,
        the pay-by date, and for a settlement offer the discounted amount."""
        items = self._listed_items(customer, spec, options)
        if not items:
            raise UserError("{name} has nothing open to write about", name=customer.name)
        today = options.letter_date
        total = sum((i.open_amount for i in items), ZERO)
        assert spec.pay_within_days is not None, spec
        pay_by = today + timedelta(days=spec.pay_within_days)
        oldest = min(i.due_date for i in items)
        notice = self.shop.letters.last_letter_date(customer.id, "debt_notice")
        values = {
            "total": formats.money(total),
            "item_count": str(len(items)),
            "oldest_due_date": formats.day(oldest),
            "max_days_late": str(max(0, (today - oldest).days)),
            "pay_by": formats.day(pay_by),
            "pay_within_days": str(spec.pay_within_days),
            "debt_notice_date": formats.day(notice),
            **self._legal_values(customer, items, total, formats, today),
        }
        if spec.listing == "open":
            values.update(_settlement_values(total, options.discount_percent, pay_by, formats))
        rows = tuple(
            OpenItemRow(
                i.number, i.issue_date, i.due_date, (today - i.due_date).days, i.amount,
                i.open_amount, i.description,
            )
            for i in items
        )
        words = labels(formats.lang)
        sent_as = [words["without_prejudice"]] if spec.legal_notice else []
        if options.registered_mail:
            sent_as.insert(0, words["registered_mail_heading"])
        data = LetterData(
            **self.head(customer, spec.template, formats, today, values),
            extra={
                "reference": f"{customer.code}/{today:%Y%m%d}",
                "sent_as": "\n".join(sent_as),
            },
            kind=spec.template,
            items=rows,
            total=total,
            pay_by=pay_by,
            settlement_amount=(
                settlement_amount(total, options.discount_percent)
                if spec.listing == "open" else None
            ),
        )
        return data, tuple(i.id for i in items)

    def _legal_values(
        self,
        customer: CustomerRecord,
        items: Sequence[ItemRecord],
        total: Decimal,
        formats: Formats,
        today: date,
    ) -> dict[str, str]:
        """The sentences a real collection letter carries, each empty when it does not
        apply (a paragraph of empty ones drops out): the earlier letters about these
        items, the basis for interest, the Execution Office route where the amount
        allows it, and the ways to contact the business to dispute the debt."""
        words = labels(formats.lang)
        earlier = self.shop.letters.earlier_letter_dates([i.id for i in items], today)
        dates = ", ".join(formats.day(d) for d in earlier)
        terms = self.shop.settings.letter_terms()
        rate = terms.late_interest_rate
        business = self.shop.settings.business()
        ways = [
            words[key].replace("{value}", value)
            for key, value in (
                ("contact_phone", business.phones),
                ("contact_post", " ".join(business.address.split())),
                ("contact_email", business.email),
            )
            if value.strip()
        ]
        contact = (
            words["comma"].join(ways[:-1]) + words["or"] + ways[-1] if len(ways) > 1
            else "".join(ways)
        )
        return {
            "earlier_letters": (
                words["earlier_letter" if len(earlier) == 1 else "earlier_letters"]
                .replace("{dates}", dates) if earlier else ""
            ),
            "interest_basis": (
                words["interest_by_law"] if rate is None
                else words["interest_agreed"].replace("{rate}", format_number(rate, formats.lang))
            ),
            "execution_office": (
                words["execution_office"].replace(
                    "{cap}", formats.money(terms.execution_office_cap)
                )
                if terms.allows_execution_office(total) else ""
            ),
            "contact_ways": contact,
        }

    def _statement(
        self,
        customer: CustomerRecord,
        spec: LetterKind,
        formats: Formats,
        options: LetterOptions,
    ) -> StatementData:
        """Every movement from the period's start (by default the first of the month a
        year back) to its end (the letter's date), with a running balance."""
        end = options.period_end or options.letter_date
        start = options.period_start or date(end.year - 1, end.month, 1)
        st = self.shop.statements.statement(customer.id, start, end)
        words = labels(formats.lang)
        applied = words.get("applied_to", "{items}")
        fee = words.get("returned_cheque_fee", "{cheque}")

        def described(m: Movement) -> str:
            if m.applied_to:
                return applied.replace("{items}", ", ".join(m.applied_to))
            cheque = returned_cheque_of(m.kind, m.reference)
            return fee.replace("{cheque}", cheque) if cheque is not None else m.description

        rows = tuple(
            StatementRow(
                m.date,
                m.kind,
                m.reference,
                described(m),
                m.debit,
                m.credit,
                m.balance,
            )
            for m in st.movements
        )
        values = {
            "period_start": formats.day(start),
            "period_end": formats.day(end),
            "opening_balance": formats.money(st.opening_balance),
            "closing_balance": formats.money(st.closing_balance),
            "total": formats.money(st.closing_balance),
        }
        return StatementData(
            **self.head(customer, spec.template, formats, options.letter_date, values),
            movements=rows,
            period_start=start,
            period_end=end,
            opening_balance=st.opening_balance,
            closing_balance=st.closing_balance,
        )


def settlement_amount(total: Decimal, discount_percent: Decimal) -> Decimal:
    """What a settlement offer asks for: ``total`` less the discount, rounded half up to
    the agora (the one rounding point of an offer). Raises ``UserError`` unless the
    discount is strictly between 0 and 100 percent."""
    if not ZERO < discount_percent < Decimal("100"):
        raise UserError("The discount must be between 0 and 100 percent")
    return round_money(total * (Decimal(100) - discount_percent) / Decimal(100))


def _settlement_values(
    total: Decimal, percent: Decimal, deadline: date, formats: Formats
) -> dict[str, str]:
    settle = settlement_amount(total, percent)
    return {
        "settlement_amount": formats.money(settle),
        "discount_amount": formats.money(total - settle),
        "discount_percent": f"{percent.normalize():f}",
        "settlement_deadline": formats.day(deadline),
    }
