"""Arabic shortcut letters: Qt underlines the letter after "&", and an underlined alif
reads as an alif with hamza below — "&استيراد" showed as "إستيراد"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[2] / "i18n" / "arapp_ar.ts"
#: "&" before a bare alif (ا), or before the alif of a lam-alif ligature.
ON_ALIF = re.compile("&(?=ا)")


def test_no_arabic_shortcut_is_on_an_alif() -> None:
    bad = [
        (t.text or "")
        for t in ET.parse(TS).getroot().iter("translation")
        if ON_ALIF.search(t.text or "")
    ]
    assert bad == []
