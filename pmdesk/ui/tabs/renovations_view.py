"""The body of the 装修 tab: the registrations (open ones first, by their end), the selected
one's facts and money, its workers and passes, its clearance bookings, its inspections and
violations, its receipts and deposit ledger, its files; and what is done with it — register,
change or extend, decide, take the deposit and the clearance fee, book a clearance, inspect
or accept, record a violation and its putting right, refund the deposit, print the permit,
the stairwell notice and the day's clearance list, export, and the office's rules."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.actions import renovations as printing
from pmdesk.actions.service import read_files
from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError
from pmdesk.core.masking import mask_phone
from pmdesk.core.money import deposits
from pmdesk.core.money.amounts import money_text
from pmdesk.core.safety.files import write_atomic
from pmdesk.core.service import renovations
from pmdesk.core.validate import parse_date
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import (
    BOOKING_STATUSES,
    DEPOSIT_ENTRIES,
    INSPECTION_KINDS,
    INSPECTION_RESULTS,
    METHODS,
    RENOVATION_STAGES,
    VIOLATION_KINDS,
    VIOLATION_STATUSES,
    WORKS,
    label,
)
from pmdesk.ui.alerts import show_error
from pmdesk.ui.dialogs.renovations import (
    BookingDialog,
    DecisionDialog,
    InspectionDialog,
    PaymentDialog,
    RefundDialog,
    RenovationDialog,
    RulesDialog,
    ViolationDialog,
    WorkerDialog,
)
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
from pmdesk.ui.receipts import show_receipt

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _money(fen: int) -> str:
    return money_text(fen)[1:] if fen else ""


def _photos(count: int) -> str:
    return translate("RenovationsView", "（照片 {count}）").format(count=count) if count else ""


LIST = [
    Column(QT_TRANSLATE_NOOP("RenovationsView", "登记号"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "房号"), lambda r: r.room),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "工期"),
           lambda r: f"{r.start_on[5:]}—{r.end_on[5:]}" if r.start_on[:4] == r.end_on[:4]
           else f"{r.start_on}—{r.end_on}"),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "状态"),
           lambda r: label(RENOVATION_STAGES, r.stage(clock.today()))),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "在押押金"), lambda r: _money(r.held), RIGHT),
]
WORKERS = [
    Column(QT_TRANSLATE_NOOP("RenovationsView", "出入证号"), lambda w: w.pass_no),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "姓名"), lambda w: w.name),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "工种"), lambda w: w.trade),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "身份证号"), lambda w: w.id_masked),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "电话"), lambda w: mask_phone(w.phone)),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "交回"), lambda w: w.returned_on or ""),
]
BOOKINGS = [
    Column(QT_TRANSLATE_NOOP("RenovationsView", "日期"), lambda b: b.day),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "时段"), lambda b: b.slot),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "袋数"), lambda b: b.bags or "", RIGHT),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "情况"),
           lambda b: label(BOOKING_STATUSES, b.status)),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "备注"), lambda b: b.note),
]
INSPECTIONS = [
    Column(QT_TRANSLATE_NOOP("RenovationsView", "计划"), lambda i: i.due_on),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "类别"),
           lambda i: label(INSPECTION_KINDS, i.kind)),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "检查日"), lambda i: i.done_on or ""),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "结果"),
           lambda i: label(INSPECTION_RESULTS, i.result)),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "检查情况"),
           lambda i: " ".join(i.findings.split()) + _photos(i.files)),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "检查人"), lambda i: i.inspector),
]
VIOLATIONS = [
    Column(QT_TRANSLATE_NOOP("RenovationsView", "发现"), lambda v: v.found_on),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "类别"),
           lambda v: label(VIOLATION_KINDS, v.kind)),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "情况"), lambda v: " ".join(v.text.split())),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "期限"), lambda v: v.deadline),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "整改"),
           lambda v: label(VIOLATION_STATUSES, v.status)
           + (f" {v.fixed_on}" if v.fixed_on else "")),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "投诉"), lambda v: v.complaint),
]
RECEIPTS = [
    Column(QT_TRANSLATE_NOOP("RenovationsView", "收据号"),
           lambda p: p.receipt_no + (translate("RenovationsView", "（作废）") if p.voided
                                     else "")),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "日期"), lambda p: p.paid_on),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "方式"), lambda p: label(METHODS, p.method)),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "押金"), lambda p: _money(p.deposit), RIGHT),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "清运费"), lambda p: _money(p.clearance),
           RIGHT),
]
LEDGER = [
    Column(QT_TRANSLATE_NOOP("RenovationsView", "日期"), lambda e: e.on_date),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "押金变动"),
           lambda e: label(DEPOSIT_ENTRIES, e.kind)),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "金额"), lambda e: money_text(e.amount)[1:]
           if e.amount >= 0 else "-" + money_text(-e.amount)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "凭证"), lambda e: e.receipt_no),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "原因"),
           lambda e: e.reason + _photos(e.files)),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "批准人"), lambda e: e.approved_by),
]
FILES = [
    Column(QT_TRANSLATE_NOOP("RenovationsView", "文件"), lambda f: f.name),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "时间"), lambda f: f.added_at[:16].replace(
        "T", " ")),
    Column(QT_TRANSLATE_NOOP("RenovationsView", "来自"), lambda f: {
        "inspection": translate("RenovationsView", "检查"),
        "deduction": translate("RenovationsView", "扣款")}.get(f.what, "")),
]


def _page(*parts) -> QWidget:
    """A page of the detail's tabs: rows of buttons (lists) and tables, top to bottom."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 4, 0, 0)
    for part in parts:
        if isinstance(part, list):
            row = QHBoxLayout()
            for widget in part:
                row.addWidget(widget)
            row.addStretch()
            layout.addLayout(row)
        else:
            layout.addWidget(part, 1)
    return page


class RenovationsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowTableModel(LIST, "RenovationsView", self)
        self.list = table_view(self.model, stretch=2)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())

        self.new_button = button(translate("RenovationsView", "登记装修…"), self.register)
        self.edit_button = button(translate("RenovationsView", "修改/延期…"), self.edit,
                                  translate("RenovationsView", "改施工单位、负责人；延长完工日期"))
        self.decide_button = button(translate("RenovationsView", "审批…"), self.decide)
        self.pay_button = button(translate("RenovationsView", "收押金和清运费…"), self.take_money,
                                 translate("RenovationsView", "开收据，与物业费收据同一编号序列"))
        self.book_button = button(translate("RenovationsView", "预约清运…"), self.book)
        self.inspect_button = button(translate("RenovationsView", "检查/验收…"), self.inspect)
        self.refund_button = button(translate("RenovationsView", "退押金…"), self.refund)
        self.print_button = QToolButton()
        self.print_button.setText(translate("RenovationsView", "打印"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        self.permit_action = menu.addAction(translate("RenovationsView", "装修许可证（贴户门）"),
                                            self.print_permit)
        self.notice_action = menu.addAction(translate("RenovationsView", "装修公告（贴单元门）"),
                                            self.print_notice)
        menu.addSeparator()
        menu.addAction(translate("RenovationsView", "清运单（给保洁）…"), self.print_clearances)
        self.print_button.setMenu(menu)
        self.export_button = button(translate("RenovationsView", "导出…"), self.export)
        self.rules_button = button(translate("RenovationsView", "设置…"), self.edit_rules,
                                   translate("RenovationsView", "施工时间、清运时段、押金和清运费"))
        self.stage = QComboBox()
        self.stage.addItem(translate("RenovationsView", "全部"), "")
        for code in renovations.STAGES:
            self.stage.addItem(label(RENOVATION_STAGES, code), code)
        self.stage.currentIndexChanged.connect(self.load)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("RenovationsView", "房号、登记号、公司"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(190)
        self.search.returnPressed.connect(self.load)
        bar = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.decide_button, self.pay_button,
                       self.book_button, self.inspect_button, self.refund_button,
                       self.print_button, self.export_button):
            bar.addWidget(widget)
        bar.addStretch()
        for widget in (self.stage, self.search, self.rules_button):
            bar.addWidget(widget)

        self.held = QLabel()  # the deposits held for households, all registrations
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.workers_model = RowTableModel(WORKERS, "RenovationsView", self)
        self.bookings_model = RowTableModel(BOOKINGS, "RenovationsView", self)
        self.inspections_model = RowTableModel(INSPECTIONS, "RenovationsView", self)
        self.violations_model = RowTableModel(VIOLATIONS, "RenovationsView", self)
        self.receipts_model = RowTableModel(RECEIPTS, "RenovationsView", self)
        self.ledger_model = RowTableModel(LEDGER, "RenovationsView", self)
        self.files_model = RowTableModel(FILES, "RenovationsView", self)
        self.workers = table_view(self.workers_model, stretch=1)
        self.bookings = table_view(self.bookings_model, stretch=4)
        self.violations = table_view(self.violations_model, stretch=2)
        self.receipts = table_view(self.receipts_model, stretch=0)
        self.receipts.doubleClicked.connect(lambda *_: self.show_receipt())
        self.files = table_view(self.files_model, stretch=0)
        self.files.doubleClicked.connect(lambda *_: self.save_file())
        self.worker_button = button(translate("RenovationsView", "登记施工人员…"),
                                    self.add_worker)
        self.returned_button = button(translate("RenovationsView", "出入证已交回"),
                                      self.return_pass)
        self.done_button = button(translate("RenovationsView", "已清运…"),
                                  lambda: self.finish_booking("done"))
        self.missed_button = button(translate("RenovationsView", "未清运"),
                                    lambda: self.finish_booking("missed"))
        self.cancel_button = button(translate("RenovationsView", "取消预约"),
                                    lambda: self.finish_booking("cancelled"))
        self.violation_button = button(translate("RenovationsView", "登记违规…"),
                                       self.add_violation)
        self.fixed_button = button(translate("RenovationsView", "整改完成…"), self.fix)
        self.attach_button = button(translate("RenovationsView", "添加文件…"), self.attach)
        self.pages = QTabWidget()
        self.pages.addTab(_page([self.worker_button, self.returned_button], self.workers),
                          translate("RenovationsView", "施工人员"))
        self.pages.addTab(_page([self.done_button, self.missed_button, self.cancel_button],
                                self.bookings), translate("RenovationsView", "清运"))
        self.pages.addTab(_page(table_view(self.inspections_model, stretch=4),
                                [self.violation_button, self.fixed_button], self.violations),
                          translate("RenovationsView", "检查与违规"))
        self.pages.addTab(_page(self.receipts, table_view(self.ledger_model, stretch=4)),
                          translate("RenovationsView", "收费与押金"))
        self.pages.addTab(_page([self.attach_button], self.files),
                          translate("RenovationsView", "文件"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.facts)
        right_layout.addWidget(self.pages, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.held)
        list_beside_detail(self, bar, left, right, "renovations")
        self.show_selected()

    # -- reading ---------------------------------------------------------------------------

    def selected(self) -> renovations.Renovation | None:
        return selected_row(self.list)

    def load(self) -> None:
        current = self.selected()
        try:
            found = renovations.renovations(stage=self.stage.currentData() or "",
                                            search=self.search.text())
            count, held = deposits.held_total()
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.held.setText(translate(
            "RenovationsView", "在押装修押金 {count} 户，共 {amount}（代业主暂收，不计收入）")
            .format(count=count, amount=money_text(held)))
        self.model.set_rows(found)
        if found:
            self.select(current.id if current else found[0].id)
        else:
            self.show_selected()

    def select(self, renovation_id: int) -> None:
        if select_id(self.list, renovation_id):
            self.show_selected()
            return
        if self.stage.currentIndex() or self.search.text():  # filtered out: show them all
            self.search.clear()
            self.stage.setCurrentIndex(0)  # loads again
            select_id(self.list, renovation_id)
            self.show_selected()

    def show_selected(self) -> None:
        current = self.selected()
        stage = current.stage(clock.today()) if current else ""
        approved = current is not None and current.status == "approved"
        self.edit_button.setEnabled(current is not None and current.open)
        self.decide_button.setEnabled(stage == "registered")
        self.pay_button.setEnabled(current is not None and current.open and (
            current.deposit_paid < current.deposit_due
            or current.clearance_paid < current.clearance_due))
        for widget in (self.book_button, self.inspect_button, self.violation_button,
                       self.worker_button, self.done_button, self.missed_button,
                       self.cancel_button, self.fixed_button, self.returned_button):
            widget.setEnabled(approved)
        self.worker_button.setEnabled(current is not None and current.open)
        self.refund_button.setEnabled(stage == "refund")
        self.permit_action.setEnabled(approved)
        self.notice_action.setEnabled(approved)
        self.attach_button.setEnabled(current is not None)
        if current is None:
            self.facts.setText(translate(
                "RenovationsView", "还没有装修登记。业主来办装修手续时，点“登记装修…”记下"
                                   "施工单位、内容和工期；批准并收取押金后打印装修许可证和公告。"))
            for model in (self.workers_model, self.bookings_model, self.inspections_model,
                          self.violations_model, self.receipts_model, self.ledger_model,
                          self.files_model):
                model.set_rows([])
            return
        r = renovations.renovation(current.id)
        lines = [translate("RenovationsView", "<b>{number}　{room}</b>　{stage}").format(
            number=r.number, room=r.room, stage=label(RENOVATION_STAGES, stage)),
            translate("RenovationsView", "申请人：{applicant} {phone}　装修公司：{company}　"
                                         "负责人：{foreman} {foreman_phone}").format(
                applicant=escape(r.applicant), phone=mask_phone(r.phone),
                company=escape(r.company or "—"), foreman=escape(r.foreman or "—"),
                foreman_phone=r.foreman_phone),
            translate("RenovationsView", "工期：{start} 至 {end}　内容：{scope}").format(
                start=r.start_on, end=r.end_on, scope=escape(" ".join(r.scope.split())))]
        if r.flagged:
            lines.append("<span style='color:#b00020'>" + translate(
                "RenovationsView", "涉及：{works}").format(
                works="、".join(label(WORKS, code) for code in r.flagged)) + "</span>")
        if r.decided_by:
            lines.append(translate("RenovationsView", "审批：{who} {when} {note}").format(
                who=escape(r.decided_by), when=(r.decided_at or "")[:10],
                note=escape(" ".join(r.decision_note.split()))))
        lines.append(translate(
            "RenovationsView", "押金：应交 {due}，已交 {paid}，在押 {held}；"
                               "清运费：应交 {fee_due}，已交 {fee_paid}").format(
            due=money_text(r.deposit_due), paid=money_text(r.deposit_paid),
            held=money_text(r.held), fee_due=money_text(r.clearance_due),
            fee_paid=money_text(r.clearance_paid)))
        if r.deducted or r.refunded:
            lines.append(translate("RenovationsView", "扣款 {deducted}，已退 {refunded}")
                         .format(deducted=money_text(r.deducted),
                                 refunded=money_text(r.refunded)))
        if r.open_violations:
            lines.append("<span style='color:#b00020'>" + translate(
                "RenovationsView", "{count} 项违规待整改").format(count=r.open_violations)
                + "</span>")
        self.facts.setText("<br>".join(lines))
        self.workers_model.set_rows(renovations.workers(r.id))
        self.bookings_model.set_rows(renovations.bookings(r.id))
        self.inspections_model.set_rows(renovations.inspections(r.id))
        self.violations_model.set_rows(renovations.violations(r.id))
        self.receipts_model.set_rows(deposits.receipts(r.id))
        self.ledger_model.set_rows(deposits.entries(r.id))
        self.files_model.set_rows(renovations.files(r.id))

    # -- doing -----------------------------------------------------------------------------

    def _run(self, dialog) -> bool:
        if dialog.exec():
            self.load()
            return True
        return False

    def register(self, unit_id: int | None = None) -> None:
        dialog = RenovationDialog(unit_id=unit_id or None, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.load()
            self.select(dialog.saved.id)

    def edit(self) -> None:
        current = self.selected()
        if current is not None and current.open:
            self._run(RenovationDialog(current, parent=self))

    def decide(self) -> None:
        current = self.selected()
        if current is not None and current.status == "registered":
            self._run(DecisionDialog(current, self))

    def take_money(self) -> None:
        current = self.selected()
        if current is None:
            return
        dialog = PaymentDialog(current, self)
        if dialog.exec() and dialog.result_ is not None:
            self.load()
            show_receipt(self, dialog.result_.payment_id)

    def book(self) -> None:
        current = self.selected()
        if current is not None and self._run(BookingDialog(current, self)):
            self.pages.setCurrentIndex(1)

    def inspect(self) -> None:
        current = self.selected()
        if current is None:
            return
        dialog = InspectionDialog(current, self)
        if not self._run(dialog):
            return
        self.pages.setCurrentIndex(2)
        made = dialog.made
        if made is not None and made.result == "fail" and QMessageBox.question(
                self, translate("RenovationsView", "登记违规"),
                translate("RenovationsView", "检查不合格。现在登记违规并定整改期限吗？")
        ) == QMessageBox.StandardButton.Yes:
            self._run(ViolationDialog(current, inspection_id=made.id, text=made.findings,
                                      parent=self))

    def add_violation(self) -> None:
        current = self.selected()
        if current is not None:
            self._run(ViolationDialog(current, parent=self))

    def fix(self) -> None:
        current = self.selected()
        rows = self.violations.selectionModel().selectedRows()
        if current is None or not rows:
            return
        violation = self.violations_model.rows[rows[0].row()]
        if violation.status != "open":
            return
        note, ok = QInputDialog.getText(self, translate("RenovationsView", "整改完成"),
                                        translate("RenovationsView", "整改情况（必填）："))
        if not ok:
            return
        try:
            renovations.fix_violation(violation.id, note=note)
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.load()

    def add_worker(self) -> None:
        current = self.selected()
        if current is not None and self._run(WorkerDialog(current, self)):
            self.pages.setCurrentIndex(0)

    def return_pass(self) -> None:
        rows = self.workers.selectionModel().selectedRows()
        if not rows:
            return
        try:
            renovations.return_pass(self.workers_model.rows[rows[0].row()].id)
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.show_selected()

    def finish_booking(self, status: str) -> None:
        rows = self.bookings.selectionModel().selectedRows()
        if not rows:
            return
        booking = self.bookings_model.rows[rows[0].row()]
        if booking.status != "booked":
            return
        bags = None
        if status == "done":
            bags, ok = QInputDialog.getInt(
                self, translate("RenovationsView", "已清运"),
                translate("RenovationsView", "清运了几袋："), booking.bags, 0, 999)
            if not ok:
                return
        try:
            renovations.finish(booking.id, status=status, bags=bags)
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.show_selected()

    def refund(self) -> None:
        current = self.selected()
        if current is None:
            return
        dialog = RefundDialog(current, self)
        if dialog.exec() and dialog.refund is not None:
            self.load()
            number = dialog.refund.number
            issue_in_background(self, lambda: printing.print_refund(number), "deposit_refund")

    def show_receipt(self) -> None:
        rows = self.receipts.selectionModel().selectedRows()
        if rows:
            show_receipt(self, self.receipts_model.rows[rows[0].row()].payment_id)

    def attach(self) -> None:
        current = self.selected()
        if current is None:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self, translate("RenovationsView", "选择图纸、照片或文件"), "",
            translate("RenovationsView", "照片或文件 (*.jpg *.jpeg *.png *.pdf)"))
        try:
            for name, data in read_files(names):
                renovations.attach(current.id, name, data)
        except PmdeskError as exc:
            show_error(self, exc)
        self.show_selected()

    def save_file(self) -> None:
        rows = self.files.selectionModel().selectedRows()
        if not rows:
            return
        chosen = self.files_model.rows[rows[0].row()]
        path, _ = QFileDialog.getSaveFileName(self, translate("RenovationsView", "保存文件"),
                                              chosen.name)
        if path:
            try:
                write_atomic(path, renovations.file_data(chosen.id)[1])
            except PmdeskError as exc:
                show_error(self, exc)

    def print_permit(self) -> None:
        current = self.selected()
        if current is not None:
            issue_in_background(
                self, lambda: printing.print_permit(current.id), "renovation_permit")

    def print_notice(self) -> None:
        current = self.selected()
        if current is not None:
            issue_in_background(
                self, lambda: printing.print_notice(current.id), "renovation_notice")

    def print_clearances(self) -> None:
        text, ok = QInputDialog.getText(
            self, translate("RenovationsView", "清运单"),
            translate("RenovationsView", "打印哪一天的清运单（如 明天、12-3）："),
            text=clock.today().isoformat())
        if not ok:
            return
        try:
            day = parse_date(text, field="day", default=clock.today())
        except PmdeskError as exc:
            show_error(self, exc)
            return
        issue_in_background(self, lambda: printing.print_clearance_list(day), "clearance_list")

    def export(self) -> None:
        export_sheet(self, "renovations", translate("RenovationsView", "装修登记.xlsx"))

    def edit_rules(self) -> None:
        RulesDialog(self).exec()
