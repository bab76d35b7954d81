"""What every page of the plan wizard offers the wizard around it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from arapp.ui.i18n.retranslate import Retranslating


class WizardPage(Retranslating, QWidget):
    """A step of the wizard. ``completeChanged`` is emitted whenever :meth:`is_complete`
    may have changed; the wizard then enables or disables Next."""

    completeChanged = Signal()

    def title(self) -> str:
        """The step's name in the UI language, shown above the page."""
        raise NotImplementedError

    def is_complete(self) -> bool:
        """Whether Next may be pressed (the page says why not, next to the field)."""
        return True

    def enter(self) -> None:
        """The page is about to be shown (going forward or back to it)."""

    def focus_first(self) -> None:
        """Put the keyboard focus where the owner types first on this page."""
        self.focusNextChild()
