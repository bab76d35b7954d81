#!/usr/bin/env bash
# Refresh i18n/arapp_he.ts and i18n/arapp_ar.ts from the tr() strings in arapp/ui, keeping
# existing translations; new strings arrive marked unfinished for a translator (Qt
# Linguist: .venv/bin/pyside6-linguist i18n/arapp_he.ts). tests/ui/test_translations.py
# fails until every string has a finished translation.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
lupdate="${PYSIDE6_LUPDATE:-.venv/bin/pyside6-lupdate}"
mapfile -t sources < <(find arapp/ui arapp/printing.py -name '*.py' | sort)
"$lupdate" -no-obsolete -locations relative "${sources[@]}" -ts i18n/arapp_he.ts i18n/arapp_ar.ts
# English is the source language: its file holds only the plural forms of "%n" counts.
"$lupdate" -no-obsolete -pluralonly -locations relative "${sources[@]}" -ts i18n/arapp_en.ts
