"""Shop settings: business details that letters print, currency, UI preferences."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from peewee import SqliteDatabase

from arapp.core.services.validation import clean_text
from arapp.core.store.models import Setting


@dataclass(frozen=True, slots=True)
class BusinessDetails:
    name: str = ""
    registration_number: str = ""
    address: str = ""
    phones: str = ""
    email: str = ""
    bank_details: str = ""
    owner_name: str = ""
    currency: str = "ILS"
    logo_png: bytes | None = None
    signature_png: bytes | None = None


_BLOBS = ("logo_png", "signature_png")
#: Set in a shop of made-up customers (the sample shop, ``arapp demo``): the app says so.
SAMPLE_KEY = "shop.sample"


class SettingsService:
    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db

    def get_value(self, key: str, default: str = "") -> str:
        row = Setting.get_or_none(Setting.key == key)
        return default if row is None else row.value

    def set_value(self, key: str, value: str) -> None:
        with self.db.atomic():
            Setting.insert(key=key, value=value).on_conflict_replace().execute()

    def business(self) -> BusinessDetails:
        rows = {
            s.key.removeprefix("business."): s
            for s in Setting.select().where(Setting.key.startswith("business."))
        }
        values: dict[str, object] = {}
        for f in fields(BusinessDetails):
            row = rows.get(f.name)
            if row is not None:
                values[f.name] = bytes(row.data) if f.name in _BLOBS and row.data else row.value
        details = BusinessDetails(**values)  # type: ignore[arg-type]
        if details.logo_png == "":
            details = replace(details, logo_png=None)
        if details.signature_png == "":
            details = replace(details, signature_png=None)
        return details

    def save_business(self, details: BusinessDetails) -> None:
        with self.db.atomic():
            for f in fields(BusinessDetails):
                value = getattr(details, f.name)
                key = f"business.{f.name}"
                if f.name in _BLOBS:
                    Setting.insert(key=key, value="", data=value).on_conflict_replace().execute()
                else:
                    text = clean_text(str(value), f.name, max_len=1000)
                    Setting.insert(key=key, value=text).on_conflict_replace().execute()

    @property
    def currency(self) -> str:
        """The shop's currency as set now (the owner may change it in the settings)."""
        return self.get_value("business.currency") or "ILS"

    def business_name(self) -> str:
        """The name alone, without reading the logo and signature images."""
        return self.get_value("business.name")

    def is_sample(self) -> bool:
        return self.get_value(SAMPLE_KEY) == "1"

    def mark_sample(self) -> None:
        self.set_value(SAMPLE_KEY, "1")

    def is_set_up(self) -> bool:
        return bool(self.business_name())
