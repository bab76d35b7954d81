"""Where a window opens and how big: as the owner last left it, never larger than the
screen and never partly off it.

Many counters have a 1366×768 laptop screen (about 728 pixels high once the task bar is
taken away). A window sized for a bigger screen put its buttons below the edge, and a
geometry saved on a second monitor that is no longer there opened a window partly off
screen. Every top-level window therefore goes through :func:`place_window` when it is
built and :func:`remember_window` when it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from arapp.ui import prefs

#: Title bar and borders the window manager adds around a window that is not shown yet
#: (a shown window knows its own frame). Generous, so the frame never crosses the edge.
FRAME = QSize(16, 40)


def place_window(widget: QWidget, default: QSize, name: str | None = None) -> None:
    """Give ``widget`` the size and place it had when last closed (saved under ``name``,
    and saved again each time it is closed), else ``default`` centred over its parent;
    then fit it to the available screen."""
    restored = name is not None and prefs.restore_geometry(widget, name)
    if not restored:
        widget.resize(default)
    # A window left maximised comes back maximised; the screen sizes it.
    if not (
        widget.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen)
    ):
        fit_to_screen(widget, centre=not restored)
    if name is not None:
        widget.installEventFilter(_Remember(name, widget))


class _Remember(QObject):
    """Saves its window's geometry when the window is hidden (closed, or a dialog done)."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.name = name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Hide
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not watched.isMinimized()
        ):
            prefs.save_geometry(watched, self.name)
        return False


def fit_to_screen(widget: QWidget, *, centre: bool = False) -> None:
    """Shrink ``widget`` to the available area of its screen (its parent's, when it has
    one) and move it wholly onto it; ``centre`` puts it over its parent (or the screen's
    middle) first."""
    area = _screen_of(widget).availableGeometry()
    frame = _frame(widget)
    width = min(widget.width(), area.width() - frame.width())
    height = min(widget.height(), area.height() - frame.height())
    # A layout's minimum may be taller than a small screen; the minimum gives way so
    # that the buttons at the bottom stay reachable.
    widget.setMinimumSize(min(widget.minimumWidth(), width), min(widget.minimumHeight(), height))
    widget.resize(width, height)
    if centre:
        parent = widget.parentWidget()
        over = parent.window().frameGeometry() if parent is not None else area
        half = QPoint((width + frame.width()) // 2, (height + frame.height()) // 2)
        top_left = over.center() - half
    else:
        top_left = widget.frameGeometry().topLeft() if widget.isVisible() else widget.pos()
    widget.move(_clamped(top_left, QSize(width, height) + frame, area))


def _clamped(top_left: QPoint, size: QSize, area: QRect) -> QPoint:
    x = max(area.left(), min(top_left.x(), area.right() + 1 - size.width()))
    y = max(area.top(), min(top_left.y(), area.bottom() + 1 - size.height()))
    return QPoint(x, y)


def _frame(widget: QWidget) -> QSize:
    if widget.isVisible():
        outer, inner = widget.frameGeometry(), widget.geometry()
        if outer.size() != inner.size():
            return outer.size() - inner.size()
    return FRAME


def _screen_of(widget: QWidget) -> QScreen:
    parent = widget.parentWidget()
    screen = (parent.window() if parent is not None else widget).screen()
    return screen or QGuiApplication.primaryScreen()
