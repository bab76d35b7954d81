"""A sample shop: realistic, and the same shop for the same seed and end date.

Built with bulk SQL rather than through the services so that 100,000 customers with a
million invoices take seconds, not hours; the allocations it writes follow the ledger rules
(each payment pays the invoice it was made for, never more than is open) and the cached
balances are computed from the rows written, so `arapp check` passes on the result.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import SqliteDatabase

from arapp.core.collection.kinds import PAYMENT as PAYMENT_EVENT
from arapp.core.demo import names as N
from arapp.core.demo.history import collection_history
from arapp.core.errors import UserError
from arapp.core.id_number import check_digit
from arapp.core.search import search_text
from arapp.core.services.ledger_read import LEDGER_DAY_KEY
from arapp.core.services.settings import BusinessDetails, SettingsService
from arapp.core.store.audit import bulk_load
from arapp.core.store.db import models_on

METHODS = ("cash", "cash", "check", "credit_card", "bank_transfer", "app")
#: The largest sample: the benchmarks' shop is 100,000 customers.
MOST_CUSTOMERS = 1_000_000
MOST_INVOICES = 1_000


def check_sample_size(customers: int, invoices_per_customer: int) -> None:
    """Refuse a sample of no (or a negative number of) customers or invoices."""
    for count, most in ((customers, MOST_CUSTOMERS), (invoices_per_customer, MOST_INVOICES)):
        if not 1 <= count <= most:
            raise UserError("A sample shop has between 1 and {most} of each; {count} is not",
                            most=most, count=count)


def holds_a_shop(db: SqliteDatabase) -> bool:
    """Whether the owner has put anything in this file: a customer, a record, a letter, or
    business details (issue #21, defect 5: a set-up shop with no customers yet had its
    details overwritten by the sample's and was marked a sample)."""
    for sql in (
        "SELECT 1 FROM customer LIMIT 1",
        "SELECT 1 FROM debit LIMIT 1",
        "SELECT 1 FROM credit LIMIT 1",
        "SELECT 1 FROM document LIMIT 1",
        "SELECT 1 FROM setting WHERE key LIKE 'business.%'"
        " AND (value != '' OR length(data) > 0) LIMIT 1",
    ):
        if db.execute_sql(sql).fetchone():
            return True
    return False


@dataclass(frozen=True, slots=True)
class DemoSummary:
    customers: int
    invoices: int
    payments: int


def israeli_id(rng: random.Random) -> str:
    """A nine-digit ID number with a valid check digit, as the Interior Ministry issues."""
    body = [rng.randrange(10) for _ in range(8)]
    return "".join(map(str, body)) + str(check_digit(body))


def _mobile(rng: random.Random) -> str:
    return f"05{rng.choice('023458')}-{rng.randrange(10**6, 10**7)}"


def _person(rng: random.Random, lang: str, business: bool) -> tuple[str, str, str]:
    """(name, address, product words) for a customer writing in ``lang``."""
    if lang == "he":
        name = f"{rng.choice(N.HEBREW_FIRST)} {rng.choice(N.HEBREW_LAST)}"
        if business:
            name = f'{rng.choice(N.HEBREW_BUSINESSES)} {rng.choice(N.HEBREW_LAST)} בע"מ'
        address = f"{rng.choice(N.HEBREW_STREETS)} {rng.randrange(1, 120)}, " \
                  f"{rng.choice(N.HEBREW_TOWNS)}"
        return name, address, "he"
    if lang == "ar":
        name = f"{rng.choice(N.ARABIC_FIRST)} {rng.choice(N.ARABIC_LAST)}"
        if business:
            name = f"{rng.choice(N.ARABIC_BUSINESSES)} {rng.choice(N.ARABIC_LAST)}"
        address = f"{rng.choice(N.ARABIC_STREETS)} {rng.randrange(1, 120)}، " \
                  f"{rng.choice(N.ARABIC_TOWNS)}"
        return name, address, "ar"
    name = f"{rng.choice(N.LATIN_FIRST)} {rng.choice(N.LATIN_LAST)}"
    if business:
        name = f"{rng.choice(N.LATIN_LAST)} {rng.choice(N.LATIN_BUSINESSES)} Ltd"
    address = f"{rng.choice(N.HEBREW_STREETS)} {rng.randrange(1, 120)}, " \
              f"{rng.choice(N.HEBREW_TOWNS)}"
    return name, address, "en"


def make_demo_shop(
    db: SqliteDatabase,
    customers: int = 200,
    seed: int = 1,
    end: date | None = None,
    invoices_per_customer: int = 10,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty shop with ``customers`` customers and about
    ``invoices_per_customer`` invoices each over the two years ending on ``end``."""
    check_sample_size(customers, invoices_per_customer)
    if holds_a_shop(db):
        raise UserError(
            "This shop file already holds a shop (business details or records): the sample"
            " shop goes into a new file"
        )
    end = end or date.today()
    start = end - timedelta(days=730)
    rng = random.Random(seed)
    iso = [(start + timedelta(days=i)).isoformat() for i in range(731 + 200)]
    now = datetime.now().isoformat(timespec="seconds")

    customer_rows: list[tuple[object, ...]] = []
    invoices: list[list[object]] = []  # [customer, issue, due, amount, desc, disputed]
    payments: list[tuple[int, int, int, str, str, int]] = []  # cust, day, amount, method, ref, inv
    for cid in range(1, customers + 1):
        lang = rng.choices(("he", "ar", "en"), (55, 35, 10))[0]
        business = rng.random() < 0.15
        name, address, _ = _person(rng, lang, business)
        phones = _mobile(rng)
        if rng.random() < 0.2:
            phones += f", 0{rng.choice('2489')}-{rng.randrange(10**6, 10**7)}"
        code = f"C{cid:06d}"
        id_number = israeli_id(rng)
        terms = rng.choice((0, 30, 30, 30, 60)) if business else rng.choice((0, 30, 30))
        limit = rng.choice((None, 200000, 500000, 1000000))
        profile = rng.choices(("prompt", "slow", "stopped"), (60, 30, 10))[0]
        count = max(1, round(rng.gauss(invoices_per_customer, invoices_per_customer / 3)))
        products = {"he": N.ITEMS_HE, "ar": N.ITEMS_AR, "en": N.ITEMS_EN}[lang]
        stop_day = rng.randrange(500, 700) if profile == "stopped" else 10**6
        for _ in range(count):
            day = rng.randrange(0, 731)
            amount = rng.randrange(2000, 500000 if business else 150000)
            due = day + terms
            disputed = 1 if rng.random() < 0.01 else 0
            invoices.append([cid, day, due, amount, rng.choice(products), disputed, 0])
        customer_rows.append((
            cid, code, name, phones, "", address, id_number, limit, terms, lang,
            "business" if business else "consumer", search_text(name, code, phones, id_number),
            now, profile, stop_day,
        ))
        if progress and cid % 5000 == 0:
            progress(cid, customers)

    # Number invoices in issue order, as a real shop's book does.
    invoices.sort(key=lambda inv: (inv[1], inv[0]))
    profiles = {row[0]: (row[13], row[14]) for row in customer_rows}
    allocations: list[tuple[int, int, int]] = []
    balance = [0] * (customers + 1)
    oldest: list[int | None] = [None] * (customers + 1)
    for n, inv in enumerate(invoices, start=1):
        cid, day, due, amount, _desc, disputed, _ = inv
        profile, stop_day = profiles[cid]
        delay = {"prompt": rng.randrange(-5, 10), "slow": rng.randrange(10, 120),
                 "stopped": rng.randrange(0, 60)}[profile]
        pay_day = max(day, due + delay)
        paid = 0
        if not disputed and pay_day <= 730 and pay_day < stop_day:
            parts = 2 if rng.random() < 0.15 else 1
            for part in range(parts):
                share = amount - paid if part == parts - 1 else amount // 2
                when = min(730, pay_day + part * rng.randrange(7, 40))
                method = rng.choice(METHODS)
                ref = str(rng.randrange(1000, 99999)) if method == "check" else ""
                payments.append((cid, when, share, method, ref, n))
                paid += share
        balance[cid] += amount - paid
        if amount > paid and (oldest[cid] is None or due < oldest[cid]):  # type: ignore[operator]
            oldest[cid] = due
        inv[6] = n

    # The settings below go through the models: to ``db``, on whichever thread this runs.
    with models_on(db), db.atomic(), bulk_load(db, "make_demo_shop"):
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        cur = db.cursor()
        cur.executemany(
            "INSERT INTO customer (id, code, name, phones, email, address, id_number,"
            " credit_limit, payment_terms_days, language, kind, search_text, created_at,"
            " balance, oldest_due) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                (*row[:13], balance[row[0]],
                 iso[oldest[row[0]]] if oldest[row[0]] is not None else None)  # type: ignore[index]
                for row in customer_rows
            ),
        )
        cur.executemany(
            "INSERT INTO debit (id, customer_id, kind, number, issue_date, due_date, amount,"
            " description, disputed, created_at) VALUES (?,?,'invoice',?,?,?,?,?,?,?)",
            (
                (inv[6], inv[0], str(100000 + int(inv[6])), iso[inv[1]], iso[inv[2]],  # type: ignore[call-overload]
                 inv[3], inv[4], inv[5], now)
                for inv in invoices
            ),
        )
        payments.sort(key=lambda p: (p[1], p[0]))
        cur.executemany(
            "INSERT INTO credit (id, customer_id, kind, date, amount, method, reference,"
            " target_debit_id, created_at) VALUES (?,?,'payment',?,?,?,?,?,?)",
            ((i, p[0], iso[p[1]], p[2], p[3], p[4], p[5], now)
             for i, p in enumerate(payments, start=1)),
        )
        allocations = [(i, p[5], p[2]) for i, p in enumerate(payments, start=1)]
        cur.executemany(
            "INSERT INTO allocation (credit_id, debit_id, amount) VALUES (?,?,?)", allocations
        )
        paid_by: dict[int, list[tuple[int, int]]] = {}
        for p in payments:
            paid_by.setdefault(p[0], []).append((p[1], p[2]))
        cur.executemany(
            "INSERT INTO interaction (customer_id, at, kind, direction, outcome, reason,"
            " promise_amount, promise_date, follow_up_date, note, created_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            collection_history(
                seed, iso, 730,
                [(int(row[0]), str(row[9]), str(row[13])) for row in customer_rows],  # type: ignore[call-overload]
                {cid: (due, balance[cid]) for cid, due in enumerate(oldest) if due is not None},
                paid_by, now,
            ),
        )
        # Each payment in the card's timeline, on its day, as taking it would have logged
        # it (a kind the log's vocabulary has, the amount as a decimal string).
        db.execute_sql(
            "INSERT INTO interaction (customer_id, at, kind, outcome, note, ref_kind, ref_id,"
            " created_at) SELECT customer_id, date || 'T12:00:00', ?, method,"
            " printf('%d.%02d', amount / 100, amount % 100), 'payment', id, date || 'T12:00:00'"
            " FROM credit WHERE kind = 'payment' AND voided_at IS NULL",
            (PAYMENT_EVENT,),
        )
        # The balances above count every record, all dated up to ``end``: the cache's day.
        db.execute_sql(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            (LEDGER_DAY_KEY, end.isoformat()),
        )
        # In the same transaction: a sample shop is never left without its mark.
        settings = SettingsService(db)
        settings.mark_sample()
        settings.save_business(
            BusinessDetails(
                name="מכולת השכונה – Neighbourhood Grocery",
                registration_number="512345678",
                address="הרצל 12, חיפה",
                phones="04-8123456, 052-7654321",
                email="shop@example.co.il",
                bank_details="בנק לאומי (10), סניף 800, חשבון 12345678\nמוטב: מכולת השכונה בע\"מ",
                owner_name="יוסי לוי",
                pay_app_number="052-7654321",
                card_phone="04-8123456",
                opening_hours="א׳–ה׳ 7:00–20:00, ו׳ 7:00–14:00",
            )
        )
    return DemoSummary(customers, len(invoices), len(payments))
