"""The timestamp every record carries (``created_at``, ``voided_at``): local time to the
second, ISO 8601, as the owner's clock shows it."""

from __future__ import annotations

from datetime import datetime


def now_text() -> str:
    return datetime.now().isoformat(timespec="seconds")
