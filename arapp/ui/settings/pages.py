"""Settings pages register themselves, one class per topic (letterhead, dunning ladder,
printing…), as screens do: ``@register_settings_page("letterhead", title, order)``. A page
class takes ``(shop, parent)`` and has ``load()``, ``check() -> str | None`` (why it cannot
be saved) and ``save()``. No page is registered yet; the settings dialog will list
:func:`settings_pages`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound="type[QWidget]")


@dataclass(frozen=True, slots=True)
class SettingsPage:
    key: str
    title: object  # QT_TRANSLATE_NOOP source text, translated when shown
    order: int
    page: type[QWidget]


_PAGES: dict[str, SettingsPage] = {}


def register_settings_page(key: str, title: object, order: int) -> Callable[[W], W]:
    def register(cls: W) -> W:
        if key in _PAGES and _PAGES[key].page is not cls:
            raise ValueError(f"two settings pages are called {key!r}")
        _PAGES[key] = SettingsPage(key, title, order, cls)
        return cls

    return register


def settings_pages() -> tuple[SettingsPage, ...]:
    return tuple(sorted(_PAGES.values(), key=lambda p: (p.order, p.key)))
