"""Automatic backups while the window is open: once at start, every `backup_minutes` while
changes happen, and on exit; each is skipped when nothing changed, verified and rotated by the
core (`core/backup.py`). Also the reminder when no copy has left this PC for a while.

A desk of the 网络版 makes no automatic backups: the server is backed up every night where it
stands (README, 网络版); before an import it still makes one, with pg_dump."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from pmdesk.core.safety import backup as backups
from pmdesk.core.safety import server
from pmdesk.core.safety.pg_backup import backup_server, server_backups
from pmdesk.core.settings import safety_settings
from pmdesk.i18n import translate
from pmdesk.ui.tasks import Task, run_task
from pmdesk.ui.ui_settings import UiSettings


class BackupKeeper(QObject):
    made = Signal(object)  # the new backup's path
    failed = Signal(object)  # the exception

    def __init__(self, db_path: Path | str, settings: UiSettings,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = db_path
        self.on_server = server.is_server(db_path)
        self.settings = settings
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.backup_in_background("auto"))
        self.running = None

    @property
    def paused(self) -> bool:
        return self.settings.backups_paused

    def _keep(self) -> tuple[int, int, int]:
        s = safety_settings()
        return s.keep_recent, s.keep_daily, s.keep_monthly

    def start(self) -> None:
        """The start-of-day backup, then one every `backup_minutes` (skipped if unchanged)."""
        if self.on_server:
            return
        self.timer.start(safety_settings().backup_minutes * 60_000)
        self.backup_in_background("auto")

    def backup_in_background(self, kind: str, *, force: bool = False,
                             on_done: Callable[[Path | None], None] | None = None,
                             on_error: Callable[[BaseException], None] | None = None,
                             progress_text: str = "") -> Task | None:
        """A backup of `kind` (auto, before-import, …) in a worker, with a progress dialog when
        `progress_text` is given. Returns None without doing anything while one is running, or
        while paused after a restore (unless `force`)."""
        if self.running is not None or (self.paused and not force) or (
                self.on_server and kind == "auto"):
            return None
        keep = self._keep()

        def work(progress, cancel) -> Path | None:
            if self.on_server:
                return backup_server(self.db_path, server_backups())
            return backups.auto_backup(self.db_path, label=kind, force=force, keep=keep)

        def done(path: Path | None) -> None:
            self.running = None
            if path is not None:
                self.made.emit(path)
            if on_done is not None:
                on_done(path)

        def failed(exc: BaseException) -> None:
            self.running = None
            (on_error or self.failed.emit)(exc)

        self.running = run_task(
            self.parent(), work, on_done=done, on_error=failed, label=progress_text,
            uses_db=False, quiet=not progress_text)
        return self.running

    def reminder(self) -> str:
        """The warning to show when no copy left the PC for `offsite_days`; '' otherwise
        (and on a server, which is backed up where it stands)."""
        if self.on_server:
            return ""
        days = backups.days_since_off_machine_copy()
        if days is None:
            return translate("Backups", "还没有把备份存到U盘或其他电脑：电脑损坏或被盗时，"
                                        "本机上的备份也会一起丢失。请用“文件 → 备份到…”。")
        if days >= safety_settings().offsite_days:
            return translate("Backups", "已经 {days} 天没有把备份存到U盘或其他电脑了，请用"
                                        "“文件 → 备份到…”。").format(days=days)
        return ""
