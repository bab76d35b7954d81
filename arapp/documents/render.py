"""The one entry point from data to PDF bytes: each kind of document data goes to the
module that draws it (a handover's statement arrives here as a ``StatementData``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from arapp.core.letters.data import (
    AgreementData,
    DepositListData,
    DocumentData,
    InteractionLogData,
    LetterData,
    PaymentConfirmationData,
    StatementData,
)
from arapp.documents.agreement import render_agreement
from arapp.documents.confirmation import render_confirmation
from arapp.documents.deposit_list import render_deposit_list
from arapp.documents.interaction_log import render_interaction_log
from arapp.documents.letter import render_letter
from arapp.documents.statement import render_statement

_RENDERERS: dict[type[DocumentData], Callable[[Any], bytes]] = {
    LetterData: render_letter,
    StatementData: render_statement,
    PaymentConfirmationData: render_confirmation,
    AgreementData: render_agreement,
    DepositListData: render_deposit_list,
    InteractionLogData: render_interaction_log,
}


def render_document(data: DocumentData) -> bytes:
    """A4 PDF bytes for ``data``; the same data always gives the same bytes. A
    ``TypeError`` for data of a kind no module draws (a programming error)."""
    render = _RENDERERS.get(type(data))
    if render is None:
        raise TypeError(f"no renderer for {type(data).__name__}")
    return render(data)
