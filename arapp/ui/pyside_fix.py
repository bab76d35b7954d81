"""Work-around for a reference-counting bug in PySide6 6.12 on Python 3.11.

When a Python override of a Qt virtual that returns ``QVariant`` — ``data()`` and
``headerData()`` of every item model — returns ``None``, PySide6 6.12 converts it to an
invalid QVariant and drops one reference to ``None`` that it never took. Qt asks a model
for a dozen roles per cell per paint, so a table view repainting for a minute drives
``None``'s reference count to zero and CPython aborts with "Fatal Python error:
none_dealloc". (Reproduced here: 100 calls through a QSortFilterProxyModel lower
``sys.getrefcount(None)`` by exactly 100; strings, tuples, True and ints are unaffected.)
Returning ``None`` is the documented way to say "no data", and every model in the app
(and in any future screen) does it, so the fix is made once for the process rather than in
each model: give ``None`` a reference cushion so large that no session can use it up.

Python 3.12 and later make ``None`` immortal, so nothing is done there; if a later PySide6
fixes the bug, the cushion is merely never used. Remove this module when the app requires
PySide6 with the fix or Python 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

#: 2**48 dropped references: at a million per second, about nine years.
CUSHION = 1 << 48

_applied = False


def protect_none() -> bool:
    """Apply the cushion once per process; True if it was applied now."""
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return False
    # ob_refcnt is the first field of every object in CPython (a Py_ssize_t).
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += CUSHION
    _applied = True
    return True
