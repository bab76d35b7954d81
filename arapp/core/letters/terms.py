"""What a warning letter states about the law's routes and the cost of paying late,
kept in the shop's settings (issue #22): the ceiling of a fixed-sum claim the Execution
Office takes directly (₪75,000 today: the owner updates it when the law changes), and the
late interest the customer agreed to, if any (otherwise the letter names linkage and
interest as provided by law)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from arapp.core.errors import InvalidField
from arapp.core.money import money_str
from arapp.core.plans.schedule import check_annual_rate

DEFAULT_EXECUTION_OFFICE_CAP = Decimal("75000.00")
CAP_KEY = "letters.execution_office_cap"
RATE_KEY = "letters.late_interest_rate"


@dataclass(frozen=True, slots=True)
class LetterTerms:
    execution_office_cap: Decimal = DEFAULT_EXECUTION_OFFICE_CAP
    #: Percent a year, as agreed with the customers; None: linkage and interest by law.
    late_interest_rate: Decimal | None = None

    def allows_execution_office(self, debt: Decimal) -> bool:
        """Whether a debt this size may go to the Execution Office as a fixed-sum claim."""
        return Decimal(0) < debt <= self.execution_office_cap


def check_terms(terms: LetterTerms) -> LetterTerms:
    cap = terms.execution_office_cap
    if not isinstance(cap, Decimal) or not cap.is_finite() or cap < 0:
        raise InvalidField("{field} must be a number", input_field="execution_office_cap",
                           field="Execution Office ceiling")
    if terms.late_interest_rate is not None:
        check_annual_rate(terms.late_interest_rate, "late_interest_rate")
    return terms


def read_terms(get: Callable[[str, str], str]) -> LetterTerms:
    """The terms from settings read with ``get(key, default)``; a value that no longer
    parses falls back to the default rather than breaking every warning letter."""
    try:
        cap = Decimal(get(CAP_KEY, "") or DEFAULT_EXECUTION_OFFICE_CAP)
        rate_text = get(RATE_KEY, "")
        rate = Decimal(rate_text) if rate_text else None
        return check_terms(LetterTerms(cap, rate))
    except (InvalidOperation, InvalidField):
        return LetterTerms()


def terms_values(terms: LetterTerms) -> dict[str, str]:
    """The settings rows that store ``terms``."""
    rate = terms.late_interest_rate
    return {
        CAP_KEY: money_str(terms.execution_office_cap),
        RATE_KEY: "" if rate is None else f"{rate.normalize():f}",
    }
