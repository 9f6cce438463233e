"""The floor for start-up: QMainWindow + QTabWidget with four empty tabs; at the first paint it
prints `first-paint <time.time()>` and quits (as benchmarks/app_first_paint.py does)."""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget


class QuitOnPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print(f"first-paint {time.time()}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
views = []
for title in ("住户", "收费", "投诉报修", "社区活动"):
    view = QTableView()
    view.setModel(QStandardItemModel(0, 6, view))
    tabs.addTab(view, title)
    views.append(view)
window.setCentralWidget(tabs)
window.resize(1100, 720)
watcher = QuitOnPaint()
views[0].viewport().installEventFilter(watcher)
window.show()
sys.exit(app.exec())
