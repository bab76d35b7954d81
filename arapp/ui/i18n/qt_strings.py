"""Qt's own strings that Qt's translations miss, listed for our .ts files.

PySide6 ships ``qtbase_he.qm`` and ``qtbase_ar.qm``, and the language manager loads them
from Qt's translations folder (``QLibraryInfo``, which a frozen build points at its own
copy). But Qt 6 gave two labels of its file dialog a shortcut letter ("&Look in:",
"Files of &type:") and the shipped Hebrew and Arabic files still translate the old text,
so those labels stayed English. Listed here, pyside6-lupdate keeps them in
``i18n/arapp_*.ts`` (context "QFileDialog"); arapp's translator answers what Qt's does not.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_MISSING: tuple[tuple[str, object], ...] = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
)
