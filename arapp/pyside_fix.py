"""Work-around for reference-counting bugs in PySide6 6.12 on Python 3.11.

PySide6 6.12 hands back ``None`` and ``True`` in two places without taking the reference
it gives away:

- when a Python override of a Qt virtual that returns ``QVariant`` — ``data()`` and
  ``headerData()`` of every item model — returns ``None`` (100 calls through a
  QSortFilterProxyModel lower ``sys.getrefcount(None)`` by exactly 100), and
- every ``signal.emit(...)`` from Python returns ``True`` that way (10 emits lower
  ``sys.getrefcount(True)`` by exactly 10).

Each such call drops one reference the interpreter still counts on. Qt asks a model for a
dozen roles per cell per paint, and the app emits a signal on every keystroke in an amount
box, so within a working day the count reaches zero and CPython aborts with "Fatal Python
error: none_dealloc" or "bool_dealloc" — the app would vanish with a payment half typed.
Returning ``None`` and emitting signals are what every screen does, so the fix is made once
for the process rather than at each call: give ``None``, ``True`` and ``False`` a reference
cushion so large that no session can use it up.

Python 3.12 and later make these objects immortal, so nothing is done there; if a later
PySide6 fixes the bugs, the cushion is merely never used. Remove this module when the app
requires PySide6 with the fixes or Python 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

#: 2**48 dropped references: at a million per second, about nine years.
CUSHION = 1 << 48

#: The objects CPython 3.12+ makes immortal and PySide6 6.12 under-counts on 3.11.
SINGLETONS: tuple[object, ...] = (None, True, False)

_applied = False


def protect_singletons() -> bool:
    """Apply the cushion once per process; True if it was applied now."""
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return False
    for singleton in SINGLETONS:
        # ob_refcnt is the first field of every object in CPython (a Py_ssize_t).
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        refcount.value += CUSHION
    _applied = True
    return True
