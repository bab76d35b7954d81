"""A pad to sign on: with the mouse, a finger on a touch screen or a tablet's stylus.

The owner turns the screen (or hands the stylus) to the customer, who signs above the
line. Strokes are kept as points in the pad's own coordinates and drawn as smooth curves
(quadratic segments through the midpoints of successive points), so a signature drawn
with a mouse's coarse steps does not look jagged. :meth:`SignaturePad.to_png` draws the
same strokes again on a transparent image cropped to the ink with a margin, at twice the
screen's size, which is what an agreement PDF places on its signature line.

A tap or a click leaves a dot, not a signature: strokes shorter than
:data:`MIN_STROKE` are dropped, and the pad stays empty until its ink is at least
:data:`MIN_INK` long.
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from arapp.ui.i18n.retranslate import Retranslating

PEN_WIDTH = 2.5
#: A stroke shorter than this (in pixels) is a click or a tap, not a stroke.
MIN_STROKE = 6.0
#: Total ink below this (in pixels) is not yet a signature.
MIN_INK = 40.0
#: Space kept around the ink in the exported image, in pad pixels.
PNG_MARGIN = 8
#: The exported image is drawn at this multiple of the pad's pixels, for a sharp print.
PNG_SCALE = 2
INK = QColor("#0d1b5e")  # dark blue, as signed with a ballpoint pen
GUIDE = QColor("#9e9e9e")

Stroke = list[QPointF]


def stroke_length(stroke: Stroke) -> float:
    return sum(
        math.hypot(b.x() - a.x(), b.y() - a.y()) for a, b in itertools.pairwise(stroke)
    )


def stroke_path(stroke: Stroke) -> QPainterPath:
    """A smooth path through ``stroke``: straight to the first midpoint, then quadratic
    curves with each point as control and the next midpoint as end."""
    path = QPainterPath(stroke[0])
    if len(stroke) < 3:
        for point in stroke[1:]:
            path.lineTo(point)
        return path
    path.lineTo((stroke[0] + stroke[1]) / 2)
    for here, after in itertools.pairwise(stroke[1:]):
        path.quadTo(here, (here + after) / 2)
    path.lineTo(stroke[-1])
    return path


class SignatureCanvas(QWidget):
    """Where the ink goes. ``changed`` is emitted when a stroke is finished or the pad is
    cleared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMinimumSize(280, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # -- state -------------------------------------------------------------------------
    def strokes(self) -> list[Stroke]:
        return [list(s) for s in self._strokes]

    def ink_length(self) -> float:
        return sum(stroke_length(s) for s in self._strokes)

    def is_empty(self) -> bool:
        return self.ink_length() < MIN_INK

    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    def ink_rect(self) -> QRectF:
        """The strokes' bounding box, pen width included (empty when there is no ink)."""
        rect = QRectF()
        for stroke in self._strokes:
            rect = rect.united(stroke_path(stroke).boundingRect())
        half = PEN_WIDTH / 2
        return rect.adjusted(-half, -half, half, half) if not rect.isNull() else rect

    # -- drawing -----------------------------------------------------------------------
    def _begin(self, point: QPointF) -> None:
        self._current = [point]

    def _extend(self, point: QPointF) -> None:
        if self._current is None:
            return
        last = self._current[-1]
        if math.hypot(point.x() - last.x(), point.y() - last.y()) >= 0.75:
            self._current.append(point)
            self.update()

    def _end(self, point: QPointF | None = None) -> None:
        if self._current is None:
            return
        if point is not None:
            self._extend(point)
        stroke, self._current = self._current, None
        if stroke_length(stroke) >= MIN_STROKE:
            self._strokes.append(stroke)
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so Qt does not also send the mouse events it would make from it.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            if event.pressure() > 0 or event.buttons() & Qt.MouseButton.LeftButton:
                self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            # One finger signs; a second finger on the glass is ignored.
            position = points[0].position() if points else None
            if kind == QEvent.Type.TouchBegin and position is not None:
                self._begin(position)
            elif kind == QEvent.Type.TouchUpdate and position is not None:
                self._extend(position)
            elif kind == QEvent.Type.TouchEnd:
                self._end(position)
            else:
                self._current = None
                self.update()
            event.accept()
            return True
        return super().event(event)

    # -- painting ----------------------------------------------------------------------
    def baseline_y(self) -> float:
        return self.height() * 0.72

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        # The line to sign on, and an "x" at its start (the right end in Hebrew/Arabic).
        y = self.baseline_y()
        guide = QPen(GUIDE, 1.0)
        painter.setPen(guide)
        painter.drawLine(QPointF(16, y), QPointF(self.width() - 16, y))
        x = self.width() - 28.0 if self.layoutDirection() == Qt.LayoutDirection.RightToLeft \
            else 20.0
        painter.setPen(QPen(GUIDE, 1.6))
        painter.drawLine(QPointF(x, y - 16), QPointF(x + 10, y - 6))
        painter.drawLine(QPointF(x, y - 6), QPointF(x + 10, y - 16))
        painter.setPen(QPen(QColor("#c8c8c8"), 1.0))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        self._draw_ink(painter)
        painter.end()

    def _draw_ink(self, painter: QPainter) -> None:
        pen = QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in [*self._strokes, *([self._current] if self._current else [])]:
            if len(stroke) > 1:
                painter.drawPath(stroke_path(stroke))

    # -- export ------------------------------------------------------------------------
    def to_png(self) -> bytes:
        """The ink on a transparent background, cropped to the strokes with a margin of
        :data:`PNG_MARGIN` pixels, drawn at :data:`PNG_SCALE` × (b"" when empty)."""
        if not self._strokes:
            return b""
        rect = self.ink_rect().adjusted(-PNG_MARGIN, -PNG_MARGIN, PNG_MARGIN, PNG_MARGIN)
        width = max(1, math.ceil(rect.width() * PNG_SCALE))
        height = max(1, math.ceil(rect.height() * PNG_SCALE))
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.scale(PNG_SCALE, PNG_SCALE)
        painter.translate(-rect.left(), -rect.top())
        saved, self._current = self._current, None
        self._draw_ink(painter)
        self._current = saved
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())


class SignaturePad(Retranslating, QWidget):
    """A canvas with a Clear button under it. ``changed`` follows the canvas."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = SignatureCanvas(self)
        self.clear_button = QPushButton(self)
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear)
        self.canvas.changed.connect(self.changed)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(row)
        self.retranslate()

    def is_empty(self) -> bool:
        return self.canvas.is_empty()

    def clear(self) -> None:
        self.canvas.clear()

    def to_png(self) -> bytes:
        return self.canvas.to_png()

    def retranslate(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Wipe the pad and sign again"))
