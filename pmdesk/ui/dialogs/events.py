"""Event dialogs: plan an event (and its repeats), sign up a household or a walk-in, record
feedback and cost, and the participation report."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmdesk.actions.service import record_feedback, save_event
from pmdesk.core import clock
from pmdesk.core.errors import ValidationError
from pmdesk.core.money.amounts import money_text, parse_money
from pmdesk.core.register.residents import find_unit
from pmdesk.core.service import events
from pmdesk.i18n import translate
from pmdesk.labels import AUDIENCES, EVENT_TYPES, label
from pmdesk.ui.date_field import MomentField
from pmdesk.ui.exports import export_sheet
from pmdesk.ui.forms import FormDialog


class EventDialog(FormDialog):
    """Plan an event or change it: what, when, where, who for, how many, what it may cost."""

    def __init__(self, current: events.Event | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Events", "活动") if current is None
                         else translate("Events", "修改活动 — {title}").format(
                             title=current.title), parent)
        self.current = current
        start = datetime.fromisoformat(current.starts_at) if current else \
            (clock.now() + timedelta(days=7)).replace(hour=9, minute=0, second=0,
                                                         microsecond=0)
        self.title = QLineEdit(current.title if current else "")
        self.type = QComboBox()
        for code in EVENT_TYPES:
            self.type.addItem(label(EVENT_TYPES, code), code)
        self.type.setCurrentIndex(self.type.findData(current.type if current else "sports"))
        self.starts = MomentField(start)
        self.ends = MomentField(datetime.fromisoformat(current.ends_at) if current
                                 else start + timedelta(hours=2))
        self.place = QLineEdit(current.place if current else "")
        self.organiser = QLineEdit(current.organiser if current else "物业服务中心")
        self.partners: dict[str, QCheckBox] = {}
        partner_row = QHBoxLayout()
        for name in events.partners():
            box = QCheckBox(name)
            box.setChecked(bool(current) and name in current.partners)
            self.partners[name] = box
            partner_row.addWidget(box)
        self.new_partner = QLineEdit()
        self.new_partner.setPlaceholderText(translate("Events", "其他合作方"))
        partner_row.addWidget(self.new_partner)
        self.audience = QComboBox()
        for code in AUDIENCES:
            self.audience.addItem(label(AUDIENCES, code), code)
        self.audience.setCurrentIndex(self.audience.findData(current.audience if current
                                                             else "all"))
        self.buildings = QLineEdit("、".join(current.buildings) if current else "")
        self.buildings.setPlaceholderText(translate("Events", "指定楼栋时填写，如 1、3、5"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 10_000)
        self.capacity.setSpecialValueText(translate("Events", "不限"))
        self.capacity.setValue(current.capacity or 0 if current else 0)
        self.budget = QLineEdit(money_text(current.budget)[1:].replace(",", "")
                                if current and current.budget else "")
        self.deadline = MomentField(datetime.fromisoformat(current.signup_deadline)
                                    if current and current.signup_deadline else None,
                                    optional=True, end_of_day=True)
        self.description = QPlainTextEdit(current.description if current else "")
        self.description.setMaximumHeight(110)
        self.repeat = QComboBox()
        self.repeat.addItem(translate("Events", "不重复"), None)
        self.repeat.addItem(translate("Events", "每周一次"), "week")
        self.repeat.addItem(translate("Events", "每月一次"), "month")
        self.repeat_count = QSpinBox()
        self.repeat_count.setRange(1, 52)
        self.repeat_count.setValue(4)
        self.repeat_count.setSuffix(translate("Events", " 次"))
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat)
        repeat_row.addWidget(self.repeat_count)
        for text, widget in ((translate("Events", "活动名称"), self.title),
                             (translate("Events", "类型"), self.type),
                             (translate("Events", "开始"), self.starts),
                             (translate("Events", "结束"), self.ends),
                             (translate("Events", "地点"), self.place),
                             (translate("Events", "组织者"), self.organiser)):
            self.form.addRow(text, widget)
        self.form.addRow(translate("Events", "合作方"), partner_row)
        for text, widget in ((translate("Events", "对象"), self.audience),
                             (translate("Events", "楼栋"), self.buildings),
                             (translate("Events", "名额（人）"), self.capacity),
                             (translate("Events", "预算（元）"), self.budget),
                             (translate("Events", "报名截止"), self.deadline),
                             (translate("Events", "活动内容"), self.description)):
            self.form.addRow(text, widget)
        if current is None:
            self.form.addRow(translate("Events", "重复"), repeat_row)
        self.finish({"title": self.title, "starts_at": self.starts, "ends_at": self.ends,
                     "place": self.place, "organiser": self.organiser,
                     "buildings": self.buildings, "capacity": self.capacity,
                     "budget": self.budget, "signup_deadline": self.deadline,
                     "description": self.description})
        self.saved: events.Event | None = None

    def submit(self) -> None:
        partners = [name for name, box in self.partners.items() if box.isChecked()]
        if self.new_partner.text().strip():
            partners.append(self.new_partner.text().strip())
        values = dict(
            title=self.title.text(), type=self.type.currentData(),
            starts_at=self.starts.value(), ends_at=self.ends.value(),
            place=self.place.text(), organiser=self.organiser.text(), partners=partners,
            audience=self.audience.currentData(),
            buildings=[b for b in self.buildings.text().replace(",", "、").split("、")],
            capacity=self.capacity.value() or None,
            budget=parse_money(self.budget.text(), field="budget", allow_zero=True)
            if self.budget.text().strip() else None,
            signup_deadline=self.deadline.value(),
            description=self.description.toPlainText())
        self.saved = save_event(
            event_id=self.current.id if self.current else None, **values,
            repeat_every=None if self.current else self.repeat.currentData(),
            repeat_count=self.repeat_count.value())


class SignupDialog(FormDialog):
    """报名 (or 现场登记 for a walk-in): the household by room or resident's name."""

    def __init__(self, event: events.Event, *, walk_in: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__((translate("Events", "现场登记 — {title}") if walk_in
                          else translate("Events", "报名 — {title}")).format(title=event.title),
                         parent)
        self.event, self.walk_in = event, walk_in
        self.room = QLineEdit()
        self.room.setPlaceholderText(translate("Events", "房号（如 3-2-501）或住户姓名"))
        self.people = QSpinBox()
        self.people.setRange(1, 20)
        self.contact = QLineEdit()
        self.remarks = QLineEdit()
        left = (translate("Events", "名额 {capacity} 人，已报名 {confirmed} 人，候补 {waiting} 人")
                .format(capacity=event.capacity, confirmed=event.confirmed,
                        waiting=event.waiting) if event.capacity
                else translate("Events", "不限名额，已报名 {confirmed} 人").format(
                    confirmed=event.confirmed))
        self.form.addRow("", QLabel(left))
        self.form.addRow(translate("Events", "住户"), self.room)
        self.form.addRow(translate("Events", "人数"), self.people)
        if not walk_in:
            self.form.addRow(translate("Events", "联系方式"), self.contact)
            self.form.addRow(translate("Events", "备注"), self.remarks)
        self.finish({"unit": self.room, "people": self.people, "contact": self.contact,
                     "remarks": self.remarks, "event": self.room})
        self.result_signup: events.Signup | None = None

    def submit(self) -> None:
        unit_id = find_unit(self.room.text(), field="unit")
        if unit_id is None:
            raise ValidationError("unit", "value.required")
        if self.walk_in:
            self.result_signup = events.walk_in(event_id=self.event.id, unit_id=unit_id,
                                                people=self.people.value())
        else:
            self.result_signup = events.sign_up(
                event_id=self.event.id, unit_id=unit_id, people=self.people.value(),
                contact=self.contact.text(), remarks=self.remarks.text())


class FeedbackDialog(FormDialog):
    def __init__(self, event: events.Event, parent: QWidget | None = None) -> None:
        super().__init__(translate("Events", "活动反馈 — {title}").format(title=event.title),
                         parent)
        self.event = event
        self.satisfaction = QSpinBox()
        self.satisfaction.setRange(1, 5)
        self.satisfaction.setValue(5)
        self.comment = QLineEdit()
        self.cost = QLineEdit(money_text(event.cost)[1:].replace(",", "") if event.cost else "")
        self.photo_paths: list = []
        self.photos = QPushButton(translate("Events", "添加照片…"))
        self.photos.clicked.connect(self.choose_photos)
        self.form.addRow(translate("Events", "满意度（1–5）"), self.satisfaction)
        self.form.addRow(translate("Events", "意见"), self.comment)
        self.form.addRow(translate("Events", "实际花费（元）"), self.cost)
        self.form.addRow(translate("Events", "照片"), self.photos)
        self.finish({"satisfaction": self.satisfaction, "comment": self.comment,
                     "cost": self.cost, "file": self.photos})

    def choose_photos(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, translate("Events", "选择活动照片"), "",
            translate("Events", "照片 (*.jpg *.jpeg *.png)"))
        self.photo_paths += [Path(name) for name in names]
        if self.photo_paths:
            self.photos.setText(translate("Events", "已选 {count} 张").format(
                count=len(self.photo_paths)))

    def submit(self) -> None:
        record_feedback(event_id=self.event.id, satisfaction=self.satisfaction.value(),
                        comment=self.comment.text(), photos=self.photo_paths,
                        cost=parse_money(self.cost.text(), field="cost", allow_zero=True)
                        if self.cost.text().strip() else None)


class ParticipationDialog(QDialog):
    """参与情况: by event, by type and by building (a table and a chart), and the households
    never reached, to invite them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Events", "活动参与情况（近12个月及未来30天）"))
        today = clock.today()  # an upcoming event a household signed up for has reached it
        self.numbers = events.participation(today - timedelta(days=365),
                                            today + timedelta(days=30))
        by_type = "　".join(f"{label(EVENT_TYPES, t)} {n}"
                           for t, n in sorted(self.numbers.by_type.items()))
        self.summary = QLabel(translate(
            "Events", "近12个月 {events} 场活动；按类型参加户次：{types}<br>"
                      "从未参加或报名过的住户：<b>{never}</b> 户（可以重点邀请）").format(
            events=len(self.numbers.by_event), types=by_type or "—",
            never=len(self.numbers.never_reached)))
        self.summary.setWordWrap(True)
        self.by_event = self._table(
            (translate("Events", "活动"), translate("Events", "日期"),
             translate("Events", "报名户数"), translate("Events", "到场人数")),
            self.numbers.by_event)
        self.by_building = self._table(
            (translate("Events", "楼栋"), translate("Events", "户数"),
             translate("Events", "参加过的户数"), translate("Events", "参与率")),
            [(b, n, c, f"{c / n * 100:.1f}%" if n else "—")
             for b, n, c in self.numbers.by_building])

        pages = QTabWidget()
        pages.addTab(self.by_event, translate("Events", "按活动"))
        building_page = QWidget()
        building_layout = QHBoxLayout(building_page)
        building_layout.addWidget(self.by_building, 1)
        building_layout.addWidget(self._chart(), 2)
        pages.addTab(building_page, translate("Events", "按楼栋"))
        invite = QPushButton(translate("Events", "导出未参加过的住户…"))
        invite.clicked.connect(self.export_never_reached)
        close = QPushButton(translate("Events", "关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(invite)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(pages, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)

    @staticmethod
    def _table(headers, rows) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(str(value)))
        table.resizeColumnsToContents()
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()  # the table uses the dialog's width: names first
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _chart(self) -> QWidget:
        share = QBarSet(translate("Events", "参与率 %"))
        names = []
        for building, households, came in self.numbers.by_building:
            names.append(building)
            share.append(came / households * 100 if households else 0)
        series = QBarSeries()
        series.append(share)
        chart = QChart()
        chart.setTitle(translate("Events", "各楼栋参与率"))
        chart.legend().hide()
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(names)
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setLabelFormat("%d%%")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        return QChartView(chart)

    def export_never_reached(self):
        return export_sheet(self, "never_reached",
                            f"未参加活动的住户-{clock.today().isoformat()}.xlsx")
