"""The shop's clock: the timestamp every record carries (``created_at``, ``voided_at``:
local time to the second, ISO 8601) and the day that "now" means for what is owed."""

from __future__ import annotations

from datetime import date, datetime


def now_text() -> str:
    return datetime.now().isoformat(timespec="seconds")


def now() -> datetime:
    """Local time now (when a backup is made and how old the newest one is)."""
    return datetime.now()


def today() -> date:
    """The owner's calendar day: balances, aging and letters are as of this day unless
    another is asked for."""
    return date.today()
