"""A small bar chart drawn with QPainter, for money over time (the cash-flow forecast, a
collection trend).

QtCharts lives in PySide6-Addons, which the installed app leaves out (it roughly doubles
the install), so charts are painted here. Generic on purpose: a series of
``(label, Decimal)`` points and an optional second series of the same length, drawn side
by side or stacked. Labels come translated from the caller; amounts on the axis and in
tooltips go through :mod:`arapp.ui.display`, so they read as everywhere else. In a
right-to-left layout the first point is at the right and the value axis on the right,
as a Hebrew or Arabic reader scans.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from arapp.core.formatting import format_number
from arapp.ui import display
from arapp.ui.i18n.language import current_language

#: Two colours that stay apart for colour-weak eyes and in greyscale print.
FIRST_COLOR = QColor("#2f6db3")
SECOND_COLOR = QColor("#e08a1e")

_MARGIN = 8
_LEGEND_GAP = 6
_SWATCH = 10


@dataclass(frozen=True, slots=True)
class Series:
    """One series: its name (shown in the legend) and one value per point."""

    name: str
    values: tuple[Decimal, ...]
    color: QColor = field(default_factory=lambda: QColor(FIRST_COLOR))


def nice_step(span: Decimal, ticks: int = 4) -> Decimal:
    """A round step (1, 2 or 5 × 10^k) that divides ``span`` into about ``ticks`` parts."""
    if span <= 0:
        return Decimal(1)
    raw = span / ticks
    magnitude = Decimal(1).scaleb(raw.adjusted())
    for factor in (1, 2, 5, 10):
        step = magnitude * factor
        if step >= raw:
            return step
    return magnitude * 10  # pragma: no cover - the loop always returns


class BarChart(QWidget):
    """Bars per point; ``set_data`` replaces everything shown.

    ``stacked`` puts the second series on top of the first (parts of one total, e.g.
    cheques and installments); otherwise the two stand side by side (two measures to
    compare, e.g. invoiced and collected)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: tuple[str, ...] = ()
        self._first = Series("", ())
        self._second: Series | None = None
        self._stacked = False
        self._currency = "ILS"
        self._empty_text = ""
        self.setMinimumSize(QSize(240, 160))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    # -- data ---------------------------------------------------------------------------

    def set_data(
        self,
        points: Sequence[tuple[str, Decimal]],
        name: str = "",
        second: Sequence[Decimal] | None = None,
        second_name: str = "",
        *,
        stacked: bool = False,
        currency: str = "ILS",
    ) -> None:
        """Show ``points`` (label, amount) and, if given, a ``second`` series with one
        amount per point. Raises ``ValueError`` when the lengths differ."""
        if second is not None and len(second) != len(points):
            raise ValueError("the second series needs one value per point")
        self._labels = tuple(label for label, _ in points)
        self._first = Series(name, tuple(value for _, value in points), FIRST_COLOR)
        self._second = (
            None if second is None else Series(second_name, tuple(second), SECOND_COLOR)
        )
        self._stacked = stacked
        self._currency = currency
        self.update()

    def set_empty_text(self, text: str) -> None:
        """What the chart says when there is nothing to draw (translated by the caller)."""
        self._empty_text = text
        self.update()

    def labels(self) -> tuple[str, ...]:
        return self._labels

    def series(self) -> tuple[Series, ...]:
        return (self._first,) if self._second is None else (self._first, self._second)

    # -- geometry -----------------------------------------------------------------------

    def _bounds(self) -> tuple[Decimal, Decimal]:
        """(low, high) of the value axis: zero always in range, rounded out to a step."""
        values: list[Decimal] = list(self._first.values)
        if self._second is not None:
            if self._stacked:
                values = [a + b for a, b in zip(self._first.values, self._second.values,
                                                strict=True)]
                values += list(self._first.values)
            else:
                values += list(self._second.values)
        high = max([Decimal(0), *values])
        low = min([Decimal(0), *values])
        step = nice_step(high - low)
        top = (high / step).to_integral_value(ROUND_CEILING) * step
        bottom = (low / step).to_integral_value(ROUND_FLOOR) * step
        if top == bottom:
            top = bottom + step
        return bottom, top

    def _axis_text(self, value: Decimal) -> str:
        # Whole units on the axis: agorot only crowd it; tooltips show the exact amount.
        return format_number(value.quantize(Decimal(1)), current_language())

    def plot_rect(self) -> QRectF:
        """Where the bars go: inside the margins, beside the value axis, above the labels
        and the legend."""
        metrics = QFontMetrics(self.font())
        low, high = self._bounds()
        axis_width = max(metrics.horizontalAdvance(self._axis_text(v)) for v in (low, high)) + 6
        legend = metrics.height() + _LEGEND_GAP if self._has_legend() else 0
        bottom = metrics.height() + 4 + legend
        rect = QRectF(self.rect()).adjusted(_MARGIN, _MARGIN + metrics.height() / 2,
                                            -_MARGIN, -_MARGIN - bottom)
        if self._rtl():
            return rect.adjusted(0, 0, -axis_width, 0)
        return rect.adjusted(axis_width, 0, 0, 0)

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _has_legend(self) -> bool:
        return bool(self._first.name or (self._second is not None and self._second.name))

    def slot_rect(self, index: int) -> QRectF:
        """The column of point ``index`` (first point at the leading edge)."""
        plot = self.plot_rect()
        width = plot.width() / max(1, len(self._labels))
        position = len(self._labels) - 1 - index if self._rtl() else index
        return QRectF(plot.left() + position * width, plot.top(), width, plot.height())

    def _y(self, value: Decimal, plot: QRectF) -> float:
        low, high = self._bounds()
        # Pixels only: the Decimal ratio becomes a float coordinate, no money is computed.
        return plot.bottom() - float((value - low) / (high - low)) * plot.height()

    def bar_rects(self, index: int) -> list[QRectF]:
        """The bars of point ``index``, one per series, in series order."""
        plot = self.plot_rect()
        slot = self.slot_rect(index)
        inner = slot.adjusted(slot.width() * 0.15, 0, -slot.width() * 0.15, 0)
        zero = self._y(Decimal(0), plot)
        first = self._first.values[index]
        if self._second is None:
            return [self._bar(inner, zero, self._y(first, plot))]
        second = self._second.values[index]
        if self._stacked:
            top_of_first = self._y(first, plot)
            return [self._bar(inner, zero, top_of_first),
                    self._bar(inner, top_of_first, self._y(first + second, plot))]
        half = inner.width() / 2
        lead, trail = (inner.right() - half, inner.left()) if self._rtl() else (
            inner.left(), inner.left() + half)
        return [self._bar(QRectF(lead, 0, half, 0), zero, self._y(first, plot)),
                self._bar(QRectF(trail, 0, half, 0), zero, self._y(second, plot))]

    @staticmethod
    def _bar(column: QRectF, base: float, tip: float) -> QRectF:
        return QRectF(column.left(), min(base, tip), column.width(), abs(base - tip))

    def index_at(self, point: QPoint) -> int | None:
        for index in range(len(self._labels)):
            if self.slot_rect(index).contains(point.toPointF()):
                return index
        return None

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self._labels:
            painter.setPen(display.MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        plot = self.plot_rect()
        self._paint_axis(painter, plot)
        for index in range(len(self._labels)):
            for series, bar in zip(self.series(), self.bar_rects(index), strict=True):
                painter.fillRect(bar, series.color)
        self._paint_labels(painter, plot)
        self._paint_legend(painter)
        painter.end()

    def _paint_axis(self, painter: QPainter, plot: QRectF) -> None:
        low, high = self._bounds()
        step = nice_step(high - low)
        metrics = QFontMetrics(self.font())
        grid = QPen(QColor("#d9d9d9"))
        value = low
        while value <= high:
            y = self._y(value, plot)
            painter.setPen(QPen(display.MUTED) if value == 0 else grid)
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(self.palette().text().color())
            text = self._axis_text(value)
            width = metrics.horizontalAdvance(text)
            x = plot.right() + 4 if self._rtl() else plot.left() - 4 - width
            painter.drawText(int(x), int(y + metrics.ascent() / 2 - 1), text)
            value += step

    def _paint_labels(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        painter.setPen(self.palette().text().color())
        # Too many labels to fit side by side: show every n-th one.
        widest = max(metrics.horizontalAdvance(label) for label in self._labels) + 6
        every = max(1, int(widest // max(1.0, self.slot_rect(0).width())) + 1)
        for index, label in enumerate(self._labels):
            if index % every:
                continue
            slot = self.slot_rect(index)
            area = QRectF(slot.center().x() - widest / 2, plot.bottom() + 2, widest,
                          metrics.height() + 2)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_legend(self, painter: QPainter) -> None:
        if not self._has_legend():
            return
        metrics = QFontMetrics(self.font())
        y = self.height() - _MARGIN - metrics.height()
        x = self.width() - _MARGIN if self._rtl() else _MARGIN
        for series in self.series():
            if not series.name:
                continue
            width = _SWATCH + 4 + metrics.horizontalAdvance(series.name)
            left = x - width if self._rtl() else x
            swatch_left = left + width - _SWATCH if self._rtl() else left
            text_left = left if self._rtl() else left + _SWATCH + 4
            painter.fillRect(QRectF(swatch_left, y + (metrics.height() - _SWATCH) / 2,
                                    _SWATCH, _SWATCH), series.color)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(text_left, y, width - _SWATCH - 4, metrics.height()),
                             Qt.AlignmentFlag.AlignVCenter, series.name)
            x = x - width - 3 * _LEGEND_GAP if self._rtl() else x + width + 3 * _LEGEND_GAP

    # -- tooltips -----------------------------------------------------------------------

    def tooltip_text(self, index: int) -> str:
        """The point's label and each series' exact amount (and the total when stacked)."""
        lines = [self._labels[index]]
        amounts = [series.values[index] for series in self.series()]
        for series, amount in zip(self.series(), amounts, strict=True):
            money = display.money(amount, self._currency)
            lines.append(f"{series.name}: {money}" if series.name else money)
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            return True
        return super().event(event)
