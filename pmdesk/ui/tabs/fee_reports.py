"""The fee reports in the 收费 tab: arrears with aging (by household or by building), collection
rates by month with a chart, and the day's takings (收费日报) with its receipts and voids."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError
from pmdesk.core.masking import mask_phone
from pmdesk.core.money import reports
from pmdesk.core.money.amounts import (
    add_months,
    money_text,
    parse_period,
    period_of,
    period_text,
)
from pmdesk.core.money.payments import receipt_id
from pmdesk.core.register.residents import buildings
from pmdesk.documents.fees import daily_report
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import METHODS, label
from pmdesk.ui.alerts import show_error
from pmdesk.ui.date_field import DateField
from pmdesk.ui.documents import issue_letter
from pmdesk.ui.exports import export_sheet
from pmdesk.ui.models import Column, RowTableModel, table_view
from pmdesk.ui.receipts import show_receipt, void_receipt
from pmdesk.ui.tasks import run_task

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
BUCKET_NAMES = (QT_TRANSLATE_NOOP("FeeReports", "0–3个月"),
                QT_TRANSLATE_NOOP("FeeReports", "3–12个月"),
                QT_TRANSLATE_NOOP("FeeReports", "1–2年"),
                QT_TRANSLATE_NOOP("FeeReports", "2–3年"),
                QT_TRANSLATE_NOOP("FeeReports", "3年以上"))


def _money(fen: int) -> str:
    return money_text(fen)[1:] if fen else ""


def _percent(value) -> str:
    return f"{value * 100:.2f}%"


ARREARS_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("FeeReports", "房号"), lambda r: r.room),
    Column(QT_TRANSLATE_NOOP("FeeReports", "业主"), lambda r: r.owner),
    Column(QT_TRANSLATE_NOOP("FeeReports", "电话"), lambda r: mask_phone(r.phone)),
    Column(QT_TRANSLATE_NOOP("FeeReports", "欠费"), lambda r: money_text(r.owed)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeReports", "欠费月数"), lambda r: r.months, RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeReports", "最早欠费"), lambda r: period_text(r.oldest_period)),
    *[Column(name, lambda r, i=i: _money(r.buckets[i]), RIGHT)
      for i, name in enumerate(BUCKET_NAMES)],
]
BUILDING_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("FeeReports", "楼栋"), lambda r: r[0]),
    Column(QT_TRANSLATE_NOOP("FeeReports", "欠费户数"), lambda r: r[1], RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeReports", "欠费"), lambda r: money_text(r[2])[1:], RIGHT),
    *[Column(name, lambda r, i=i: _money(r[3][i]), RIGHT) for i, name in enumerate(BUCKET_NAMES)],
]
COLLECTION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("FeeReports", "月份"), lambda r: period_text(r.period)),
    Column(QT_TRANSLATE_NOOP("FeeReports", "楼栋"),
           lambda r: r.building or translate("FeeReports", "全小区")),
    Column(QT_TRANSLATE_NOOP("FeeReports", "应收"), lambda r: money_text(r.billed)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeReports", "实收"), lambda r: money_text(r.collected)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeReports", "减免"), lambda r: _money(r.reduced), RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeReports", "当期收缴率"), lambda r: _percent(r.rate), RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeReports", "出账户数"), lambda r: r.households, RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeReports", "已缴清户数"), lambda r: r.households_paid, RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeReports", "户收费率"), lambda r: _percent(r.household_rate),
           RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeReports", "收回往期欠费"), lambda r: _money(r.recovered), RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeReports", "往期仍欠"), lambda r: _money(r.still_owed), RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeReports", "清欠率"), lambda r: _percent(r.recovery_rate), RIGHT),
]
DAY_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("FeeReports", "收据号"), lambda r: r.receipt_no),
    Column(QT_TRANSLATE_NOOP("FeeReports", "收款日期"), lambda r: r.paid_on),
    Column(QT_TRANSLATE_NOOP("FeeReports", "房号"), lambda r: r.room),
    Column(QT_TRANSLATE_NOOP("FeeReports", "交款人"), lambda r: r.payer),
    Column(QT_TRANSLATE_NOOP("FeeReports", "付款方式"), lambda r: label(METHODS, r.method)),
    Column(QT_TRANSLATE_NOOP("FeeReports", "金额"), lambda r: money_text(r.amount)[1:], RIGHT),
    Column(QT_TRANSLATE_NOOP("FeeReports", "经办人"), lambda r: r.clerk),
    Column(QT_TRANSLATE_NOOP("FeeReports", "状态"), lambda r: translate(
        "FeeReports", "作废：{reason}").format(reason=r.void_reason) if r.voided_on
        else translate("FeeReports", "有效")),
]


class ArrearsView(QWidget):
    open_household = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: reports.Arrears | None = None
        self.as_of = DateField(clock.today(), compact=True)
        self.building = QComboBox()
        self.min_months = QSpinBox()
        self.min_months.setRange(1, 240)
        self.min_months.setPrefix(translate("FeeReports", "至少欠 "))
        self.min_months.setSuffix(translate("FeeReports", " 个月"))
        self.by_building = QCheckBox(translate("FeeReports", "按楼栋汇总"))
        refresh = QPushButton(translate("FeeReports", "刷新"))
        export = QPushButton(translate("FeeReports", "导出 Excel…"))
        refresh.clicked.connect(self.load)
        export.clicked.connect(lambda: export_sheet(
            self, "arrears", f"欠费明细-{self.as_of.value().isoformat()}.xlsx",
            as_of=self.as_of.value()) if self.as_of.is_valid() else None)
        self.as_of.valueChanged.connect(self.load)
        self.by_building.toggled.connect(self.show_rows)
        self.building.currentIndexChanged.connect(self.show_rows)
        self.min_months.valueChanged.connect(self.show_rows)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RowTableModel(ARREARS_COLUMNS, "FeeReports", self)
        self.table = table_view(self.model, stretch=1)
        self.table.doubleClicked.connect(self._open)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("FeeReports", "统计日期")))
        for widget in (self.as_of, self.building, self.min_months, self.by_building, refresh):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def load(self):
        current = self.building.currentData()
        self.building.blockSignals(True)
        self.building.clear()
        self.building.addItem(translate("FeeReports", "全部楼栋"), None)
        for code in buildings():
            self.building.addItem(translate("FeeReports", "{building} 栋").format(building=code),
                                  code)
        self.building.setCurrentIndex(max(0, self.building.findData(current)))
        self.building.blockSignals(False)
        as_of = self.as_of.value()
        if as_of is None:
            return None

        def done(result: reports.Arrears) -> None:
            self.result = result
            self.show_rows()

        return run_task(self, lambda progress, cancel: reports.arrears(as_of), on_done=done,
                        on_error=lambda exc: show_error(self, exc),
                        label=translate("FeeReports", "正在统计欠费…"))

    def rows(self) -> list[reports.ArrearsRow]:
        if self.result is None:
            return []
        building, months = self.building.currentData(), self.min_months.value()
        return [row for row in self.result.rows
                if row.months >= months and (building is None or row.building == building)]

    def show_rows(self) -> None:
        rows = self.rows()
        shown = reports.Arrears(self.result.as_of if self.result else clock.today(), rows)
        if self.by_building.isChecked():
            self.model.columns = BUILDING_COLUMNS
            self.model.set_rows(shown.by_building())
        else:
            self.model.columns = ARREARS_COLUMNS
            self.model.set_rows(rows)
        buckets = "　".join(f"{translate('FeeReports', name)} {money_text(fen)}"
                           for name, fen in zip(BUCKET_NAMES, shown.bucket_totals(), strict=True))
        self.summary.setText(translate(
            "FeeReports", "截至 {date}：{count} 户欠费，合计 <b>{total}</b><br>{buckets}").format(
            date=shown.as_of.isoformat(), count=len(rows), total=money_text(shown.total),
            buckets=buckets))

    def _open(self, index) -> None:
        if not self.by_building.isChecked():
            self.open_household.emit(self.model.rows[index.row()].unit_id)


class CollectionRateView(QWidget):
    """当期收缴率, 户收费率 and 清欠率 per month (and building), as a table and a chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        last = period_of(clock.today())
        self.first = QLineEdit(period_text(add_months(last, -11)))
        self.last = QLineEdit(period_text(last))
        for edit in (self.first, self.last):
            edit.setMaximumWidth(90)
            edit.returnPressed.connect(self.load)
        self.by_building = QCheckBox(translate("FeeReports", "分楼栋"))
        refresh = QPushButton(translate("FeeReports", "刷新"))
        refresh.clicked.connect(self.load)
        self.by_building.toggled.connect(self.load)
        export = QPushButton(translate("FeeReports", "导出 Excel…"))
        export.clicked.connect(self.export)
        self.model = RowTableModel(COLLECTION_COLUMNS, "FeeReports", self)
        self.table = table_view(self.model, stretch=len(COLLECTION_COLUMNS) - 1)
        self.chart_view = None
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("FeeReports", "从")))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(translate("FeeReports", "到")))
        bar.addWidget(self.last)
        bar.addWidget(self.by_building)
        bar.addWidget(refresh)
        bar.addStretch()
        bar.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _range(self) -> tuple[int, int]:
        return (parse_period(self.first.text(), field="start_period"),
                parse_period(self.last.text(), field="end_period"))

    def load(self):
        try:
            first, last = self._range()
        except PmdeskError as exc:
            show_error(self, exc)
            return None
        by_building = self.by_building.isChecked()

        def done(rows: list[reports.Collection]) -> None:
            self.model.set_rows(rows)
            self.draw([row for row in rows if not row.building] if not by_building
                      else reports_by_month(rows))

        return run_task(self, lambda progress, cancel: reports.collection_table(
            first, last, by_building=by_building), on_done=done,
            on_error=lambda exc: show_error(self, exc),
            label=translate("FeeReports", "正在统计收缴率…"))

    def draw(self, rows: list[reports.Collection]) -> None:
        chart = QChart()
        chart.setTitle(translate("FeeReports", "当期收缴率与户收费率"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        rates = QBarSet(translate("FeeReports", "当期收缴率 %"))
        households = QLineSeries()
        households.setName(translate("FeeReports", "户收费率 %"))
        months = []
        for index, row in enumerate(rows):
            months.append(period_text(row.period))
            rates.append(float(row.rate * 100))
            households.append(index, float(row.household_rate * 100))
        bars = QBarSeries()
        bars.append(rates)
        bars.setLabelsVisible(True)
        bars.setLabelsFormat("@value")
        chart.addSeries(bars)
        chart.addSeries(households)
        x_axis = QBarCategoryAxis()
        x_axis.append(months)
        x_axis.setLabelsAngle(-60)  # twelve months side by side: slanted, read whole
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setLabelFormat("%d%%")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (bars, households):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if self.chart_view is None:
            self.chart_view = QChartView(chart)
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.chart_view.setMinimumHeight(260)
            self.splitter.addWidget(self.chart_view)
        else:
            old = self.chart_view.chart()
            self.chart_view.setChart(chart)
            old.deleteLater()

    def export(self):
        try:
            first, last = self._range()
        except PmdeskError as exc:
            show_error(self, exc)
            return None
        return export_sheet(self, "collection",
                            f"收缴率-{period_text(first)}至{period_text(last)}.xlsx", first=first,
                            last=last, by_building=self.by_building.isChecked())


def reports_by_month(rows: list[reports.Collection]) -> list[reports.Collection]:
    """Per-building rows summed back to the estate per month, for the chart."""
    months: dict[int, list[int]] = {}
    for row in rows:
        totals = months.setdefault(row.period, [0, 0, 0, 0, 0])
        for index, value in enumerate((row.billed, row.collected, row.reduced, row.households,
                                       row.households_paid)):
            totals[index] += value
    return [reports.Collection(period, "", *totals) for period, totals in sorted(months.items())]


class DailyView(QWidget):
    """收费日报: the day's receipts by method, voids included, and what to hand over."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.takings: reports.DailyTakings | None = None
        self.day = DateField(clock.today(), compact=True)
        self.day.valueChanged.connect(self.load)
        refresh = QPushButton(translate("FeeReports", "刷新"))
        refresh.clicked.connect(self.load)
        self.print_button = QPushButton(translate("FeeReports", "打印日报(&P)…"))
        self.print_button.clicked.connect(self.print_report)
        self.reprint_button = QPushButton(translate("FeeReports", "补打收据…"))
        self.reprint_button.clicked.connect(self.reprint)
        self.void_button = QPushButton(translate("FeeReports", "作废收据…"))
        self.void_button.clicked.connect(self.void)
        for button in (self.print_button, self.reprint_button, self.void_button):
            # while the day typed is unreadable, the list is another day's: nothing to act on
            self.day.validityChanged.connect(button.setEnabled)
        self.model = RowTableModel(DAY_COLUMNS, "FeeReports", self)
        self.table = table_view(self.model, stretch=3)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("FeeReports", "日期")))
        bar.addWidget(self.day)
        bar.addWidget(refresh)
        bar.addStretch()
        for button in (self.reprint_button, self.void_button, self.print_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)

    def load(self) -> None:
        if not self.day.is_valid():
            return
        self.takings = reports.daily_takings(self.day.value())
        t = self.takings
        earlier_voids = [v for v in t.voids if v.paid_on != t.day.isoformat()]
        self.model.set_rows(t.receipts + earlier_voids)
        methods = "　".join(f"{label(METHODS, code)} {money_text(t.by_method.get(code, 0))}"
                            for code in METHODS if code in t.by_method)
        items = "　".join(f"{item} {money_text(fen)}" for item, fen in t.by_item.items() if fen)
        self.totals.setText(translate(
            "FeeReports", "收据 {count} 张（作废 {voids} 张）。应交款 <b>{total}</b>：{methods}"
                          "<br>按收费项目：{items}")
            .format(count=len(t.receipts), voids=len(t.voids), total=money_text(t.total),
                    methods=methods or "-", items=items or "-"))

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, translate("FeeReports", "收费日报"),
                                    translate("FeeReports", "请先选中一张收据。"))
            return None
        return self.model.rows[rows[0].row()]

    def reprint(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            show_receipt(self, receipt_id(chosen.receipt_no))

    def void(self) -> None:
        chosen = self._selected()
        if chosen is not None and void_receipt(self, chosen.receipt_no):
            self.load()
            self.changed.emit()

    def print_report(self) -> None:
        if self.takings is None:
            self.load()
        letter = daily_report(self.takings)
        # the day in the subject: payments can no longer be dated on or before it
        issue_letter(self, letter, kind="daily_report",
                     subject=f"{letter.title} {self.takings.day.isoformat()}")
