"""run_task(): work off the GUI thread, progress only when slow, results back on the GUI thread."""

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from pmdesk.core.errors import PmdeskError
from pmdesk.ui.tasks import run_task


def test_result_comes_back_on_the_gui_thread(qtbot):
    results = []
    task = run_task(None, lambda progress, cancel: threading.current_thread().name,
                    on_done=lambda r: results.append((r, threading.current_thread().name)),
                    on_error=results.append, label="…")
    assert not task.dialog.isVisible()
    qtbot.waitUntil(lambda: len(results) == 1)
    worker, gui = results[0]
    assert worker.startswith("pmdesk-task") and gui == threading.main_thread().name


def test_errors_are_handed_to_on_error(qtbot):
    errors = []

    def fail(progress, cancel):
        raise PmdeskError("db.busy")

    run_task(None, fail, on_done=lambda r: None, on_error=errors.append, label="…")
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert errors[0].code == "db.busy"


def test_slow_work_shows_progress_and_can_be_cancelled(qtbot):
    results = []

    def slow(progress, cancel):
        for step in range(40):
            if cancel.is_set():
                return "cancelled"
            progress(step / 40)
            time.sleep(0.05)
        return "done"

    task = run_task(None, slow, on_done=results.append, on_error=results.append, label="慢",
                    cancellable=True)
    qtbot.waitUntil(task.dialog.isVisible, timeout=3000)
    qtbot.mouseClick(task.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=5000)
    assert results == ["cancelled"]
