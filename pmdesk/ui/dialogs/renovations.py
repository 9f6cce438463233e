"""The 装修 dialogs: registering a renovation (or changing and extending it), a worker and
the pass, the decision, the deposit and clearance fee at the desk, a clearance booking, an
inspection or the final 验收, a violation, the deposit's refund, and the office's rules."""

from __future__ import annotations

import contextlib
import uuid
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from pmdesk.actions.service import read_files
from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.money import deposits
from pmdesk.core.money.amounts import (
    line_amount,
    money_text,
    parse_money,
    parse_rate,
    rate_text,
    yuan,
)
from pmdesk.core.register.residents import find_unit
from pmdesk.core.register.units import owner_names, unit_code
from pmdesk.core.service import renovations
from pmdesk.i18n import translate
from pmdesk.labels import INSPECTION_KINDS, METHODS, VIOLATION_KINDS, WORKS, label
from pmdesk.ui.access import with_approval
from pmdesk.ui.date_field import DateField
from pmdesk.ui.forms import AttachButton, FormDialog, side_by_side, text_box


def _money(fen: int) -> QLineEdit:
    edit = QLineEdit(yuan(fen))
    edit.setMaximumWidth(120)
    return edit


def _fen(edit: QLineEdit, field: str) -> int:
    return parse_money(edit.text() or "0", field=field, allow_zero=True)


def _methods() -> QComboBox:
    combo = QComboBox()
    for code in METHODS:
        combo.addItem(label(METHODS, code), code)
    return combo


class RenovationDialog(FormDialog):
    """装修登记 — or, given a registration, its changes and 延期 (what is done and the flagged
    works are fixed once it is decided)."""

    def __init__(self, renovation: renovations.Renovation | None = None, *,
                 unit_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("Renovations", "装修登记") if renovation is None else
                         translate("Renovations", "修改装修登记 — {number}").format(
                             number=renovation.number), parent)
        self.renovation = renovation
        r = renovation
        self.room = QLineEdit(r.room if r else (unit_code(unit_id) if unit_id else ""))
        self.room.setPlaceholderText(translate("Renovations", "房号，如 3-2-501"))
        self.room.setEnabled(r is None)
        self.found = QLabel()
        self.applicant = QLineEdit(r.applicant if r else "")
        self.phone = QLineEdit(r.phone if r else "")
        self.company = QLineEdit(r.company if r else "")
        self.foreman = QLineEdit(r.foreman if r else "")
        self.foreman.setMaximumWidth(110)
        self.foreman_phone = QLineEdit(r.foreman_phone if r else "")
        self.foreman_phone.setMaximumWidth(130)
        self.scope = text_box(r.scope if r else "", 60)
        self.scope.setPlaceholderText(translate("Renovations",
                                                "如 厨卫翻新、铺地砖、刷墙、更换门窗"))
        self.works: dict[str, QCheckBox] = {}
        for code in renovations.WORKS:
            box = QCheckBox(label(WORKS, code))
            box.setChecked(bool(r and code in r.flagged))
            box.toggled.connect(self.show_dues)
            self.works[code] = box
        decided = r is not None and r.status != "registered"
        for widget in (self.scope, *self.works.values()):
            widget.setEnabled(not decided)
        today = clock.today()
        self.start = DateField(date.fromisoformat(r.start_on) if r else today + timedelta(days=1))
        self.start.setEnabled(not decided)
        self.end = DateField(date.fromisoformat(r.end_on) if r else today + timedelta(days=61))
        self.note = QLineEdit(r.note if r else "")
        self.dues = QLabel()
        self.form.addRow(translate("Renovations", "房号"), side_by_side(self.room, self.found))
        self.form.addRow(translate("Renovations", "申请人"),
                         side_by_side(self.applicant, translate("Renovations", "电话"), self.phone))
        self.form.addRow(translate("Renovations", "装修公司"), self.company)
        self.form.addRow(translate("Renovations", "施工负责人"),
                         side_by_side(self.foreman, translate("Renovations", "电话"),
                              self.foreman_phone))
        self.form.addRow(translate("Renovations", "装修内容"), self.scope)
        self.form.addRow(translate("Renovations", "须主管审批"), side_by_side(*self.works.values()))
        self.form.addRow(translate("Renovations", "开工日期"),
                         side_by_side(self.start, translate("Renovations", "完工日期"), self.end))
        self.form.addRow(translate("Renovations", "备注"), self.note)
        self.form.addRow("", self.dues)
        self.finish({"unit": self.room, "room": self.room, "applicant": self.applicant,
                     "phone": self.phone, "company": self.company, "foreman": self.foreman,
                     "foreman_phone": self.foreman_phone, "scope": self.scope,
                     "works": self.works["structure"], "start_on": self.start,
                     "end_on": self.end, "note": self.note})
        self.saved: renovations.Renovation | None = None
        self.room.textChanged.connect(self.look_up)
        self.look_up()

    def unit_id(self) -> int | None:
        if self.renovation is not None:
            return self.renovation.unit_id
        with contextlib.suppress(PmdeskError):
            return find_unit(self.room.text(), field="unit") if self.room.text().strip() \
                else None
        return None

    def look_up(self) -> None:
        unit_id = self.unit_id()
        if unit_id is None:
            self.found.setText("")
        else:
            owners = owner_names(unit_id)
            self.found.setText(translate("Renovations", "业主 {owner}").format(
                owner=owners or translate("Renovations", "未登记")))
            if self.renovation is None and not self.applicant.isModified():
                self.applicant.setText(owners)
        self.show_dues()

    def chosen_works(self) -> list[str]:
        return [code for code, box in self.works.items() if box.isChecked()]

    def show_dues(self) -> None:
        unit_id = self.unit_id()
        if unit_id is None:
            self.dues.setText("")
            return
        if self.renovation is not None and self.renovation.status != "registered":
            deposit, clearance = self.renovation.deposit_due, self.renovation.clearance_due
        else:
            deposit, clearance = renovations.dues(unit_id, self.chosen_works())
        text = translate("Renovations", "应交：装修押金 {deposit}（验收后退还），垃圾清运费 {fee}")
        if self.chosen_works():
            text += translate("Renovations", "；涉及结构等须主管审批")
        self.dues.setText(text.format(deposit=money_text(deposit), fee=money_text(clearance)))

    def submit(self) -> None:
        values = {"applicant": self.applicant.text(), "phone": self.phone.text(),
                  "company": self.company.text(), "foreman": self.foreman.text(),
                  "foreman_phone": self.foreman_phone.text(),
                  "scope": self.scope.toPlainText(), "works": self.chosen_works(),
                  "start_on": self.start.value(), "end_on": self.end.value(),
                  "note": self.note.text()}
        if self.renovation is not None:
            self.saved = renovations.update(self.renovation.id, **values)
            return
        unit_id = find_unit(self.room.text(), field="unit")
        if unit_id is None:
            raise ValidationError("unit", "value.required")
        self.saved = renovations.register(unit_id=unit_id, **values)


class WorkerDialog(FormDialog):
    """A worker and the pass (出入证): the ID number is checked and kept masked."""

    def __init__(self, renovation: renovations.Renovation, parent: QWidget | None = None) -> None:
        super().__init__(translate("Renovations", "登记施工人员 — {number}").format(
            number=renovation.number), parent)
        self.renovation = renovation
        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(translate("Renovations", "只保存打码后的号码"))
        self.phone = QLineEdit()
        self.trade = QComboBox()
        self.trade.setEditable(True)
        for trade in ("", "水电", "泥瓦", "木工", "油漆", "安装", "杂工"):
            self.trade.addItem(trade)
        self.form.addRow(translate("Renovations", "姓名"), self.name)
        self.form.addRow(translate("Renovations", "身份证号"), self.id_number)
        self.form.addRow(translate("Renovations", "电话"), self.phone)
        self.form.addRow(translate("Renovations", "工种"), self.trade)
        self.finish({"name": self.name, "id_number": self.id_number, "phone": self.phone,
                     "trade": self.trade})
        self.added: renovations.Worker | None = None

    def submit(self) -> None:
        self.added = renovations.add_worker(
            self.renovation.id, name=self.name.text(), id_number=self.id_number.text(),
            phone=self.phone.text(), trade=self.trade.currentText())


class DecisionDialog(FormDialog):
    """审批: approve, or refuse with the reason; flagged works ask a manager to approve."""

    def __init__(self, renovation: renovations.Renovation, parent: QWidget | None = None) -> None:
        super().__init__(translate("Renovations", "审批 — {number}").format(
            number=renovation.number), parent)
        self.renovation = renovation
        what = QLabel(" ".join(renovation.scope.split()))
        what.setWordWrap(True)
        self.approve = QRadioButton(translate("Renovations", "批准"))
        self.refuse = QRadioButton(translate("Renovations", "不批准"))
        self.approve.setChecked(True)
        self.note = text_box(height=60)
        self.note.setPlaceholderText(translate("Renovations", "审批意见；不批准时写明原因"))
        self.form.addRow(translate("Renovations", "房号"), QLabel(renovation.room))
        self.form.addRow(translate("Renovations", "装修内容"), what)
        if renovation.flagged:
            flagged = QLabel(translate("Renovations", "涉及：{works}（须主管审批）").format(
                works="、".join(label(WORKS, code) for code in renovation.flagged)))
            flagged.setStyleSheet("color: #b00020;")
            self.form.addRow("", flagged)
        self.form.addRow(translate("Renovations", "结论"), side_by_side(self.approve, self.refuse))
        self.form.addRow(translate("Renovations", "意见"), self.note)
        self.finish({"decision_note": self.note, "status": self.approve})

    def submit(self) -> None:
        with_approval(self, lambda approver: renovations.decide(
            self.renovation.id, approve=self.approve.isChecked(),
            note=self.note.toPlainText(), approved_by=approver))


class PaymentDialog(FormDialog):
    """收装修押金和垃圾清运费 on one receipt of the office's sequence."""

    def __init__(self, renovation: renovations.Renovation, parent: QWidget | None = None) -> None:
        super().__init__(translate("Renovations", "收押金和清运费 — {number} {room}").format(
            number=renovation.number, room=renovation.room), parent)
        self.renovation = renovation
        self.token = uuid.uuid4().hex  # one form, one payment, however often Save is pressed
        r = renovation
        self.deposit = _money(max(r.deposit_due - r.deposit_paid, 0))
        self.clearance = _money(max(r.clearance_due - r.clearance_paid, 0))
        self.method = _methods()
        self.tendered = QLineEdit()
        self.tendered.setMaximumWidth(120)
        self.tendered.setPlaceholderText(translate("Renovations", "现金实收，可不填"))
        self.payer = QLineEdit(r.applicant)
        state = QLabel(translate(
            "Renovations", "应交押金 {due}，已交 {paid}；应交清运费 {fee_due}，已交 {fee_paid}")
            .format(due=money_text(r.deposit_due), paid=money_text(r.deposit_paid),
                    fee_due=money_text(r.clearance_due), fee_paid=money_text(r.clearance_paid)))
        state.setWordWrap(True)
        note = QLabel(translate("Renovations", "押金是代业主暂收的款项，验收后退还，不计入收入。"))
        note.setStyleSheet("color: #555;")
        self.form.addRow("", state)
        self.form.addRow(translate("Renovations", "装修押金"), self.deposit)
        self.form.addRow(translate("Renovations", "垃圾清运费"), self.clearance)
        self.form.addRow(translate("Renovations", "付款方式"),
                         side_by_side(self.method, translate("Renovations", "实收"), self.tendered))
        self.form.addRow(translate("Renovations", "交款人"), self.payer)
        self.form.addRow("", note)
        self.finish({"deposit": self.deposit, "clearance": self.clearance,
                     "method": self.method, "tendered": self.tendered, "payer": self.payer})
        self.result_: object = None

    def submit(self) -> None:
        cash = self.method.currentData() == "cash"
        tendered = parse_money(self.tendered.text(), field="tendered") \
            if cash and self.tendered.text().strip() else None
        self.result_ = deposits.take(
            renovation_id=self.renovation.id, deposit=_fen(self.deposit, "deposit"),
            clearance=_fen(self.clearance, "clearance"), method=self.method.currentData(),
            payer=self.payer.text(), tendered=tendered, token=self.token)


class BookingDialog(FormDialog):
    """预约清运: a day of the works and one of the office's slots with room left."""

    def __init__(self, renovation: renovations.Renovation, parent: QWidget | None = None) -> None:
        super().__init__(translate("Renovations", "预约清运 — {number} {room}").format(
            number=renovation.number, room=renovation.room), parent)
        self.renovation = renovation
        start = date.fromisoformat(renovation.start_on)
        self.day = DateField(max(clock.today() + timedelta(days=1), start))
        self.slot = QComboBox()
        self.bags = QSpinBox()
        self.bags.setRange(0, 999)
        self.bags.setSuffix(translate("Renovations", " 袋"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("Renovations", "如 垃圾放在门口"))
        self.form.addRow(translate("Renovations", "日期"), self.day)
        self.form.addRow(translate("Renovations", "时段"), self.slot)
        self.form.addRow(translate("Renovations", "约几袋"), self.bags)
        self.form.addRow(translate("Renovations", "备注"), self.note)
        rule = QLabel(translate("Renovations", "清运时段避开电梯高峰（{peaks}）；垃圾须袋装。")
                      .format(peaks=renovations.settings().lift_peaks.replace(",", "、")))
        rule.setStyleSheet("color: #555;")
        self.form.addRow("", rule)
        self.finish({"day": self.day, "slot": self.slot, "bags": self.bags, "note": self.note})
        self.day.valueChanged.connect(self.show_slots)
        self.show_slots()

    def show_slots(self) -> None:
        chosen = self.slot.currentData()
        self.slot.clear()
        day = self.day.value()
        if day is None:
            return
        for slot, free in renovations.free_slots(day):
            self.slot.addItem(translate("Renovations", "{slot}（还可约 {free} 户）").format(
                slot=slot, free=max(free, 0)) if free > 0 else
                translate("Renovations", "{slot}（已约满）").format(slot=slot), slot)
        index = self.slot.findData(chosen)
        if index >= 0:
            self.slot.setCurrentIndex(index)

    def submit(self) -> None:
        renovations.book(self.renovation.id, day=self.day.value(),
                         slot=self.slot.currentData() or "", bags=self.bags.value(),
                         note=self.note.text())


class InspectionDialog(FormDialog):
    """检查: the next planned inspection, a spot check or the final 验收 — passed or what was
    found, by whom, with photos. A final 验收 passed closes the registration."""

    def __init__(self, renovation: renovations.Renovation, parent: QWidget | None = None) -> None:
        super().__init__(translate("Renovations", "检查与验收 — {number} {room}").format(
            number=renovation.number, room=renovation.room), parent)
        self.renovation = renovation
        self.which = QComboBox()
        planned = [i for i in renovations.inspections(renovation.id) if not i.done_on]
        for inspection in planned:
            self.which.addItem(translate("Renovations", "{kind}（计划 {day}）").format(
                kind=label(INSPECTION_KINDS, inspection.kind), day=inspection.due_on),
                (inspection.kind, inspection.id))
        self.which.addItem(label(INSPECTION_KINDS, "spot"), ("spot", None))
        if not any(i.kind == "final" for i in planned):
            self.which.addItem(label(INSPECTION_KINDS, "final"), ("final", None))
        self.passed = QRadioButton(translate("Renovations", "合格"))
        self.failed = QRadioButton(translate("Renovations", "不合格"))
        self.passed.setChecked(True)
        self.findings = text_box(height=70)
        self.findings.setPlaceholderText(translate(
            "Renovations", "检查情况；不合格时写明问题，保存后可登记违规和整改期限"))
        self.inspector = QLineEdit()
        self.inspector.setPlaceholderText(translate("Renovations", "不填则为当前登录人"))
        self.on = DateField(clock.today(), past=True)
        self.photos = AttachButton()
        self.form.addRow(translate("Renovations", "检查"), self.which)
        self.form.addRow(translate("Renovations", "结果"), side_by_side(self.passed, self.failed))
        self.form.addRow(translate("Renovations", "检查情况"), self.findings)
        self.form.addRow(translate("Renovations", "检查人"),
                         side_by_side(self.inspector, translate("Renovations", "日期"), self.on))
        self.form.addRow(translate("Renovations", "照片"), self.photos)
        self.finish({"kind": self.which, "result": self.passed, "findings": self.findings,
                     "inspector": self.inspector, "done_on": self.on, "file": self.photos})
        self.made: renovations.Inspection | None = None

    def submit(self) -> None:
        kind, inspection_id = self.which.currentData()
        self.made = renovations.inspect(
            self.renovation.id, kind=kind, inspection_id=inspection_id,
            passed=self.passed.isChecked(), findings=self.findings.toPlainText(),
            inspector=self.inspector.text(), on=self.on.value(),
            files=read_files(self.photos.files))


class ViolationDialog(FormDialog):
    """登记违规 with its 整改期限, from an inspection or a neighbour's complaint."""

    def __init__(self, renovation: renovations.Renovation, *, inspection_id: int | None = None,
                 text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(translate("Renovations", "登记违规 — {number} {room}").format(
            number=renovation.number, room=renovation.room), parent)
        self.renovation = renovation
        self.inspection_id = inspection_id
        self.kind = QComboBox()
        for code in renovations.VIOLATIONS:
            self.kind.addItem(label(VIOLATION_KINDS, code), code)
        self.text = text_box(text, 60)
        self.deadline = DateField(clock.today() + timedelta(days=3))
        self.complaint = QComboBox()
        self.complaint.addItem(translate("Renovations", "（无）"), None)
        for found in renovations.nearby_complaints(renovation.id):
            self.complaint.addItem(f"{found.number} {found.room} "
                                   f"{' '.join(found.description.split())[:24]}", found.id)
        self.form.addRow(translate("Renovations", "违规类别"), self.kind)
        self.form.addRow(translate("Renovations", "情况"), self.text)
        self.form.addRow(translate("Renovations", "整改期限"), self.deadline)
        self.form.addRow(translate("Renovations", "邻居投诉"), self.complaint)
        self.finish({"kind": self.kind, "text": self.text, "deadline": self.deadline})

    def submit(self) -> None:
        renovations.add_violation(self.renovation.id, kind=self.kind.currentData(),
                                  text=self.text.toPlainText(), deadline=self.deadline.value(),
                                  inspection_id=self.inspection_id,
                                  complaint_id=self.complaint.currentData())


class RefundDialog(FormDialog):
    """退押金 after 验收: what is held, less a damage charge the manager approves, with its
    reason and photos."""

    def __init__(self, renovation: renovations.Renovation, parent: QWidget | None = None) -> None:
        super().__init__(translate("Renovations", "退还装修押金 — {number} {room}").format(
            number=renovation.number, room=renovation.room), parent)
        self.renovation = renovation
        self.deduction = _money(0)
        self.deduction.textChanged.connect(self.show_back)
        self.reason = text_box(height=52)
        self.reason.setPlaceholderText(translate("Renovations", "扣款原因：损坏了什么、修复费用"))
        self.photos = AttachButton()
        self.method = _methods()
        self.back = QLabel()
        self.form.addRow(translate("Renovations", "在押押金"),
                         QLabel(money_text(renovation.held)))
        self.form.addRow(translate("Renovations", "扣款"), self.deduction)
        self.form.addRow(translate("Renovations", "扣款原因"), self.reason)
        self.form.addRow(translate("Renovations", "损坏照片"), self.photos)
        self.form.addRow(translate("Renovations", "退款方式"), self.method)
        self.form.addRow(translate("Renovations", "实退"), self.back)
        hint = QLabel(translate("Renovations", "扣款须主管批准，并附照片为证。"))
        hint.setStyleSheet("color: #555;")
        self.form.addRow("", hint)
        self.finish({"deduction": self.deduction, "reason": self.reason, "file": self.photos,
                     "method": self.method})
        self.refund: deposits.Refund | None = None
        self.show_back()

    def show_back(self) -> None:
        try:
            kept = _fen(self.deduction, "deduction")
        except PmdeskError:
            self.back.setText("—")
            return
        self.back.setText(money_text(self.renovation.held - kept))

    def submit(self) -> None:
        deduction = _fen(self.deduction, "deduction")
        files = read_files(self.photos.files)
        self.refund = with_approval(self, lambda approver: deposits.refund(
            renovation_id=self.renovation.id, deduction=deduction,
            reason=self.reason.toPlainText(), method=self.method.currentData(), files=files,
            approved_by=approver))


class RulesDialog(FormDialog):
    """装修管理设置: the hours work is allowed, the clearance slots outside the lift's peak, the
    deposit and the clearance fee — a manager's to change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Renovations", "装修管理设置"), parent)
        rules = renovations.settings()
        self.work_hours = QLineEdit(rules.work_hours)
        self.quiet = QCheckBox(translate("Renovations", "周六、周日不得进行噪音作业"))
        self.quiet.setChecked(bool(rules.quiet_weekends))
        self.peaks = QLineEdit(rules.lift_peaks)
        self.slots = QLineEdit(rules.clearance_slots)
        self.per_slot = QSpinBox()
        self.per_slot.setRange(1, 50)
        self.per_slot.setValue(rules.slot_households)
        self.deposit = _money(rules.deposit)
        self.structural = _money(rules.structural_deposit)
        self.rate = QLineEdit(rate_text(rules.clearance_rate))
        self.rate.setMaximumWidth(120)
        self.every = QSpinBox()
        self.every.setRange(1, 90)
        self.every.setValue(rules.inspect_days)
        self.every.setSuffix(translate("Renovations", " 天"))
        self.form.addRow(translate("Renovations", "允许施工时间"), self.work_hours)
        self.form.addRow("", self.quiet)
        self.form.addRow(translate("Renovations", "电梯高峰时段"), self.peaks)
        self.form.addRow(translate("Renovations", "清运时段"), self.slots)
        self.form.addRow(translate("Renovations", "每时段户数"), self.per_slot)
        self.form.addRow(translate("Renovations", "装修押金"), self.deposit)
        self.form.addRow(translate("Renovations", "涉及结构等的押金"), self.structural)
        self.form.addRow(translate("Renovations", "清运费（元/㎡）"), self.rate)
        self.form.addRow(translate("Renovations", "巡查间隔"), self.every)
        example = QLabel(translate("Renovations", "时段写成 08:00-12:00，多个用逗号隔开。"
                                                  "例：89.50㎡ 的清运费 {fee}。").format(
            fee=money_text(line_amount(8950, rules.clearance_rate))))
        example.setStyleSheet("color: #555;")
        self.form.addRow("", example)
        self.finish({"work_hours": self.work_hours, "lift_peaks": self.peaks,
                     "clearance_slots": self.slots, "slot_households": self.per_slot,
                     "deposit": self.deposit, "structural_deposit": self.structural,
                     "clearance_rate": self.rate, "inspect_days": self.every})

    def submit(self) -> None:
        rate = parse_rate(self.rate.text(), field="clearance_rate") \
            if self.rate.text().strip() not in ("", "0", "0.00") else 0
        new = renovations.RenovationSettings(
            work_hours=self.work_hours.text(), quiet_weekends=int(self.quiet.isChecked()),
            lift_peaks=self.peaks.text(), clearance_slots=self.slots.text(),
            slot_households=self.per_slot.value(), deposit=_fen(self.deposit, "deposit"),
            structural_deposit=_fen(self.structural, "structural_deposit"),
            clearance_rate=rate, inspect_days=self.every.value())
        with_approval(self, lambda approver: renovations.save_settings(new, approver))
