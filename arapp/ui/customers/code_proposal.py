"""A code for a new customer, proposed so the owner need not invent one.

Stand-in until the core offers ``CustomerService.propose_code()``: it reads through
existing service calls only (the last code in code order, then ``by_code`` to skip a
taken one). The customer form already prefers the core's where the tree has it; once the
core's is merged, this module and its use in :mod:`arapp.ui.customers.customer_dialog` go.
"""

from __future__ import annotations

import re

from arapp.core.errors import CustomerNotFound
from arapp.core.services import Shop
from arapp.core.services.customer_search import CustomerQuery

_TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")
#: How many candidates to try past a taken one before giving up (codes typed by hand
#: can sit anywhere; the owner then types one).
_TRIES = 50


def next_code(last: str, fallback: int) -> str:
    """The code after ``last``: its trailing number plus one, same width and prefix
    ("C000199" → "C000200"); ``str(fallback)`` when ``last`` ends in no number."""
    match = _TRAILING_NUMBER.match(last.strip())
    if match is None:
        return str(fallback)
    prefix, digits = match.groups()
    return f"{prefix}{int(digits) + 1:0{len(digits)}d}"


def _taken(shop: Shop, code: str) -> bool:
    try:
        shop.customers.by_code(code)
    except CustomerNotFound:
        return False
    return True


def propose_code(shop: Shop) -> str:
    """A code no customer has yet, following the shop's own numbering; "" if none found."""
    rows, total = shop.customers.first_page(CustomerQuery(sort="code", descending=True), limit=1)
    candidate = next_code(rows[0].code if rows else "", total + 1)
    for _ in range(_TRIES):
        if not _taken(shop, candidate):
            return candidate
        candidate = next_code(candidate, total + 2)
    return ""
