"""Regenerate the screenshots in docs/images/ from the real application.

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshots.py

The window fills the usual office monitor (1366×768, 40 px left for the taskbar).

Needs a display (Xvfb is fine; Debian: xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1) and a
CJK font (fonts-noto-cjk). Each language runs in its own process on a fresh demo database.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

IMAGES = Path(__file__).resolve().parent / "images"
ROSTER = Path(tempfile.gettempdir()) / "pmdesk-screenshot-roster.xlsx"
CREDIT = Path(tempfile.gettempdir()) / "pmdesk-screenshot-credit.xlsx"
NOTICE = ("因小区二次供水设施年度清洗消毒，定于12月3日（星期四）8:00至16:00暂停供水。\n\n"
          "请各位业主、住户提前做好储水准备。给您带来的不便，敬请谅解！")


def shoot(language: str, db_path: Path) -> None:
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtWidgets import QApplication

    import pmdesk.ui.app as app_module
    from pmdesk.core.safety import auth
    from pmdesk.i18n import translate
    from pmdesk.ui.dialogs.about import AboutDialog
    from pmdesk.ui.dialogs.archive import ArchiveDialog
    from pmdesk.ui.dialogs.audit_log import AuditLogDialog
    from pmdesk.ui.dialogs.checkup import CheckDialog
    from pmdesk.ui.dialogs.connect_server import ConnectServerDialog
    from pmdesk.ui.dialogs.letter_editor import LetterEditor
    from pmdesk.ui.dialogs.office_profile import OfficeProfileDialog
    from pmdesk.ui.dialogs.restore import RestoreDialog

    app = app_module.create_app([sys.argv[0]])
    window = app_module.start(db_path, language)
    window.resize(1366, 728)
    window.move(0, 0)
    suffix = "zh" if language == "zh_CN" else "en"

    def grab(widget, name: str) -> None:
        geometry = widget.frameGeometry()
        shot = QApplication.primaryScreen().grabWindow(0, geometry.x(), geometry.y(),
                                                       geometry.width(), geometry.height())
        shot.save(str(IMAGES / f"{name}-{suffix}.png"))

    def later(step) -> None:
        QTimer.singleShot(500, step)

    def when_on(wizard, page: int, step) -> None:
        """`step` once the import wizard's background reading has brought it to `page`."""
        if wizard.pages.currentIndex() == page:
            step()
        else:
            QTimer.singleShot(100, lambda: when_on(wizard, page, step))

    def sign_in() -> None:
        from pmdesk.core.demo import DEMO_PASSWORD
        from pmdesk.ui.access import SignInDialog

        window._show_locked(True)
        dialog = SignInDialog(translate("MainWindow", "请登录物业前台。"), window, name="李小梅")
        dialog.password.setText(DEMO_PASSWORD)
        dialog.show()

        def signed_in() -> None:
            grab(window, "sign-in")
            dialog.close()
            auth.sign_in("王经理", DEMO_PASSWORD)
            window._signed_in()
            later(main_window)

        later(signed_in)

    def main_window() -> None:
        window.tabs.setCurrentWidget(window.today_tab)  # the window's home
        later(today)

    def today() -> None:
        grab(window, "today")
        window.tabs.setCurrentWidget(window.residents_tab)
        later(residents)

    def residents() -> None:
        grab(window, "main-window")
        window.residents_tab.search.setText("zw")
        later(searched)

    def searched() -> None:
        grab(window, "residents-search")
        tab = window.residents_tab
        tab.search.clear()
        tab.building.setCurrentIndex(tab.building.findData("3"))
        tab.map_button.setChecked(True)
        later(building_map)

    def building_map() -> None:
        grab(window, "building-map")
        tab = window.residents_tab
        tab.map_button.setChecked(False)
        tab.building.setCurrentIndex(0)
        from pmdesk.ui.dialogs.household import HouseholdCard

        card = HouseholdCard(tab.model.unit_id(4), window)
        card.show()
        card.move(window.x() + 150, window.y() + 40)
        later(lambda: (grab(card, "household-card"), card.close(), wizard()))

    def wizard() -> None:
        from pmdesk.ui.dialogs.import_wizard import ImportWizard

        dialog = ImportWizard(window)
        dialog.show()
        dialog.move(window.x() + 200, window.y() + 60)
        dialog.load(ROSTER)  # read in the background: wait for each page

        when_on(dialog, 1, lambda: (dialog.check_columns(), when_on(dialog, 2, lambda: later(
            lambda: (grab(dialog, "import-report"), dialog.close(), menus())))))

    def menus() -> None:
        menu = window.menuBar().actions()[0].menu()
        menu.popup(window.mapToGlobal(QPoint(8, window.menuBar().height())))
        later(file_menu)

    def file_menu() -> None:
        grab(window, "file-menu")
        window.menuBar().actions()[0].menu().close()
        dialog = ConnectServerDialog(window.settings, window,
                                     url="postgresql://pmdesk@192.168.1.10:5432/office")
        dialog.show()
        dialog.move(window.x() + 200, window.y() + 120)
        later(lambda: (grab(dialog, "connect-server"), dialog.close(), about()))

    def about() -> None:
        dialog = AboutDialog(window.db_path, window)
        dialog.show()
        dialog.move(window.x() + 200, window.y() + 80)
        later(lambda: (grab(dialog, "about"), dialog.close(), profile()))

    def profile() -> None:
        dialog = OfficeProfileDialog(window)
        dialog.show()
        dialog.move(window.x() + 200, window.y() + 120)
        later(lambda: (grab(dialog, "office-profile"), dialog.close(), editor()))

    def editor() -> None:
        dialog = LetterEditor("notice", window)
        dialog.title.setText("停水通知")
        dialog.body.setPlainText(NOTICE)
        dialog.show()
        dialog.move(window.x() + 200, window.y() + 20)
        later(lambda: (grab(dialog, "notice-editor"), generate(dialog)))

    def generate(dialog) -> None:
        def shoot_preview() -> None:
            preview = QApplication.activeModalWidget()
            preview.move(window.x() + 160, window.y())
            preview.resize(760, 680)
            QTimer.singleShot(500, lambda: (grab(preview, "preview"), preview.close()))

        QTimer.singleShot(300, shoot_preview)
        dialog.generate()
        later(archive)

    def archive() -> None:
        dialog = ArchiveDialog(window)
        dialog.show()
        dialog.move(window.x() + 100, window.y() + 60)
        later(lambda: (grab(dialog, "archive"), dialog.close(), cash_desk()))

    def cash_desk() -> None:
        from pmdesk.core.money.reports import arrears

        owing = max(arrears().rows, key=lambda row: (row.months < 12, row.months))
        window.collect_from(owing.unit_id)
        desk = window.fees_tab.desk
        desk.model.set_ticked(len(desk.model.rows) - 1, False)
        desk.method.setCurrentIndex(desk.method.findData("cash"))
        desk.tendered.setText(str(int(desk._amount() / 100) // 100 * 100 + 100))
        later(lambda: (grab(window, "cash-desk"), arrears_page()))

    def arrears_page() -> None:
        pages = window.fees_tab.pages
        pages.setCurrentWidget(window.fees_tab.arrears)
        QTimer.singleShot(1500, lambda: (grab(window, "arrears"), rates_page()))

    def rates_page() -> None:
        window.fees_tab.pages.setCurrentWidget(window.fees_tab.collection)
        QTimer.singleShot(1500, lambda: (grab(window, "collection-rates"), daily_page()))

    def daily_page() -> None:
        from datetime import date

        from pmdesk.core.safety.db import db

        busiest = db.execute_sql("SELECT paid_on FROM payment GROUP BY paid_on "
                                 "ORDER BY paid_on DESC LIMIT 1").fetchone()[0]
        daily = window.fees_tab.daily
        window.fees_tab.pages.setCurrentWidget(daily)
        daily.day.setValue(date.fromisoformat(busiest))
        later(lambda: (grab(window, "daily-takings"), collections_page()))

    def collections_page() -> None:
        view = window.fees_tab.collecting
        window.fees_tab.pages.setCurrentWidget(view)

        def select() -> None:
            refusing = next((i for i, row in enumerate(view.model.rows)
                             if row.reason == "refusal" and row.case.next_action), 0)
            view.table.selectRow(refusing)
            view.show_selected()
            later(lambda: (grab(window, "collections"), ledger()))

        QTimer.singleShot(1500, select)

    def ledger() -> None:
        from pmdesk.ui.dialogs.household import HouseholdCard

        card = HouseholdCard(window.residents_tab.model.unit_id(4), window)
        card.pages.setCurrentIndex(1)
        card.show()
        card.move(window.x() + 150, window.y() + 20)
        later(lambda: (grab(card, "household-ledger"), card.close(), complaints_tab()))

    def complaints_tab() -> None:
        from pmdesk.core.service import complaints

        window.tabs.setCurrentWidget(window.complaints_tab)
        queue = window.complaints_tab.view
        busy = max(queue.model.rows, key=lambda item: len(complaints.timeline(item.id)))
        queue.select(busy.id)
        later(lambda: (grab(window, "complaints-queue"), timeline()))

    def timeline() -> None:
        from pmdesk.core.service import complaints

        queue = window.complaints_tab.view
        queue.status.setCurrentIndex(queue.status.findData("closed"))
        closed = next(item for item in queue.model.rows if item.kind == "complaint"
                      and len(complaints.timeline(item.id)) >= 6)
        queue.select(closed.id)
        later(lambda: (grab(window, "complaint-timeline"), statistics()))

    def statistics() -> None:
        from pmdesk.ui.dialogs.complaint_stats import StatisticsDialog

        dialog = StatisticsDialog(window)
        dialog.show()
        dialog.move(window.x() + 10, window.y() + 20)
        later(lambda: (grab(dialog, "complaint-statistics"), dialog.close(), events_tab()))

    def events_tab() -> None:
        window.tabs.setCurrentWidget(window.events_tab)
        view = window.events_tab.view
        if view.model.rows:
            view.select(view.model.rows[0].id)
        later(lambda: (grab(window, "events-calendar"), finished_event()))

    def finished_event() -> None:
        view = window.events_tab.view
        calendar = view.calendar
        year, month = calendar.yearShown(), calendar.monthShown()
        calendar.setCurrentPage(year - (month == 1), 12 if month == 1 else month - 1)
        done = next((e for e in view.model.rows if e.status == "finished"), None)
        if done:
            view.select(done.id)
        later(lambda: (grab(window, "event-attendance"), surveys_tab()))

    def surveys_tab() -> None:
        window.tabs.setCurrentWidget(window.surveys_tab)
        later(lambda: (grab(window, "survey-results"), survey_entry()))

    def survey_entry() -> None:
        from pmdesk.core.service import surveys
        from pmdesk.ui.dialogs.surveys import EntryDialog

        survey = window.surveys_tab.view.selected()
        dialog = EntryDialog(survey, window)
        dialog.show()
        dialog.room.setText(next(a.room for a in surveys.households(survey.id)
                                 if a.status == "answered" and a.comment))
        dialog.find_room()
        later(lambda: (grab(dialog, "survey-entry"), dialog.close(), incidents_tab()))

    def incidents_tab() -> None:
        window.tabs.setCurrentWidget(window.incidents_tab)
        view = window.incidents_tab.view
        stuck = next(i for i in view.model.rows if i.kind == "lift" and not i.planned)
        view.select(stuck.id)
        view.lists.setCurrentIndex(1)
        later(lambda: (grab(window, "incident"), incident_form()))

    def incident_form() -> None:
        from pmdesk.ui.dialogs.incidents import IncidentDialog

        dialog = IncidentDialog(window)
        dialog.show()
        dialog.move(window.x() + 300, window.y() + 20)
        later(lambda: (grab(dialog, "incident-form"), dialog.close(), relations_tab()))

    def relations_tab() -> None:
        window.tabs.setCurrentWidget(window.relations_tab)
        view = window.relations_tab.view
        view.select(next(o.id for o in view.model.rows if o.kind == "supplier"))
        view.lists.setCurrentIndex(2)
        later(lambda: (grab(window, "supplier"), renovations_tab()))

    def renovations_tab() -> None:
        window.tabs.setCurrentWidget(window.renovations_tab)
        view = window.renovations_tab.view
        settled = next(r for r in view.model.rows if r.deducted)
        view.select(settled.id)
        view.pages.setCurrentIndex(3)
        later(lambda: (grab(window, "renovation"), renovation_refund()))

    def renovation_refund() -> None:
        from pmdesk.core.money.amounts import yuan
        from pmdesk.core.service import renovations
        from pmdesk.ui.dialogs.renovations import RefundDialog

        waiting = renovations.renovations(stage="refund")[0]
        dialog = RefundDialog(waiting, window)
        dialog.deduction.setText(yuan(20000))
        dialog.reason.setPlainText("楼道墙面刮花，重新粉刷")
        dialog.show()
        dialog.move(window.x() + 300, window.y() + 60)
        later(lambda: (grab(dialog, "renovation-refund"), dialog.close(), restore_dialog()))

    def restore_dialog() -> None:
        from pmdesk.core.safety import backup

        backup.backup_to(window.db_path, label="before-import")
        dialog = RestoreDialog(window.db_path, window)
        dialog.show()
        later(lambda: (grab(dialog, "restore"), dialog.close(), audit_log()))

    def audit_log() -> None:
        dialog = AuditLogDialog(window)
        dialog.kind.setCurrentIndex(0)
        dialog.show()
        later(lambda: (grab(dialog, "audit-log"), dialog.close(), check()))

    def check() -> None:
        dialog = CheckDialog(window.db_path, window)
        dialog.show()
        dialog.start()
        QTimer.singleShot(4000, lambda: (grab(dialog, "check-database"), dialog.close(),
                                         first_day()))

    def first_day() -> None:
        from pmdesk.ui.dialogs.first_day import FirstDayDialog

        dialog = FirstDayDialog({
            "office": [(translate("MainWindow", "填写…"), lambda: None)],
            "register": [(translate("MainWindow", "导入名册…"), lambda: None),
                         (translate("MainWindow", "添加住户…"), lambda: None)],
            "fee_items": [(translate("MainWindow", "收费项目…"), lambda: None)],
            "opening": [(translate("MainWindow", "导入欠费…"), lambda: None),
                        (translate("MainWindow", "导入预存…"), lambda: None),
                        (translate("MainWindow", "没有期初余额"), lambda: None)],
            "billing": [(translate("MainWindow", "出账…"), lambda: None)],
            "accounts": [(translate("MainWindow", "账号与权限…"), lambda: None)]}, window)
        dialog.show()
        dialog.move(window.x() + 300, window.y() + 150)
        later(lambda: (grab(dialog, "first-day"), dialog.close(), opening_wizard()))

    def opening_wizard() -> None:
        from pmdesk.ui.dialogs.opening_wizard import OpeningWizard

        dialog = OpeningWizard("credit", window)
        dialog.show()
        dialog.move(window.x() + 200, window.y() + 60)
        dialog.load(CREDIT)

        when_on(dialog, 1, lambda: (dialog.check_columns(), when_on(dialog, 2, lambda: later(
            lambda: (grab(dialog, "opening-report"), dialog.close(), add_household())))))

    def add_household() -> None:
        from pmdesk.ui.dialogs.household import AddHouseholdDialog

        dialog = AddHouseholdDialog(window)
        dialog.room.setText("21-1-101")
        dialog.area.setText("89.5")
        dialog.handover.edit.setText("12.1")
        dialog.owner.setText("张伟")
        dialog.show()
        dialog.move(window.x() + 400, window.y() + 150)
        later(lambda: (grab(dialog, "add-household"), dialog.close(), intake()))

    def intake() -> None:
        from pmdesk.core.money.reports import arrears
        from pmdesk.ui.dialogs.complaints import IntakeDialog

        dialog = IntakeDialog(window, unit_code=arrears().rows[0].room)
        dialog.occurred.edit.setText("昨天 下午3点")
        dialog.description.setPlainText("楼上掉下的石块砸坏了停在楼下的轿车。")
        dialog.show()
        dialog.move(window.x() + 400, window.y() + 60)
        later(lambda: (grab(dialog, "complaint-intake"), dialog.close(), bad_date()))

    def bad_date() -> None:
        from pmdesk.core.money.reports import arrears
        from pmdesk.ui.dialogs.collecting import ActionDialog

        dialog = ActionDialog(arrears().rows[0].unit_id, parent=window)
        dialog.said.setPlainText("业主答应月底前来交。")
        dialog.next_date.edit.setText("2026-13-45")
        dialog.show()
        dialog.move(window.x() + 400, window.y() + 150)
        later(lambda: (grab(dialog, "date-refused"), dialog.close(), owing_map()))

    def owing_map() -> None:
        window.tabs.setCurrentWidget(window.residents_tab)
        tab = window.residents_tab
        tab.building.setCurrentIndex(tab.building.findData("3"))
        tab.owing.setCurrentIndex(tab.owing.findData(1))
        tab.map_button.setChecked(True)
        later(lambda: (grab(window, "building-map-arrears"), app.quit()))

    QTimer.singleShot(600, sign_in)
    app.exec()


def make_roster() -> None:
    """A small roster with the usual problems, for the import report."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["阳光花园三期业主名册"])
    sheet.append(["楼号", "单元", "房号", "业主姓名", "联系电话", "建筑面积(㎡)", "入住日期"])
    for room in range(1, 9):
        sheet.append([301, 1, f"{room}01", f"业主{room}", 13800138000 + room, 89.5, "2024/5/1"])
    sheet.append([301, 1, "", "钱七", "13900000002", 90, "2024/05/01"])
    sheet.append([301, 1, "902", "孙八", "1390000000", 95, "2024/05/01"])
    sheet.append([301, 1, "903", "周九", "13900000005", "待测", "2024/05/01"])
    book.save(ROSTER)


def make_credit(db_path: Path) -> None:
    """Prepaid balances from an old system for four of the demo's households (one unknown)."""
    import sqlite3

    from openpyxl import Workbook

    conn = sqlite3.connect(db_path)
    rooms = [code for (code,) in conn.execute("SELECT code FROM unit ORDER BY id LIMIT 4")]
    conn.close()
    book = Workbook()
    sheet = book.active
    sheet.append(["原系统预存余额（截至 11 月 30 日）"])
    sheet.append(["房号", "客户名称", "预存余额"])
    for room, amount in zip(rooms, (300, "1,288.50", 56.2, 0), strict=True):
        sheet.append([room, "", amount])
    sheet.append(["99-9-999", "", 100])
    sheet.append(["合计", "", 1744.7])
    book.save(CREDIT)


def main() -> None:
    if len(sys.argv) == 3:
        shoot(sys.argv[1], Path(sys.argv[2]))
        return
    IMAGES.mkdir(exist_ok=True)
    make_roster()
    with tempfile.TemporaryDirectory() as scratch:
        db_path = Path(scratch) / "demo.db"
        subprocess.run([sys.executable, "-m", "pmdesk", "--db", str(db_path), "demo",
                        "--households", "2000"], check=True, stdout=subprocess.DEVNULL)
        make_credit(db_path)
        env_dirs = {"XDG_CONFIG_HOME": scratch, "XDG_STATE_HOME": scratch}
        for language in ("zh_CN", "en"):
            subprocess.run([sys.executable, __file__, language, str(db_path)], check=True,
                           env={**__import__("os").environ, **env_dirs})


if __name__ == "__main__":
    main()
