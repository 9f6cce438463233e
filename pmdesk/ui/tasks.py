"""Long work off the GUI thread, through one helper.

`run_task(parent, fn, on_done=..., label=...)` runs `fn(progress, cancel)` on a single worker
thread. `fn` is Qt-free: it gets plain data, reports `progress(fraction)` and may check
`cancel.is_set()`. A progress dialog appears only when the work takes longer than ~600 ms. The
result (or the exception) comes back on the GUI thread through a queued signal. A worker that
touches the database gets a connection of its own, closed when the work ends.

While work runs, the objects the program held when it began are frozen out of the garbage
collector's reach (`gc.freeze`): the work's allocations trigger full collections, and a full
pass over the whole heap, run in the worker, holds the interpreter lock — 0.25 s and more with
a large heap, a pause of the window (measured with a 20,000-row roster). They are let back in
when the last task ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from pmdesk.core.safety.db import coded, db, wait_for_write_lock, worker_connection

PROGRESS_DELAY_MS = 600
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pmdesk-task")
_running: set[Task] = set()  # kept alive until their worker has let go of them

Work = Callable[[Callable[[float], None], threading.Event], Any]


class Task(QObject):
    progressed = Signal(float)
    finished = Signal(object, object)  # result, exception

    def __init__(self, parent: QWidget | None, label: str, cancellable: bool,
                 quiet: bool = False) -> None:
        super().__init__()  # no parent: closing `parent` must not delete it under the worker
        self.cancel = threading.Event()
        self.done = False
        self.dialog: QProgressDialog | None = None
        if quiet:
            return
        self.dialog = QProgressDialog(label, "", 0, 1000, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if cancellable:
            self.dialog.canceled.connect(self.cancel.set)
        else:
            self.dialog.setCancelButton(None)
        self.dialog.setValue(0)
        self.progressed.connect(self._on_progress)

    @Slot(float)
    def _on_progress(self, fraction: float) -> None:
        if not self.done and self.dialog is not None:
            self.dialog.setValue(int(max(0.0, min(fraction, 1.0)) * 999))


def run_task(parent: QWidget | None, fn: Work, *, on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None], label: str,
             cancellable: bool = False, uses_db: bool = True, quiet: bool = False) -> Task:
    """Start `fn` in the background; call `on_done(result)` or `on_error(exc)` on the GUI thread.

    `uses_db=False` keeps the worker away from the database (a restore replaces the file);
    `quiet=True` shows no progress dialog (background work the clerk did not ask for).
    """
    task = Task(parent, label, cancellable, quiet)
    if not _running:
        gc.freeze()
    _running.add(task)
    released = threading.Event()  # the worker has emitted and will not touch `task` again

    def finish(result: object, error: object) -> None:
        task.done = True
        released.wait()  # microseconds: the worker is past its emit; then `task` may go
        _running.discard(task)
        if not _running:
            gc.unfreeze()
        if task.dialog is not None and isValid(task.dialog):
            task.dialog.reset()
            task.dialog.close()
            task.dialog.deleteLater()
        task.deleteLater()
        if parent is not None and not isValid(parent):
            return  # the window that asked was closed meanwhile: nobody to tell
        if error is None:
            on_done(result)
        else:
            on_error(error)

    task.finished.connect(finish, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            if not uses_db or db.database is None:
                result = fn(task.progressed.emit, task.cancel)
            else:
                with worker_connection():
                    result = fn(task.progressed.emit, task.cancel)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread as it is
            task.finished.emit(None, exc)
        else:
            task.finished.emit(result, None)
        finally:  # never leave a connection open in the pooled thread: the next task may be
            if db.database is not None and not db.is_closed():  # for another file (restore)
                db.close()
            released.set()

    _executor.submit(work)
    return task


GUI_BUSY_TIMEOUT_MS = 300  # the window's own connection gives up quickly; a worker waits


def write_when_free(parent: QWidget | None, write: Callable[[], Any], *,
                    on_done: Callable[[Any], None],
                    on_error: Callable[[BaseException], None], label: str) -> Task | None:
    """Run `write` on the GUI thread. When the database is busy (a background task or another
    program holds the write lock), wait for the lock in a worker — the window stays live, a
    progress dialog appears after a moment — and try once more; still busy, `on_error` gets
    数据库正忙. Other failures go to `on_error` as coded errors where SQLite names the cause."""
    def attempt(last: bool) -> Task | None:
        try:
            result = write()
        except Exception as exc:  # noqa: BLE001 - coded below, or handed on as it is
            error = coded(exc)
            if getattr(error, "code", "") == "db.busy" and not last:
                return run_task(parent, lambda progress, cancel: wait_for_write_lock(),
                                on_done=lambda _: attempt(True), on_error=on_error,
                                label=label)
            on_error(error)
            return None
        on_done(result)
        return None

    return attempt(False)
