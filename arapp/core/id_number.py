"""Israeli identity and company numbers: the check digit, in one place. Pure.

An Israeli ID number (ת.ז.), company number (ח.פ.) or association number (ע.ר.) has nine
digits, the last a check digit: multiply the digits alternately by 1 and 2, add the
digits of each product, and the total must be a multiple of 10. Short numbers are the
same numbers without their leading zeros (older IDs are often written that way, and Excel
drops the zeros), so they are padded to nine before checking.

The demo's generator, the import and the customer service all use these functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

LENGTH = 9
# What people type between digit groups ("513 456 789", "51-345678-9").
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—.]")


def check_digit(body: Sequence[int]) -> int:
    """The digit that completes the eight digits ``body`` to a valid nine-digit number."""
    if len(body) != LENGTH - 1:
        raise ValueError(f"a check digit completes {LENGTH - 1} digits, not {len(body)}")
    return (10 - _weighted_sum(body) % 10) % 10


def _weighted_sum(digits: Sequence[int]) -> int:
    total = 0
    for i, digit in enumerate(digits):
        product = digit * (1 if i % 2 == 0 else 2)
        total += product // 10 + product % 10
    return total


def digits_of(text: str) -> str | None:
    """``text`` without spaces, dashes and dots, padded to nine digits; ``None`` when what
    is left is not one to nine ASCII digits."""
    compact = _SEPARATORS.sub("", text)
    if not (compact.isascii() and compact.isdigit() and 1 <= len(compact) <= LENGTH):
        return None
    return compact.zfill(LENGTH)


def is_valid(number: str) -> bool:
    """Whether nine digits ``number`` pass the check digit (all zeros do not)."""
    if len(number) != LENGTH or not (number.isascii() and number.isdigit()):
        return False
    digits = [int(c) for c in number]
    return any(digits) and _weighted_sum(digits) % 10 == 0
