"""Small coloured "pills" in a table cell (Stop credit, Over limit) that catch the eye in a
long list better than coloured text, and follow the cell's reading direction."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

#: Role holding ``list[tuple[str, QColor]]``: each badge's text and colour.
BadgesRole = Qt.ItemDataRole.UserRole + 20

_PAD_X = 6
_GAP = 4


class BadgeDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badges = index.data(BadgesRole) or []
        # Draw the ordinary cell first (selection background, focus) without text.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = plain.widget.style() if plain.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)
        if not badges:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = option.font
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        height = metrics.height() + 2
        rect = option.rect
        top = rect.top() + (rect.height() - height) // 2
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        x = rect.right() - _GAP if rtl else rect.left() + _GAP
        for text, color in badges:
            width = metrics.horizontalAdvance(text) + 2 * _PAD_X
            left = x - width if rtl else x
            pill = QRect(left, top, width, height)
            if pill.left() < rect.left() or pill.right() > rect.right():
                break  # no room: the tooltip still lists every badge
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(QColor("white"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            x = x - width - _GAP if rtl else x + width + _GAP
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        badges = index.data(BadgesRole) or []
        metrics = QFontMetrics(option.font)
        width = sum(metrics.horizontalAdvance(t) + 2 * _PAD_X + _GAP for t, _ in badges)
        return QSize(width + _GAP, metrics.height() + 8)
