"""The Letters settings page's preview for the documents that are not letters: an
installment agreement and a payment confirmation worded as the editor holds them."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from arapp.core.services import Shop
from arapp.core.services.records import CustomerRecord
from arapp.core.templates import TemplateText
from arapp.ui.settings.template_preview import preview_pdf


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "preview.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_agreement_preview_uses_the_wording_being_edited(
    shop: Shop, customer: CustomerRecord, tmp_path: Path
) -> None:
    assert preview_pdf(shop, "agreement", "en",
                       TemplateText("Zebra agreement", "Clause one.")) is None  # owes nothing
    today = date.today()
    shop.invoices.create_invoice(customer.id, "1", today - timedelta(days=40),
                                 Decimal("1200"), today - timedelta(days=10))
    pdf = preview_pdf(shop, "agreement", "en",
                      TemplateText("Zebra agreement", "Pay {installment_count} times."))
    assert pdf is not None
    words = text_of(pdf, tmp_path)
    assert "Zebra agreement" in words and "Pay 12 times." in words
    assert shop.plans.for_customer(customer.id) == []  # a preview saves nothing


def test_the_confirmation_preview_uses_the_newest_payment(
    shop: Shop, customer: CustomerRecord, tmp_path: Path
) -> None:
    today = date.today()
    shop.invoices.create_invoice(customer.id, "1", today, Decimal("100"), today)
    shop.payments.record_payment(customer.id, today, Decimal("40"))
    pdf = preview_pdf(shop, "payment_confirmation", "en",
                      TemplateText("Got it", "We received {payment_amount}."))
    assert pdf is not None
    words = text_of(pdf, tmp_path)
    assert "Got it" in words and "We received ₪40.00." in words
