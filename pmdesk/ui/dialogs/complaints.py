"""Complaint dialogs: intake in seconds, and one form per workflow step."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from pmdesk.actions.service import log_complaint
from pmdesk.core.errors import PmdeskError
from pmdesk.core.masking import mask_phone
from pmdesk.core.register.residents import find_unit
from pmdesk.core.register.units import owners_of, unit_code
from pmdesk.core.service import complaints, incidents, relations
from pmdesk.i18n import translate
from pmdesk.labels import (
    CATEGORIES,
    CHANNELS,
    COMPLAINT_KINDS,
    REPLY_HOW,
    RESPONSIBILITIES,
    STEPS,
    URGENCIES,
    label,
)
from pmdesk.ui.date_field import MomentField
from pmdesk.ui.forms import AttachButton, FormDialog


def combo(table: dict[str, str], current: str | None = None, *, blank: str = "") -> QComboBox:
    box = QComboBox()
    if blank:
        box.addItem(blank, None)
    for code in table:
        box.addItem(label(table, code), code)
    if current is not None:
        box.setCurrentIndex(box.findData(current))
    return box


def _text(height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setMaximumHeight(height)
    return edit


class IntakeDialog(FormDialog):
    """受理: who (a household, a walk-in, or anonymous), where, what, how urgent."""

    def __init__(self, parent: QWidget | None = None, *, unit_code: str = "") -> None:
        super().__init__(translate("Complaints", "登记投诉报修"), parent)
        self.kind = combo(COMPLAINT_KINDS, "repair")
        self.channel = combo(CHANNELS, "phone")
        self.room = QLineEdit(unit_code)
        self.room.setPlaceholderText(
            translate("Complaints", "房号（如 3-2-501）或住户姓名；外来人员可不填"))
        self.found = QLabel()  # whom the room names on the register
        self.found.setStyleSheet("color: #5f6368;")
        self.contact = QLineEdit()
        self.phone = QLineEdit()
        self.registered_phone = ""  # the owner's phone on the register, used when none typed
        self.filled_name = ""
        self.occurred = MomentField(optional=True, whole_day=True, past=True)
        self.anonymous = QCheckBox(translate("Complaints", "匿名"))
        self.other = QLineEdit()
        self.other.setPlaceholderText(translate("Complaints", "邻里纠纷中涉及的另一户房号"))
        self.location = QLineEdit()
        self.location.setPlaceholderText(translate("Complaints", "公共部位，如 地下车库、5栋电梯"))
        self.category = combo(CATEGORIES, "facility")
        self.urgency = combo(URGENCIES, "normal")
        self.description = _text(120)
        self.incident = QComboBox()  # the open 事件 of the caller's building, offered
        self.incident.setToolTip(translate(
            "Complaints", "这户所在楼栋或单元正在处理的事件（停水、电梯故障等）"))
        self.attach_button = AttachButton()
        self.form.addRow(translate("Complaints", "类型"), self.kind)
        self.form.addRow(translate("Complaints", "来源"), self.channel)
        self.form.addRow(translate("Complaints", "住户"), self.room)
        self.form.addRow("", self.found)
        self.form.addRow(translate("Complaints", "反映人"), self.contact)
        self.form.addRow(translate("Complaints", "联系电话"), self.phone)
        self.form.addRow("", self.anonymous)
        self.form.addRow(translate("Complaints", "涉及另一户"), self.other)
        self.form.addRow(translate("Complaints", "地点"), self.location)
        self.form.addRow(translate("Complaints", "类别"), self.category)
        self.form.addRow(translate("Complaints", "紧急程度"), self.urgency)
        self.form.addRow(translate("Complaints", "发生时间"), self.occurred)
        self.form.addRow(translate("Complaints", "情况描述"), self.description)
        self.form.addRow(translate("Complaints", "相关事件"), self.incident)
        self.form.addRow(translate("Complaints", "附件"), self.attach_button)
        self.finish({"unit": self.room, "contact_name": self.contact,
                     "contact_phone": self.phone, "other_unit": self.other,
                     "location": self.location, "description": self.description,
                     "occurred_at": self.occurred})
        self.item: complaints.Item | None = None
        self.room.textChanged.connect(self.look_up)
        self.look_up()

    def look_up(self) -> None:
        """The room typed names a household: its owner fills 反映人 (the clerk may change it)
        and its registered phone stands in for 联系电话 (shown masked, as everywhere)."""
        unit_id = None
        with contextlib.suppress(PmdeskError):  # half a room, a name of two: nothing yet
            unit_id = find_unit(self.room.text(), field="unit") if self.room.text().strip() \
                else None
        owners = owners_of(unit_id) if unit_id is not None else []
        name = "、".join(owner for owner, _ in owners)
        self.registered_phone = next((phone for _, phone in owners if phone), "")
        if not self.contact.text().strip() or self.contact.text() == self.filled_name:
            self.contact.setText(name)
            self.filled_name = name
        self.phone.setPlaceholderText(translate(
            "Complaints", "登记电话 {phone}，不填即用此号").format(
            phone=mask_phone(self.registered_phone)) if self.registered_phone else "")
        self.found.setText(translate("Complaints", "{room}：业主 {owner}").format(
            room=unit_code(unit_id), owner=name or translate("Complaints", "未登记"))
            if unit_id is not None else "")
        self.offer_incidents(unit_id)

    def offer_incidents(self, unit_id: int | None) -> None:
        """The open incidents of the household's building, the latest chosen: a call about
        the water cut is linked to it (the clerk may choose 无)."""
        found = incidents.open_for_unit(unit_id) if unit_id is not None else []
        if self.incident.count() and [self.incident.itemData(i) for i in range(
                1, self.incident.count())] == [one.id for one in found]:
            return  # the same offer: the clerk's choice stands
        self.incident.clear()
        self.incident.addItem(translate("Complaints", "（无）"), None)
        for one in found:
            self.incident.addItem(f"{one.number} {one.title}", one.id)
        self.incident.setCurrentIndex(len(found))
        self.incident.setEnabled(bool(found))

    def submit(self) -> None:
        self.item = log_complaint(
            files=self.attach_button.files, kind=self.kind.currentData(),
            channel=self.channel.currentData(),
            category=self.category.currentData(), urgency=self.urgency.currentData(),
            description=self.description.toPlainText(),
            unit_id=find_unit(self.room.text(), field="unit"), contact_name=self.contact.text(),
            contact_phone=self.phone.text() or self.registered_phone,
            anonymous=self.anonymous.isChecked(), occurred_at=self.occurred.value(),
            other_unit_id=find_unit(self.other.text(), field="other_unit"),
            location=self.location.text(), incident_id=self.incident.currentData())


class StepDialog(FormDialog):
    """One step of the workflow, asking only what that step records."""

    def __init__(self, item: complaints.Item, action: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Complaints", "{step} — {number}").format(
            step=label(STEPS, action), number=item.number), parent)
        self.item, self.action = item, action
        self.text = _text()
        fields: dict[str, QWidget] = {"text": self.text}
        self.assignee = self.supplier = self.responsibility = self.paid = self.materials = None
        self.prevention = self.how = self.satisfaction = None
        prompts = {"assign": translate("Complaints", "派单说明"),
                   "investigate": translate("Complaints", "调查核实的情况"),
                   "handle": translate("Complaints", "处理情况"),
                   "reply": translate("Complaints", "告知反映人的内容"),
                   "visit": translate("Complaints", "回访意见"),
                   "close": translate("Complaints", "备注"),
                   "cancel": translate("Complaints", "撤销原因"),
                   "reopen": translate("Complaints", "重新处理的原因"),
                   "note": translate("Complaints", "备注")}
        if action == "assign":
            self.assignee = QComboBox()
            self.assignee.setEditable(True)
            self.assignee.addItems(complaints.assignees())
            self.assignee.setCurrentText(item.assignee)
            self.supplier = QComboBox()
            self.supplier.addItem(translate("Complaints", "（本单位）"), None)
            for org in relations.suppliers():
                self.supplier.addItem(org.name, org.id)
            self.supplier.setCurrentIndex(max(self.supplier.findData(item.supplier_id), 0))
            self.supplier.currentIndexChanged.connect(self.supplier_chosen)
            self.form.addRow(translate("Complaints", "外包单位（维保/供应商）"), self.supplier)
            self.form.addRow(translate("Complaints", "承办人（员工、部门或外包单位）"),
                             self.assignee)
            fields["assignee"] = self.assignee
            fields["supplier"] = self.supplier
        if action in ("investigate", "handle"):
            self.responsibility = combo(RESPONSIBILITIES, item.responsibility,
                                        blank=translate("Complaints", "（暂不认定）"))
            self.form.addRow(translate("Complaints", "责任方"), self.responsibility)
        if action == "handle" and item.kind == "repair":
            self.paid = QComboBox()
            self.paid.addItem(translate("Complaints", "无偿"), False)
            self.paid.addItem(translate("Complaints", "有偿"), True)
            self.materials = QLineEdit()
            self.form.addRow(translate("Complaints", "有偿/无偿"), self.paid)
            self.form.addRow(translate("Complaints", "所用材料"), self.materials)
        recorded = next((step.detail["prevention"] for step in reversed(
            complaints.timeline(item.id)) if step.detail.get("prevention")), "") \
            if action == "close" else ""
        if recorded:  # entered at 处理: shown, not asked for again
            shown = QLabel(recorded)
            shown.setWordWrap(True)
            self.form.addRow(translate("Complaints", "防止再发生的措施（处理时已填）"), shown)
        elif action in ("handle", "close"):
            self.prevention = QLineEdit()
            self.form.addRow(translate("Complaints", "防止再发生的措施"), self.prevention)
            fields["prevention"] = self.prevention
        if action == "reply":
            self.how = combo(REPLY_HOW, "phone")
            self.form.addRow(translate("Complaints", "回复方式"), self.how)
        if action == "visit":
            self.satisfaction = QSpinBox()
            self.satisfaction.setRange(1, 5)
            self.satisfaction.setValue(5)
            self.satisfaction.setSuffix(translate("Complaints", " 分（1–5）"))
            self.form.addRow(translate("Complaints", "满意度"), self.satisfaction)
            fields["satisfaction"] = self.satisfaction
        self.form.addRow(prompts[action], self.text)
        self.form.addRow("", QLabel(translate(
            "Complaints", "这一步会记入时间线，写明经办人和时间。")))
        self.finish(fields)

    def supplier_chosen(self) -> None:
        """A supplier chosen is the assignee, unless somebody there is named already."""
        names = {self.supplier.itemText(i) for i in range(1, self.supplier.count())}
        if self.supplier.currentData() is not None and (
                not self.assignee.currentText().strip()
                or self.assignee.currentText() in names | set(complaints.assignees())):
            self.assignee.setCurrentText(self.supplier.currentText())

    def submit(self) -> None:
        kwargs: dict[str, object] = {"text": self.text.toPlainText()}
        if self.assignee is not None:
            kwargs["assignee"] = self.assignee.currentText()
            kwargs["supplier_id"] = self.supplier.currentData()
        if self.responsibility is not None:
            kwargs["responsibility"] = self.responsibility.currentData()
        if self.paid is not None:
            kwargs["paid_work"] = self.paid.currentData()
            kwargs["materials"] = self.materials.text()
        if self.prevention is not None:
            kwargs["prevention"] = self.prevention.text()
        if self.how is not None:
            kwargs["how"] = self.how.currentData()
        if self.satisfaction is not None:
            kwargs["satisfaction"] = self.satisfaction.value()
        complaints.step(self.item.id, self.action, **kwargs)
