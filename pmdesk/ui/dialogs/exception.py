"""The crash report dialog: what went wrong, where it was logged, and a report to copy."""

from __future__ import annotations

import platform
import traceback
from types import TracebackType

import PySide6
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

import pmdesk
from pmdesk.i18n import translate
from pmdesk.logs import scrub


def build_report(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> str:
    lines = [
        f"pmdesk {pmdesk.__version__}",
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"{platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]

    return scrub("\n".join(line.rstrip("\n") for line in lines))


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
