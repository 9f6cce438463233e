"""The 催缴 page of the 收费 tab: every household in arrears with why it does not pay and where
its case stands; the selected household's suggested approach, actions and letters; what is
due this week; months about to become time-barred; and which approach brings money back."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmdesk.actions.collecting import post_arrears_notice
from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError
from pmdesk.core.money import cases, demands, instalments, reports
from pmdesk.core.money.amounts import add_months, money_text, period_text
from pmdesk.core.register.units import unit_code
from pmdesk.core.service import relations
from pmdesk.core.service.complaints import queue
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import ACTIONS, APPROACHES, CASE_STATUSES, DELIVERIES, REASONS, label
from pmdesk.ui.alerts import show_error
from pmdesk.ui.dialogs.collecting import (
    ActionDialog,
    CaseDialog,
    DeliveryDialog,
    InstalmentDialog,
    LettersDialog,
    issue_letters,
    print_dossier,
)
from pmdesk.ui.dialogs.relations import ContactDialog
from pmdesk.ui.documents import show_issued
from pmdesk.ui.models import Column, RowTableModel, table_view
from pmdesk.ui.tasks import run_task

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Row:
    arrears: reports.ArrearsRow
    case: cases.Case | None

    @property
    def reason(self) -> str:
        return self.case.reason if self.case else "unknown"

    @property
    def status(self) -> str:
        return self.case.status if self.case else "following"


CASES = [
    Column(QT_TRANSLATE_NOOP("CollectingView", "房号"), lambda r: r.arrears.room),
    Column(QT_TRANSLATE_NOOP("CollectingView", "业主"), lambda r: r.arrears.owner),
    Column(QT_TRANSLATE_NOOP("CollectingView", "欠费"),
           lambda r: money_text(r.arrears.owed)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("CollectingView", "月数"), lambda r: r.arrears.months, RIGHT),
    Column(QT_TRANSLATE_NOOP("CollectingView", "原因"), lambda r: label(REASONS, r.reason)),
    Column(QT_TRANSLATE_NOOP("CollectingView", "状态"),
           lambda r: label(CASE_STATUSES, r.status)),
    Column(QT_TRANSLATE_NOOP("CollectingView", "下一步"),
           lambda r: r.case.next_action if r.case else ""),
    Column(QT_TRANSLATE_NOOP("CollectingView", "日期"),
           lambda r: (r.case.next_date or "") if r.case else ""),
]
ACTION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CollectingView", "日期"), lambda a: a.on_date),
    Column(QT_TRANSLATE_NOOP("CollectingView", "方式"), lambda a: label(ACTIONS, a.kind)),
    Column(QT_TRANSLATE_NOOP("CollectingView", "内容"), lambda a: a.said),
    Column(QT_TRANSLATE_NOOP("CollectingView", "结果"), lambda a: a.outcome),
    Column(QT_TRANSLATE_NOOP("CollectingView", "经办人"), lambda a: a.done_by),
]
LETTER_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CollectingView", "发出日期"), lambda x: x.issued_on),
    Column(QT_TRANSLATE_NOOP("CollectingView", "欠费"), lambda x: money_text(x.owed)[1:],
           RIGHT),
    Column(QT_TRANSLATE_NOOP("CollectingView", "送达"), lambda x: (
        f"{label(DELIVERIES, x.method)} {x.delivered_on}" if x.delivered_on
        else translate("CollectingView", "未登记送达"))),
]
DUE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CollectingView", "日期"), lambda c: c.next_date),
    Column(QT_TRANSLATE_NOOP("CollectingView", "房号"), lambda c: c.room),
    Column(QT_TRANSLATE_NOOP("CollectingView", "下一步"), lambda c: c.next_action),
    Column(QT_TRANSLATE_NOOP("CollectingView", "原因"), lambda c: label(REASONS, c.reason)),
]
LIMITATION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CollectingView", "房号"), lambda w: w.room),
    Column(QT_TRANSLATE_NOOP("CollectingView", "月份"), lambda w: period_text(w.period)),
    Column(QT_TRANSLATE_NOOP("CollectingView", "收费项目"), lambda w: w.item),
    Column(QT_TRANSLATE_NOOP("CollectingView", "欠费"), lambda w: money_text(w.owed)[1:],
           RIGHT),
    Column(QT_TRANSLATE_NOOP("CollectingView", "最近中断"), lambda w: w.last_event),
    Column(QT_TRANSLATE_NOOP("CollectingView", "届满日"), lambda w: w.barred_on),
]
RECOVERY_MONTHS = 6  # columns of the recovery table, besides the twelve-month total


def recovery_columns(months: list[int]) -> list[Column]:
    """Reason, last approach, one column per recent month, the total: which approach works."""
    return [
        Column(QT_TRANSLATE_NOOP("CollectingView", "原因"), lambda r: label(REASONS, r[0][0])),
        Column(QT_TRANSLATE_NOOP("CollectingView", "最近一次催缴方式"),
               lambda r: label(ACTIONS, r[0][1]) if r[0][1]
               else translate("CollectingView", "（无记录）")),
        *[Column(period_text(month), lambda r, m=month: _fen(r[1].get(m, 0)), RIGHT)
          for month in months],
        Column(QT_TRANSLATE_NOOP("CollectingView", "近12个月"),
               lambda r: money_text(sum(r[1].values()))[1:], RIGHT),
    ]


def _fen(fen: int) -> str:
    return money_text(fen)[1:] if fen else ""


INSTALMENT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CollectingView", "期数"), lambda i: i.seq, RIGHT),
    Column(QT_TRANSLATE_NOOP("CollectingView", "缴款日"), lambda i: i.due_date),
    Column(QT_TRANSLATE_NOOP("CollectingView", "金额"), lambda i: money_text(i.amount)[1:],
           RIGHT),
    Column(QT_TRANSLATE_NOOP("CollectingView", "已缴"), lambda i: money_text(i.paid)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("CollectingView", "状态"), lambda i: (
        translate("CollectingView", "已缴清") if i.paid >= i.amount
        else translate("CollectingView", "逾期未缴") if i.missed(clock.today())
        else translate("CollectingView", "未到期"))),
]
MISSED_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CollectingView", "房号"), lambda m: m[0]),
    Column(QT_TRANSLATE_NOOP("CollectingView", "期数"), lambda m: m[1].seq, RIGHT),
    Column(QT_TRANSLATE_NOOP("CollectingView", "缴款日"), lambda m: m[1].due_date),
    Column(QT_TRANSLATE_NOOP("CollectingView", "金额"), lambda m: money_text(m[1].amount)[1:],
           RIGHT),
    Column(QT_TRANSLATE_NOOP("CollectingView", "已缴"), lambda m: money_text(m[1].paid)[1:],
           RIGHT),
]


class CollectingView(QWidget):
    complaint_requested = Signal(int, str)  # an open complaint's id (or 0 and a room: log one)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.pinned: int | None = None  # just worked on: shown even when a filter excludes it
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("CollectingView", "查找房号或业主"))
        self.evidence_dir = None
        self.reason = QComboBox()
        self.reason.addItem(translate("CollectingView", "全部原因"), None)
        for code in REASONS:
            self.reason.addItem(label(REASONS, code), code)
        self.status = QComboBox()
        self.status.addItem(translate("CollectingView", "全部状态"), None)
        for code in CASE_STATUSES:
            self.status.addItem(label(CASE_STATUSES, code), code)
        for combo in (self.reason, self.status):
            combo.currentIndexChanged.connect(self.filter_changed)
        self.search.textChanged.connect(self.filter_changed)
        self.summary = QLabel()
        self.model = RowTableModel(CASES, "CollectingView", self)
        self.table = table_view(self.model, stretch=4)  # the reason gives way first: no scroll
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.table.doubleClicked.connect(lambda _: self.edit_case())

        self.approach = QLabel()
        self.approach.setWordWrap(True)
        self.actions_model = RowTableModel(ACTION_COLUMNS, "CollectingView", self)
        self.letters_model = RowTableModel(LETTER_COLUMNS, "CollectingView", self)
        self.instalments_model = RowTableModel(INSTALMENT_COLUMNS, "CollectingView", self)
        self.letters_view = table_view(self.letters_model, stretch=2)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.approach)
        detail_layout.addWidget(table_view(self.actions_model, stretch=2), 2)
        delivery = QPushButton(translate("CollectingView", "登记送达(&D)…"))
        delivery.clicked.connect(self.record_delivery)
        evidence = QPushButton(translate("CollectingView", "查看证据"))
        evidence.clicked.connect(self.show_evidence)
        letters_bar = QHBoxLayout()
        letters_bar.addWidget(QLabel(translate("CollectingView", "催缴通知书")))
        letters_bar.addStretch()
        letters_bar.addWidget(evidence)
        letters_bar.addWidget(delivery)
        detail_layout.addLayout(letters_bar)
        detail_layout.addWidget(self.letters_view, 1)
        detail_layout.addWidget(QLabel(translate("CollectingView", "分期")))
        detail_layout.addWidget(table_view(self.instalments_model, stretch=4), 1)
        self.due_model = RowTableModel(DUE_COLUMNS, "CollectingView", self)
        self.limitation_model = RowTableModel(LIMITATION_COLUMNS, "CollectingView", self)
        self.recovery_model = RowTableModel(recovery_columns([]), "CollectingView", self)
        self.missed_model = RowTableModel(MISSED_COLUMNS, "CollectingView", self)
        self.recovery_total = QLabel()
        recovery = QWidget()
        recovery_layout = QVBoxLayout(recovery)
        recovery_view = table_view(self.recovery_model, stretch=1)
        recovery_view.horizontalHeader().setSectionResizeMode(  # every figure whole, never …
            QHeaderView.ResizeMode.ResizeToContents)
        recovery_layout.addWidget(recovery_view)
        recovery_layout.addWidget(self.recovery_total)
        self.side = QTabWidget()
        self.side.addTab(detail, translate("CollectingView", "所选住户"))
        self.due_view = table_view(self.due_model, stretch=2)
        self.due_view.doubleClicked.connect(lambda index: self.open_due(index.row()))
        self.side.addTab(self.due_view, translate("CollectingView", "本周待办"))
        self.side.addTab(table_view(self.limitation_model, stretch=2),
                         translate("CollectingView", "时效预警"))
        self.side.addTab(table_view(self.missed_model, stretch=0),
                         translate("CollectingView", "分期逾期"))
        self.side.addTab(recovery, translate("CollectingView", "成效"))

        household = QGridLayout()  # what the clerk does for the selected household
        for index, (text, slot) in enumerate((
                (translate("CollectingView", "催缴情况(&C)…"), self.edit_case),
                (translate("CollectingView", "记录沟通(&L)…"), self.log_action),
                (translate("CollectingView", "催缴通知书(&N)…"), self.one_letter),
                (translate("CollectingView", "分期协议(&I)…"), self.instalments),
                (translate("CollectingView", "委托律师材料…"), self.dossier),
                (translate("CollectingView", "投诉报修(&R)…"), self.open_grievance),
                (translate("CollectingView", "联系单位跟进…"), self.log_liaison))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            household.addWidget(button, index // 3, index % 3)
        detail_layout.insertLayout(1, household)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.reason)
        bar.addWidget(self.status)
        bar.addStretch()
        for text, slot in ((translate("CollectingView", "批量催缴通知书…"), self.letters),
                           (translate("CollectingView", "收缴情况公示…"), self.notice)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.table)
        split.addWidget(left)
        split.addWidget(self.side)
        split.setObjectName("collecting")  # its sizes are remembered (MainWindow)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    # -- reading ------------------------------------------------------------------------

    def load(self):
        today = clock.today()
        year_ago = today - timedelta(days=365)

        def work(progress, cancel):
            return (reports.arrears(today), cases.cases(),
                    cases.due_cases(today + timedelta(days=7)),
                    demands.limitation_watch(as_of=today),
                    cases.recovered_by_month(year_ago, today),
                    instalments.missed_instalments(today))

        def done(result) -> None:
            arrears, cases, due, watch, recovered, missed = result
            self.rows = [Row(row, cases.get(row.unit_id)) for row in arrears.rows]
            codes = {row.arrears.unit_id: row.arrears.room for row in self.rows}
            self.due_model.set_rows([_Due(c, codes.get(c.unit_id, "")) for c in due])
            self.limitation_model.set_rows(watch)
            this_month = today.year * 100 + today.month
            months = [add_months(this_month, -back) for back in range(RECOVERY_MONTHS - 1, -1, -1)]
            self.recovery_model.columns = recovery_columns(months)
            self.recovery_model.set_rows(sorted(recovered.items(),
                                                key=lambda r: -sum(r[1].values())))
            self.recovery_total.setText(translate(
                "CollectingView", "近一年有催缴记录的住户缴回 {total}").format(
                total=money_text(sum(sum(m.values()) for m in recovered.values()))))
            rooms = {row.arrears.unit_id: row.arrears.room for row in self.rows}
            self.missed_model.set_rows([
                (rooms.get(plan.unit_id) or _room(plan.unit_id), instalment)
                for plan, instalments in missed for instalment in instalments])
            self.side.setTabText(3, translate("CollectingView", "分期逾期（{count}）").format(
                count=len(missed)))
            self.side.setTabText(1, translate("CollectingView", "本周待办（{count}）").format(
                count=len(due)))
            self.side.setTabText(2, translate("CollectingView", "时效预警（{count}）").format(
                count=len(watch)))
            self.show_rows()

        return run_task(self, work, on_done=done, on_error=lambda exc: show_error(self, exc),
                        label=translate("CollectingView", "正在读取催缴情况…"))

    def filter_changed(self) -> None:
        self.pinned = None
        self.show_rows()

    def show_rows(self) -> None:
        """The households the filters and the search let through — and the one just worked
        on, so a case whose reason changed stays in view and selected."""
        reason, status = self.reason.currentData(), self.status.currentData()
        text = self.search.text().strip()
        rows = [r for r in self.rows if r.arrears.unit_id == self.pinned or (
            (reason is None or r.reason == reason) and (status is None or r.status == status)
            and (not text or text in r.arrears.room or text in r.arrears.owner))]
        selected = self.selected_unit() or self.pinned
        self.model.set_rows(rows)
        self.summary.setText(translate("CollectingView", "{count} 户欠费，合计 {total}").format(
            count=len(rows), total=money_text(sum(r.arrears.owed for r in rows))))
        for index, row in enumerate(rows):
            if row.arrears.unit_id == selected:
                self.table.selectRow(index)
                break
        self.show_selected()

    def selected_unit(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].arrears.unit_id if rows else None

    def select_unit(self, unit_id: int) -> None:
        for index, row in enumerate(self.model.rows):
            if row.arrears.unit_id == unit_id:
                self.table.selectRow(index)
                return

    def show_selected(self) -> None:
        unit_id = self.selected_unit()
        if unit_id is None:
            self.approach.setText(
                translate("CollectingView", "选中一户，查看建议做法和催缴记录。"))
            for model in (self.actions_model, self.letters_model, self.instalments_model):
                model.set_rows([])
            return
        case = cases.case(unit_id)
        reason = case.reason if case else "unknown"
        text = translate("CollectingView", "<b>{reason}</b>：{approach}").format(
            reason=label(REASONS, reason), approach=label(APPROACHES, reason))
        grievances = _complaints_of(unit_id)
        if grievances:  # a grudge is settled by fixing what caused it: show that first
            text = translate("CollectingView", "<span style='color:#b00020'>这户有 {count} 件"
                             "未办结的投诉报修：{items}</span><br>{approach}").format(
                count=len(grievances), items="；".join(
                    f"{g.number} {g.description[:20]}" for g in grievances[:3]),
                approach=text)
        liaison = relations.contacts(unit_id=unit_id)
        if liaison:  # the 居委会 or 街道 helping: what they agreed, latest first
            text += "<br>" + translate("CollectingView", "联系单位跟进：{items}").format(
                items="；".join(f"{c.on_date} {escape(c.organisation)}："
                               f"{escape(' '.join(c.summary.split()))}" for c in liaison[:2]))
        self.approach.setText(text)
        self.actions_model.set_rows(cases.actions(unit_id))
        self.letters_model.set_rows(demands.letters(unit_id=unit_id))
        self.instalments_model.set_rows([i for plan in instalments.plans(unit_id)
                                         for i in plan.instalments])

    # -- doing --------------------------------------------------------------------------

    def _unit(self) -> int | None:
        unit_id = self.selected_unit()
        if unit_id is None:
            QMessageBox.information(self, translate("CollectingView", "催缴"),
                                    translate("CollectingView", "请先选中一户。"))
        return unit_id

    def _after(self, dialog) -> None:
        if dialog.exec():
            self.pinned = self.selected_unit() or self.pinned
            self.load()

    def edit_case(self) -> None:
        unit_id = self._unit()
        if unit_id is not None:
            self._after(CaseDialog(unit_id, self))

    def log_action(self) -> None:
        unit_id = self._unit()
        if unit_id is not None:
            self._after(ActionDialog(unit_id, parent=self))

    def log_liaison(self) -> None:
        """A contact with the 居委会, the 街道 or another organisation about this household
        (the seed's first case: help for an unemployed owner)."""
        unit_id = self._unit()
        if unit_id is not None:
            self._after(ContactDialog(unit_id=unit_id, parent=self))

    def instalments(self) -> None:
        unit_id = self._unit()
        if unit_id is not None:
            self._after(InstalmentDialog(unit_id, self))

    def open_due(self, row: int) -> None:
        """A 本周待办 row: its household selected on the list, and its case opened."""
        unit_id = self.due_model.rows[row].case.unit_id
        self.pinned = unit_id
        self.show_rows()
        self.select_unit(unit_id)
        self.side.setCurrentIndex(0)
        self._after(CaseDialog(unit_id, self))

    def open_grievance(self) -> None:
        """The seed's first case: settle the grievance, then ask for the money. The household's
        open complaint or repair opens in the 投诉报修 tab; without one, its intake form."""
        unit_id = self._unit()
        if unit_id is None:
            return
        found = _complaints_of(unit_id)
        self.complaint_requested.emit(found[0].id if found else 0, unit_code(unit_id))

    def dossier(self) -> None:
        unit_id = self._unit()
        if unit_id is not None:
            print_dossier(self, unit_id)

    def one_letter(self) -> None:
        """A 催缴通知书 for the selected household alone (its delivery slip with it)."""
        unit_id = self._unit()
        if unit_id is None:
            return
        sent = demands.letters(unit_id=unit_id)
        waiting = [x for x in sent if x.deadline >= clock.today().isoformat()]
        if waiting and QMessageBox.question(
                self, translate("CollectingView", "催缴通知书"), translate(
                    "CollectingView", "这户 {date} 已发过催缴通知书，缴费期限 {deadline} 还没到。"
                                      "期限未到又发一份，业主会觉得被逼得太紧。仍要再发吗？").format(
                    date=waiting[0].issued_on, deadline=waiting[0].deadline),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        kinds = [translate("CollectingView", "催缴通知书"),
                 translate("CollectingView", "再次催缴（写明将依法主张权利）")]
        choice, ok = QInputDialog.getItem(self, translate("CollectingView", "催缴通知书"),
                                          translate("CollectingView", "通知书"), kinds, 0,
                                          False)
        if ok and issue_letters(self, [unit_id], "final" if choice == kinds[1] else "first"):
            self.load()

    def letters(self) -> None:
        self._after(LettersDialog(self))

    def record_delivery(self) -> None:
        rows = self.letters_view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, translate("CollectingView", "登记送达"),
                                    translate("CollectingView", "请先选中一份催缴通知书。"))
            return
        self._after(DeliveryDialog(self.letters_model.rows[rows[0].row()], self))

    def show_evidence(self) -> None:
        """Open the photo or scan kept with the selected letter's delivery."""
        rows = self.letters_view.selectionModel().selectedRows()
        found = demands.delivery_evidence(self.letters_model.rows[rows[0].row()].id) \
            if rows else None
        if found is None:
            QMessageBox.information(self, translate("CollectingView", "查看证据"), translate(
                "CollectingView", "所选通知书没有保存送达证据（照片或扫描件）。"))
            return
        name, data = found
        if self.evidence_dir is None:  # removed, with what was opened, when the app exits
            self.evidence_dir = tempfile.TemporaryDirectory(prefix="pmdesk-evidence-")
        target = Path(self.evidence_dir.name) / Path(name).name
        target.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def notice(self) -> None:
        try:
            issued = post_arrears_notice()
        except PmdeskError as exc:
            show_error(self, exc)
            return
        show_issued(self, issued, "arrears_notice")


def _complaints_of(unit_id: int) -> list:
    """The household's open complaints and repairs (as complainant), newest first."""
    return [item for item in queue(unit_id=unit_id) if item.unit_id == unit_id]


def _room(unit_id: int) -> str:
    return unit_code(unit_id)


@dataclass(frozen=True)
class _Due:
    case: cases.Case
    room: str

    @property
    def next_date(self) -> str:
        return self.case.next_date or ""

    @property
    def next_action(self) -> str:
        return self.case.next_action

    @property
    def reason(self) -> str:
        return self.case.reason
