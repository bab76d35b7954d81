"""What the interaction log hands to the UI and the CLI: plain frozen values with money as
``Decimal`` (see :mod:`arapp.core.services.records`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from arapp.core.collection.kinds import is_contact
from arapp.core.collection.promises import PromiseState


@dataclass(frozen=True, slots=True)
class InteractionInput:
    """A contact the owner logs: a call, an SMS, a visit, a note… Codes are those of
    :mod:`arapp.core.collection.kinds`; ``""`` leaves a choice unsaid. A promise to pay
    needs both its amount and its date (the outcome is then "promised")."""

    kind: str
    direction: str = ""
    outcome: str = ""
    reason: str = ""
    note: str = ""
    promise_amount: Decimal | None = None
    promise_date: date | None = None
    follow_up_date: date | None = None
    #: When the contact happened; None: now. A correction keeps the entry's time unless
    #: it gives another.
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One entry of a customer's timeline: a contact the owner logged or an event a
    service wrote (``ref_kind``/``ref_id`` name the record behind it)."""

    id: int
    customer_id: int
    kind: str
    at: datetime
    direction: str
    outcome: str
    reason: str
    note: str
    promise_amount: Decimal | None
    promise_date: date | None
    follow_up_date: date | None
    document_id: int | None
    #: The entry this one corrects (None: not a correction).
    corrects_id: int | None
    #: A collection step in the sense of §13B2 (a reminder, a warning…).
    collection: bool
    ref_kind: str
    ref_id: int | None
    created_at: str | None
    #: The correction that replaced this entry (None: it stands).
    superseded_by: int | None = None

    @property
    def superseded(self) -> bool:
        return self.superseded_by is not None

    @property
    def automatic(self) -> bool:
        """Written by a service, not logged by the owner (so not corrected by hand)."""
        return not is_contact(self.kind)

    @property
    def day(self) -> date:
        return self.at.date()


@dataclass(frozen=True, slots=True)
class PromiseStatus:
    """A promise to pay and how it stands on a day (:mod:`arapp.core.collection.promises`)."""

    entry_id: int
    customer_id: int
    customer_code: str
    customer_name: str
    made_on: date
    amount: Decimal
    promise_date: date
    deadline: date
    paid: Decimal
    state: PromiseState


@dataclass(frozen=True, slots=True)
class FollowUpDue:
    """A follow-up date that has come and that no later contact has answered."""

    entry_id: int
    customer_id: int
    customer_code: str
    customer_name: str
    follow_up_date: date
    kind: str
    note: str
    at: datetime
