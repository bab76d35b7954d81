"""Today's letters from the main window: made, recorded, combined; nothing twice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.ui.letters import letters_due
from arapp.ui.letters.letters_due import make_letters_due

AS_OF = date(2026, 6, 30)


def test_letters_due_are_made_once_and_recorded(
    qtbot: QtBot, shop: Shop, tmp_path: Path
) -> None:
    for n in range(3):
        c = shop.customers.create(CustomerInput(code=f"L{n}", name=f"לקוח {n}", language="he",
                                                 kind="business"))
        shop.invoices.create_invoice(c.id, f"F-{n}", date(2026, 5, 1), Decimal("120.00"),
                                     date(2026, 5, 31))
    due = shop.letters.letters_due(AS_OF)
    assert len(due) == 3
    result = make_letters_due(None, shop, tmp_path, AS_OF)
    assert len(result.files) == 3 and result.combined is not None
    assert result.combined.read_bytes().startswith(b"%PDF")
    assert shop.letters.letters_due(AS_OF) == []
    assert [d.kind for d in shop.letters.documents_for(due[0].customer_id)] == ["reminder"]


def test_a_folder_that_is_a_file_is_refused_in_the_owners_language_and_records_nothing(
    qtbot: QtBot, shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = shop.customers.create(CustomerInput(code="A/17", name="לקוח", language="he"))
    shop.invoices.create_invoice(c.id, "F-1", date(2026, 5, 1), Decimal("120.00"),
                                 date(2026, 5, 31))
    target = tmp_path / "letters.pdf"
    target.write_bytes(b"not a folder")
    shown: list[str] = []
    monkeypatch.setattr(letters_due, "date", FixedDate)
    monkeypatch.setattr(letters_due.QMessageBox, "information", lambda *_a: None)
    monkeypatch.setattr(letters_due.QFileDialog, "getExistingDirectory",
                        lambda *_a: str(target))
    monkeypatch.setattr(letters_due, "show_user_error",
                        lambda _parent, exc: shown.append(exc.template))
    # The owner makes the ticked letters (all of them) from the list of what is due.
    monkeypatch.setattr(letters_due.LettersDueDialog, "exec",
                        lambda dialog: dialog.make_letters() and dialog.result())
    assert letters_due.letters_due_flow(None, shop) is None  # type: ignore[arg-type]
    assert shown == ["The letters cannot go into “{path}”: it is a file, not a folder"]
    assert [d.code for d in shop.letters.letters_due(AS_OF)] == ["A/17"]
    assert shop.letters.documents_for(c.id) == []


class FixedDate(date):
    @classmethod
    def today(cls) -> FixedDate:
        return cls(2026, 6, 30)
