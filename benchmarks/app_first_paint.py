"""pmdesk started the way `pmdesk --db DB` starts it (through the command line); at the first
paint of the first tab it prints `first-paint <time.time()>` and quits.
Usage: python app_first_paint.py DB"""

import sys
import time

import pmdesk.ui.app as app_module
from pmdesk import cli

real_start = app_module.start


def start_and_quit_on_first_paint(*args, **kwargs):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class QuitOnPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                print(f"first-paint {time.time()}", flush=True)
                QTimer.singleShot(0, QApplication.quit)
            return False

    window = real_start(*args, **kwargs)
    window.quit_on_paint = QuitOnPaint(window)
    window.quit_on_paint.seen = False
    window.tabs.currentWidget().installEventFilter(window.quit_on_paint)
    return window


app_module.start = start_and_quit_on_first_paint
sys.exit(cli.main(["--db", sys.argv[1]]))
