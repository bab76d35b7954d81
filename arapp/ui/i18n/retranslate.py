"""Re-labelling on a language switch, written once.

Installing or removing a QTranslator makes Qt send ``QEvent.LanguageChange`` to every
widget (see :mod:`arapp.ui.i18n.language`); a widget that shows translated text mixes in
:class:`Retranslating` and writes ``retranslate()``, which also sets its texts the first
time (each widget calls it at the end of ``__init__``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin for a ``QWidget`` subclass (list it before the Qt base):
    ``class PaymentDialog(Retranslating, QDialog)``."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
