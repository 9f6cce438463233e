"""The complaint queue and the selected item's timeline (the body of the 投诉报修 tab)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError
from pmdesk.core.register.residents import buildings
from pmdesk.core.register.units import owner_names
from pmdesk.core.service import complaints, incidents
from pmdesk.documents.complaints import daily_register, facts_certificate, result_notice, work_order
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import (
    CATEGORIES,
    COMPLAINT_KINDS,
    COMPLAINT_STATUSES,
    RESPONSIBILITIES,
    STEPS,
    URGENCIES,
    label,
)
from pmdesk.ui.alerts import show_error
from pmdesk.ui.dialogs.complaint_stats import DeadlinesDialog, StatisticsDialog
from pmdesk.ui.dialogs.complaints import IntakeDialog, StepDialog
from pmdesk.ui.dialogs.letter_editor import LetterEditor
from pmdesk.ui.documents import issue_letter
from pmdesk.ui.exports import export_sheet
from pmdesk.ui.models import Column, RowTableModel, select_id, selected_row, table_view

OVERDUE = QColor("#f8d7da")  # red: past its deadline
DUE_TODAY = QColor("#fff3cd")  # amber: due before the day ends


def _when(stamp: str | None) -> str:
    return (stamp or "").replace("T", " ")


QUEUE = [
    Column(QT_TRANSLATE_NOOP("ComplaintQueue", "编号"), lambda c: c.number),
    Column(QT_TRANSLATE_NOOP("ComplaintQueue", "类型"), lambda c: label(COMPLAINT_KINDS, c.kind)),
    Column(QT_TRANSLATE_NOOP("ComplaintQueue", "类别"), lambda c: label(CATEGORIES, c.category)),
    Column(QT_TRANSLATE_NOOP("ComplaintQueue", "地点"),
           lambda c: " / ".join(p for p in (c.room, c.location) if p)),
    Column(QT_TRANSLATE_NOOP("ComplaintQueue", "内容"), lambda c: c.description[:60]),
    Column(QT_TRANSLATE_NOOP("ComplaintQueue", "进度"),
           lambda c: label(COMPLAINT_STATUSES, c.status)),
    Column(QT_TRANSLATE_NOOP("ComplaintQueue", "承办人"), lambda c: c.assignee),
    Column(QT_TRANSLATE_NOOP("ComplaintQueue", "期限"), lambda c: _when(c.deadline)),
]
TIMELINE = [
    Column(QT_TRANSLATE_NOOP("ComplaintQueue", "时间"), lambda s: _when(s.at)),
    Column(QT_TRANSLATE_NOOP("ComplaintQueue", "步骤"), lambda s: label(STEPS, s.action)),
    Column(QT_TRANSLATE_NOOP("ComplaintQueue", "经办人"), lambda s: s.done_by),
    Column(QT_TRANSLATE_NOOP("ComplaintQueue", "内容"), lambda s: _step_text(s)),
]


def _step_text(step: complaints.Step) -> str:
    parts = [step.text]
    detail = step.detail
    if detail.get("assignee"):
        parts.insert(0, translate("ComplaintQueue", "派给 {who}").format(who=detail["assignee"]))
    if detail.get("satisfaction"):
        parts.append(translate("ComplaintQueue", "满意度 {score}/5").format(
            score=detail["satisfaction"]))
    if detail.get("materials"):
        parts.append(translate("ComplaintQueue", "材料：{text}").format(text=detail["materials"]))
    if detail.get("prevention"):
        parts.append(translate("ComplaintQueue", "措施：{text}").format(text=detail["prevention"]))
    # each part's own closing mark gives way to the joining one: never "。；"
    return "；".join(p.strip().rstrip("。；;，,.") for p in parts if p and p.strip())


class QueueModel(RowTableModel):
    """Items with their deadline colour: overdue red, due today amber."""

    def __init__(self, parent=None) -> None:
        super().__init__(QUEUE, "ComplaintQueue", parent)
        self.now = clock.now()

    def set_rows(self, rows) -> None:
        self.now = clock.now()
        super().set_rows(rows)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            item = self.rows[index.row()]
            if item.overdue(self.now):
                return OVERDUE
            if item.open and item.deadline and item.deadline[:10] == self.now.date().isoformat():
                return DUE_TODAY
            return None
        return super().data(index, role)


class ComplaintQueue(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("ComplaintQueue", "查找：编号、房号、姓名、内容"))
        self.kind = self._filter(COMPLAINT_KINDS, translate("ComplaintQueue", "全部类型"))
        self.category = self._filter(CATEGORIES, translate("ComplaintQueue", "全部类别"))
        self.status = QComboBox()
        self.status.addItem(translate("ComplaintQueue", "未办结"), "open")
        self.status.addItem(translate("ComplaintQueue", "全部"), None)
        for code in complaints.STATUSES:
            self.status.addItem(label(COMPLAINT_STATUSES, code), code)
        self.assignee = QComboBox()
        self.building = QComboBox()
        self.followup = QCheckBox(translate("ComplaintQueue", "待回访"))
        self.count = QLabel()
        new = QPushButton(translate("ComplaintQueue", "登记(&N)…"))
        new.clicked.connect(lambda: self.new_item())
        register = QPushButton(translate("ComplaintQueue", "每日登记表…"))
        register.clicked.connect(self.print_register)
        numbers = QPushButton(translate("ComplaintQueue", "统计…"))
        numbers.clicked.connect(self.statistics)
        deadlines = QPushButton(translate("ComplaintQueue", "期限设置…"))
        deadlines.clicked.connect(self.deadlines)
        export = QPushButton(translate("ComplaintQueue", "导出 Excel…"))
        export.clicked.connect(self.export)
        self.search.textChanged.connect(self.apply)
        for widget in (self.kind, self.category, self.status, self.assignee, self.building):
            widget.currentIndexChanged.connect(self.apply)
        self.followup.toggled.connect(self.apply)
        self.model = QueueModel(self)
        self.table = table_view(self.model, stretch=4)
        header = self.table.horizontalHeader()  # measuring thousands of rows would cost
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # seconds: fixed
        for column, width in enumerate((120, 50, 80, 150, 330, 80, 110, 130)):  # widths
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.steps = QHBoxLayout()
        self.timeline_model = RowTableModel(TIMELINE, "ComplaintQueue", self)
        self.timeline = table_view(self.timeline_model, stretch=3)
        documents = QHBoxLayout()
        for text, slot in ((translate("ComplaintQueue", "派工单…"), self.print_work_order),
                           (translate("ComplaintQueue", "结果告知书…"), self.print_result),
                           (translate("ComplaintQueue", "证明…"), self.print_certificate)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            documents.addWidget(button)
        documents.addStretch()
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.header)
        detail_layout.addLayout(self.steps)
        detail_layout.addWidget(self.timeline, 1)
        detail_layout.addLayout(documents)

        bar = QHBoxLayout()
        bar.addWidget(new)
        bar.addWidget(self.search, 1)
        for widget in (self.kind, self.category, self.status, self.assignee, self.building,
                       self.followup, self.count):
            bar.addWidget(widget)
        tools = QHBoxLayout()
        tools.addStretch()
        for widget in (register, numbers, deadlines, export):
            tools.addWidget(widget)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setObjectName("complaints")  # its sizes are remembered (MainWindow)
        split.setStretchFactor(0, 1)  # the queue and the timeline share the height
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addLayout(tools)

    @staticmethod
    def _filter(table: dict[str, str], everything: str) -> QComboBox:
        box = QComboBox()
        box.addItem(everything, None)
        for code in table:
            box.addItem(label(table, code), code)
        return box

    # -- reading ------------------------------------------------------------------------

    def load(self) -> None:
        for box, values, everything in (
                (self.assignee, complaints.assignees(), translate("ComplaintQueue", "全部承办人")),
                (self.building, buildings(), translate("ComplaintQueue", "全部楼栋"))):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
        self.apply()

    def apply(self) -> None:
        status = self.status.currentData()
        selected = self.selected()
        rows = complaints.queue(
            open_only=status == "open", status=None if status == "open" else status,
            kind=self.kind.currentData(), category=self.category.currentData(),
            assignee=self.assignee.currentData(), building=self.building.currentData(),
            text=self.search.text(), followup_due=self.followup.isChecked(), limit=5000)
        self.model.set_rows(rows)
        now = clock.now()
        overdue = sum(item.overdue(now) for item in rows)
        self.count.setText(translate("ComplaintQueue", "{count} 件，超期 {overdue} 件").format(
            count=len(rows), overdue=overdue))
        for index, row in enumerate(rows):
            if selected and row.id == selected.id:
                self.table.selectRow(index)
                break
        self.show_selected()

    def selected(self) -> complaints.Item | None:
        return selected_row(self.table)

    def select(self, complaint_id: int) -> None:
        if select_id(self.table, complaint_id):
            self.show_selected()

    def show_selected(self) -> None:
        while self.steps.count():
            widget = self.steps.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        item = self.selected()
        if item is None:
            self.header.setText(translate("ComplaintQueue", "选中一件，查看时间线并办理下一步。"))
            self.timeline_model.set_rows([])
            return
        item = complaints.item(item.id)
        who = translate("ComplaintQueue", "匿名") if item.anonymous else " ".join(
            p for p in (item.room, item.contact_name, item.contact_phone) if p)
        other = translate("ComplaintQueue", "　涉及：{room}").format(room=item.other_room) \
            if item.other_room else ""
        responsibility = translate("ComplaintQueue", "　责任：{who}").format(
            who=label(RESPONSIBILITIES, item.responsibility)) if item.responsibility else ""
        if item.incident_id is not None:  # the outage or breakdown it came from
            one = incidents.incident(item.incident_id)
            responsibility += translate("ComplaintQueue", "　事件：{number} {title}").format(
                number=one.number, title=one.title)
        self.header.setText(translate(
            "ComplaintQueue", "<b>{number}</b>　{kind}·{category}·{urgency}　{status}　"
                              "期限 {deadline}<br>反映人：{who}{other}{responsibility}<br>{text}")
            .format(number=item.number, kind=label(COMPLAINT_KINDS, item.kind),
                    category=label(CATEGORIES, item.category),
                    urgency=label(URGENCIES, item.urgency),
                    status=label(COMPLAINT_STATUSES, item.status),
                    deadline=_when(item.deadline) or "—", who=who or "—", other=other,
                    responsibility=responsibility, text=item.description))
        for action in complaints.allowed_actions(item):
            button = QPushButton(label(STEPS, action) + "…")
            button.setObjectName(f"step-{action}")
            button.clicked.connect(lambda _=False, a=action: self.take_step(a))
            self.steps.addWidget(button)
        self.steps.addStretch()
        self.timeline_model.set_rows(complaints.timeline(item.id))

    # -- doing --------------------------------------------------------------------------

    def new_item(self, unit_code: str = "") -> None:
        dialog = IntakeDialog(self, unit_code=unit_code)
        if dialog.exec() and dialog.item is not None:
            self.status.setCurrentIndex(0)
            self.load()
            self.select(dialog.item.id)

    def take_step(self, action: str) -> None:
        item = self.selected()
        if item is None:
            return
        if StepDialog(complaints.item(item.id), action, self).exec():
            self.load()
            self.select(item.id)

    def _chosen(self) -> complaints.Item | None:
        item = self.selected()
        if item is None:
            QMessageBox.information(self, translate("ComplaintQueue", "投诉报修"),
                                    translate("ComplaintQueue", "请先选中一件。"))
        return item

    def print_work_order(self) -> None:
        item = self._chosen()
        if item is not None:
            owner = owner_names(item.unit_id) if item.unit_id else ""
            letter = work_order(item, owner=owner)
            issue_letter(self, letter, kind="work_order", subject=f"派工单 {item.number}",
                         unit_id=item.unit_id, keywords=(item.number, item.contact_name))

    def print_result(self) -> None:
        item = self._chosen()
        if item is not None:
            name = item.contact_name or (owner_names(item.unit_id) if item.unit_id else "")
            letter = result_notice(item, complaints.timeline(item.id), complainant=name)
            issue_letter(self, letter, kind="result_notice", subject=f"结果告知书 {item.number}",
                         unit_id=item.unit_id, keywords=(item.number, item.contact_name))

    def print_certificate(self) -> None:
        """The 证明 of recorded facts, opened in the letter editor to be checked first."""
        item = self._chosen()
        if item is None:
            return
        letter = facts_certificate(item, complaints.timeline(item.id),
                                   person=owner_names(item.unit_id) if item.unit_id else "")
        editor = LetterEditor("certificate", self, unit_id=item.unit_id,
                              keywords=(item.number, item.contact_name))
        editor.body.setPlainText("\n\n".join(letter.paragraphs))
        editor.exec()

    def print_register(self) -> None:
        today = clock.today()
        letter = daily_register(today, complaints.received_on(today), complaints.queue())
        issue_letter(self, letter, kind="daily_register", subject=letter.title)

    def statistics(self) -> None:
        StatisticsDialog(self).exec()

    def deadlines(self) -> None:
        DeadlinesDialog(self).exec()

    def export(self):
        try:
            return export_sheet(self, "complaints",
                                f"投诉报修-{clock.today().isoformat()}.xlsx")
        except PmdeskError as exc:
            show_error(self, exc)
            return None
