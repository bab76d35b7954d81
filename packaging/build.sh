#!/usr/bin/env bash
# Build the installed app: a one-folder bundle that runs without Python, and a .deb of it.
#
#   bash packaging/build.sh
#
# Makes dist/arapp/ (the bundle: run dist/arapp/arapp) and dist/arapp_<version>_<arch>.deb.
# Sets up what it needs itself: the Debian packages (root or sudo, as setup.sh does), a
# build environment in .venv-build with arapp's dependencies and PyInstaller, the
# compiled translations (build/i18n), then PyInstaller (packaging/arapp.spec) and
# dpkg-deb. The same command builds the bundle on Windows and macOS (git bash / a shell
# there); the .deb step runs only where dpkg-deb exists. See packaging/windows/arapp.iss
# for the Windows installer, and packaging/linux/install-user.sh for a per-user install.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
started=$(date +%s)

version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' arapp/__init__.py)"
[ -n "$version" ] || { echo "no __version__ in arapp/__init__.py" >&2; exit 1; }

# The libraries Qt loads at run time (the list setup.sh installs: one place for it), so the
# build can import PySide6; binutils for PyInstaller (objdump).
if command -v dpkg-query >/dev/null 2>&1; then
  # shellcheck disable=SC2207
  apt_app=($(sed -n '/^apt_app=(/,/)/p' packaging/setup.sh | sed 's/apt_app=(//; s/)//'))
  missing=()
  for pkg in "${apt_app[@]}" binutils; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then sudo_cmd=()
    elif command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo)
    else
      echo "Building needs these Debian packages (root to install): ${missing[*]}" >&2
      exit 1
    fi
    echo "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python=""
for candidate in python3.13 python3.12 python3.11 python3 python; do
  if command -v "$candidate" >/dev/null 2>&1 \
     && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python="$candidate"; break
  fi
done
[ -n "$python" ] || { echo "building arapp needs Python 3.11 or newer" >&2; exit 1; }

venv=.venv-build
if [ -x "$venv/bin/python" ]; then bin="$venv/bin"
elif [ -x "$venv/Scripts/python.exe" ]; then bin="$venv/Scripts"
else
  echo "Creating the build environment in $venv"
  "$python" -m venv "$venv"
  bin="$venv/bin"; [ -d "$bin" ] || bin="$venv/Scripts"
fi
"$bin/python" -m pip install -q --upgrade pip
# arapp's dependencies and the build extra (PyInstaller), read from pyproject.toml; arapp
# itself is analysed from this checkout (the spec's pathex), not installed.
"$bin/python" - > build-requirements.txt <<'PY'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["build"]))
PY
mkdir -p build
mv build-requirements.txt build/requirements.txt
"$bin/python" -m pip install -q -r build/requirements.txt

echo "Compiling the translations into build/i18n"
rm -rf build/i18n && mkdir -p build/i18n
lrelease="$bin/pyside6-lrelease"; [ -x "$lrelease" ] || lrelease="$bin/pyside6-lrelease.exe"
for ts in i18n/*.ts; do
  name="$(basename "${ts%.ts}")"
  "$lrelease" -silent "$ts" -qm "build/i18n/$name.qm"
done

echo "Building the bundle with PyInstaller (dist/arapp)"
bundle_started=$(date +%s)
"$bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/arapp.spec
bundle_seconds=$(( $(date +%s) - bundle_started ))
echo "bundle: $(du -sm dist/arapp | cut -f1) MB in dist/arapp (PyInstaller ${bundle_seconds} s)"

if command -v dpkg-deb >/dev/null 2>&1; then
  bash packaging/linux/build-deb.sh "$version"
fi
echo "build finished in $(( $(date +%s) - started )) s"
