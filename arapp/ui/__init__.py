"""The desktop app (PySide6). Importing the package first applies the PySide6 6.12 /
Python 3.11 work-around for item models returning None (see :mod:`pyside_fix`), so every
entry point — the app, the CLI's printing, the tests — is covered."""

from __future__ import annotations

from arapp.ui.pyside_fix import protect_none

protect_none()
