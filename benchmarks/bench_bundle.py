"""The installed app (PyInstaller bundle from ``bash packaging/build.sh``) in figures:

- bundle size (MB on disk) and the .deb's size; with ``--without-excludes`` also the size of
  a bundle built without leaving anything out (unused Qt modules and plug-ins, Qt's other
  translations, babel's other locales; one more PyInstaller run, into
  build/bench-no-excludes), to show what the excludes save;
- build time, with ``--build`` (runs the build command and times it);
- start-up to a usable window: the frozen app against the source app (``.venv/bin/arapp``)
  and a bare PySide6 window, all started as processes the same way, interleaved, and timed
  to the moment the window is shown and idle (bench_ui's measure; the two arapps report it
  through ``ARAPP_QUIT_WHEN_SHOWN``) [target: frozen no slower than source].

    python benchmarks/bench_bundle.py [--db SHOP.sqlite3] [--runs 7] [--build]
                                      [--without-excludes]

Prints figures; asserts nothing. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_ui import BARE, time_to_window

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "arapp"


def megabytes(path: Path) -> float:
    """On disk, as ``du`` counts it: the bundle links some libraries twice (symlinks)."""
    return sum(p.lstat().st_size for p in path.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6


def build(env: dict[str, str]) -> float:
    start = time.monotonic()
    subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True, env=env)
    return time.monotonic() - start


def bundle_without_excludes() -> tuple[float, float]:
    """(MB, seconds) of a PyInstaller run with the Qt excludes switched off."""
    pyinstaller = ROOT / ".venv-build" / "bin" / "pyinstaller"
    out = ROOT / "build" / "bench-no-excludes"
    env = {**os.environ, "ARAPP_EXCLUDES": "0"}
    start = time.monotonic()
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(out / "dist"), "--workpath", str(out / "work"),
                    str(ROOT / "packaging" / "arapp.spec")], check=True, env=env, cwd=ROOT)
    return megabytes(out / "dist" / "arapp"), time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="shop to open (default: a 2,000-customer demo)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--build", action="store_true", help="run and time the build first")
    parser.add_argument("--without-excludes", action="store_true",
                        help="also build once without the Qt excludes and report its size")
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.build:
        print(f"build (bash packaging/build.sh): {build(env):.0f} s")
    exe = BUNDLE / "arapp"
    if not exe.is_file():
        sys.exit(f"no bundle in {BUNDLE}: run bash packaging/build.sh (or pass --build)")
    print(f"bundle dist/arapp: {megabytes(BUNDLE):.1f} MB")
    for deb in sorted((ROOT / "dist").glob("arapp_*.deb")):
        print(f"package {deb.name}: {deb.stat().st_size / 1e6:.1f} MB")
    if args.without_excludes:
        size, seconds = bundle_without_excludes()
        print(f"bundle without the excludes: {size:.1f} MB "
              f"(PyInstaller {seconds:.0f} s); with them: {megabytes(BUNDLE):.1f} MB")

    with tempfile.TemporaryDirectory() as home:
        db = args.db
        if db is None:
            db = Path(home) / "shop.sqlite3"
            subprocess.run([str(exe), "demo", "--db", str(db), "--customers", "2000"],
                           check=True, capture_output=True, env=env)
        # A fresh settings folder, so no remembered screen or language skews the figures.
        env.update(XDG_CONFIG_HOME=home, ARAPP_QUIT_WHEN_SHOWN="1")
        source = ROOT / ".venv" / "bin" / "arapp"
        commands = {
            "bare PySide6 window (source Python)": [sys.executable, "-c", BARE],
            "arapp from source (.venv/bin/arapp)": [str(source), "--db", str(db), "--lang",
                                                    "he"],
            "arapp frozen (dist/arapp/arapp)": [str(exe), "--db", str(db), "--lang", "he"],
        }
        times: dict[str, list[float]] = {label: [] for label in commands}
        for command in commands.values():  # once each first: disk caches warm
            time_to_window(command, env)
        for _ in range(args.runs):  # interleaved: a busy moment falls on all alike
            for label, command in commands.items():
                times[label].append(time_to_window(command, env))
        bare = statistics.median(times["bare PySide6 window (source Python)"])
        for label, measured in times.items():
            m = statistics.median(measured)
            print(f"start-up to a usable window, {label:38s} median {m:.3f} s "
                  f"= {m / bare:.2f}× bare; fastest {min(measured):.3f} s")
        print("  [target: frozen no slower than source]")


if __name__ == "__main__":
    main()
