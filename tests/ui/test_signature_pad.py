"""The signature pad: strokes from the mouse, a finger and a stylus, a click is no
signature, Clear, the PNG."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arapp.ui.widgets.signature_pad import PNG_MARGIN, PNG_SCALE, SignatureCanvas, SignaturePad


def _send(canvas: SignatureCanvas, kind: QEvent.Type, point: QPointF,
          button: Qt.MouseButton, buttons: Qt.MouseButton) -> None:
    event = QMouseEvent(kind, point, canvas.mapToGlobal(point), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas, event)


def draw(canvas: SignatureCanvas, points: list[tuple[float, float]]) -> None:
    """One stroke through ``points`` with the left button held, as a mouse would."""
    left = Qt.MouseButton.LeftButton
    first, *rest = [QPointF(x, y) for x, y in points]
    _send(canvas, QEvent.Type.MouseButtonPress, first, left, left)
    for point in rest:
        _send(canvas, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, left)
    _send(canvas, QEvent.Type.MouseButtonRelease, rest[-1] if rest else first, left,
          Qt.MouseButton.NoButton)


def zigzag(x0: float, x1: float, y: float, steps: int = 12) -> list[tuple[float, float]]:
    return [(x0 + (x1 - x0) * k / steps, y + (10 if k % 2 else -10)) for k in range(steps + 1)]


def make_pad(qtbot: QtBot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    return pad


def test_a_drawn_stroke_is_a_signature_and_clear_empties_it(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    assert pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        draw(pad.canvas, zigzag(40, 240, 60))
    assert not pad.is_empty()
    qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert pad.is_empty()
    assert pad.to_png() == b""


def test_a_click_is_not_a_signature(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    draw(pad.canvas, [(50, 50)])
    draw(pad.canvas, [(80, 50), (82, 51)])
    assert pad.is_empty()
    assert pad.canvas.strokes() == []
    # QTest's own click does the same.
    qtbot.mouseClick(pad.canvas, Qt.MouseButton.LeftButton, pos=QPoint(100, 40))
    assert pad.is_empty()


def test_moving_without_a_button_draws_nothing(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    for x in range(40, 240, 10):
        _send(pad.canvas, QEvent.Type.MouseMove, QPointF(x, 60), Qt.MouseButton.NoButton,
              Qt.MouseButton.NoButton)
    assert pad.is_empty()


def test_png_is_transparent_and_cropped_to_the_ink(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    draw(pad.canvas, zigzag(40, 240, 60))  # x 40..240, y 50..70
    draw(pad.canvas, [(100, 90), (150, 95), (200, 100)])  # a flourish under it
    image = QImage.fromData(pad.to_png(), "PNG")
    assert not image.isNull()
    assert image.hasAlphaChannel()
    # 200 × 50 of ink (+ pen and curve slack) plus the margins, at the export scale.
    assert abs(image.width() - (200 + 2 * PNG_MARGIN) * PNG_SCALE) <= 6 * PNG_SCALE
    assert abs(image.height() - (50 + 2 * PNG_MARGIN) * PNG_SCALE) <= 6 * PNG_SCALE
    assert image.pixelColor(0, 0).alpha() == 0  # the corner is background: transparent
    inked = [
        (x, y)
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).alpha() > 128
    ]
    assert inked
    xs = [x for x, _ in inked]
    ys = [y for _, y in inked]
    # The ink reaches to about the margin on every side: cropped to the strokes.
    margin = PNG_MARGIN * PNG_SCALE
    assert min(xs) <= margin + 4 and max(xs) >= image.width() - margin - 5
    assert min(ys) <= margin + 4 and max(ys) >= image.height() - margin - 5


def test_the_pad_paints_its_line_and_the_ink(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    draw(pad.canvas, zigzag(40, 240, 40))
    shot = pad.canvas.grab().toImage()
    assert shot.pixelColor(5, 5).name() == "#ffffff"  # white background
    y = int(pad.canvas.baseline_y())
    assert shot.pixelColor(pad.canvas.width() // 2, y).name() != "#ffffff"  # the baseline


def test_a_finger_signs(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    qtbot.waitExposed(pad)
    device = QTest.createTouchDevice()
    canvas = pad.canvas
    QTest.touchEvent(canvas, device).press(0, QPoint(40, 60)).commit()
    for k in range(1, 13):
        point = QPoint(40 + 15 * k, 60 + (8 if k % 2 else -8))
        QTest.touchEvent(canvas, device).move(0, point).commit()
    QTest.touchEvent(canvas, device).release(0, QPoint(220, 60)).commit()
    assert not pad.is_empty()


def test_a_stylus_signs(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    canvas = pad.canvas
    stylus = QPointingDevice("stylus", 1, QInputDevice.DeviceType.Stylus,
                             QPointingDevice.PointerType.Pen,
                             QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
                             1, 3)

    def send(kind: QEvent.Type, x: float, pressure: float, buttons: Qt.MouseButton) -> None:
        point = QPointF(x, 60 + (x % 20))
        event = QTabletEvent(kind, stylus, point, QPointF(canvas.mapToGlobal(point)), pressure,
                             0.0, 0.0, 0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier,
                             Qt.MouseButton.LeftButton, buttons)
        QApplication.sendEvent(canvas, event)

    left = Qt.MouseButton.LeftButton
    send(QEvent.Type.TabletPress, 40, 0.5, left)
    for x in range(50, 240, 10):
        send(QEvent.Type.TabletMove, x, 0.6, left)
    send(QEvent.Type.TabletRelease, 240, 0.0, Qt.MouseButton.NoButton)
    assert not pad.is_empty()
    # Hovering without touching the tablet draws nothing.
    pad.clear()
    for x in range(50, 240, 10):
        send(QEvent.Type.TabletMove, x, 0.0, Qt.MouseButton.NoButton)
    assert pad.is_empty()
