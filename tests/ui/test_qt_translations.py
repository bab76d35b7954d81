"""Qt's own dialogs speak the UI language too (Qt's translations, plus what they miss)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from arapp.ui.i18n.language import manager

SCRIPT = {"he": re.compile("[\u05d0-\u05ea]"), "ar": re.compile("[\u0620-\u064a]")}


@pytest.mark.parametrize("lang", ["he", "ar"])
def test_qts_own_translations_are_where_the_app_loads_them(lang: str) -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / f"qtbase_{lang}.qm").is_file()


@pytest.mark.parametrize("lang", ["he", "ar"])
def test_the_file_chooser_has_no_english_left(qtbot: QtBot, lang: str) -> None:
    manager().set_language(lang, persist=False)
    dialog = QFileDialog(None, "x")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
    english = [t for t in texts if t and not SCRIPT[lang].search(t)]
    assert english == []
