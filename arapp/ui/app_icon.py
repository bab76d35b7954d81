"""The app's icon on its windows (title bar, task bar, Alt+Tab).

Made from the PNGs in ``resources/icons`` (drawn from ``arapp.svg`` by
``packaging/make_icons.py``): ready-made sizes are sharper than one SVG scaled down, and
reading PNGs needs no SVG plug-in at start-up. Installed copies of the same icon name the
app in menus (``packaging/linux/arapp.desktop``, the Windows installer).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from arapp.resources import icons_dir

#: The desktop entry's name (arapp.desktop): on Wayland the compositor finds the icon and
#: groups the windows through it.
DESKTOP_FILE = "arapp"


def app_icon() -> QIcon:
    """Every PNG size found; an empty icon if none is (Qt shows its default)."""
    icon = QIcon()
    for path in sorted(icons_dir().glob("arapp-*.png")):
        size = int(path.stem.rsplit("-", 1)[1])
        icon.addFile(str(path), QSize(size, size))
    return icon


def apply_app_icon(app: QGuiApplication) -> QIcon:
    icon = app_icon()
    app.setWindowIcon(icon)
    app.setDesktopFileName(DESKTOP_FILE)
    return icon
