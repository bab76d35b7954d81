"""Services: one transaction per user action. The UI and the CLI use these only."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from arapp.core.services.aging_report import AgingService
from arapp.core.services.customers import CustomerService
from arapp.core.services.invoices import InvoiceService
from arapp.core.services.letters import LetterService
from arapp.core.services.payments import PaymentService
from arapp.core.services.settings import SettingsService
from arapp.core.services.statements import StatementService
from arapp.core.store.db import close_database, open_database


class Shop:
    """One open shop database and the services over it."""

    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db
        self.settings = SettingsService(db)
        self.customers = CustomerService(db)
        self.invoices = InvoiceService(db)
        self.payments = PaymentService(db)
        self.letters = LetterService(db)
        self.statements = StatementService(db)
        self.aging = AgingService(db)

    @classmethod
    def open(cls, path: Path | str) -> Shop:
        return cls(open_database(path))

    def close(self) -> None:
        close_database(self.db)
