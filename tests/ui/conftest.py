"""UI fixtures: isolated QSettings, a known language, shops with customers in them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from arapp.core.demo import make_demo_shop
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput, CustomerRecord
from arapp.pyside_fix import protect_singletons

if TYPE_CHECKING:
    from arapp.ui.shell.main_window import MainWindow

# Before any model is painted: PySide6 6.12 on Python 3.11 drops a reference to None each
# time a model's data() returns None, and True on every signal emit (see arapp/pyside_fix.py).
protect_singletons()

#: The demo's two years of history end here, so "days late" in tests does not drift with
#: the calendar (the UI itself counts from today).
DEMO_END = date(2026, 3, 31)


@pytest.fixture(autouse=True)
def _ui_settings(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Each test gets empty preferences, a folder of its own for automatic backups, and
    starts in English."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    monkeypatch.setattr("arapp.core.services.backups.backups_root",
                        lambda: tmp_path / "auto-backups")
    from arapp.ui.i18n.language import manager

    manager().set_language("en", persist=False)
    yield
    manager().set_language("en", persist=False)


@pytest.fixture
def file_shop(tmp_path: Path) -> Iterator[Shop]:
    """A shop in a file, so background work really runs on its own thread and connection."""
    s = Shop.open(tmp_path / "shop.sqlite3")
    try:
        yield s
    finally:
        s.close()


def make_window(qtbot: QtBot, shop: Shop) -> MainWindow:
    """The main window over ``shop``, shown."""
    from arapp.ui.shell.main_window import MainWindow

    window = MainWindow(shop)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


@pytest.fixture
def demo_shop() -> Iterator[Shop]:
    """A sample shop of 2,000 customers in memory (about a second to build)."""
    s = Shop.open(":memory:")
    make_demo_shop(s.db, customers=2000, seed=7, end=DEMO_END)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def debtor(shop: Shop, customer: CustomerRecord) -> CustomerRecord:
    """``customer`` with three open invoices due 10 Jan, 10 Feb and 10 Mar 2026."""
    for number, issued, due, amount in (
        ("A-1", date(2025, 12, 10), date(2026, 1, 10), "100.00"),
        ("A-2", date(2026, 1, 10), date(2026, 2, 10), "200.00"),
        ("A-3", date(2026, 2, 10), date(2026, 3, 10), "300.00"),
    ):
        shop.invoices.create_invoice(customer.id, number, issued, Decimal(amount), due_date=due)
    return shop.customers.get(customer.id)


def add_customer(shop: Shop, code: str, name: str, **extra: object) -> CustomerRecord:
    return shop.customers.create(CustomerInput(code=code, name=name, **extra))  # type: ignore[arg-type]
