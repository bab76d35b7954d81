"""Customers: create, edit, find. One transaction per action."""

from __future__ import annotations

import re
from datetime import date

from peewee import SqliteDatabase

from arapp.core import id_number as id_numbers
from arapp.core.collection import kinds as log
from arapp.core.contact import is_email, is_phone, latin_digits, phone_numbers
from arapp.core.errors import (
    CustomerNotFound,
    DuplicateRecord,
    InvalidDate,
    InvalidField,
    LedgerRuleViolation,
    UserError,
)
from arapp.core.search import search_text
from arapp.core.services import clock
from arapp.core.services.clock import now_text
from arapp.core.services.customer_search import (  # noqa: F401  (re-exported for callers)
    COUNT_CAP,
    CustomerQuery,
    CustomerSearch,
)
from arapp.core.services.interactions import record_event
from arapp.core.services.records import (
    CUSTOMER_KINDS,
    LANGUAGES,
    CustomerInput,
    CustomerRecord,
)
from arapp.core.services.validation import clean_text, optional_limit, real_date
from arapp.core.store.models import Customer

#: The first code of a shop with no numbered customer yet: prefix and digits ("C0001").
DEFAULT_CODE = ("C", 4)
_NUMBERED = re.compile(r"(.*?)([0-9]+)")
# How many of the latest customers to look at for one whose code ends in digits.
_PATTERN_LOOKBACK = 50


def _checked_fields(data: CustomerInput) -> dict[str, object]:
    if data.language not in LANGUAGES:
        raise UserError("Unknown letter language “{lang}”", lang=data.language)
    if data.kind not in CUSTOMER_KINDS:
        raise UserError("Unknown customer kind “{kind}”", kind=data.kind)
    if not 0 <= data.payment_terms_days <= 365:
        raise UserError("Payment terms must be between 0 and 365 days")
    name = clean_text(data.name, "Name", required=True, max_len=200, one_line=True)
    code = clean_text(data.code, "Code", required=True, max_len=40, one_line=True)
    phones = _phones(clean_text(data.phones, "Phones", max_len=100))
    id_number = _id_number(clean_text(data.id_number, "ID number", max_len=20))
    return {
        "code": code,
        "name": name,
        "phones": phones,
        "email": _email(clean_text(data.email, "Email", max_len=200)),
        "address": clean_text(data.address, "Address", max_len=300),
        "id_number": id_number,
        "credit_limit": optional_limit(data.credit_limit),
        "payment_terms_days": data.payment_terms_days,
        "language": data.language,
        "kind": data.kind,
        "stop_credit": data.stop_credit,
        "notes": clean_text(data.notes, "Notes", max_len=4000),
        "search_text": search_text(name, code, phones, id_number),
    }


def _id_number(text: str) -> str:
    """Nine digits with a valid check digit (leading zeros put back), or ``""``."""
    if not text:
        return ""
    number = id_numbers.digits_of(latin_digits(text))
    if number is None:
        raise InvalidField(
            "{field} “{text}” is not an ID number: an Israeli ID or company number has up "
            "to 9 digits",
            input_field="id_number", field="ID number", text=text,
        )
    if not id_numbers.is_valid(number):
        raise InvalidField(
            "{field} “{text}” is not valid: its check digit is wrong",
            input_field="id_number", field="ID number", text=text,
        )
    return number


def _email(text: str) -> str:
    if text and not is_email(text):
        raise InvalidField(
            "{field} “{text}” is not an e-mail address",
            input_field="email", field="Email", text=text,
        )
    return text


def _phones(text: str) -> str:
    """One or more numbers, as typed, separated by commas."""
    for number in phone_numbers(text):
        if not is_phone(number):
            raise InvalidField(
                "{field} “{text}” is not a phone number: each number needs 9 to 13 digits "
                "(spaces, dashes, parentheses and a leading + are allowed; separate numbers "
                "with a comma)",
                input_field="phones", field="Phones", text=number,
            )
    return text


class CustomerService:
    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db
        self._search = CustomerSearch(db.execute_sql)

    def create(self, data: CustomerInput) -> CustomerRecord:
        fields = _checked_fields(data)
        with self.db.atomic():
            if Customer.select().where(Customer.code == fields["code"]).exists():
                raise DuplicateRecord(
                    "A customer with code “{code}” already exists", code=fields["code"]
                )
            customer = Customer.create(**fields, created_at=now_text())
        return self.get(customer.id)

    def update(self, customer_id: int, data: CustomerInput) -> CustomerRecord:
        fields = _checked_fields(data)
        with self.db.atomic():
            clash = Customer.select().where(
                (Customer.code == fields["code"]) & (Customer.id != customer_id)
            )
            if clash.exists():
                raise DuplicateRecord(
                    "A customer with code “{code}” already exists", code=fields["code"]
                )
            if Customer.update(**fields).where(Customer.id == customer_id).execute() != 1:
                raise UserError("That customer no longer exists")
        return self.get(customer_id)

    def propose_code(self) -> str:
        """A free code for a new customer, following the shop's own numbering: the most
        recently added code that ends in digits gives the prefix and the width, and the
        proposal is one more than the highest number with that prefix (``C000201`` after
        ``C000200``, ``K17`` after ``K16``; ``C9999`` is followed by ``C10000``). A shop
        with no numbered code yet starts at ``C0001``. Writes nothing: two counters may
        be offered the same code, and ``create`` refuses the second."""
        pattern = None
        for (code,) in self.db.execute_sql(
            "SELECT code FROM customer ORDER BY id DESC LIMIT ?", (_PATTERN_LOOKBACK,)
        ):
            pattern = _NUMBERED.fullmatch(code)
            if pattern is not None:
                break
        prefix, width = (pattern[1], len(pattern[2])) if pattern else DEFAULT_CODE
        # Codes are prefix + digits: an index range read, not a scan of every customer.
        taken = {
            int(code[len(prefix):])
            for (code,) in self.db.execute_sql(
                "SELECT code FROM customer WHERE code >= ? AND code < ?",
                (prefix + "0", prefix + ":"),  # ":" sorts right after "9"
            )
            if code[len(prefix):].isascii() and code[len(prefix):].isdigit()
        }
        number = max(taken, default=0) + 1
        while number in taken:  # a wider code with the same value ("C01" and "C1")
            number += 1
        return f"{prefix}{number:0{width}d}"

    def set_stop_credit(self, customer_id: int, stop: bool) -> CustomerRecord:
        with self.db.atomic():
            Customer.update(stop_credit=stop).where(Customer.id == customer_id).execute()
        return self.get(customer_id)

    def hand_over(self, customer_id: int, on: date, to: str) -> CustomerRecord:
        """Hand the customer over to a lawyer or a collection agency ``to`` on ``on``
        (DESIGN.md, ladder step 5): from that day the ladder sends no letters and a
        letter asking for payment is refused (a statement can still be made). Logged."""
        to = clean_text(to, "Handed over to", required=True, max_len=200)
        on = real_date(on, "Handover date")
        if on > clock.today():
            raise InvalidDate("The handover date {day} is in the future", day=on)
        with self.db.atomic():
            row = Customer.get_or_none(Customer.id == customer_id)
            if row is None:
                raise UserError("That customer no longer exists")
            if row.handed_over_on is not None:
                raise LedgerRuleViolation(
                    "{name} was already handed over to {to} on {day}",
                    name=row.name, to=row.handed_over_to, day=row.handed_over_on,
                )
            Customer.update(handed_over_on=on, handed_over_to=to).where(
                Customer.id == customer_id).execute()
            record_event(customer_id, log.HANDED_OVER, "customer", customer_id,
                         note=f"{on.isoformat()} · {to}")
        return self.get(customer_id)

    def take_back(self, customer_id: int) -> CustomerRecord:
        """The lawyer or the agency returned the file: the shop collects again (letters
        resume on the ladder's own terms). Logged."""
        with self.db.atomic():
            row = Customer.get_or_none(Customer.id == customer_id)
            if row is None:
                raise UserError("That customer no longer exists")
            if row.handed_over_on is None:
                raise LedgerRuleViolation("{name} is not handed over", name=row.name)
            Customer.update(handed_over_on=None, handed_over_to="").where(
                Customer.id == customer_id).execute()
            record_event(customer_id, log.TAKEN_BACK, "customer", customer_id,
                         note=row.handed_over_to)
        return self.get(customer_id)

    def get(self, customer_id: int) -> CustomerRecord:
        customer = self._search.one("id", customer_id)
        if customer is None:
            raise UserError("That customer no longer exists")
        return customer

    def by_code(self, code: str) -> CustomerRecord:
        customer = self._search.one("code", code.strip())
        if customer is None:
            raise CustomerNotFound(code)
        return customer

    def count(self, q: CustomerQuery) -> int:
        return self._search.count_matches(q)

    def first_page(self, q: CustomerQuery, limit: int = 200) -> tuple[list[CustomerRecord], int]:
        return self._search.first_page(q, limit)

    def search(self, q: CustomerQuery, offset: int = 0, limit: int = 200) -> list[CustomerRecord]:
        return self._search.search(q, offset, limit)
