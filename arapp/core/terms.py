"""Payment terms: when an invoice falls due if nobody says otherwise."""

from __future__ import annotations

from datetime import date, timedelta


def default_due_date(issue_date: date, terms_days: int) -> date:
    """An invoice issued on ``issue_date`` to a customer with ``terms_days`` days of
    payment terms falls due that many days later (net terms, calendar days)."""
    return issue_date + timedelta(days=terms_days)
