"""GUI fixtures: the real main window over a real database file, settings in tmp_path."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from pmdesk.ui.ui_settings import UiSettings


@pytest.fixture
def ui_settings(tmp_path):
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, db_path, ui_settings):
    from pmdesk.ui.main_window import MainWindow

    def make():
        window = MainWindow(db_path, ui_settings)
        qtbot.addWidget(window)
        window.after_first_paint()  # as if painted: shortcuts set, register read
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def previews(monkeypatch):
    """Document previews opened, as (title, PDF bytes), instead of blocking on exec()."""
    from pmdesk.ui.dialogs.preview import PreviewDialog

    shown: list[tuple[str, bytes]] = []
    monkeypatch.setattr(PreviewDialog, "exec",
                        lambda self: shown.append((self.title, self.data)) or 0)
    return shown


@pytest.fixture
def message_boxes(monkeypatch):
    """Record QMessageBox.information/warning/critical/about calls instead of blocking."""
    shown: list[tuple[str, str, str]] = []

    def recorder(kind):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return show

    for kind in ("information", "warning", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return shown


@pytest.fixture
def launched(monkeypatch):
    """Programs the window started again (`app.restart`), as (program, arguments, PGPASSWORD
    in their environment), instead of starting them."""
    from pmdesk.ui import app as app_module

    started: list[tuple[str, list[str], str | None]] = []

    class Process:
        def setProcessEnvironment(self, environment) -> None:
            self.password = environment.value("PGPASSWORD") \
                if environment.contains("PGPASSWORD") else None

        def setProgram(self, program: str) -> None:
            self.program = program

        def setArguments(self, arguments: list[str]) -> None:
            self.arguments = arguments

        def startDetached(self) -> bool:
            started.append((self.program, self.arguments, self.password))
            return True

    monkeypatch.setattr(app_module, "QProcess", Process)
    return started


@pytest.fixture
def ime():
    return ime_type


def ime_type(widget, text: str) -> None:
    """Type `text` the way a Chinese input method delivers it: as a committed string.

    (QTest's keyClicks only knows Latin-1 keys and aborts on 翠.)
    """
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
