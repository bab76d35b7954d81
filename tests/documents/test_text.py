"""The bidi helper: what reaches reportlab is left-to-right drawing order.

Expected strings below are *visual*: read them left to right as they appear on paper; a
Hebrew or Arabic word therefore appears reversed (and Arabic as joined presentation forms).
"""

from __future__ import annotations

import unicodedata

import bidi
import pytest
from bidi import algorithm as bidi_algorithm
from reportlab.pdfbase import pdfmetrics

from arapp.documents import fonts
from arapp.documents.text import (
    clean_user_text,
    display_text,
    layout_paragraph,
    protected_spans,
    shape,
    visual_line,
    wrap_logical,
)

BIDI_CONTROLS = [
    "\u200e",  # LRM
    "\u200f",  # RLM
    "\u061c",  # ALM
    "\u202a",  # LRE
    "\u202b",  # RLE
    "\u202c",  # PDF
    "\u202d",  # LRO
    "\u202e",  # RLO
    "\u2066",  # LRI
    "\u2067",  # RLI
    "\u2068",  # FSI
    "\u2069",  # PDI
]


def rev(s: str) -> str:
    return s[::-1]


# -- cleaning -------------------------------------------------------------------------


@pytest.mark.parametrize("control", BIDI_CONTROLS)
def test_clean_strips_each_bidi_control(control: str) -> None:
    assert clean_user_text(f"Da{control}vid {control}Cohen{control}") == "David Cohen"


def test_clean_strips_invisible_format_and_control_chars() -> None:
    dirty = "\ufeffDa\u200bvid\u00ad Co\u2060hen\x07\x00\ue000"
    assert clean_user_text(dirty) == "David Cohen"


def test_clean_keeps_text_and_normalises_breaks() -> None:
    assert clean_user_text("דוד\tכהן\r\nيوسف\u2028x") == "דוד כהן\nيوسف\nx"
    assert clean_user_text("e\u0301") == "\u00e9"  # NFC: one glyph, not base + mark


def test_override_in_a_name_cannot_reorder_the_line() -> None:
    # An RLO would draw "Cohen" as "nehoC" and drag the rest of the line with it.
    assert display_text("Dear \u202eDavid Cohen\u202c, hello", rtl=False) == (
        "Dear David Cohen, hello"
    )
    assert display_text("לכבוד \u202dDavid\u202c", rtl=True) == f"David {rev('לכבוד')}"


# -- numbers, phones, dates, amounts --------------------------------------------------


def test_phone_in_arabic_keeps_its_order() -> None:
    # Plain bidi turns this into "1234567-052" (see DESIGN); the unit must survive.
    assert "1234567-052" in bidi.get_display("هاتف 052-1234567", base_dir="R")
    visual = display_text("هاتف 052-1234567", rtl=True)
    assert visual.startswith("052-1234567 ")
    assert unicodedata.normalize("NFKC", visual[len("052-1234567 ") :]) == rev("هاتف")


@pytest.mark.parametrize(
    "phone", ["052-1234567", "+972-52-123-4567", "052 123 4567", "+972 52 123 4567"]
)
@pytest.mark.parametrize("word", ["טלפון", "هاتف"])
def test_phone_formats_in_rtl_lines(phone: str, word: str) -> None:
    visual = unicodedata.normalize("NFKC", display_text(f"{word} {phone}", rtl=True))
    assert visual == f"{phone} {rev(word)}"


def test_phone_in_hebrew_sentence() -> None:
    visual = display_text("טלפון 052-1234567 תודה", rtl=True)
    assert visual == f"{rev('תודה')} 052-1234567 {rev('טלפון')}"


@pytest.mark.parametrize(
    "unit", ["INV-2024/001", "05/03/2026", "012345678", "C-1042", "14:30", "12.5%"]
)
@pytest.mark.parametrize("lang_word", ["חשבונית", "فاتورة"])
def test_numbers_keep_order_in_rtl(unit: str, lang_word: str) -> None:
    visual = display_text(f"{lang_word} {unit} {lang_word}", rtl=True)
    assert unit in visual


def test_amount_reads_number_then_sign_in_rtl() -> None:
    # he/ar amounts are written "1,234.50 ₪" (number first); in RTL text the sign sits
    # on the left of the intact number, so a right-to-left reader meets the number first.
    visual = display_text("סך 1,234.50\u00a0₪ לתשלום", rtl=True)
    assert visual == f"{rev('לתשלום')} ₪\u00a01,234.50 {rev('סך')}"
    negative = display_text("יתרה -1,234.50\u00a0₪", rtl=True)
    assert "-1,234.50" in negative


def test_amount_and_date_in_arabic() -> None:
    visual = display_text("بمبلغ 1,234.50\u00a0₪ بتاريخ 05/03/2026", rtl=True)
    assert "1,234.50" in visual and "05/03/2026" in visual
    # reading right to left: the amount comes before the date
    assert visual.index("05/03/2026") < visual.index("1,234.50")


def test_hebrew_prefix_hyphen_is_not_a_minus_sign() -> None:
    # "ב-5" (on the 5th): the hyphen belongs to the word; plain bidi already gets it right.
    assert display_text("ב-5 לחודש", rtl=True) == f"{rev('לחודש')} 5-ב"
    assert display_text("ב-15/12/2025.", rtl=True) == ".15/12/2025-ב"


def test_protected_spans() -> None:
    text = "INV-1001, 05/03/2026, 1,234.50\u00a0₪, 1998, Cohen, ב-5, -7"
    found = [text[a:b] for a, b in protected_spans(text)]
    assert found == ["INV-1001", "05/03/2026", "1,234.50\u00a0₪", "-7"]


def test_a_list_of_invoices_reads_in_order_in_rtl() -> None:
    visual = display_text("חשבוניות INV-1001, INV-1002", rtl=True)
    # right to left: the word, then INV-1001, then INV-1002
    assert visual.index("INV-1002") < visual.index("INV-1001") < visual.index(rev("חשבוניות"))


# -- brackets -------------------------------------------------------------------------


def test_default_python_bidi_does_not_mirror_brackets() -> None:
    # Why text.py uses bidi.algorithm.get_display (see DESIGN) ...
    assert ")1998(" in bidi.get_display("הוקם (1998) בעיר", base_dir="R")
    # ... and why it adds rule N0 on top: without it one bracket of the pair flips.
    assert "(Cohen (Ltd" in bidi_algorithm.get_display("Cohen (Ltd) בעיר", base_dir="R")


@pytest.mark.parametrize(
    ("logical", "visual"),
    [
        ("הוקם (1998) בעיר", f"{rev('בעיר')} (1998) {rev('הוקם')}"),
        # numbers count as RTL for brackets: read right to left, Cohen, (1998), the city
        ("Cohen (1998) בעיר", f"{rev('בעיר')} (1998) Cohen"),
        # rule N0: Latin inside and before the pair -> both brackets LTR with "Cohen"
        ("Cohen (Ltd) בעיר", f"{rev('בעיר')} Cohen (Ltd)"),
        ("לכבוד David Cohen (דוד כהן)", f"({rev('דוד כהן')}) David Cohen {rev('לכבוד')}"),
        ("ראה (Cohen & Sons) עכשיו", f"{rev('עכשיו')} (Cohen & Sons) {rev('ראה')}"),
        ("בימים (א'-ה').", ".(" + rev("א'-ה'") + ") " + rev("בימים")),
        ("(1998).", ".(1998)"),
    ],
)
def test_brackets_in_rtl_lines(logical: str, visual: str) -> None:
    assert display_text(logical, rtl=True) == visual


@pytest.mark.parametrize(
    ("logical", "visual"),
    [
        ("Dear David Cohen (דוד כהן),", f"Dear David Cohen ({rev('דוד כהן')}),"),
        ("Invoice (INV-1001) is late", "Invoice (INV-1001) is late"),
        ("name (יוסף) 2", f"name ({rev('יוסף')}) 2"),
    ],
)
def test_brackets_in_ltr_lines(logical: str, visual: str) -> None:
    got = display_text(logical, rtl=False)
    assert unicodedata.normalize("NFKC", got) == visual


def test_brackets_in_arabic() -> None:
    visual = display_text("كاميرا (Canon EOS R50) جديدة", rtl=True)
    assert "(Canon EOS R50)" in visual


# -- mixed scripts --------------------------------------------------------------------


def test_latin_name_inside_hebrew_line() -> None:
    visual = display_text("לכבוד Cohen & Sons Ltd, חיפה", rtl=True)
    assert visual == f"{rev('חיפה')} ,Cohen & Sons Ltd {rev('לכבוד')}"


def test_english_product_inside_arabic_line() -> None:
    visual = display_text("شراء Canon EOS R50 اليوم", rtl=True)
    assert " Canon EOS R50 " in visual
    left, _, right = visual.partition(" Canon EOS R50 ")
    assert unicodedata.normalize("NFKC", right) == rev("شراء")
    assert unicodedata.normalize("NFKC", left) == rev("اليوم")


def test_hebrew_name_inside_english_line() -> None:
    assert display_text("Dear דוד כהן, thanks", rtl=False) == f"Dear {rev('דוד כהן')}, thanks"


# -- Arabic shaping -------------------------------------------------------------------


def test_arabic_is_joined_before_reordering() -> None:
    shaped = shape("يوسف")
    # initial yeh, final waw (waw never joins to the left), initial seen, final feh
    assert shaped == "\ufef3\ufeee\ufeb3\ufed2"
    assert unicodedata.normalize("NFKC", shaped) == "يوسف"
    # visual order is the shaped word reversed, not the plain letters
    assert display_text("يوسف", rtl=True) == rev(shaped)


def test_lam_alef_ligature() -> None:
    shaped = shape("الاتصال")
    assert "\ufefb" in shaped or "\ufefc" in shaped


def test_every_glyph_has_a_font() -> None:
    fonts.register_fonts()
    samples = "שלום Cohen 052-1234567 ₪1,234.50 " + shape("يوسف الخطيب لا ،") + " €$%()/:"
    for ch in samples:
        font = pdfmetrics.getFont(fonts.font_for_char(ch))
        assert ord(ch) in font.face.charToGlyph, (ch, font.fontName)


def test_runs_switch_font_by_script() -> None:
    runs = fonts.split_runs(display_text("שלום Cohen يوسف ₪", rtl=False))
    names = [name for name, _ in runs]
    assert names == [
        fonts.font_name(fonts.HEBREW, False),
        fonts.font_name(fonts.LATIN, False),
        fonts.font_name(fonts.ARABIC, False),
        fonts.font_name(fonts.LATIN, False),
    ]
    # digits and ₪ go to Noto Sans even in a Hebrew run (Noto Sans Hebrew has no digits)
    assert fonts.font_for_char("5") == fonts.font_name(fonts.LATIN, False)
    assert fonts.font_for_char("₪", bold=True) == fonts.font_name(fonts.LATIN, True)


def test_register_fonts_is_idempotent() -> None:
    fonts.register_fonts()
    fonts.register_fonts()
    assert pdfmetrics.getFont(fonts.font_name(fonts.ARABIC, True))


# -- wrapping then reordering ---------------------------------------------------------


def test_wrap_first_then_reorder_keeps_first_words_on_first_line() -> None:
    text = "אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר"
    width = fonts.text_width("אחת שתיים שלוש ארבע חמש", 10) + 1
    lines = layout_paragraph(text, width, 10, rtl=True)
    assert len(lines) == 2
    first = "".join(chunk for _, chunk in lines[0].runs)
    second = "".join(chunk for _, chunk in lines[1].runs)
    assert first == rev("אחת שתיים שלוש ארבע חמש")
    assert second == rev("שש שבע שמונה תשע עשר")
    assert all(line.width <= width for line in lines)


def _shown(lines: tuple[object, ...]) -> list[str]:
    return ["".join(chunk for _, chunk in line.runs) for line in lines]  # type: ignore[attr-defined]


def test_a_neutral_at_a_line_break_takes_the_direction_of_the_words_around_it() -> None:
    # UAX #9 resolves a paragraph before breaking it: the dash between "1043" and "says"
    # is left to right, so it stays with "1043" at the end of the first line (read per
    # line, it took the Hebrew paragraph's direction and jumped to the line's far end).
    text = "Disputes invoice 1043 — says the goods came damaged"
    width = fonts.text_width("Disputes invoice 1043 —", 10) + 1
    lines = layout_paragraph(text, width, 10, rtl=True)
    assert _shown(lines)[:2] == ["Disputes invoice 1043 —", "says the goods came"]
    mixed = "הערה: Disputes invoice 1043 — says the goods"
    width = fonts.text_width("הערה: Disputes invoice 1043", 10) + 1
    assert _shown(layout_paragraph(mixed, width, 10, rtl=True)) == [
        "Disputes invoice 1043 :" + rev("הערה"), "— says the goods"]


def test_the_marks_that_stand_for_the_next_line_never_reach_the_page() -> None:
    text = "Paid by דוד כהן — the rest next week"
    width = fonts.text_width("Paid by דוד כהן —", 10) + 1
    lines = layout_paragraph(text, width, 10, rtl=False)
    shown = _shown(lines)
    assert len(shown) >= 2
    assert not any(mark in line for line in shown for mark in ("\u200e", "\u200f"))
    assert shown[0] == "Paid by " + rev("דוד כהן") + " —"


def test_wrap_never_splits_a_protected_unit() -> None:
    text = "טלפון 052 123 4567 " * 6
    for width in (90.0, 140.0, 200.0):
        for line in wrap_logical(clean_user_text(text), width, 10):
            assert line.count("052 123 4567") == line.count("052")


def test_wrap_honours_hard_breaks_and_splits_overlong_words() -> None:
    assert wrap_logical("בנק לאומי\nחשבון 123", 500, 10) == ["בנק לאומי", "חשבון 123"]
    pieces = wrap_logical("x" * 200, 100, 10)
    assert len(pieces) > 1 and "".join(pieces) == "x" * 200


def test_hebrew_points_follow_their_letter() -> None:
    visual = visual_line("שָׁלוֹם", True)
    # after reordering each point must come right after its base letter, not before it
    assert visual == "ם" + "ו\u05b9" + "ל" + "ש\u05b8\u05c1"
