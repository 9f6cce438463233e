"""关于物业前台: what a helper on the phone asks first (which version, which database, which
data version, where the backups are) and the licences of the program and the fonts it embeds
in every document."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import pmdesk
from pmdesk.core.safety import server
from pmdesk.core.safety.location import backup_dir
from pmdesk.core.safety.opening import schema_version
from pmdesk.core.safety.pg_backup import server_backups
from pmdesk.i18n import translate
from pmdesk.paths import log_dir, resource

# (what, for what, licence, its text among the resources)
LICENCES = (
    (QT_TRANSLATE_NOOP("AboutDialog", "物业前台"), QT_TRANSLATE_NOOP("AboutDialog", "本程序"),
     "GPL-3.0-or-later", ("LICENSE-GPL-3.0.txt",)),
    (QT_TRANSLATE_NOOP("AboutDialog", "文泉驿微米黑"),
     QT_TRANSLATE_NOOP("AboutDialog", "表格、收据和表单的字体"),
     "Apache-2.0", ("fonts", "LICENSE-wqy-microhei-Apache-2.0.txt")),
    (QT_TRANSLATE_NOOP("AboutDialog", "思源宋体（Noto Serif CJK SC）"),
     QT_TRANSLATE_NOOP("AboutDialog", "信函和通知的字体"),
     "SIL OFL 1.1", ("fonts", "LICENSE-noto-serif-OFL-1.1.txt")),
    (QT_TRANSLATE_NOOP("AboutDialog", "花园明朝（Hanazono Mincho）"),
     QT_TRANSLATE_NOOP("AboutDialog", "姓名中生僻字的字体"),
     "Hanazono Font License", ("fonts", "LICENSE-hanazono.txt")),
)


def folder_row(path: Path) -> QWidget:
    """A folder's path, selectable, with a button that opens it."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(str(path))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    button = QPushButton(translate("AboutDialog", "打开文件夹"))
    button.setEnabled(path.is_dir())
    button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    layout.addWidget(label, 1)
    layout.addWidget(button)
    return row


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "关于物业前台"))
        self.resize(640, 460)
        tabs = QTabWidget()
        tabs.addTab(self.program_page(db_path), translate("AboutDialog", "程序与数据"))
        tabs.addTab(self.licences_page(), translate("AboutDialog", "许可"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = buttons.addButton(translate("AboutDialog", "关于 Qt"),
                                     QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.clicked.connect(QApplication.aboutQt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def program_page(self, db_path: Path | str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        title = QLabel(translate("AboutDialog", "<h2>物业前台 {version}</h2>"
                                 "<p>住宅小区物业服务中心的前台软件：住户档案、物业收费、投诉报修、"
                                 "社区活动与通知文书。</p>").format(version=pmdesk.__version__))
        title.setWordWrap(True)
        form.addRow(title)
        self.version = QLabel(f"{pmdesk.__version__}  (Python {platform.python_version()}, "
                              f"Qt {PySide6.__version__})")
        form.addRow(translate("AboutDialog", "版本"), self.version)
        on_server = server.is_server(db_path)
        self.database = QLabel(server.shown(db_path))
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database.setWordWrap(True)
        form.addRow(translate("AboutDialog", "数据库"), self.database)
        self.schema = QLabel(str(schema_version()))
        form.addRow(translate("AboutDialog", "数据版本"), self.schema)
        self.backups = server_backups() if on_server else backup_dir(db_path)
        form.addRow(translate("AboutDialog", "本机的服务器备份") if on_server
                    else translate("AboutDialog", "备份"), folder_row(self.backups))
        form.addRow(translate("AboutDialog", "日志"), folder_row(log_dir()))
        return page

    def licences_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(translate(
            "AboutDialog", "物业前台是自由软件，按 GNU 通用公共许可证第 3 版或（由您选择）任何"
                           "更新的版本（GPL-3.0-or-later）发布，不提供任何担保。打印的文书中嵌入以下"
                           "字体，它们的许可允许随文书分发。"))
        intro.setWordWrap(True)
        self.licences = QListWidget()
        for name, use, licence, _text in LICENCES:
            self.licences.addItem(f"{translate('AboutDialog', name)} — "
                                  f"{translate('AboutDialog', use)}：{licence}")
        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        self.licences.currentRowChanged.connect(self.show_licence)
        self.licences.setCurrentRow(0)
        self.licences.setMaximumHeight(self.licences.sizeHintForRow(0) * (len(LICENCES) + 1))
        layout.addWidget(intro)
        layout.addWidget(self.licences)
        layout.addWidget(self.licence_text, 1)
        return page

    def show_licence(self, row: int) -> None:
        path = resource(*LICENCES[row][3])
        try:
            self.licence_text.setPlainText(path.read_text(encoding="utf-8"))
        except OSError:
            self.licence_text.setPlainText(str(path))
