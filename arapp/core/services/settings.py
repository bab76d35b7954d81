"""Shop settings: business details that letters print, currency, UI preferences."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from peewee import SqliteDatabase

from arapp.core.collection.promises import DEFAULT_GRACE_DAYS, MAX_GRACE_DAYS
from arapp.core.errors import UserError
from arapp.core.services.shop_info import SAMPLE_KEY, ShopInfo
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
#: Days after its date that a payment still keeps a promise (:mod:`~arapp.core.collection`).
PROMISE_GRACE_KEY = "collection.promise_grace_days"


class SettingsService:
    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db
        self._info = ShopInfo(db.execute_sql)

    def get_value(self, key: str, default: str = "") -> str:
        return self._info.get_value(key, default)

    def set_value(self, key: str, value: str) -> None:
        with self.db.atomic():
            Setting.insert(key=key, value=value).on_conflict_replace().execute()

    def promise_grace_days(self) -> int:
        """Days after a promise's date that a payment still keeps it (default 2)."""
        text = self.get_value(PROMISE_GRACE_KEY, "")
        try:
            days = int(text)
        except ValueError:
            return DEFAULT_GRACE_DAYS
        return days if 0 <= days <= MAX_GRACE_DAYS else DEFAULT_GRACE_DAYS

    def set_promise_grace_days(self, days: int) -> None:
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_GRACE_DAYS:
            raise UserError(
                "The grace days of a promise to pay must be between 0 and {limit}",
                limit=MAX_GRACE_DAYS,
            )
        self.set_value(PROMISE_GRACE_KEY, str(days))

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
        return self._info.currency

    def business_name(self) -> str:
        return self._info.business_name()

    def is_sample(self) -> bool:
        return self._info.is_sample()

    def mark_sample(self) -> None:
        self.set_value(SAMPLE_KEY, "1")

    def is_set_up(self) -> bool:
        return self._info.is_set_up()
