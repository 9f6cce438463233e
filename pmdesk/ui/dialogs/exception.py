"""The crash reporter: anything unexpected is logged with its traceback and shown once in a
dialog the clerk can copy from; the app keeps running."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

import PySide6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

import pmdesk
from pmdesk.i18n import translate
from pmdesk.logs import setup_logging

log = logging.getLogger("pmdesk.ui")


def build_report(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> str:
    import platform

    lines = [
        f"pmdesk {pmdesk.__version__}",
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"{platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class ExceptionDialog(QDialog):
    def __init__(self, report: str, log_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExceptionDialog", "意外错误"))
        self.resize(640, 420)
        intro = QLabel(translate(
            "ExceptionDialog",
            "程序遇到了意外错误，刚才的操作没有完成；已经保存的数据不受影响。\n"
            "详细信息已记入日志 {log}。请点击“复制报告”，把报告发给技术支持。",
        ).format(log=log_file))
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(translate("ExceptionDialog", "复制报告"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


class _Hook(QObject):
    """Receives exceptions from any thread and shows them on the GUI thread, once each."""

    raised = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()
        self.open_dialogs: list[ExceptionDialog] = []  # a parentless dialog needs an owner
        self.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log_file = setup_logging()
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        frames = traceback.extract_tb(tb)
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
        key = f"{exc_type.__name__}@{where}"
        if key in self.seen:
            return
        self.seen.add(key)
        self.raised.emit(build_report(exc_type, exc, tb), str(log_file or "-"))

    def _show(self, report: str, log_file: str) -> None:
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
