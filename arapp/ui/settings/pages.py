"""Settings pages register themselves, one class per topic (business details, letters,
later the dunning ladder, backups, SMTP…), as screens do: the page's module is listed in
:data:`PAGE_MODULES` and its class carries ``@register_settings_page(key, title, order)``.

A page class takes ``(shop, parent)`` and has ``load()`` (fill from the shop),
``check() -> str | None`` (why it cannot be saved, in the UI language; nothing is saved
while any page says so) and ``save()`` (through the services; a ``UserError`` it raises is
shown in the dialog). The settings dialog (:mod:`arapp.ui.settings.settings_dialog`)
lists :func:`settings_pages`; page modules are imported only when it opens.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound="type[QWidget]")

# Modules holding settings pages; imported when the pages are listed.
PAGE_MODULES: tuple[str, ...] = (
    "arapp.ui.settings.business_page",
    "arapp.ui.settings.letters_page",
    "arapp.ui.settings.backups_page",
    "arapp.ui.settings.password_page",
    "arapp.ui.settings.ladder_page",
    "arapp.ui.settings.email_page",
    "arapp.ui.settings.messages_page",
)


@dataclass(frozen=True, slots=True)
class SettingsPage:
    key: str
    title: object  # QT_TRANSLATE_NOOP source text (context "Settings"), translated when shown
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
    """Every registered page in list order (importing :data:`PAGE_MODULES` first)."""
    for module in PAGE_MODULES:
        importlib.import_module(module)
    return tuple(sorted(_PAGES.values(), key=lambda p: (p.order, p.key)))
