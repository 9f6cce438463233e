"""The last line of defence: anything unexpected, on the GUI thread or a worker, is logged with
its traceback and shown once in a dialog the clerk can copy from; the app keeps running.

This module is light on purpose (it is installed before the first window paints); the dialog
is imported when the first error arrives.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety.db import coded
from pmdesk.error_messages import describe
from pmdesk.i18n import translate
from pmdesk.logs import setup_logging

log = logging.getLogger("pmdesk.ui")
SAME_SENTENCE_S = 10  # a server away fails every keystroke that reads: said once meanwhile


class _Hook(QObject):
    """Receives exceptions from any thread and shows them on the GUI thread, once each."""

    raised = Signal(str, str)
    explained = Signal(str)  # an SQLite failure with a known cause: one sentence, no report

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()
        self.open_dialogs: list[QObject] = []  # a parentless dialog needs an owner
        self.last_said = ("", 0.0)
        self.raised.connect(self._show)  # queued when raised on a worker thread
        self.explained.connect(self._explain)

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log_file = setup_logging()

        known = coded(exc)
        if isinstance(known, PmdeskError):  # disk full, I/O error, busy: say so, plainly

            log.error("database failure: %s", known)
            self.explained.emit(describe(known))
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        frames = traceback.extract_tb(tb)
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
        key = f"{exc_type.__name__}@{where}"
        if key in self.seen:
            return
        self.seen.add(key)
        from pmdesk.ui.dialogs.exception import build_report

        self.raised.emit(build_report(exc_type, exc, tb), str(log_file or "-"))

    def _explain(self, text: str) -> None:
        said, when = self.last_said
        if text == said and time.monotonic() - when < SAME_SENTENCE_S:
            return
        self.last_said = (text, time.monotonic())
        QMessageBox.warning(QApplication.activeWindow(), translate("Messages", "无法完成"), text)

    def _show(self, report: str, log_file: str) -> None:
        from pmdesk.ui.dialogs.exception import ExceptionDialog

        dialog = ExceptionDialog(report, log_file, QApplication.activeWindow())
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self.open_dialogs.remove(dialog))
        dialog.open()


_hook: _Hook | None = None


def install_excepthook() -> None:
    """Route uncaught exceptions of the GUI thread and of worker threads to the reporter."""
    global _hook
    _hook = _Hook()
    sys.excepthook = _hook.handle
    threading.excepthook = lambda args: _hook.handle(args.exc_type, args.exc_value,
                                                     args.exc_traceback)


def report_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    """Report an exception that was caught but not expected (e.g. from a worker)."""
    if _hook is not None:
        _hook.handle(exc_type, exc, tb)
    else:
        sys.excepthook(exc_type, exc, tb)
