"""A wheel of arapp carries what the app needs: installed into a fresh virtual environment
and run from another folder, it makes a Hebrew letter with its fonts embedded and opens in
Hebrew (the translations compiled into the wheel, not read from this checkout)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _can_build_wheels() -> str | None:
    try:
        import setuptools
        import wheel  # noqa: F401
    except ImportError as exc:
        return f"building the wheel needs setuptools and wheel ({exc.name} is missing)"
    if int(setuptools.__version__.split(".")[0]) < 68:
        return f"building the wheel needs setuptools>=68 (found {setuptools.__version__})"
    return None


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    missing = _can_build_wheels()
    if missing:
        pytest.skip(missing)
    out = tmp_path_factory.mktemp("wheel")
    # No build isolation: the build tools and lrelease (PySide6) of this environment.
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(out), str(ROOT)],
        check=True, capture_output=True, text=True, timeout=300,
    )
    (found,) = out.glob("arapp-*.whl")
    return found


def test_the_wheel_carries_fonts_templates_icons_and_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("he", "ar"):
        assert f"arapp/_data/i18n/arapp_{lang}.qm" in names
    for font in (ROOT / "resources" / "fonts").glob("*.ttf"):
        assert f"arapp/_data/resources/fonts/{font.name}" in names
    for template in (ROOT / "resources" / "templates").rglob("*.toml"):
        relative = template.relative_to(ROOT).as_posix()
        assert f"arapp/_data/{relative}" in names
    assert "arapp/_data/resources/icons/arapp.svg" in names
    assert not any(name.endswith(".pyc") for name in names)


@pytest.mark.slow
def test_installed_wheel_makes_a_hebrew_letter_and_opens_in_hebrew(
    wheel: Path, tmp_path: Path
) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    # Without PYTHONPATH: a checkout on it would look to pip like arapp installed already.
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         "--force-reinstall", str(wheel)],
        check=True, capture_output=True, text=True, timeout=300, env=clean,
    )
    # arapp's dependencies (PySide6, reportlab…) from this environment, after the fresh
    # venv's own site-packages: arapp itself is imported from the wheel just installed,
    # not from this checkout (the .pth files here, the editable install's among them,
    # are not read from a folder added this way).
    site = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip())
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(elsewhere), "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8"}
    arapp = str(venv / "bin" / "arapp")

    def run(*args: str) -> str:
        done = subprocess.run([arapp, *args], cwd=elsewhere, env=env, capture_output=True,
                              text=True, timeout=240, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    where = subprocess.run([str(python), "-c", "import arapp.resources as r; print(r.base_dir())"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    assert where.stdout.strip() == str(site / "arapp" / "_data")

    run("demo", "--db", "shop.sqlite3", "--customers", "20")
    # A customer the ladder would write to today: one whose debt a letter may claim.
    due = run("letters", "due", "--format", "json", "--db", "shop.sqlite3")
    first = json.loads(due)["letters"][0]
    # The kind the ladder asks for: a warning to a consumer who had no debt notice is
    # refused (§13B2), however the letter is made.
    run("letter", first["customer"], "--kind", first["kind"], "--lang", "he", "--out", "f.pdf",
        "--db", "shop.sqlite3")
    fonts = subprocess.run(["pdffonts", str(elsewhere / "f.pdf")], capture_output=True,
                           text=True, check=True).stdout.splitlines()[2:]
    assert fonts, "the letter names no fonts"
    assert any("Hebrew" in line for line in fonts), fonts
    for line in fonts:
        assert line.split()[-5] == "yes", f"not embedded: {line}"  # the "emb" column

    out = run("--self-test", "--lang", "he")
    assert f"he translation loaded from {site / 'arapp' / '_data' / 'i18n'}" in out
    assert "self-test passed" in out
    assert not os.path.exists(elsewhere / ".local" / "share" / "arapp" / "shop-sample.sqlite3")
