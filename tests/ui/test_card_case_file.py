"""Export case file… on the customer card (issue #20, item 8): asks where, writes the ZIP
off the UI thread, says where it went; a cancelled dialog writes nothing."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop, clock
from arapp.ui.customers import case_file_export
from arapp.ui.customers.customer_card import CustomerCard
from arapp.ui.ops.query import wait_for_queries
from tests.ui.conftest import add_customer

TODAY = date(2026, 3, 31)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def card_for(qtbot: QtBot, shop: Shop) -> CustomerCard:
    c = add_customer(shop, "Z1", "زياد خوري")
    shop.invoices.create_invoice(c.id, "A-1", date(2026, 1, 10), Decimal("250.00"),
                                 due_date=date(2026, 2, 10))
    card = CustomerCard(shop, c.id)
    qtbot.addWidget(card)
    return card


def test_export_case_file_writes_the_zip_off_the_ui_thread(
    qtbot: QtBot, file_shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = card_for(qtbot, file_shop)
    asked: list[str] = []

    def save_as(parent: object, title: str, suggested: str, filt: str) -> tuple[str, str]:
        asked.append(Path(suggested).name)
        return str(tmp_path / "for-lawyer"), filt

    told: list[str] = []
    monkeypatch.setattr(case_file_export.QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(case_file_export.QMessageBox, "information",
                        lambda parent, title, text: told.append(text))
    assert card.casefile_action.text() == "E&xport case file…"
    card.casefile_action.trigger()
    wait_for_queries()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    out = tmp_path / "for-lawyer.zip"
    assert asked == ["case_Z1_2026-03-31.zip"]
    assert str(out) in told[0]
    with zipfile.ZipFile(out) as z:
        assert z.namelist()[0] == "statement.pdf"
        assert z.read("statement.pdf").startswith(b"%PDF")


def test_a_cancelled_dialog_writes_nothing(
    qtbot: QtBot, shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = card_for(qtbot, shop)
    monkeypatch.setattr(case_file_export.QFileDialog, "getSaveFileName",
                        lambda *a: ("", ""))
    assert card.export_case_file() is None
    assert list(tmp_path.iterdir()) == []
