"""User-entered text is cleaned once, here, before it is stored or printed."""

from __future__ import annotations

import re

#: Bidi embedding/override/isolate controls and marks. A customer name holding these could
#: reorder a whole printed line, so they never enter the ledger or a document.
BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def strip_bidi_controls(text: str) -> str:
    return BIDI_CONTROLS.sub("", text)
