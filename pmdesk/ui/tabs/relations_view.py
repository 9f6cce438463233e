"""The body of the 联系单位 tab: the directory (by kind; a contract ending soon in red), the
selected organisation's facts, its contact log, its people and — for a supplier — the repairs
and complaints sent to it with its on-time rate and the residents' 回访."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety.files import write_atomic
from pmdesk.core.service import relations
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import COMPLAINT_STATUSES, CONTACT_CHANNELS, ORG_KINDS, label, percent
from pmdesk.ui.alerts import show_error
from pmdesk.ui.dialogs.relations import ContactDialog, OrgDialog, PersonDialog
from pmdesk.ui.exports import export_sheet
from pmdesk.ui.forms import button
from pmdesk.ui.models import (
    Column,
    RowTableModel,
    list_beside_detail,
    select_id,
    selected_row,
    table_view,
)

SOON_COLOR = "#b00020"


def _when(stamp: str | None) -> str:
    return (stamp or "").replace("T", " ")


ORGANISATIONS = [
    Column(QT_TRANSLATE_NOOP("RelationsView", "单位"), lambda o: o.name),
    Column(QT_TRANSLATE_NOOP("RelationsView", "类别"), lambda o: label(ORG_KINDS, o.kind)),
    Column(QT_TRANSLATE_NOOP("RelationsView", "电话"), lambda o: o.phone),
    Column(QT_TRANSLATE_NOOP("RelationsView", "合同到期"), lambda o: o.contract_end or ""),
    Column(QT_TRANSLATE_NOOP("RelationsView", "最近联系"), lambda o: o.last_contact or ""),
]
CONTACTS = [
    Column(QT_TRANSLATE_NOOP("RelationsView", "日期"), lambda c: c.on_date),
    Column(QT_TRANSLATE_NOOP("RelationsView", "方式"),
           lambda c: label(CONTACT_CHANNELS, c.channel)),
    Column(QT_TRANSLATE_NOOP("RelationsView", "对方"), lambda c: c.person),
    Column(QT_TRANSLATE_NOOP("RelationsView", "商定事项"), lambda c: " ".join(c.summary.split())),
    Column(QT_TRANSLATE_NOOP("RelationsView", "下一步"),
           lambda c: " ".join(p for p in (c.next_step, c.next_date or "") if p)),
    Column(QT_TRANSLATE_NOOP("RelationsView", "住户"), lambda c: c.room),
    Column(QT_TRANSLATE_NOOP("RelationsView", "附件"), lambda c: c.files or ""),
    Column(QT_TRANSLATE_NOOP("RelationsView", "经办人"), lambda c: c.done_by),
]
PEOPLE = [
    Column(QT_TRANSLATE_NOOP("RelationsView", "姓名"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("RelationsView", "职务"), lambda p: p.role),
    Column(QT_TRANSLATE_NOOP("RelationsView", "电话"), lambda p: p.phone),
    Column(QT_TRANSLATE_NOOP("RelationsView", "状态"),
           lambda p: "" if p.active else translate("RelationsView", "已离职")),
]
JOBS = [
    Column(QT_TRANSLATE_NOOP("RelationsView", "编号"), lambda j: j.number),
    Column(QT_TRANSLATE_NOOP("RelationsView", "受理"), lambda j: _when(j.received_at)),
    Column(QT_TRANSLATE_NOOP("RelationsView", "房号"), lambda j: j.room),
    Column(QT_TRANSLATE_NOOP("RelationsView", "情况"), lambda j: j.description),
    Column(QT_TRANSLATE_NOOP("RelationsView", "状态"),
           lambda j: label(COMPLAINT_STATUSES, j.status)),
    Column(QT_TRANSLATE_NOOP("RelationsView", "按时"), lambda j: "" if j.on_time is None else (
        translate("RelationsView", "是") if j.on_time else translate("RelationsView", "超时"))),
    Column(QT_TRANSLATE_NOOP("RelationsView", "回访"), lambda j: j.satisfaction or ""),
]


class RelationsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("RelationsView", "查找单位、联系人或电话"))
        self.kind = QComboBox()
        self.kind.addItem(translate("RelationsView", "全部类别"), None)
        for code in relations.KINDS:
            self.kind.addItem(label(ORG_KINDS, code), code)
        self.inactive = QCheckBox(translate("RelationsView", "含已停用"))
        self.search.textChanged.connect(self.load)
        self.kind.currentIndexChanged.connect(self.load)
        self.inactive.toggled.connect(self.load)

        self.add_button = button(translate("RelationsView", "新增单位…"), self.add)
        self.edit_button = button(translate("RelationsView", "修改…"), self.edit)
        self.contact_button = button(translate("RelationsView", "记录联系…"), self.log_contact)
        self.export_button = button(translate("RelationsView", "导出…"), self.export)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for widget in (self.kind, self.inactive, self.add_button, self.edit_button,
                       self.contact_button, self.export_button):
            bar.addWidget(widget)

        self.model = RowTableModel(  # a contract ending soon stands out
            ORGANISATIONS, "RelationsView", self,
            color=lambda o: SOON_COLOR if o.contract_ends_within(clock.today()) else None)
        self.list = table_view(self.model, stretch=0)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.list.doubleClicked.connect(lambda *_: self.edit())
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contacts_model = RowTableModel(CONTACTS, "RelationsView", self)
        self.contacts = table_view(self.contacts_model, stretch=3)
        self.contacts.doubleClicked.connect(lambda *_: self.save_files())
        self.people_model = RowTableModel(PEOPLE, "RelationsView", self)
        self.people = table_view(self.people_model, stretch=0)
        self.people.doubleClicked.connect(lambda *_: self.edit_person())
        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_bar = QHBoxLayout()
        people_bar.addStretch()
        people_bar.addWidget(button(translate("RelationsView", "添加联系人…"), self.add_person))
        people_bar.addWidget(button(translate("RelationsView", "修改联系人…"), self.edit_person))
        people_layout.addLayout(people_bar)
        people_layout.addWidget(self.people)
        self.jobs_model = RowTableModel(JOBS, "RelationsView", self)
        self.record = QLabel()
        self.record.setWordWrap(True)
        jobs = QWidget()
        jobs_layout = QVBoxLayout(jobs)
        jobs_layout.setContentsMargins(0, 0, 0, 0)
        jobs_layout.addWidget(self.record)
        jobs_layout.addWidget(table_view(self.jobs_model, stretch=3))
        self.lists = QTabWidget()
        self.lists.addTab(self.contacts, translate("RelationsView", "联系记录"))
        self.lists.addTab(people, translate("RelationsView", "联系人"))
        self.lists.addTab(jobs, translate("RelationsView", "派单记录"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.facts)
        right_layout.addWidget(self.lists, 1)
        list_beside_detail(self, bar, self.list, right, "relations")
        self.show_selected()

    # -- reading ---------------------------------------------------------------------------

    def selected(self) -> relations.Organisation | None:
        return selected_row(self.list)

    def load(self) -> None:
        current = self.selected()
        try:
            found = relations.organisations(kind=self.kind.currentData(),
                                            include_inactive=self.inactive.isChecked(),
                                            search=self.search.text())
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(found)
        if found:
            self.select(current.id if current and current in found else found[0].id)
        else:
            self.show_selected()

    def select(self, org_id: int) -> None:
        if select_id(self.list, org_id):
            self.show_selected()
            return
        if self.search.text() or self.kind.currentIndex() or not self.inactive.isChecked():
            self.search.clear()
            self.kind.setCurrentIndex(0)
            self.inactive.setChecked(True)  # loads again
            if any(one.id == org_id for one in self.model.rows):
                self.select(org_id)

    def show_selected(self) -> None:
        current = self.selected()
        for widget in (self.edit_button, self.contact_button):
            widget.setEnabled(current is not None)
        self.lists.setEnabled(current is not None)
        if current is None:
            self.facts.setText(translate(
                "RelationsView", "还没有联系单位。点“新增单位…”登记居委会、街道、派出所、"
                                 "水电气公司、维保和保洁等供应商、业委会，再记录每次联系和下一步。"))
            for model in (self.contacts_model, self.people_model, self.jobs_model):
                model.set_rows([])
            self.record.setText("")
            return
        org = relations.organisation(current.id)
        lines = [f"<b>{escape(org.name)}</b>　{label(ORG_KINDS, org.kind)}"
                 + ("" if org.active else translate("RelationsView", "（已停用）"))]
        for caption, value in ((translate("RelationsView", "负责"), org.duties),
                               (translate("RelationsView", "电话"), org.phone),
                               (translate("RelationsView", "地址"), org.address),
                               (translate("RelationsView", "备注"), org.note)):
            if value:
                lines.append(f"{caption}：{escape(' '.join(value.split()))}")
        if org.contract_end:
            text = translate("RelationsView", "合同：{start} 至 {end}").format(
                start=org.contract_start or "", end=org.contract_end)
            if org.contract_ends_within(clock.today()):
                text = f"<span style='color:{SOON_COLOR}'>{text}" + translate(
                    "RelationsView", "（即将到期，请安排续签或招标）") + "</span>"
            lines.append(text)
        if org.next_step:
            lines.append(translate("RelationsView", "下一步：{step} {day}").format(
                step=escape(org.next_step), day=org.next_date or ""))
        self.facts.setText("<br>".join(lines))
        self.contacts_model.set_rows(relations.contacts(org_id=org.id))
        self.people_model.set_rows(relations.people(org.id, include_inactive=True))
        self.lists.setTabVisible(2, org.kind == "supplier")
        if org.kind == "supplier":
            record = relations.record(org.id)
            self.jobs_model.set_rows(record.jobs)
            self.record.setText(translate(
                "RelationsView", "派单 {jobs} 件，已处理 {handled} 件，按时完成率 {on_time}；"
                                 "回访 {visited} 次，满意率 {satisfied}（4–5 分），"
                                 "平均 {average} 分")
                .format(jobs=len(record.jobs), handled=record.handled,
                        on_time=percent(record.on_time_rate), visited=record.visited,
                        satisfied=percent(record.satisfaction_rate),
                        average=record.average if record.average is not None else "—"))

    # -- doing -----------------------------------------------------------------------------

    def add(self) -> None:
        dialog = OrgDialog(parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.load()
            self.select(dialog.saved)

    def edit(self) -> None:
        current = self.selected()
        if current is not None and OrgDialog(relations.organisation(current.id), self).exec():
            self.load()

    def log_contact(self) -> None:
        current = self.selected()
        if current is not None and ContactDialog(current.id, parent=self).exec():
            self.load()

    def add_person(self) -> None:
        current = self.selected()
        if current is not None and PersonDialog(current.id, parent=self).exec():
            self.show_selected()

    def edit_person(self) -> None:
        current = self.selected()
        rows = self.people.selectionModel().selectedRows()
        if current is not None and rows and PersonDialog(
                current.id, self.people_model.rows[rows[0].row()], self).exec():
            self.show_selected()

    def save_files(self) -> None:
        """The files kept with the contact double-clicked, saved where the clerk says."""
        rows = self.contacts.selectionModel().selectedRows()
        if not rows:
            return
        for file_id, name, _ in relations.files(self.contacts_model.rows[rows[0].row()].id):
            path, _ = QFileDialog.getSaveFileName(self, translate("RelationsView", "保存附件"),
                                                  name)
            if path:
                try:
                    write_atomic(path, relations.file_data(file_id)[1])
                except PmdeskError as exc:
                    show_error(self, exc)

    def export(self) -> None:
        export_sheet(self, "contacts", translate("RelationsView", "联系单位.xlsx"))
