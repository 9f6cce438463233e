"""The 事件 dialogs: report one (what, planned or not, when, the buildings and stairwells it
touches, why, what residents should do, the 口径, who handles it, with which outside party), an
update as it develops, and the close with its 情况说明."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from pmdesk.core import clock
from pmdesk.core.service import incidents, relations
from pmdesk.i18n import translate
from pmdesk.labels import INCIDENT_KINDS, label
from pmdesk.ui.date_field import MomentField
from pmdesk.ui.forms import FormDialog, side_by_side, text_box


class AreaPicker(QTreeWidget):
    """The buildings with their stairwells, to tick: a building ticked whole is the whole
    building; some of its stairwells ticked are those stairwells."""

    def __init__(self, chosen: tuple[incidents.Area, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setFixedHeight(120)
        wells = incidents.stairwells()
        whole = {a.building for a in chosen if not a.stairwell}
        parts = {(a.building, a.stairwell) for a in chosen if a.stairwell}
        for building in wells:
            top = QTreeWidgetItem(self, [translate("Incidents", "{building} 栋").format(
                building=building)])
            top.setData(0, Qt.ItemDataRole.UserRole, (building, ""))
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsAutoTristate
                         | Qt.ItemFlag.ItemIsUserCheckable)
            named = [well for well in wells[building] if well]
            for stairwell in named:
                child = QTreeWidgetItem(top, [translate("Incidents", "{stairwell} 单元").format(
                    stairwell=stairwell)])
                child.setData(0, Qt.ItemDataRole.UserRole, (building, stairwell))
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked
                                    if building in whole or (building, stairwell) in parts
                                    else Qt.CheckState.Unchecked)
            if not named:
                top.setCheckState(0, Qt.CheckState.Checked if building in whole
                                  else Qt.CheckState.Unchecked)

    def areas(self) -> list[tuple[str, str]]:
        """(building, '') for a building ticked whole, else (building, stairwell) per tick."""
        chosen = []
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            building = top.data(0, Qt.ItemDataRole.UserRole)[0]
            if top.checkState(0) == Qt.CheckState.Checked:
                chosen.append((building, ""))
            elif top.checkState(0) == Qt.CheckState.PartiallyChecked:
                chosen += [top.child(n).data(0, Qt.ItemDataRole.UserRole)
                           for n in range(top.childCount())
                           if top.child(n).checkState(0) == Qt.CheckState.Checked]
        return chosen

    def tick(self, building: str, stairwell: str = "") -> None:
        """Tick a building whole, or one of its stairwells (a test, a line of 今日)."""
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            if top.data(0, Qt.ItemDataRole.UserRole)[0] != building:
                continue
            if not stairwell:
                top.setCheckState(0, Qt.CheckState.Checked)
            for n in range(top.childCount()):
                if top.child(n).data(0, Qt.ItemDataRole.UserRole)[1] == stairwell:
                    top.child(n).setCheckState(0, Qt.CheckState.Checked)


class IncidentDialog(FormDialog):
    """登记事件: a planned outage announced ahead, or an emergency as the call comes in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Incidents", "登记事件"), parent)
        self.kind = QComboBox()
        for code in incidents.KINDS:
            self.kind.addItem(label(INCIDENT_KINDS, code), code)
        self.planned = QCheckBox(translate("Incidents", "计划停水/停电等（提前通知）"))
        now = clock.now().replace(second=0, microsecond=0)
        self.starts = MomentField(now)
        self.ends = MomentField(optional=True)
        self.areas = AreaPicker()
        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("Incidents",
                                                "不填则按范围和类别生成，如 3栋计划停水"))
        self.cause = QLineEdit()
        self.cause.setPlaceholderText(translate("Incidents", "已知的原因；突发事件可先不填"))
        self.advice = text_box()
        self.advice.setPlaceholderText(translate("Incidents", "住户应做什么，如 请提前储水"))
        self.script = text_box()
        self.script.setPlaceholderText(translate(
            "Incidents", "每位员工接电话时说的同一段话"))
        self.handler = QLineEdit()
        self.organisation = QComboBox()
        self.organisation.addItem(translate("Incidents", "（无）"), None)
        for org in relations.organisations():
            if org.kind in ("utility", "supplier", "government"):
                self.organisation.addItem(org.name, org.id)
        self.text = text_box()
        self.text.setPlaceholderText(translate("Incidents", "接报情况：谁报告的、现场情况"))
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        for caption, widgets in (
                (translate("Incidents", "类别"), (self.kind, self.planned)),
                (translate("Incidents", "开始时间"),
                 (self.starts, QLabel(translate("Incidents", "预计结束")), self.ends)),
                (translate("Incidents", "影响范围"), (self.areas,)),
                (translate("Incidents", "标题"), (self.title,)),
                (translate("Incidents", "原因"), (self.cause,)),
                (translate("Incidents", "住户注意事项"), (self.advice,)),
                (translate("Incidents", "统一口径"), (self.script,)),
                (translate("Incidents", "负责人"),
                 (self.handler, QLabel(translate("Incidents", "联系单位")), self.organisation)),
                (translate("Incidents", "接报情况"), (self.text,))):
            self.form.addRow(caption, side_by_side(*widgets))
        self.finish({"incident_kind": self.kind, "starts_at": self.starts, "ends_at": self.ends,
                     "areas": self.areas, "title": self.title, "cause": self.cause,
                     "advice": self.advice, "script": self.script, "handler": self.handler,
                     "organisation": self.organisation, "text": self.text})
        self.created: incidents.Incident | None = None
        self._kind_chosen()

    def _kind_chosen(self) -> None:
        """Water, power and gas are usually planned and announced ahead; the rest happen."""
        self.planned.setChecked(self.kind.currentData() in incidents.PLANNED_KINDS)

    def submit(self) -> None:
        starts = self.starts.value() or clock.now()
        self.created = incidents.report(
            kind=self.kind.currentData(), planned=self.planned.isChecked(), starts_at=starts,
            ends_at=self.ends.value(), areas=self.areas.areas(), title=self.title.text(),
            cause=self.cause.text(), advice=self.advice.toPlainText(),
            script=self.script.toPlainText(), handler=self.handler.text(),
            org_id=self.organisation.currentData(), text=self.text.toPlainText())


class UpdateDialog(FormDialog):
    """进展: what is new, and what it changes (the expected end, the cause, the advice, the
    口径) — prefilled with what stands now."""

    def __init__(self, incident: incidents.Incident, parent: QWidget | None = None) -> None:
        super().__init__(translate("Incidents", "进展 — {number}").format(
            number=incident.number), parent)
        self.incident = incident
        self.text = text_box(height=70)
        self.ends = MomentField(datetime.fromisoformat(incident.ends_at)
                                if incident.ends_at else None, optional=True)
        self.cause = QLineEdit(incident.cause)
        self.advice = text_box(incident.advice)
        self.script = text_box(incident.script)
        self.form.addRow(translate("Incidents", "最新情况"), self.text)
        self.form.addRow(translate("Incidents", "预计结束"), self.ends)
        self.form.addRow(translate("Incidents", "原因"), self.cause)
        self.form.addRow(translate("Incidents", "住户注意事项"), self.advice)
        self.form.addRow(translate("Incidents", "统一口径"), self.script)
        self.finish({"text": self.text, "ends_at": self.ends, "cause": self.cause,
                     "advice": self.advice, "script": self.script})

    def submit(self) -> None:
        incidents.update(self.incident.id, self.text.toPlainText(), ends_at=self.ends.value(),
                         cause=self.cause.text(), advice=self.advice.toPlainText(),
                         script=self.script.toPlainText())


class CloseDialog(FormDialog):
    """结束事件 with its 情况说明: what happened, what was done, what will prevent it."""

    def __init__(self, incident: incidents.Incident, parent: QWidget | None = None) -> None:
        super().__init__(translate("Incidents", "结束事件 — {number}").format(
            number=incident.number), parent)
        self.incident = incident
        now = clock.now().replace(second=0, microsecond=0)
        expected = datetime.fromisoformat(incident.ends_at) if incident.ends_at else now
        self.ended = MomentField(min(expected, now), past=True)
        self.happened = text_box(height=70)
        self.handled = text_box(height=70)  # not `done`: QDialog.done
        self.prevention = text_box(height=70)
        self.form.addRow(translate("Incidents", "实际结束时间"), self.ended)
        self.form.addRow(translate("Incidents", "事情经过"), self.happened)
        self.form.addRow(translate("Incidents", "处理情况"), self.handled)
        self.form.addRow(translate("Incidents", "防范措施"), self.prevention)
        self.finish({"ended_at": self.ended, "happened": self.happened, "done": self.handled,
                     "prevention": self.prevention})

    def submit(self) -> None:
        incidents.close(self.incident.id, ended_at=self.ended.value() or clock.now(),
                        happened=self.happened.toPlainText(), done=self.handled.toPlainText(),
                        prevention=self.prevention.toPlainText())
