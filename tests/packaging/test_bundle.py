"""The frozen app (PyInstaller bundle, ``bash packaging/build.sh``) runs on a machine with
no Python: started with an empty environment (``env -i``), from another folder, it makes a
Hebrew letter with every font embedded and dates and amounts formatted (babel's data is in
the bundle), and its self-test passes in Hebrew and Arabic, offscreen and on X (Xvfb).

Runs against ``$ARAPP_BUNDLE`` or ``dist/arapp``; skipped when no bundle has been built (CI
builds it after the test suite and then runs this file).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from arapp import __version__

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("ARAPP_BUNDLE", ROOT / "dist" / "arapp"))
EXE = BUNDLE / ("arapp.exe" if os.name == "nt" else "arapp")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not EXE.is_file(),
        reason=f"no bundle at {BUNDLE}: build it with `bash packaging/build.sh`",
    ),
]


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop gives a program: no virtual environment, no PYTHONPATH."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen", **extra}


def run(*args: str, home: Path, **extra: str) -> str:
    done = subprocess.run([str(EXE), *args], cwd=home, env=bare_env(home, **extra),
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_version(tmp_path: Path) -> None:
    assert run("--version", home=tmp_path).strip() == f"arapp {__version__}"


def test_the_bundle_carries_what_the_app_loads() -> None:
    files = {p.relative_to(BUNDLE).as_posix() for p in BUNDLE.rglob("*") if p.is_file()}
    internal = "_internal/" if any(f.startswith("_internal/") for f in files) else ""
    for lang in ("he", "ar"):
        assert f"{internal}i18n/arapp_{lang}.qm" in files
    for font in (ROOT / "resources" / "fonts").glob("*.ttf"):
        assert f"{internal}resources/fonts/{font.name}" in files
    assert f"{internal}resources/icons/arapp-256.png" in files
    assert any("/Qt/plugins/platforms/libqxcb" in f or "platforms/qwindows" in f for f in files)
    assert any("Qt6Pdf" in f for f in files), "QtPdf (PySide6-Pdf) is missing"
    assert any("babel/locale-data/he.dat" in f for f in files)
    # Left out: Qt modules arapp does not use.
    assert not any(re.search(r"Qt6(Qml|Quick)\b", f) for f in files)
    assert not any(re.search(r"PySide6/Qt(Network|Qml|Quick)\.", f) for f in files)


def test_every_qt_library_a_bundled_one_needs_is_bundled() -> None:
    """Leaving Qt modules out must not leave out a library one that stays links to (QtPdf
    links QtNetwork)."""
    if shutil.which("objdump") is None:
        pytest.skip("objdump (binutils) is not installed")
    libraries = [p for p in BUNDLE.rglob("*.so*") if p.is_file()]
    names = {p.name for p in libraries}
    missing: set[str] = set()
    for library in libraries:
        if "Qt" not in library.as_posix():
            continue
        dump = subprocess.run(["objdump", "-p", str(library)], capture_output=True,
                              text=True, check=False).stdout
        for needed in re.findall(r"NEEDED\s+(libQt6\S+)", dump):
            if needed not in names:
                missing.add(f"{library.name} needs {needed}")
    assert not missing, sorted(missing)


def test_hebrew_letter_with_embedded_fonts(tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None or shutil.which("pdftotext") is None:
        pytest.skip("pdffonts/pdftotext (poppler-utils) are not installed")
    run("demo", "--db", "shop.sqlite3", "--customers", "30", home=tmp_path)
    due = json.loads(run("letters", "due", "--format", "json", "--db", "shop.sqlite3",
                         home=tmp_path))
    first = due["letters"][0]
    # The kind the ladder asks for: a warning to a consumer who had no debt notice is
    # refused (§13B2), however the letter is made.
    run("letter", first["customer"], "--kind", first["kind"], "--lang", "he", "--out",
        "f.pdf", "--db", "shop.sqlite3", home=tmp_path)
    pdf = tmp_path / "f.pdf"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert any("NotoSansHebrew" in line for line in fonts), fonts
    for line in fonts:
        assert line.split()[-5] == "yes", f"not embedded: {line}"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert re.search("[\u05d0-\u05ea]{3}", text), "no Hebrew in the letter"
    assert re.search(r"\b\d\d/\d\d/20\d\d\b", text), "no date written dd/mm/yyyy"
    assert re.search(r"\d,\d{3}\.\d\d|\b\d{1,3}\.\d\d\b", text), "no amount"


@pytest.mark.parametrize("lang", ["he", "ar"])
def test_self_test_offscreen(lang: str, tmp_path: Path) -> None:
    out = run("--self-test", "--lang", lang, home=tmp_path)
    assert "self-test passed" in out
    assert f"ok    {lang} translation loaded" in out


def test_self_test_on_x(tmp_path: Path) -> None:
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed")
    # xvfb-run gives the display through DISPLAY/XAUTHORITY; nothing else is passed on.
    command = (f'exec env -i PATH=/usr/bin:/bin HOME="{tmp_path}" LANG=C.UTF-8 '
               f'DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" QT_QPA_PLATFORM=xcb '
               f'"{EXE}" --self-test --lang he')
    done = subprocess.run(["xvfb-run", "-a", "sh", "-c", command], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Qt platform xcb" in done.stdout
    assert "self-test passed" in done.stdout
