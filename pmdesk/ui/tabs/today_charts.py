"""The small charts of 今日's month at a glance (QtCharts is loaded with them, after the
day's lines are on screen): 当期收缴率 this month against the same month a year before, and the
arrears by age."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pmdesk.core.money.amounts import period_text
from pmdesk.core.money.reports import BUCKETS
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate

BUCKET_NAMES = {
    "0-3m": QT_TRANSLATE_NOOP("TodayTab", "3个月内"),
    "3-12m": QT_TRANSLATE_NOOP("TodayTab", "3–12月"),
    "1-2y": QT_TRANSLATE_NOOP("TodayTab", "1–2年"),
    "2-3y": QT_TRANSLATE_NOOP("TodayTab", "2–3年"),
    "3y+": QT_TRANSLATE_NOOP("TodayTab", "3年以上"),
}


def _view(height: int) -> QChartView:
    view = QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    return view


def _bars(title: str, names: list[str], values: list[float], *, label_format: str,
          top: float | None = None) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.legend().hide()
    bars = QBarSet(title)
    bars.append(values)
    series = QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat(label_format)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append(names)
    y_axis = QValueAxis()
    y_axis.setRange(0, top if top is not None else max([*values, 1.0]) * 1.2)
    y_axis.setLabelsVisible(False)
    y_axis.setGridLineVisible(False)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    return chart


class GlanceCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rate_view = _view(170)
        self.age_view = _view(190)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rate_view)
        layout.addWidget(self.age_view)

    def draw(self, seen) -> None:
        """`seen`: a `core.today.Glance`."""
        rates = _bars(translate("TodayTab", "当期收缴率"),
                      [period_text(seen.year_before.period), period_text(seen.period)],
                      [round(float(seen.year_before.rate * 100), 1),
                       round(float(seen.collected.rate * 100), 1)],
                      label_format="@value%", top=110)
        ages = _bars(translate("TodayTab", "欠费账龄（万元）"),
                     [translate("TodayTab", BUCKET_NAMES[bucket]) for bucket in BUCKETS],
                     [round(fen / 1_000_000, 2) for fen in seen.arrears_by_age],
                     label_format="@value")
        for view, chart in ((self.rate_view, rates), (self.age_view, ages)):
            old = view.chart()
            view.setChart(chart)
            if old is not None:
                old.deleteLater()
