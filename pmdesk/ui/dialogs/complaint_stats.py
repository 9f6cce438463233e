"""投诉报修统计: counts by kind, category and month, response and completion times, the on-time,
follow-up and satisfaction figures, repeat households and hot spots — a table and charts.
Also the deadline settings (期限设置)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core import clock
from pmdesk.core.service import complaints
from pmdesk.i18n import translate
from pmdesk.labels import CATEGORIES, COMPLAINT_KINDS, label
from pmdesk.ui.date_field import DateField
from pmdesk.ui.forms import FormDialog


class StatisticsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ComplaintStats", "投诉报修统计"))
        today = clock.today()
        self.first = DateField(today - timedelta(days=364), compact=True)
        self.last = DateField(today, compact=True)
        refresh = QPushButton(translate("ComplaintStats", "统计"))
        refresh.clicked.connect(self.load)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([translate("ComplaintStats", "指标"),
                                              translate("ComplaintStats", "数值")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.charts = QVBoxLayout()
        self.chart_views: list = []
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("ComplaintStats", "受理日期")))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(translate("ComplaintStats", "至")))
        bar.addWidget(self.last)
        bar.addWidget(refresh)
        bar.addStretch()
        body = QHBoxLayout()
        body.addWidget(self.table, 2)
        body.addLayout(self.charts, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        self.resize(1080, 720)
        self.numbers: complaints.Statistics | None = None
        self.load()

    def load(self) -> None:
        if not (self.first.is_valid() and self.last.is_valid()):
            return
        numbers = complaints.statistics_for(self.first.value(), self.last.value())
        self.numbers = numbers

        def hours(value: float | None) -> str:
            return "—" if value is None else translate("ComplaintStats", "{hours} 小时").format(
                hours=value)

        def percent(value: float | None) -> str:
            return "—" if value is None else f"{value * 100:.1f}%"

        rows = [(translate("ComplaintStats", "受理总数"), str(numbers.total))]
        rows += [(label(COMPLAINT_KINDS, kind), str(numbers.by_kind.get(kind, 0)))
                 for kind in complaints.KINDS]
        rows += [
            (translate("ComplaintStats", "首次响应（中位数）"),
             hours(numbers.median_response_hours)),
            (translate("ComplaintStats", "办结用时（中位数）"),
             hours(numbers.median_completion_hours)),
            (translate("ComplaintStats", "按期办结率"), percent(numbers.on_time_rate)),
            (translate("ComplaintStats", "回访率"), percent(numbers.followup_rate)),
            (translate("ComplaintStats", "平均满意度"),
             "—" if numbers.satisfaction is None else f"{numbers.satisfaction:.2f} / 5"),
        ]
        rows += [(translate("ComplaintStats", "重复反映：{room}").format(room=room),
                  translate("ComplaintStats", "{count} 次").format(count=count))
                 for room, count in numbers.repeat_households[:5]]
        rows += [(translate("ComplaintStats", "热点：{place}").format(place=place),
                  translate("ComplaintStats", "{count} 次").format(count=count))
                 for place, count in numbers.hot_spots[:5]]
        self.table.setRowCount(len(rows))
        for row, (name, value) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            item = QTableWidgetItem(value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, item)
        self.table.resizeColumnToContents(0)
        self.draw(numbers)

    def draw(self, numbers: complaints.Statistics) -> None:
        for view in self.chart_views:
            self.charts.removeWidget(view)
            view.deleteLater()
        self.chart_views = []
        months = [(key[2:], value) for key, value in numbers.by_month.items()]  # 25-11: unique
        categories = [(label(CATEGORIES, c), numbers.by_category.get(c, 0))
                      for c in reversed(complaints.CATEGORIES) if numbers.by_category.get(c)]
        for title, data, horizontal in (
                (translate("ComplaintStats", "按类别"), categories, True),
                (translate("ComplaintStats", "按月"), months, False)):
            chart = QChart()
            chart.setTitle(title)
            chart.setMargins(QMargins(2, 2, 2, 2))
            chart.legend().hide()
            counts = QBarSet(title)
            for _, value in data:
                counts.append(value)
            series = QHorizontalBarSeries() if horizontal else QBarSeries()
            series.append(counts)
            series.setLabelsVisible(True)
            chart.addSeries(series)
            names = QBarCategoryAxis()
            names.append([name for name, _ in data])
            if not horizontal:  # twelve months side by side: slanted, read whole (not "26-…")
                names.setLabelsAngle(-60)
            values = QValueAxis()
            values.setLabelFormat("%d")
            values.setRange(0, max([value for _, value in data] or [1]) * 1.15)
            values.applyNiceNumbers()
            chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal
                          else Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal
                          else Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(names)
            series.attachAxis(values)
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.charts.addWidget(view)
            self.chart_views.append(view)


class DeadlinesDialog(FormDialog):
    """The deadlines the queue counts against (defaults from the industry's usual rules)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ComplaintStats", "投诉报修期限"), parent)
        rules = complaints.deadline_rules()
        self.spins: dict[str, QSpinBox] = {}
        for name, text, suffix in (
                ("urgent_repair_minutes", translate("ComplaintStats", "紧急报修到场"),
                 translate("ComplaintStats", " 分钟")),
                ("repair_hours", translate("ComplaintStats", "一般报修完成"),
                 translate("ComplaintStats", " 小时")),
                ("response_workdays", translate("ComplaintStats", "投诉首次答复"),
                 translate("ComplaintStats", " 个工作日")),
                ("result_days", translate("ComplaintStats", "书面处理结果"),
                 translate("ComplaintStats", " 天")),
                ("followup_hours", translate("ComplaintStats", "完成后回访"),
                 translate("ComplaintStats", " 小时内"))):
            spin = QSpinBox()
            low, high = complaints.RULE_LIMITS[name]
            spin.setRange(low, high)
            spin.setValue(getattr(rules, name))
            spin.setSuffix(suffix)
            self.form.addRow(text, spin)
            self.spins[name] = spin
        self.finish(dict(self.spins))

    def submit(self) -> None:
        complaints.save_deadline_rules(complaints.DeadlineRules(
            **{name: spin.value() for name, spin in self.spins.items()}))
