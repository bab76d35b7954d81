"""The QPainter bar chart: bars proportional to the amounts, mirrored in right-to-left,
a picture that is not blank, tooltips with formatted amounts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from arapp.ui.widgets.bar_chart import FIRST_COLOR, SECOND_COLOR, BarChart, nice_step


def _chart(qtbot: QtBot) -> BarChart:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    return chart


@pytest.mark.parametrize(
    ("span", "step"),
    [(Decimal(100), Decimal(25) * 2), (Decimal(7), Decimal(2)), (Decimal("0.3"), Decimal("0.1")),
     (Decimal(12000), Decimal(5000)), (Decimal(0), Decimal(1))],
)
def test_nice_step_is_round(span: Decimal, step: Decimal) -> None:
    assert nice_step(span) == step


def test_bars_are_proportional_and_share_a_baseline(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    chart.set_data([("Jan", Decimal("1000")), ("Feb", Decimal("250")), ("Mar", Decimal(0))])
    jan, feb, mar = (chart.bar_rects(i)[0] for i in range(3))
    assert jan.height() == pytest.approx(4 * feb.height(), rel=1e-6)
    assert mar.height() == 0
    assert jan.bottom() == pytest.approx(feb.bottom())
    assert jan.left() < feb.left() < mar.left()  # left to right in English


def test_right_to_left_puts_the_first_point_at_the_right(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    chart.set_data([("Jan", Decimal(10)), ("Feb", Decimal(20))])
    assert chart.bar_rects(0)[0].left() > chart.bar_rects(1)[0].left()
    # The value axis is on the right: the plot leaves room there, not on the left.
    assert chart.width() - chart.plot_rect().right() > chart.plot_rect().left()


def test_stacked_second_series_sits_on_the_first(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    chart.set_data([("w1", Decimal(300)), ("w2", Decimal(100))], "Cheques",
                   [Decimal(100), Decimal(300)], "Installments", stacked=True)
    first, second = chart.bar_rects(0)
    assert second.bottom() == pytest.approx(first.top())
    assert first.height() == pytest.approx(3 * second.height(), rel=1e-6)
    # Both points total 400: the stacks are the same height.
    a, b = chart.bar_rects(1)
    assert first.height() + second.height() == pytest.approx(a.height() + b.height())


def test_side_by_side_series_do_not_overlap(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    chart.set_data([("Jan", Decimal(50))], "Invoiced", [Decimal(100)], "Collected")
    first, second = chart.bar_rects(0)
    assert first.right() <= second.left()
    assert second.height() == pytest.approx(2 * first.height(), rel=1e-6)


def test_second_series_of_another_length_is_refused(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    with pytest.raises(ValueError, match="one value per point"):
        chart.set_data([("a", Decimal(1))], second=[Decimal(1), Decimal(2)])


def test_painting_draws_the_bars_in_their_colours(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    chart.set_data([("Jan", Decimal(800)), ("Feb", Decimal(400))], "Cheques",
                   [Decimal(200), Decimal(0)], "Installments", stacked=True)
    image = chart.grab().toImage()
    assert not image.isNull()
    for bar, colour in zip(chart.bar_rects(0), (FIRST_COLOR, SECOND_COLOR), strict=True):
        centre = bar.center().toPoint()
        assert QColor(image.pixel(centre)) == colour


def test_empty_chart_says_so(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    chart.set_empty_text("Nothing expected")
    chart.set_data([])
    assert not chart.grab().toImage().isNull()
    assert chart.index_at(QPoint(300, 150)) is None


def test_tooltip_shows_formatted_amounts(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    chart.set_data([("Jan", Decimal("1234.5"))], "Cheques", [Decimal(10)], "Installments")
    assert chart.tooltip_text(0) == "Jan\nCheques: ₪1,234.50\nInstallments: ₪10.00"
    centre = chart.slot_rect(0).center().toPoint()
    assert chart.index_at(centre) == 0
