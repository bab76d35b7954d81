"""The agreement's placeholders, formatted as the letters format theirs, and the default
agreement wording filled with them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from arapp.core.errors import UserError
from arapp.core.letters.data import Business, Party, ScheduleRow
from arapp.core.plans.agreement_text import agreement_values
from arapp.core.plans.schedule import Frequency, Terms, build_schedule
from arapp.core.services import Shop
from arapp.core.templates import (
    PLACEHOLDERS,
    TemplateText,
    check_template,
    default_template,
    fill_paragraphs,
    strip_isolates,
)

BUSINESS = Business(
    name="אור צילום",
    registration_number="514567890",
    address="רחוב הרצל 12\nחיפה 3303112",
    phones="04-8123456",
    owner_name="אורי לוי",
)
CUSTOMER = Party("דוד כהן", "012345678", "רחוב הגפן 7, נצרת עילית", "052-1234567")
GUARANTOR = Party("רחל כהן", "023456789", "רחוב הגפן 9", max_liability=Decimal("5000.00"))

AGREEMENT_PLACEHOLDERS = {
    "customer_name",
    "customer_id_number",
    "customer_address",
    "business_name",
    "business_reg_no",
    "business_address",
    "owner_name",
    "today",
    "place",
    "plan_number",
    "debt",
    "down_payment",
    "principal",
    "installment_count",
    "installment_amount",
    "first_due",
    "last_due",
    "frequency",
    "annual_rate",
    "total_interest",
    "total_payable",
    "grace_days",
    "guarantor_name",
    "guarantor_id_number",
    "guarantor_max",
    "language",
}


def schedule_rows(
    down_payment: Decimal = Decimal("0.00"), frequency: Frequency = Frequency.MONTH
) -> tuple[Decimal, Decimal, tuple[ScheduleRow, ...]]:
    terms = Terms(
        debt=Decimal("12000.00"),
        plan_date=date(2027, 1, 1),
        first_due=date(2027, 1, 31),
        count=12,
        annual_rate=Decimal("6"),
        down_payment=down_payment,
        frequency=frequency,
    )
    schedule = build_schedule(terms)
    rows = [
        ScheduleRow(line.n, line.due, line.amount, line.principal, line.interest)
        for line in schedule.lines
    ]
    if down_payment:
        rows.insert(0, ScheduleRow(0, terms.plan_date, down_payment, down_payment, Decimal(0)))
    return schedule.total_interest, schedule.total_payable, tuple(rows)


def values(
    lang: str,
    *,
    guarantor: Party | None = GUARANTOR,
    down_payment: Decimal = Decimal("0.00"),
    frequency: str = "month",
) -> dict[str, str]:
    interest, payable, rows = schedule_rows(down_payment, Frequency(frequency))
    return agreement_values(
        lang,
        business=BUSINESS,
        customer=CUSTOMER,
        guarantor=guarantor,
        plan_number="P-0007",
        debt=Decimal("12000.00"),
        down_payment=down_payment,
        principal=Decimal("12000.00") - down_payment,
        annual_rate=Decimal("6"),
        total_interest=interest,
        total_payable=payable,
        schedule=rows,
        frequency=frequency,
        grace_days=10,
        place="חיפה",
        today=date(2027, 1, 1),
    )


def test_every_agreement_placeholder_is_known_and_filled() -> None:
    assert AGREEMENT_PLACEHOLDERS <= PLACEHOLDERS
    v = values("he", down_payment=Decimal("1000.00"))
    assert set(v) >= AGREEMENT_PLACEHOLDERS
    assert all(v[name] for name in AGREEMENT_PLACEHOLDERS), v


def test_amounts_dates_and_rate_are_written_as_letters_write_them() -> None:
    v = values("he")
    assert v["debt"] == "12,000.00\xa0₪"
    assert v["principal"] == "12,000.00\xa0₪"
    assert v["installment_amount"] == "1,032.80\xa0₪"
    assert v["total_interest"] == "393.58\xa0₪"
    assert v["total_payable"] == "12,393.58\xa0₪"
    assert v["first_due"] == "31/01/2027" and v["last_due"] == "31/12/2027"
    assert v["installment_count"] == "12"
    assert v["annual_rate"] == "6%"
    assert v["today"] == "01/01/2027"
    assert v["business_address"] == "רחוב הרצל 12, חיפה 3303112"
    assert v["guarantor_max"] == "5,000.00\xa0₪"
    en = values("en")
    assert en["debt"] == "₪12,000.00" and en["frequency"] == "monthly"
    assert en["language"] == "English"


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("he", ("חודשיים", "דו-שבועיים", "שבועיים")),
        ("ar", ("شهرية", "تدفع كل أسبوعين", "أسبوعية")),
        ("en", ("monthly", "fortnightly", "weekly")),
    ],
)
def test_frequency_is_a_word_of_the_language(lang: str, words: tuple[str, str, str]) -> None:
    found = tuple(values(lang, frequency=f)["frequency"] for f in ("month", "2weeks", "week"))
    assert found == words


def test_unknown_frequency_is_refused() -> None:
    interest, payable, rows = schedule_rows()
    with pytest.raises(ValueError, match="frequency"):
        agreement_values(
            "he",
            business=BUSINESS,
            customer=CUSTOMER,
            guarantor=None,
            plan_number="P-1",
            debt=Decimal("12000.00"),
            down_payment=Decimal(0),
            principal=Decimal("12000.00"),
            annual_rate=Decimal("6"),
            total_interest=interest,
            total_payable=payable,
            schedule=rows,
            frequency="year",
            grace_days=10,
            place="",
            today=date(2027, 1, 1),
        )


def test_down_payment_line_zero_and_schedule_without_it() -> None:
    v = values("he", down_payment=Decimal("1000.00"))
    assert v["down_payment"] == "1,000.00\xa0₪"
    assert v["installment_count"] == "12"  # line 0 is not an installment
    assert values("he")["down_payment"] == ""


def test_guarantor_without_ceiling_guarantees_the_total_payable() -> None:
    v = values("en", guarantor=Party("Ruth Cohen", "023456789"))
    assert v["guarantor_max"] == v["total_payable"]
    none = values("en", guarantor=None)
    assert none["guarantor_name"] == none["guarantor_id_number"] == none["guarantor_max"] == ""


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_default_agreement_fills_without_leftovers(lang: str) -> None:
    template = default_template("agreement", lang)
    check_template(template)
    filled = values(lang, down_payment=Decimal("1000.00"))
    with_all = fill_paragraphs(template.body, filled)
    bare = fill_paragraphs(template.body, values(lang, guarantor=None))
    # The down payment's clause and the guarantee clause drop out when they do not apply.
    assert len(with_all) - len(bare) == 2
    assert 8 <= len(bare) <= 12
    text = "\n".join(with_all)
    assert "{" not in text and "}" not in text
    for name in (
        "debt",
        "down_payment",
        "principal",
        "total_interest",
        "total_payable",
        "first_due",
        "last_due",
        "annual_rate",
        "guarantor_max",
        "guarantor_id_number",
        "grace_days",
        "frequency",
        "installment_count",
    ):
        # fill_paragraphs folds runs of white space, the amounts' no-break space included
        assert " ".join(filled[name].split()) in text, name
    assert values(lang)["language"] in text
    assert "1,000.00" not in "\n".join(bare) and "023456789" not in "\n".join(bare)


def test_the_owner_can_keep_their_own_agreement_wording(shop: Shop) -> None:
    """The agreement is a wording file like the letters': edited, kept per language,
    filled from agreement_values, reset to the default."""
    text = TemplateText(
        "Plan {plan_number}",
        "{customer_name} pays {principal} in {installment_count} {frequency} installments."
        "\n\nGuaranteed by {guarantor_name} up to {guarantor_max}.",
    )
    shop.letters.save_template("agreement", "en", text)
    kept = shop.letters.template("agreement", "en")
    assert kept == text
    assert tuple(map(strip_isolates, fill_paragraphs(kept.body, values("en", guarantor=None)))) == (
        "דוד כהן pays ₪12,000.00 in 12 monthly installments.",
    )
    shop.letters.reset_template("agreement", "en")
    assert shop.letters.template("agreement", "en") == default_template("agreement", "en")
    with pytest.raises(UserError, match="guarantor_limit"):
        check_template(TemplateText("Plan", "Up to {guarantor_limit}."))
