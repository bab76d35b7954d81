"""peewee models over the schema that :mod:`migrations` creates. Services use these; the UI
and CLI never do. Money columns hold integer minor units (agorot)."""

from __future__ import annotations

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

database = DatabaseProxy()


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
