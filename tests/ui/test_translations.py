"""Every string the code shows through tr() has a finished Hebrew and Arabic translation.

The .ts files are compared with a fresh pyside6-lupdate extraction of arapp/ui, so a new
or changed string without a translation fails here (refresh the files with
packaging/update_translations.sh, then translate)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEBREW = re.compile("[\u05d0-\u05ea]")
ARABIC = re.compile("[\u0620-\u064a]")
ARABIC_INDIC_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
PLACEHOLDER = re.compile(r"%\d+|%n")
WORDS = re.compile(r"[A-Za-z]{3,}")

Key = tuple[str, str]


def lupdate() -> str:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(exe) if exe.exists() else shutil.which("pyside6-lupdate")
    if not found:
        pytest.skip("pyside6-lupdate is not installed")
    return found


def messages(ts: Path) -> dict[Key, ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    out = tmp_path_factory.mktemp("ts") / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "arapp" / "ui").rglob("*.py"))
    sources.append(str(ROOT / "arapp" / "printing.py"))  # the Qt print path, outside the UI
    subprocess.run([lupdate(), *sources, "-ts", str(out)], check=True, capture_output=True)
    found = messages(out)
    assert len(found) > 100  # the extraction really saw the app's strings
    return found


@pytest.mark.parametrize(("lang", "script", "other"), [("he", HEBREW, ARABIC),
                                                       ("ar", ARABIC, HEBREW)])
def test_every_string_has_a_finished_translation(
    in_code: dict[Key, ET.Element], lang: str, script: re.Pattern[str], other: re.Pattern[str]
) -> None:
    translated = messages(ROOT / "i18n" / f"arapp_{lang}.ts")
    problems = []
    for key in sorted(in_code):
        context, source = key
        message = translated.get(key)
        if message is None:
            problems.append(f"{context}: {source!r} is not in arapp_{lang}.ts")
            continue
        kind = message.find("translation")
        state = None if kind is None else kind.get("type")
        forms = texts(message)
        if state in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r} has no finished translation")
            continue
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"{context}: {source!r} placeholders differ in {form!r}")
            if WORDS.search(source) and not script.search(form):
                problems.append(f"{context}: {source!r} is still not in {lang}: {form!r}")
            if other.search(form):
                problems.append(f"{context}: {source!r} mixes the other script: {form!r}")
            if lang == "ar" and ARABIC_INDIC_DIGITS.search(form):
                problems.append(f"{context}: {source!r} uses Arabic-Indic digits: {form!r}")
    assert not problems, "\n".join(problems)
