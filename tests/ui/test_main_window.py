"""The shell as the clerk meets it: tabs, menus, status bar, remembered layout, first run."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFileDialog, QPushButton, QSplitter

from pmdesk.core.safety import server
from pmdesk.core.safety.db import db
from pmdesk.core.settings import get_office_profile, save_office_profile
from pmdesk.ui.app import install_translators
from pmdesk.ui.dialogs.welcome import WelcomeDialog
from pmdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.both_engines


def tab_titles(window):
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def menu_titles(window):
    return [a.text() for a in window.menuBar().actions()]


def test_shell_has_its_tabs_and_menus(window, db_path):
    assert tab_titles(window) == ["今日", "住户", "收费", "投诉报修", "社区活动", "满意度", "事件",
                                  "装修", "联系单位"]
    assert window.tabs.currentWidget() is window.today_tab  # the window's home
    assert menu_titles(window) == ["文件(&F)", "文书(&D)", "设置(&S)", "帮助(&H)"]
    assert window.place in window.db_label.text() and "desk-pw" not in window.db_label.text()
    assert window.windowTitle() == "（尚未填写办公室信息）"  # Qt adds " — 物业前台"
    assert window.import_action.isEnabled() and window.export_action.isEnabled()


def test_status_bar_shows_the_office(db_path, make_window):
    save_office_profile(estate_name="翠湖苑")
    window = make_window()
    assert window.office_label.text() == "翠湖苑物业服务中心"
    assert window.windowTitle() == "翠湖苑物业服务中心"


def test_the_register_and_shortcuts_follow_the_first_paint(qtbot, db_path, ui_settings):
    window = MainWindow(db_path, ui_settings)
    qtbot.addWidget(window)
    assert not window.ready and window.backup_action.shortcut().isEmpty()
    window.show()
    qtbot.waitUntil(lambda: window.ready)
    assert window.backup_action.shortcut().toString() == "Ctrl+B"
    assert window.residents_tab.table.model() is window.residents_tab.model


def test_tabs_switch_with_ctrl_and_a_number(window):
    shortcuts = {a.shortcut().toString(): a for a in window.actions()}
    shortcuts["Ctrl+3"].trigger()
    assert window.tabs.currentIndex() == 2
    shortcuts["Ctrl+1"].trigger()
    assert window.tabs.currentIndex() == 0


def test_window_size_and_last_tab_are_remembered(make_window):
    first = make_window()
    first.resize(700, 500)
    first.tabs.setCurrentIndex(2)
    first.close()
    second = make_window()
    assert second.tabs.currentIndex() == 2
    assert second.size() == QSize(700, 500)


def test_first_run_offers_the_demo(window, qtbot, monkeypatch):
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: WelcomeDialog.DEMO)
    window.first_run()
    qtbot.waitUntil(lambda: window.residents_tab.model.rowCount() == 2000,
                    timeout=60_000)  # 4 s on a file, 19 s on a server
    assert window.residents_tab.count.text() == "2000 户"
    assert get_office_profile().office_name in window.windowTitle()
    assert db.execute_sql("SELECT count(*) FROM unit").fetchone()[0] == 2000


def test_first_run_opens_the_profile_form_then_the_checklist(window, monkeypatch):
    """After the office details, the day-one checklist: each step ticks itself as the records
    show it done, and its button does it."""
    from pmdesk.core.money import fees
    from pmdesk.core.register import residents
    from pmdesk.core.safety import auth
    from pmdesk.ui.dialogs import office_profile
    from pmdesk.ui.dialogs.first_day import FirstDayDialog

    opened, checklists = [], []

    def fill_profile(dialog) -> int:
        opened.append(dialog)
        save_office_profile(estate_name="翠湖苑")
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: WelcomeDialog.PROFILE)
    monkeypatch.setattr(office_profile.OfficeProfileDialog, "exec", fill_profile)
    monkeypatch.setattr(FirstDayDialog, "exec", lambda self: checklists.append(self) or 0)
    added = []
    monkeypatch.setattr(window.residents_tab, "add_household", lambda: added.append(1))
    window.first_run()
    assert len(opened) == 1 and len(checklists) == 1
    checklist = checklists[0]

    def marks() -> str:
        return "".join(checklist.marks[step].text() for step in
                       ("office", "register", "fee_items", "opening", "billing", "accounts"))

    assert marks() == "✓○○○○○" and checklist.summary.text() == ""
    buttons = {b.text(): b for b in checklist.findChildren(QPushButton)}
    assert {"填写…", "导入名册…", "添加住户…", "收费项目…", "导入欠费…", "导入预存…",
            "没有期初余额", "出账…", "账号与权限…"} <= set(buttons)
    buttons["添加住户…"].click()
    assert added == [1]
    residents.add_unit(room="3-2-501", area="89.5", owner="张三", handover_date="2020-01-01")
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    checklist.refresh()
    assert marks() == "✓✓✓○○○" and "已登记 1 户" in checklist.details["register"].text()
    buttons["没有期初余额"].click()  # this office brings no old balances
    assert marks() == "✓✓✓✓○○"
    fees.run_billing("2026-10")
    manager = auth.create_account(name="王经理", role="manager", password="manager-pw")
    checklist.refresh()
    assert marks() == "✓✓✓✓✓○"  # the manager alone: the desk's clerks still need theirs
    auth.create_account(name="李小梅", role="clerk", password="clerk-pw1", approved_by=manager)
    checklist.refresh()
    assert marks() == "✓✓✓✓✓✓" and "可以开始收款" in checklist.summary.text()


def test_first_run_stays_quiet_once_the_office_is_known(window, monkeypatch):
    save_office_profile(estate_name="翠湖苑")
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: (_ for _ in ()).throw(AssertionError))
    window.first_run()


@pytest.mark.sqlite_only  # the file's backups and its check
def test_backup_from_the_menu(window, qtbot, db_path, message_boxes):
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: len(message_boxes) > 0, timeout=10_000)
    kind, _, text = message_boxes[0]
    assert kind == "information" and "已备份到" in text
    assert len(list((db_path.parent / "backups").glob("backup-*.db"))) == 1


@pytest.mark.sqlite_only  # the file's backups and its check
def test_backup_onto_the_database_itself_is_explained(window, qtbot, db_path, message_boxes,
                                                      monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(db_path), ""))
    window.backup_to_action.trigger()
    qtbot.waitUntil(lambda: len(message_boxes) > 0, timeout=10_000)
    assert message_boxes[0][0] == "warning"
    assert "备份文件不能是数据库本身" in message_boxes[0][2]


@pytest.mark.sqlite_only  # the file's backups and its check
def test_a_restore_from_the_menu_pauses_automatic_backups(window, monkeypatch, ui_settings):
    from pmdesk.ui.dialogs.restore import RestoreDialog

    monkeypatch.setattr(RestoreDialog, "exec", lambda self: 1)
    assert window.auto_backup_action.isChecked()
    window.restore_action.trigger()
    assert ui_settings.backups_paused and not window.auto_backup_action.isChecked()
    window.auto_backup_action.setChecked(True)  # the clerk checked the data: on again
    assert not ui_settings.backups_paused


def test_language_choice_is_saved_and_a_restart_offered(window, ui_settings, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked, answers = [], iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or next(answers))
    window.show()
    window.language_actions["en"].trigger()
    assert ui_settings.language == "en" and "现在重新启动吗" in asked[0]
    assert not getattr(window, "restart_requested", False) and window.isVisible()
    window.language_actions["zh_CN"].trigger()
    assert ui_settings.language == "zh_CN"
    assert window.restart_requested and not window.isVisible()  # closed as on quitting


def test_the_english_shell(qapp, qtbot, db_path, ui_settings):
    translators = install_translators(qapp, "en")
    try:
        window = MainWindow(db_path, ui_settings)
        qtbot.addWidget(window)
        assert tab_titles(window) == ["Today", "Residents", "Fees", "Complaints", "Events",
                                      "Satisfaction", "Incidents", "Renovations",
                                      "Contacts"]
        assert menu_titles(window) == ["&File", "&Documents", "&Settings", "&Help"]
        assert window.windowTitle() == "(office profile not entered yet)"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_about_names_the_version_database_backups_and_licences(window, db_path, qtbot,
                                                              monkeypatch):
    import pmdesk
    from pmdesk.core.safety import migrations
    from pmdesk.ui.dialogs.about import AboutDialog

    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.about()
    about = shown[0]
    qtbot.addWidget(about)
    assert about.version.text().startswith(pmdesk.__version__)
    assert about.database.text() == window.place  # a server's without its password
    assert "desk-pw" not in about.database.text()
    assert about.schema.text() == str(migrations.SCHEMA_VERSION)
    if server.is_server(db_path):
        assert about.backups.parts[-2:] == ("backups", "server")
    else:
        assert about.backups == Path(db_path).resolve().parent / "backups"
    licences = [about.licences.item(row).text() for row in range(about.licences.count())]
    assert "GPL-3.0-or-later" in licences[0]
    assert any("文泉驿微米黑" in line and "Apache-2.0" in line for line in licences)
    assert any("思源宋体" in line and "OFL" in line for line in licences)
    assert any("花园明朝" in line for line in licences)
    assert "GNU GENERAL PUBLIC LICENSE" in about.licence_text.toPlainText()
    about.licences.setCurrentRow(1)  # each licence's own text
    assert "Apache License" in about.licence_text.toPlainText()
    about.licences.setCurrentRow(2)
    assert "SIL OPEN FONT LICENSE" in about.licence_text.toPlainText().upper()


@pytest.mark.sqlite_only  # the file's backups and its check
def test_a_damaged_database_is_reported_after_the_window_opens(window, qtbot, message_boxes,
                                                               monkeypatch):
    from pmdesk.core.errors import DatabaseError
    from pmdesk.ui import file_menu

    def damaged(path):
        raise DatabaseError("db.corrupt", path=str(path), detail="page 7: btree damaged")

    monkeypatch.setattr(file_menu, "quick_check", damaged)
    window.verify_database()
    qtbot.waitUntil(lambda: len(message_boxes) > 0)
    assert message_boxes[0][0] == "warning"
    assert "已损坏" in message_boxes[0][2] and "请从备份恢复" in message_boxes[0][2]


@pytest.mark.sqlite_only  # the file's backups and its check
def test_a_healthy_database_passes_quietly(window, qtbot, message_boxes, monkeypatch):
    from pmdesk.ui import file_menu

    checked = []
    real_check = file_menu.quick_check
    monkeypatch.setattr(file_menu, "quick_check", lambda path: checked.append(real_check(path)))
    window.verify_database()
    qtbot.waitUntil(lambda: len(checked) == 1)
    qtbot.wait(100)
    assert message_boxes == []


def test_export_from_the_menu(window, qtbot, db_path, tmp_path, message_boxes, monkeypatch):
    from pmdesk.core.demo import generate

    generate(households=50, seed=1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "名册"), ""))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: len(message_boxes) > 0, timeout=10_000)
    assert "已导出 50 户" in message_boxes[0][2]
    assert (tmp_path / "名册.xlsx").stat().st_size > 0


@pytest.mark.sqlite_only  # the file's backups and its check
def test_an_export_into_the_backups_folder_is_refused(window, qtbot, db_path, message_boxes,
                                                      monkeypatch):
    """Issue 14.1, in the save dialog: the backups folder holds the backups and the receipt
    journal; nothing the clerk exports may replace them."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(db_path.parent / "backups" / "名册"), ""))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: len(message_boxes) > 0, timeout=10_000)
    assert "不能保存为" in message_boxes[0][2]
    assert not (db_path.parent / "backups" / "名册.xlsx").exists()


@pytest.mark.sqlite_only  # the file's backups and its check
def test_a_check_that_ends_after_the_window_closed_says_nothing(window, qtbot, message_boxes,
                                                                monkeypatch):
    """The start-up check runs in the background; a window closed meanwhile (a test's end, or
    the clerk quitting at once) is not told, its database may be gone."""
    import threading

    from pmdesk.core.errors import DatabaseError
    from pmdesk.ui import file_menu

    release = threading.Event()

    def slow(path):
        release.wait(10)
        raise DatabaseError("db.corrupt", path=str(path), detail="closed meanwhile")

    monkeypatch.setattr(file_menu, "quick_check", slow)
    task = window.verify_database()
    window.close()
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    qtbot.wait(50)
    assert message_boxes == []


def test_the_splitters_remember_their_sizes(make_window, ui_settings, qtbot):
    from PySide6.QtWidgets import QApplication

    def shown_events(window) -> QSplitter:
        window.resize(1366, 728)
        window.show()
        qtbot.waitExposed(window)
        window.tabs.setCurrentWidget(window.events_tab)
        QApplication.processEvents()
        return next(s for s in window.findChildren(QSplitter) if s.objectName() == "events")

    split = shown_events(make_window())
    split.setSizes([100, 500])
    QApplication.processEvents()
    sizes = split.sizes()
    split.window().close()
    assert shown_events(make_window()).sizes() == sizes
