"""Issue #22 (3): a settlement offer's box asks for the settlement amount by the offer's
date, as its body does; the table's total is the full debt, labelled as the debt."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from arapp.core.templates import labels
from arapp.documents.render import render_document
from tests.documents.test_inserted_values import text_of


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_the_settlement_box_asks_for_the_settlement_amount(
    shop: Shop, tmp_path: Path, lang: str
) -> None:
    c = shop.customers.create(CustomerInput(code="S1", name="Dana Levi", language=lang))
    shop.invoices.create_invoice(c.id, "S-1", date(2026, 3, 1), Decimal("11113.50"),
                                 date(2026, 4, 1))
    draft = shop.letter_drafts.draft(c.id, "settlement", letter_date=date(2026, 6, 30))
    assert draft.data.settlement_amount == Decimal("10002.15")  # 10% off
    text = text_of(render_document(draft.data), tmp_path)
    names = labels(lang)
    assert names["settlement_to_pay"] in text and "10,002.15" in text, text
    assert names["total_debt"] in text and "11,113.50" in text
    assert names["total"] not in text  # "Total due" with the full debt: the contradiction
    assert "14/07/2026" in text


def test_a_warning_box_still_says_total_due(shop: Shop, tmp_path: Path) -> None:
    c = shop.customers.create(CustomerInput(code="W1", name="Big Ltd", language="en",
                                            kind="business"))
    shop.invoices.create_invoice(c.id, "W-1", date(2026, 3, 1), Decimal("100.00"),
                                 date(2026, 4, 1))
    draft = shop.letter_drafts.draft(c.id, "warning", letter_date=date(2026, 6, 30))
    assert draft.data.settlement_amount is None
    text = text_of(render_document(draft.data), tmp_path)
    assert "Total due" in text and "₪100.00" in text and "Settlement" not in text
