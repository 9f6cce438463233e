"""The 联系单位 dialogs: an organisation (its kind, duties, phone, contract), a person there, and
a contact with it (the day, how, with whom, what was agreed, the next step and its date; the
household whose collection case it followed up; files)."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from pmdesk.actions.service import log_contact
from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError
from pmdesk.core.register.residents import find_unit
from pmdesk.core.register.units import unit_code
from pmdesk.core.service import relations
from pmdesk.i18n import translate
from pmdesk.labels import CONTACT_CHANNELS, ORG_KINDS, label
from pmdesk.ui.date_field import DateField
from pmdesk.ui.forms import AttachButton, FormDialog, text_box


def _day(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


class OrgDialog(FormDialog):
    """A new organisation, or one changed (`org`)."""

    def __init__(self, org: relations.Organisation | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Relations", "修改联系单位") if org
                         else translate("Relations", "新增联系单位"), parent)
        self.org = org
        self.name = QLineEdit(org.name if org else "")
        self.kind = QComboBox()
        for code in relations.KINDS:
            self.kind.addItem(label(ORG_KINDS, code), code)
        self.kind.setCurrentIndex(max(self.kind.findData(org.kind if org else "government"), 0))
        self.duties = QLineEdit(org.duties if org else "")
        self.duties.setPlaceholderText(translate("Relations", "负责什么，如 电梯维保、困人救援"))
        self.phone = QLineEdit(org.phone if org else "")
        self.address = QLineEdit(org.address if org else "")
        self.contract_start = DateField(_day(org.contract_start) if org else None,
                                        optional=True)
        self.contract_end = DateField(_day(org.contract_end) if org else None, optional=True)
        self.note = text_box(org.note if org else "", 60)
        self.active = QCheckBox(translate("Relations", "在用"))
        self.active.setChecked(org.active if org else True)
        for caption, widget in ((translate("Relations", "单位名称"), self.name),
                                (translate("Relations", "类别"), self.kind),
                                (translate("Relations", "负责事项"), self.duties),
                                (translate("Relations", "电话"), self.phone),
                                (translate("Relations", "地址"), self.address),
                                (translate("Relations", "合同开始"), self.contract_start),
                                (translate("Relations", "合同到期"), self.contract_end),
                                (translate("Relations", "备注"), self.note),
                                ("", self.active)):
            self.form.addRow(caption, widget)
        self.finish({"org_name": self.name, "org_kind": self.kind, "duties": self.duties,
                     "phone": self.phone, "address": self.address,
                     "contract_start": self.contract_start, "contract_end": self.contract_end,
                     "note": self.note})
        self.saved: int | None = None

    def submit(self) -> None:
        self.saved = relations.save_organisation(
            org_id=self.org.id if self.org else None, name=self.name.text(),
            kind=self.kind.currentData(), duties=self.duties.text(), phone=self.phone.text(),
            address=self.address.text(), contract_start=self.contract_start.value(),
            contract_end=self.contract_end.value(), note=self.note.toPlainText(),
            active=self.active.isChecked())


class PersonDialog(FormDialog):
    """Somebody at the organisation; one who left is made not in use, never deleted."""

    def __init__(self, org_id: int, person: relations.Person | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Relations", "联系人"), parent)
        self.org_id, self.person = org_id, person
        self.name = QLineEdit(person.name if person else "")
        self.role = QLineEdit(person.role if person else "")
        self.role.setPlaceholderText(translate("Relations", "职务，如 社区主任"))
        self.phone = QLineEdit(person.phone if person else "")
        self.active = QCheckBox(translate("Relations", "在职"))
        self.active.setChecked(person.active if person else True)
        self.form.addRow(translate("Relations", "姓名"), self.name)
        self.form.addRow(translate("Relations", "职务"), self.role)
        self.form.addRow(translate("Relations", "电话"), self.phone)
        self.form.addRow("", self.active)
        self.finish({"name": self.name, "role": self.role, "phone": self.phone})

    def submit(self) -> None:
        relations.save_person(org_id=self.org_id, name=self.name.text(), role=self.role.text(),
                              phone=self.phone.text(), active=self.active.isChecked(),
                              person_id=self.person.id if self.person else None)


class ContactDialog(FormDialog):
    """记录联系: with an organisation chosen (or any, chosen here), for a household's collection
    case when `unit_id` is given."""

    def __init__(self, org_id: int | None = None, *, unit_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Relations", "记录联系"), parent)
        self.organisation = QComboBox()
        for org in relations.organisations():
            self.organisation.addItem(org.name, org.id)
        if org_id is not None:
            self.organisation.setCurrentIndex(max(self.organisation.findData(org_id), 0))
        self.on_date = DateField(clock.today(), past=True)
        self.channel = QComboBox()
        for code in relations.CHANNELS:
            self.channel.addItem(label(CONTACT_CHANNELS, code), code)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.summary = text_box(height=70)
        self.summary.setPlaceholderText(translate("Relations", "谈了什么，商定了什么"))
        self.next_step = QLineEdit()
        self.next_date = DateField(optional=True)
        self.room = QLineEdit(unit_code(unit_id) if unit_id is not None else "")
        self.room.setPlaceholderText(translate(
            "Relations", "为哪一户的催缴或帮扶（房号，可不填）"))
        self.attach_button = AttachButton()
        self.organisation.currentIndexChanged.connect(self._people)
        for caption, widget in ((translate("Relations", "联系单位"), self.organisation),
                                (translate("Relations", "日期"), self.on_date),
                                (translate("Relations", "方式"), self.channel),
                                (translate("Relations", "对方人员"), self.person),
                                (translate("Relations", "商定事项"), self.summary),
                                (translate("Relations", "下一步"), self.next_step),
                                (translate("Relations", "下一步日期"), self.next_date),
                                (translate("Relations", "住户"), self.room),
                                (translate("Relations", "附件"), self.attach_button)):
            self.form.addRow(caption, widget)
        self.form.addRow("", QLabel(translate(
            "Relations", "下一步到期时会出现在“今日”，再次记录与该单位的联系后消失。")))
        self.finish({"organisation": self.organisation, "on_date": self.on_date,
                     "channel": self.channel, "person": self.person, "summary": self.summary,
                     "next_step": self.next_step, "next_date": self.next_date,
                     "unit": self.room, "file": self.attach_button})
        self._people()

    def _people(self) -> None:
        typed = self.person.currentText()
        self.person.clear()
        org_id = self.organisation.currentData()
        if org_id is not None:
            with contextlib.suppress(PmdeskError):
                self.person.addItems([p.name for p in relations.people(org_id)])
        self.person.setCurrentText(typed)

    def submit(self) -> None:
        log_contact(files=self.attach_button.files, org_id=self.organisation.currentData(),
                    channel=self.channel.currentData(), summary=self.summary.toPlainText(),
                    on_date=self.on_date.value(), person=self.person.currentText(),
                    next_step=self.next_step.text(), next_date=self.next_date.value(),
                    unit_id=find_unit(self.room.text(), field="unit"))
