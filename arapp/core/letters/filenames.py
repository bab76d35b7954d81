"""File names for letters, safe on every system the shop may run on.

A customer code is whatever the owner's books use, and import accepts anything: ``A/17``
would be a folder on Linux and ``C:17`` a drive on Windows. A code made only of letters,
digits, ``-`` and ``_`` is used as it is; any other code has its other characters replaced
by ``_`` and a short fingerprint of the real code appended, so ``A/17`` and ``A_17`` still
get different files.
"""

from __future__ import annotations

import hashlib
from datetime import date

#: Longest stretch of a code kept in a name (file systems allow 255 bytes a name, and a
#: Hebrew letter takes two in UTF-8).
_MAX_CODE = 60


def _is_safe(ch: str) -> bool:
    return ch.isalnum() or ch in "-_"


def safe_code(code: str) -> str:
    """``code`` as a piece of a file name: unchanged when it is already safe (and not too
    long), else cleaned and marked with 8 hex digits of its SHA-256."""
    if code and len(code) <= _MAX_CODE and all(_is_safe(ch) for ch in code):
        return code
    cleaned = "".join(ch if _is_safe(ch) else "_" for ch in code)[:_MAX_CODE].strip("_")
    digest = hashlib.sha256(code.encode("utf-8")).hexdigest()[:8]
    return f"{cleaned}-{digest}" if cleaned else digest


def letter_file_name(as_of: date, code: str, kind: str) -> str:
    """The name of one letter of a batch, e.g. ``2026-06-30-C042-reminder.pdf``."""
    return f"{as_of.isoformat()}-{safe_code(code)}-{kind}.pdf"


def combined_file_name(as_of: date) -> str:
    """The one print-ready file of a batch, e.g. ``2026-06-30-letters.pdf``."""
    return f"{as_of.isoformat()}-letters.pdf"
