"""The screens of the main window, registered by the feature packages that hold them.

A feature package declares its screen in its ``__init__`` (key, title, place in the list,
and the module that holds it), so the window can list every screen at start-up without
importing any of them; the screen's class registers itself with :func:`register_screen`
when that module is first imported, i.e. the first time the owner opens the screen (the
aging report is not computed at start-up). Packages with screens are listed in
:data:`FEATURE_PACKAGES`; a new screen is a package entry and a decorator, nothing more.

A screen class takes ``(shop, parent)``; if it has a ``customerActivated(int)`` signal,
activating a customer opens the card (``cardRequested(int, str)``: on a named tab; and
``screenRequested(str, str)`` shows another screen with a filter); if it has
``refresh()``, it is refreshed after the app announces a change (see
:mod:`arapp.ui.ops.changes`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from arapp.core.services import Shop

W = TypeVar("W", bound="type[QWidget]")

#: Feature packages whose ``__init__`` declares a screen; imported when the list is made.
FEATURE_PACKAGES: tuple[str, ...] = (
    "arapp.ui.collection",
    "arapp.ui.customers",
    "arapp.ui.aging",
    "arapp.ui.cheques",
)


@dataclass(frozen=True, slots=True)
class Screen:
    key: str
    title: object  # QT_TRANSLATE_NOOP source text (context "MainWindow"), translated when shown
    order: int  # place in the list, smallest first
    module: str  # imported the first time the screen is opened


_DECLARED: dict[str, Screen] = {}
# A screen class, called as (shop, parent).
_CLASSES: dict[str, Callable[[Shop, QWidget], QWidget]] = {}


def declare_screen(key: str, title: object, order: int, module: str) -> None:
    """Called by a feature package's ``__init__``: list the screen without importing it."""
    if key in _DECLARED and _DECLARED[key].module != module:
        raise ValueError(f"two screens are called {key!r}")
    _DECLARED[key] = Screen(key, title, order, module)


def register_screen(key: str) -> Callable[[W], W]:
    """Class decorator in the screen's module: ``@register_screen("aging")``."""

    def register(cls: W) -> W:
        if key not in _DECLARED:
            raise ValueError(f"screen {key!r} is not declared by its feature package")
        _CLASSES[key] = cls
        return cls

    return register


def screens() -> tuple[Screen, ...]:
    """Every declared screen in list order."""
    for package in FEATURE_PACKAGES:
        importlib.import_module(package)
    return tuple(sorted(_DECLARED.values(), key=lambda s: (s.order, s.key)))


def build_screen(screen: Screen, shop: Shop, parent: QWidget) -> QWidget:
    """Import the screen's module (first time only) and make the screen."""
    importlib.import_module(screen.module)
    return _CLASSES[screen.key](shop, parent)
