#!/usr/bin/env bash
# Set up arapp on a fresh Debian/Ubuntu machine and either launch it or run every test.
#
#   bash packaging/setup.sh run    install everything, then open the app
#   bash packaging/setup.sh test   install everything (with test tools), then run the tests
#
# Installs the Debian libraries Qt needs (needs root or sudo), makes a virtual environment
# in .venv, installs arapp and its Python packages into it, and compiles the translations.
set -euo pipefail

mode="${1:-}"
case "$mode" in
  run|test) ;;
  *) echo "usage: bash packaging/setup.sh run|test" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Libraries the Qt wheels load (xcb platform, OpenGL/EGL, fonts, printing), Python's venv,
# and for the tests poppler (pdftotext/pdftoppm), tesseract (OCR checks) and Xvfb.
apt_app=(python3 python3-venv python3-pip libegl1 libgl1 libopengl0 libglib2.0-0
  libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0
  libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 libxcb-sync1 libxcb-xkb1 libx11-xcb1
  libxrender1 libxi6 libsm6 libice6 libnss3 libcups2 fonts-noto-core)
apt_test=(poppler-utils tesseract-ocr tesseract-ocr-heb tesseract-ocr-ara xvfb xauth)

need=("${apt_app[@]}")
[ "$mode" = test ] && need+=("${apt_test[@]}")
missing=()
for pkg in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo_cmd=()
  elif command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo)
  else
    echo "arapp needs these Debian packages, and installing them needs root:" >&2
    echo "  ${missing[*]}" >&2
    echo "Run this script as root (or install them with: sudo apt-get install ...)." >&2
    exit 1
  fi
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Any Python 3.11+ will do; prefer one already on PATH.
python=""
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 \
     && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    python="$candidate"; break
  fi
done
if [ -z "$python" ]; then
  echo "arapp needs Python 3.11 or newer." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv"
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "$mode" = test ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi

# Bytecode written once here: the app starts faster than compiling its modules each time
# (some environments set PYTHONDONTWRITEBYTECODE).
.venv/bin/python -m compileall -q arapp >/dev/null

# Compiled translations are build products: made here from i18n/*.ts, never committed.
for ts in i18n/*.ts; do
  [ -e "$ts" ] || continue
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done

if [ "$mode" = run ]; then
  exec .venv/bin/arapp "${@:2}"
fi

echo "Checking style (ruff)"
.venv/bin/ruff check arapp tests benchmarks
echo "Running the tests"
exec .venv/bin/python -m pytest "${@:2}"
