"""The version is written once, in ``arapp/__init__.py``; the package's metadata (what pip
and the wheel say) is read from it."""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import arapp

ROOT = Path(__file__).resolve().parents[2]


def test_pyproject_reads_the_version_from_the_package() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"]
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "arapp.__version__"}
    assert version("arapp") == arapp.__version__
