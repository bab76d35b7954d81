"""Credit control: the one home of the credit-limit rule.

The limit is checked against the customer's **exposure** (:mod:`arapp.core.services.
cash_outlook`): what they owe plus the cheques counted as paid that can still come back.
Before an invoice is added, the exposure it would leave is the debt after it plus those
cheques: max(0, balance + invoice) + at risk (a credit on account absorbs the invoice
first). An invoice for a customer on stop credit, or one that takes the exposure over
the limit, needs the owner's override (logged); otherwise it is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from arapp.core.money import ZERO


def over_limit(limit: Decimal | None, exposure: Decimal) -> Decimal:
    """How far ``exposure`` is over ``limit`` (0 when within it or when there is none)."""
    if limit is None:
        return ZERO
    return max(ZERO, exposure - limit)


def exposure_after_invoice(balance: Decimal, at_risk: Decimal, amount: Decimal) -> Decimal:
    """The exposure once an invoice of ``amount`` is added to a customer whose balance is
    ``balance`` (negative: credit on account) with ``at_risk`` in cheques not cleared."""
    return max(ZERO, balance + amount) + at_risk


@dataclass(frozen=True, slots=True)
class CreditCheck:
    """What adding an invoice of ``amount`` means for the customer's credit."""

    limit: Decimal | None
    stop_credit: bool
    amount: Decimal
    #: The exposure with the invoice added.
    exposure_after: Decimal

    @property
    def over(self) -> Decimal:
        return over_limit(self.limit, self.exposure_after)

    @property
    def needs_override(self) -> bool:
        """Stop credit, or over the limit: the owner must say so to go on."""
        return self.stop_credit or self.over > ZERO
