"""The main window: four tabs, the menus, the status bar. It wires signals; it holds no rules.
Who is at the desk (sign-in, the screen lock) is `desk_lock`; the 文件 menu's work on the
database is `file_menu`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from pmdesk.core.first_day import set_no_opening
from pmdesk.core.safety import auth, server, session
from pmdesk.core.safety.db import db, is_read_only
from pmdesk.core.settings import get_office_profile, safety_settings
from pmdesk.i18n import translate
from pmdesk.ui.alerts import show_error
from pmdesk.ui.desk_lock import DeskLock
from pmdesk.ui.file_menu import FileMenu
from pmdesk.ui.tabs.complaints import ComplaintsTab
from pmdesk.ui.tabs.events import EventsTab
from pmdesk.ui.tabs.fees import FeesTab
from pmdesk.ui.tabs.incidents import IncidentsTab
from pmdesk.ui.tabs.relations import RelationsTab
from pmdesk.ui.tabs.renovations import RenovationsTab
from pmdesk.ui.tabs.residents import ResidentsTab
from pmdesk.ui.tabs.surveys import SurveysTab
from pmdesk.ui.tabs.today import TodayTab
from pmdesk.ui.ui_settings import UiSettings

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

DEMO_HOUSEHOLDS = 2000
DEMO_YEARS = 2  # of bills and payments
# What another desk's change on the server means for this window (`heard`)
MONEY = {"fee_item", "opening_batch", "bill", "payment", "payment_void", "allocation",
         "reduction", "credit", "collection_case", "collection_action", "demand_letter",
         "delivery", "instalment_plan", "instalment", "opening_undo", "opening_payment",
         "credit_entry"}
REGISTER = {"building", "unit", "person", "occupancy", "tag", "unit_tag", "vehicle"}
COMPLAINTS = {"complaint", "complaint_step", "complaint_file"}
EVENTS = {"event", "signup", "event_feedback", "event_file", "event_partner"}
SURVEYS = {"survey", "survey_household", "survey_answer", "improvement_plan"}
INCIDENTS = {"incident", "incident_area", "incident_update"}
RELATIONS = {"organisation", "org_person", "contact_log", "contact_file"}
RENOVATIONS = {"renovation", "renovation_worker", "renovation_payment", "deposit_entry",
               "clearance_booking", "renovation_inspection", "renovation_violation",
               "renovation_file"}
PROFILE = {"office_profile", "setting"}


class MainWindow(DeskLock, FileMenu, QMainWindow):
    first_painted = Signal()  # the window is on screen: time for the work that could wait

    def __init__(self, db_path: Path | str, settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_server = server.is_server(db_path)  # the 网络版: a URL, its password in it
        self.db_path = db_path if self.on_server else Path(db_path)
        self.watch = None  # the server's (`server_link.ServerWatch`), once the window is shown
        self.settings = settings
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._build_tabs()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self._lock_page())
        self.setCentralWidget(self.stack)
        self.office_label = QLabel()
        self.warning_label = QLabel()
        self.warning_label.setStyleSheet("color: #8a5a00;")
        self.warning_label.hide()
        self.db_label = QLabel()
        self.user_label = QLabel()
        self.statusBar().addWidget(self.office_label)
        self.statusBar().addWidget(self.warning_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._keeper = self._idle = None  # made when first needed: start-up imports less
        self.signed_in = False
        self.closed = False
        self.brought_forward = 0  # times a second start of pmdesk brought this window forward
        self._build_menus()
        self._restore_state()
        self.refresh_profile()
        self.ready = False
        self.tabs.installEventFilter(self)  # see eventFilter: work that waits for first paint

    # -- construction -------------------------------------------------------------------

    def _build_tabs(self) -> None:
        self.today_tab = TodayTab()
        self.today_tab.open_requested.connect(self.open_today_line)
        self.residents_tab = ResidentsTab()
        self.fees_tab = FeesTab(self.residents_tab.find_units)
        self.residents_tab.collect_requested.connect(self.collect_from)
        self.residents_tab.renovation_requested.connect(self.open_renovation)
        self.residents_tab.import_requested.connect(self.import_roster)
        self.fees_tab.complaint_requested.connect(self.open_complaint)
        self.complaints_tab = ComplaintsTab()
        self.events_tab = EventsTab()
        self.surveys_tab = SurveysTab()
        self.incidents_tab = IncidentsTab()
        self.relations_tab = RelationsTab()
        self.renovations_tab = RenovationsTab()
        for tab, name in ((self.today_tab, "today"), (self.residents_tab, "residents"),
                          (self.fees_tab, "fees"), (self.complaints_tab, "complaints"),
                          (self.events_tab, "events"), (self.surveys_tab, "surveys"),
                          (self.incidents_tab, "incidents"), (self.relations_tab, "relations"),
                          (self.renovations_tab, "renovations")):
            tab.setObjectName(name)  # the tab the window reopens on (UiSettings.last_tab)
        self.tabs.addTab(self.today_tab, translate("MainWindow", "今日"))
        self.tabs.addTab(self.residents_tab, translate("MainWindow", "住户"))
        self.tabs.addTab(self.fees_tab, translate("MainWindow", "收费"))
        self.tabs.addTab(self.complaints_tab, translate("MainWindow", "投诉报修"))
        self.tabs.addTab(self.events_tab, translate("MainWindow", "社区活动"))
        self.tabs.addTab(self.surveys_tab, translate("MainWindow", "满意度"))
        self.tabs.addTab(self.incidents_tab, translate("MainWindow", "事件"))
        self.tabs.addTab(self.renovations_tab, translate("MainWindow", "装修"))
        self.tabs.addTab(self.relations_tab, translate("MainWindow", "联系单位"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.tabs and event.type() == QEvent.Type.Paint:
            self.tabs.removeEventFilter(self)
            QTimer.singleShot(0, self.after_first_paint)
        return False

    def after_first_paint(self) -> None:
        """What can wait until the window is on screen: reading the register, and the keyboard
        shortcuts (the first one makes PySide build the ~100 enums of its `Qt` namespace)."""
        if self.ready:
            return
        self.ready = True
        if self.on_server:
            self.watch_server()
        else:
            from pmdesk.ui.tasks import GUI_BUSY_TIMEOUT_MS

            db.execute_sql(f"PRAGMA busy_timeout = {GUI_BUSY_TIMEOUT_MS}")  # write_when_free
        for action, shortcut in self._shortcuts:
            action.setShortcut(QKeySequence(shortcut))
        self.residents_tab.load()
        self.tabs.currentChanged.connect(self._tab_shown)
        self._tab_shown(self.tabs.currentIndex())
        self.first_painted.emit()

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.today_tab:
            self.today_tab.ensure_loaded()
        elif self.tabs.widget(index) is self.fees_tab:
            self.fees_tab.ensure_loaded()
        elif self.tabs.widget(index) is self.complaints_tab:
            self.complaints_tab.ensure_loaded()
        elif self.tabs.widget(index) is self.events_tab:
            self.events_tab.ensure_loaded()
        elif self.tabs.widget(index) is self.surveys_tab:
            self.surveys_tab.ensure_loaded()
        elif self.tabs.widget(index) is self.incidents_tab:
            self.incidents_tab.ensure_loaded()
        elif self.tabs.widget(index) is self.relations_tab:
            self.relations_tab.ensure_loaded()
        elif self.tabs.widget(index) is self.renovations_tab:
            self.renovations_tab.ensure_loaded()
        self._splitters(restore=True)

    def _splitters(self, *, restore: bool) -> None:
        """The splitters the clerk dragged keep their sizes on this PC (the tabs are built
        when first shown: each is restored then, once)."""
        for splitter in self.findChildren(QSplitter):
            name = splitter.objectName()
            if not name:
                continue
            if not restore:
                self.settings.set_splitter(name, splitter.saveState())
            elif not splitter.property("restored"):
                splitter.setProperty("restored", True)
                state = self.settings.splitter(name)
                if state is not None:
                    splitter.restoreState(state)

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            self._shortcuts.append((action, shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self._shortcuts: list[tuple[QAction, QKeySequence | str]] = []
        bar = self.menuBar()
        self._build_file_menu(bar)

        documents_menu = bar.addMenu(translate("MainWindow", "文书(&D)"))
        self.notice_action = self._action(translate("MainWindow", "写通知(&N)…"),
                                          lambda: self.write_letter("notice"), "Ctrl+N")
        self.certificate_action = self._action(translate("MainWindow", "开证明(&C)…"),
                                               lambda: self.write_letter("certificate"))
        self.archive_action = self._action(translate("MainWindow", "文书档案(&A)…"),
                                           self.open_archive, "Ctrl+Shift+A")
        for item in (self.notice_action, self.certificate_action, None, self.archive_action):
            documents_menu.addSeparator() if item is None else documents_menu.addAction(item)

        settings_menu = bar.addMenu(translate("MainWindow", "设置(&S)"))
        self.profile_action = self._action(translate("MainWindow", "办公室信息(&O)…"),
                                           self.edit_profile)
        settings_menu.addAction(self.profile_action)
        self.accounts_action = self._action(translate("MainWindow", "账号与权限(&U)…"),
                                            self.manage_accounts)
        self.safety_action = self._action(translate("MainWindow", "备份与锁屏(&B)…"),
                                          self.edit_safety)
        settings_menu.addAction(self.accounts_action)
        settings_menu.addAction(self.safety_action)
        language_menu = settings_menu.addMenu(translate("MainWindow", "语言(&L)"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("zh_CN", "中文（简体）"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == self.settings.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = bar.addMenu(translate("MainWindow", "帮助(&H)"))
        help_menu.addAction(self._action(translate("MainWindow", "开始使用清单(&S)…"),
                                         self.first_day))
        help_menu.addAction(self._action(translate("MainWindow", "关于物业前台(&A)"), self.about))

        self.find_action = self._action(translate("MainWindow", "查找住户"), self.find_household,
                                        "Ctrl+F")
        self.addAction(self.find_action)
        self.pay_action = self._action(translate("MainWindow", "收款"), self.take_payment,
                                       "F2")
        self.addAction(self.pay_action)
        for index in range(self.tabs.count()):
            self.addAction(self._action("", lambda _=False, i=index: self.tabs.setCurrentIndex(i),
                                        f"Ctrl+{index + 1}"))

    def _restore_state(self) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).objectName() == self.settings.last_tab:
                self.tabs.setCurrentIndex(index)

    # -- the other desks (网络版) ---------------------------------------------------------

    def watch_server(self) -> None:
        from pmdesk.ui.server_link import ServerWatch

        self.watch = ServerWatch(self.db_path, self)
        self.watch.changed.connect(self.heard)
        self.watch.state.connect(self.show_server_state)
        self.watch.start()

    def show_server_state(self, connected: bool, desks: int) -> None:
        if connected:
            self.db_label.setStyleSheet("")
            self.db_label.setText(translate("MainWindow", "服务器：{server}　在线 {desks} 台")
                                  .format(server=self.place, desks=desks))
        else:
            self.db_label.setStyleSheet("color: #b00020; font-weight: bold;")
            self.db_label.setText(translate("MainWindow", "服务器 {server} 连不上，正在重新连接…")
                                  .format(server=self.place))

    def heard(self, tables: set[str]) -> None:
        """Another desk changed `tables`: what this window shows of them is read again —
        without touching what the clerk is typing."""
        if tables & PROFILE:
            self.refresh_profile()
        if tables & (REGISTER | MONEY):
            self.residents_tab.model.forget()
        if tables & MONEY:
            self.fees_tab.changed_elsewhere()
        if tables & COMPLAINTS:
            self.complaints_tab.refresh()
        if tables & EVENTS:
            self.events_tab.refresh()
        if tables & SURVEYS:
            self.surveys_tab.refresh()
        if tables & (INCIDENTS | COMPLAINTS):  # an incident lists the complaints it caused
            self.incidents_tab.refresh()
        if tables & (RELATIONS | COMPLAINTS):  # a supplier's page lists the repairs sent to it
            self.relations_tab.refresh()
        if tables & (RENOVATIONS | {"payment_void"}):  # a voided receipt takes a deposit back
            self.renovations_tab.refresh()
        if tables & (REGISTER | MONEY | COMPLAINTS | EVENTS | SURVEYS | INCIDENTS | RELATIONS
                     | RENOVATIONS):
            self.today_tab.refresh()

    # -- state shown --------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read what the window shows about the database (after demo, restore, edits)."""
        self.refresh_profile()
        self.residents_tab.load()
        self.fees_tab.refresh()
        self.complaints_tab.refresh()
        self.events_tab.refresh()
        self.surveys_tab.refresh()
        self.incidents_tab.refresh()
        self.relations_tab.refresh()
        self.renovations_tab.refresh()
        self.today_tab.refresh()

    def refresh_profile(self) -> None:
        profile = get_office_profile()
        office = (profile.office_name if profile
                  else translate("MainWindow", "（尚未填写办公室信息）"))
        title = office  # Qt adds the application's name after it: "…服务中心 — 物业前台"
        shown = translate("MainWindow", "数据库：{path}")
        if is_read_only():  # a CD, a write-protected stick, a folder without permission
            title += translate("MainWindow", "（只读）")
            shown = translate("MainWindow", "数据库（只读，不能保存修改）：{path}")
        self.setWindowTitle(title)
        self.office_label.setText(office)
        if not self.on_server:  # a server's label says whether it is there (watch)
            self.db_label.setText(shown.format(path=self.db_path))
        elif not self.db_label.text():
            self.db_label.setText(translate("MainWindow", "服务器：{server}").format(
                server=self.place))
        user = session.current()
        if user is not None:
            from pmdesk.ui.access import role_label

            self.user_label.setText(translate("MainWindow", "操作员：{name}（{role}）").format(
                name=user.name, role=role_label(user.role)))
        else:
            self.user_label.setText("")

    # -- first run ----------------------------------------------------------------------

    def first_run(self) -> None:
        """On a database nobody has set up yet, ask for the office profile or offer the demo."""
        if get_office_profile() is not None:
            return
        from pmdesk.ui.dialogs.welcome import WelcomeDialog

        choice = WelcomeDialog(self).exec()
        if choice == WelcomeDialog.PROFILE:
            self.edit_profile()
            self.first_day()
        elif choice == WelcomeDialog.DEMO:
            self.load_demo()

    def first_day(self) -> None:
        """开始使用: the day-one checklist, each step's button one click away."""
        from pmdesk.ui.dialogs.first_day import FirstDayDialog

        def fees(action: str):
            def run() -> None:
                self.fees_tab.ensure_loaded()
                getattr(self.fees_tab, action)()
            return run

        FirstDayDialog({
            "office": [(translate("MainWindow", "填写…"), self.edit_profile)],
            "register": [(translate("MainWindow", "导入名册…"), self.import_roster),
                         (translate("MainWindow", "添加住户…"), self.residents_tab.add_household)],
            "fee_items": [(translate("MainWindow", "收费项目…"), fees("edit_items"))],
            "opening": [(translate("MainWindow", "导入欠费…"),
                         lambda: self.import_opening("arrears")),
                        (translate("MainWindow", "导入预存…"),
                         lambda: self.import_opening("credit")),
                        (translate("MainWindow", "没有期初余额"), self.no_opening)],
            "billing": [(translate("MainWindow", "出账…"), fees("run_billing"))],
            "accounts": [(translate("MainWindow", "账号与权限…"), self.manage_accounts)],
        }, self).exec()
        self.refresh()

    def no_opening(self) -> None:
        """The office says it brings no opening balances: that step of 开始使用 is done."""
        set_no_opening()

    def load_demo(self, households: int = DEMO_HOUSEHOLDS):
        from pmdesk.core.demo import generate

        def done(counts: dict[str, int]) -> None:
            self.refresh()
            message = translate("MainWindow", "已载入演示数据：{households} 户，{persons} 人。")
            self.statusBar().showMessage(message.format(**counts), 10_000)

        from pmdesk.ui.tasks import run_task

        return run_task(self, lambda progress, cancel: generate(
            households=households, years=DEMO_YEARS, progress=progress),
                        on_done=done, on_error=lambda exc: show_error(self, exc),
                        label=translate("MainWindow", "正在生成演示数据…"))

    # -- actions ------------------------------------------------------------------------

    def edit_profile(self) -> None:
        from pmdesk.ui.dialogs.office_profile import OfficeProfileDialog

        if OfficeProfileDialog(self).exec():
            self.refresh_profile()

    def find_household(self) -> None:
        self.tabs.setCurrentWidget(self.residents_tab)
        self.residents_tab.focus_search()

    def collect_from(self, unit_id: int) -> None:
        self.tabs.setCurrentWidget(self.fees_tab)
        self.fees_tab.collect_from(unit_id)

    def open_complaint(self, complaint_id: int, room: str) -> None:
        """A complaint or repair of the 投诉报修 tab, or its intake form for `room`."""
        self.tabs.setCurrentWidget(self.complaints_tab)
        if complaint_id:
            self.complaints_tab.show_item(complaint_id)
        else:
            self.complaints_tab.new_item(room)

    def open_today_line(self, kind: str, ref: int, unit_id: int) -> None:
        """A line of 今日 opens its record: the complaint, the household's case or cash desk,
        the event, the survey whose plan is due, the incident, the organisation to follow up,
        the receipt to print, the household's card."""
        if kind in ("complaint_overdue", "complaint_due", "followup"):
            self.open_complaint(ref, "")
        elif kind == "collection":
            self.tabs.setCurrentWidget(self.fees_tab)
            self.fees_tab.open_case(ref)
        elif kind == "instalment":
            self.collect_from(ref)
        elif kind == "event":
            self.tabs.setCurrentWidget(self.events_tab)
            self.events_tab.show_event(ref)
        elif kind == "plan":
            self.tabs.setCurrentWidget(self.surveys_tab)
            self.surveys_tab.show_survey(ref)
        elif kind == "incident":
            self.tabs.setCurrentWidget(self.incidents_tab)
            self.incidents_tab.show_incident(ref)
        elif kind in ("contact", "contract"):
            self.tabs.setCurrentWidget(self.relations_tab)
            self.relations_tab.show_organisation(ref)
        elif kind in ("renovation", "clearance"):
            self.open_renovation(ref)
        elif kind == "receipt":
            from pmdesk.ui.receipts import show_receipt

            show_receipt(self, ref)
            self.today_tab.refresh()
        elif unit_id:
            self.residents_tab.open_household(unit_id)
            self.today_tab.refresh()

    def open_renovation(self, renovation_id: int) -> None:
        self.tabs.setCurrentWidget(self.renovations_tab)
        self.renovations_tab.show_renovation(renovation_id)

    def take_payment(self) -> None:
        self.tabs.setCurrentWidget(self.fees_tab)
        self.fees_tab.focus_search()

    def write_letter(self, kind: str) -> None:
        from pmdesk.ui.dialogs.letter_editor import LetterEditor

        LetterEditor(kind, self).exec()

    def open_archive(self) -> None:
        from pmdesk.ui.dialogs.archive import ArchiveDialog

        ArchiveDialog(self).exec()

    def manage_accounts(self) -> None:
        from pmdesk.ui.dialogs.accounts import AccountsDialog

        AccountsDialog(self).exec()
        self.refresh_profile()

    def edit_safety(self) -> None:
        from pmdesk.ui.dialogs.accounts import SafetySettingsDialog

        if SafetySettingsDialog(self).exec():
            settings = safety_settings()
            self.idle.start(settings.lock_minutes)
            if self._keeper is not None and self.keeper.timer.isActive():
                self.keeper.timer.start(settings.backup_minutes * 60_000)
            self.show_backup_reminder()

    def set_language(self, code: str) -> None:
        if code == self.settings.language:
            return
        self.settings.language = code
        answer = QMessageBox.question(
            self, translate("MainWindow", "语言"),
            translate("MainWindow", "新的语言在重新启动物业前台后生效。现在重新启动吗？\n"
                                    "（和正常退出一样：先备份，再重新打开，需要重新登录。）"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.restart_requested = True  # app.run starts the program again once closed
            self.close()

    def about(self) -> None:
        from pmdesk.ui.dialogs.about import AboutDialog

        AboutDialog(self.db_path, self).exec()

    @property
    def place(self) -> str:
        """The database as the clerk may see it: its file, or the server without password."""
        return server.shown(self.db_path)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.signed_in:  # the last backup first, in the background with its progress
            self.signed_in = False
            self.keeper.timer.stop()
            auth.sign_out()

            def failed(exc: BaseException) -> None:
                show_error(self, exc)
                self.close()

            if self.keeper.backup_in_background(
                    "auto", on_done=lambda _path: self.close(), on_error=failed,
                    progress_text=translate("MainWindow", "退出前备份…")) is not None:
                event.ignore()
                return
        self.settings.geometry = self.saveGeometry()
        self._splitters(restore=False)
        self.settings.last_tab = self.tabs.currentWidget().objectName()
        self.settings.sync()
        if self.watch is not None:
            self.watch.stop()
        self.closed = True  # background work that ends later has no one to tell
        super().closeEvent(event)
