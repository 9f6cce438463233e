"""Starting the application: the database is opened (or the failure explained), the window shown."""

import logging
import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

import pmdesk
from pmdesk.core.safety import session
from pmdesk.core.safety.db import close_db
from pmdesk.ui import app as app_module
from pmdesk.ui.main_window import MainWindow


@pytest.fixture
def started(monkeypatch, tmp_path, qapp):
    """Call app.run() without entering the event loop; undo what it installs afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(MainWindow, "first_run", lambda self: None)
    monkeypatch.setattr(MainWindow, "sign_in_at_start", lambda self: None)
    installed = []
    real_install = app_module.install_translators
    monkeypatch.setattr(app_module, "install_translators",
                        lambda app, lang: installed.extend(real_install(app, lang)) or installed)
    yield lambda path: app_module.run(path)
    for translator in installed:
        qapp.removeTranslator(translator)
    for widget in main_windows():
        widget.close()
        widget.deleteLater()
    close_db()


def main_windows():
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()]


def test_run_opens_the_database_and_shows_the_window(started, tmp_path, qtbot):
    assert started(tmp_path / "office.db") == 0
    assert (tmp_path / "office.db").exists()
    windows = main_windows()
    assert len(windows) == 1 and windows[0].db_path == tmp_path / "office.db"
    assert QApplication.windowIcon().availableSizes()  # pmdesk's icon, for every window
    qtbot.waitUntil(lambda: windows[0].ready)  # logging, the check, first run follow
    log = next((tmp_path / "state").rglob("pmdesk.log")).read_text("utf-8")
    assert f"pmdesk {pmdesk.__version__} window shown on {tmp_path / 'office.db'}" in log
    logging.getLogger("pmdesk").warning("written to the user's log folder")
    assert "log folder" in next((tmp_path / "state").rglob("pmdesk.log")).read_text("utf-8")


def test_a_restart_for_a_new_language_opens_the_same_database_again(started, tmp_path,
                                                                     monkeypatch, launched):
    """The window closed for a new language: its lock is let go, then pmdesk starts again on
    the same database (without a --lang that would keep the old language)."""
    def closed_for_a_restart(*args) -> int:
        main_windows()[0].restart_requested = True
        return 0

    monkeypatch.setattr(QApplication, "exec", closed_for_a_restart)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    path = tmp_path / "office.db"
    assert started(path) == 0
    assert launched == [(sys.executable, ["-m", "pmdesk", "--db", str(path)], None)]
    assert not (tmp_path / "office.db.lock").exists()


def test_a_database_that_cannot_be_opened_is_explained(started, tmp_path, monkeypatch):
    (tmp_path / "broken.db").write_bytes(b"not a database at all" * 100)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert started(tmp_path / "broken.db") == 1
    assert shown and "broken.db 不是数据库文件" in shown[0]
    assert main_windows() == []


def test_a_database_from_a_newer_pmdesk_says_to_install_the_newer_program(started, tmp_path,
                                                                          monkeypatch):
    import sqlite3

    from pmdesk.core.safety import migrations
    from pmdesk.core.safety.opening import open_db

    open_db(tmp_path / "office.db")  # a database of this version...
    close_db()
    with sqlite3.connect(tmp_path / "office.db") as newer:  # ...that a newer pmdesk upgraded
        newer.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    newer.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert started(tmp_path / "office.db") == 1
    assert main_windows() == []
    assert f"数据版本 {migrations.SCHEMA_VERSION + 1}" in shown[0]
    assert f"本程序是 {pmdesk.__version__} 版" in shown[0]
    assert "安装物业前台的最新版本" in shown[0] and "数据不会丢失" in shown[0]


def test_a_database_open_in_another_window_is_refused(started, tmp_path, monkeypatch):
    from PySide6.QtCore import QLockFile

    other = QLockFile(str(tmp_path / "office.db.lock"))  # another pmdesk holds the database
    assert other.tryLock(100)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    try:
        assert started(tmp_path / "office.db") == 1
    finally:
        other.unlock()
    assert shown and "已在" in shown[0] and "物业前台" in shown[0]
    assert main_windows() == []


def test_a_second_start_brings_the_first_window_forward(started, tmp_path, qtbot):
    """Catalogue S11: the second copy hands over to the first and exits without a message."""
    assert started(tmp_path / "office.db") == 0
    first = main_windows()[0]
    qtbot.waitUntil(lambda: first.ready and hasattr(first, "single_instance"))
    assert started(tmp_path / "office.db") == 0
    qtbot.waitUntil(lambda: first.brought_forward == 1)
    assert main_windows() == [first]


def test_a_stale_lock_left_by_a_killed_pmdesk_is_cleared(tmp_path):
    """Catalogue S15: the lock file names a process on this host that no longer exists."""
    import socket
    import subprocess

    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    dead_pid = child.stdout.strip()
    lock_path = tmp_path / "office.db.lock"
    lock_path.write_text(f"{dead_pid}\npmdesk\n{socket.gethostname()}\n")
    lock = app_module.lock_database(tmp_path / "office.db")
    assert lock.isLocked()
    lock.unlock()


def test_a_database_on_a_share_is_copied_to_this_pc_and_opened(started, tmp_path, monkeypatch,
                                                               message_boxes):
    """Catalogue S6: refused with the reason; one click copies it to a local folder."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from pmdesk.core.safety import location
    from pmdesk.core.safety.opening import open_db
    from pmdesk.core.settings import save_office_profile

    share = tmp_path / "share" / "office.db"
    open_db(share)
    save_office_profile(estate_name="翠湖苑")
    close_db()
    local = tmp_path / "local" / "office.db"
    monkeypatch.setattr(location, "storage_kind", lambda path: location.NETWORK
                        if Path(path).parent.name == "share" else location.LOCAL)
    texts = []

    def press_copy(box):
        texts.append(box.text())
        next(b for b in box.buttons() if b.text().startswith("复制到本机")).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_copy)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(local), ""))
    assert started(share) == 0
    assert "网络共享文件夹" in texts[0]
    assert main_windows()[0].db_path == local and share.exists()
    assert main_windows()[0].windowTitle() == "翠湖苑物业服务中心"


def test_a_lock_held_by_another_pc_is_never_broken(tmp_path, started, monkeypatch):
    """Catalogue S12: however old the lock file, another host's lock stands and is named."""
    import os
    import time

    lock_path = tmp_path / "office.db.lock"
    lock_path.write_text("4242\npmdesk\nfront-desk-2\n")
    an_hour_ago = time.time() - 3600
    os.utime(lock_path, (an_hour_ago, an_hour_ago))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert started(tmp_path / "office.db") == 1
    assert "front-desk-2" in shown[0] and lock_path.read_text().endswith("front-desk-2\n")


def test_a_damaged_database_is_restored_from_its_backups(started, tmp_path, monkeypatch, qtbot,
                                                        message_boxes):
    """Issue 14.11: a file too damaged to open offers 从备份恢复; the manager's password is
    checked against the backup chosen (the office's own accounts are in the damaged file),
    and the window then opens on the restored data."""
    from pmdesk.core.safety import auth, backup
    from pmdesk.core.safety.opening import open_db
    from pmdesk.core.settings import get_office_profile, save_office_profile
    from pmdesk.ui.access import SignInDialog
    from pmdesk.ui.dialogs.restore import RestoreDialog

    path = tmp_path / "office.db"
    open_db(path)
    save_office_profile(estate_name="翠湖苑")
    auth.create_account(name="王经理", role="manager", password="manager-pw")
    backup.backup_to(path)
    close_db()
    session.act_as(None)
    data = bytearray(path.read_bytes())
    data[:100] = b"\0" * 100
    path.write_bytes(bytes(data))
    shown, chosen = [], []

    def box_exec(box):
        shown.append(box.text())
        chosen[:] = [b for b in box.buttons() if b.text() == "从备份恢复…"]
        return 0

    def restore_exec(dialog):
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        dialog.restore_selected()
        qtbot.waitUntil(lambda: dialog.aside is not None, timeout=10_000)
        return 1

    def sign_in_exec(dialog):
        dialog.name.setCurrentText("王经理")
        dialog.password.setText("manager-pw")
        dialog.check()
        return int(dialog.result())

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: chosen[0] if chosen else None)
    monkeypatch.setattr(RestoreDialog, "exec", restore_exec)
    monkeypatch.setattr(SignInDialog, "exec", sign_in_exec)
    assert started(path) == 0
    assert len(shown) == 1 and "不是数据库文件" in shown[0]
    assert [w.db_path for w in main_windows()] == [path]
    assert get_office_profile().estate_name == "翠湖苑"
    assert list((tmp_path / "backups").glob("before-restore-*.db"))
