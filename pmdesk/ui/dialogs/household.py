"""The household card: the unit, everyone in it and in which role, who lived there before,
tags and cars — with moving in and moving out."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core import clock, masking
from pmdesk.core.errors import PmdeskError
from pmdesk.core.money.amounts import money_text
from pmdesk.core.register import residents
from pmdesk.core.service.complaints import queue
from pmdesk.core.service.events import events, signups
from pmdesk.core.service.renovations import of_unit
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import (
    COMPLAINT_KINDS,
    COMPLAINT_STATUSES,
    KINDS,
    RENOVATION_STAGES,
    ROLES,
    SPACE_KINDS,
    STATES,
    label,
)
from pmdesk.ui.access import ask_approval, with_approval
from pmdesk.ui.alerts import show_error
from pmdesk.ui.date_field import DateField
from pmdesk.ui.dialogs.ledger import LedgerView
from pmdesk.ui.forms import FormDialog, FormErrors
from pmdesk.ui.models import Column, RowTableModel, table_view

CURRENT = [
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "身份"), lambda o: label(ROLES, o.role)),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "姓名"), lambda o: o.name),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "电话"),
           lambda o: " / ".join(masking.mask_phone(p) for p in (o.phone, o.phone2) if p)),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "证件号"), lambda o: masking.mask_id(o.id_number)),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "入住日期"), lambda o: o.start_date),
]
HISTORY = [
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "身份"), lambda o: label(ROLES, o.role)),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "姓名"), lambda o: o.name),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "入住日期"), lambda o: o.start_date),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "迁出日期"), lambda o: o.end_date),
]

COMPLAINTS = [
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "编号"), lambda r: r[0].number),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "受理时间"),
           lambda r: r[0].received_at.replace("T", " ")),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "类型"),
           lambda r: label(COMPLAINT_KINDS, r[0].kind)),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "这户是"), lambda r: translate(
        "HouseholdCard", "反映人") if r[1] else translate("HouseholdCard", "被反映的一方")),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "内容"), lambda r: r[0].description[:40]),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "进度"),
           lambda r: label(COMPLAINT_STATUSES, r[0].status)),
]

EVENTS = [
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "时间"), lambda r: r[0].starts_at[:10]),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "活动"), lambda r: r[0].title),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "人数"), lambda r: r[1].people if r[1] else ""),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "到场"),
           lambda r: "" if not r[1] or r[1].attended is None else r[1].attended),
]


RENOVATIONS = [
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "登记号"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "工期"), lambda r: f"{r.start_on}—{r.end_on}"),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "内容"), lambda r: " ".join(r.scope.split())[:40]),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "状态"),
           lambda r: label(RENOVATION_STAGES, r.stage(clock.today()))),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "在押押金"),
           lambda r: money_text(r.held) if r.held else ""),
]


def _vehicle(vehicle: residents.VehicleRow) -> str:
    where = " ".join(filter(None, (label(SPACE_KINDS, vehicle.space_kind), vehicle.space)))
    return f"{vehicle.plate}（{where}）"



class HouseholdCard(QDialog):
    def __init__(self, unit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit_id = unit_id
        self.changed = False
        self.collect_requested = False  # closed with 收款: the cash desk takes over
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.current_model = RowTableModel(CURRENT, "HouseholdCard", self)
        self.history_model = RowTableModel(HISTORY, "HouseholdCard", self)
        self.current = table_view(self.current_model)
        self.history = table_view(self.history_model)
        self.edit_button = QPushButton(translate("HouseholdCard", "修改房屋信息(&E)…"))
        self.edit_button.clicked.connect(self.edit_unit)
        self.tags_button = QPushButton(translate("HouseholdCard", "标签(&T)…"))
        self.tags_button.clicked.connect(self.edit_tags)
        self.cars_button = QPushButton(translate("HouseholdCard", "车辆(&V)…"))
        self.cars_button.clicked.connect(self.edit_vehicles)
        self.person_button = QPushButton(translate("HouseholdCard", "修改所选人员(&P)…"))
        self.person_button.clicked.connect(self.edit_person)
        self.add_button = QPushButton(translate("HouseholdCard", "登记入住(&A)…"))
        self.move_out_button = QPushButton(translate("HouseholdCard", "迁出所选(&M)…"))
        self.add_button.clicked.connect(self.add_occupant)
        self.move_out_button.clicked.connect(self.move_out_selected)
        close = QPushButton(translate("HouseholdCard", "关闭"))
        close.clicked.connect(self.accept)
        people = QGroupBox(translate("HouseholdCard", "现住人员"))
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.current)
        before = QGroupBox(translate("HouseholdCard", "历史住户"))
        QVBoxLayout(before).addWidget(self.history)
        unit_buttons = QHBoxLayout()
        for button in (self.edit_button, self.tags_button, self.cars_button):
            unit_buttons.addWidget(button)
        unit_buttons.addStretch()
        unit_buttons.addWidget(close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.person_button)
        buttons.addWidget(self.move_out_button)
        buttons.addStretch()

        self.ledger = LedgerView(unit_id)
        self.ledger.collect.connect(self.collect)
        self.ledger.changed.connect(self._money_changed)
        people_page = QWidget()
        people_layout = QVBoxLayout(people_page)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(people, 3)
        people_layout.addWidget(before, 2)
        people_layout.addLayout(buttons)
        self.pages = QTabWidget()
        self.pages.addTab(people_page, "")
        self.pages.addTab(self.ledger, translate("HouseholdCard", "账务"))
        self.complaints_model = RowTableModel(COMPLAINTS, "HouseholdCard", self)
        complaints_page = QWidget()
        complaints_layout = QVBoxLayout(complaints_page)
        complaints_layout.setContentsMargins(0, 0, 0, 0)
        complaints_layout.addWidget(table_view(self.complaints_model))
        self.pages.addTab(complaints_page, "")
        self.events_model = RowTableModel(EVENTS, "HouseholdCard", self)
        self.pages.addTab(table_view(self.events_model), "")
        self.renovations_model = RowTableModel(RENOVATIONS, "HouseholdCard", self)
        self.renovations = table_view(self.renovations_model)
        self.renovations.doubleClicked.connect(self.open_renovation)
        self.pages.addTab(self.renovations, "")
        self.renovation_requested: int | None = None  # closed to open this registration
        for index in range(self.pages.count()):  # Alt+1…4: the tabs' labels keep their counts
            QShortcut(QKeySequence(f"Alt+{index + 1}"), self,
                      lambda index=index: self.pages.setCurrentIndex(index))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(unit_buttons)
        layout.addWidget(self.pages, 1)
        self.resize(820, 640)
        self.refresh()

    def refresh(self) -> None:
        h = residents.household(self.unit_id)
        self.household = h
        self.setWindowTitle(translate("HouseholdCard", "住户卡片 — {code}").format(code=h.code))
        cars = "；".join(_vehicle(v) for v in h.vehicles) or translate("HouseholdCard", "无")
        self.summary.setText(translate(
            "HouseholdCard", "<b style='font-size:15pt'>{code}</b>　{kind}　{state}　"
                             "建筑面积 {area} ㎡　交房日期 {handover}"
                             "<br>标签：{tags}<br>车辆：{cars}")
            .format(code=h.code, kind=label(KINDS, h.kind), state=label(STATES, h.state),
                    area=residents.format_area(h.area), handover=h.handover_date or "-",
                    tags="、".join(h.tags) or translate("HouseholdCard", "无"), cars=cars))

        self.events_model.set_rows([
            (e, next((s for s in signups(e.id) if s.unit_id == self.unit_id), None))
            for e in events(unit_id=self.unit_id)])
        self.complaints_model.set_rows(
            [(item, item.unit_id == self.unit_id) for item in
             queue(open_only=False, unit_id=self.unit_id)])
        self.renovations_model.set_rows(of_unit(self.unit_id))
        self.current_model.set_rows(h.occupants)
        self.history_model.set_rows(h.history)
        self.move_out_button.setEnabled(bool(h.occupants))
        for index, text, count in (
                (0, translate("HouseholdCard", "人员 {count}"), len(h.occupants)),
                (2, translate("HouseholdCard", "投诉报修 {count}"),
                 self.complaints_model.rowCount()),
                (3, translate("HouseholdCard", "社区活动 {count}"), self.events_model.rowCount()),
                (4, translate("HouseholdCard", "装修 {count}"),
                 self.renovations_model.rowCount())):
            self.pages.setTabText(index, text.format(count=count) if count
                                  else text.replace(" {count}", ""))

    def _selected(self) -> residents.Occupant | None:
        rows = self.current.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(
                self, translate("HouseholdCard", "住户卡片"),
                translate("HouseholdCard", "请先在“现住人员”中选中一个人。"))
            return None
        return self.current_model.rows[rows[0].row()]

    def open_renovation(self) -> None:
        """A registration double-clicked: the card closes and the 装修 tab shows it."""
        rows = self.renovations.selectionModel().selectedRows()
        if rows:
            self.renovation_requested = self.renovations_model.rows[rows[0].row()].id
            self.accept()

    def collect(self) -> None:
        self.collect_requested = True
        self.accept()

    def _money_changed(self) -> None:
        self.changed = True

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec():
            self.changed = True
            self.refresh()

    def edit_person(self) -> None:
        occupant = self._selected()
        if occupant is not None:
            self._run(PersonDialog(occupant, self))

    def edit_tags(self) -> None:
        self._run(TagsDialog(self.household, self))

    def edit_vehicles(self) -> None:
        dialog = VehiclesDialog(self.household.unit_id, self)
        dialog.exec()
        if dialog.changed:
            self.changed = True
            self.refresh()

    def edit_unit(self) -> None:
        dialog = UnitDialog(self.household, self)
        if dialog.exec():
            self.changed = True
            self.refresh()

    def add_occupant(self) -> None:
        dialog = OccupantDialog(self.unit_id, self)
        if dialog.exec():
            self.changed = True
            self.refresh()

    def move_out_selected(self) -> None:
        occupant = self._selected()
        if occupant is not None:
            self._run(MoveOutDialog(occupant, self))


class UnitDialog(FormDialog):
    """The unit's own facts: floor area, type, state, handover date, note."""

    def __init__(self, household: residents.Household, parent: QWidget | None = None) -> None:
        super().__init__(translate("HouseholdCard", "修改房屋信息 — {code}").format(
            code=household.code), parent)
        self.unit_id = household.unit_id
        self.area = QLineEdit(residents.format_area(household.area))
        self.kind = QComboBox()
        for code in KINDS:
            self.kind.addItem(label(KINDS, code), code)
        self.kind.setCurrentIndex(self.kind.findData(household.kind))
        self.state = QComboBox()
        for code in STATES:
            self.state.addItem(label(STATES, code), code)
        self.state.setCurrentIndex(self.state.findData(household.state))
        self.handover = DateField(date.fromisoformat(household.handover_date)
                                  if household.handover_date else None, optional=True)
        self.note = QLineEdit(household.note)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("HouseholdCard", "例如：按不动产权证更正"))
        reason_hint = QLabel(translate(
            "HouseholdCard", "改面积、类型、交房日期或是否计费时必填，并须主管同意。"))
        reason_hint.setWordWrap(True)
        reason_hint.setStyleSheet("color: #666;")
        self.form.addRow(translate("HouseholdCard", "建筑面积（㎡）"), self.area)
        self.form.addRow(translate("HouseholdCard", "类型"), self.kind)
        self.form.addRow(translate("HouseholdCard", "状态"), self.state)
        self.form.addRow(translate("HouseholdCard", "交房日期"), self.handover)
        self.form.addRow(translate("HouseholdCard", "备注"), self.note)
        self.form.addRow(translate("HouseholdCard", "修改原因"), self.reason)
        self.form.addRow("", reason_hint)
        self.finish({"area": self.area, "handover_date": self.handover, "note": self.note,
                     "reason": self.reason})

    def submit(self) -> None:
        """What decides the fees is a manager's change (approved on the spot)."""
        with_approval(self, lambda approver: residents.update_unit(
            unit_id=self.unit_id, area=self.area.text(), kind=self.kind.currentData(),
            state=self.state.currentData(), handover_date=self.handover.value(),
            note=self.note.text(), reason=self.reason.text(), approved_by=approver))


class AddHouseholdDialog(FormDialog):
    """添加住户: a unit by its room (building and unit made as needed), its floor area, type
    and handover date (the fees follow them as for an imported unit), and its owner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("HouseholdCard", "添加住户"), parent)
        self.room = QLineEdit()
        self.room.setPlaceholderText(translate("HouseholdCard",
                                               "如 3-2-501、3栋2单元501室、12-101"))
        self.area = QLineEdit()
        self.area.setPlaceholderText("89.50")
        self.kind = QComboBox()
        for code in KINDS:
            self.kind.addItem(label(KINDS, code), code)
        self.handover = DateField(optional=True)
        self.owner = QLineEdit()
        self.phone = QLineEdit()
        self.note = QLineEdit()
        hint = QLabel(translate("HouseholdCard", "交房的下一个月起计费；没有业主的房屋记为"
                                                 "“已交房未入住”。家庭成员、租户和标签在住户卡里添加。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        self.form.addRow(translate("HouseholdCard", "房号"), self.room)
        self.form.addRow(translate("HouseholdCard", "建筑面积（㎡）"), self.area)
        self.form.addRow(translate("HouseholdCard", "类型"), self.kind)
        self.form.addRow(translate("HouseholdCard", "交房日期"), self.handover)
        self.form.addRow(translate("HouseholdCard", "业主姓名"), self.owner)
        self.form.addRow(translate("HouseholdCard", "业主电话"), self.phone)
        self.form.addRow(translate("HouseholdCard", "备注"), self.note)
        self.form.addRow("", hint)
        self.finish({"room": self.room, "area": self.area, "handover_date": self.handover,
                     "owner": self.owner, "phone": self.phone, "note": self.note})
        self.unit_id: int | None = None

    def submit(self) -> None:
        self.unit_id = residents.add_unit(
            room=self.room.text(), area=self.area.text(), kind=self.kind.currentData(),
            handover_date=self.handover.value(), owner=self.owner.text(),
            phone=self.phone.text(), note=self.note.text())


class OccupantDialog(FormDialog):
    """Register a person moving in (or recorded) in a role."""

    def __init__(self, unit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(translate("HouseholdCard", "登记入住"), parent)
        self.unit_id = unit_id
        self.name = QLineEdit()
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(label(ROLES, code), code)
        self.phone = QLineEdit()
        self.id_number = QLineEdit()
        self.start = DateField(clock.today())
        self.form.addRow(translate("HouseholdCard", "姓名"), self.name)
        self.form.addRow(translate("HouseholdCard", "身份"), self.role)
        self.form.addRow(translate("HouseholdCard", "电话"), self.phone)
        self.form.addRow(translate("HouseholdCard", "证件号（可不填）"), self.id_number)
        self.form.addRow(translate("HouseholdCard", "入住日期"), self.start)
        self.finish({"name": self.name, "phone": self.phone, "id_number": self.id_number,
                     "start_date": self.start})

    def submit(self) -> None:
        residents.add_occupant(unit_id=self.unit_id, name=self.name.text(),
                               role=self.role.currentData(), phone=self.phone.text(),
                               id_number=self.id_number.text(),
                               start_date=self.start.value())


class MoveOutDialog(QDialog):
    def __init__(self, occupant: residents.Occupant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.occupant = occupant
        self.setWindowTitle(translate("HouseholdCard", "迁出"))
        text = QLabel(translate("HouseholdCard", "{name}（{role}）迁出。记录会保留在“历史住户”中。")
                      .format(name=occupant.name, role=label(ROLES, occupant.role)))
        text.setWordWrap(True)
        self.end = DateField(clock.today(), past=True)
        form = QFormLayout()
        form.addRow(translate("HouseholdCard", "迁出日期"), self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.end.validityChanged.connect(
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            residents.move_out(occupancy_id=self.occupant.occupancy_id,
                               end_date=self.end.value())
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.accept()


class PersonDialog(FormDialog):
    """Correct a person's name, phones or ID number."""

    def __init__(self, occupant: residents.Occupant, parent: QWidget | None = None) -> None:
        super().__init__(translate("HouseholdCard", "修改人员信息"), parent)
        self.person_id = occupant.person_id
        self.name = QLineEdit(occupant.name)
        self.phone = QLineEdit(occupant.phone)
        self.phone2 = QLineEdit(occupant.phone2)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(masking.mask_id(occupant.id_number) or
                                          translate("HouseholdCard", "（未登记）"))
        self.keep_id = occupant.id_number or ""
        self.form.addRow(translate("HouseholdCard", "姓名"), self.name)
        self.form.addRow(translate("HouseholdCard", "电话"), self.phone)
        self.form.addRow(translate("HouseholdCard", "备用电话"), self.phone2)
        id_row = QHBoxLayout()
        id_row.addWidget(self.id_number)
        if occupant.id_number:
            self.reveal_button = QPushButton(translate("HouseholdCard", "查看完整号码…"))
            self.reveal_button.setToolTip(translate(
                "HouseholdCard", "须主管输入密码，每次查看都记入操作日志"))
            self.reveal_button.clicked.connect(self.reveal)
            id_row.addWidget(self.reveal_button)
        self.form.addRow(translate("HouseholdCard", "证件号（留空则不变）"), id_row)
        self.finish({"name": self.name, "phone": self.phone, "phone2": self.phone2,
                     "id_number": self.id_number})

    def reveal(self) -> None:
        """A manager re-enters their password for every look (docs reliability §8.5 D2)."""
        approver = ask_approval(self, "person.reveal_id")
        if approver is None:
            return
        try:
            number = residents.reveal_id(self.person_id, approved_by=approver)
        except PmdeskError as exc:
            self.error.show_error(exc)
            return
        self.id_number.setPlaceholderText(number)
        self.reveal_button.setEnabled(False)

    def submit(self) -> None:
        residents.update_person(person_id=self.person_id, name=self.name.text(),
                                phone=self.phone.text(), phone2=self.phone2.text(),
                                id_number=self.id_number.text() or self.keep_id)


class TagsDialog(QDialog):
    """The household's tags: tick the office's tags, or type a new one."""

    def __init__(self, household: residents.Household, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit_id = household.unit_id
        self.setWindowTitle(translate("HouseholdCard", "标签 — {code}").format(
            code=household.code))
        self.boxes: list[QCheckBox] = []
        layout = QVBoxLayout(self)
        for name in residents.tag_names():
            box = QCheckBox(name)
            box.setChecked(name in household.tags)
            self.boxes.append(box)
            layout.addWidget(box)
        self.new_tag = QLineEdit()
        self.new_tag.setPlaceholderText(translate("HouseholdCard", "新标签，例如：孕产妇"))
        layout.addWidget(self.new_tag)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        tags = [box.text() for box in self.boxes if box.isChecked()]
        if self.new_tag.text().strip():
            tags.append(self.new_tag.text())
        try:
            residents.set_tags(unit_id=self.unit_id, tags=tags)
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.accept()


VEHICLES = [
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "车牌"), lambda v: v.plate),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "车位"), lambda v: v.space),
    Column(QT_TRANSLATE_NOOP("HouseholdCard", "车位类型"), lambda v: label(SPACE_KINDS,
                                                                          v.space_kind)),
]


class VehiclesDialog(QDialog):
    """The household's cars and parking spaces: register one, or record that one is gone."""

    def __init__(self, unit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit_id = unit_id
        self.changed = False
        self.setWindowTitle(translate("HouseholdCard", "车辆"))
        self.model = RowTableModel(VEHICLES, "HouseholdCard", self)
        self.table = table_view(self.model)
        self.plate = QLineEdit()
        self.plate.setPlaceholderText("浙A12345")
        self.space = QLineEdit()
        self.space.setPlaceholderText("B1-136")
        self.space_kind = QComboBox()
        for code in SPACE_KINDS:
            self.space_kind.addItem(label(SPACE_KINDS, code), code)
        self.add_button = QPushButton(translate("HouseholdCard", "登记(&A)"))
        self.remove_button = QPushButton(translate("HouseholdCard", "所选车辆已离开(&R)"))
        close = QPushButton(translate("HouseholdCard", "关闭"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        close.clicked.connect(self.accept)
        entry = QHBoxLayout()
        for widget in (self.plate, self.space, self.space_kind, self.add_button):
            entry.addWidget(widget)
        self.error = FormErrors({"plate": self.plate, "space": self.space})
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch()
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(entry)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.resize(560, 360)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(residents.household(self.unit_id).vehicles)
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    def add(self) -> None:
        try:
            residents.add_vehicle(unit_id=self.unit_id, plate=self.plate.text(),
                                  space=self.space.text(),
                                  space_kind=self.space_kind.currentData())
        except PmdeskError as exc:
            self.error.show_error(exc)
            return
        self.error.clear()
        self.plate.clear()
        self.space.clear()
        self.changed = True
        self.refresh()

    def remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        residents.remove_vehicle(vehicle_id=self.model.rows[rows[0].row()].vehicle_id)
        self.changed = True
        self.refresh()
