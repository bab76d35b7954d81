"""A word-wrapping label that does not clip right-to-left text.

Qt counts the space at a right-to-left line break into the line's width, so a wrapped
Hebrew or Arabic line can come out a space wider than the label and lose its last letter
at the left edge (seen in the first-run wizard). A small side margin gives that overflow
room to be drawn.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

SIDE_MARGIN = 6


class WrappingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setContentsMargins(SIDE_MARGIN, 0, SIDE_MARGIN, 0)
