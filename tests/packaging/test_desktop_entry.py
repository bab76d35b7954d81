"""The desktop presence: a menu entry named in Hebrew and Arabic, and the icon in every
size a desktop asks for, drawn from the one SVG."""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / "linux" / "arapp.desktop"
ICONS = ROOT / "resources" / "icons"


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_names_and_comments_in_hebrew_and_arabic() -> None:
    desktop = entry()
    assert desktop["Name[he]"] == "arapp — חובות לקוחות וגבייה"
    assert desktop["Name[ar]"] == "arapp — ديون الزبائن والتحصيل"
    assert re.search("[\u05d0-\u05ea]{4}", desktop["Comment[he]"])
    assert re.search("[\u0621-\u064a]{4}", desktop["Comment[ar]"])
    assert desktop["Exec"] == "arapp" and desktop["Icon"] == "arapp"
    assert desktop["StartupWMClass"] == "arapp"


def test_desktop_file_validates() -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate (desktop-file-utils) is not installed")
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_icon_sizes() -> None:
    assert (ICONS / "arapp.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = (ICONS / f"arapp-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    ico = (ICONS / "arapp.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sides
    assert (ICONS / "arapp.icns").read_bytes()[:4] == b"icns"
