"""Bundled fonts for the screen: the same Noto families the letters print with.

Windows' default UI font draws Hebrew well but Arabic small and thin, and a Linux box may
have no Arabic font at all; registering the bundled files makes every machine look alike.
No single font covers Latin, Hebrew and Arabic (see resources/fonts/README.md), so the app
font lists all three families and Qt falls back glyph by glyph: Latin letters, digits and
"₪" come from Noto Sans, Hebrew from Noto Sans Hebrew, Arabic from Noto Sans Arabic.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from arapp.resources import fonts_dir

log = logging.getLogger(__name__)

#: Latin first: Noto Sans Hebrew and Noto Sans Arabic have no Latin digits.
FAMILIES: tuple[str, ...] = ("Noto Sans", "Noto Sans Hebrew", "Noto Sans Arabic")

#: Arabic script needs a little more size than Latin to stay legible on a 1366×768 screen.
MIN_POINT_SIZE = 10.0

_registered: list[str] | None = None


def register_fonts() -> list[str]:
    """Register every bundled ``.ttf`` once; return the family names Qt now knows."""
    global _registered
    if _registered is not None:
        return _registered
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _registered = families
    return families


def app_font(base: QFont | None = None) -> QFont:
    """The UI font: bundled families with fallback, at least ``MIN_POINT_SIZE`` points."""
    font = QFont(base) if base is not None else QFont()
    register_fonts()
    # Named even if a bundled file failed to load: Qt skips a family it does not know and
    # takes the machine's own (listing every installed font to check costs ~10 ms).
    font.setFamilies(list(FAMILIES))
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    return font


def apply_app_font(app: QApplication) -> QFont:
    """Register the bundled fonts and make them the application font."""
    font = app_font(app.font())
    app.setFont(font)
    return font
