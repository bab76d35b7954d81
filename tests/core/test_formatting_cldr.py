"""The shekel, number and percent formats are written out in arapp.core.formatting so that
the app does not load babel to draw a list; these tests hold them to babel's CLDR data."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from babel.numbers import format_currency, format_decimal, format_percent
from hypothesis import given
from hypothesis import strategies as st

from arapp.core import formatting
from arapp.core.textclean import strip_bidi_controls

LANGS = ("he", "ar", "en")
LOCALES = {"he": "he_IL", "ar": "ar_IL", "en": "en_IL"}

decimals = st.decimals(
    min_value=Decimal("-1e13"), max_value=Decimal("1e13"), allow_nan=False, places=None
).filter(lambda d: d.is_finite())
scaled = st.builds(
    lambda digits, places, negative: Decimal(digits).scaleb(-places).copy_sign(
        Decimal(-1 if negative else 1)
    ),
    st.integers(min_value=0, max_value=10**15),
    st.integers(min_value=-3, max_value=6),
    st.booleans(),
)
# Babel itself gives up on more digits than the default decimal context holds (28).
values = st.one_of(decimals, scaled, st.integers(min_value=-(10**12), max_value=10**12)).filter(
    lambda v: len(Decimal(v).as_tuple().digits) <= 26
)


def _babel_amount(value: Decimal | int, lang: str) -> str:
    text = format_currency(Decimal(value), "ILS", locale=LOCALES[lang], numbering_system="latn")
    return strip_bidi_controls(text)


def _babel_number(value: Decimal | int, lang: str) -> str:
    number = Decimal(value)
    exponent = number.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    pattern = "#,##0." + "0" * places if places else "#,##0"
    text = format_decimal(number, format=pattern, locale=LOCALES[lang], numbering_system="latn")
    return strip_bidi_controls(text)


def _babel_percent(value: Decimal | int, lang: str) -> str:
    text = format_percent(
        Decimal(value), format="#,##0.##%", locale=LOCALES[lang], numbering_system="latn"
    )
    return strip_bidi_controls(text)


@pytest.mark.parametrize("lang", LANGS)
@given(value=values)
def test_amount_is_babels(lang: str, value: Decimal | int) -> None:
    assert formatting.format_amount(value, lang) == _babel_amount(value, lang)


@pytest.mark.parametrize("lang", LANGS)
@given(value=values)
def test_number_is_babels(lang: str, value: Decimal | int) -> None:
    assert formatting.format_number(value, lang) == _babel_number(value, lang)


@pytest.mark.parametrize("lang", LANGS)
@given(value=values)
def test_percent_is_babels(lang: str, value: Decimal | int) -> None:
    assert formatting.format_percent(value, lang) == _babel_percent(value, lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "value",
    ["0", "-0", "0.005", "0.015", "-0.005", "-0.001", "1E+3", "-1E+5", "999.995", "1234.5"],
)
def test_edges_are_babels(lang: str, value: str) -> None:
    number = Decimal(value)
    assert formatting.format_amount(number, lang) == _babel_amount(number, lang)
    assert formatting.format_number(number, lang) == _babel_number(number, lang)
    assert formatting.format_percent(number, lang) == _babel_percent(number, lang)


def test_shekels_do_not_load_babel() -> None:
    code = (
        "import sys; from decimal import Decimal as D; from arapp.core import formatting as f;"
        "[(f.format_amount(D('-1234.5'), l), f.format_number(D('7.25'), l),"
        " f.format_percent(D('0.1'), l)) for l in ('he', 'ar', 'en')];"
        "print(sorted(m for m in sys.modules if m.startswith('babel')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
