"""The collection workflow's pure rules (issue #20): the interaction log's kinds,
outcomes and reasons, promises to pay, credit control and the risk summary. Nothing here
touches the database; :mod:`arapp.core.services.interactions` and its neighbours do."""

from arapp.core.collection.kinds import (
    CONTACT_KINDS,
    DIRECTIONS,
    ENTRY_KINDS,
    EVENT_KINDS,
    OUTCOMES,
    REASONS,
    is_collection_letter,
    is_contact,
)
from arapp.core.collection.promises import (
    DEFAULT_GRACE_DAYS,
    PROMISE_STATES,
    PromiseProgress,
    PromiseState,
    promise_deadline,
    promise_progress,
    promise_state,
)

__all__ = [
    "CONTACT_KINDS",
    "DEFAULT_GRACE_DAYS",
    "DIRECTIONS",
    "ENTRY_KINDS",
    "EVENT_KINDS",
    "OUTCOMES",
    "PROMISE_STATES",
    "REASONS",
    "PromiseProgress",
    "PromiseState",
    "is_collection_letter",
    "is_contact",
    "promise_deadline",
    "promise_progress",
    "promise_state",
]
