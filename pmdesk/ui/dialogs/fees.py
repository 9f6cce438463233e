"""Fee dialogs: fee items and rates, the monthly billing run, fee settings, reductions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmdesk.actions.fees import print_payment_notices
from pmdesk.core import clock
from pmdesk.core.money import fees, payments
from pmdesk.core.money.amounts import (
    add_months,
    money_text,
    parse_money,
    period_of,
    period_text,
    rate_text,
)
from pmdesk.core.register.residents import UNIT_KINDS
from pmdesk.core.settings import get_office_profile
from pmdesk.documents.fees import price_publication
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import BASES, KINDS, PRICE_FORMS, label
from pmdesk.ui.access import with_approval
from pmdesk.ui.alerts import show_error
from pmdesk.ui.dialogs.preview import PreviewDialog
from pmdesk.ui.documents import issue_letter
from pmdesk.ui.forms import FormDialog
from pmdesk.ui.models import Column, RowTableModel, table_view
from pmdesk.ui.tasks import run_task

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def rate_label(item: fees.FeeItem) -> str:
    if item.carried_over:  # known only from the old ledger's arrears, never billed here
        return translate("FeeDialogs", "期初结转（不按月计费）")
    if item.basis == "area":
        return translate("FeeDialogs", "{rate} 元/㎡/月").format(rate=rate_text(item.rate))
    if item.basis == "parking":
        return translate("FeeDialogs", "{rate} 元/个/月").format(rate=money_text(item.rate)[1:])
    return translate("FeeDialogs", "{rate} 元/户/月").format(rate=money_text(item.rate)[1:])


ITEM_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("FeeDialogs", "收费项目"), lambda i: i.name),
    Column(QT_TRANSLATE_NOOP("FeeDialogs", "标准"), rate_label, RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeDialogs", "适用房屋"),
           lambda i: "、".join(label(KINDS, kind) for kind in i.unit_kinds)),
    Column(QT_TRANSLATE_NOOP("FeeDialogs", "起始月份"),
           lambda i: "—" if i.start_period == fees.OPEN_START else period_text(i.start_period)),
    Column(QT_TRANSLATE_NOOP("FeeDialogs", "截止月份"),
           lambda i: period_text(i.end_period) if i.end_period else "—"),
    Column(QT_TRANSLATE_NOOP("FeeDialogs", "价格形式"),
           lambda i: label(PRICE_FORMS, i.price_form) if i.price_form else "—"),
    Column(QT_TRANSLATE_NOOP("FeeDialogs", "收费依据"), lambda i: i.legal_basis),
]


def price_form_box(current: str = "") -> QComboBox:
    """价格管理形式: not said, 政府指导价 or 市场调节价."""
    box = QComboBox()
    box.addItem(translate("FeeDialogs", "（未注明）"), "")
    for code in PRICE_FORMS:
        box.addItem(label(PRICE_FORMS, code), code)
    box.setCurrentIndex(box.findData(current))
    return box


def this_month() -> str:
    return period_text(period_of(clock.today()))


class FeeItemsDialog(QDialog):
    """The fee items: add one, change a rate from a month on, stop one, print the 收费公示."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FeeDialogs", "收费项目"))
        self.model = RowTableModel(ITEM_COLUMNS, "FeeDialogs", self)
        self.table = table_view(self.model, stretch=len(ITEM_COLUMNS) - 1)
        add = QPushButton(translate("FeeDialogs", "新增项目(&A)…"))
        rate = QPushButton(translate("FeeDialogs", "调价(&R)…"))
        describe = QPushButton(translate("FeeDialogs", "收费依据(&D)…"))
        stop = QPushButton(translate("FeeDialogs", "停止收取(&S)…"))
        publish = QPushButton(translate("FeeDialogs", "打印收费公示(&P)…"))
        close = QPushButton(translate("FeeDialogs", "关闭"))
        add.clicked.connect(self.add)
        rate.clicked.connect(self.change_rate)
        describe.clicked.connect(self.describe)
        stop.clicked.connect(self.stop)
        publish.clicked.connect(self.publish)
        close.clicked.connect(self.accept)
        note = QLabel(translate("FeeDialogs", "调价从某月起生效，已出的账单保持原价。"))
        buttons = QHBoxLayout()
        for button in (add, rate, describe, stop, publish):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.resize(820, 380)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(fees.fee_items())

    def selected(self) -> fees.FeeItem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, translate("FeeDialogs", "收费项目"),
                                    translate("FeeDialogs", "请先选中一个收费项目。"))
            return None
        return self.model.rows[rows[0].row()]

    def add(self) -> None:
        if FeeItemDialog(self).exec():
            self.refresh()

    def change_rate(self) -> None:
        item = self.selected()
        if item is not None and RateDialog(item, self).exec():
            self.refresh()

    def describe(self) -> None:
        item = self.selected()
        if item is not None and DescribeItemDialog(item, self).exec():
            self.refresh()

    def stop(self) -> None:
        item = self.selected()
        if item is not None and StopItemDialog(item, self).exec():
            self.refresh()

    def publish(self) -> None:
        month = period_of(clock.today())
        items = fees.fee_items(period=month)
        if not items:
            QMessageBox.information(self, translate("FeeDialogs", "收费公示"),
                                    translate("FeeDialogs", "本月没有在收的收费项目。"))
            return
        office = get_office_profile()
        letter = price_publication(items, complaint_phone=office.complaint_phone if office
                                   else "", service_level=office.service_level if office
                                   else "")
        issue_letter(self, letter, kind="price_list", subject=letter.title)


class FeeItemDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("FeeDialogs", "新增收费项目"), parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("FeeDialogs", "如 物业服务费"))
        self.basis = QComboBox()
        for code in BASES:
            self.basis.addItem(label(BASES, code), code)
        self.rate = QLineEdit()
        self.rate.setPlaceholderText("2.35")
        self.kinds: dict[str, QCheckBox] = {}
        kinds = QHBoxLayout()
        for code in UNIT_KINDS:
            box = QCheckBox(label(KINDS, code))
            box.setChecked(code in ("residential", "shop"))
            self.kinds[code] = box
            kinds.addWidget(box)
        self.start = QLineEdit(this_month())
        self.legal = QLineEdit()
        self.legal.setPlaceholderText(translate("FeeDialogs", "如 《前期物业服务合同》第十二条"))
        self.form.addRow(translate("FeeDialogs", "项目名称"), self.name)
        self.form.addRow(translate("FeeDialogs", "计费方式"), self.basis)
        self.form.addRow(translate("FeeDialogs", "单价（元）"), self.rate)
        self.form.addRow(translate("FeeDialogs", "适用房屋"), kinds)
        self.form.addRow(translate("FeeDialogs", "起始月份"), self.start)
        self.price_form = price_form_box()
        self.form.addRow(translate("FeeDialogs", "收费依据"), self.legal)
        self.form.addRow(translate("FeeDialogs", "价格管理形式"), self.price_form)
        self.finish({"name": self.name, "rate": self.rate, "start_period": self.start,
                     "legal_basis": self.legal, "price_form": self.price_form})

    def submit(self) -> None:
        kinds = [code for code, box in self.kinds.items() if box.isChecked()]
        with_approval(self, lambda approver: fees.add_fee_item(
            name=self.name.text(), basis=self.basis.currentData(), rate=self.rate.text(),
            unit_kinds=kinds, start_period=self.start.text(), legal_basis=self.legal.text(),
            price_form=self.price_form.currentData(), approved_by=approver))


class DescribeItemDialog(FormDialog):
    """What the 收费公示 says of an item: its 收费依据 and 价格管理形式."""

    def __init__(self, item: fees.FeeItem, parent: QWidget | None = None) -> None:
        super().__init__(translate("FeeDialogs", "收费依据 — {name}").format(name=item.name),
                         parent)
        self.item = item
        self.legal = QLineEdit(item.legal_basis)
        self.legal.setPlaceholderText(translate("FeeDialogs", "如 《前期物业服务合同》第十二条"))
        self.price_form = price_form_box(item.price_form)
        self.form.addRow(translate("FeeDialogs", "收费依据"), self.legal)
        self.form.addRow(translate("FeeDialogs", "价格管理形式"), self.price_form)
        self.finish({"legal_basis": self.legal, "price_form": self.price_form})
        self.setMinimumWidth(460)  # a contract clause or a price document's name, whole

    def submit(self) -> None:
        with_approval(self, lambda approver: fees.describe_fee_item(
            item_id=self.item.id, legal_basis=self.legal.text(),
            price_form=self.price_form.currentData(), approved_by=approver))


class RateDialog(FormDialog):
    def __init__(self, item: fees.FeeItem, parent: QWidget | None = None) -> None:
        super().__init__(translate("FeeDialogs", "调价 — {name}").format(name=item.name), parent)
        self.item = item
        self.rate = QLineEdit()
        self.start = QLineEdit(period_text(add_months(period_of(clock.today()), 1)))
        self.form.addRow(translate("FeeDialogs", "现行标准"), QLabel(rate_label(item)))
        self.form.addRow(translate("FeeDialogs", "新单价（元）"), self.rate)
        self.form.addRow(translate("FeeDialogs", "从哪个月起"), self.start)
        self.finish({"rate": self.rate, "start_period": self.start})

    def submit(self) -> None:
        with_approval(self, lambda approver: fees.change_rate(
            item_id=self.item.id, rate=self.rate.text(), from_period=self.start.text(),
            approved_by=approver))


class StopItemDialog(FormDialog):
    def __init__(self, item: fees.FeeItem, parent: QWidget | None = None) -> None:
        super().__init__(translate("FeeDialogs", "停止收取 — {name}").format(name=item.name),
                         parent)
        self.item = item
        self.last = QLineEdit(this_month())
        self.form.addRow(translate("FeeDialogs", "最后收取的月份"), self.last)
        self.finish({"end_period": self.last})

    def submit(self) -> None:
        with_approval(self, lambda approver: fees.end_fee_item(
            item_id=self.item.id, last_period=self.last.text(), approved_by=approver))


class FeeSettingsDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("FeeDialogs", "收费设置"), parent)
        current = fees.fee_settings()
        self.paper = QComboBox()
        self.paper.addItem(translate("FeeDialogs", "A4 纸"), "a4")
        self.paper.addItem(translate("FeeDialogs", "241×140 mm 连续纸（二等分）"), "receipt")
        self.paper.setCurrentIndex(self.paper.findData(current.receipt_paper))
        self.copies = QComboBox()
        self.copies.addItem(translate("FeeDialogs", "一联"), 1)
        self.copies.addItem(translate("FeeDialogs", "三联（存根、收据、记账）"), 3)
        self.copies.setCurrentIndex(self.copies.findData(current.receipt_copies))
        self.cap = QSpinBox()
        self.cap.setRange(1, 120)
        self.cap.setValue(current.prepay_cap_months)
        self.cap.setSuffix(translate("FeeDialogs", " 个月"))
        self.vacancy = QSpinBox()
        self.vacancy.setRange(0, 90)
        self.vacancy.setValue(current.vacancy_percent)
        self.vacancy.setSuffix(" %")
        self.vacancy.setSpecialValueText(translate("FeeDialogs", "不减收"))
        self.vacancy_months = QSpinBox()
        self.vacancy_months.setRange(1, 60)
        self.vacancy_months.setValue(current.vacancy_months)
        self.vacancy_months.setSuffix(translate("FeeDialogs", " 个月"))
        self.backdate = QSpinBox()
        self.backdate.setRange(0, 60)
        self.backdate.setValue(current.backdate_days)
        self.backdate.setSuffix(translate("FeeDialogs", " 天"))
        self.backdate.setSpecialValueText(translate("FeeDialogs", "只能是当天"))
        self.backdate.setToolTip(translate(
            "FeeDialogs", "收款日期最多可以比今天早几天；更早的须主管授权。已打印收费日报的日子"
                          "和往年的日期一律不能补录。"))
        self.form.addRow(translate("FeeDialogs", "收据纸张"), self.paper)
        self.form.addRow(translate("FeeDialogs", "收据联数"), self.copies)
        self.form.addRow(translate("FeeDialogs", "预存上限"), self.cap)
        self.form.addRow(translate("FeeDialogs", "空置房减收"), self.vacancy)
        self.form.addRow(translate("FeeDialogs", "空置满"), self.vacancy_months)
        self.notice_days = QSpinBox()
        self.notice_days.setRange(3, 60)
        self.notice_days.setValue(current.notice_days)
        self.notice_days.setSuffix(translate("FeeDialogs", " 天"))
        self.notice_days.setToolTip(
            translate("FeeDialogs", "缴费通知单上的缴费期限：打印之日起几天内"))
        self.form.addRow(translate("FeeDialogs", "收款日期可补录"), self.backdate)
        self.form.addRow(translate("FeeDialogs", "缴费通知期限"), self.notice_days)
        self.finish({"prepay_cap_months": self.cap, "vacancy_percent": self.vacancy,
                     "vacancy_months": self.vacancy_months, "backdate_days": self.backdate,
                     "notice_days": self.notice_days})

    def submit(self) -> None:
        settings = fees.FeeSettings(
            receipt_paper=self.paper.currentData(), receipt_copies=self.copies.currentData(),
            prepay_cap_months=self.cap.value(),
            vacancy_percent=self.vacancy.value(), vacancy_months=self.vacancy_months.value(),
            backdate_days=self.backdate.value(), notice_days=self.notice_days.value())
        with_approval(self, lambda approver: fees.save_fee_settings(settings,
                                                                    approved_by=approver))


PLAN_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("FeeDialogs", "收费项目"), lambda r: r[0]),
    Column(QT_TRANSLATE_NOOP("FeeDialogs", "笔数"), lambda r: r[1], RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeDialogs", "金额"), lambda r: money_text(r[2]), RIGHT),
]


class BillingDialog(QDialog):
    """出账: choose the month, see what it will bill, bill it in one step, print the notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FeeDialogs", "按月出账"))
        self.plan: fees.BillingPlan | None = None
        self.month = QLineEdit(this_month())
        self.month.returnPressed.connect(self.preview)
        preview = QPushButton(translate("FeeDialogs", "预览(&V)"))
        preview.clicked.connect(self.preview)
        self.model = RowTableModel(PLAN_COLUMNS, "FeeDialogs", self)
        self.table = table_view(self.model, stretch=len(PLAN_COLUMNS) - 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notices = QCheckBox(translate("FeeDialogs", "出账后生成本月缴费通知单（每户一页）"))
        self.bill_button = QPushButton(translate("FeeDialogs", "出账(&B)"))
        self.bill_button.setEnabled(False)
        self.bill_button.clicked.connect(self.commit)
        close = QPushButton(translate("FeeDialogs", "关闭"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("FeeDialogs", "月份")))
        top.addWidget(self.month)
        top.addWidget(preview)
        top.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(self.notices)
        bottom.addStretch()
        bottom.addWidget(self.bill_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)
        self.resize(560, 400)

    def preview(self):
        self.bill_button.setEnabled(False)
        text = self.month.text()

        def done(plan: fees.BillingPlan) -> None:
            self.plan = plan
            self.model.set_rows(plan.by_item)
            line = translate("FeeDialogs",
                             "{period}：将出账 {bills} 笔，{units} 户，合计 {total}。")
            parts = [line.format(period=period_text(plan.period), bills=len(plan.lines),
                                 units=plan.units, total=money_text(plan.total))]
            if plan.already:
                parts.append(translate("FeeDialogs", "本月已出账 {count} 笔，不会重复。").format(
                    count=plan.already))
            if plan.vacancy_reduced:
                parts.append(translate("FeeDialogs", "空置房减收 {count} 笔。").format(
                    count=plan.vacancy_reduced))
            skipped = plan.skipped.get("undelivered", 0) + plan.skipped.get("handover", 0)
            if skipped:
                parts.append(translate("FeeDialogs", "{count} 户未交房或本月交房，次月起计费。")
                             .format(count=skipped))
            self.summary.setText("".join(parts))
            self.bill_button.setEnabled(bool(plan.lines))

        return run_task(self, lambda progress, cancel: fees.plan_billing(text), on_done=done,
                        on_error=lambda exc: show_error(self, exc),
                        label=translate("FeeDialogs", "正在计算…"))

    def commit(self):
        if self.plan is None:
            return None
        period = self.plan.period
        self.bill_button.setEnabled(False)

        def done(result: fees.BillingResult) -> None:
            self.summary.setText(translate(
                "FeeDialogs", "{period} 已出账 {bills} 笔，{units} 户，合计 {total}；"
                              "用预存抵扣 {credit}。").format(
                period=period_text(result.period), bills=result.bills, units=result.units,
                total=money_text(result.total), credit=money_text(result.credit_applied)))
            self.plan = None
            if self.notices.isChecked():
                self.print_notices(result.period)

        return run_task(self, lambda progress, cancel: fees.run_billing(period, progress=progress),
                        on_done=done, on_error=lambda exc: show_error(self, exc),
                        label=translate("FeeDialogs", "正在出账…"))

    def print_notices(self, period: int):
        return print_notices(self, period)


def print_notices(parent: QWidget, period: int):
    """All 缴费通知单 of a month in one PDF, sorted by room, archived, in the preview."""
    def done(issued) -> None:
        if issued is None:
            QMessageBox.information(parent, translate("FeeDialogs", "缴费通知单"),
                                    translate("FeeDialogs", "这个月还没有出账，或各户都已缴清。"))
            return
        title = translate("FeeDialogs", "缴费通知单 {period}").format(period=period_text(period))
        PreviewDialog(issued.pdf, title, f"缴费通知单-{period_text(period)}.pdf", parent).exec()

    return run_task(parent, lambda progress, cancel: print_payment_notices(period=period),
                    on_done=done, on_error=lambda exc: show_error(parent, exc),
                    label=translate("FeeDialogs", "正在生成缴费通知单…"))


class ReductionDialog(FormDialog):
    """减免: an amount off the chosen bills (or the oldest), with the reason."""

    def __init__(self, unit_id: int, bill_ids: list[int] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("FeeDialogs", "减免"), parent)
        self.unit_id, self.bill_ids = unit_id, bill_ids
        bills = [b for b in payments.open_bills(unit_id)
                 if bill_ids is None or b.bill_id in bill_ids]
        owed = sum(bill.owed for bill in bills)
        self.amount = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            translate("FeeDialogs", "如 困难户，经主任同意减免三个月物业费"))
        scope = (translate("FeeDialogs", "所选 {count} 笔账单，欠费 {owed}") if bill_ids
                 else translate("FeeDialogs",
                                "全部 {count} 笔未缴账单（从最早的开始），欠费 {owed}"))
        self.form.addRow(translate("FeeDialogs", "范围"),
                         QLabel(scope.format(count=len(bills), owed=money_text(owed))))
        self.form.addRow(translate("FeeDialogs", "减免金额（元）"), self.amount)
        self.form.addRow(translate("FeeDialogs", "原因"), self.reason)
        self.form.addRow("", QLabel(translate(
            "FeeDialogs", "减免单独记账并记入审计记录（经办人、时间、金额、原因）。")))
        self.finish({"amount": self.amount, "reason": self.reason})

    def submit(self) -> None:
        amount = parse_money(self.amount.text())
        with_approval(self, lambda approver: payments.reduce(
            unit_id=self.unit_id, amount=amount, reason=self.reason.text(),
            bill_ids=self.bill_ids, approved_by=approver))
