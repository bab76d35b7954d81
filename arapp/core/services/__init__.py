"""Services: one transaction per user action. The UI and the CLI use these only."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from arapp.core.services.customers import CustomerService
from arapp.core.services.settings import SettingsService
from arapp.core.store.db import close_database, open_database

if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from arapp.core.services.aging_report import AgingService
    from arapp.core.services.invoices import InvoiceService
    from arapp.core.services.letters import LetterService
    from arapp.core.services.payments import PaymentService
    from arapp.core.services.statements import StatementService


class Shop:
    """One open shop database and the services over it.

    Settings and customers are what the app shows first; the other services (and the
    ledger, letter and report code under them) are imported when first used, so that
    opening the customer list does not wait for them.
    """

    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db
        self.settings = SettingsService(db)
        self.customers = CustomerService(db)

    @cached_property
    def invoices(self) -> InvoiceService:
        from arapp.core.services.invoices import InvoiceService

        return InvoiceService(self.db)

    @cached_property
    def payments(self) -> PaymentService:
        from arapp.core.services.payments import PaymentService

        return PaymentService(self.db)

    @cached_property
    def letters(self) -> LetterService:
        from arapp.core.services.letters import LetterService

        return LetterService(self.db)

    @cached_property
    def statements(self) -> StatementService:
        from arapp.core.services.statements import StatementService

        return StatementService(self.db)

    @cached_property
    def aging(self) -> AgingService:
        from arapp.core.services.aging_report import AgingService

        return AgingService(self.db)

    @classmethod
    def open(cls, path: Path | str) -> Shop:
        return cls(open_database(path))

    def close(self) -> None:
        close_database(self.db)
