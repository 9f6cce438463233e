"""Signing in, a manager's approval on the spot, and the screen lock.

The rights themselves live in `core/auth.py`; the window only asks for what the core needs: who
is at the desk (`SignInDialog`), and — when the core refuses a clerk — a manager's name and
password for this one action (`with_approval`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.safety import auth, session
from pmdesk.error_messages import permission_label
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import label
from pmdesk.ui.forms import FormDialog, FormErrors

T = TypeVar("T")


ACCOUNT_ROLES = {"manager": QT_TRANSLATE_NOOP("Access", "主管"),
                 "clerk": QT_TRANSLATE_NOOP("Access", "前台")}


def role_label(role: str) -> str:
    return label(ACCOUNT_ROLES, role, "Access")


class SignInDialog(QDialog):
    """Name and password. `purpose` is the line above the fields (sign in, unlock, approve);
    `names` limits the choice (the managers, for an approval); `verify` checks them (against
    a backup's accounts, when the office's file cannot be read). After `exec()`, `user` holds
    the verified account; nothing is signed in by the dialog itself."""

    def __init__(self, purpose: str, parent: QWidget | None = None, *, title: str = "",
                 names: list[str] | None = None, name: str = "",
                 verify: Callable[[str, str], session.User] = auth.verify) -> None:
        super().__init__(parent)
        self.verify = verify
        self.setWindowTitle(title or translate("Access", "登录"))
        self.user: session.User | None = None
        self.name = QComboBox()
        self.name.setEditable(True)
        all_names = names if names is not None else [a.name for a in auth.accounts()
                                                     if a.active]
        self.name.addItems(all_names)
        self.name.setCurrentText(name or (all_names[0] if all_names else ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(translate("Access", "账号"), self.name)
        form.addRow(translate("Access", "密码"), self.password)
        self.error = FormErrors({"account": self.name, "password": self.password})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(purpose)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()

    def check(self) -> None:
        try:
            self.user = self.verify(self.name.currentText(), self.password.text())
        except PmdeskError as exc:
            self.password.clear()
            self.error.show_error(exc)
            return
        self.accept()


def ask_approval(parent: QWidget | None, permission: str) -> session.User | None:
    """A manager approves one action needing `permission` by entering their own password."""
    managers = [a.name for a in auth.accounts() if a.active and a.role == "manager"]
    text = translate("Access", "“{action}”需要主管权限。请主管输入自己的账号和密码授权这一次操作"
                               "（会记入操作日志）。").format(
        action=permission_label(permission))
    dialog = SignInDialog(text, parent, title=translate("Access", "主管授权"), names=managers)
    if not dialog.exec() or dialog.user is None:
        return None
    if not dialog.user.is_manager:
        return None
    return dialog.user


def with_approval(parent: QWidget | None, action: Callable[[session.User | None], T]) -> T:
    """`action(None)`; when the core refuses it for want of a manager, ask one to approve and
    run `action(manager)`. Without an approval the refusal is raised for the caller to show."""
    try:
        return action(None)
    except PmdeskError as exc:
        if exc.code != "auth.forbidden":
            raise
        approver = ask_approval(parent, exc.params.get("permission", ""))
        if approver is None:
            raise
        return action(approver)


def approval_for(parent: QWidget | None, permission: str) -> session.User | None:
    """Before work that runs elsewhere (a restore in the background): None when the person
    signed in may do it, else the manager who approved; raises the refusal otherwise."""
    def check(approver: session.User | None) -> session.User | None:
        auth.require(permission, approver)
        return approver

    return with_approval(parent, check)


class FirstAccountDialog(FormDialog):
    """A database without accounts: whoever sets it up creates the first (manager) account."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Access", "创建主管账号"), parent)
        self.name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        intro = QLabel(translate(
            "Access", "这个数据库还没有登录账号。请先为主管（负责人）创建账号；"
                      "前台人员的账号可以之后在“设置 → 账号与权限”中添加。"))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.form.addRow(translate("Access", "姓名"), self.name)
        self.form.addRow(translate("Access", "密码"), self.password)
        self.form.addRow(translate("Access", "再输入一次"), self.again)
        self.finish({"account": self.name, "password": self.password})
        self.user: session.User | None = None

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            raise ValidationError("password", "password.mismatch")
        self.user = auth.create_account(name=self.name.text(), role="manager",
                                        password=self.password.text())


class IdleWatch(QObject):
    """Emits `idle` after `minutes` without a key press or mouse click anywhere in the app."""

    def __init__(self, on_idle: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)

    def start(self, minutes: int) -> None:
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()
            QApplication.instance().installEventFilter(self)
        else:
            QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                            QEvent.Type.Wheel) and self.timer.interval() > 0:
            self.timer.start()
        return False
