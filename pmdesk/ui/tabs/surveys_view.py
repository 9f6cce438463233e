"""The body of the 满意度 tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.actions import surveys as printing
from pmdesk.core.errors import PmdeskError
from pmdesk.core.service import surveys
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import SURVEY_ITEMS, label, percent
from pmdesk.ui.alerts import show_error
from pmdesk.ui.dialogs.surveys import EntryDialog, NewSurveyDialog, PlanDialog
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

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LOW_COLOR = "#b00020"
TOOLTIP_COMPLAINTS = 15  # a low item's complaints listed when the pointer rests on its count


SURVEYS = [
    Column(QT_TRANSLATE_NOOP("SurveysView", "调查"), lambda s: s.title),
    Column(QT_TRANSLATE_NOOP("SurveysView", "发放"), lambda s: s.first_day),
    Column(QT_TRANSLATE_NOOP("SurveysView", "截止"), lambda s: s.last_day),
    Column(QT_TRANSLATE_NOOP("SurveysView", "份数"), lambda s: s.asked, RIGHT),
    Column(QT_TRANSLATE_NOOP("SurveysView", "交回"), lambda s: s.answered, RIGHT),
    Column(QT_TRANSLATE_NOOP("SurveysView", "待录入"), lambda s: s.outstanding or "", RIGHT),
]
PLANS = [
    Column(QT_TRANSLATE_NOOP("SurveysView", "项目"), lambda p: label(SURVEY_ITEMS, p.item)),
    Column(QT_TRANSLATE_NOOP("SurveysView", "整改措施"), lambda p: p.measure),
    Column(QT_TRANSLATE_NOOP("SurveysView", "责任人"), lambda p: p.owner),
    Column(QT_TRANSLATE_NOOP("SurveysView", "期限"), lambda p: p.due),
    Column(QT_TRANSLATE_NOOP("SurveysView", "完成"), lambda p: p.done_on or ""),
]
ITEM_HEADERS = (QT_TRANSLATE_NOOP("SurveysView", "项目"),
                QT_TRANSLATE_NOOP("SurveysView", "答卷"),
                QT_TRANSLATE_NOOP("SurveysView", "满意率"),
                QT_TRANSLATE_NOOP("SurveysView", "上次"),
                QT_TRANSLATE_NOOP("SurveysView", "回访（4–5分）"),
                QT_TRANSLATE_NOOP("SurveysView", "同期投诉报修"))
BUILDING_HEADERS = (QT_TRANSLATE_NOOP("SurveysView", "楼栋"),
                    QT_TRANSLATE_NOOP("SurveysView", "发放"),
                    QT_TRANSLATE_NOOP("SurveysView", "交回"),
                    QT_TRANSLATE_NOOP("SurveysView", "满意率"))
LARGE_PRINT = (("elderly", QT_TRANSLATE_NOOP("SurveysView", "老人户用大字版")),
               ("none", QT_TRANSLATE_NOOP("SurveysView", "全部普通版")),
               ("all", QT_TRANSLATE_NOOP("SurveysView", "全部大字版")))


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([translate("SurveysView", h) for h in headers])
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple], low: list[bool] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = QTableWidgetItem(str(value))
            if c:
                cell.setTextAlignment(RIGHT)
            if low and low[r]:
                cell.setForeground(QBrush(QColor(LOW_COLOR)))
            table.setItem(r, c, cell)
    table.resizeColumnsToContents()


class SurveysView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results: surveys.Results | None = None
        self.model = RowTableModel(SURVEYS, "SurveysView", self)
        self.list = table_view(self.model, stretch=0)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.list.doubleClicked.connect(lambda *_: self.enter_forms())

        self.new_button = button(translate("SurveysView", "新建调查…"), self.new_survey)
        self.enter_button = button(translate("SurveysView", "录入答卷…"), self.enter_forms,
                                   translate("SurveysView", "按房号逐份录入交回的问卷（Ctrl+E）"))
        self.print_button = button(
            translate("SurveysView", "打印问卷"), self.print_forms,
            translate("SurveysView", "每户一份问卷；开始录入后只打印还没有交回的"))
        self.large_print = QComboBox()
        for code, text in LARGE_PRINT:
            self.large_print.addItem(translate("SurveysView", text), code)
        self.close_button = button(
            translate("SurveysView", "回收结束"), self.close_collection,
            translate("SurveysView", "把还没有录入的问卷都标记为未交回"))
        self.notice_button = button(translate("SurveysView", "结果公示"), self.print_notice)
        self.report_button = button(translate("SurveysView", "业委会报告"), self.print_report)
        self.export_button = button(translate("SurveysView", "导出答卷…"), self.export)
        self.standard = QSpinBox()
        self.standard.setRange(1, 100)
        self.standard.setSuffix(" %")
        self.standard.setPrefix(translate("SurveysView", "达标线 "))
        self.standard.setValue(surveys.survey_settings().standard_percent)
        self.standard.setToolTip(translate("SurveysView", "满意率低于此值的项目须制定整改措施"))
        self.standard.editingFinished.connect(self.save_standard)
        QShortcut(QKeySequence("Ctrl+E"), self, self.enter_forms)

        bar = QHBoxLayout()
        for widget in (self.new_button, self.enter_button, self.print_button, self.large_print,
                       self.close_button, self.notice_button, self.report_button,
                       self.export_button):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.standard)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items = _table(ITEM_HEADERS)
        self.buildings = _table(BUILDING_HEADERS)
        self.plans_model = RowTableModel(PLANS, "SurveysView", self)
        self.plans = table_view(self.plans_model, stretch=1)
        self.add_plan_button = button(translate("SurveysView", "添加整改措施…"), self.add_plan)
        self.done_button = button(translate("SurveysView", "标记完成"), self.finish_plan)
        plan_bar = QHBoxLayout()
        plan_bar.addWidget(QLabel(translate("SurveysView", "整改措施")))
        plan_bar.addStretch()
        plan_bar.addWidget(self.add_plan_button)
        plan_bar.addWidget(self.done_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 2)
        left_layout.addWidget(QLabel(translate("SurveysView", "各楼栋")))
        left_layout.addWidget(self.buildings, 3)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.items, 3)
        right_layout.addLayout(plan_bar)
        right_layout.addWidget(self.plans, 2)
        list_beside_detail(self, bar, left, right)
        self._enable()

    # -- reading ---------------------------------------------------------------------------

    def selected(self) -> surveys.Survey | None:
        return selected_row(self.list)

    def load(self) -> None:
        current = self.selected()
        try:
            found = surveys.surveys()
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(found)
        if found:
            self.select(current.id if current else found[0].id)
        else:
            self.show_selected()

    def select(self, survey_id: int) -> None:
        if select_id(self.list, survey_id):
            self.show_selected()

    def show_selected(self) -> None:
        current = self.selected()
        self.results = None
        if current is not None:
            try:
                self.results = surveys.results(current.id)
            except PmdeskError as exc:
                show_error(self, exc)
        self._show()
        self._enable()

    def _show(self) -> None:
        found = self.results
        if found is None:
            self.summary.setText(translate(
                "SurveysView", "还没有满意度调查。点“新建调查…”选定调查对象和项目，"
                               "打印问卷发到各户，交回后在“录入答卷…”中逐份录入。"))
            _fill(self.items, [])
            _fill(self.buildings, [])
            self.plans_model.set_rows([])
            return
        lines = [translate("SurveysView", "{title}：发放 {asked} 份，交回 {responses} 份，"
                                          "回收率 {rate}").format(
            title=found.survey.title, asked=found.asked, responses=found.responses,
            rate=percent(found.response_rate))]
        overall = translate("SurveysView", "总体满意率 {rate}（达标线 {standard}%）").format(
            rate=percent(found.overall), standard=found.standard)
        if found.previous is not None:
            overall += translate("SurveysView", "，上次（{title}）{rate}").format(
                title=found.previous.title, rate=percent(found.previous_overall))
        lines.append(overall)
        lines.append(translate("SurveysView", "同期投诉报修回访 {count} 次，评 4–5 分的占 {rate}"
                               ).format(count=found.followups, rate=percent(found.followup_rate)))
        if found.low:
            lines.append(translate("SurveysView", "低于达标线：{items}（红色）").format(
                items="、".join(label(SURVEY_ITEMS, low.item) for low in found.low)))
        self.summary.setText("\n".join(lines))
        complaints = {low.item: len(low.complaints) for low in found.low}
        low_items = {low.item for low in found.low}
        _fill(self.items, [(label(SURVEY_ITEMS, r.item), r.answers, percent(r.rate),
                            percent(r.previous),
                            f"{percent(r.followup_rate)}（{r.followups}）" if r.followups else "—",
                            complaints.get(r.item, "")) for r in found.items],
              [r.item in low_items for r in found.items])
        for row, result in enumerate(found.items):  # the low item's complaints, to read
            low = next((low for low in found.low if low.item == result.item), None)
            if low and low.complaints:
                listed = [f"{number}  {day}  {' '.join(text.split())[:40]}"
                          for number, day, text in low.complaints[:TOOLTIP_COMPLAINTS]]
                more = len(low.complaints) - len(listed)
                if more:
                    listed.append(translate("SurveysView", "……另有 {count} 件").format(count=more))
                self.items.item(row, 5).setToolTip("\n".join(listed))
        _fill(self.buildings, [(b.building, b.asked, b.responses, percent(b.rate))
                               for b in found.buildings])
        self.plans_model.set_rows(surveys.plans(found.survey.id))

    def _enable(self) -> None:
        current = self.selected()
        for widget in (self.enter_button, self.print_button, self.large_print,
                       self.close_button, self.notice_button, self.report_button,
                       self.add_plan_button, self.done_button):
            widget.setEnabled(current is not None)
        if current is not None:
            self.close_button.setEnabled(current.outstanding > 0)

    # -- doing -----------------------------------------------------------------------------

    def new_survey(self) -> None:
        dialog = NewSurveyDialog(self)
        if dialog.exec() and dialog.created is not None:
            self.load()
            self.select(dialog.created.id)

    def enter_forms(self) -> None:
        current = self.selected()
        if current is None:
            return
        dialog = EntryDialog(current, self)
        dialog.exec()
        if dialog.changed:
            self.load()

    def close_collection(self) -> None:
        current = self.selected()
        if current is None or not current.outstanding:
            return
        answer = QMessageBox.question(self, translate("SurveysView", "回收结束"), translate(
            "SurveysView", "还有 {count} 份问卷没有录入。把它们都标记为未交回吗？"
                           "之后交回的仍可录入。").format(count=current.outstanding))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            surveys.mark_not_returned(current.id)
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.load()

    def print_forms(self) -> None:
        current = self.selected()
        if current is not None:
            large = self.large_print.currentData()
            issue_in_background(self, lambda: printing.print_questionnaires(
                current.id, large_print=large, outstanding_only=current.answered > 0),
                "survey_form")

    def print_notice(self) -> None:
        current = self.selected()
        if current is not None:
            issue_in_background(
                self, lambda: printing.print_results_notice(current.id), "survey_notice")

    def print_report(self) -> None:
        current = self.selected()
        if current is not None:
            issue_in_background(
                self, lambda: printing.print_committee_report(current.id), "survey_report")

    def export(self) -> None:
        export_sheet(self, "surveys", translate("SurveysView", "满意度调查答卷.xlsx"))

    def save_standard(self) -> None:
        try:
            surveys.save_survey_settings(surveys.SurveySettings(self.standard.value()))
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.show_selected()

    def add_plan(self) -> None:
        current = self.selected()
        if current is None:
            return
        low = self.results.low[0].item if self.results and self.results.low else None
        row = self.items.currentRow()
        item = current.items[row] if 0 <= row < len(current.items) else low
        if PlanDialog(current, item, self).exec():
            self.show_selected()

    def finish_plan(self) -> None:
        rows = self.plans.selectionModel().selectedRows()
        if not rows:
            return
        plan = self.plans_model.rows[rows[0].row()]
        if plan.done_on:
            return
        try:
            surveys.finish_plan(plan.id)
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.show_selected()
