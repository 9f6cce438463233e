"""The window on a server (issue 19, the 网络版): started on a URL, the desks it counts, another
desk's payment shown here within a second, a server that goes away and comes back, 连接服务器…
with its password in the credential store, and the server's backup from the 文件 menu."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import keyring
import keyring.backend
import pytest
from PySide6.QtCore import Qt

from pmdesk.core.demo import generate
from pmdesk.core.money import payments
from pmdesk.core.safety import session
from pmdesk.core.safety.db import close_db, db
from pmdesk.core.safety.opening import open_db
from pmdesk.ui import app as app_module
from pmdesk.ui import server_link
from pmdesk.ui.main_window import MainWindow


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A credential store of the test's own (the PC's would keep the test's passwords)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def credentials():
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def estate(pg_cluster):
    """A demo estate of 60 households with a year of bills, on a server database of its own;
    the URL as the desk has it (its password in it)."""
    url = pg_cluster.new_database()
    open_db(url)
    generate(households=60, seed=4, years=1)
    close_db()
    return url


@pytest.fixture
def desk(estate, ui_settings, monkeypatch, qtbot, tmp_path):
    """`desk()`: the window started on the server as `pmdesk --db URL` starts it, someone signed
    in; closed after the test."""
    monkeypatch.setattr(MainWindow, "first_run", lambda self: None)
    monkeypatch.setattr(MainWindow, "sign_in_at_start", lambda self: None)
    monkeypatch.setattr(app_module, "UiSettings", lambda: ui_settings)
    monkeypatch.setattr(app_module, "install_translators", lambda app, language: [])
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    monkeypatch.setattr(server_link, "COUNT_EVERY_S", 0.5)
    monkeypatch.chdir(tmp_path)
    opened = []

    def start(url: str = estate) -> MainWindow | None:
        window = app_module.start(url)
        if window is not None:
            opened.append(window)
            qtbot.waitUntil(lambda: window.ready)
            session.act_as(session.User(1, "前台小王", "manager"))
        return window

    yield start
    for window in opened:
        window.close()
    close_db()


def owing_unit() -> int:
    return db.execute_sql("SELECT unit_id FROM bill WHERE paid + reduced < amount "
                          "ORDER BY unit_id LIMIT 1").fetchone()[0]


def test_the_window_opens_on_a_server_and_counts_the_desks(desk, estate, qtbot, tmp_path):
    import psycopg

    window = desk()
    assert window.on_server and window.database_lock is None  # the server keeps the locks
    qtbot.waitUntil(lambda: "在线 1 台" in window.db_label.text(), timeout=5000)
    assert "127.0.0.1" in window.db_label.text() and "desk-pw" not in window.db_label.text()
    assert window.residents_tab.model.rowCount() == 60
    second = psycopg.connect(estate, application_name=server_link.WINDOW_APPLICATION)
    qtbot.waitUntil(lambda: "在线 2 台" in window.db_label.text(), timeout=5000)
    second.close()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("postgres")]
    assert not window.restore_action.isEnabled()  # a server is restored by its IT person


def test_a_payment_at_another_desk_shows_here_within_a_second(desk, estate, qtbot,
                                                             child_argv):
    """Desk 2 has the household at its cash desk and the 收费日报 open when desk 1 takes
    its payment: both change by themselves, and desk 2 says why its form changed."""
    window = desk()
    fees = window.fees_tab
    window.tabs.setCurrentWidget(fees)
    unit_id = owing_unit()
    fees.collect_from(unit_id)
    fees.pages.setCurrentWidget(fees.daily)
    owed = payments.owed(unit_id)
    assert fees.desk.unit_id == unit_id and fees.desk._amount() == owed
    paying = subprocess.run(child_argv(
        "import sys\nfrom pmdesk.core.money import payments\nfrom pmdesk.core.safety import "
        "session\nfrom pmdesk.core.safety.opening import open_db\nopen_db(sys.argv[1])\n"
        "session.act_as(session.User(0, 'desk1', 'manager'))\n"
        "print(payments.pay(unit_id=int(sys.argv[2]), amount=int(sys.argv[3])).receipt_no)",
        estate, unit_id, owed), capture_output=True, text=True, check=True)
    receipt = paying.stdout.strip()
    paid_at = time.monotonic()
    qtbot.waitUntil(lambda: receipt in [r.receipt_no for r in fees.daily.takings.receipts]
                    and "另一台电脑" in fees.desk.echo.text(), timeout=1000)
    assert time.monotonic() - paid_at < 1.0
    assert fees.desk.model.rows == []  # nothing left to take


@pytest.mark.qt_no_exception_capture
def test_a_server_that_goes_away_is_said_the_typing_kept_and_the_desk_reconnects(
        desk, pg_cluster, qtbot, monkeypatch, message_boxes, previews):
    from pmdesk.ui.excepthook import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the window's own, for this test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_excepthook()
    monkeypatch.setattr(server_link, "RETRY_EVERY_S", 0.5)
    window = desk()
    cash = window.fees_tab
    window.tabs.setCurrentWidget(cash)
    unit_id = owing_unit()
    cash.collect_from(unit_id)
    cash.desk.amount.setText("88.50")
    monkeypatch.setattr(cash.desk, "_confirm", lambda *args: True)
    qtbot.waitUntil(lambda: "在线" in window.db_label.text(), timeout=5000)
    pg_cluster.pause()
    try:
        qtbot.waitUntil(lambda: "连不上" in window.db_label.text(), timeout=3000)
        started = time.monotonic()
        qtbot.keyClick(cash.desk.amount, Qt.Key.Key_Return)  # 收款
        qtbot.waitUntil(lambda: any("服务器" in text for _, _, text in message_boxes),
                        timeout=3000)
        assert time.monotonic() - started < 1.0  # at once, not after the connect timeout
        assert cash.desk.unit_id == unit_id and cash.desk.amount.text() == "88.50"
    finally:
        pg_cluster.resume()
    qtbot.waitUntil(lambda: "在线" in window.db_label.text(), timeout=8000)
    qtbot.keyClick(cash.desk.amount, Qt.Key.Key_Return)  # 收款 again: it goes through
    qtbot.waitUntil(lambda: db.execute_sql(
        "SELECT count(*) FROM payment WHERE unit_id = ? AND amount = 8850",
        (unit_id,)).fetchone()[0] == 1, timeout=5000)
    assert len(previews) == 1  # its receipt


def test_connect_to_a_server_tests_it_keeps_the_password_apart_and_starts_there(
        desk, estate, pg_cluster, ui_settings, credentials, qtbot, tmp_path, monkeypatch):
    """On a PC with its own file: 连接服务器…, a wrong password named under the form, 测试连接
    with the right one, 连接: the settings keep the server without its password, the
    credential store keeps the password, and the next start opens the server by itself."""
    from pmdesk.ui.dialogs.connect_server import ConnectServerDialog

    file_window = desk(str(tmp_path / "office.db"))
    assert not file_window.on_server
    dialog = ConnectServerDialog(ui_settings, file_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.local_button.isVisible()  # this PC uses its own file already
    dialog.host.clear()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "请填写服务器地址。" and dialog.task is None
    qtbot.keyClicks(dialog.host, "postgresql://192.168.1.10/office")  # a URL pasted in
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "服务器地址“postgresql://192.168.1.10/office”无法识别。"
    assert dialog.task is None and ui_settings.server == ""  # nothing tried, nothing kept
    database = estate.rsplit("/", 1)[1]
    for field, text in ((dialog.host, "127.0.0.1"), (dialog.database, database),
                        (dialog.user, pg_cluster.ROLE), (dialog.password, "wrong")):
        field.clear()
        qtbot.keyClicks(field, text)
    dialog.port.setValue(pg_cluster.port)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=6000)
    assert "密码" in dialog.error.text() and not dialog.error.isHidden()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, pg_cluster.PASSWORD)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=6000)
    assert "连接成功" in dialog.outcome.text() and "60 户" in dialog.outcome.text()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=6000)
    assert ui_settings.server == f"postgresql://{pg_cluster.ROLE}@127.0.0.1:{pg_cluster.port}/" \
        f"{database}"
    ui_settings.sync()
    assert pg_cluster.PASSWORD not in (tmp_path / "ui.ini").read_text("utf-8")
    assert list(credentials.kept.values()) == [pg_cluster.PASSWORD]
    file_window.close()
    close_db()

    window = desk(None)  # no --db: the server this PC connects to, its password from the store
    assert window.on_server and window.residents_tab.model.rowCount() == 60


def test_a_saved_password_the_server_refuses_is_explained_at_start(desk, estate, ui_settings,
                                                                   credentials, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from pmdesk.core.safety import server

    bare = server.without_password(estate)
    ui_settings.server = bare
    assert server_link.save_password(bare, "changed-since")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert desk(None) is None  # closed: nothing opened, nothing written
    assert shown and "拒绝登录" in shown[0] and "changed-since" not in shown[0]


def test_a_restart_on_a_server_gives_the_password_in_the_environment_only(launched):
    """连接服务器… or a new language starts pmdesk again: the server's password goes to the new
    process in PGPASSWORD, never on its command line (other users of the PC can read that)."""
    assert app_module.restart("postgresql://desk:s3cret@192.168.1.10:5432/office")
    assert launched == [(sys.executable, ["-m", "pmdesk", "--db",
                                          "postgresql://desk@192.168.1.10:5432/office"],
                         "s3cret")]


def test_a_backup_from_the_window_is_the_servers_dump(desk, qtbot, tmp_path, monkeypatch,
                                                     message_boxes):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = desk()
    task = window.backup_now()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    dumps = [Path(folder) / name for folder, _, names in os.walk(tmp_path / "data")
             for name in names if name.endswith(".dump")]  # (rglob misses it under faketime)
    assert len(dumps) == 1 and dumps[0].parent.name == "server"
    assert message_boxes and str(dumps[0]) in message_boxes[-1][2]
