"""文件 → 连接服务器…: the 网络版's connection — the office's server, its port, the database, the
user and password — tried with 测试连接 before it is used, remembered on this PC (the password
in the operating system's credential store, if the clerk wants it kept), or left for this
PC's own database file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety import server
from pmdesk.core.safety.opening import probe_server
from pmdesk.core.validate import clean_text
from pmdesk.i18n import translate
from pmdesk.paths import office_file
from pmdesk.ui.alerts import show_error
from pmdesk.ui.forms import FormErrors
from pmdesk.ui.server_link import save_password, saved_password
from pmdesk.ui.tasks import run_task
from pmdesk.ui.ui_settings import UiSettings

OK_COLOR = "#1b7f3b"


class ConnectServerDialog(QDialog):
    """`chosen` is what the program opens next: the server's URL (its password in it), or this
    PC's own file; None while nothing was chosen."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None, *,
                 url: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ConnectServerDialog", "连接服务器"))
        self.settings = settings
        self.chosen: str | None = None
        self.task = None
        known = url or settings.server
        address = server.Address.of(known) if known else server.Address("")
        self.host = QLineEdit(address.host)
        self.host.setPlaceholderText(translate("ConnectServerDialog", "例如 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(address.port)
        self.database = QLineEdit(address.database)
        self.user = QLineEdit(address.user)
        self.password = QLineEdit(
            (server.password_of(known) or saved_password(known) or "") if known else "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(translate("ConnectServerDialog", "在这台电脑上记住密码"))
        self.remember.setChecked(True)
        self.tls = QCheckBox(translate("ConnectServerDialog",
                                       "加密连接（服务器已配置 TLS 时勾选）"))
        self.tls.setChecked(address.tls)
        form = QFormLayout()
        for label, field in ((translate("ConnectServerDialog", "服务器地址"), self.host),
                             (translate("ConnectServerDialog", "端口"), self.port),
                             (translate("ConnectServerDialog", "数据库名"), self.database),
                             (translate("ConnectServerDialog", "用户名"), self.user),
                             (translate("ConnectServerDialog", "密码"), self.password),
                             ("", self.remember), ("", self.tls)):
            form.addRow(label, field)
        hint = QLabel(translate(
            "ConnectServerDialog", "网络版：办公室的几台电脑共用服务器上的同一个数据库。地址、"
                                   "数据库名、用户名和密码由管理服务器的同事提供。"))
        hint.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.error = FormErrors({"server_host": self.host, "server_database": self.database,
                                 "server_user": self.user})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = QPushButton(translate("ConnectServerDialog", "测试连接(&T)"))
        self.connect_button = QPushButton(translate("ConnectServerDialog", "连接(&C)"))
        self.connect_button.setDefault(True)
        self.local_button = QPushButton(translate("ConnectServerDialog", "使用本机数据库"))
        self.local_button.setToolTip(translate(
            "ConnectServerDialog", "不再连接服务器，使用这台电脑上自己的数据库文件（单机版）"))
        for button in (self.test_button, self.connect_button, self.local_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.local_button.setVisible(bool(settings.server))  # (adding it showed it)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(lambda: self.attempt(use=False))
        self.connect_button.clicked.connect(lambda: self.attempt(use=True))
        self.local_button.clicked.connect(self.use_this_pc)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(460, 0)
        (self.password if address.host else self.host).setFocus()

    def address(self) -> server.Address:
        return server.Address(
            clean_text(self.host.text(), field="server_host", required=True, max_len=253),
            self.port.value(),
            clean_text(self.database.text(), field="server_database", required=True, max_len=63),
            clean_text(self.user.text(), field="server_user", required=True, max_len=63),
            self.tls.isChecked())

    def attempt(self, *, use: bool):
        """测试连接 (or 连接): reach the server in the background — its answer under the form,
        the dialog open to correct what was wrong; with `use`, a server that answered is the
        one chosen."""
        self.error.clear()
        self.outcome.clear()
        try:
            url = self.address().url(self.password.text())
        except PmdeskError as exc:
            self.error.show_error(exc)
            return None
        self._busy(True)
        self.outcome.setStyleSheet("")
        self.outcome.setText(translate("ConnectServerDialog", "正在连接服务器…"))

        def answered(households: int | None) -> None:
            self._busy(False)
            self.outcome.setStyleSheet(f"color: {OK_COLOR};")
            self.outcome.setText(translate(
                "ConnectServerDialog", "连接成功：这是一个空数据库，第一次连接时会建立物业前台的"
                                       "数据表。") if households is None else translate(
                "ConnectServerDialog", "连接成功：服务器上有物业前台的数据（{count} 户）。")
                .format(count=households))
            if use:
                self.use(url)

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self.outcome.clear()
            if isinstance(exc, PmdeskError):
                self.error.show_error(exc)
            else:
                show_error(self, exc)

        self.task = run_task(self, lambda progress, cancel: probe_server(url),
                             on_done=answered, on_error=failed, label="", uses_db=False,
                             quiet=True)
        return self.task

    def _busy(self, busy: bool) -> None:
        for button in (self.test_button, self.connect_button, self.local_button):
            button.setEnabled(not busy)

    def use(self, url: str) -> None:
        """This PC connects to `url` from now on; its password kept if the clerk wants it."""
        bare = server.without_password(url)
        self.settings.server = bare
        password = self.password.text()
        kept = save_password(bare, password if self.remember.isChecked() and password
                             else None)
        if self.remember.isChecked() and password and not kept:
            QMessageBox.information(self, self.windowTitle(), translate(
                "ConnectServerDialog", "这台电脑不能保存密码，下次启动时需要重新输入。"))
        self.chosen = url
        self.accept()

    def use_this_pc(self) -> None:
        self.settings.server = ""
        self.chosen = str(office_file())
        self.accept()

