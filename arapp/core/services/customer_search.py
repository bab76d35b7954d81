"""Finding customers as the owner types, fast on a shop of 100,000.

Every typed word must match the folded search text (name, code, phone digits, ID):
three characters or more anywhere, through the trigram index; one or two characters at
the start of a word, through the prefix index (schema 3). Counting reads only an index.
A page of many matches walks the sort column's index and stops after one page; a page of
few matches sorts just those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from arapp.core.money import from_minor
from arapp.core.search import digits, fold
from arapp.core.services.records import CustomerRecord
from arapp.core.services.shop_info import Execute

#: Sort key → (ORDER BY, index that yields that order or None).
ORDERS: dict[tuple[str, bool], tuple[str, str | None]] = {
    ("name", False): ("name, id", "customer_name"),
    ("name", True): ("name DESC, id DESC", "customer_name"),
    ("code", False): ("code, id", "customer_code_order"),
    ("code", True): ("code DESC, id DESC", "customer_code_order"),
    ("balance", True): ("balance DESC, id DESC", "customer_balance"),
    ("balance", False): ("balance, id", "customer_balance"),
    # Most days late = earliest due first; customers with nothing open go last.
    ("days_late", False): ("oldest_due IS NULL, oldest_due, id", "customer_days_late"),
    ("days_late", True): ("oldest_due IS NULL, oldest_due DESC, id", None),
}
_HEBREW = "unicode(name) BETWEEN 1424 AND 1535 OR unicode(name) BETWEEN 64285 AND 64335"
_ARABIC = (
    "unicode(name) BETWEEN 1536 AND 1791 OR unicode(name) BETWEEN 1872 AND 1919"
    " OR unicode(name) BETWEEN 2208 AND 2303 OR unicode(name) BETWEEN 64336 AND 65023"
    " OR unicode(name) BETWEEN 65136 AND 65279"
)
#: Reader's language → (script rank expression, its index) for sorting by name: own
#: script first (schema 4 indexes these very expressions). Other languages: code point
#: order, which puts Latin first.
NAME_ORDER: dict[str, tuple[str, str]] = {
    "he": (f"(CASE WHEN {_HEBREW} THEN 0 WHEN {_ARABIC} THEN 1 ELSE 2 END)", "customer_name_he"),
    "ar": (f"(CASE WHEN {_ARABIC} THEN 0 WHEN {_HEBREW} THEN 1 ELSE 2 END)", "customer_name_ar"),
}
DEFAULT_DESCENDING = {"name": False, "code": False, "balance": True, "days_late": False}
#: Above this many matches, walking an ordered index beats sorting the matches.
DENSE = 2000
#: A search is counted up to this many matches; past it the list says "10,000+" (counting
#: every customer whose phone starts with 05 on each keystroke helps no one).
COUNT_CAP = 10_000
_PHONE_LIKE = re.compile(r"[\d\-+().]+")
#: The columns of a CustomerRecord, in its field order: a page is built straight from
#: rows, without a model object per customer in between (a keystroke builds 200).
_RECORD_COLUMNS = (
    "id, code, name, phones, email, address, id_number, credit_limit, payment_terms_days, "
    "language, kind, stop_credit, notes, balance, oldest_due, handed_over_on, handed_over_to"
)


@dataclass(frozen=True, slots=True)
class Filter:
    where: str
    params: tuple[object, ...]
    single_fts: tuple[str, str] | None  # (table, match) when one index answers alone


def _match(fragment: str) -> tuple[str, str]:
    quoted = '"' + fragment.replace('"', '""') + '"'
    if len(fragment) >= 3:
        return "customer_fts", quoted
    return "customer_words", quoted + "*"


def build_filter(text: str, only_with_balance: bool) -> Filter:
    conditions: list[str] = []
    params: list[object] = []
    matches: list[tuple[str, str]] = []
    for word in fold(text).split():
        options = [word]
        # "052-1234567" as the card shows it: the stored text holds phone digits only.
        if _PHONE_LIKE.fullmatch(word) and digits(word) not in ("", word):
            options.append(digits(word))
        parts = []
        for option in options:
            table, match = _match(option)
            parts.append(f"id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)")
            params.append(match)
            matches.append((table, match))
        conditions.append("(" + " OR ".join(parts) + ")")
    if only_with_balance:
        conditions.append("balance != 0")
    single = matches[0] if len(matches) == 1 and not only_with_balance else None
    return Filter(" AND ".join(conditions) or "1", tuple(params), single)


@dataclass(frozen=True, slots=True)
class CustomerQuery:
    """A search over customers: folded text matched against name, code, phone digits, ID."""

    text: str = ""
    sort: str = "name"
    descending: bool | None = None
    only_with_balance: bool = False
    #: The reader's language: sorted by name, "he" and "ar" list their own script first.
    lang: str = ""


class CustomerSearch:
    """Counting and paging over the search indexes, in plain SQL through ``execute`` (the
    services' database, or the app's first connection before the ORM has loaded)."""

    def __init__(self, execute: Execute) -> None:
        self._run = execute

    # -- what the customer list asks ---------------------------------------------------
    def count_matches(self, q: CustomerQuery) -> int:
        return self.count(build_filter(q.text, q.only_with_balance))

    def first_page(self, q: CustomerQuery, limit: int = 200) -> tuple[list[CustomerRecord], int]:
        """The first page and the number of matches (what the list needs on every
        keystroke). A text search is counted up to ``COUNT_CAP``: a number above it means
        "more than COUNT_CAP"."""
        f = build_filter(q.text, q.only_with_balance)
        total = self.count(f, cap=COUNT_CAP if f.params else None)
        return self.page(f, q.sort, q.descending, 0, limit, total, q.lang), total

    @staticmethod
    def counts_exactly(q: CustomerQuery) -> bool:
        """Whether :meth:`first_page` counts every match of ``q`` (no text to search for),
        or stops at ``COUNT_CAP``."""
        return not build_filter(q.text, q.only_with_balance).params

    def search(self, q: CustomerQuery, offset: int = 0, limit: int = 200) -> list[CustomerRecord]:
        """One page of customers matching ``q`` in the asked order; the list fetches more
        pages as the owner scrolls."""
        f = build_filter(q.text, q.only_with_balance)
        return self.page(f, q.sort, q.descending, offset, limit, None, q.lang)

    def one(self, key: str, value: object) -> CustomerRecord | None:
        """The customer whose ``key`` ("id" or "code") is ``value``, built as the list
        builds its rows."""
        if key not in ("id", "code"):
            raise ValueError(f"customers are looked up by id or code, not {key!r}")
        row = self._run(
            f"SELECT {_RECORD_COLUMNS} FROM customer WHERE {key} = ?", (value,)
        ).fetchone()
        return None if row is None else _record(row)

    # -- the SQL -----------------------------------------------------------------------
    def _execute(self, sql: str, params: tuple[object, ...]) -> tuple[object, ...]:
        return tuple(self._run(sql, params).fetchone())

    def count(self, f: Filter, cap: int | None = None) -> int:
        """Matches of ``f``; with ``cap``, counting stops at ``cap + 1``."""
        limit = "" if cap is None else f" LIMIT {int(cap) + 1}"
        if f.single_fts is not None:
            table, match = f.single_fts
            inner = f"SELECT 1 FROM {table} WHERE {table} MATCH ?{limit}"
            params: tuple[object, ...] = (match,)
        else:
            inner = f"SELECT 1 FROM customer WHERE {f.where}{limit}"
            params = f.params
        return int(self._execute(f"SELECT COUNT(*) FROM ({inner})", params)[0])  # type: ignore[call-overload]

    def page(
        self, f: Filter, sort: str, descending: bool | None, offset: int, limit: int,
        matches: int | None, lang: str = "",
    ) -> list[CustomerRecord]:
        """One page in the asked order; ``matches`` (if known) picks the strategy; ``lang``
        puts names in the reader's script first."""
        if descending is None:
            descending = DEFAULT_DESCENDING.get(sort, False)
        if sort not in DEFAULT_DESCENDING:
            sort, descending = "name", False
        order, index = ORDERS[(sort, descending)]
        if sort == "name" and lang in NAME_ORDER:
            rank, index = NAME_ORDER[lang]
            way = " DESC" if descending else ""
            order = f"{rank}{way}, name{way}, id{way}"
        source = "customer"
        if index is not None and (matches is None or matches > DENSE):
            source = f"customer INDEXED BY {index}"
        sql = (f"SELECT {_RECORD_COLUMNS} FROM {source} WHERE {f.where} ORDER BY {order} "
               "LIMIT ? OFFSET ?")
        cursor = self._run(sql, (*f.params, limit, offset))
        return [_record(row) for row in cursor]


def _record(row: tuple) -> CustomerRecord:  # type: ignore[type-arg]
    (id_, code, name, phones, email, address, id_number, limit, terms, language, kind,
     stop_credit, notes, balance, oldest_due, handed_on, handed_to) = row
    return CustomerRecord(
        id=id_, code=code, name=name, phones=phones, email=email, address=address,
        id_number=id_number, credit_limit=None if limit is None else from_minor(limit),
        payment_terms_days=terms, language=language, kind=kind,
        stop_credit=bool(stop_credit), notes=notes, balance=from_minor(balance),
        oldest_due=None if oldest_due is None else date.fromisoformat(oldest_due),
        handed_over_on=None if handed_on is None else date.fromisoformat(handed_on),
        handed_over_to=handed_to,
    )
