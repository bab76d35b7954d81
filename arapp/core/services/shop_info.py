"""The few settings the first screen shows (the business name, the currency, whether this
is the sample shop), read with plain SQL: no ORM needed, so the window can show before
peewee loads. :class:`SettingsService` reads through this too."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

Execute = Callable[[str, Sequence[object]], sqlite3.Cursor]

#: Set in a shop of made-up customers (the sample shop, ``arapp demo``): the app says so.
SAMPLE_KEY = "shop.sample"


class ShopInfo:
    def __init__(self, execute: Execute) -> None:
        self._execute = execute

    def get_value(self, key: str, default: str = "") -> str:
        row = self._execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    @property
    def currency(self) -> str:
        """The shop's currency as set now (the owner may change it in the settings)."""
        return self.get_value("business.currency") or "ILS"

    def business_name(self) -> str:
        """The name alone, without reading the logo and signature images."""
        return self.get_value("business.name")

    def is_sample(self) -> bool:
        return self.get_value(SAMPLE_KEY) == "1"

    def is_set_up(self) -> bool:
        return bool(self.business_name())
