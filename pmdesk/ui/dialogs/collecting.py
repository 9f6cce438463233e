"""Collection dialogs: a household's case, logging what was done, a batch of demand letters,
recording a delivery, and an instalment agreement."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from pmdesk.actions.collecting import print_dossier as issue_dossier
from pmdesk.actions.collecting import print_instalment_agreement, send_demand_letters
from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.money import cases, demands, instalments, payments
from pmdesk.core.money.amounts import money_text, parse_money
from pmdesk.core.register import units
from pmdesk.core.register.residents import buildings
from pmdesk.core.safety.files import read_input
from pmdesk.core.validate import MAX_ATTACHMENT_BYTES
from pmdesk.i18n import translate
from pmdesk.labels import (
    ACTIONS,
    APPROACHES,
    CASE_STATUSES,
    DELIVERIES,
    REASONS,
    label,
)
from pmdesk.ui.alerts import show_error
from pmdesk.ui.date_field import DateField
from pmdesk.ui.dialogs.ledger import standing_text
from pmdesk.ui.dialogs.preview import PreviewDialog
from pmdesk.ui.documents import show_issued
from pmdesk.ui.forms import FormDialog


def _combo(table: dict[str, str], current: str | None = None) -> QComboBox:
    combo = QComboBox()
    for code in table:
        combo.addItem(label(table, code), code)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current))
    return combo


def approach_text(reason: str) -> str:
    return label(APPROACHES, reason)


class CaseDialog(FormDialog):
    """Why this household does not pay, where the case stands, what comes next."""

    def __init__(self, unit_id: int, parent: QWidget | None = None) -> None:
        current = cases.case(unit_id)
        super().__init__(translate("Collecting", "催缴情况 — {room}").format(
            room=units.unit_code(unit_id)), parent)
        self.unit_id = unit_id
        self.reason = _combo(REASONS, current.reason if current else "unknown")
        self.approach = QLabel()
        self.approach.setWordWrap(True)
        self.approach.setMinimumWidth(420)
        self.reason.currentIndexChanged.connect(self._show_approach)
        self.status = _combo(CASE_STATUSES, current.status if current else "following")
        self.notes = QPlainTextEdit(current.notes if current else "")
        self.notes.setMaximumHeight(90)
        self.next_action = QLineEdit(current.next_action if current else "")
        next_date = date.fromisoformat(current.next_date) if current and current.next_date \
            else None
        self.next_date = DateField(next_date, optional=True)
        self.form.addRow(translate("Collecting", "欠费原因"), self.reason)
        self.form.addRow(translate("Collecting", "建议做法"), self.approach)
        self.form.addRow(translate("Collecting", "状态"), self.status)
        self.form.addRow(translate("Collecting", "情况记录"), self.notes)
        self.form.addRow(translate("Collecting", "下一步"), self.next_action)
        self.form.addRow(translate("Collecting", "下一步日期"), self.next_date)
        self.finish({"notes": self.notes, "next_action": self.next_action,
                     "next_date": self.next_date})
        self._show_approach()

    def _show_approach(self) -> None:
        self.approach.setText(approach_text(self.reason.currentData()))

    def submit(self) -> None:
        cases.save_case(unit_id=self.unit_id, reason=self.reason.currentData(),
                             status=self.status.currentData(),
                             notes=self.notes.toPlainText(), next_action=self.next_action.text(),
                             next_date=self.next_date.value())


class ActionDialog(FormDialog):
    """Log a call, a visit, a letter, job help… with what was said and what comes next."""

    def __init__(self, unit_id: int, kind: str = "phone",
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Collecting", "记录催缴沟通 — {room}").format(
            room=units.unit_code(unit_id)), parent)
        self.unit_id = unit_id
        self.kind = _combo(ACTIONS, kind)
        self.on_date = DateField(clock.today(), past=True)
        self.said = QPlainTextEdit()
        self.said.setMaximumHeight(90)
        self.outcome = QLineEdit()
        self.next_step = QLineEdit()
        self.next_date = DateField(optional=True)
        self.form.addRow(translate("Collecting", "方式"), self.kind)
        self.form.addRow(translate("Collecting", "日期"), self.on_date)
        self.form.addRow(translate("Collecting", "沟通内容"), self.said)
        self.form.addRow(translate("Collecting", "结果"), self.outcome)
        self.form.addRow(translate("Collecting", "下一步"), self.next_step)
        self.form.addRow(translate("Collecting", "下一步日期"), self.next_date)
        self.finish({"on_date": self.on_date, "said": self.said, "outcome": self.outcome,
                     "next_step": self.next_step, "next_date": self.next_date})

    def submit(self) -> None:
        cases.log_action(unit_id=self.unit_id, kind=self.kind.currentData(),
                              on_date=self.on_date.value(),
                              said=self.said.toPlainText(), outcome=self.outcome.text(),
                              next_step=self.next_step.text(),
                              next_date=self.next_date.value())


class LettersDialog(FormDialog):
    """A batch of 催缴通知书 for a filter, with the delivery sheet to take door to door."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Collecting", "批量打印催缴通知书"), parent)
        self.min_months = QSpinBox()
        self.min_months.setRange(1, 240)
        self.min_months.setValue(3)
        self.min_owed = QLineEdit("0")
        self.building = QComboBox()
        self.building.addItem(translate("Collecting", "全部楼栋"), None)

        for code in buildings():
            self.building.addItem(code, code)
        self.reasons: dict[str, QCheckBox] = {}
        reasons = QGridLayout()
        for index, code in enumerate(c for c in cases.REASONS
                                     if c not in cases.HARDSHIP_REASONS):
            box = QCheckBox(label(REASONS, code))
            box.setChecked(True)
            self.reasons[code] = box
            reasons.addWidget(box, index // 2, index % 2)
        self.hardship = QCheckBox(
            translate("Collecting", "也给困难户（疾病、下岗或标记为困难户的）"))
        self.kind = QComboBox()
        self.kind.addItem(translate("Collecting", "催缴通知书"), "first")
        self.kind.addItem(translate("Collecting", "再次催缴（写明将依法主张权利）"), "final")
        self.deadline = QSpinBox()
        self.deadline.setRange(7, 90)
        self.deadline.setValue(15)
        self.deadline.setSuffix(translate("Collecting", " 天内缴纳"))
        self.count = QLabel()
        preview = QPushButton(translate("Collecting", "统计户数"))
        preview.clicked.connect(self.count_households)
        self.form.addRow(translate("Collecting", "欠费至少"), self.min_months)
        self.form.addRow(translate("Collecting", "欠费金额至少（元）"), self.min_owed)
        self.form.addRow(translate("Collecting", "楼栋"), self.building)
        self.form.addRow(translate("Collecting", "欠费原因"), reasons)
        self.form.addRow("", self.hardship)
        self.form.addRow(translate("Collecting", "通知书"), self.kind)
        self.form.addRow(translate("Collecting", "缴费期限"), self.deadline)
        self.form.addRow(preview, self.count)
        self.finish({"min_months": self.min_months, "amount": self.min_owed})
        self.save_button.setText(translate("Collecting", "生成(&G)…"))
        self.done_batch = None

    def candidates(self) -> list:
        min_owed = parse_money(self.min_owed.text(), allow_zero=True) \
            if self.min_owed.text().strip() else 0
        return demands.letter_candidates(
            min_months=self.min_months.value(), min_owed=min_owed,
            building=self.building.currentData(),
            reasons=tuple(code for code, box in self.reasons.items() if box.isChecked())
            + ("illness", "unemployed"),
            include_hardship=self.hardship.isChecked())

    def count_households(self) -> None:
        try:
            rows = self.candidates()
        except PmdeskError as exc:
            self.error.show_error(exc)
            return
        self.error.clear()
        self.count.setText(translate("Collecting", "{count} 户，欠费合计 {total}").format(
            count=len(rows), total=money_text(sum(row.owed for row in rows))))

    def submit(self) -> None:
        rows = self.candidates()
        if not rows:
            raise ValidationError("min_months", "letters.none")
        self.done_batch = make_letters([row.unit_id for row in rows], self.kind.currentData(),
                                       self.deadline.value())

    def save(self) -> None:
        super().save()
        if self.done_batch is not None:
            show_batch(self.parent(), self.done_batch)


def make_letters(unit_ids: list[int], kind: str, deadline_days: int = 15):
    """Render a batch, keep it in the archive and record each letter as sent."""
    return send_demand_letters(unit_ids=unit_ids, kind=kind, deadline_days=deadline_days)


def show_batch(parent: QWidget | None, batch) -> None:
    today = clock.today().isoformat()
    PreviewDialog(batch.letters.pdf, translate("Collecting", "催缴通知书 {count} 户").format(
        count=batch.count), f"催缴通知书-{today}.pdf", parent).exec()
    PreviewDialog(batch.sheet.pdf, translate("Collecting", "送达签收单"),
                  f"送达签收单-{today}.pdf", parent).exec()


def issue_letters(parent: QWidget | None, unit_ids: list[int], kind: str) -> bool:
    """Letters for chosen households, straight to the preview; False if nothing was made."""
    try:
        batch = make_letters(unit_ids, kind)
    except PmdeskError as exc:
        show_error(parent, exc)
        return False
    show_batch(parent, batch)
    return True


class DeliveryDialog(FormDialog):
    """How and when a letter reached the household, with the photo or scan as evidence."""

    def __init__(self, letter: demands.Letter, parent: QWidget | None = None) -> None:
        super().__init__(translate("Collecting", "登记送达 — {room}").format(room=letter.room),
                         parent)
        self.letter = letter
        self.evidence_path: Path | None = None
        self.method = _combo(DELIVERIES, "signed")
        self.on_date = DateField(clock.today(), past=True)
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(translate("Collecting", "挂号信/EMS 的邮件单号"))
        self.note = QLineEdit()
        self.evidence = QPushButton(translate("Collecting", "选择照片或扫描件…"))
        self.evidence.clicked.connect(self.choose_evidence)
        self.form.addRow(translate("Collecting", "通知书"), QLabel(translate(
            "Collecting", "{date} 发出，欠费 {owed}").format(date=letter.issued_on,
                                                         owed=money_text(letter.owed))))
        self.form.addRow(translate("Collecting", "送达方式"), self.method)
        self.form.addRow(translate("Collecting", "送达日期"), self.on_date)
        self.form.addRow(translate("Collecting", "邮件单号"), self.tracking)
        self.form.addRow(translate("Collecting", "证据"), self.evidence)
        self.form.addRow(translate("Collecting", "备注"), self.note)
        self.finish({"delivered_on": self.on_date, "tracking_no": self.tracking,
                     "evidence": self.evidence, "note": self.note})

    def choose_evidence(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("Collecting", "选择证据文件"), "",
            translate("Collecting", "照片或扫描件 (*.jpg *.jpeg *.png *.pdf)"))
        if name:
            self.evidence_path = Path(name)
            self.evidence.setText(self.evidence_path.name)

    def submit(self) -> None:
        data = None
        if self.evidence_path is not None:
            data = read_input(self.evidence_path, limit=MAX_ATTACHMENT_BYTES)
        demands.record_delivery(
            letter_id=self.letter.id, method=self.method.currentData(),
            delivered_on=self.on_date.value(), tracking_no=self.tracking.text(),
            note=self.note.text(), evidence=data,
            evidence_name=self.evidence_path.name if self.evidence_path else "")


class InstalmentDialog(FormDialog):
    """A 分期协议: how much, in how many instalments, from when; then the agreement to sign."""

    def __init__(self, unit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(translate("Collecting", "分期协议 — {room}").format(
            room=units.unit_code(unit_id)), parent)
        self.unit_id = unit_id
        standing = payments.standing(unit_id)
        owed = standing.overdue or standing.payable
        self.total = QLineEdit(money_text(owed)[1:].replace(",", ""))
        self.count = QSpinBox()
        self.count.setRange(2, 36)
        self.count.setValue(6)
        self.every = QSpinBox()
        self.every.setRange(1, 6)
        self.every.setSuffix(translate("Collecting", " 个月一期"))
        self.first_due = DateField(clock.today())
        self.note = QLineEdit()
        self.form.addRow(translate("Collecting", "现欠费"),
                         QLabel(standing_text(standing, credit=False)))
        self.form.addRow(translate("Collecting", "分期总额（元）"), self.total)
        self.form.addRow(translate("Collecting", "期数"), self.count)
        self.form.addRow(translate("Collecting", "间隔"), self.every)
        self.form.addRow(translate("Collecting", "第一期缴款日"), self.first_due)
        self.form.addRow(translate("Collecting", "备注"), self.note)
        self.finish({"amount": self.total, "count": self.count, "first_due": self.first_due,
                     "note": self.note})
        self.plan_id: int | None = None

    def submit(self) -> None:
        self.plan_id = instalments.agree_instalments(
            unit_id=self.unit_id, total=parse_money(self.total.text()), count=self.count.value(),
            first_due=self.first_due.value(), every_months=self.every.value(),
            note=self.note.text())

    def save(self) -> None:
        super().save()
        if self.plan_id is not None:
            print_agreement(self.parent(), self.unit_id, self.plan_id)


def print_agreement(parent: QWidget | None, unit_id: int, plan_id: int) -> None:
    """分期协议, archived and previewed."""
    try:
        issued = print_instalment_agreement(unit_id=unit_id, plan_id=plan_id)
    except PmdeskError as exc:
        show_error(parent, exc)
        return
    show_issued(parent, issued, "instalment_agreement")


def print_dossier(parent: QWidget | None, unit_id: int) -> None:
    """The dossier for the law firm, archived and previewed."""
    try:
        issued, room = issue_dossier(unit_id=unit_id)
    except PmdeskError as exc:
        show_error(parent, exc)
        return
    PreviewDialog(issued.pdf, translate("Collecting", "委托律师材料 {room}").format(
        room=room), f"委托律师材料-{room}.pdf", parent).exec()
