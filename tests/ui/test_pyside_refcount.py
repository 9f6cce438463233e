"""Regression guard for the pinned Qt binding (docs perf-floors, finding 1).

PySide6 6.12.0 on Python 3.11 drops a reference to None every time C++ calls a Python
`data()` that returns None, and twice per begin/endResetModel; any table view then dies with
"none_dealloc". This runs the probe in a fresh interpreter and fails if None's refcount drifts.
"""

import os
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication([])

    class Model(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else 10

        def columnCount(self, parent=QModelIndex()):
            return 3

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return "x" if role == Qt.ItemDataRole.DisplayRole else None

    model = Model()
    index = model.index(0, 0)
    n = 20000
    before = sys.getrefcount(None)
    for _ in range(n):
        index.data(Qt.ItemDataRole.ToolTipRole)
    for _ in range(n // 10):
        model.beginResetModel()
        model.endResetModel()
    print(sys.getrefcount(None) - before)
""")


def test_none_refcount_is_stable_through_table_models():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert abs(int(result.stdout.strip().splitlines()[-1])) < 100
