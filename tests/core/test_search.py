"""Search folding (pure): what the owner types matches whatever marks or letter variants the
stored name has. The customer service's search over the database is in test_customers."""

from __future__ import annotations

import pytest

from arapp.core.search import digits, fold, search_text

# Written with escapes so the exact code points under test are visible.
SHALOM_POINTED = "\u05e9\u05c1\u05b8\u05dc\u05d5\u05b9\u05dd"  # שָׁלוֹם
MUHAMMAD_VOWELLED = "\u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f"  # مُحَمَّد


def test_hebrew_niqqud_removed() -> None:
    assert SHALOM_POINTED != "שלום"
    assert fold(SHALOM_POINTED) == fold("שלום")
    assert fold("דָּוִד כֹּהֵן") == fold("דוד כהן")


def test_hebrew_cantillation_and_presentation_forms() -> None:
    assert fold("\u05d1\u0591\u05e8") == fold("בר")  # etnahta
    assert fold("\ufb2a") == "ש"  # SHIN WITH SHIN DOT presentation form
    assert fold("\ufb35") == "ו"  # VAV WITH DAGESH


def test_hebrew_final_letters_match_their_plain_form() -> None:
    assert fold("שלום") == "שלומ"
    assert fold("ךםןףץ") == fold("כמנפצ")
    # A fragment typed mid-word with a plain letter still matches the stored final letter.
    assert fold("כה") in fold("כהן")
    assert fold("כהנ") == fold("כהן")


def test_hebrew_geresh_and_gershayim() -> None:
    assert fold("צ׳רלי") == fold("צ'רלי")
    assert fold("בע״מ") == fold('בע"מ')


def test_arabic_diacritics_removed() -> None:
    assert fold(MUHAMMAD_VOWELLED) == "محمد"
    assert fold("يُوسُفٌ") == "يوسف"
    assert fold("\u0647\u0670\u0630\u0627") == "هذا"  # superscript alef


def test_arabic_tatweel_removed() -> None:
    assert fold("محـــمد") == "محمد"
    assert fold("\u0640") == ""


@pytest.mark.parametrize("variant", ["أحمد", "إحمد", "آحمد", "ٱحمد", "احمد"])
def test_alef_variants(variant: str) -> None:
    assert fold(variant) == "احمد"


def test_alef_with_hamza_typed_as_two_code_points() -> None:
    # ALEF + HAMZA ABOVE (decomposed) is the same letter as أ.
    assert fold("\u0627\u0654\u062d\u0645\u062f") == "احمد"


def test_ya_and_alef_maqsura() -> None:
    assert fold("مصطفى") == fold("مصطفي")
    assert fold("علی") == fold("علي")  # Persian ya
    assert fold("هانئ") == fold("هاني")


def test_ta_marbuta() -> None:
    assert fold("فاطمة") == fold("فاطمه")
    assert fold("ة") == "ه"


def test_waw_hamza_and_keheh() -> None:
    assert fold("مؤمن") == fold("مومن")
    assert fold("کريم") == fold("كريم")


def test_arabic_presentation_forms() -> None:
    # What a PDF extracts after shaping: presentation forms fold to the plain letters.
    assert fold("ﻳﻮﺳﻒ") == "يوسف"


def test_case_and_spaces() -> None:
    assert fold("  David   COHEN\t") == "david cohen"
    assert fold("STRASSE") == fold("straße")


def test_bidi_controls_dropped() -> None:
    assert fold("\u202eדוד\u202c \u2067כהן\u2069\u200f") == fold("דוד כהן")


def test_digits() -> None:
    assert digits("052-1234567") == "0521234567"
    assert digits("+972 (52) 123-4567") == "972521234567"
    assert digits("abc") == ""


def test_search_text_holds_name_code_phone_digits_and_id() -> None:
    text = search_text(
        "דָּוִד כֹּהֵן", "C-001", "052-1234567, 04-8881111; 03-5551234 / 02-6543210", "012345674"
    )
    assert text.split() == [
        "דוד",
        "כהנ",
        "c-001",
        "0521234567",
        "048881111",
        "035551234",
        "026543210",
        "012345674",
    ]


def test_search_text_skips_empty_parts() -> None:
    assert search_text("Ann", "A1", "", "") == "ann a1"
