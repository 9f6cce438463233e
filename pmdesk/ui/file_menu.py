"""The 文件 menu's work on the database as a whole: backups (now, to a USB stick), restore,
检查数据库, the audit log, the roster import and the Excel exports, and the start-up check of
the file and of the receipt journal. A part of the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from pmdesk.core import clock
from pmdesk.core.safety import backup as backups
from pmdesk.core.safety.db import quick_check
from pmdesk.core.safety.journal import lost_receipts
from pmdesk.i18n import translate
from pmdesk.ui.alerts import show_error


class FileMenu:
    """The main window's 文件 menu actions (a mixin of `MainWindow`)."""

    def _build_file_menu(self, bar) -> None:
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
        self.connect_action = self._action(
            translate("MainWindow", "连接服务器(&S)…"), self.connect_server,
            tip=translate("MainWindow", "网络版：几台电脑共用服务器上的同一个数据库"))
        if self.on_server:  # the server's own backups and its IT person's restore
            self.backup_to_action.setToolTip(translate("MainWindow",
                                                       "把服务器上的数据备份到指定位置"))
            self.restore_action.setEnabled(False)
            self.restore_action.setStatusTip(translate(
                "MainWindow", "服务器上的数据库由管理服务器的同事恢复（恢复到一个新的空数据库）"))
            self.auto_backup_action.setVisible(False)
        self.lock_action = self._action(translate("MainWindow", "锁定屏幕"), self.lock, "Ctrl+L")
        self.switch_action = self._action(translate("MainWindow", "切换用户…"),
                                          lambda: self.lock(switch=True))
        self.import_action = self._action(
            translate("MainWindow", "导入住户名册(&I)…"), self.import_roster,
            tip=translate("MainWindow", "从 Excel 名册导入楼栋、房屋和业主"))
        self.import_arrears_action = self._action(
            translate("MainWindow", "导入期初欠费…"), lambda: self.import_opening("arrears"),
            tip=translate("MainWindow", "把原系统或台账里各户欠的月份和金额带过来"))
        self.import_credit_action = self._action(
            translate("MainWindow", "导入期初预存…"), lambda: self.import_opening("credit"),
            tip=translate("MainWindow", "把原系统里各户的预存余额带过来"))
        self.opening_batches_action = self._action(
            translate("MainWindow", "期初余额导入记录…"), self.open_opening_batches)
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
                     self.import_action, self.import_arrears_action, self.import_credit_action,
                     self.opening_batches_action, None, self.export_action,
                     self.export_bills_action, self.export_payments_action,
                     self.export_arrears_action, None, self.connect_action, None,
                     self.lock_action, self.switch_action, self.quit_action):
            file_menu.addSeparator() if item is None else file_menu.addAction(item)

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

    def import_opening(self, kind: str):
        """Opening arrears or credit: a backup first, as before a roster import."""
        def open_wizard(_made: Path | None = None) -> None:
            from pmdesk.ui.dialogs.opening_wizard import OpeningWizard

            if OpeningWizard(kind, self).exec():
                self.refresh()

        task = self.keeper.backup_in_background(
            "before-import", force=True, on_done=open_wizard,
            on_error=lambda exc: show_error(self, exc),
            progress_text=translate("MainWindow", "导入前先备份…"))
        if task is None:
            open_wizard()
        return task

    def open_opening_batches(self) -> None:
        from pmdesk.ui.dialogs.opening_batches import OpeningBatchesDialog

        OpeningBatchesDialog(self).exec()
        self.refresh()

    def export_residents(self):
        from pmdesk.ui.exports import export_sheet

        return export_sheet(
            self, "residents", translate("MainWindow", "业主名册-{date}.xlsx").format(
                date=clock.today().isoformat()),
            title=translate("MainWindow", "导出业主名册"),
            counted=translate("MainWindow", "已导出 {rows} 户到 {path}"))

    def export_fees(self, table: str):
        from pmdesk.ui.exports import export_sheet

        today = clock.today()
        names = {"bills": translate("MainWindow", "账单-{year}.xlsx"),
                 "payments": translate("MainWindow", "收款记录-{year}.xlsx"),
                 "arrears": translate("MainWindow", "欠费明细-{date}.xlsx")}
        options = {"bills": {"first": today.year * 100 + 1, "last": today.year * 100 + 12},
                   "payments": {"first": f"{today.year}-01-01", "last": f"{today.year}-12-31"},
                   "arrears": {"as_of": today}}[table]
        name = names[table].format(year=today.year, date=today.isoformat())
        return export_sheet(self, table, name, **options)

    def backup_now(self):
        return self._backup(None)

    def backup_to(self):
        suffix, kind = ((".dump", translate("MainWindow", "服务器备份 (*.dump)")) if self.on_server
                        else (".db", translate("MainWindow", "数据库备份 (*.db)")))
        name, _ = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "备份到"),
            f"pmdesk-backup-{backups.timestamp()}{suffix}", kind)
        return self._backup(Path(name)) if name else None

    def _backup(self, target: Path | None):
        def done(path: Path) -> None:
            if not self.on_server and backups.is_off_machine(self.db_path, path):
                backups.note_off_machine_copy(path)
                self.show_backup_reminder()
            message = translate("MainWindow", "已备份到 {path}").format(path=path)
            self.statusBar().showMessage(message, 10_000)
            QMessageBox.information(self, translate("MainWindow", "备份完成"), message)

        from pmdesk.ui.tasks import run_task

        def work(progress, cancel) -> Path:
            if self.on_server:  # pg_dump, into this PC's backups folder unless told where
                from pmdesk.core.safety.pg_backup import backup_server, server_backups

                return backup_server(self.db_path, target or server_backups())
            return backups.backup_to(self.db_path, target)

        return run_task(self, work, on_done=done, on_error=lambda exc: show_error(self, exc),
                        label=translate("MainWindow", "正在备份…"))

    def restore(self) -> None:
        from pmdesk.ui.dialogs.restore import RestoreDialog

        if RestoreDialog(self.db_path, self).exec():
            self.auto_backup_action.setChecked(False)  # paused until the clerk checked
            self.refresh()

    def check_database(self) -> None:
        from pmdesk.ui.dialogs.checkup import CheckDialog

        CheckDialog(self.db_path, self).exec()

    def connect_server(self) -> None:
        """连接服务器…: this desk on the office's server, or back on this PC's own file; the
        program starts again on the database chosen."""
        from pmdesk.ui.dialogs.connect_server import ConnectServerDialog

        dialog = ConnectServerDialog(self.settings, self)
        if dialog.exec() and dialog.chosen is not None:
            self.restart_requested = dialog.chosen  # app.run starts it there once closed
            self.close()

    def open_audit_log(self) -> None:
        from pmdesk.ui.dialogs.audit_log import AuditLogDialog

        AuditLogDialog(self).exec()

    def verify_database(self):
        """In the background: `PRAGMA quick_check`, then the receipt journal against the
        database. A damaged file, or receipts the journal saw that the file lost (a power cut),
        are said at once — while the window is open. (A server keeps its own log: nothing
        of this to check at a desk.)"""
        if self.on_server:
            return None
        def damaged(exc: BaseException) -> None:
            if self.closed:  # and its database with it: a check that ends now says nothing
                return
            show_error(self, exc)
            self.statusBar().showMessage(translate("MainWindow", "数据库已损坏，请从备份恢复。"))

        def compared(lost: list[str]) -> None:
            if lost and not self.closed:
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
