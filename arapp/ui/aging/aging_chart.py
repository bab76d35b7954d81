"""A small bar chart of the aging buckets' totals, drawn with QPainter.

QtCharts is in PySide6-Addons, which the app does not ship (DESIGN: the Essentials wheel
set only), and five labelled bars do not need it. The bars run in reading order: current
first, at the left in English and at the right in Hebrew and Arabic.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from arapp.core.money import ZERO

#: From "not yet due" to "91+ days": calm blue, then warmer as the money gets older.
BAR_COLORS: tuple[QColor, ...] = (
    QColor("#3f6fa8"),
    QColor("#c9a227"),
    QColor("#d9822b"),
    QColor("#c8551f"),
    QColor("#b3261e"),
)
MARGIN = 8
BAR_SHARE = 0.62  # of each bar's slot; the rest is the gap between bars


class BucketChart(QWidget):
    """``set_buckets([(label, amount), …])`` with the amounts already as ``Decimal``;
    ``set_amount_formatter`` decides how the amount over each bar reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buckets: list[tuple[str, Decimal]] = []
        self._format: Callable[[Decimal], str] = str
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(150)

    def set_amount_formatter(self, formatter: Callable[[Decimal], str]) -> None:
        self._format = formatter
        self.update()

    def set_buckets(self, buckets: Sequence[tuple[str, Decimal]]) -> None:
        self._buckets = list(buckets)
        self.setToolTip("\n".join(f"{label}: {self._format(v)}" for label, v in self._buckets))
        self.update()

    def buckets(self) -> list[tuple[str, Decimal]]:
        return list(self._buckets)

    def sizeHint(self) -> QSize:
        return QSize(520, 190)

    def bar_rects(self) -> list[QRectF]:
        """Each bucket's bar in widget coordinates, in bucket order (for tests and hover)."""
        return self._layout()[0]

    def _layout(self) -> tuple[list[QRectF], list[QRectF], list[QRectF]]:
        """(bars, amount-label rects, bucket-label rects), in bucket order."""
        metrics = self.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        baseline = area.bottom() - line - 4
        plot_top = area.top() + line + 4
        count = max(1, len(self._buckets))
        slot = area.width() / count
        largest = max((v for _label, v in self._buckets if v > ZERO), default=ZERO)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        bars, amounts, labels = [], [], []
        for n, (_label, value) in enumerate(self._buckets):
            position = count - 1 - n if rtl else n
            left = area.left() + position * slot
            width = slot * BAR_SHARE
            share = float(value / largest) if largest > ZERO and value > ZERO else 0.0
            # float only for pixels: the amounts themselves stay Decimal.
            height = max(0.0, (baseline - plot_top) * share)
            x = left + (slot - width) / 2
            bars.append(QRectF(x, baseline - height, width, height))
            amounts.append(QRectF(left, baseline - height - line - 2, slot, line))
            labels.append(QRectF(left, baseline + 4, slot, line))
        return bars, amounts, labels

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self._buckets:
            painter.end()
            return
        bars, amounts, labels = self._layout()
        text = palette.color(QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        for n, (label, value) in enumerate(self._buckets):
            color = BAR_COLORS[n % len(BAR_COLORS)]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(bars[n], 2, 2)
            painter.setPen(text)
            amount = metrics.elidedText(
                self._format(value), Qt.TextElideMode.ElideRight, int(amounts[n].width())
            )
            painter.drawText(amounts[n], Qt.AlignmentFlag.AlignCenter, amount)
            name = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(labels[n].width()))
            painter.drawText(labels[n], Qt.AlignmentFlag.AlignCenter, name)
        if bars:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            y = bars[0].bottom()
            painter.drawLine(int(MARGIN), int(y), int(self.width() - MARGIN), int(y))
        painter.end()
