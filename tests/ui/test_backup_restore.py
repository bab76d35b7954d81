"""File → Back up / Restore: a verified copy written while the shop is open; a restore
checked, confirmed, and done by the session (the shop closed, replaced, opened again)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.customer_search import CustomerQuery
from arapp.core.services.settings import BusinessDetails
from arapp.ui.app import ShopSession
from arapp.ui.ops.query import wait_for_queries
from arapp.ui.shell import backup_restore
from tests.ui.conftest import add_customer


@pytest.fixture
def session(tmp_path: Path) -> Iterator[ShopSession]:
    home = tmp_path / "shop.sqlite3"
    shop = Shop.open(home)
    shop.settings.save_business(BusinessDetails(name="Corner Shop"))
    add_customer(shop, "C1", "Before the backup")
    s = ShopSession(home)
    s.open(home, shop)
    try:
        yield s
    finally:
        if s.window is not None:
            s.window.close()
        s.close()


def test_backup_then_restore_brings_the_shop_back(
    qtbot: QtBot, tmp_path: Path, session: ShopSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a: told.append(text)
    )
    backups = tmp_path / "my backups"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(backups))
    window = session.window
    assert window is not None and window.backup_action.text() == "&Back up the shop…"
    window.backup_action.trigger()
    wait_for_queries()
    qtbot.waitUntil(lambda: bool(told))
    [written] = list(backups.glob("arapp-backup-*.sqlite3"))
    assert written.name in told[0]

    assert session.shop is not None
    add_customer(session.shop, "C2", "After the backup")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(written), ""))
    monkeypatch.setattr(backup_restore, "confirm_restore", lambda _p, backup: True)
    old_shop = session.shop
    window.restore_action.trigger()
    assert old_shop.closed
    assert session.window is not None and session.window is not window
    assert session.shop is not None and session.shop is not old_shop
    codes = [c.code for c in session.shop.customers.search(CustomerQuery())]
    assert codes == ["C1"]  # as at the backup
    assert "kept as" in told[-1]
    kept = list(tmp_path.glob("shop.sqlite3.before-restore-*"))
    assert len(kept) == 1
    with Shop.opened_aside(kept[0]) as before:  # the replaced shop is still there
        assert before.customers.count(CustomerQuery()) == 2
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_file_that_is_not_a_backup_is_refused_before_anything_closes(
    tmp_path: Path, session: ShopSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"not a database at all")
    refused: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: refused.append(text))
    asked: list[Path] = []
    monkeypatch.setattr(backup_restore, "confirm_restore", lambda _p, b: asked.append(b) or True)
    window, shop = session.window, session.shop
    assert window is not None and shop is not None
    window.restore_action.trigger()
    assert refused and "notes.sqlite3" in refused[0]
    assert asked == []
    assert session.shop is shop and not shop.closed


def test_a_restore_not_confirmed_changes_nothing(
    tmp_path: Path, session: ShopSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert session.shop is not None
    written = session.shop.backup(tmp_path / "b")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(written), ""))
    monkeypatch.setattr(backup_restore, "confirm_restore", lambda _p, b: False)
    shop = session.shop
    assert session.window is not None
    session.window.restore_action.trigger()
    assert session.shop is shop and not shop.closed


def test_an_in_memory_shop_cannot_be_backed_up(shop: Shop, tmp_path: Path) -> None:
    from arapp.core.errors import UserError

    with pytest.raises(UserError):
        shop.backup(tmp_path)
