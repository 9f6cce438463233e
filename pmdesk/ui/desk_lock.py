"""Who is at the desk: the sign-in at start (the first manager account on a new database), the
screen lock (idle or Ctrl+L) and 切换用户, and what follows a sign-in — automatic backups, the
reminder of a copy off the PC, receipts paid but never printed. A part of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety import auth, session
from pmdesk.core.settings import safety_settings
from pmdesk.error_messages import describe
from pmdesk.i18n import translate


class DeskLock:
    """The main window's sign-in and screen lock (a mixin of `MainWindow`)."""

    @property
    def keeper(self):
        """The automatic backups (`ui.backups.BackupKeeper`)."""
        if self._keeper is None:
            from pmdesk.ui.backups import BackupKeeper

            self._keeper = BackupKeeper(self.db_path, self.settings, self)
            self._keeper.failed.connect(self._backup_failed)
        return self._keeper

    @property
    def idle(self):
        """The screen lock's timer (`ui.access.IdleWatch`)."""
        if self._idle is None:
            from pmdesk.ui.access import IdleWatch

            self._idle = IdleWatch(self.lock, self)
        return self._idle

    def _lock_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.lock_label = QLabel(translate("MainWindow", "物业前台已锁定"))
        self.lock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lock_label.setStyleSheet("font-size: 20pt; color: #555;")
        unlock = QPushButton(translate("MainWindow", "登录…"))
        unlock.clicked.connect(lambda: self.lock(switch=session.current() is None))
        layout.addWidget(self.lock_label)
        layout.addWidget(unlock, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(4)  # above the sign-in dialog, which opens in the middle
        return page

    def _show_locked(self, locked: bool) -> None:
        self.stack.setCurrentIndex(1 if locked else 0)
        self.menuBar().setEnabled(not locked)
        for action in self.actions():
            action.setEnabled(not locked)

    def sign_in_at_start(self) -> None:
        """Before anything else: the first manager account on a new database, else sign in.
        Closing either dialog closes the window."""
        if session.current() is not None:
            self._signed_in()
            return
        if not auth.has_accounts():
            from pmdesk.ui.access import FirstAccountDialog

            dialog = FirstAccountDialog(self)
            if not dialog.exec() or dialog.user is None:
                self.close()
                return
            auth.start_session(dialog.user)
            self._signed_in()
            return
        if not self.lock(switch=True) and session.current() is None:
            self.close()

    def lock(self, *, switch: bool = False) -> bool:
        """Hide everything and ask for the password again (the same person, or with `switch`
        anyone). Returns whether someone signed in."""
        from pmdesk.ui.access import SignInDialog

        user = session.current()
        self._show_locked(True)
        purpose = (translate("MainWindow", "请登录物业前台。") if switch or user is None else
                   translate("MainWindow", "屏幕已锁定。请 {name} 输入密码继续，或换人登录。")
                   .format(name=user.name))
        last = self.settings.last_user  # the desk's usual clerk first
        if last not in {a.name for a in auth.accounts() if a.active}:
            last = ""
        dialog = SignInDialog(purpose, self, name=last if switch or user is None else user.name)
        if not dialog.exec() or dialog.user is None:
            return False
        if user is None or dialog.user.id != user.id:
            if user is not None:
                auth.sign_out()
            auth.start_session(dialog.user)
        self._signed_in()
        return True

    def _signed_in(self) -> None:
        self._show_locked(False)
        if session.current() is not None:
            self.settings.last_user = session.current().name
        self.refresh_profile()
        self.idle.start(safety_settings().lock_minutes)
        if not self.signed_in:
            self.signed_in = True
            self.keeper.start()
            self.show_backup_reminder()
            self.offer_unprinted_receipts()

    def offer_unprinted_receipts(self) -> None:
        """Receipts paid but never printed (pmdesk stopped in between): offer to print them."""
        from pmdesk.core.money.payments import unprinted_receipts

        waiting = unprinted_receipts()
        if not waiting:
            return
        numbers = "、".join(unprinted.receipt_no for unprinted in waiting)
        answer = QMessageBox.question(self, translate("MainWindow", "有收据还没有打印"), translate(
            "MainWindow", "这些收款已经入账，但收据还没有打印（可能是程序中途关闭了）：{numbers}。"
                          "\n\n现在打印吗？").format(numbers=numbers))
        if answer == QMessageBox.StandardButton.Yes:
            from pmdesk.ui.receipts import show_receipt

            for unprinted in waiting:
                show_receipt(self, unprinted.payment_id)

    def show_backup_reminder(self) -> None:
        text = self.keeper.reminder()
        self.warning_label.setText(text)
        self.warning_label.setToolTip(text)
        self.warning_label.setVisible(bool(text))
        self.today_tab.set_reminder(text)

    def _backup_failed(self, exc: BaseException) -> None:
        text = describe(exc) if isinstance(exc, PmdeskError) else str(exc)
        self.warning_label.setText(translate("MainWindow", "自动备份失败：{error}").format(
            error=text))
        self.warning_label.show()
