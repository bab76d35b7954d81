"""Which automatic backups to keep: the newest of each of the last ``keep_daily`` days
that have one, and beyond those the newest of each of the last ``keep_monthly`` months
(14 and 12 by default; a month with a daily backup kept needs no monthly one).
Pure: a list of (path, time) in, the paths to keep out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

KEEP_DAILY = 14
KEEP_MONTHLY = 12
#: A newest backup older than this many days is a warning the owner sees.
STALE_AFTER_DAYS = 7


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    """How many backups to keep, and an optional second folder (a USB stick, a synced
    folder) that gets a copy of each automatic backup."""

    keep_daily: int = KEEP_DAILY
    keep_monthly: int = KEEP_MONTHLY
    second_folder: str = ""


@dataclass(frozen=True, slots=True)
class BackupEntry:
    path: Path
    made: datetime


def to_keep(entries: Iterable[BackupEntry], policy: BackupPolicy) -> set[Path]:
    """The paths rotation keeps; every other entry may be removed."""
    newest_first = sorted(entries, key=lambda e: (e.made, e.path.name), reverse=True)
    by_day: dict[date, BackupEntry] = {}
    for entry in newest_first:
        by_day.setdefault(entry.made.date(), entry)
    kept_days = sorted(by_day, reverse=True)[: max(policy.keep_daily, 0)]
    keep = {by_day[day].path for day in kept_days}
    # A month that still has a daily backup needs no monthly one as well.
    covered = {(day.year, day.month) for day in kept_days}
    by_month: dict[tuple[int, int], BackupEntry] = {}
    for entry in newest_first:
        month = (entry.made.year, entry.made.month)
        if month not in covered:
            by_month.setdefault(month, entry)
    for month in sorted(by_month, reverse=True)[: max(policy.keep_monthly, 0)]:
        keep.add(by_month[month].path)
    return keep
