"""The body of the 社区活动 tab."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.money.amounts import money_text
from pmdesk.core.service import events
from pmdesk.core.settings import get_office_profile
from pmdesk.documents.events import poster, signin_sheet, signup_sheet
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import EVENT_STATUSES, EVENT_TYPES, SIGNUP_STATUSES, label
from pmdesk.ui.alerts import show_error
from pmdesk.ui.dialogs.events import EventDialog, FeedbackDialog, ParticipationDialog, SignupDialog
from pmdesk.ui.documents import issue_letter
from pmdesk.ui.exports import export_sheet
from pmdesk.ui.forms import button
from pmdesk.ui.models import Column, RowTableModel, select_id, selected_row, table_view

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
EVENTS = [
    Column(QT_TRANSLATE_NOOP("EventsView", "时间"), lambda e: e.starts_at.replace("T", " ")),
    Column(QT_TRANSLATE_NOOP("EventsView", "活动"), lambda e: e.title),
    Column(QT_TRANSLATE_NOOP("EventsView", "类型"), lambda e: label(EVENT_TYPES, e.type)),
    Column(QT_TRANSLATE_NOOP("EventsView", "地点"), lambda e: e.place),
    Column(QT_TRANSLATE_NOOP("EventsView", "状态"), lambda e: label(EVENT_STATUSES, e.status)),
    Column(QT_TRANSLATE_NOOP("EventsView", "名额"), lambda e: e.capacity or "—", RIGHT),
    Column(QT_TRANSLATE_NOOP("EventsView", "报名"), lambda e: e.confirmed, RIGHT),
    Column(QT_TRANSLATE_NOOP("EventsView", "候补"), lambda e: e.waiting or "", RIGHT),
    Column(QT_TRANSLATE_NOOP("EventsView", "到场"), lambda e: e.attended or "", RIGHT),
]
def signup_state(signup: events.Signup) -> str:
    if signup.walk_in:
        return translate("EventsView", "现场登记")
    if signup.status == "waiting":
        return translate("EventsView", "候补第 {position} 位").format(position=signup.position)
    return label(SIGNUP_STATUSES, signup.status)


SIGNUPS = [
    Column(QT_TRANSLATE_NOOP("EventsView", "房号"), lambda s: s.room),
    Column(QT_TRANSLATE_NOOP("EventsView", "业主"), lambda s: s.owner),
    Column(QT_TRANSLATE_NOOP("EventsView", "人数"), lambda s: s.people, RIGHT),
    Column(QT_TRANSLATE_NOOP("EventsView", "状态"), lambda s: signup_state(s)),
    Column(QT_TRANSLATE_NOOP("EventsView", "到场"),
           lambda s: "" if s.attended is None else s.attended, RIGHT),
    Column(QT_TRANSLATE_NOOP("EventsView", "联系方式"), lambda s: s.contact),
    Column(QT_TRANSLATE_NOOP("EventsView", "备注"), lambda s: s.remarks),
]


class EventsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setMaximumWidth(380)
        self.calendar.setSelectedDate(QDate(clock.today()))  # the office's today, not the PC's
        self.calendar.currentPageChanged.connect(self.show_month)
        self.calendar.clicked.connect(self.pick_day)
        self.model = RowTableModel(EVENTS, "EventsView", self)
        self.table = table_view(self.model, stretch=1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.month_label = QLabel()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.signups_model = RowTableModel(SIGNUPS, "EventsView", self)
        self.signups = table_view(self.signups_model, stretch=6)
        self.find = QLineEdit()  # check-in at the door: type the room or name, Enter
        self.find.setClearButtonEnabled(True)
        self.find.setPlaceholderText(translate("EventsView", "签到：输入房号或姓名，回车"))
        self.find.textChanged.connect(self.show_signups)
        self.find.returnPressed.connect(self.check_in_found)
        self.shown: tuple[int, int] = (clock.today().year, clock.today().month)
        self.all_signups: list[events.Signup] = []

        top = QHBoxLayout()
        for widget in (button(translate("EventsView", "新活动(&N)…"), self.new),
                       button(translate("EventsView", "修改…"), self.edit),
                       button(translate("EventsView", "发布"), lambda: self.status("published")),
                       button(translate("EventsView", "结束"), lambda: self.status("finished")),
                       button(translate("EventsView", "取消活动…"), self.cancel_event)):
            top.addWidget(widget)
        top.addStretch()
        for widget in (button(translate("EventsView", "参与情况…"), self.participation),
                       button(translate("EventsView", "导出 Excel…"), self.export)):
            top.addWidget(widget)
        people = QHBoxLayout()
        for widget in (button(translate("EventsView", "报名(&S)…"), self.sign_up),
                       button(translate("EventsView", "取消报名"), self.cancel_signup),
                       button(translate("EventsView", "签到"), self.check_in),
                       button(translate("EventsView", "现场登记…"), self.walk_in),
                       button(translate("EventsView", "反馈…"), self.feedback)):
            people.addWidget(widget)
        people.addStretch()
        papers = QHBoxLayout()
        papers.addStretch()
        for widget in (button(translate("EventsView", "活动通知…"), lambda: self.poster(False)),
                       button(translate("EventsView", "大字版…"), lambda: self.poster(True)),
                       button(translate("EventsView", "报名表…"), lambda: self.sheet("signup")),
                       button(translate("EventsView", "签到表…"), lambda: self.sheet("signin"))):
            papers.addWidget(widget)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.calendar)
        left_layout.addWidget(self.month_label)
        left_layout.addStretch()
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail)
        detail_layout.addLayout(people)
        detail_layout.addLayout(papers)
        detail_layout.addWidget(self.find)
        detail_layout.addWidget(self.signups, 1)
        right.addWidget(detail)
        right.setObjectName("events")  # its sizes are remembered (MainWindow)
        right.setStretchFactor(0, 1)  # the sign-up list gets the room
        right.setStretchFactor(1, 3)
        body = QHBoxLayout()
        body.addWidget(left)
        body.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    # -- reading ------------------------------------------------------------------------

    def show_month(self, year: int, month: int) -> None:
        self.shown = (year, month)
        self.load()

    def load(self) -> None:
        year, month = self.shown
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        selected = self.selected()
        rows = events.events(first=first, last=last)
        self.model.set_rows(rows)
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear the marks
        marked = QTextCharFormat()
        marked.setFontWeight(700)
        marked.setBackground(Qt.GlobalColor.yellow)
        for item in rows:
            day = date.fromisoformat(item.starts_at[:10])
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), marked)
        self.month_label.setText(translate("EventsView", "{year}年{month}月：{count} 场活动")
                                 .format(year=year, month=month, count=len(rows)))
        for index, row in enumerate(rows):
            if selected and row.id == selected.id:
                self.table.selectRow(index)
                break
        self.show_selected()

    def pick_day(self, qdate: QDate) -> None:
        day = qdate.toPython().isoformat()
        for index, row in enumerate(self.model.rows):
            if row.starts_at[:10] == day:
                self.table.selectRow(index)
                return

    def selected(self) -> events.Event | None:
        return selected_row(self.table)

    def select(self, event_id: int) -> None:
        item = events.event(event_id)
        day = date.fromisoformat(item.starts_at[:10])
        if (day.year, day.month) != self.shown:
            self.calendar.setCurrentPage(day.year, day.month)  # loads that month
        else:
            self.load()  # a new or changed event of the month shown
        if select_id(self.table, event_id):
            self.show_selected()

    def show_selected(self) -> None:
        item = self.selected()
        if item is None:
            self.detail.setText(translate("EventsView", "选中一场活动，查看报名和到场情况。"))
            self.all_signups = []
            self.signups_model.set_rows([])
            return
        item = events.event(item.id)
        average, comments = events.feedback(item.id)
        budget = money_text(item.budget) if item.budget is not None else "—"
        cost = money_text(item.cost) if item.cost is not None else "—"
        self.detail.setText(translate(
            "EventsView", "<b>{title}</b>　{status}　{place}<br>报名 {confirmed} 人，候补 "
                          "{waiting} 人，到场 {attended} 人；预算 {budget}，花费 {cost}；"
                          "满意度 {satisfaction}；照片 {photos} 张{reason}").format(
            title=item.title, status=label(EVENT_STATUSES, item.status), place=item.place,
            confirmed=item.confirmed, waiting=item.waiting, attended=item.attended,
            budget=budget, cost=cost, satisfaction=f"{average:.1f}" if average else "—",
            photos=len(events.photos(item.id)),
            reason=translate("EventsView", "；取消原因：{reason}").format(
                reason=item.cancel_reason) if item.cancel_reason else ""))
        self.all_signups = events.signups(item.id)
        self.show_signups()

    def show_signups(self) -> None:
        text = self.find.text().strip()
        rows = self.all_signups
        if text:
            rows = [s for s in rows if text in s.room or text in s.owner]
        self.signups_model.set_rows(rows)
        if rows and text:
            self.signups.selectRow(0)

    def check_in_found(self) -> None:
        """Enter in the search box checks in the one household it found; a room or name that
        did not sign up is said so, with the way to record a walk-in."""
        text = self.find.text().strip()
        if len(self.signups_model.rows) == 1:
            if self._check_in(self.signups_model.rows[0]):
                self.find.clear()
        elif text and not self.signups_model.rows:
            QMessageBox.information(self, translate("EventsView", "签到"), translate(
                "EventsView", "“{text}”没有报名这场活动。如果已经到场，请点“现场登记”。").format(
                text=text))

    def _check_in(self, signup: events.Signup) -> bool:
        """签到; a waiting household is let in only when the clerk says so."""
        admit = False
        if signup.status == "waiting":
            answer = QMessageBox.question(
                self, translate("EventsView", "候补住户签到"), translate(
                    "EventsView", "{room}（{owner}，{people} 人）是候补第 {position} 位，"
                                  "还没有名额。\n\n现场还有位置的话，可以让其入场：转为正式报名并签到。"
                                  "让其入场吗？").format(
                    room=signup.room, owner=signup.owner or "-", people=signup.people,
                    position=signup.position),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
            admit = True
        try:
            events.check_in(signup.id, admit=admit)
        except PmdeskError as exc:
            show_error(self, exc)
            return False
        self.load()
        return True

    # -- doing --------------------------------------------------------------------------

    def _event(self) -> events.Event | None:
        item = self.selected()
        if item is None:
            QMessageBox.information(self, translate("EventsView", "社区活动"),
                                    translate("EventsView", "请先选中一场活动。"))
            return None
        return events.event(item.id)

    def new(self) -> None:
        dialog = EventDialog(parent=self)
        if dialog.exec() and dialog.saved:
            self.select(dialog.saved.id)

    def edit(self) -> None:
        item = self._event()
        if item is not None and EventDialog(item, self).exec():
            self.load()

    def status(self, status: str) -> None:
        item = self._event()
        if item is None:
            return
        try:
            events.set_status(item.id, status)
        except PmdeskError as exc:
            show_error(self, exc)
        self.load()

    def cancel_event(self) -> None:
        item = self._event()
        if item is None:
            return
        reason, ok = QInputDialog.getText(
            self, translate("EventsView", "取消活动"),
            translate("EventsView", "取消的原因（会告知报名的住户）："))
        if not ok:
            return
        try:
            events.set_status(item.id, "cancelled", reason=reason)
        except PmdeskError as exc:
            show_error(self, exc)
        self.load()

    def _signup(self) -> events.Signup | None:
        rows = self.signups.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, translate("EventsView", "社区活动"),
                                    translate("EventsView", "请先选中一户报名。"))
            return None
        return self.signups_model.rows[rows[0].row()]

    def _run(self, dialog) -> None:
        if dialog.exec():
            self.load()

    def sign_up(self) -> None:
        """报名 — only on a published event (said before the form, not after it is filled);
        a household that lands on the waiting list is told its place at once."""
        item = self._event()
        if item is None:
            return
        if item.status != "published":
            show_error(self, ValidationError("event", "event.not_open", title=item.title))
            return
        dialog = SignupDialog(item, parent=self)
        self._run(dialog)
        signup = dialog.result_signup
        if signup is not None and signup.status == "waiting":
            QMessageBox.information(self, translate("EventsView", "已登记候补"), translate(
                "EventsView", "“{title}”名额已满，{room} 已登记为候补第 {position} 位。\n"
                              "有人取消报名时按先后顺序递补，届时请通知住户。").format(
                title=item.title, room=signup.room, position=signup.position))

    def walk_in(self) -> None:
        item = self._event()
        if item is not None:
            self._run(SignupDialog(item, walk_in=True, parent=self))

    def cancel_signup(self) -> None:
        chosen = self._signup()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, translate("EventsView", "取消报名"), translate(
                "EventsView", "取消 {room}（{owner}，{people} 人）的报名吗？").format(
                room=chosen.room, owner=chosen.owner or "-", people=chosen.people),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            moved = events.cancel_signup(chosen.id)
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.load()
        text = translate("EventsView", "已取消 {room} 的报名。").format(room=chosen.room)
        if moved:
            text += "\n" + translate(
                "EventsView", "候补的 {rooms}递补为正式报名，请通知他们。").format(
                rooms="、".join(f"{s.room}（{s.owner or '-'}）" for s in moved))
        QMessageBox.information(self, translate("EventsView", "取消报名"), text)

    def check_in(self) -> None:
        chosen = self._signup()
        if chosen is not None:
            self._check_in(chosen)

    def feedback(self) -> None:
        item = self._event()
        if item is not None:
            self._run(FeedbackDialog(item, self))

    def poster(self, large: bool) -> None:
        item = self._event()
        if item is None:
            return
        office = get_office_profile()
        letter = poster(item, phone=office.phone if office else "", large_print=large)
        issue_letter(self, letter, kind="event_poster", subject=item.title)

    def sheet(self, which: str) -> None:
        item = self._event()
        if item is None:
            return
        make = signup_sheet if which == "signup" else signin_sheet
        people = events.signups(item.id)
        letter = make(item, people)
        issue_letter(self, letter, kind=f"{which}_sheet", subject=letter.title,
                     unit_ids=[s.unit_id for s in people])

    def participation(self) -> None:
        ParticipationDialog(self).exec()

    def export(self):
        return export_sheet(self, "events", f"社区活动-{clock.today().isoformat()}.xlsx")
