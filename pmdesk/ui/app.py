"""Starting the GUI: QApplication, translators, logging and the crash reporter, the database,
the main window."""

from __future__ import annotations

import hashlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QLockFile,
    QProcess,
    QProcessEnvironment,
    QSysInfo,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

import pmdesk
from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety import server
from pmdesk.core.safety.backup import backup_to
from pmdesk.core.safety.instance_lock import lock_path
from pmdesk.core.safety.location import resolved
from pmdesk.core.safety.opening import open_db
from pmdesk.error_messages import describe
from pmdesk.i18n import DEFAULT_LANGUAGE, qm_path, translate
from pmdesk.logs import setup_logging
from pmdesk.paths import APP_AUTHOR, APP_NAME, data_dir, default_db_path, resource
from pmdesk.ui.excepthook import install_excepthook
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.ui_settings import UiSettings


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load pmdesk's catalogue and Qt's own (standard buttons, dialogs) for `language`."""
    QLocale.setDefault(QLocale(language))
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    if language != DEFAULT_LANGUAGE:
        candidates.append((str(qm_path(language)), ""))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(translate("App", "物业前台"))
    app.setWindowIcon(QIcon(str(resource("icons", "pmdesk.png"))))
    app.setDesktopFileName("pmdesk")  # Linux: the taskbar finds pmdesk.desktop and its icon
    return app


def lock_database(db_path: Path) -> QLockFile:
    """One pmdesk window per database (docs reliability §2.5): a lock file beside it, which
    Qt treats as stale once its process is gone — the same file a restore from the command
    line takes (`instance_lock`)."""
    lock = QLockFile(str(lock_path(db_path)))
    # Stale only when its process on this PC is gone: Qt's default also breaks any lock older
    # than 30 s, which would let a second PC take over a database that is still open.
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    pid, host, _app = lock.getLockInfo()[-3:]  # PySide6 returns (pid, hostname, appname)
    raise PmdeskError("db.in_use", path=str(db_path), host=host or "?", pid=pid)


def _server_name(db_path: Path | str) -> str:
    key = server.display_name(db_path) if server.is_server(db_path) \
        else str(Path(db_path).resolve()).lower()
    return f"pmdesk-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"


def listen_for_second_start(window: MainWindow, db_path: Path | str):
    """A second start on this PC asks us (through a local socket named after the database) to
    come to the front instead of opening the database again (Anki's secondInstance)."""
    from PySide6.QtNetwork import QLocalServer

    name = _server_name(db_path)
    QLocalServer.removeServer(name)  # a socket file left by a crash
    server = QLocalServer(window)

    def bring_forward() -> None:
        while server.hasPendingConnections():
            server.nextPendingConnection().deleteLater()
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        window.brought_forward += 1

    server.newConnection.connect(bring_forward)
    server.listen(name)
    return server


def ask_first_window_forward(db_path: Path | str) -> bool:
    """Whether a pmdesk window on this PC holding `db_path` answered and came forward."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(_server_name(db_path))
    if not socket.waitForConnected(1000):
        return False
    socket.write(b"show")
    socket.waitForBytesWritten(1000)
    socket.disconnectFromServer()
    return True


class HandedOver(Exception):
    """The database is open in a window on this PC, which was brought forward instead."""


def copy_to_this_pc(db_path: Path) -> Path | None:
    """An online copy of a database kept on a share or USB stick into a local folder the clerk
    picks; the original stays where it was. Returns the copy, or None."""
    name, _ = QFileDialog.getSaveFileName(None, translate("App", "复制到本机的位置"),
                                          str(data_dir() / db_path.name),
                                          translate("App", "数据库 (*.db)"))
    if not name:
        return None
    try:
        return backup_to(db_path, Path(name))
    except PmdeskError as exc:
        QMessageBox.warning(None, translate("App", "无法复制"), describe(exc))
        return None


DAMAGED = ("db.corrupt", "db.not_a_database", "db.incomplete", "db.empty")


def restore_damaged(db_path: Path) -> None:
    """从备份恢复 for a database too damaged to open: the backups beside it, the manager's
    password checked against the chosen backup, the lock held meanwhile (issue 14.11)."""
    from pmdesk.ui.dialogs.restore import RestoreDialog

    try:
        lock = lock_database(db_path)
    except PmdeskError as exc:
        QMessageBox.warning(None, translate("App", "无法恢复"), describe(exc))
        return
    try:
        RestoreDialog(db_path, damaged=True).exec()
    finally:
        lock.unlock()


def open_database_interactively(db_path: Path) -> tuple[Path, QLockFile] | None:
    """Lock and open `db_path`; on failure explain and let the clerk pick another file or
    quit. Returns the file opened and its lock (held while the window lives)."""
    while True:
        try:
            lock = lock_database(db_path)
            try:
                open_db(db_path, check=False)  # MainWindow.verify_database() checks later
            except PmdeskError:
                lock.unlock()
                raise
            return db_path, lock
        except PmdeskError as exc:
            if exc.code == "db.in_use" and exc.params.get("host") == QSysInfo.machineHostName() \
                    and ask_first_window_forward(db_path):
                raise HandedOver from exc
            box = QMessageBox(QMessageBox.Icon.Critical, translate("App", "无法打开数据库"),
                              describe(exc))
            move = restore = None
            if exc.code in ("db.network_drive", "db.removable_drive"):
                move = box.addButton(translate("App", "复制到本机并打开…"),
                                     QMessageBox.ButtonRole.ActionRole)
            if exc.code in DAMAGED:
                restore = box.addButton(translate("App", "从备份恢复…"),
                                        QMessageBox.ButtonRole.ActionRole)
            other = box.addButton(translate("App", "打开其他数据库…"),
                                  QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if move is not None and box.clickedButton() is move:
                db_path = copy_to_this_pc(db_path) or db_path
                continue
            if restore is not None and box.clickedButton() is restore:
                restore_damaged(db_path)
                continue
            if box.clickedButton() is not other:
                return None
            name, _ = QFileDialog.getOpenFileName(None, translate("App", "打开数据库"),
                                                  str(db_path.parent),
                                                  translate("App", "数据库 (*.db)"))
            if not name:
                return None
            db_path = resolved(name)


def open_server_interactively(url: str, settings: UiSettings) -> Path | str | None:
    """Connect to the server at `url`; when it fails say why, and let the clerk try again,
    correct the connection (连接设置…) or quit. Returns the URL opened — or this PC's own file,
    when the clerk chose it instead."""
    from pmdesk.ui.dialogs.connect_server import ConnectServerDialog

    while True:
        try:
            open_db(url, check=False)
            return url
        except PmdeskError as exc:
            box = QMessageBox(QMessageBox.Icon.Critical, translate("App", "无法连接服务器"),
                              describe(exc))
            again = box.addButton(translate("App", "重试"), QMessageBox.ButtonRole.AcceptRole)
            change = box.addButton(translate("App", "连接设置…"),
                                   QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is again:
                continue
            if box.clickedButton() is not change:
                return None
            dialog = ConnectServerDialog(settings, url=url)
            if not dialog.exec() or dialog.chosen is None:
                return None
            if not server.is_server(dialog.chosen):
                return Path(dialog.chosen)
            url = dialog.chosen


def start(db_path: Path | str | None = None, language: str | None = None) -> MainWindow | None:
    """Everything up to the shown main window; None when no database could be opened. Without
    `db_path` (no --db, no PMDESK_DB): the server this PC connects to, else its own file."""
    app = create_app()
    settings = UiSettings()
    install_translators(app, language or settings.language)
    install_excepthook()
    if db_path is None:
        db_path = settings.server or default_db_path()
    if server.is_server(db_path):
        if server.password_of(db_path) is None:
            from pmdesk.ui.server_link import saved_password

            password = saved_password(db_path)
            db_path = server.with_password(db_path, password) if password else db_path
        if ask_first_window_forward(db_path):
            raise HandedOver
        db_path = open_server_interactively(db_path, settings)
        if db_path is None:
            return None
    if server.is_server(db_path):
        window = MainWindow(db_path, settings)
        window.database_lock = None  # the server keeps its own locks
    else:
        opened = open_database_interactively(resolved(db_path))
        if opened is None:
            return None
        window = MainWindow(opened[0], settings)
        window.database_lock = opened[1]
    window.show()
    return window


def run(db_path: Path | str | None, language: str | None = None) -> int:
    """Start the desktop application on `db_path` (None: as `start` chooses); return the exit
    status."""
    try:
        window = start(db_path, language)
    except HandedOver:
        return 0
    if window is None:
        return 1
    # Windows shutdown or log-off: close as the clerk would (last backup, sign-out) while the
    # session still waits for us (docs reliability §2.5)
    QApplication.instance().commitDataRequest.connect(lambda _manager: window.close())

    def listen() -> None:
        window.single_instance = listen_for_second_start(window, window.db_path)

    def started() -> None:  # which program on which database: the first line to read in support
        setup_logging()
        logging.getLogger("pmdesk").info("pmdesk %s window shown on %s", pmdesk.__version__,
                                         window.place)

    for step in (started, listen, window.verify_database, window.sign_in_at_start,
                 window.first_run):
        window.first_painted.connect(step)
    status = QApplication.instance().exec()
    target = getattr(window, "restart_requested", None)  # a new language, another database
    if target:
        if window.database_lock is not None:
            window.database_lock.unlock()
        if not restart(window.db_path if target is True else target):
            logging.getLogger("pmdesk").error("pmdesk could not start again: %s",
                                              sys.executable)
    return status


def restart(db_path: Path | str) -> bool:
    """Start pmdesk again on `db_path` in a process of its own (the language it starts in
    is the one just chosen: no `--lang`). A server's password goes to it in its environment,
    never on its command line (libpq reads PGPASSWORD)."""
    program = [sys.executable] if getattr(sys, "frozen", False) \
        else [sys.executable, "-m", "pmdesk"]
    process = QProcess()
    environment = QProcessEnvironment.systemEnvironment()
    if server.is_server(db_path):
        password = server.password_of(db_path)
        if password is not None:
            environment.insert("PGPASSWORD", password)
        db_path = server.without_password(db_path)
    process.setProcessEnvironment(environment)
    process.setProgram(program[0])
    process.setArguments([*program[1:], "--db", str(db_path)])
    return process.startDetached()
