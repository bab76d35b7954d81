"""PySide6 6.12 on Python 3.11 under-counts None (model data) and True (signal emit); the
app's cushion keeps a long session from aborting (see arapp/pyside_fix.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from arapp.pyside_fix import CUSHION, SINGLETONS

SESSION = """
import sys
{setup}
from PySide6.QtCore import QCoreApplication, QObject, Signal, QAbstractListModel, QModelIndex
from PySide6.QtCore import QSortFilterProxyModel, Qt
app = QCoreApplication([])
class Counter(QObject):
    ticked = Signal(int)
class Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()): return 0 if parent.isValid() else 10
    def data(self, index, role=Qt.ItemDataRole.DisplayRole): return None
counter = Counter()
counter.ticked.connect(lambda n: None)
proxy = QSortFilterProxyModel(); model = Model(); proxy.setSourceModel(model)
for n in range(30000):  # a long day at the counter: keystrokes, repaints
    counter.ticked.emit(n)
    proxy.index(n % 10, 0).data()
print("done")
"""


def run_session(setup: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SESSION.format(setup=setup)], capture_output=True, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="immortal objects since Python 3.12")
def test_the_cushion_is_on_none_true_and_false() -> None:
    for singleton in SINGLETONS:
        assert sys.getrefcount(singleton) > CUSHION


def test_a_long_session_with_the_app_loaded_ends_cleanly() -> None:
    done = run_session("import arapp.ui")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "done"
    assert "Fatal Python error" not in done.stderr
