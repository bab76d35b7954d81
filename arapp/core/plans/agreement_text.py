"""The values an installment agreement's template is filled with.

The plan service reads the agreement's wording (the default or the owner's edited copy)
and fills it with ``templates.fill_paragraphs(body, agreement_values(...))``; this module
only says how each ``{placeholder}`` reads in the agreement's language. Amounts, dates and
the rate go through :mod:`arapp.core.formatting`, as a letter's do; the few words that
are not numbers (how often an installment falls due, the language's own name) come from
the language's ``labels.toml``, so no wording lives in code. Pure: no database, Qt or PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from arapp.core.formatting import format_amount, format_date, format_percent
from arapp.core.letters.data import Business, Party, ScheduleRow
from arapp.core.templates import labels

#: How often an installment falls due → its word's key in ``labels.toml``.
_FREQUENCY_LABELS = {
    "month": "agr_freq_month",
    "2weeks": "agr_freq_two_weeks",
    "week": "agr_freq_week",
}


def _one_line(text: str) -> str:
    # An address is kept with line breaks; inside a sentence it reads as one line.
    return ", ".join(part.strip() for part in text.splitlines() if part.strip())


def agreement_values(
    lang: str,
    *,
    business: Business,
    customer: Party,
    guarantor: Party | None,
    plan_number: str,
    debt: Decimal,
    down_payment: Decimal,
    principal: Decimal,
    annual_rate: Decimal,
    total_interest: Decimal,
    total_payable: Decimal,
    schedule: Sequence[ScheduleRow],
    frequency: str,
    grace_days: int,
    place: str,
    today: date,
    currency: str = "ILS",
) -> dict[str, str]:
    """Every agreement placeholder (see ``resources/templates/README.md``) as text in
    ``lang``: amounts with the currency sign, dates dd/mm/yyyy, the rate as "6%"
    (``annual_rate`` is percent a year), ``frequency`` ("month", "2weeks" or "week") as
    the language's word. ``schedule`` may hold the down payment as line 0; the count,
    first and last due dates and the installment amount are of lines 1 and on.

    Values that do not apply are empty, so the paragraph that needs them drops out of
    the filled template: the down payment when it is zero, the guarantor's three
    fields without a guarantor. A guarantor without a stated ceiling guarantees up to
    the total payable. Raises ``ValueError`` for an unknown language or frequency."""
    words = labels(lang)
    if frequency not in _FREQUENCY_LABELS:
        raise ValueError(f"unknown frequency {frequency!r}; expected month, 2weeks or week")

    def money(value: Decimal) -> str:
        return format_amount(value, lang, currency)

    installments = [row for row in schedule if row.n >= 1]
    values = {
        "customer_name": customer.name,
        "customer_id_number": customer.id_number,
        "customer_address": _one_line(customer.address),
        "business_name": business.name,
        "business_reg_no": business.registration_number,
        "business_address": _one_line(business.address),
        "business_phone": business.phones,
        "owner_name": business.owner_name,
        "today": format_date(today, lang),
        "place": place,
        "plan_number": plan_number,
        "debt": money(debt),
        "down_payment": money(down_payment) if down_payment else "",
        "principal": money(principal),
        "installment_count": str(len(installments)),
        "installment_amount": money(installments[0].amount) if installments else "",
        "first_due": format_date(installments[0].due_date, lang) if installments else "",
        "last_due": format_date(installments[-1].due_date, lang) if installments else "",
        "frequency": words[_FREQUENCY_LABELS[frequency]],
        "annual_rate": format_percent(annual_rate / Decimal(100), lang),
        "total_interest": money(total_interest),
        "total_payable": money(total_payable),
        "grace_days": str(grace_days),
        "guarantor_name": "",
        "guarantor_id_number": "",
        "guarantor_max": "",
        "language": words["agr_language_name"],
    }
    if guarantor is not None:
        ceiling = guarantor.max_liability
        values["guarantor_name"] = guarantor.name
        values["guarantor_id_number"] = guarantor.id_number
        values["guarantor_max"] = money(total_payable if ceiling is None else ceiling)
    return values
