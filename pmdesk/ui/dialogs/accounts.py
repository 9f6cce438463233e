"""账号与权限 and 备份与锁屏: who may sign in with which role, and the safety settings. Every
change goes through the core, which asks for a manager (`with_approval`) and audits it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.clock import stamp
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.safety import auth, session
from pmdesk.core.settings import (
    SAFETY_LIMITS,
    SafetySettings,
    safety_settings,
    save_safety_settings,
)
from pmdesk.i18n import translate
from pmdesk.ui.access import role_label, with_approval
from pmdesk.ui.alerts import show_error
from pmdesk.ui.forms import FormDialog
from pmdesk.ui.models import Column, RowTableModel, table_view

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Accounts", "姓名"), lambda a: a.name),
    Column(QT_TRANSLATE_NOOP("Accounts", "身份"), lambda a: role_label(a.role)),
    Column(QT_TRANSLATE_NOOP("Accounts", "状态"), lambda a: (
        translate("Accounts", "已停用") if not a.active else
        translate("Accounts", "锁定至 {time}").format(time=a.locked_until[11:16])
        if a.locked_until and a.locked_until > stamp() else translate("Accounts", "在用"))),
    Column(QT_TRANSLATE_NOOP("Accounts", "创建时间"), lambda a: a.created_at.replace("T", " ")),
]


class PasswordDialog(FormDialog):
    """A new password, typed twice: for a new account (with its name and role) or an old one."""

    def __init__(self, title: str, parent: QWidget | None = None, *, new: bool = False) -> None:
        super().__init__(title, parent)
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in ("clerk", "manager"):
            self.role.addItem(role_label(role), role)
        self.password = QLineEdit()
        self.again = QLineEdit()
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            self.form.addRow(translate("Accounts", "姓名"), self.name)
            self.form.addRow(translate("Accounts", "身份"), self.role)
        self.form.addRow(translate("Accounts", "密码"), self.password)
        self.form.addRow(translate("Accounts", "再输入一次"), self.again)
        self.finish({"account": self.name, "role": self.role, "password": self.password})
        self.action = None

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            raise ValidationError("password", "password.mismatch")
        self.action(self)


class AccountsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Accounts", "账号与权限"))
        self.model = RowTableModel(COLUMNS, "Accounts", self)
        self.view = table_view(self.model)
        note = QLabel(translate(
            "Accounts", "前台可以收款、登记和打印；作废收据、减免、修改收费项目和单价、从备份恢复、"
                        "查看完整证件号和管理账号需要主管（或主管当场输入密码授权）。"
                        "账号不能删除，离职人员请停用。"))
        note.setWordWrap(True)
        row = QHBoxLayout()
        for text, slot in ((translate("Accounts", "新增账号…"), self.add),
                           (translate("Accounts", "改为主管/前台"), self.toggle_role),
                           (translate("Accounts", "停用/启用"), self.toggle_active),
                           (translate("Accounts", "重设密码…"), self.reset_password),
                           (translate("Accounts", "修改我的密码…"), self.own_password)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(640, 400)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(auth.accounts())

    def selected(self) -> auth.Account | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _run(self, action) -> None:
        try:
            with_approval(self, action)
        except PmdeskError as exc:
            show_error(self, exc)
        self.reload()

    def add(self) -> None:
        dialog = PasswordDialog(translate("Accounts", "新增账号"), self, new=True)
        dialog.action = lambda d: with_approval(d, lambda a: auth.create_account(
            name=d.name.text(), role=d.role.currentData(), password=d.password.text(),
            approved_by=a))
        dialog.exec()
        self.reload()

    def toggle_role(self) -> None:
        account = self.selected()
        if account is not None:
            role = "clerk" if account.role == "manager" else "manager"
            self._run(lambda a: auth.set_role(account_id=account.id, role=role, approved_by=a))

    def toggle_active(self) -> None:
        account = self.selected()
        if account is not None:
            self._run(lambda a: auth.set_active(account_id=account.id,
                                                active=not account.active, approved_by=a))

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = PasswordDialog(translate("Accounts", "重设密码 — {name}").format(
            name=account.name), self)
        dialog.action = lambda d: with_approval(d, lambda a: auth.set_password(
            account_id=account.id, password=d.password.text(), approved_by=a))
        dialog.exec()
        self.reload()

    def own_password(self) -> None:
        user = session.current()
        if user is None:
            return
        dialog = PasswordDialog(translate("Accounts", "修改我的密码"), self)
        dialog.action = lambda d: auth.set_password(account_id=user.id,
                                                    password=d.password.text())
        dialog.exec()


class SafetySettingsDialog(FormDialog):
    LABELS = {
        "keep_recent": (QT_TRANSLATE_NOOP("Accounts", "保留最近的自动备份"),
                        QT_TRANSLATE_NOOP("Accounts", " 份")),
        "keep_daily": (QT_TRANSLATE_NOOP("Accounts", "再保留每天一份"),
                       QT_TRANSLATE_NOOP("Accounts", " 天")),
        "keep_monthly": (QT_TRANSLATE_NOOP("Accounts", "再保留每月一份"),
                         QT_TRANSLATE_NOOP("Accounts", " 个月")),
        "backup_minutes": (QT_TRANSLATE_NOOP("Accounts", "有改动时自动备份间隔"),
                           QT_TRANSLATE_NOOP("Accounts", " 分钟")),
        "offsite_days": (QT_TRANSLATE_NOOP("Accounts", "多久没备份到U盘就提醒"),
                         QT_TRANSLATE_NOOP("Accounts", " 天")),
        "lock_minutes": (QT_TRANSLATE_NOOP("Accounts", "无操作多久锁屏"),
                         QT_TRANSLATE_NOOP("Accounts", " 分钟")),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Accounts", "备份与锁屏"), parent)
        current = safety_settings()
        self.boxes: dict[str, QSpinBox] = {}
        for name, (label, suffix) in self.LABELS.items():
            box = QSpinBox()
            box.setRange(*SAFETY_LIMITS[name])
            box.setValue(getattr(current, name))
            box.setSuffix(translate("Accounts", suffix))
            self.boxes[name] = box
            self.form.addRow(translate("Accounts", label), box)
        self.boxes["lock_minutes"].setSpecialValueText(translate("Accounts", "不锁屏"))
        self.finish(dict(self.boxes))

    def submit(self) -> None:
        new = SafetySettings(**{name: box.value() for name, box in self.boxes.items()})
        with_approval(self, lambda a: save_safety_settings(new, approved_by=a))
