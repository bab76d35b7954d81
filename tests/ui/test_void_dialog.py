"""The void dialog's two buttons cannot be mistaken for each other in any language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from arapp.ui.i18n.language import manager
from arapp.ui.ledger.void_dialog import VoidDialog


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_the_button_that_keeps_the_record_does_not_say_void(qtbot: QtBot, lang: str) -> None:
    manager().set_language(lang, persist=False)
    dialog = VoidDialog("Void invoice A-1?", lambda reason: None)
    qtbot.addWidget(dialog)
    void = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text().replace("&", "")
    keep = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    # The verb that voids ("ביטול", "إلغاء") is not on the button that keeps the record.
    assert void.split()[0] not in keep.split(), (void, keep)
    assert keep not in ("ביטול", "ألغِ", "إلغاء", "Cancel")
