"""Switching the UI language at runtime: translators, layout direction, open widgets."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arapp.core.services import Shop
from arapp.core.services.records import CustomerRecord
from arapp.resources import base_dir
from arapp.ui import prefs
from arapp.ui.customers.customer_card import CustomerCard
from arapp.ui.i18n import language as i18n
from arapp.ui.i18n.language import manager, saved_language, startup_language
from arapp.ui.shell.main_window import MainWindow

TS_DIR = base_dir() / "i18n"


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease is not installed")
    return found


@pytest.fixture
def compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The repository's .ts files compiled into a temporary folder the app loads from
    (compiled .qm files are build products, not in the repository)."""
    out = tmp_path / "i18n"
    out.mkdir()
    for lang in ("he", "ar"):
        source = TS_DIR / f"arapp_{lang}.ts"
        if not source.exists():
            pytest.skip(f"{source} is missing")
        subprocess.run(
            [lrelease(), "-silent", str(source), "-qm", str(out / f"arapp_{lang}.qm")], check=True
        )
    monkeypatch.setattr(i18n, "translations_dir", lambda: out)
    return out


def make_window(qtbot: QtBot, shop: Shop) -> MainWindow:
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.show()
    return window


def test_hebrew_is_right_to_left_and_english_left_to_right(
    qtbot: QtBot, compiled: Path, shop: Shop
) -> None:
    window = make_window(qtbot, shop)
    manager().set_language("he")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    assert QLocale().name() == "he_IL"
    manager().set_language("en")
    qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.LeftToRight)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_open_widgets_are_retranslated(
    qtbot: QtBot, compiled: Path, shop: Shop, customer: CustomerRecord
) -> None:
    window = make_window(qtbot, shop)
    view = window.show_screen("customers")
    card = window.open_card(customer.id)
    qtbot.addWidget(card)
    assert window.nav.item(1).text() == "Customers"
    assert card.tabs.tabText(1) == "Payments"

    manager().set_language("he")
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "לקוחות")
    assert window.nav.item(2).text() == "גיול חובות"
    assert view.title.text() == "לקוחות"
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == "שם"
    qtbot.waitUntil(lambda: card.tabs.tabText(1) == "תשלומים")
    assert card.balance_label.text().startswith("יתרה:")

    manager().set_language("ar")
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "الزبائن")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: card.tabs.tabText(1) == "الدفعات")

    manager().set_language("en")
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "Customers")
    assert card.tabs.tabText(1) == "Payments"


def test_arabic_keeps_latin_digits(qtbot: QtBot, compiled: Path, shop: Shop) -> None:
    manager().set_language("ar")
    assert QLocale().toString(1234) == "1,234"  # not Arabic-Indic digits


def test_the_language_menu_switches_and_remembers(qtbot: QtBot, compiled: Path, shop: Shop) -> None:
    window = make_window(qtbot, shop)
    window.language_actions["ar"].trigger()
    assert manager().language() == "ar"
    assert saved_language() == "ar"
    qtbot.waitUntil(lambda: window.language_actions["ar"].isChecked())


def test_command_line_language_wins_and_is_not_saved(qtbot: QtBot) -> None:
    assert startup_language(None) == ("he", False)  # first run: Hebrew, wizard asks
    prefs.set_value(prefs.KEY_LANGUAGE, "ar")
    assert startup_language(None) == ("ar", True)
    assert startup_language("en") == ("en", True)
    manager().set_language("en", persist=False)
    assert saved_language() == "ar"


def test_card_made_after_a_switch_starts_translated(
    qtbot: QtBot, compiled: Path, shop: Shop, customer: CustomerRecord
) -> None:
    manager().set_language("he")
    card = CustomerCard(shop, customer.id)
    qtbot.addWidget(card)
    assert card.tabs.tabText(0) == "חשבוניות"
    assert card.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_widgets_relabel_through_the_one_mixin() -> None:
    # Each widget used to carry its own copy of the LanguageChange → retranslate() override.
    ui = Path(__file__).resolve().parents[2] / "arapp" / "ui"
    copies = [
        p.name for p in ui.rglob("*.py")
        if "def changeEvent" in p.read_text(encoding="utf-8") and p.name != "retranslate.py"
    ]
    assert copies == []
