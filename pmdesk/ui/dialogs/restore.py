"""从备份恢复: every backup with what it holds, and the swap (docs reliability §1.5 rule 7).

The current database is set aside (`before-restore-…`), never deleted. A backup that fails its
checks is listed as unusable and cannot be chosen. Restoring is a manager's right; after it,
automatic backups pause until the clerk has checked the restored data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk import labels
from pmdesk.actions.safety import restore
from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety import auth, session
from pmdesk.core.safety import backup as backups
from pmdesk.core.safety.db import close_db
from pmdesk.core.safety.opening import open_db
from pmdesk.i18n import translate
from pmdesk.ui.access import SignInDialog, approval_for
from pmdesk.ui.alerts import show_error
from pmdesk.ui.models import Column, RowTableModel, table_view
from pmdesk.ui.tasks import run_task

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
KINDS = {
    "auto": QT_TRANSLATE_NOOP("RestoreDialog", "自动"),
    "backup": QT_TRANSLATE_NOOP("RestoreDialog", "手动"),
    "before-import": QT_TRANSLATE_NOOP("RestoreDialog", "导入前"),
    "before-check": QT_TRANSLATE_NOOP("RestoreDialog", "检查前"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "恢复前另存"),
}


def kind_label(label: str) -> str:
    if label.startswith("before-migration"):
        return translate("RestoreDialog", "升级前")
    return labels.label(KINDS, label, "RestoreDialog")


def size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"


def state_text(info: backups.BackupInfo) -> str:
    if info.usable:
        return translate("RestoreDialog", "可用")
    return translate("RestoreDialog", "已损坏，不能使用")


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("RestoreDialog", "备份时间"),
           lambda i: i.taken_at.strftime("%Y-%m-%d %H:%M")),
    Column(QT_TRANSLATE_NOOP("RestoreDialog", "类型"), lambda i: kind_label(i.label)),
    Column(QT_TRANSLATE_NOOP("RestoreDialog", "大小"), lambda i: size_text(i.size), RIGHT),
    Column(QT_TRANSLATE_NOOP("RestoreDialog", "住户"),
           lambda i: i.households if i.usable else "", RIGHT),
    Column(QT_TRANSLATE_NOOP("RestoreDialog", "收据"),
           lambda i: i.receipts if i.usable else "", RIGHT),
    Column(QT_TRANSLATE_NOOP("RestoreDialog", "最后一张收据"),
           lambda i: f"{i.last_receipt}（{i.last_payment_on}）" if i.last_receipt else ""),
    Column(QT_TRANSLATE_NOOP("RestoreDialog", "状态"), state_text),
]


class RestoreDialog(QDialog):
    """`damaged`: the office's own file cannot be opened (the window is not up); a manager's
    password is then checked against the accounts of the backup chosen."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, *,
                 damaged: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RestoreDialog", "从备份恢复"))
        self.db_path = Path(db_path)
        self.damaged = damaged
        self.aside: Path | None = None
        self.model = RowTableModel(COLUMNS, "RestoreDialog", self)
        self.model.set_rows(backups.backups(backups.backup_dir(self.db_path), of=self.db_path))
        self.view = table_view(self.model, stretch=5)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.view.doubleClicked.connect(self.restore_selected)
        note = QLabel(translate(
            "RestoreDialog", "恢复前，当前数据库会另存到备份文件夹（“恢复前另存”），不会删除。"
                             "恢复后自动备份会暂停：请核对数据，确认无误后在“文件”菜单重新打开"
                             "“自动备份”。"))
        note.setWordWrap(True)
        other = QPushButton(translate("RestoreDialog", "其他位置的备份…"))
        other.clicked.connect(self.add_other)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(translate("RestoreDialog", "恢复所选备份"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.model.rows:
            layout.addWidget(QLabel(translate("RestoreDialog", "备份文件夹里还没有备份。")))
        layout.addWidget(self.view)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(900, 480)
        first = next((n for n, info in enumerate(self.model.rows) if info.usable), None)
        if first is not None:
            self.view.selectRow(first)

    def selected(self) -> backups.BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selected(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.usable)

    def add_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("RestoreDialog", "选择要恢复的备份"), str(Path.home()),
            translate("RestoreDialog", "数据库备份 (*.db)"))
        if not name:
            return
        self.model.set_rows([backups.summary(name, check=True), *self.model.rows])
        self.view.selectRow(0)

    def _approval_from(self, backup: Path) -> session.User | None:
        """A manager's name and password, checked against the backup's own accounts (None: the
        backup has none to check); raises the refusal when nobody approved."""
        if not auth.accounts_in_file(backup):
            return None
        dialog = SignInDialog(
            translate("RestoreDialog", "数据库无法打开，请主管输入账号和密码（按所选备份里的账号"
                                       "核对）。"), self, title=translate("Access", "主管授权"),
            names=[], verify=lambda name, password: auth.verify_in_file(backup, name, password))
        if not dialog.exec() or dialog.user is None or not dialog.user.is_manager:
            raise PmdeskError("auth.forbidden", permission="backup.restore")
        return dialog.user

    def restore_selected(self):
        info = self.selected()
        if info is None or not info.usable:
            return None
        question = translate(
            "RestoreDialog", "用 {time} 的备份替换当前数据库？\n\n住户 {households} 户，"
                             "收据 {receipts} 张，最后一张收据 {last}。\n"
                             "这之后录入的数据不在这份备份里。\n\n"
                             "当前数据库会另存到备份文件夹，不会删除。").format(
            time=info.taken_at.strftime("%Y-%m-%d %H:%M"), households=info.households,
            receipts=info.receipts, last=info.last_receipt or "-")
        answer = QMessageBox.question(self, translate("RestoreDialog", "从备份恢复"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            approver = (self._approval_from(info.path) if self.damaged
                        else approval_for(self, "backup.restore"))
        except PmdeskError as exc:
            show_error(self, exc)
            return None
        close_db()

        def done(aside: Path) -> None:
            self.aside = aside
            QMessageBox.information(self, translate("RestoreDialog", "恢复完成"), translate(
                "RestoreDialog", "已从备份恢复。原来的数据库已另存为 {aside}\n\n自动备份已暂停："
                                 "请核对数据，无误后在“文件”菜单重新打开“自动备份”。").format(
                aside=aside))
            self.accept()

        def failed(exc: BaseException) -> None:
            if not self.damaged:
                open_db(self.db_path)
            show_error(self, exc)


        return run_task(self, lambda progress, cancel: restore(
            backup=info.path, db_path=self.db_path, approved_by=approver),
            on_done=done, on_error=failed, label=translate("RestoreDialog", "正在恢复…"),
            uses_db=False)
