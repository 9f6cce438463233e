"""The main window: four tabs, the menus, the status bar. It wires signals; it holds no rules."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.safety import session

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

import pmdesk
from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety import auth
from pmdesk.core.safety.db import db, is_read_only, quick_check
from pmdesk.core.settings import get_office_profile
from pmdesk.i18n import translate
from pmdesk.ui.alerts import show_error
from pmdesk.ui.tabs.complaints import ComplaintsTab
from pmdesk.ui.tabs.events import EventsTab
from pmdesk.ui.tabs.fees import FeesTab
from pmdesk.ui.tabs.residents import ResidentsTab
from pmdesk.ui.ui_settings import UiSettings

DEMO_HOUSEHOLDS = 2000
DEMO_YEARS = 2  # of bills and payments


class MainWindow(QMainWindow):
    first_painted = Signal()  # the window is on screen: time for the work that could wait

    def __init__(self, db_path: Path, settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.settings = settings
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._build_tabs()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self._lock_page())
        self.setCentralWidget(self.stack)
        self.office_label = QLabel()
        self.warning_label = QLabel()
        self.warning_label.setStyleSheet("color: #8a5a00;")
        self.warning_label.hide()
        self.db_label = QLabel()
        self.user_label = QLabel()
        self.statusBar().addWidget(self.office_label)
        self.statusBar().addWidget(self.warning_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._keeper = self._idle = None  # made when first needed: start-up imports less
        self.signed_in = False
        self.brought_forward = 0  # times a second start of pmdesk brought this window forward
        self._build_menus()
        self._restore_state()
        self.refresh_profile()
        self.ready = False
        self.tabs.installEventFilter(self)  # see eventFilter: work that waits for first paint

    # -- construction -------------------------------------------------------------------

    def _build_tabs(self) -> None:
        self.residents_tab = ResidentsTab()
        self.fees_tab = FeesTab(self.residents_tab.find_units)
        self.residents_tab.collect_requested.connect(self.collect_from)
        self.complaints_tab = ComplaintsTab()
        self.events_tab = EventsTab()
        self.tabs.addTab(self.residents_tab, translate("MainWindow", "住户"))
        self.tabs.addTab(self.fees_tab, translate("MainWindow", "收费"))
        self.tabs.addTab(self.complaints_tab, translate("MainWindow", "投诉报修"))
        self.tabs.addTab(self.events_tab, translate("MainWindow", "社区活动"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.tabs and event.type() == QEvent.Type.Paint:
            self.tabs.removeEventFilter(self)
            QTimer.singleShot(0, self.after_first_paint)
        return False

    def after_first_paint(self) -> None:
        """What can wait until the window is on screen: reading the register, and the keyboard
        shortcuts (the first one makes PySide build the ~100 enums of its `Qt` namespace)."""
        if self.ready:
            return
        self.ready = True
        from pmdesk.ui.tasks import GUI_BUSY_TIMEOUT_MS

        db.execute_sql(f"PRAGMA busy_timeout = {GUI_BUSY_TIMEOUT_MS}")  # see write_when_free
        for action, shortcut in self._shortcuts:
            action.setShortcut(QKeySequence(shortcut))
        self.residents_tab.load()
        self.tabs.currentChanged.connect(self._tab_shown)
        self._tab_shown(self.tabs.currentIndex())
        self.first_painted.emit()

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.fees_tab:
            self.fees_tab.ensure_loaded()
        elif self.tabs.widget(index) is self.complaints_tab:
            self.complaints_tab.ensure_loaded()
        elif self.tabs.widget(index) is self.events_tab:
            self.events_tab.ensure_loaded()

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            self._shortcuts.append((action, shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self._shortcuts: list[tuple[QAction, QKeySequence | str]] = []
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "文件(&F)"))
        self.backup_action = self._action(
            translate("MainWindow", "备份(&B)"), self.backup_now, "Ctrl+B",
            translate("MainWindow", "立即把数据库备份到备份文件夹"))
        self.backup_to_action = self._action(
            translate("MainWindow", "备份到…"), self.backup_to,
            tip=translate("MainWindow", "把备份存到指定位置，例如U盘"))
        self.restore_action = self._action(translate("MainWindow", "从备份恢复(&R)…"),
                                           self.restore)
        self.auto_backup_action = self._action(
            translate("MainWindow", "自动备份"), None,
            tip=translate("MainWindow", "每 30 分钟（有改动时）和退出时自动备份；恢复备份后暂停，"
                                        "核对无误后再打开"))
        self.auto_backup_action.setCheckable(True)
        self.auto_backup_action.setChecked(not self.settings.backups_paused)
        self.auto_backup_action.toggled.connect(
            lambda on: setattr(self.settings, "backups_paused", not on))
        self.check_action = self._action(translate("MainWindow", "检查数据库(&K)…"),
                                         self.check_database)
        self.audit_action = self._action(translate("MainWindow", "操作日志(&L)…"),
                                         self.open_audit_log)
        self.lock_action = self._action(translate("MainWindow", "锁定屏幕"), self.lock, "Ctrl+L")
        self.switch_action = self._action(translate("MainWindow", "切换用户…"),
                                          lambda: self.lock(switch=True))
        self.import_action = self._action(
            translate("MainWindow", "导入住户名册(&I)…"), self.import_roster,
            tip=translate("MainWindow", "从 Excel 名册导入楼栋、房屋和业主"))
        self.export_action = self._action(
            translate("MainWindow", "导出业主名册(&E)…"), self.export_residents,
            tip=translate("MainWindow", "把业主名册导出为 Excel 表格"))
        self.export_bills_action = self._action(
            translate("MainWindow", "导出本年账单…"), lambda: self.export_fees("bills"))
        self.export_payments_action = self._action(
            translate("MainWindow", "导出本年收款记录…"), lambda: self.export_fees("payments"))
        self.export_arrears_action = self._action(
            translate("MainWindow", "导出欠费明细…"), lambda: self.export_fees("arrears"))
        self.quit_action = self._action(translate("MainWindow", "退出(&Q)"), self.close, "Ctrl+Q")
        for item in (self.backup_action, self.backup_to_action, self.restore_action,
                     self.auto_backup_action, self.check_action, self.audit_action, None,
                     self.import_action, self.export_action, self.export_bills_action,
                     self.export_payments_action, self.export_arrears_action, None,
                     self.lock_action, self.switch_action, self.quit_action):
            file_menu.addSeparator() if item is None else file_menu.addAction(item)

        documents_menu = bar.addMenu(translate("MainWindow", "文书(&D)"))
        self.notice_action = self._action(translate("MainWindow", "写通知(&N)…"),
                                          lambda: self.write_letter("notice"), "Ctrl+N")
        self.certificate_action = self._action(translate("MainWindow", "开证明(&C)…"),
                                               lambda: self.write_letter("certificate"))
        self.archive_action = self._action(translate("MainWindow", "文书档案(&A)…"),
                                           self.open_archive, "Ctrl+Shift+A")
        for item in (self.notice_action, self.certificate_action, None, self.archive_action):
            documents_menu.addSeparator() if item is None else documents_menu.addAction(item)

        settings_menu = bar.addMenu(translate("MainWindow", "设置(&S)"))
        self.profile_action = self._action(translate("MainWindow", "办公室信息(&O)…"),
                                           self.edit_profile)
        settings_menu.addAction(self.profile_action)
        self.accounts_action = self._action(translate("MainWindow", "账号与权限(&U)…"),
                                            self.manage_accounts)
        self.safety_action = self._action(translate("MainWindow", "备份与锁屏(&B)…"),
                                          self.edit_safety)
        settings_menu.addAction(self.accounts_action)
        settings_menu.addAction(self.safety_action)
        language_menu = settings_menu.addMenu(translate("MainWindow", "语言(&L)"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("zh_CN", "中文（简体）"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == self.settings.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = bar.addMenu(translate("MainWindow", "帮助(&H)"))
        help_menu.addAction(self._action(translate("MainWindow", "关于物业前台(&A)"), self.about))

        self.find_action = self._action(translate("MainWindow", "查找住户"), self.find_household,
                                        "Ctrl+F")
        self.addAction(self.find_action)
        self.pay_action = self._action(translate("MainWindow", "收款"), self.take_payment,
                                       "F2")
        self.addAction(self.pay_action)
        for index in range(self.tabs.count()):
            self.addAction(self._action("", lambda _=False, i=index: self.tabs.setCurrentIndex(i),
                                        f"Ctrl+{index + 1}"))

    def _restore_state(self) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        self.tabs.setCurrentIndex(min(max(self.settings.last_tab, 0), self.tabs.count() - 1))

    # -- state shown --------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read what the window shows about the database (after demo, restore, edits)."""
        self.refresh_profile()
        self.residents_tab.load()
        self.fees_tab.refresh()
        self.complaints_tab.refresh()
        self.events_tab.refresh()

    def refresh_profile(self) -> None:
        profile = get_office_profile()
        office = (profile.office_name if profile
                  else translate("MainWindow", "（尚未填写办公室信息）"))
        title = translate("MainWindow", "物业前台 — {office}").format(office=office)
        shown = translate("MainWindow", "数据库：{path}")
        if is_read_only():  # a CD, a write-protected stick, a folder without permission
            title += translate("MainWindow", "（只读）")
            shown = translate("MainWindow", "数据库（只读，不能保存修改）：{path}")
        self.setWindowTitle(title)
        self.office_label.setText(office)
        self.db_label.setText(shown.format(path=self.db_path))
        user = session.current()
        if user is not None:
            from pmdesk.ui.access import role_label

            self.user_label.setText(translate("MainWindow", "操作员：{name}（{role}）").format(
                name=user.name, role=role_label(user.role)))
        else:
            self.user_label.setText("")

    def verify_database(self):
        """In the background: `PRAGMA quick_check`, then the receipt journal against the
        database. A damaged file, or receipts the journal saw that the file lost (a power cut),
        are said at once."""
        from pmdesk.core.safety.journal import lost_receipts

        def damaged(exc: BaseException) -> None:
            show_error(self, exc)
            self.statusBar().showMessage(translate("MainWindow", "数据库已损坏，请从备份恢复。"))

        def compared(lost: list[str]) -> None:
            if lost:
                QMessageBox.warning(self, translate("MainWindow", "收款记录可能丢失"), translate(
                    "MainWindow", "收款流水里有 {count} 张收据在数据库中找不到：{numbers}。\n\n"
                                  "可能是断电或硬盘故障造成的。请核对这些收据的存根，"
                                  "按存根重新收款录入，或请主管从备份恢复。").format(
                    count=len(lost), numbers="、".join(lost[:20])))

        def work(progress, cancel) -> list[str]:
            quick_check(self.db_path)
            return lost_receipts(self.db_path)

        from pmdesk.ui.tasks import run_task

        return run_task(self, work, on_done=compared, on_error=damaged, label="",
                        quiet=True)  # a large file takes seconds: the clerk works meanwhile

    # -- who is at the desk -------------------------------------------------------------

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
        dialog = SignInDialog(purpose, self, name="" if switch or user is None else user.name)
        if not dialog.exec() or dialog.user is None:
            return False
        if user is None or dialog.user.id != user.id:
            if user is not None:
                auth.sign_out()
            auth.start_session(dialog.user)
        self._signed_in()
        return True

    def _signed_in(self) -> None:
        from pmdesk.core.settings import safety_settings

        self._show_locked(False)
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
        answer = QMessageBox.question(self, translate("MainWindow", "有收据还没有打印"), translate(
            "MainWindow", "这些收款已经入账，但收据还没有打印（可能是程序中途关闭了）：{numbers}。"
                          "\n\n现在打印吗？").format(numbers="、".join(n for _, n in waiting)))
        if answer == QMessageBox.StandardButton.Yes:
            from pmdesk.ui.receipts import show_receipt

            for payment_id, _ in waiting:
                show_receipt(self, payment_id)

    def show_backup_reminder(self) -> None:
        text = self.keeper.reminder()
        self.warning_label.setText(text)
        self.warning_label.setToolTip(text)
        self.warning_label.setVisible(bool(text))

    def _backup_failed(self, exc: BaseException) -> None:
        from pmdesk.error_messages import describe

        text = describe(exc) if isinstance(exc, PmdeskError) else str(exc)
        self.warning_label.setText(translate("MainWindow", "自动备份失败：{error}").format(
            error=text))
        self.warning_label.show()

    # -- first run ----------------------------------------------------------------------

    def first_run(self) -> None:
        """On a database nobody has set up yet, ask for the office profile or offer the demo."""
        if get_office_profile() is not None:
            return
        from pmdesk.ui.dialogs.welcome import WelcomeDialog

        choice = WelcomeDialog(self).exec()
        if choice == WelcomeDialog.PROFILE:
            self.edit_profile()
        elif choice == WelcomeDialog.DEMO:
            self.load_demo()

    def load_demo(self, households: int = DEMO_HOUSEHOLDS):
        from pmdesk.core.demo import generate

        def done(counts: dict[str, int]) -> None:
            self.refresh()
            message = translate("MainWindow", "已载入演示数据：{households} 户，{persons} 人。")
            self.statusBar().showMessage(message.format(**counts), 10_000)

        from pmdesk.ui.tasks import run_task

        return run_task(self, lambda progress, cancel: generate(
            households=households, years=DEMO_YEARS, progress=progress),
                        on_done=done, on_error=lambda exc: show_error(self, exc),
                        label=translate("MainWindow", "正在生成演示数据…"))

    # -- actions ------------------------------------------------------------------------

    def edit_profile(self) -> None:
        from pmdesk.ui.dialogs.office_profile import OfficeProfileDialog

        if OfficeProfileDialog(self).exec():
            self.refresh_profile()

    def find_household(self) -> None:
        self.tabs.setCurrentWidget(self.residents_tab)
        self.residents_tab.focus_search()

    def collect_from(self, unit_id: int) -> None:
        self.tabs.setCurrentWidget(self.fees_tab)
        self.fees_tab.collect_from(unit_id)

    def take_payment(self) -> None:
        self.tabs.setCurrentWidget(self.fees_tab)
        self.fees_tab.focus_search()

    def import_roster(self):
        """A backup first (in the background: seconds on a large database), then the wizard."""
        def open_wizard(_made: Path | None = None) -> None:
            from pmdesk.ui.dialogs.import_wizard import ImportWizard

            if ImportWizard(self).exec():
                self.residents_tab.load()

        task = self.keeper.backup_in_background(
            "before-import", force=True, on_done=open_wizard,
            on_error=lambda exc: show_error(self, exc),
            progress_text=translate("MainWindow", "导入前先备份…"))
        if task is None:  # an automatic backup is being made right now
            open_wizard()
        return task

    def export_residents(self):

        from pmdesk.actions.exporting import export

        name, _ = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "导出业主名册"),
            translate("MainWindow", "业主名册-{date}.xlsx").format(
                date=clock.today().isoformat()),
            translate("MainWindow", "Excel 表格 (*.xlsx)"))
        if not name:
            return None
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"

        def done(rows: int) -> None:
            message = translate("MainWindow", "已导出 {rows} 户到 {path}").format(rows=rows,
                                                                              path=name)
            self.statusBar().showMessage(message, 10_000)
            QMessageBox.information(self, translate("MainWindow", "导出完成"), message)

        from pmdesk.ui.tasks import run_task

        return run_task(self, lambda progress, cancel: export(table="residents", path=name),
                        on_done=done, on_error=lambda exc: show_error(self, exc),
                        label=translate("MainWindow", "正在导出…"))

    def export_fees(self, table: str):

        from pmdesk.ui.tabs.fee_reports import export_sheet

        today = clock.today()
        names = {"bills": translate("MainWindow", "账单-{year}.xlsx"),
                 "payments": translate("MainWindow", "收款记录-{year}.xlsx"),
                 "arrears": translate("MainWindow", "欠费明细-{date}.xlsx")}
        options = {"bills": {"first": today.year * 100 + 1, "last": today.year * 100 + 12},
                   "payments": {"first": f"{today.year}-01-01", "last": f"{today.year}-12-31"},
                   "arrears": {"as_of": today}}[table]
        name = names[table].format(year=today.year, date=today.isoformat())
        return export_sheet(self, table, name, **options)

    def write_letter(self, kind: str) -> None:
        from pmdesk.ui.dialogs.letter_editor import LetterEditor

        LetterEditor(kind, self).exec()

    def open_archive(self) -> None:
        from pmdesk.ui.dialogs.archive import ArchiveDialog

        ArchiveDialog(self).exec()

    def backup_now(self):
        return self._backup(None)

    def backup_to(self):
        from pmdesk.core.safety import backup as backups

        name, _ = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "备份到"), f"pmdesk-backup-{backups.timestamp()}.db",
            translate("MainWindow", "数据库备份 (*.db)"))
        return self._backup(Path(name)) if name else None

    def _backup(self, target: Path | None):
        from pmdesk.core.safety import backup as backups

        def done(path: Path) -> None:
            if backups.is_off_machine(self.db_path, path):
                backups.note_off_machine_copy(path)
                self.show_backup_reminder()
            message = translate("MainWindow", "已备份到 {path}").format(path=path)
            self.statusBar().showMessage(message, 10_000)
            QMessageBox.information(self, translate("MainWindow", "备份完成"), message)

        from pmdesk.ui.tasks import run_task

        return run_task(self, lambda progress, cancel: backups.backup_to(self.db_path, target),
                        on_done=done, on_error=lambda exc: show_error(self, exc),
                        label=translate("MainWindow", "正在备份…"))

    def restore(self) -> None:
        from pmdesk.ui.dialogs.restore import RestoreDialog

        if RestoreDialog(self.db_path, self).exec():
            self.auto_backup_action.setChecked(False)  # paused until the clerk checked
            self.refresh()

    def check_database(self) -> None:
        from pmdesk.ui.dialogs.checkup import CheckDialog

        CheckDialog(self.db_path, self).exec()

    def open_audit_log(self) -> None:
        from pmdesk.ui.dialogs.audit_log import AuditLogDialog

        AuditLogDialog(self).exec()

    def manage_accounts(self) -> None:
        from pmdesk.ui.dialogs.accounts import AccountsDialog

        AccountsDialog(self).exec()
        self.refresh_profile()

    def edit_safety(self) -> None:
        from pmdesk.core.settings import safety_settings
        from pmdesk.ui.dialogs.accounts import SafetySettingsDialog

        if SafetySettingsDialog(self).exec():
            settings = safety_settings()
            self.idle.start(settings.lock_minutes)
            if self._keeper is not None and self.keeper.timer.isActive():
                self.keeper.timer.start(settings.backup_minutes * 60_000)
            self.show_backup_reminder()

    def set_language(self, code: str) -> None:
        if code == self.settings.language:
            return
        self.settings.language = code
        QMessageBox.information(self, translate("MainWindow", "语言"),
                                translate("MainWindow", "语言设置将在重新启动物业前台后生效。"))

    def about(self) -> None:
        import html

        text = translate("MainWindow",
                         "<h3>物业前台 {version}</h3><p>住宅小区物业服务中心的前台软件："
                         "住户档案、物业收费、投诉报修、社区活动与通知文书。</p>"
                         "<p>数据库：{path}</p><p>以 GPL-3.0-or-later 许可发布。</p>")
        QMessageBox.about(self, translate("MainWindow", "关于物业前台"), text.format(
            version=pmdesk.__version__, path=html.escape(str(self.db_path))))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.signed_in:  # the last backup first, in the background with its progress
            self.signed_in = False
            self.keeper.timer.stop()
            auth.sign_out()

            def failed(exc: BaseException) -> None:
                show_error(self, exc)
                self.close()

            if self.keeper.backup_in_background(
                    "auto", on_done=lambda _path: self.close(), on_error=failed,
                    progress_text=translate("MainWindow", "退出前备份…")) is not None:
                event.ignore()
                return
        self.settings.geometry = self.saveGeometry()
        self.settings.last_tab = self.tabs.currentIndex()
        self.settings.sync()
        super().closeEvent(event)
