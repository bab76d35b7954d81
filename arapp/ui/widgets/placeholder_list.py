"""The fields a template may use, as a compact list under its editor: a double-click (or
Enter) types the field into the editor at its cursor."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

#: Rows of fields shown before the list scrolls: the editor above keeps the room.
VISIBLE_ROWS = 3


class PlaceholderList(QWidget):
    """``set_names`` fills it; ``caption`` says what the fields are (set by the page)."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.caption = QLabel(self)
        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.ListMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setUniformItemSizes(False)
        row = self.list.fontMetrics().height() + 10
        self.list.setFixedHeight(row * VISIBLE_ROWS + 6)
        self.caption.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self.insert)

    def set_names(self, names: Iterable[str]) -> None:
        self.list.clear()
        for name in sorted(names):
            item = QListWidgetItem("{" + name + "}", self.list)
            # A field name is code: it reads left to right in a Hebrew or Arabic window too.
            item.setData(Qt.ItemDataRole.UserRole, name)

    def names(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.list.count())]

    def insert(self, item: QListWidgetItem) -> None:
        """Type ``{name}`` into the editor at its cursor, and go back to typing."""
        self.editor.insertPlainText(item.text())
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
