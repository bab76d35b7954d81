"""The one entry point from data to PDF bytes: a letter's data goes to the document it
prints as (its ``kind`` is the letter kind's ``template``, so a handover arrives here as
a statement)."""

from __future__ import annotations

from collections.abc import Callable

from arapp.core.letters.data import LetterData
from arapp.documents.letter import render_letter
from arapp.documents.statement import render_statement

_RENDERERS: dict[str, Callable[[LetterData], bytes]] = {"statement": render_statement}


def render_document(data: LetterData) -> bytes:
    """A4 PDF bytes for ``data``; the same data always gives the same bytes."""
    return _RENDERERS.get(data.kind, render_letter)(data)
