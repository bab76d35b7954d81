from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from arapp.core.formatting import format_amount, format_date, format_number, format_percent

BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("lang", "value", "expected"),
    [
        ("he", "1234.5", f"1,234.50{NBSP}₪"),
        ("he", "-1234.50", f"-1,234.50{NBSP}₪"),
        ("he", "0", f"0.00{NBSP}₪"),
        ("ar", "1234.5", f"1,234.50{NBSP}₪"),
        ("ar", "-0.05", f"-0.05{NBSP}₪"),
        ("en", "1234.5", "₪1,234.50"),
        ("en", "-1234.50", "-₪1,234.50"),
        ("en", "1234567.89", "₪1,234,567.89"),
    ],
)
def test_format_amount(lang: str, value: str, expected: str) -> None:
    assert format_amount(Decimal(value), lang) == expected


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
@pytest.mark.parametrize("value", ["1234.50", "-1234.50", "0", "-0.01", "9999999.99"])
def test_format_amount_has_no_bidi_controls_and_latin_digits(lang: str, value: str) -> None:
    text = format_amount(Decimal(value), lang)
    assert not BIDI_CONTROLS.search(text)
    assert not re.search("[\u0660-\u0669\u06f0-\u06f9]", text)  # no Arabic-Indic digits
    digits = "".join(ch for ch in text if ch.isdigit())
    assert digits == "".join(ch for ch in f"{abs(Decimal(value)):.2f}" if ch.isdigit())
    assert text.startswith("-") == (Decimal(value) < 0)


def test_format_amount_other_currency() -> None:
    assert format_amount(Decimal("5"), "en", "EUR") == "€5.00"
    assert format_amount(Decimal("5"), "he", "USD") == f"5.00{NBSP}$"


def test_format_number_keeps_the_value_scale() -> None:
    assert format_number(Decimal("1234.50"), "he") == "1,234.50"
    assert format_number(Decimal("-1234.50"), "ar") == "-1,234.50"
    assert format_number(7, "en") == "7"
    assert format_number(Decimal("1234567.125"), "en") == "1,234,567.125"


def test_format_percent() -> None:
    assert format_percent(Decimal("0.1"), "he") == "10%"
    assert format_percent(Decimal("0.125"), "ar") == "12.5%"
    assert format_percent(Decimal("-0.0525"), "en") == "-5.25%"
    for lang in ("he", "ar", "en"):
        assert not BIDI_CONTROLS.search(format_percent(Decimal("-0.5"), lang))


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_format_date_is_day_month_year(lang: str) -> None:
    assert format_date(date(2026, 3, 5), lang) == "05/03/2026"
    assert format_date(date(2025, 12, 31), lang) == "31/12/2025"


def test_bad_inputs() -> None:
    with pytest.raises(ValueError):
        format_amount(Decimal(1), "fr")
    with pytest.raises(ValueError):
        format_date(date(2026, 1, 1), "xx")
    with pytest.raises(TypeError):
        format_amount(0.1, "he")  # type: ignore[arg-type]


def test_formatting_does_not_pull_in_reportlab_or_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, arapp.core.formatting; "
        "bad = [m for m in sys.modules if m.startswith(('reportlab', 'PySide6'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
