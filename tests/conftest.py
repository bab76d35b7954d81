"""Shared fixtures. GUI tests run offscreen; every shop is a fresh in-memory database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput, CustomerRecord

# Speed is measured by the benchmarks, not by timing examples: on a busy 2-core machine
# the first example that loads babel's locale data can take longer than hypothesis's
# default deadline, and the test then fails for no fault in the code.
settings.register_profile("arapp", deadline=None)
settings.load_profile("arapp")


@pytest.fixture
def shop() -> Iterator[Shop]:
    s = Shop.open(":memory:")
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def customer(shop: Shop) -> CustomerRecord:
    return shop.customers.create(
        CustomerInput(code="C001", name="דוד כהן", phones="052-1234567", id_number="012345674")
    )


def d(text: str) -> date:
    return date.fromisoformat(text)


def m(text: str) -> Decimal:
    return Decimal(text)
