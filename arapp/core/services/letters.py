"""Letters in the ledger: editable templates, the dunning ladder's view of the shop, and
every produced letter kept as its exact PDF bytes (SHA-256) and logged."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from peewee import SqliteDatabase, fn

from arapp.core.collection.kinds import LETTER, is_collection_letter
from arapp.core.dunning import (
    NEUTRAL_KIND,
    LadderCustomer,
    LadderItem,
    LadderPolicy,
    LetterDue,
)
from arapp.core.dunning import letters_due as ladder_letters_due
from arapp.core.dunning import next_step as ladder_next_step
from arapp.core.errors import UserError
from arapp.core.letters.data import LetterDraft
from arapp.core.money import from_minor, to_minor
from arapp.core.services import ledger_read
from arapp.core.services.clock import now_text
from arapp.core.services.interactions import record_event
from arapp.core.services.validation import clean_text, real_date
from arapp.core.store.models import (
    Customer,
    Document,
    DunningStep,
    LetterTemplate,
)
from arapp.core.templates import TemplateText, check_template, default_template


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    id: int
    customer_id: int
    kind: str
    lang: str
    letter_date: date
    created_at: str
    sha256: str
    amount: Decimal
    registered_mail_number: str
    delivered_on: date | None
    #: When the letter was last printed / saved as a file (``now_text`` form); None when
    #: it never was, or was kept before the shop recorded it (schema v6).
    printed_at: str | None = None
    saved_at: str | None = None


#: How a letter left the shop: ``issue(..., how=...)`` and ``mark_delivered``.
PRINTED = "printed"
SAVED = "saved"
DELIVERY_WAYS = (PRINTED, SAVED)


def _check_how(how: str | None) -> None:
    if how is not None and how not in DELIVERY_WAYS:
        raise ValueError(f"a letter is printed or saved, not {how!r}")


def _document_record(d: Document) -> DocumentRecord:
    return DocumentRecord(
        id=d.id,
        customer_id=d.customer_id,
        kind=d.kind,
        lang=d.lang,
        letter_date=d.letter_date,
        created_at=d.created_at,
        sha256=d.sha256,
        amount=from_minor(d.amount),
        registered_mail_number=d.registered_mail_number,
        delivered_on=d.delivered_on,
        printed_at=d.printed_at,
        saved_at=d.saved_at,
    )


class LetterService:
    def __init__(self, db: SqliteDatabase, policy: LadderPolicy | None = None) -> None:
        self.db = db
        self._policy = policy

    @property
    def policy(self) -> LadderPolicy:
        """The ladder as the owner set it in Settings (or the one given, for tests)."""
        if self._policy is not None:
            return self._policy
        from arapp.core.services.settings import SettingsService

        return SettingsService(self.db).ladder()

    # -- templates --------------------------------------------------------------------
    def template(self, kind: str, lang: str) -> TemplateText:
        """The owner's edited wording if any, else the default."""
        row = LetterTemplate.get_or_none(
            (LetterTemplate.kind == kind) & (LetterTemplate.lang == lang)
        )
        if row is not None:
            return TemplateText(row.subject, row.body)
        return default_template(kind, lang)

    def is_edited(self, kind: str, lang: str) -> bool:
        query = LetterTemplate.select().where(
            (LetterTemplate.kind == kind) & (LetterTemplate.lang == lang)
        )
        return bool(query.exists())

    def save_template(self, kind: str, lang: str, text: TemplateText) -> None:
        default_template(kind, lang)  # refuses unknown kinds and languages
        check_template(text)
        with self.db.atomic():
            LetterTemplate.insert(
                kind=kind, lang=lang, subject=text.subject.strip(), body=text.body.strip(),
                updated_at=now_text(),
            ).on_conflict_replace().execute()

    def reset_template(self, kind: str, lang: str) -> None:
        with self.db.atomic():
            LetterTemplate.delete().where(
                (LetterTemplate.kind == kind) & (LetterTemplate.lang == lang)
            ).execute()

    # -- the ladder -------------------------------------------------------------------
    def ladder_input(
        self, as_of: date, customer_id: int | None = None
    ) -> list[LadderCustomer]:
        """The ladder's view of the shop on ``as_of``: each customer with the items that
        have entered the ladder (7 days late), or — for one ``customer_id`` — with every
        item past due, for :meth:`next_step`."""
        late_days = self.policy.entry_days() if customer_id is None else 1
        cut = date.fromordinal(as_of.toordinal() - late_days)
        items: dict[int, list[tuple[int, str, date, Decimal, bool]]] = defaultdict(list)
        rows = sorted(  # oldest due first, as ledger_read.open_items (ISO dates sort)
            ledger_read.open_item_rows(self.db.execute_sql, as_of, customer_id, due_by=cut),
            key=lambda r: (r[4], r[3], r[1]))
        for cid, item_id, number, _issued, due, disputed, open_minor in rows:
            items[cid].append((item_id, number, date.fromisoformat(due),
                               from_minor(open_minor), bool(disputed)))
        if not items:
            return []
        steps: dict[int, dict[str, date]] = defaultdict(dict)
        handed_over: set[int] = set()
        one = "" if customer_id is None else " AND d.customer_id = :c"
        for cid, item_id, level, on in self.db.execute_sql(
            "SELECT d.customer_id, s.debit_id, s.level, s.date FROM dunning_step s"
            f" JOIN debit d ON d.id = s.debit_id WHERE s.date <= :d{one}",
            {"d": as_of.isoformat(), "c": customer_id},
        ):
            steps[item_id][level] = date.fromisoformat(on)
            if level == "handover":
                handed_over.add(cid)
        promises = {
            cid: date.fromisoformat(on)
            for cid, on in self.db.execute_sql(
                "SELECT customer_id, MAX(promise_date) FROM interaction p"
                " WHERE promise_date IS NOT NULL AND date(at) <= ? AND NOT EXISTS"
                " (SELECT 1 FROM interaction x WHERE x.customer_id = p.customer_id"
                " AND x.corrects_id = p.id) GROUP BY customer_id",  # a corrected one is gone
                (as_of.isoformat(),),
            )
        }
        # Each customer with late items and their last payment, one index seek each
        # (credit_customer): grouping every payment of the shop took seconds on 100,000
        # customers.
        customers: dict[int, _LadderPerson] = {}
        last_payment: dict[int, date] = {}
        for cid, code, kind, handed_on, paid_on in self.db.execute_sql(
            "SELECT c.id, c.code, c.kind, c.handed_over_on, (SELECT MAX(p.date) FROM credit p"
            " WHERE p.customer_id = c.id AND p.kind = 'payment' AND p.voided_at IS NULL"
            " AND p.date <= :d) FROM json_each(:ids) j JOIN customer c ON c.id = j.value",
            {"d": as_of.isoformat(), "ids": json.dumps(list(items))},
        ):
            customers[cid] = _LadderPerson(
                code, kind == "consumer",
                handed_on is not None and date.fromisoformat(handed_on) <= as_of)
            if paid_on is not None:
                last_payment[cid] = date.fromisoformat(paid_on)
        # Handed over to a lawyer or an agency by hand (shop.customers.hand_over), or by
        # the ladder's own handover step: either way letters stop.
        handed_over.update(cid for cid, c in customers.items() if c.handed_over)
        sheltered = _sheltered_by_plans(self.db.execute_sql, as_of, customer_id)
        return [
            LadderCustomer(
                customer_id=cid,
                code=customers[cid].code,
                consumer=customers[cid].consumer,
                items=[
                    LadderItem(i, n, due, amount, disputed, i in sheltered, steps.get(i, {}))
                    for i, n, due, amount, disputed in rows
                ],
                last_payment=last_payment.get(cid),
                promise_until=promises.get(cid),
                handed_over=cid in handed_over,
            )
            for cid, rows in items.items()
        ]

    def letters_due(self, as_of: date) -> list[LetterDue]:
        return ladder_letters_due(self.ladder_input(as_of), as_of, self.policy)

    def next_step(self, customer_id: int, as_of: date) -> str:
        """The letter kind to propose when the owner makes a letter for the customer on
        ``as_of`` (Ctrl+L): the next step of the ladder for that customer — for a
        consumer without a debt notice the §13B2 notice, the statement when nothing may
        or need be collected by letter. The rule: :func:`arapp.core.dunning.next_step`.
        Always one of the kinds made by hand."""
        if Customer.get_or_none(Customer.id == customer_id) is None:
            raise UserError("That customer no longer exists")
        found = self.ladder_input(as_of, customer_id)
        if not found:
            return NEUTRAL_KIND
        return ladder_next_step(found[0], as_of, self.policy)

    # -- produced letters -------------------------------------------------------------
    def record(
        self,
        customer_id: int,
        kind: str,
        lang: str,
        letter_date: date,
        pdf: bytes,
        amount: Decimal,
        item_ids: Sequence[int] = (),
        ladder_level: str | None = None,
        how: str | None = None,
    ) -> int:
        """Keep a produced letter: its exact bytes and hash, an entry in the customer's
        interaction log, and the ladder step for each item it covers (a level already
        taken for an item stays as it was). ``how`` (:data:`PRINTED` or :data:`SAVED`)
        says how it left the shop."""
        _check_how(how)
        letter_date = real_date(letter_date, "Letter date")
        digest = hashlib.sha256(pdf).hexdigest()
        with self.db.atomic():
            at = now_text()
            document = Document.create(
                customer=customer_id, kind=kind, lang=lang, created_at=at,
                letter_date=letter_date, sha256=digest, pdf=pdf, amount=to_minor(amount),
                printed_at=at if how == PRINTED else None,
                saved_at=at if how == SAVED else None,
            )
            record_event(
                customer_id, LETTER, "document", document.id, f"{kind} ({lang})",
                collection=is_collection_letter(kind), outcome=kind, document_id=document.id,
            )
            if ladder_level is not None:
                for item_id in item_ids:
                    DunningStep.insert(
                        debit=item_id, level=ladder_level, date=letter_date, document=document.id
                    ).on_conflict_ignore().execute()
        return int(document.id)

    def issue(self, draft: LetterDraft, pdf: bytes, how: str | None = None) -> int:
        """Record a drafted letter as printed or saved (``how``: :data:`PRINTED` or
        :data:`SAVED`): ``pdf`` is the exact rendering of ``draft.data`` that left the
        shop. Returns the document id."""
        return self.issue_all([(draft, pdf)], how=how)[0]

    def issue_all(
        self, letters: Sequence[tuple[LetterDraft, bytes]], how: str | None = None
    ) -> list[int]:
        """Record many letters in one transaction: all of them or none (a batch)."""
        _check_how(how)
        for _draft, pdf in letters:
            if not pdf.startswith(b"%PDF"):
                raise ValueError("a letter is recorded with the PDF bytes it was printed as")
        with self.db.atomic():
            return [
                self.record(
                    customer_id=draft.customer_id,
                    kind=draft.kind,
                    lang=draft.lang,
                    letter_date=draft.letter_date,
                    pdf=pdf,
                    amount=draft.amount,
                    item_ids=draft.item_ids,
                    ladder_level=draft.ladder_level,
                    how=how,
                )
                for draft, pdf in letters
            ]

    def documents_for(self, customer_id: int) -> list[DocumentRecord]:
        query = (
            Document.select(*[f for f in Document._meta.sorted_fields if f.name != "pdf"])
            .where(Document.customer == customer_id)
            .order_by(Document.created_at.desc(), Document.id.desc())
        )
        return [_document_record(d) for d in query]

    def document(self, document_id: int) -> DocumentRecord:
        d = Document.get_or_none(Document.id == document_id)
        if d is None:
            raise UserError("That letter no longer exists")
        return _document_record(d)

    def pdf(self, document_id: int) -> bytes:
        """The exact bytes that were printed, checked against their stored hash."""
        d = Document.get_or_none(Document.id == document_id)
        if d is None:
            raise UserError("That letter no longer exists")
        data = bytes(d.pdf)
        if hashlib.sha256(data).hexdigest() != d.sha256:
            raise UserError("The stored letter does not match its fingerprint (SHA-256)")
        return data

    def mark_delivered(
        self, document_ids: int | Sequence[int], how: str
    ) -> list[DocumentRecord]:
        """Note that kept letters were printed or saved (again) now: the second action on
        a letter just made, a reprint or a save from the customer's file, or the batch's
        combined file printed. The letter's bytes do not change."""
        _check_how(how)
        ids = [document_ids] if isinstance(document_ids, int) else list(document_ids)
        column = Document.printed_at if how == PRINTED else Document.saved_at
        with self.db.atomic():
            found = Document.select(Document.id).where(Document.id.in_(ids)).count()
            if found != len(set(ids)):
                raise UserError("That letter no longer exists")
            Document.update({column: now_text()}).where(Document.id.in_(ids)).execute()
        return [self.document(i) for i in ids]

    def set_registered_mail(
        self, document_id: int, number: str, delivered_on: date | None
    ) -> DocumentRecord:
        number = clean_text(number, "Registered-mail number", required=True, max_len=40)
        if delivered_on is not None:
            delivered_on = real_date(delivered_on, "Delivery date")
        with self.db.atomic():
            d = Document.get_or_none(Document.id == document_id)
            if d is None:
                raise UserError("That letter no longer exists")
            if delivered_on is not None and delivered_on < d.letter_date:
                raise UserError("The delivery date is before the letter's date")
            Document.update(registered_mail_number=number, delivered_on=delivered_on).where(
                Document.id == document_id
            ).execute()
        return self.document(document_id)

    def debt_notices(self, item_ids: Sequence[int], as_of: date) -> dict[int, date]:
        """The day of the §13B2 debt notice each of ``item_ids`` had on or before
        ``as_of`` (an item without one is not in the result)."""
        if not item_ids:
            return {}
        query = DunningStep.select(DunningStep.debit, DunningStep.date).where(
            DunningStep.debit.in_(list(item_ids))
            & (DunningStep.level == "debt_notice")
            & (DunningStep.date <= as_of)
        )
        return {int(row.debit_id): row.date for row in query}

    def earlier_letter_dates(self, item_ids: Sequence[int], before: date) -> list[date]:
        """The days letters of the ladder went out about any of ``item_ids`` before
        ``before``, oldest first (a warning cites them: "further to our letters of …")."""
        if not item_ids:
            return []
        query = (
            DunningStep.select(DunningStep.date)
            .where(DunningStep.debit.in_(list(item_ids)) & (DunningStep.date < before.isoformat()))
            .distinct()
            .order_by(DunningStep.date)
        )
        return [row.date for row in query]

    def last_letter_date(self, customer_id: int, kind: str) -> date | None:
        value = (
            Document.select(fn.MAX(Document.letter_date))
            .where((Document.customer == customer_id) & (Document.kind == kind))
            .scalar()
        )
        return date.fromisoformat(value) if isinstance(value, str) else value


class _LadderPerson(NamedTuple):
    code: str
    consumer: bool
    handed_over: bool  # by hand (shop.customers.hand_over) on or before the day


def _sheltered_by_plans(
    execute: ledger_read.Execute, as_of: date, customer_id: int | None
) -> set[int]:
    """Installments the ladder leaves alone on ``as_of``: those of a plan in good standing
    (running, and this one no more than the plan's grace days late), and any item a
    cheque in hand (dated later) will pay. A late installment past its grace enters the
    ladder like an invoice."""
    one = "" if customer_id is None else " AND p.customer_id = :c"
    params = {"d": as_of.isoformat(), "c": customer_id}
    sheltered = {
        debit_id
        for (debit_id,) in execute(
            "SELECT i.debit_id FROM plan_installment i JOIN plan p ON p.id = i.plan_id"
            " JOIN debit d ON d.id = i.debit_id WHERE p.status = 'active'"
            " AND julianday(:d) - julianday(d.due_date) <= p.grace_days" + one,
            params,
        )
    }
    mine = "" if customer_id is None else " AND q.customer_id = :c"
    sheltered.update(
        debit_id
        for (debit_id,) in execute(
            "SELECT a.debit_id FROM cheque q JOIN allocation a ON a.credit_id = q.credit_id"
            " WHERE q.status = 'in_hand' AND q.date > :d" + mine,
            params,
        )
    )
    return sheltered
