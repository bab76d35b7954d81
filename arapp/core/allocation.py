"""Which open items a credit pays, and how much of each. Pure: no database.

Rule (DESIGN, ledger rules): the items the owner picks first, in the order picked; then
oldest-due first — earliest due date, then earliest issue date, then lowest number. What
is left over is unapplied credit. A picked item that is no longer open (another payment
paid it) takes nothing and the money goes on oldest-due first: an owner's old spreadsheet,
or a second counter, may name an invoice that is already paid, and that is no reason to
refuse the money (issue #17). Whether a picked id is the customer's own, undeleted item
is the caller's check; here it is only "open or not".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from arapp.core.money import ZERO


@dataclass(frozen=True, slots=True)
class OpenItem:
    """An item that can receive money. ``open_amount`` > 0."""

    id: int
    number: str
    issue_date: date
    due_date: date
    open_amount: Decimal


@dataclass(frozen=True, slots=True)
class Allocation:
    item_id: int
    amount: Decimal


_DIGITS = re.compile(r"(\d+)")


def number_key(number: str) -> tuple[tuple[int, int | str], ...]:
    """Natural sort key so that invoice 999 comes before invoice 1000."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in _DIGITS.split(number)
        if part
    )


def oldest_due_key(item: OpenItem) -> tuple[date, date, tuple[tuple[int, int | str], ...], int]:
    return (item.due_date, item.issue_date, number_key(item.number), item.id)


def oldest_due_first(items: Iterable[OpenItem]) -> list[OpenItem]:
    return sorted(items, key=oldest_due_key)


def allocate(
    amount: Decimal, items: Sequence[OpenItem], picked: Sequence[int] = ()
) -> tuple[list[Allocation], Decimal]:
    """Spread ``amount`` over ``items``: ``picked`` item ids first, in that order, then the
    rest oldest-due first. A picked id that is not among ``items`` (nothing is open on it)
    takes nothing. Returns the allocations (each > 0, never more than an item's open
    amount) and the unapplied remainder (>= 0)."""
    if amount < ZERO:
        raise ValueError("cannot allocate a negative amount")
    by_id = {item.id: item for item in items}
    order: list[OpenItem] = []
    seen: set[int] = set()
    for item_id in picked:
        if item_id in by_id and item_id not in seen:
            order.append(by_id[item_id])
            seen.add(item_id)
    order.extend(item for item in oldest_due_first(items) if item.id not in seen)

    remaining = amount
    result: list[Allocation] = []
    for item in order:
        if remaining <= ZERO:
            break
        take = min(remaining, item.open_amount)
        if take > ZERO:
            result.append(Allocation(item.id, take))
            remaining -= take
    return result, remaining
