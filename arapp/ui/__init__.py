"""The desktop app (PySide6). Importing the package first applies the PySide6 6.12 /
Python 3.11 work-around for None and True losing references (see :mod:`arapp.pyside_fix`),
so every entry point into the UI — the app, the tests — is covered (the Qt print path,
which the CLI loads without the UI, applies it itself).

It also loads the plain-SQL side of the core that the first window reads through (see
``Shop.open_quickly``) *before* PySide6: once loaded, PySide6 reads the source text of
every module imported after it (its ``__feature__`` check, a fraction of a millisecond
each), which over the few dozen modules of logging and the core adds up.
"""

from __future__ import annotations

import logging  # noqa: F401  (see above)

import arapp.core.services  # noqa: F401  (see above)
from arapp.pyside_fix import protect_singletons

protect_singletons()
