"""User-entered text is cleaned once, here, before it is stored or printed."""

from __future__ import annotations

import re

#: Bidi marks, embeddings, overrides and isolates: LRM, RLM, ALM, LRE, RLE, PDF, LRO, RLO,
#: LRI, RLI, FSI, PDI. A customer name holding these could reorder a whole printed line,
#: so they never enter the ledger or a document.
BIDI_CONTROL_CHARS = (
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
BIDI_CONTROLS = re.compile(f"[{BIDI_CONTROL_CHARS}]")


def strip_bidi_controls(text: str) -> str:
    return BIDI_CONTROLS.sub("", text)
