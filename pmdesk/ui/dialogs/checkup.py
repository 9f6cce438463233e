"""检查数据库: a backup first, then the file, its references, the money and the audit chain,
each reported as one line a clerk can read, with the technical details below for whoever helps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.checkup import CheckReport, check_database
from pmdesk.core.safety import server
from pmdesk.core.settings import safety_settings
from pmdesk.i18n import translate
from pmdesk.ui.alerts import show_error
from pmdesk.ui.tasks import run_task

SECTION_NAMES = {
    "structure": QT_TRANSLATE_NOOP("CheckDialog", "文件结构（SQLite 完整性检查）"),
    "references": QT_TRANSLATE_NOOP("CheckDialog", "记录之间的关联（外键）"),
    "money": QT_TRANSLATE_NOOP("CheckDialog", "金额：收款、冲抵、预存与收据编号是否对得上"),
    "audit": QT_TRANSLATE_NOOP("CheckDialog", "操作日志链：记录有没有被改动或删除"),
}
OK_COLOR, BAD_COLOR = "#1b7f3b", "#b00020"


class CheckDialog(QDialog):
    def __init__(self, db_path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CheckDialog", "检查数据库"))
        self.on_server = server.is_server(db_path)
        self.db_path = db_path if self.on_server else Path(db_path)
        self.report: CheckReport | None = None
        self.summary = QLabel(translate(
            "CheckDialog", "检查服务器上的数据库：表和保护规则、金额、收据号和操作日志。"
                           "检查时可以继续工作。") if self.on_server else translate(
            "CheckDialog", "检查前会先备份一次。大的数据库要检查几十秒，检查时可以继续工作。"))
        self.summary.setWordWrap(True)
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.hide()
        self.start_button = QPushButton(translate("CheckDialog", "开始检查"))
        self.start_button.clicked.connect(self.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines)
        layout.addWidget(self.details)
        layout.addStretch()
        layout.addWidget(buttons)
        self.resize(640, 360)

    def start(self):
        s = safety_settings()
        keep = (s.keep_recent, s.keep_daily, s.keep_monthly)
        self.start_button.setEnabled(False)
        self.summary.setText(translate("CheckDialog", "正在检查…"))

        def failed(exc: BaseException) -> None:
            self.start_button.setEnabled(True)
            self.summary.setText(translate("CheckDialog", "检查没有完成。"))
            show_error(self, exc)

        return run_task(self, lambda progress, cancel: check_database(self.db_path, keep=keep),
                        on_done=self.show_report, on_error=failed,
                        label=translate("CheckDialog", "正在检查数据库…"))

    def show_report(self, report: CheckReport) -> None:
        self.report = report
        self.start_button.setEnabled(True)
        rows = []
        for section, name in SECTION_NAMES.items():
            found = report.problems[section]
            mark, color = ("✓", OK_COLOR) if not found else ("✗", BAD_COLOR)
            state = (translate("CheckDialog", "正常") if not found else
                     translate("CheckDialog", "发现 {count} 处问题").format(count=len(found)))
            rows.append(f'<p style="color:{color}">{mark} {translate("CheckDialog", name)}：'
                        f"{state}</p>")
        self.lines.setText("".join(rows))
        if report.ok:
            self.summary.setText(translate("CheckDialog", "服务器上的数据库完好。")
                                 if self.on_server else
                                 translate("CheckDialog", "数据库完好。检查前的备份：{path}")
                                 .format(path=report.backup or "-"))
            self.details.hide()
            return
        self.summary.setText(translate(
            "CheckDialog", "服务器上的数据库有问题。请不要继续录入，把下面的详细信息发给管理"
                           "服务器的同事或技术支持。") if self.on_server else translate(
            "CheckDialog", "数据库有问题。请不要继续录入，先用“文件 → 从备份恢复”查看最近的"
                           "可用备份，或把下面的详细信息发给技术支持。检查前的备份：{path}")
            .format(path=report.backup or "-"))
        self.details.setPlainText("\n".join(report.lines()))
        self.details.show()
