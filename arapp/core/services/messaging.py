"""Messages to a customer: a WhatsApp click-to-chat link, an SMS text, a letter by e-mail.

The short messages are drafted here and sent by the owner's phone or WhatsApp (the app
opens the system's handler); once it opened, :meth:`MessagingService.record_sent` logs
them. An e-mail is sent here through the owner's mail server and logged once the server
took it. Nothing is logged for a message that did not go (a refused link, a mail server
that refused).

§13B2: a ``reminder`` asks to pay, so it is a collection step. To a consumer it goes only
once each overdue item had the debt notice and the notice's wait is over — the one check
letters use (:meth:`LetterDraftService.check_debt_notice`). Before that it is refused
with the reason, and the owner may send the ``balance`` message instead (the balance for
information, like the statement of account, which is no collection step);
:meth:`MessagingService.allowed_kind` says which one fits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from arapp.core.collection.kinds import is_collection_letter, is_contact
from arapp.core.errors import DebtNoticeMissing, DebtNoticeWait, UserError
from arapp.core.letters.filenames import letter_file_name
from arapp.core.letters.kinds import KIND_CODES, letter_kind
from arapp.core.messages import email as mail
from arapp.core.messages.phone import mobile_of
from arapp.core.messages.texts import (
    MessageFacts,
    email_text,
    is_collection,
    message_text,
    sms_url,
    whatsapp_url,
)
from arapp.core.money import ZERO
from arapp.core.services.clock import now_text
from arapp.core.services.letter_drafts import Formats
from arapp.core.store.models import Interaction
from arapp.core.templates import fill, strip_isolates

if TYPE_CHECKING:
    from arapp.core.services import Shop
    from arapp.core.services.records import CustomerRecord, ItemRecord

_LETTER_CODES = frozenset(KIND_CODES)
#: How a short message goes: the interaction log's kind for it.
CHANNELS = ("whatsapp", "sms")
EMAIL = "email"
#: What the sample customer of the Settings preview owes.
SAMPLE_TOTAL = Decimal("1234.50")


@dataclass(frozen=True, slots=True)
class ShortMessage:
    """A WhatsApp or SMS message ready to open: its text, its link, what it is about."""

    customer_id: int
    channel: str
    kind: str
    lang: str
    on: date
    number: str  # international, digits only: 972521234567
    text: str
    url: str
    collection: bool
    item_ids: tuple[int, ...]


def log_message(
    customer_id: int,
    channel: str,
    *,
    collection: bool,
    note: str,
    document_id: int | None = None,
) -> int:
    """The interaction-log entry for a message the app sent or opened: the one place
    messages write to the log (call it inside the caller's transaction). A contact kind
    of the log (``whatsapp``, ``sms``, ``email``), outgoing, its outcome left unsaid (the
    owner logs the answer), marked as a collection step when it asked for payment
    (§13B2), and for an e-mail the letter it carried."""
    if not is_contact(channel):
        raise ValueError(f"{channel!r} is not a contact kind of the interaction log")
    at = now_text()
    entry = Interaction.create(
        customer=customer_id, at=at, kind=channel, note=note, direction="out",
        collection=collection, document=document_id,
        ref_kind="document" if document_id is not None else "", ref_id=document_id,
        created_at=at,
    )
    return int(entry.id)


def _reminder_pay_by(as_of: date) -> date:
    """The day a reminder asks payment by: the reminder letter's term from ``as_of``."""
    return as_of + timedelta(days=letter_kind("reminder").pay_within_days or 7)


class MessagingService:
    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    # -- short messages -----------------------------------------------------------------
    def whatsapp_link(
        self, customer_id: int, as_of: date, lang: str | None = None, kind: str = "reminder"
    ) -> ShortMessage:
        """The WhatsApp link for the customer's mobile number with the message text.
        ``UserError`` for a customer without a mobile number, nothing to write about, or a
        collection message §13B2 does not allow yet."""
        return self._short(customer_id, as_of, lang, kind, "whatsapp")

    def sms_text(
        self, customer_id: int, as_of: date, lang: str | None = None, kind: str = "reminder"
    ) -> ShortMessage:
        """The SMS text (and an ``sms:`` link) for the customer's mobile number."""
        return self._short(customer_id, as_of, lang, kind, "sms")

    def allowed_kind(self, customer_id: int, as_of: date) -> str:
        """``reminder`` when a reminder may go now, else ``balance`` (a consumer before
        the debt notice and its wait, or nothing overdue)."""
        customer = self.shop.customers.get(customer_id)
        overdue = self._overdue(customer, as_of)
        if not overdue:
            return "balance"
        try:
            self._check_law(customer, "reminder", overdue, as_of)
        except (DebtNoticeMissing, DebtNoticeWait):
            return "balance"
        return "reminder"

    def record_sent(self, message: ShortMessage) -> int:
        """Log a short message the system's handler opened. The §13B2 check runs again
        (a reminder drafted before a change must still be lawful), so a refused one logs
        nothing."""
        customer = self.shop.customers.get(message.customer_id)
        if message.collection:
            overdue = {i.id for i in self._overdue(customer, message.on)}
            ids = sorted(overdue | set(message.item_ids))
            self._check_law(customer, "reminder", ids, message.on)
        with self.shop.db.atomic():
            return log_message(
                message.customer_id, message.channel, collection=message.collection,
                note=strip_isolates(message.text),
            )

    def _short(
        self, customer_id: int, as_of: date, lang: str | None, kind: str, channel: str
    ) -> ShortMessage:
        collection = is_collection(kind)
        customer = self.shop.customers.get(customer_id)
        lang = lang or customer.language
        number = mobile_of(customer.phones)
        facts, item_ids = self._facts(customer, kind, lang, as_of)
        if collection:
            self._check_law(customer, kind, list(item_ids), as_of)
        text = message_text(kind, lang, facts, self.shop.settings.message_texts(lang))
        url = whatsapp_url(number, text) if channel == "whatsapp" else sms_url(number, text)
        return ShortMessage(customer_id, channel, kind, lang, as_of, number, text, url,
                            collection, item_ids)

    def _overdue(self, customer: CustomerRecord, as_of: date) -> list[ItemRecord]:
        items = self.shop.invoices.for_customer(customer.id, open_only=True, as_of=as_of)
        return [i for i in items if not i.disputed and i.due_date < as_of]

    def _check_law(
        self, customer: CustomerRecord, kind: str, items: list[ItemRecord] | list[int],
        on: date,
    ) -> None:
        if customer.kind != "consumer" or not is_collection(kind):
            return
        ids = [i if isinstance(i, int) else i.id for i in items]
        self.shop.letter_drafts.check_debt_notice(ids, on, message=True)

    def _facts(
        self, customer: CustomerRecord, kind: str, lang: str, as_of: date
    ) -> tuple[MessageFacts, tuple[int, ...]]:
        formats = Formats(lang, self.shop.settings.currency)
        business = self.shop.settings.business()
        if kind == "reminder":
            items = self._overdue(customer, as_of)
            if not items:
                raise UserError(
                    "Nothing of {name} is overdue on {day}; no reminder is needed",
                    name=customer.name, day=as_of,
                )
            total = sum((i.open_amount for i in items), ZERO)
            oldest = min(i.due_date for i in items)
            pay_by = _reminder_pay_by(as_of)
        else:
            items = []
            open_items = self.shop.invoices.for_customer(customer.id, open_only=True,
                                                        as_of=as_of)
            total = sum((i.open_amount for i in open_items), ZERO)
            if total <= ZERO:
                raise UserError("{name} owes nothing on {day}", name=customer.name, day=as_of)
            oldest = min(i.due_date for i in open_items)
            pay_by = oldest
        facts = MessageFacts(
            customer_name=customer.name,
            business_name=business.name,
            business_phone=business.phones,
            bank_details=business.bank_details,
            total=formats.money(total),
            oldest_due_date=formats.day(oldest),
            pay_by=formats.day(pay_by),
        )
        return facts, tuple(i.id for i in items)

    # -- e-mail -------------------------------------------------------------------------
    def send_email(
        self, customer_id: int, document_id: int, settings: mail.SmtpSettings | None = None
    ) -> int:
        """E-mail a kept letter (its exact PDF bytes) to the customer through the owner's
        mail server (``settings``, by default the ones in Settings), then log it. A
        ``UserError`` — no address, mail not set up, the server unreachable or refusing —
        logs nothing. Returns the log entry's id."""
        settings = settings or self.shop.settings.smtp()
        if not settings.configured:
            raise UserError("Set up the mail server in Settings › E-mail first")
        customer = self.shop.customers.get(customer_id)
        if not customer.email.strip():
            raise UserError("{name} has no e-mail address", name=customer.name)
        document = self.shop.letters.document(document_id)
        if document.customer_id != customer_id:
            raise UserError("That letter no longer exists")
        pdf = self.shop.letters.pdf(document_id)
        business = self.shop.settings.business()
        lang = document.lang
        formats = Formats(lang, self.shop.settings.currency)
        facts = MessageFacts(
            customer_name=customer.name, business_name=business.name,
            business_phone=business.phones, bank_details=business.bank_details,
            total=formats.money(document.amount),
        )
        title = self._title(document.kind, lang, customer.name, customer.code)
        subject, body = email_text(lang, facts, title, self.shop.settings.message_texts(lang))
        message = mail.build_email(
            settings.from_address, customer.email.strip(), subject, body, pdf,
            letter_file_name(document.letter_date, customer.code, document.kind),
        )
        mail.send(settings, message)
        with self.shop.db.atomic():
            return log_message(
                customer_id, EMAIL, collection=is_collection_letter(document.kind),
                note=f"{document.kind} ({lang}) → {customer.email.strip()}",
                document_id=document_id,
            )

    # -- the Settings preview -----------------------------------------------------------
    def sample_facts(
        self, lang: str, customer_name: str, as_of: date, bank_details: str | None = None
    ) -> tuple[MessageFacts, str]:
        """What a message to a sample customer is filled with, as :meth:`_facts` writes
        it (the shop's details, an amount and dates in ``lang``'s way), and the title of
        a reminder letter for the e-mail: the Settings › Messages preview. ``bank_details``
        stands in for the shop's own (empty: the phone line is shown)."""
        formats = Formats(lang, self.shop.settings.currency)
        business = self.shop.settings.business()
        facts = MessageFacts(
            customer_name=customer_name,
            business_name=business.name,
            business_phone=business.phones,
            bank_details=business.bank_details if bank_details is None else bank_details,
            total=formats.money(SAMPLE_TOTAL),
            oldest_due_date=formats.day(as_of - timedelta(days=30)),
            pay_by=formats.day(_reminder_pay_by(as_of)),
        )
        return facts, self._title("reminder", lang, customer_name, "C-1")

    def _title(self, kind: str, lang: str, name: str, code: str) -> str:
        """The letter's subject line as its template says, for the mail's subject."""
        template = kind if kind not in _LETTER_CODES else letter_kind(kind).template
        try:
            subject = self.shop.letters.template(template, lang).subject
        except UserError:
            return kind
        values = {"customer_name": name, "customer_code": code,
                  "business_name": self.shop.settings.business_name()}
        return " ".join(strip_isolates(fill(subject, values)).split())
