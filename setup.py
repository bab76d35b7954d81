"""Build hook: the wheel carries what the app needs at run time.

``resources/`` (fonts, letter templates, icons) and ``i18n/`` sit beside the package in the
source tree (that layout is fixed), so a plain wheel would carry neither. ``build_py`` copies
``resources/`` into the package as ``arapp/_data/resources`` and compiles ``i18n/*.ts`` into
``arapp/_data/i18n/*.qm`` with Qt's ``lrelease`` (from PySide6-Essentials, a build
requirement); :mod:`arapp.resources` looks there when the app is installed. The compiled
translations are build products: they are made here, never committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA = Path("arapp", "_data")
# Build leftovers that must not travel in the wheel.
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".DS_Store")


def lrelease_command() -> list[str]:
    """Qt's lrelease from the PySide6 of the Python running the build (or PATH)."""
    try:
        import PySide6  # type: ignore[import-not-found]
    except ImportError:
        PySide6 = None
    if PySide6 is not None:
        folder = Path(PySide6.__file__).parent
        for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
            if (folder / name).is_file():
                return [str(folder / name)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return [found]
    sys.exit(
        "arapp: compiling the translations needs Qt's lrelease (pip install PySide6-Essentials)"
    )


def compile_translations(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    made = []
    command = lrelease_command()
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        qm = target / f"{ts.stem}.qm"
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ and i18n/ from the checkout
        data = Path(self.build_lib) / DATA
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(ROOT / "resources", data / "resources", ignore=SKIP)
        compile_translations(data / "i18n")


setup(cmdclass={"build_py": BuildWithData})
