"""A letter drafted with wording that is still being edited, for the live preview on the
Letters settings page.

The draft is the core's own (``LetterDraftService``: what the letter lists, its amounts,
its dates and the filled placeholders) for a real customer of the shop, rendered by
``arapp.documents``; only the template it reads is swapped for the text in the editor,
so the preview is the letter the owner will get once the wording is saved, and nothing
is saved to show it. Runs on a worker thread (:func:`arapp.ui.ops.query.run_query`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from arapp.core.errors import UserError
from arapp.core.letters.kinds import PAYMENT_CONFIRMATION
from arapp.core.plans.schedule import add_months
from arapp.core.services import Shop, clock
from arapp.core.services.confirmations import ConfirmationService
from arapp.core.services.customer_search import CustomerQuery
from arapp.core.services.letter_drafts import LetterDraftService
from arapp.core.services.plan_records import PlanInput
from arapp.core.services.plans import AGREEMENT_TEMPLATE, PlanService
from arapp.core.templates import TemplateText, check_template
from arapp.documents.render import render_document


class _EditedLetters:
    """``shop.letters`` with one template answered from the editor."""

    def __init__(self, letters: Any, kind: str, lang: str, text: TemplateText) -> None:
        self._letters = letters
        self._key = (kind, lang)
        self._text = text

    def template(self, kind: str, lang: str) -> TemplateText:
        if (kind, lang) == self._key:
            return self._text
        return self._letters.template(kind, lang)  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._letters, name)


class _PreviewShop:
    """The shop as the draft service sees it, with :class:`_EditedLetters` as its letters."""

    def __init__(self, shop: Shop, letters: _EditedLetters) -> None:
        self._shop = shop
        self.letters = letters
        self.letter_drafts: LetterDraftService | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._shop, name)


#: Customers tried, most days late first, before the preview gives up (a disputed
#: invoice, say, is not written about).
CANDIDATES = 20


class _PreviewDrafts(LetterDraftService):
    """Drafts for the preview only: it shows the wording and goes nowhere, so §13B2's
    order (a collection letter to a consumer only after the debt notice's wait) does not
    hide it in a shop whose debtors are all consumers."""

    def check_debt_notice(
        self, item_ids: Sequence[int], day: date, message: bool = False
    ) -> None:
        return None


def preview_pdf(shop: Shop, kind: str, lang: str, text: TemplateText) -> bytes | None:
    """PDF bytes of the ``kind`` letter in ``lang`` worded as ``text``, written to the
    customer most days late that the letter fits; None when none does (nobody owes
    anything). A ``UserError`` says why the wording itself cannot be used."""
    check_template(text)
    rows, _total = shop.customers.first_page(
        CustomerQuery(sort="days_late", descending=False, only_with_balance=True),
        limit=CANDIDATES,
    )
    edited = _PreviewShop(shop, _EditedLetters(shop.letters, kind, lang, text))
    drafts = _PreviewDrafts(edited)  # type: ignore[arg-type]
    edited.letter_drafts = drafts
    if kind == AGREEMENT_TEMPLATE:
        return _agreement_preview(edited, [row.id for row in rows], lang)
    if kind == PAYMENT_CONFIRMATION:
        return _confirmation_preview(edited, lang)
    for row in rows:
        try:
            draft = drafts.draft(row.id, kind, lang=lang)
        except UserError:
            continue  # nothing of this customer fits the letter today
        return render_document(draft.data)
    return None


def _agreement_preview(edited: _PreviewShop, customer_ids: list[int], lang: str) -> bytes | None:
    """An agreement of 12 monthly installments from next month for the first customer
    who owes something: a draft, nothing saved."""
    plans = PlanService(edited)  # type: ignore[arg-type]
    first_due = add_months(clock.today(), 1)
    for customer_id in customer_ids:
        try:
            draft = plans.draft(
                PlanInput(customer_id=customer_id, first_due=first_due, count=12), lang
            )
        except UserError:
            continue
        return render_document(draft.agreement)
    return None


def _confirmation_preview(edited: _PreviewShop, lang: str) -> bytes | None:
    """The confirmation of the shop's newest payment, if it has one."""
    payment_id = edited.payments.newest_payment_id()
    if payment_id is None:
        return None
    draft = ConfirmationService(edited).payment_confirmation(  # type: ignore[arg-type]
        payment_id, lang=lang
    )
    return render_document(draft.data)
