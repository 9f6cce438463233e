"""Dialogs driven as a clerk would: typing, clicking, reading the message shown."""

import sys
import threading

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from pmdesk.core.settings import get_office_profile, save_office_profile
from pmdesk.ui import excepthook
from pmdesk.ui.dialogs import exception
from pmdesk.ui.dialogs.office_profile import OfficeProfileDialog

pytestmark = pytest.mark.both_engines


def seal_png() -> bytes:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor("#c00000"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def open_profile(qtbot):
    dialog = OfficeProfileDialog()
    qtbot.addWidget(dialog)
    return dialog


def test_entering_the_office_profile(db_path, qtbot, ime):
    dialog = open_profile(qtbot)
    ime(dialog.estate, "翠湖苑")
    assert dialog.office.placeholderText() == "翠湖苑物业服务中心"
    ime(dialog.address, "杭州市西湖区翠湖路88号")
    qtbot.keyClicks(dialog.phone, "0571 8888 6666")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = get_office_profile()
    assert (profile.office_name, profile.phone) == ("翠湖苑物业服务中心", "0571-88886666")


def test_a_bad_phone_is_explained_beside_the_form_and_nothing_is_saved(db_path, qtbot, ime):
    dialog = open_profile(qtbot)
    dialog.show()
    ime(dialog.estate, "翠湖苑")
    qtbot.keyClicks(dialog.complaint_phone, "1234")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("投诉电话“1234”不是有效的电话号码")
    assert "b00020" in dialog.complaint_phone.styleSheet()
    assert get_office_profile() is None


def test_an_empty_estate_name_is_refused(db_path, qtbot):
    dialog = open_profile(qtbot)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "请填写小区名称。"


def test_the_form_shows_the_saved_profile_and_seal(db_path, qtbot):
    save_office_profile(estate_name="翠湖苑", phone="13800138000", seal_png=seal_png())
    dialog = open_profile(qtbot)
    assert dialog.estate.text() == "翠湖苑" and dialog.phone.text() == "13800138000"
    assert not dialog.seal.preview.pixmap().isNull()
    qtbot.mouseClick(dialog.seal.clear, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert get_office_profile().seal_png is None


def test_how_to_pay_is_entered_with_the_office(db_path, qtbot, ime, monkeypatch, tmp_path):
    """Issue 16: the payment notice says how to pay — hours, bank account, a QR code."""
    from PySide6.QtWidgets import QFileDialog

    save_office_profile(estate_name="翠湖苑")
    (tmp_path / "qr.png").write_bytes(seal_png())
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "qr.png"), ""))
    dialog = open_profile(qtbot)
    ime(dialog.office_hours, "每天 8:30—17:30")
    ime(dialog.bank_name, "中国工商银行杭州翠湖支行")
    ime(dialog.account_name, "翠湖苑物业服务中心")
    qtbot.keyClicks(dialog.account_no, "1202 0210 0900 1234 567")
    ime(dialog.service_level, "二级")
    qtbot.mouseClick(dialog.qr.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    profile = get_office_profile()
    assert profile.office_hours == "每天 8:30—17:30" and profile.service_level == "二级"
    assert profile.bank_name == "中国工商银行杭州翠湖支行"
    assert profile.account_no == "1202 0210 0900 1234 567"
    assert profile.pay_qr_png == seal_png() and profile.seal_png is None


def test_the_crash_report_can_be_copied(qtbot):
    try:
        raise ValueError("测试错误")
    except ValueError as exc:
        report = exception.build_report(type(exc), exc, exc.__traceback__)
    dialog = exception.ExceptionDialog(report, "/tmp/pmdesk.log")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "ValueError: 测试错误" in copied and "Traceback" in copied and "pmdesk" in copied


def test_logs_and_crash_reports_carry_no_id_or_mobile_numbers(monkeypatch, tmp_path):
    """Catalogue D8: an exception quoting what the clerk typed is masked where it is kept."""
    import logging
    import re

    from pmdesk.logs import setup_logging

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    try:
        raise ValueError("证件号 110101199003071234 与电话 13800138000 不符（收据 2026-000318）")
    except ValueError as exc:
        report = exception.build_report(type(exc), exc, exc.__traceback__)
        log_file = setup_logging()
        logging.getLogger("pmdesk").error("unexpected", exc_info=exc)
    kept = report + log_file.read_text(encoding="utf-8")
    assert "110101********1234" in report and "138****8000" in report
    assert not re.search(r"(?<!\d)\d{17}[\dX](?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)", kept)
    assert "2026-000318" in kept


def test_an_unexpected_error_is_shown_once_and_the_app_goes_on(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    excepthook.install_excepthook()

    def boom():
        raise RuntimeError("意外")

    for _ in range(2):
        try:
            boom()
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def dialogs():
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, exception.ExceptionDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: len(dialogs()) == 1)
    qtbot.wait(50)
    assert len(dialogs()) == 1
    assert "RuntimeError: 意外" in dialogs()[0].report.toPlainText()
    dialogs()[0].close()
