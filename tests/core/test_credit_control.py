"""Credit control when an invoice is added: stop credit and the credit limit (against
the exposure the invoice leaves) refuse it unless the owner overrides, which is logged."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.cheques import ChequeInput
from arapp.core.collection.credit import exposure_after_invoice, over_limit
from arapp.core.errors import CreditLimitExceeded, CreditStopped
from arapp.core.services import Shop, clock
from arapp.core.services.records import CustomerInput, CustomerRecord

TODAY = date(2026, 6, 1)
BASE = CustomerInput(code="K1", name="Karim", credit_limit=Decimal("1000.00"))


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now_text", lambda: f"{TODAY.isoformat()}T09:00:00")
    yield


@pytest.fixture
def limited(shop: Shop) -> CustomerRecord:
    return shop.customers.create(BASE)


def rows(shop: Shop) -> list[tuple[object, ...]]:
    return [tuple(r) for t in ("debit", "interaction", "allocation")
            for r in shop.db.execute_sql(f"SELECT * FROM {t} ORDER BY id")]


def invoice(shop: Shop, c: CustomerRecord, number: str, amount: str, **kw: object) -> int:
    return shop.invoices.add(c.id, number, TODAY, Decimal(amount), **kw).id  # type: ignore[arg-type]


def test_the_rule() -> None:
    assert over_limit(None, Decimal("99999")) == 0
    assert over_limit(Decimal("100"), Decimal("100")) == 0
    assert over_limit(Decimal("100"), Decimal("100.01")) == Decimal("0.01")
    # Credit on account absorbs the invoice first; cheques at risk count in full.
    assert exposure_after_invoice(Decimal("-300"), Decimal("0"), Decimal("200")) == 0
    assert exposure_after_invoice(Decimal("-300"), Decimal("50"), Decimal("500")) == 250


def test_up_to_the_limit_passes_and_one_agora_over_is_refused(
    shop: Shop, limited: CustomerRecord
) -> None:
    invoice(shop, limited, "1", "600.00")
    invoice(shop, limited, "2", "400.00")  # exactly the limit
    before = rows(shop)
    with pytest.raises(CreditLimitExceeded) as refused:
        invoice(shop, limited, "3", "0.01")
    assert rows(shop) == before
    assert refused.value.params["over"] == Decimal("0.01")
    assert refused.value.check.exposure_after == Decimal("1000.01")  # type: ignore[attr-defined]
    assert "over the credit limit of 1000.00" in refused.value.message


def test_the_override_adds_it_and_logs_it(shop: Shop, limited: CustomerRecord) -> None:
    invoice(shop, limited, "1", "900.00")
    debit_id = invoice(shop, limited, "2", "300.00", override=True)
    (entry,) = shop.interactions.timeline(limited.id, ["credit_override"])
    assert (entry.ref_kind, entry.ref_id, entry.outcome) == ("debit", debit_id, "over_limit")
    assert entry.note == "2 · 1200.00 / 1000.00"
    # Within the limit an override changes nothing and logs nothing.
    other = shop.customers.create(replace(BASE, code="K2", credit_limit=None))
    invoice(shop, other, "3", "5000.00", override=True)
    assert shop.interactions.timeline(other.id) == []


def test_stop_credit_refuses_any_invoice(shop: Shop) -> None:
    stopped = shop.customers.create(replace(BASE, stop_credit=True, credit_limit=None))
    before = rows(shop)
    with pytest.raises(CreditStopped, match="Karim is on stop credit"):
        invoice(shop, stopped, "1", "1.00")
    assert rows(shop) == before
    invoice(shop, stopped, "1", "1.00", override=True)
    (entry,) = shop.interactions.timeline(stopped.id)
    assert (entry.kind, entry.outcome) == ("credit_override", "stop_credit")


def test_cheques_at_risk_count_and_post_dated_ones_cover(
    shop: Shop, limited: CustomerRecord
) -> None:
    """The limit is checked against the exposure (the cheque register's definition): a
    cheque dated by today is counted as paid but can still come back."""
    invoice(shop, limited, "1", "800.00")
    shop.cheques.add(limited.id, ChequeInput(bank="12", branch="345", account="678901",
                                             number="77", amount=Decimal("800.00"), date=TODAY))
    check = shop.invoices.credit_check(limited.id, Decimal("300.00"))
    assert (check.exposure_after, check.over, check.needs_override) == (
        Decimal("1100.00"), Decimal("100.00"), True)
    assert shop.cheques.check_credit_limit(limited.id).exposure == Decimal("800.00")


def test_credit_on_account_is_used_first(shop: Shop, limited: CustomerRecord) -> None:
    shop.payments.record_payment(limited.id, TODAY, Decimal("500.00"))
    invoice(shop, limited, "1", "1500.00")  # 1500 − 500 credit = 1000: at the limit
    assert shop.customers.get(limited.id).balance == Decimal("1000.00")


def test_an_import_is_history_and_is_not_checked(shop: Shop, tmp_path: Path) -> None:
    """An import records invoices already issued: a limit cannot undo a sale that
    happened, so it is not checked there (and nothing is logged as an override)."""
    stopped = shop.customers.create(replace(BASE, stop_credit=True))
    path = tmp_path / "invoices.csv"
    path.write_text("customer_code,number,date,due_date,amount\n"
                    "K1,900,2026-05-01,2026-05-31,5000.00\n", encoding="utf-8")
    shop.importer.import_file("invoices", path)
    assert shop.customers.get(stopped.id).balance == Decimal("5000.00")
    assert shop.interactions.timeline(stopped.id) == []
