"""The household's ledger (账务) on its card: bills, payments and reductions, what it owes and
what it has in credit — with reprint and void for its receipts and reductions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.money import payments
from pmdesk.core.money.amounts import money_text, period_text
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import METHODS, label
from pmdesk.ui.dialogs.fees import ReductionDialog
from pmdesk.ui.models import Column, RowTableModel, table_view
from pmdesk.ui.receipts import show_receipt, void_receipt

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
BILLS = [
    Column(QT_TRANSLATE_NOOP("Ledger", "月份"), lambda b: period_text(b.period)),
    Column(QT_TRANSLATE_NOOP("Ledger", "收费项目"), lambda b: translate(
        "Ledger", "{item}（期初结转）").format(item=b.item) if b.opening else b.item),
    Column(QT_TRANSLATE_NOOP("Ledger", "应收"), lambda b: money_text(b.amount)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("Ledger", "已缴"), lambda b: money_text(b.paid)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("Ledger", "减免"), lambda b: money_text(b.reduced)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("Ledger", "欠费"),
           lambda b: money_text(b.owed)[1:] if b.owed else "", RIGHT),
]
PAYMENTS = [
    Column(QT_TRANSLATE_NOOP("Ledger", "收据号"), lambda p: p.receipt_no),
    Column(QT_TRANSLATE_NOOP("Ledger", "日期"), lambda p: p.paid_on),
    Column(QT_TRANSLATE_NOOP("Ledger", "方式"), lambda p: label(METHODS, p.method)),
    Column(QT_TRANSLATE_NOOP("Ledger", "金额"), lambda p: money_text(p.amount)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("Ledger", "交款人"), lambda p: p.payer),
    Column(QT_TRANSLATE_NOOP("Ledger", "状态"), lambda p: translate(
        "Ledger", "作废：{reason}").format(reason=p.voided) if p.voided
        else translate("Ledger", "有效")),
]
REDUCTIONS = [
    Column(QT_TRANSLATE_NOOP("Ledger", "日期"), lambda r: r.on_date),
    Column(QT_TRANSLATE_NOOP("Ledger", "月份"), lambda r: period_text(r.period)),
    Column(QT_TRANSLATE_NOOP("Ledger", "收费项目"), lambda r: r.item),
    Column(QT_TRANSLATE_NOOP("Ledger", "减免"), lambda r: money_text(r.amount)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("Ledger", "原因"), lambda r: r.reason),
    Column(QT_TRANSLATE_NOOP("Ledger", "经办人"), lambda r: r.created_by),
]


HISTORY = [
    Column(QT_TRANSLATE_NOOP("Ledger", "期间"), lambda h: period_text(h.first_period) + (
        f"—{period_text(h.last_period)}" if h.last_period != h.first_period else "")),
    Column(QT_TRANSLATE_NOOP("Ledger", "收费项目"), lambda h: h.item),
    Column(QT_TRANSLATE_NOOP("Ledger", "应缴"), lambda h: money_text(h.due)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("Ledger", "实缴"), lambda h: money_text(h.paid)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("Ledger", "缴费时间"), lambda h: h.paid_on or ""),
    Column(QT_TRANSLATE_NOOP("Ledger", "收银员"), lambda h: h.cashier),
]


def standing_text(standing: payments.Standing, *, credit: bool = True) -> str:
    """欠费 ¥1,620.25（5 个月），and when this month's bill is open too, 应缴 … 含本月 …."""
    if standing.overdue:
        text = translate("Owing", "欠费 <b>{owed}</b>（{months} 个月）").format(
            owed=money_text(standing.overdue), months=standing.months)
    else:
        text = translate("Owing", "无欠费")
    if standing.current:
        text += translate("Owing", "　应缴 {payable}（含本月 {current}）").format(
            payable=money_text(standing.payable), current=money_text(standing.current))
    if credit:
        text += translate("Owing", "　预存余额 {credit}").format(
            credit=money_text(standing.credit))
    return text


class LedgerView(QWidget):
    collect = Signal()  # the clerk wants to take a payment from this household
    changed = Signal()

    def __init__(self, unit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit_id = unit_id
        self.summary = QLabel()
        self.bills_model = RowTableModel(BILLS, "Ledger", self)
        self.payments_model = RowTableModel(PAYMENTS, "Ledger", self)
        self.reductions_model = RowTableModel(REDUCTIONS, "Ledger", self)
        self.history_model = RowTableModel(HISTORY, "Ledger", self)
        self.payments_view = table_view(self.payments_model)
        split = QSplitter(Qt.Orientation.Vertical)
        self.history_box = None
        for title, view in ((translate("Ledger", "账单"), table_view(self.bills_model)),
                            (translate("Ledger", "收款"), self.payments_view),
                            (translate("Ledger", "减免"), table_view(self.reductions_model)),
                            (translate("Ledger", "原系统缴费记录（期初导入，不计入收费日报）"),
                             table_view(self.history_model))):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(QLabel(f"<b>{title}</b>"))
            box_layout.addWidget(view)
            split.addWidget(box)
            self.history_box = box  # the last: shown only for a household that has one
        for index, factor in enumerate((3, 2, 1, 1)):
            split.setStretchFactor(index, factor)
        collect = QPushButton(translate("Ledger", "收款(&C)…"))
        collect.clicked.connect(self.collect)
        reduce = QPushButton(translate("Ledger", "减免…"))
        reduce.clicked.connect(self.reduce)
        reprint = QPushButton(translate("Ledger", "补打收据…"))
        reprint.clicked.connect(self.reprint)
        void = QPushButton(translate("Ledger", "作废收据…"))
        void.clicked.connect(self.void)
        buttons = QHBoxLayout()
        for button in (collect, reduce, reprint, void):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        book = payments.ledger(self.unit_id)
        self.bills_model.set_rows(book.bills)
        self.payments_model.set_rows(book.payments)
        self.reductions_model.set_rows(book.reductions)
        self.history_model.set_rows(book.history)
        self.history_box.setVisible(bool(book.history))
        text = translate("Ledger", "应收合计 {billed}　{standing}　收款 {count} 笔").format(
            billed=money_text(book.billed),
            standing=standing_text(payments.standing(self.unit_id)),
            count=len(book.payments))
        if book.opening_credit:
            text += translate("Ledger", "（预存中 {credit} 为原系统结转，无收据）").format(
                credit=money_text(book.opening_credit))
        self.summary.setText(text)

    def _payment(self) -> payments.LedgerPayment | None:
        rows = self.payments_view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, translate("Ledger", "账务"),
                                    translate("Ledger", "请先在“收款”中选中一张收据。"))
            return None
        return self.payments_model.rows[rows[0].row()]

    def reprint(self) -> None:
        chosen = self._payment()
        if chosen is not None:
            show_receipt(self, chosen.payment_id)

    def void(self) -> None:
        chosen = self._payment()
        if chosen is not None and void_receipt(self, chosen.receipt_no):
            self.refresh()
            self.changed.emit()

    def reduce(self) -> None:
        if ReductionDialog(self.unit_id, None, self).exec():
            self.refresh()
            self.changed.emit()
