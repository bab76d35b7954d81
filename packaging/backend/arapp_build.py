"""arapp's build backend: setuptools, plus Qt's lrelease when a wheel is built.

A wheel carries the compiled translations (``setup.py`` runs ``lrelease`` from
PySide6-Essentials), so building one needs PySide6 in the build environment; an editable
install (``packaging/setup.sh``) reads ``i18n/`` from the checkout and does not, and is
spared installing Qt a second time into pip's isolated build environment.
"""

from __future__ import annotations

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - every other hook is setuptools' own

LRELEASE = ["PySide6-Essentials>=6.7,<6.13"]


def get_requires_for_build_wheel(config_settings: dict[str, object] | None = None) -> list[str]:
    return [*_setuptools.get_requires_for_build_wheel(config_settings), *LRELEASE]
