"""A row of figure tiles (caption over a large value, a small line under it), for Today's
and the Reports screen's key figures."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from arapp.ui import display


class FigureTiles(QFrame):
    """``set_figure(key, caption, value, note="", danger=False)``; tiles are made on first
    use, left to right in reading order (Qt mirrors the grid right to left)."""

    def __init__(self, keys: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(24)
        for column, key in enumerate(keys):
            caption, value, note = QLabel(self), QLabel(self), QLabel(self)
            caption.setStyleSheet(f"color: {display.MUTED.name()};")
            note.setStyleSheet(f"color: {display.MUTED.name()};")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            value.setFont(font)
            grid.addWidget(caption, 0, column)
            grid.addWidget(value, 1, column)
            grid.addWidget(note, 2, column)
            grid.setColumnStretch(column, 1)
            self.captions[key], self.values[key], self.notes[key] = caption, value, note

    def set_figure(
        self, key: str, caption: str, value: str, note: str = "", *, danger: bool = False
    ) -> None:
        self.captions[key].setText(caption)
        self.values[key].setText(value)
        self.values[key].setStyleSheet(f"color: {display.DANGER.name()};" if danger else "")
        self.notes[key].setText(note)
        self.notes[key].setVisible(bool(note))

    def value_text(self, key: str) -> str:
        return self.values[key].text()
