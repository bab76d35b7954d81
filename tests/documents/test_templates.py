"""The default letter templates in resources/templates/<lang>/ follow resources/templates/README.md.

The placeholder list and the labels.toml keys are read from the README itself, so the README,
the templates and this test cannot drift apart.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

import pytest

from arapp.core.cheques import RETURN_REASONS
from arapp.core.collection.kinds import CREDIT_OVERRIDES, DIRECTIONS, ENTRY_KINDS, OUTCOMES, REASONS
from arapp.core.collection.promises import PROMISE_STATES
from arapp.core.letters.kinds import KIND_CODES, PAYMENT_CONFIRMATION, TEMPLATE_KINDS
from arapp.core.services.records import PAYMENT_METHODS

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
#: Labels a language may leave empty (Hebrew and English put no honorific after a name).
MAY_BE_EMPTY = frozenset({"to_after"})
README = TEMPLATES / "README.md"

LANGS = ("he", "ar", "en")
#: The wording files are the letter-kinds table's templates, no more and no fewer.
LETTER_KINDS = TEMPLATE_KINDS
LETTER_KEYS = {"subject", "body"}
#: Words a body may have: a letter fits one A4 page with a table of about five items; an
#: agreement's clauses follow its schedule over as many pages as they need.
MAX_WORDS = {"agreement": 450}

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
# Placeholders that only a given label may (and must) contain; no other label has any.
LABEL_PLACEHOLDERS = {
    "page_of": {"page", "pages"}, "applied_to": {"items"},
    "earlier_letter": {"dates"}, "earlier_letters": {"dates"}, "interest_agreed": {"rate"},
    "execution_office": {"cap"}, "contact_phone": {"value"}, "contact_post": {"value"},
    "contact_email": {"value"}, "returned_cheque_fee": {"cheque"},
    "log_title": {"customer"}, "log_promise_by": {"amount", "date"},
    "log_corrected_by": {"number"}, "log_correction_of": {"number"}, "log_recorded": {"date"},
}
#: Labels named after codes: a prefix and the core's list of codes it is followed by. The
#: documents print every code of these lists in words (the record of contacts, a
#: confirmation's method…), so each code needs its label in every language.
CODE_LABELS: dict[str, tuple[str, ...]] = {
    "log_kind_": ENTRY_KINDS,
    "log_direction_": tuple(d for d in DIRECTIONS if d),
    "log_outcome_": OUTCOMES,
    "log_reason_": REASONS,
    "log_promise_": PROMISE_STATES,
    "log_credit_": CREDIT_OVERRIDES,
    "return_reason_": RETURN_REASONS,
    "method_": PAYMENT_METHODS,
    "letter_": (*KIND_CODES, PAYMENT_CONFIRMATION),
}

HEBREW_LETTER = re.compile(r"[\u05D0-\u05EA]")
HEBREW_ANY = re.compile(r"[\u0590-\u05FF\uFB1D-\uFB4F]")
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
ARABIC_ANY = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
ARABIC_INDIC_DIGIT = re.compile(r"[\u0660-\u0669\u06F0-\u06F9]")
BIDI_CONTROL = re.compile(r"[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]")


def _readme_section(title: str) -> str:
    """The text of the README section whose heading is ``## <title>``."""
    text = README.read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"README has no section '## {title}'"
    return match.group(1)


@cache
def readme_placeholders() -> frozenset[str]:
    """Names in the first column of the README's placeholder table."""
    names: set[str] = set()
    for line in _readme_section("Placeholders").splitlines():
        if line.startswith("|") and "{" in line:
            first_cell = line.split("|")[1]
            names.update(PLACEHOLDER.findall(first_cell))
    return frozenset(names)


@cache
def readme_label_keys() -> frozenset[str]:
    """The backquoted key names in the README's labels.toml section, and the keys of the
    families it names by their codes (``log_kind_<code>``…: :data:`CODE_LABELS`)."""
    section = _readme_section("labels.toml keys")
    for prefix in CODE_LABELS:
        assert f"`{prefix}" in section, f"README does not name the {prefix}<code> labels"
    return frozenset(re.findall(r"`([a-z_]+)`", section)) | code_label_keys()


def code_label_keys() -> frozenset[str]:
    return frozenset(prefix + code for prefix, codes in CODE_LABELS.items() for code in codes)


def _load(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _all_files() -> list[Path]:
    return [
        TEMPLATES / lang / f"{name}.toml" for lang in LANGS for name in (*LETTER_KINDS, "labels")
    ]


def _texts(data: dict) -> list[str]:
    return [value for value in data.values() if isinstance(value, str)]


def test_readme_lists_are_parsed() -> None:
    placeholders = readme_placeholders()
    keys = readme_label_keys()
    # Spot checks that the parsing found the table and the key list, not something else.
    assert {"customer_name", "total", "pay_by", "period_start", "period_end"} <= placeholders
    assert {"opening_balance", "closing_balance", "debt_notice_date"} <= placeholders
    assert len(placeholders) >= 20
    assert {"letter_date", "page_of", "applied_to", "continued", "method_app"} <= keys
    assert len(keys) >= 50
    # The kinds this test checks are the kinds the README names.
    files_section = _readme_section("Files")
    for kind in LETTER_KINDS:
        assert f"`{kind}`" in files_section


@pytest.mark.parametrize("lang", LANGS)
def test_language_folder_has_exactly_the_seven_files(lang: str) -> None:
    folder = TEMPLATES / lang
    assert folder.is_dir()
    expected = {f"{kind}.toml" for kind in LETTER_KINDS} | {"labels.toml"}
    present = {p.name for p in folder.glob("*.toml")}
    assert present == expected


@pytest.mark.parametrize("path", _all_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_file_parses_and_has_no_bidi_controls(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    assert not BIDI_CONTROL.search(raw), f"bidi control character in {path}"
    data = _load(path)
    assert data
    for key, value in data.items():
        assert isinstance(value, str), f"{path.name}: {key} is not a string"
        assert value.strip() or key in MAY_BE_EMPTY, f"{path.name}: {key} is empty"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_letter_subject_and_body(lang: str, kind: str) -> None:
    data = _load(TEMPLATES / lang / f"{kind}.toml")
    assert set(data) == LETTER_KEYS
    subject, body = data["subject"], data["body"]
    assert subject.strip() and "\n" not in subject
    assert subject == subject.strip()
    assert body.strip()
    assert body == body.strip(), "body starts or ends with whitespace"
    # Paragraphs separated by exactly one blank line; each paragraph is one line of text.
    assert "\n\n\n" not in body
    paragraphs = body.split("\n\n")
    assert len(paragraphs) >= 3
    for paragraph in paragraphs:
        assert paragraph.strip() == paragraph and paragraph, repr(paragraph)
        assert "\n" not in paragraph, f"line break inside a paragraph: {paragraph!r}"
    assert len(body.split()) <= MAX_WORDS.get(kind, 180)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_letter_placeholders_are_known(lang: str, kind: str) -> None:
    data = _load(TEMPLATES / lang / f"{kind}.toml")
    known = readme_placeholders()
    for key, text in data.items():
        used = set(PLACEHOLDER.findall(text))
        assert used <= known, f"{lang}/{kind}.toml {key}: unknown {sorted(used - known)}"
        # No stray braces: every "{" / "}" belongs to a well-formed placeholder.
        leftover = PLACEHOLDER.sub("", text)
        assert "{" not in leftover and "}" not in leftover, f"{lang}/{kind}.toml {key}"


@pytest.mark.parametrize("lang", LANGS)
def test_letters_use_the_placeholders_their_kind_needs(lang: str) -> None:
    def used(kind: str) -> set[str]:
        data = _load(TEMPLATES / lang / f"{kind}.toml")
        return set(PLACEHOLDER.findall(data["subject"] + "\n" + data["body"]))

    for kind in ("reminder", "second", "warning"):
        assert {"total", "pay_by", "business_phone"} <= used(kind), kind
    # The debt notice names every way to dispute it: phone, post and e-mail (issue #22).
    assert {"total", "pay_by", "contact_ways"} <= used("debt_notice")
    assert {"pay_within_days", "debt_notice_date"} <= used("warning")
    # A real warning: the earlier letters, the basis for interest, the Execution Office
    # route where the amount allows it (issue #22).
    assert {"earlier_letters", "interest_basis", "execution_office"} <= used("warning")
    assert {
        "settlement_amount",
        "settlement_deadline",
        "discount_amount",
        "discount_percent",
        "total",
    } <= used("settlement")
    assert {"period_start", "period_end", "opening_balance", "closing_balance"} <= used("statement")
    for kind in LETTER_KINDS:
        if kind != "warning":
            assert "debt_notice_date" not in used(kind), kind


@pytest.mark.parametrize("lang", LANGS)
def test_debt_notice_date_is_a_paragraph_of_its_own(lang: str) -> None:
    """The sentence naming the debt notice's date is dropped when there was none, so it
    must stand alone: one paragraph, one sentence, no other placeholder."""
    body = _load(TEMPLATES / lang / "warning.toml")["body"]
    paragraphs = [p for p in body.split("\n\n") if "{debt_notice_date}" in p]
    assert len(paragraphs) == 1
    (paragraph,) = paragraphs
    assert PLACEHOLDER.findall(paragraph) == ["debt_notice_date"]
    assert paragraph.count(".") == 1 and paragraph.endswith(".")


@pytest.mark.parametrize("lang", LANGS)
def test_debt_notice_cites_section_13b2(lang: str) -> None:
    data = _load(TEMPLATES / lang / "debt_notice.toml")
    section = {"he": "13ב2", "ar": "13ب2", "en": "13B2"}[lang]
    assert section in data["subject"]
    assert section in data["body"]
    assert "1981" in data["body"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_code_has_its_words(lang: str) -> None:
    """Every code of the core's lists (entry kinds, directions, outcomes, reasons, promise
    states, payment methods, letter kinds, cheque return reasons) has its label."""
    labels = _load(TEMPLATES / lang / "labels.toml")
    missing = sorted(key for key in code_label_keys() if not labels.get(key, "").strip())
    assert missing == []
    # Codes that share a word in one family are still told apart (no copy-paste slip).
    for prefix, codes in CODE_LABELS.items():
        words = [labels[prefix + code] for code in codes]
        assert len(set(words)) == len(words), prefix


@pytest.mark.parametrize("lang", LANGS)
def test_labels_have_exactly_the_readme_keys(lang: str) -> None:
    labels = _load(TEMPLATES / lang / "labels.toml")
    keys = readme_label_keys()
    assert set(labels) - keys == set(), "keys not in the README"
    assert keys - set(labels) == set(), "README keys missing"
    for key, value in labels.items():
        assert isinstance(value, str) and (value.strip() or key in MAY_BE_EMPTY), key
        assert "\n" not in value, key
        used = set(PLACEHOLDER.findall(value))
        assert used == LABEL_PLACEHOLDERS.get(key, set()), f"{lang} {key}: {sorted(used)}"
        leftover = PLACEHOLDER.sub("", value)
        assert "{" not in leftover and "}" not in leftover, f"{lang} {key}"


@pytest.mark.parametrize("path", _all_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_script_matches_language(path: Path) -> None:
    lang = path.parent.name
    text = "\n".join(_texts(_load(path)))
    if lang == "he":
        assert HEBREW_LETTER.search(text), "no Hebrew letters"
        assert not ARABIC_ANY.search(text), "Arabic characters in a Hebrew file"
    elif lang == "ar":
        assert ARABIC_LETTER.search(text), "no Arabic letters"
        assert not HEBREW_ANY.search(text), "Hebrew characters in an Arabic file"
        assert not ARABIC_INDIC_DIGIT.search(text), "Arabic-Indic digits; use 0-9"
    else:
        assert not HEBREW_ANY.search(text), "Hebrew characters in an English file"
        assert not ARABIC_ANY.search(text), "Arabic characters in an English file"
