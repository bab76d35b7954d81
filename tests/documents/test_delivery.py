"""Each kept letter says whether it was printed or saved (issue #17, defect 11): schema v6
``document.printed_at`` / ``saved_at``, ``issue(..., how=...)`` and ``mark_delivered``."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.errors import UserError
from arapp.core.services import Shop
from arapp.core.services.letters import PRINTED, SAVED
from arapp.core.services.records import CustomerInput
from tests.documents.conftest import prepare_letter, run_batch

TODAY = date(2026, 6, 30)


@pytest.fixture
def debtor(shop: Shop) -> int:
    c = shop.customers.create(CustomerInput(code="D1", name="דני כהן", language="he",
                                            kind="business"))
    for n in range(2):
        issued = date(2026, 3, 1) + timedelta(days=20 * n)
        shop.invoices.create_invoice(c.id, f"INV-{n}", issued, Decimal("100.00"),
                                     issued + timedelta(days=30))
    return c.id


def test_issue_says_how_the_letter_left_and_a_second_action_is_noted(
    shop: Shop, debtor: int
) -> None:
    letter = prepare_letter(shop, debtor, "reminder", letter_date=TODAY)
    doc_id = shop.letters.issue(letter.draft, letter.pdf, how=PRINTED)
    record = shop.letters.document(doc_id)
    assert record.printed_at is not None and record.saved_at is None
    assert shop.letters.documents_for(debtor)[0].printed_at == record.printed_at

    [after] = shop.letters.mark_delivered(doc_id, SAVED)
    assert after.printed_at == record.printed_at and after.saved_at is not None
    assert shop.letters.pdf(doc_id) == letter.pdf  # the bytes do not change
    assert len(shop.letters.documents_for(debtor)) == 1  # still one letter


def test_a_letter_recorded_without_saying_how_knows_neither(shop: Shop, debtor: int) -> None:
    letter = prepare_letter(shop, debtor, "statement", letter_date=TODAY)
    record = shop.letters.document(shop.letters.issue(letter.draft, letter.pdf))
    assert record.printed_at is None and record.saved_at is None


def test_refusals(shop: Shop, debtor: int) -> None:
    letter = prepare_letter(shop, debtor, "reminder", letter_date=TODAY)
    with pytest.raises(ValueError):
        shop.letters.issue(letter.draft, letter.pdf, how="faxed")
    assert shop.letters.documents_for(debtor) == []
    with pytest.raises(UserError):
        shop.letters.mark_delivered(999, PRINTED)
    doc_id = shop.letters.issue(letter.draft, letter.pdf, how=SAVED)
    with pytest.raises(ValueError):
        shop.letters.mark_delivered(doc_id, "mailed")


def test_the_batch_records_its_letters_as_saved(
    shop: Shop, debtor: int, tmp_path: Path
) -> None:
    result = run_batch(shop, TODAY, tmp_path)
    assert result.document_ids
    for doc_id in result.document_ids:
        record = shop.letters.document(doc_id)
        assert record.saved_at is not None and record.printed_at is None
    shop.letters.mark_delivered(result.document_ids, PRINTED)
    assert all(shop.letters.document(i).printed_at for i in result.document_ids)


def test_the_batch_makes_only_the_letters_kept_ticked(
    shop: Shop, debtor: int, tmp_path: Path
) -> None:
    """Issue #17, defect 10: the owner unticks some of today's letters."""
    other = shop.customers.create(CustomerInput(code="D2", name="רות לוי", language="he",
                                                kind="business"))
    shop.invoices.create_invoice(other.id, "O-1", date(2026, 3, 1), Decimal("80.00"),
                                 date(2026, 3, 31))
    due = shop.letters.letters_due(TODAY)
    assert {d.customer_id for d in due} == {debtor, other.id}
    kept = [(d.customer_id, d.kind) for d in due if d.customer_id == other.id]
    result = run_batch(shop, TODAY, tmp_path, only=kept)
    assert len(result.files) == 1 and len(result.document_ids) == 1
    assert shop.letters.document(result.document_ids[0]).customer_id == other.id
    # The unticked letter stays due; the ticked one is not made twice.
    assert [d.customer_id for d in shop.letters.letters_due(TODAY)] == [debtor]
    again = run_batch(shop, TODAY, tmp_path / "again", only=kept)
    assert again.files == () and again.document_ids == ()
    assert run_batch(shop, TODAY, tmp_path / "none", only=[]).files == ()
    assert [d.customer_id for d in shop.letters.letters_due(TODAY)] == [debtor]
