"""The one place that knows where bundled resources live, from source or frozen.

In a PyInstaller build the data files sit under ``sys._MEIPASS``; from a source checkout
they sit at the repository top level beside the ``arapp`` package.
"""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (fonts, templates, icons, sample data)."""
    return base_dir().joinpath("resources", *parts)


def fonts_dir() -> Path:
    return resource_path("fonts")


def templates_dir(lang: str) -> Path:
    return resource_path("templates", lang)


def translations_dir() -> Path:
    """Folder of compiled Qt translations (``arapp_he.qm``, ``arapp_ar.qm``)."""
    return base_dir() / "i18n"
