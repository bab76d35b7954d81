"""The one place that knows where bundled resources live: frozen, installed or source.

Three ways to run arapp, three places for the same two folders, ``resources/`` (fonts,
letter templates, icons) and ``i18n/`` (compiled translations, ``*.qm``):

- frozen (PyInstaller): under ``sys._MEIPASS`` (``packaging/arapp.spec`` puts them there);
- installed from a wheel: inside the package as ``arapp/_data/`` (``setup.py`` copies
  ``resources/`` and compiles ``i18n/*.ts`` there when the wheel is built);
- a source checkout (or an editable install): at the repository top level beside the
  ``arapp`` package, with the ``.qm`` made by ``packaging/setup.sh``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def base_dir() -> Path:
    """The folder holding ``resources/`` and ``i18n/`` for this way of running."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    installed = PACKAGE_DIR / "_data"
    if (installed / "resources").is_dir():
        return installed
    return PACKAGE_DIR.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (fonts, templates, icons, sample data)."""
    return base_dir().joinpath("resources", *parts)


def fonts_dir() -> Path:
    return resource_path("fonts")


def templates_dir(lang: str) -> Path:
    return resource_path("templates", lang)


def icons_dir() -> Path:
    """The app icon as SVG and PNGs (``arapp.svg``, ``arapp-<size>.png``)."""
    return resource_path("icons")


def translations_dir() -> Path:
    """Folder of compiled Qt translations (``arapp_he.qm``, ``arapp_ar.qm``)."""
    return base_dir() / "i18n"


def messages_file(lang: str) -> Path:
    """The wording of short messages (WhatsApp, SMS, e-mail) in ``lang``."""
    return resource_path("messages", f"{lang}.toml")
