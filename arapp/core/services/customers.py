"""Customers: create, edit, find. One transaction per action."""

from __future__ import annotations

from peewee import SqliteDatabase

from arapp.core.errors import CustomerNotFound, DuplicateRecord, UserError
from arapp.core.search import search_text
from arapp.core.services.clock import now_text
from arapp.core.services.customer_search import (  # noqa: F401  (re-exported for callers)
    COUNT_CAP,
    CustomerQuery,
    CustomerSearch,
)
from arapp.core.services.records import (
    CUSTOMER_KINDS,
    LANGUAGES,
    CustomerInput,
    CustomerRecord,
)
from arapp.core.services.validation import clean_text, optional_limit
from arapp.core.store.models import Customer


def _checked_fields(data: CustomerInput) -> dict[str, object]:
    if data.language not in LANGUAGES:
        raise UserError("Unknown letter language “{lang}”", lang=data.language)
    if data.kind not in CUSTOMER_KINDS:
        raise UserError("Unknown customer kind “{kind}”", kind=data.kind)
    if not 0 <= data.payment_terms_days <= 365:
        raise UserError("Payment terms must be between 0 and 365 days")
    name = clean_text(data.name, "Name", required=True, max_len=200)
    code = clean_text(data.code, "Code", required=True, max_len=40)
    phones = clean_text(data.phones, "Phones", max_len=100)
    id_number = clean_text(data.id_number, "ID number", max_len=20)
    return {
        "code": code,
        "name": name,
        "phones": phones,
        "email": clean_text(data.email, "Email", max_len=200),
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

    def set_stop_credit(self, customer_id: int, stop: bool) -> CustomerRecord:
        with self.db.atomic():
            Customer.update(stop_credit=stop).where(Customer.id == customer_id).execute()
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
