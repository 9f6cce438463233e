"""The body of the 事件 tab: the incidents (open ones first), the selected one's facts with its
口径 set apart to read out on the phone, its timeline, the households it touches (those who may
need help first; who has been told) and the complaints it caused; and what is done with it —
report, update, tell a household, close with the 情况说明, reopen, the notices, the list to
call, the 情况说明, the export."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmdesk.actions import incidents as printing
from pmdesk.core.errors import PmdeskError
from pmdesk.core.masking import mask_phone
from pmdesk.core.service import complaints, incidents
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import (
    COMPLAINT_STATUSES,
    INCIDENT_KINDS,
    INCIDENT_STATUSES,
    INCIDENT_UPDATES,
    label,
)
from pmdesk.ui.alerts import show_error
from pmdesk.ui.dialogs.incidents import CloseDialog, IncidentDialog, UpdateDialog
from pmdesk.ui.documents import issue_in_background
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

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _when(stamp: str | None) -> str:
    return (stamp or "").replace("T", " ")


INCIDENTS = [
    Column(QT_TRANSLATE_NOOP("IncidentsView", "编号"), lambda i: i.number),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "事件"), lambda i: i.title),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "开始"), lambda i: _when(i.starts_at)),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "状态"),
           lambda i: label(INCIDENT_STATUSES, i.status)),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "投诉"), lambda i: i.complaints or "", RIGHT),
]
TIMELINE = [
    Column(QT_TRANSLATE_NOOP("IncidentsView", "时间"), lambda u: _when(u.at)),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "类别"),
           lambda u: label(INCIDENT_UPDATES, u.kind)),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "房号"), lambda u: u.room),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "内容"), lambda u: " ".join(u.text.split())),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "经办人"), lambda u: u.done_by),
]
HOUSEHOLDS = [
    Column(QT_TRANSLATE_NOOP("IncidentsView", "房号"), lambda h: h.room),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "标签"), lambda h: "、".join(h.tags)),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "联系人"), lambda h: h.name),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "电话"), lambda h: mask_phone(h.phone)),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "已告知"), lambda h: _when(h.called)),
]
COMPLAINTS = [
    Column(QT_TRANSLATE_NOOP("IncidentsView", "编号"), lambda c: c.number),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "受理"), lambda c: _when(c.received_at)),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "房号"), lambda c: c.room),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "情况"), lambda c: c.description),
    Column(QT_TRANSLATE_NOOP("IncidentsView", "状态"),
           lambda c: label(COMPLAINT_STATUSES, c.status)),
]


class IncidentsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowTableModel(INCIDENTS, "IncidentsView", self)
        self.list = table_view(self.model, stretch=1)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())

        self.new_button = button(translate("IncidentsView", "登记事件…"), self.report)
        self.update_button = button(translate("IncidentsView", "进展…"), self.add_update)
        self.close_button = button(translate("IncidentsView", "结束事件…"), self.close_incident)
        self.reopen_button = button(translate("IncidentsView", "重新打开…"), self.reopen)
        self.notice_button = button(
            translate("IncidentsView", "打印通知"), self.print_notices,
            translate("IncidentsView", "每个受影响的单元一份（门口和电梯各贴一份：打印两份），"
                                       "老人户另有大字版"))
        self.calls_button = button(translate("IncidentsView", "告知名单"), self.print_calls)
        self.report_button = button(translate("IncidentsView", "情况说明"), self.print_report,
                                    translate("IncidentsView", "结束后给公告栏和业主委员会"))
        self.export_button = button(translate("IncidentsView", "导出…"), self.export)
        self.open_only = QCheckBox(translate("IncidentsView", "只看处理中"))
        self.open_only.toggled.connect(self.load)
        bar = QHBoxLayout()
        for widget in (self.new_button, self.update_button, self.close_button,
                       self.reopen_button, self.notice_button, self.calls_button,
                       self.report_button, self.export_button):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.open_only)

        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.script = QLabel()  # the 口径, to read out
        self.script.setWordWrap(True)
        self.script.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.script.setStyleSheet("QLabel { background: #fff8e1; border: 1px solid #f0c36d; "
                                  "padding: 6px; }")
        self.timeline_model = RowTableModel(TIMELINE, "IncidentsView", self)
        self.households_model = RowTableModel(HOUSEHOLDS, "IncidentsView", self)
        self.complaints_model = RowTableModel(COMPLAINTS, "IncidentsView", self)
        self.households = table_view(self.households_model, stretch=2)
        self.households.doubleClicked.connect(lambda *_: self.record_call())
        self.called_button = button(
            translate("IncidentsView", "记为已告知"), self.record_call,
            translate("IncidentsView", "电话或上门告知了选中的住户（双击也可）"))
        told = QWidget()
        told_layout = QVBoxLayout(told)
        told_layout.setContentsMargins(0, 0, 0, 0)
        self.told = QLabel()
        told_bar = QHBoxLayout()
        told_bar.addWidget(self.told, 1)
        told_bar.addWidget(self.called_button)
        told_layout.addLayout(told_bar)
        told_layout.addWidget(self.households)
        self.lists = QTabWidget()
        self.lists.addTab(table_view(self.timeline_model, stretch=3),
                          translate("IncidentsView", "时间线"))
        self.lists.addTab(told, translate("IncidentsView", "受影响住户"))
        self.lists.addTab(table_view(self.complaints_model, stretch=3),
                          translate("IncidentsView", "相关投诉报修"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.facts)
        right_layout.addWidget(self.script)
        right_layout.addWidget(self.lists, 1)
        list_beside_detail(self, bar, self.list, right, "incidents")
        self.show_selected()

    # -- reading ---------------------------------------------------------------------------

    def selected(self) -> incidents.Incident | None:
        return selected_row(self.list)

    def load(self) -> None:
        current = self.selected()
        try:
            found = incidents.incidents(open_only=self.open_only.isChecked())
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(found)
        if found:
            self.select(current.id if current else found[0].id)
        else:
            self.show_selected()

    def select(self, incident_id: int) -> None:
        if select_id(self.list, incident_id):
            self.show_selected()
            return
        if self.open_only.isChecked():  # a closed one asked for: show them all
            self.open_only.setChecked(False)
            self.select(incident_id)

    def show_selected(self) -> None:
        current = self.selected()
        for widget in (self.update_button, self.close_button, self.called_button):
            widget.setEnabled(current is not None and current.open)
        self.reopen_button.setEnabled(current is not None and not current.open)
        self.report_button.setEnabled(current is not None and not current.open)
        for widget in (self.notice_button, self.calls_button):
            widget.setEnabled(current is not None)
        if current is None:
            self.facts.setText(translate(
                "IncidentsView", "还没有事件。停水停电、电梯故障、管道爆裂等，点“登记事件…”记下"
                                 "影响范围和统一口径，再打印通知贴到各单元门口。"))
            self.script.hide()
            for model in (self.timeline_model, self.households_model, self.complaints_model):
                model.set_rows([])
            self.told.setText("")
            return
        current = incidents.incident(current.id)
        kind = label(INCIDENT_KINDS, current.kind) + (
            translate("IncidentsView", "（计划）") if current.planned
            else translate("IncidentsView", "（突发）"))
        lines = [translate("IncidentsView", "<b>{number} {title}</b>　{kind}　{status}").format(
            number=current.number, title=escape(current.title), kind=kind,
            status=label(INCIDENT_STATUSES, current.status)),
            translate("IncidentsView", "时间：{start} 至 {end}　范围：{place}").format(
                start=_when(current.starts_at),
                end=_when(current.ended_at or current.ends_at) or translate(
                    "IncidentsView", "（未定）"), place=escape(current.place()))]
        for caption, value in ((translate("IncidentsView", "原因"), current.cause),
                               (translate("IncidentsView", "住户注意事项"), current.advice),
                               (translate("IncidentsView", "负责人"), current.handler),
                               (translate("IncidentsView", "联系单位"), current.organisation)):
            if value:
                lines.append(f"{caption}：{escape(' '.join(value.split()))}")
        self.facts.setText("<br>".join(lines))
        self.script.setVisible(bool(current.script))
        self.script.setText(translate("IncidentsView", "统一口径：{script}").format(
            script=current.script))
        self.timeline_model.set_rows(incidents.timeline(current.id))
        found = incidents.households(current.id)
        self.households_model.set_rows(found)
        helped = [h for h in found if h.needs_help]
        self.told.setText(translate(
            "IncidentsView", "{count} 户，其中需要帮助的 {helped} 户（已告知 {told} 户）").format(
            count=len(found), helped=len(helped), told=sum(bool(h.called) for h in helped)))
        self.complaints_model.set_rows(complaints.linked_to_incident(current.id))

    # -- doing -----------------------------------------------------------------------------

    def report(self) -> None:
        dialog = IncidentDialog(self)
        if dialog.exec() and dialog.created is not None:
            self.load()
            self.select(dialog.created.id)

    def _after(self, dialog) -> None:
        if dialog.exec():
            self.load()

    def add_update(self) -> None:
        current = self.selected()
        if current is not None and current.open:
            self._after(UpdateDialog(current, self))

    def close_incident(self) -> None:
        current = self.selected()
        if current is not None and current.open:
            self._after(CloseDialog(current, self))

    def reopen(self) -> None:
        current = self.selected()
        if current is None or current.open:
            return
        text, ok = QInputDialog.getText(self, translate("IncidentsView", "重新打开"),
                                        translate("IncidentsView", "重新打开的原因："))
        if not ok:
            return
        try:
            incidents.reopen(current.id, text)
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.load()

    def record_call(self) -> None:
        current = self.selected()
        rows = self.households.selectionModel().selectedRows()
        if current is None or not current.open or not rows:
            return
        household = self.households_model.rows[rows[0].row()]
        try:
            incidents.record_call(current.id, household.unit_id)
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.show_selected()
        self.households.selectRow(min(rows[0].row() + 1, self.households_model.rowCount() - 1))

    def print_notices(self) -> None:
        current = self.selected()
        if current is not None:
            issue_in_background(self, lambda: printing.print_notices(current.id), "incident_notice")

    def print_calls(self) -> None:
        current = self.selected()
        if current is not None:
            issue_in_background(
                self, lambda: printing.print_call_list(current.id), "incident_calls")

    def print_report(self) -> None:
        current = self.selected()
        if current is not None:
            issue_in_background(
                self, lambda: printing.print_situation_report(current.id), "incident_report")

    def export(self) -> None:
        export_sheet(self, "incidents", translate("IncidentsView", "事件.xlsx"))
