"""The cash desk (收款台): find the household, see its unpaid bills oldest first (all ticked),
type the amount, choose the method, confirm, and the receipt is on screen ready to print.

The keyboard alone does it: type the room and Enter, type the amount (the total of the ticked
bills is already there) and Enter, Enter again to confirm, Enter to print. Unticking bills
pays only the months the payer chose (民法典 560); more than they owe becomes credit (预存).
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.actions.payments import take_payment
from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.money import cases, instalments, payments
from pmdesk.core.money.amounts import money_text, parse_money, period_text
from pmdesk.core.register import units
from pmdesk.core.register.residents import code_sort_key, format_area, household, household_rows
from pmdesk.documents.amount_words import fen_in_words
from pmdesk.error_messages import describe
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import CASE_STATUSES, METHODS, REASONS, label
from pmdesk.ui.alerts import show_error
from pmdesk.ui.dialogs.fees import ReductionDialog
from pmdesk.ui.dialogs.ledger import standing_text
from pmdesk.ui.forms import ERROR_COLOR
from pmdesk.ui.models import Column, RowTableModel
from pmdesk.ui.receipts import preview_receipt
from pmdesk.ui.tasks import write_when_free

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
BILL_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CashDesk", "缴"), lambda b: ""),
    Column(QT_TRANSLATE_NOOP("CashDesk", "月份"), lambda b: period_text(b.period)),
    Column(QT_TRANSLATE_NOOP("CashDesk", "收费项目"), lambda b: b.item),
    Column(QT_TRANSLATE_NOOP("CashDesk", "应收"), lambda b: money_text(b.amount)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("CashDesk", "已缴"), lambda b: money_text(b.paid)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("CashDesk", "减免"), lambda b: money_text(b.reduced)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("CashDesk", "欠费"), lambda b: money_text(b.owed)[1:], RIGHT),
]


class BillsModel(RowTableModel):
    """Unpaid bills with a tick in the first column: the months this payment covers. A
    month's lines stand together under it: the month named once, each month's band shaded
    in turn."""

    ticks_changed = Signal()
    BAND = QColor("#eef3f8")

    def __init__(self, parent=None) -> None:
        super().__init__(BILL_COLUMNS, "CashDesk", parent)
        self.ticked: list[bool] = []
        self.band: list[int] = []  # per row: which month it belongs to, counted from the top

    def set_rows(self, rows) -> None:
        self.ticked = [True] * len(rows)
        self.band = []
        for index, bill in enumerate(rows):
            new_month = index == 0 or rows[index - 1].period != bill.period
            self.band.append((self.band[-1] + new_month) if self.band else 0)
        super().set_rows(rows)
        self.ticks_changed.emit()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = index.row()
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if self.ticked[row] else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.BackgroundRole and self.band[row] % 2:
            return self.BAND
        if index.column() == 1 and role == Qt.ItemDataRole.DisplayRole and row > 0 \
                and self.rows[row - 1].period == self.rows[row].period:
            return ""  # the month is named on its first line
        return super().data(index, role)

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            self.set_ticked(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        return False

    def set_all(self, ticked: bool) -> None:
        self.ticked = [ticked] * len(self.rows)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()

    def set_ticked(self, row: int, ticked: bool) -> None:
        self.ticked[row] = ticked
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()

    def chosen(self) -> list[payments.OpenBill]:
        return [bill for bill, ticked in zip(self.rows, self.ticked, strict=True) if ticked]


def collection_text(unit_id: int) -> str:
    """The household's 催缴 case and instalment agreement, for the clerk taking its money:
    `催缴：经济困难，分期中；下一步 回访 2026-12-05　分期：第 3/6 期 ¥220.33，2026-12-20 到期`."""
    parts = []
    case = cases.case(unit_id)
    if case is not None and case.status != "settled":
        text = translate("CashDesk", "催缴：{reason}，{status}").format(
            reason=label(REASONS, case.reason), status=label(CASE_STATUSES, case.status))
        if case.next_action or case.next_date:
            text += translate("CashDesk", "；下一步 {action} {date}").format(
                action=html.escape(case.next_action), date=case.next_date or "")
        parts.append(text.strip())
    today = clock.today()
    for plan in instalments.plans(unit_id):
        if plan.completed:
            continue
        due = next(i for i in plan.instalments if i.paid < i.amount)
        text = translate("CashDesk", "分期：第 {seq}/{count} 期 {amount}，{date} 到期").format(
            seq=due.seq, count=len(plan.instalments), amount=money_text(due.amount - due.paid),
            date=due.due_date)
        missed = plan.missed(today)
        if missed:
            text = f"<span style='color:{ERROR_COLOR}'>" + translate(
                "CashDesk", "{text}（已逾期 {count} 期）").format(
                text=text, count=len(missed)) + "</span>"
        parts.append(text)
    return "<br>" + "　".join(parts) if parts else ""


class CashDesk(QWidget):
    paid = Signal(int)  # unit id: a payment was recorded

    def __init__(self, find_units=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paying = False  # a payment is being written (the button stays off)
        self.find_units = find_units  # query → unit ids (the register's search index)
        self.unit_id: int | None = None
        self.token = uuid.uuid4().hex
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate(
            "CashDesk", "房号（3-2-501）、姓名、拼音首字母或电话后四位，按回车"))
        self.search.returnPressed.connect(self.find)
        self.matches = QListWidget()
        self.matches.setMaximumHeight(140)
        self.matches.hide()
        self.matches.itemActivated.connect(
            lambda item: self.load(item.data(Qt.ItemDataRole.UserRole)))
        self.household = QLabel(translate("CashDesk", "先查找要收款的住户。"))
        self.household.setWordWrap(True)
        self.household.setTextFormat(Qt.TextFormat.RichText)
        self.model = BillsModel(self)
        self.model.ticks_changed.connect(self._ticks_changed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.selected_label = QLabel()
        self.tick_all = QPushButton(translate("CashDesk", "全选"))
        self.tick_none = QPushButton(translate("CashDesk", "全不选"))
        self.tick_all.clicked.connect(lambda: self.model.set_all(True))
        self.tick_none.clicked.connect(lambda: self.model.set_all(False))

        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.amount.textChanged.connect(self._update_echo)
        self.amount.returnPressed.connect(self.collect)
        self.echo = QLabel()
        self.echo.setWordWrap(True)
        self.method = QComboBox()
        for code in METHODS:
            self.method.addItem(label(METHODS, code), code)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.tendered = QLineEdit()
        self.tendered.setPlaceholderText(translate("CashDesk", "收到的现金，可不填"))
        self.tendered.textChanged.connect(self._update_echo)
        self.tendered.returnPressed.connect(self.collect)
        self.change = QLabel()
        self.payer = QLineEdit()
        self.collect_button = QPushButton(translate("CashDesk", "收款(&S)"))
        self.collect_button.clicked.connect(self.collect)
        self.reduce_button = QPushButton(translate("CashDesk", "减免(&R)…"))
        self.reduce_button.clicked.connect(self.reduce)
        self.clear_button = QPushButton(translate("CashDesk", "换一户(&N)"))
        self.clear_button.clicked.connect(self.reset)

        form = QFormLayout()
        form.addRow(translate("CashDesk", "收款金额(&A)"), self.amount)
        form.addRow("", self.echo)
        form.addRow(translate("CashDesk", "付款方式(&M)"), self.method)
        form.addRow(translate("CashDesk", "实收现金(&T)"), self.tendered)
        form.addRow(translate("CashDesk", "找零"), self.change)
        form.addRow(translate("CashDesk", "交款人(&P)"), self.payer)
        money = QGroupBox(translate("CashDesk", "收款"))
        money_layout = QVBoxLayout(money)
        money_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.collect_button)
        buttons.addWidget(self.reduce_button)
        buttons.addStretch()
        buttons.addWidget(self.clear_button)
        money_layout.addLayout(buttons)
        money_layout.addStretch()

        bills = QGroupBox(translate("CashDesk", "未缴账单（从最早的月份开始）"))
        bills_layout = QVBoxLayout(bills)
        bills_layout.addWidget(self.table)
        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.tick_none)
        ticks.addStretch()
        ticks.addWidget(self.selected_label)
        bills_layout.addLayout(ticks)

        body = QHBoxLayout()
        body.addWidget(bills, 3)
        body.addWidget(money, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.household)
        layout.addLayout(body, 1)
        self._set_enabled(False)
        self._method_changed()

    # -- finding the household ----------------------------------------------------------

    def find(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        try:
            unit_id, _ = payments.unit_by_room(text, field="room")
        except ValidationError:
            unit_id = None
        if unit_id is not None:
            self.load(unit_id)
            return
        ids = sorted(self.find_units(text) or ()) if self.find_units else []
        if len(ids) == 1:
            self.load(ids[0])
            return
        self.matches.clear()
        if not ids:
            self.household.setText(translate("CashDesk", "没有找到“{text}”。").format(text=text))
            self.matches.hide()
            return

        rows = household_rows(ids[:200])
        for row in sorted(rows.values(), key=lambda r: code_sort_key(r.code)):
            item = QListWidgetItem(f"{row.code}　{row.owners}")
            item.setData(Qt.ItemDataRole.UserRole, row.unit_id)
            self.matches.addItem(item)
        self.matches.show()
        self.matches.setCurrentRow(0)
        self.matches.setFocus()

    def load(self, unit_id: int) -> None:
        self.matches.hide()
        self.unit_id = unit_id
        self.token = uuid.uuid4().hex
        h = household(unit_id)
        owner = units.owner_names(unit_id)
        bills = payments.open_bills(unit_id)
        tags = "、".join(h.tags)
        self.household.setText(translate(
            "CashDesk", "<b style='font-size:14pt'>{room}</b>　{owner}　建筑面积 {area} ㎡"
                        "　{tags}<br>{standing}").format(
            room=h.code, owner=owner or "-", area=format_area(h.area),
            tags=f"<span style='color:{ERROR_COLOR}'>{tags}</span>" if tags else "",
            standing=standing_text(payments.standing(unit_id, bills=bills)))
            + collection_text(unit_id))
        self.payer.setText(owner)
        self.model.set_rows(bills)
        self._set_enabled(True)
        self.tendered.clear()
        self.amount.setFocus()
        self.amount.selectAll()

    def recheck(self) -> None:
        """Another desk may have taken this household's money: if its open bills are not the
        ones shown, read the household again and say why the form changed."""
        if self.unit_id is None or self.paying:
            return
        shown = [(bill.bill_id, bill.owed) for bill in self.model.rows]
        if [(bill.bill_id, bill.owed) for bill in payments.open_bills(self.unit_id)] == shown:
            return
        self.load(self.unit_id)
        self.echo.setStyleSheet(f"color: {ERROR_COLOR};")
        self.echo.setText(translate("CashDesk", "这户的账单刚在另一台电脑上有变动，已重新读取，"
                                                "请核对后再收款。"))

    def reset(self) -> None:
        self.unit_id = None
        self.model.set_rows([])
        for field in (self.amount, self.tendered, self.payer, self.search):
            field.clear()
        self.household.setText(translate("CashDesk", "先查找要收款的住户。"))
        self._set_enabled(False)
        self.search.setFocus()

    # -- the form -----------------------------------------------------------------------

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.amount, self.method, self.tendered, self.payer, self.collect_button,
                       self.reduce_button, self.tick_all, self.tick_none):
            widget.setEnabled(on)
        self._method_changed()

    def _ticks_changed(self) -> None:
        chosen = self.model.chosen()
        total = sum(bill.owed for bill in chosen)
        self.selected_label.setText(translate("CashDesk", "已选 {count} 笔，合计 {total}").format(
            count=len(chosen), total=money_text(total)))
        self.amount.setText(money_text(total)[1:].replace(",", "") if total else "")
        self.amount.selectAll()
        self._update_echo()

    def _method_changed(self) -> None:
        cash = self.method.currentData() == "cash" and self.unit_id is not None
        self.tendered.setEnabled(cash)
        if not cash:
            self.tendered.clear()
        self._update_echo()

    def _amount(self) -> int:
        return parse_money(self.amount.text(), field="amount")

    def _tendered(self) -> int | None:
        if not self.tendered.isEnabled() or not self.tendered.text().strip():
            return None
        return parse_money(self.tendered.text(), field="tendered")

    def _update_echo(self) -> None:
        """The amount in words as it is typed — or, in red, why 确认收款 would refuse it
        (cash short, no bill ticked, over the prepayment cap): the button waits until then."""
        self.echo.setStyleSheet("")
        self.change.clear()
        if self.unit_id is None:
            self.echo.clear()
            return
        self.collect_button.setEnabled(False)
        if not self.amount.text().strip():
            self.echo.clear()
            return
        try:
            fen = self._amount()
            self.echo.setText(f"{money_text(fen)}　人民币{fen_in_words(fen)}")
            tendered = self._tendered()
            if tendered is not None:
                self.change.setText(money_text(tendered - fen) if tendered >= fen
                                    else translate("CashDesk", "实收不足"))
            payments.check_payment(unit_id=self.unit_id, amount=fen,
                                   bill_ids=self._designated(), tendered=tendered)
        except PmdeskError as exc:
            self.echo.setStyleSheet(f"color: {ERROR_COLOR};")
            self.echo.setText(describe(exc))
            return
        self.collect_button.setEnabled(not self.paying)  # one payment at a time

    def _designated(self) -> list[int] | None:
        """The bills the payer chose, or None when every bill is ticked (oldest first)."""
        if all(self.model.ticked):
            return None
        return [bill.bill_id for bill in self.model.chosen()]

    # -- collecting ---------------------------------------------------------------------

    def collect(self):
        if self.unit_id is None or not self.collect_button.isEnabled():
            return
        try:
            amount, tendered = self._amount(), self._tendered()
            bill_ids = self._designated()
            parts, excess = payments.check_payment(unit_id=self.unit_id, amount=amount,
                                                   bill_ids=bill_ids, tendered=tendered)
        except PmdeskError as exc:
            show_error(self, exc)
            self.amount.setFocus()
            return
        if not self._confirm(amount, tendered, parts, excess):
            return
        self.paying = True  # one click, one payment (and the token), even if the form changes
        self.collect_button.setEnabled(False)
        unit_id, method, payer = self.unit_id, self.method.currentData(), self.payer.text()

        def done(taken) -> None:
            result, issued = taken
            self.paying = False
            self.collect_button.setEnabled(True)
            self.paid.emit(result.unit_id)
            preview_receipt(self, issued, result.receipt_no)
            self.reset()

        def failed(exc: BaseException) -> None:  # the form keeps what was typed
            self.paying = False
            self._update_echo()
            show_error(self, exc)

        def take():
            return take_payment(unit_id=unit_id, amount=amount, method=method, payer=payer,
                                bill_ids=bill_ids, tendered=tendered, token=self.token)

        return write_when_free(self, take, on_done=done, on_error=failed,
                               label=translate("CashDesk", "数据库正忙，正在等待…"))

    def _confirm(self, amount: int, tendered: int | None, parts, excess: int) -> bool:
        periods = sorted({bill.period for bill, _ in parts})
        lines = [translate("CashDesk", "收款 {amount}（{method}）").format(
            amount=money_text(amount), method=self.method.currentText())]
        if periods:
            lines.append(translate("CashDesk", "冲抵 {count} 笔账单：{first} 至 {last}").format(
                count=len(parts), first=period_text(periods[0]), last=period_text(periods[-1])))
        if excess:
            lines.append(translate("CashDesk", "其中 {credit} 存为预存款").format(
                credit=money_text(excess)))
        if tendered is not None:
            lines.append(translate("CashDesk", "实收 {tendered}，找零 {change}").format(
                tendered=money_text(tendered), change=money_text(tendered - amount)))
        behind = payments.clock_behind()
        if behind:
            lines.append(translate("CashDesk", "注意：电脑日期早于最近一张收据的日期（{date}），"
                                               "请先核对电脑的日期和时间。").format(date=behind))
        box = QMessageBox(QMessageBox.Icon.Warning if behind else QMessageBox.Icon.Question,
                          translate("CashDesk", "确认收款"), "\n".join(lines), parent=self)
        ok = box.addButton(translate("CashDesk", "确认收款"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("CashDesk", "返回修改"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def reduce(self) -> None:
        if self.unit_id is None:
            return

        bill_ids = self._designated()
        if ReductionDialog(self.unit_id, bill_ids, self).exec():
            self.paid.emit(self.unit_id)
            self.load(self.unit_id)
