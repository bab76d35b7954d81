"""peewee models over the schema that :mod:`migrations` creates. Services use these; the UI
and CLI never do. Money columns hold integer minor units (agorot)."""

from __future__ import annotations

import threading
from typing import Any

from peewee import (
    BlobField,
    BooleanField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


class ShopDatabaseProxy(DatabaseProxy):
    """The models' database: the open shop's, for every thread — except a thread inside
    :func:`arapp.core.store.db.other_database`, which sees the other file until it leaves.
    A plain proxy swapped for everyone would send a background thread's writes (a
    backup, an import) into the other file for that moment."""

    __slots__ = ("_local", "_shared")

    def __init__(self) -> None:
        object.__setattr__(self, "_local", threading.local())
        super().__init__()

    def __setattr__(self, attr: str, value: object) -> None:
        if attr not in ("obj", "_shared", "_local", "_callbacks", "_Model"):
            raise AttributeError("Cannot set attribute on proxy.")
        object.__setattr__(self, attr, value)

    @property  # type: ignore[override]
    def obj(self) -> Any:
        override = getattr(self._local, "db", None)
        return override if override is not None else self._shared

    @obj.setter
    def obj(self, value: Any) -> None:
        object.__setattr__(self, "_shared", value)

    def override(self, db: Any | None) -> Any | None:
        """Route this thread's model queries to ``db`` (None: back to the shared one);
        return the override it replaces."""
        previous = getattr(self._local, "db", None)
        self._local.db = db
        return previous


database = ShopDatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    key = TextField(primary_key=True)
    value = TextField(default="")
    data = BlobField(null=True)


class Customer(BaseModel):
    code = TextField(unique=True)
    name = TextField()
    phones = TextField(default="")
    email = TextField(default="")
    address = TextField(default="")
    id_number = TextField(default="")
    credit_limit = IntegerField(null=True)
    payment_terms_days = IntegerField(default=30)
    language = TextField(default="he")
    kind = TextField(default="consumer")
    stop_credit = BooleanField(default=False)
    notes = TextField(default="")
    search_text = TextField(default="")
    balance = IntegerField(default=0)
    oldest_due = DateField(null=True)
    created_at = TextField()
    handed_over_on = DateField(null=True)
    handed_over_to = TextField(default="")


class Debit(BaseModel):
    customer = ForeignKeyField(Customer, backref="debits")
    kind = TextField()
    number = TextField()
    issue_date = DateField()
    due_date = DateField()
    amount = IntegerField()
    description = TextField(default="")
    disputed = BooleanField(default=False)
    voided_at = TextField(null=True)
    void_reason = TextField(default="")
    created_at = TextField()
    # Σ allocations, kept by the database's triggers (schema 5); never written by code.
    paid = IntegerField(default=0)


class Credit(BaseModel):
    customer = ForeignKeyField(Customer, backref="credits")
    kind = TextField()
    date = DateField()
    amount = IntegerField()
    method = TextField(default="")
    reference = TextField(default="")
    number = TextField(default="")
    note = TextField(default="")
    target_debit = ForeignKeyField(Debit, null=True)
    voided_at = TextField(null=True)
    void_reason = TextField(default="")
    created_at = TextField()


class Allocation(BaseModel):
    credit = ForeignKeyField(Credit, backref="allocations")
    debit = ForeignKeyField(Debit, backref="allocations")
    amount = IntegerField()


class Document(BaseModel):
    customer = ForeignKeyField(Customer, backref="documents")
    kind = TextField()
    lang = TextField()
    created_at = TextField()
    letter_date = DateField()
    sha256 = TextField()
    pdf = BlobField()
    amount = IntegerField(default=0)
    registered_mail_number = TextField(default="")
    delivered_on = DateField(null=True)
    printed_at = TextField(null=True)
    saved_at = TextField(null=True)


class Interaction(BaseModel):
    customer = ForeignKeyField(Customer, backref="interactions")
    at = TextField()
    kind = TextField()
    outcome = TextField(default="")
    reason = TextField(default="")
    promise_amount = IntegerField(null=True)
    promise_date = DateField(null=True)
    follow_up_date = DateField(null=True)
    note = TextField(default="")
    document = ForeignKeyField(Document, null=True)
    direction = TextField(default="")
    corrects = ForeignKeyField("self", null=True, column_name="corrects_id")
    collection = BooleanField(default=False)
    ref_kind = TextField(default="")
    ref_id = IntegerField(null=True)
    created_at = TextField(null=True)


class DunningStep(BaseModel):
    debit = ForeignKeyField(Debit, backref="dunning_steps")
    level = TextField()
    date = DateField()
    document = ForeignKeyField(Document, null=True)


class LetterTemplate(BaseModel):
    kind = TextField()
    lang = TextField()
    subject = TextField()
    body = TextField()
    updated_at = TextField()

    class Meta:
        primary_key = CompositeKey("kind", "lang")


class Plan(BaseModel):
    customer = ForeignKeyField(Customer, backref="plans")
    number = TextField()
    version = IntegerField(default=1)
    status = TextField(default="active")
    plan_date = DateField()
    first_due = DateField()
    frequency = TextField()
    annual_rate = TextField(default="0")
    grace_days = IntegerField(default=10)
    debt = IntegerField()
    down_payment = IntegerField(default=0)
    restructure = ForeignKeyField(Credit)
    guarantor_name = TextField(default="")
    guarantor_id_number = TextField(default="")
    guarantor_address = TextField(default="")
    guarantor_phones = TextField(default="")
    guarantor_max = IntegerField(null=True)
    place = TextField(default="")
    replaces = ForeignKeyField("self", null=True)
    breached_on = DateField(null=True)
    cancelled_on = DateField(null=True)
    cancel_reason = TextField(default="")
    created_at = TextField()


class PlanInstallment(BaseModel):
    plan = ForeignKeyField(Plan, backref="installments")
    n = IntegerField()
    debit = ForeignKeyField(Debit)
    principal = IntegerField()
    interest = IntegerField()
    agreed_due = DateField()


class ChequeDeposit(BaseModel):
    date = DateField()
    bank_account = TextField(default="")
    created_at = TextField()


class Cheque(BaseModel):
    customer = ForeignKeyField(Customer, backref="cheques")
    credit = ForeignKeyField(Credit)
    bank = TextField()
    branch = TextField()
    account = TextField()
    number = TextField()
    amount = IntegerField()
    date = DateField()
    drawer_name = TextField(default="")
    drawer_id = TextField(default="")
    endorser_name = TextField(default="")
    endorser_id = TextField(default="")
    status = TextField(default="in_hand")
    status_date = DateField(null=True)
    reason = TextField(default="")
    installment = ForeignKeyField(PlanInstallment, null=True)
    created_at = TextField()
    endorsements = IntegerField(default=0)
    deposit = ForeignKeyField(ChequeDeposit, null=True)
    fee_debit = ForeignKeyField(Debit, null=True)
    replaced_by = ForeignKeyField("self", null=True)
    replacement_credit = ForeignKeyField(Credit, null=True)


class ChequeEvent(BaseModel):
    cheque = ForeignKeyField(Cheque, backref="events")
    kind = TextField()
    date = DateField()
    reason = TextField(default="")
    amount = IntegerField(default=0)
    deposit = ForeignKeyField(ChequeDeposit, null=True)
    items = TextField(default="")
    note = TextField(default="")
    created_at = TextField()


class DrawerAccount(BaseModel):
    bank = TextField()
    branch = TextField()
    account = TextField()
    checked_on = DateField()

    class Meta:
        primary_key = CompositeKey("bank", "branch", "account")


class Agreement(BaseModel):
    plan = ForeignKeyField(Plan, backref="agreements")
    version = IntegerField()
    lang = TextField()
    created_at = TextField()
    sha256 = TextField()
    pdf = BlobField()
    signed = TextField(default="")
    signed_at = TextField(null=True)
    scan = BlobField(null=True)
    scan_name = TextField(default="")
