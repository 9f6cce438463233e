"""The 今日 tab, the window's home: what the desk has to do today — counts first, each a filter,
the lines below, each opening its record (Enter or a double click) — and the month at a glance
beside them. Read in the background whenever the tab is shown, when another desk changes
something, and every few minutes while it stays open (a deadline passes by itself)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError
from pmdesk.error_messages import describe
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import TODAY, label, percent, today_line
from pmdesk.ui.models import Column, RowTableModel, table_view

KINDS = tuple(TODAY)  # core.today.KINDS, which is not loaded at start-up
TILES_PER_ROW = 5  # the counts side by side, English labels whole at 1366×768
LATE = QColor("#b00020")
REFRESH_MS = 5 * 60 * 1000
WEEKDAYS = (QT_TRANSLATE_NOOP("TodayTab", "星期一"), QT_TRANSLATE_NOOP("TodayTab", "星期二"),
            QT_TRANSLATE_NOOP("TodayTab", "星期三"), QT_TRANSLATE_NOOP("TodayTab", "星期四"),
            QT_TRANSLATE_NOOP("TodayTab", "星期五"), QT_TRANSLATE_NOOP("TodayTab", "星期六"),
            QT_TRANSLATE_NOOP("TodayTab", "星期日"))


@dataclass(frozen=True)
class Shown:
    """A line as the table shows it, its words made once (a busy day has thousands)."""
    line: object  # core.today.Line
    cells: tuple[str, ...]
    late: bool


def show(line, today: date) -> Shown:
    name, detail = today_line(line)
    return Shown(line, (label(TODAY, line.kind), line.when.replace("T", " "), line.room, name,
                        detail), line.late(today))


class LinesModel(RowTableModel):
    """The day's lines; those past their date in red."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return LATE if self.rows[index.row()].late else None
        return super().data(index, role)


COLUMNS = tuple(Column(header, lambda row, i=i: row.cells[i]) for i, header in enumerate((
    QT_TRANSLATE_NOOP("TodayTab", "事项"), QT_TRANSLATE_NOOP("TodayTab", "时间"),
    QT_TRANSLATE_NOOP("TodayTab", "房号"), QT_TRANSLATE_NOOP("TodayTab", "名称"),
    QT_TRANSLATE_NOOP("TodayTab", "内容"))))


class TodayTab(QWidget):
    # (kind, ref, unit id or 0): the main window opens the record (core.today.Line.ref)
    open_requested = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list = []
        self.only: str | None = None  # the kind a count button shows alone
        self.loaded = False
        self.reading = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.reminder = QLabel()  # the backup reminder, set by the main window
        self.reminder.setStyleSheet("color: #8a5a00;")
        self.reminder.setWordWrap(True)
        self.reminder.hide()
        self.counts: dict[str, QToolButton] = {}
        tiles = QGridLayout()
        tiles.setSpacing(6)
        for index, kind in enumerate(KINDS):
            button = QToolButton()
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(120)
            button.setToolTip(translate("TodayTab", "只看这一类（再按一次看全部）"))
            button.clicked.connect(lambda on, k=kind: self.show_only(k if on else None))
            tiles.addWidget(button, index // TILES_PER_ROW, index % TILES_PER_ROW)
            self.counts[kind] = button
        tiles.setColumnStretch(TILES_PER_ROW, 1)  # the counts side by side on the left
        self.model = LinesModel(COLUMNS, "TodayTab")
        self.table = table_view(self.model, stretch=4)
        # the columns' widths from the first rows only: a busy day has thousands of lines
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.activated.connect(self.open_line)  # Enter, or a double click
        self.table.doubleClicked.connect(self.open_line)
        self.empty = QLabel()
        self.empty.setStyleSheet("color: #555;")
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(tiles)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        self.glance = GlancePanel()
        split = QSplitter()
        split.setObjectName("today")  # its sizes are remembered (MainWindow)
        split.addWidget(left)
        split.addWidget(self.glance)
        split.setStretchFactor(0, 1)
        split.setSizes([880, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        layout.addLayout(top)
        layout.addWidget(self.reminder)
        layout.addWidget(split, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self._show_counts()

    # -- reading ------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        """Shown: read the day again (what the clerk did elsewhere shows at once)."""
        self.load()
        self.timer.start()

    def refresh(self) -> None:
        """The records changed (another desk, a demo, a restore): read again if seen."""
        if self.loaded:
            self.load()

    def _tick(self) -> None:
        if self.isVisible():
            self.load()

    def load(self):
        """Read the lines, then the month at a glance, each in the background."""
        if self.reading is not None:  # one reading at a time; the last change is read next
            self.reading.pending = True
            return self.reading
        from pmdesk.ui.tasks import run_task

        def work(progress, cancel):
            from pmdesk.core import today

            return today.today(clock.now())

        def done(day) -> None:
            again = getattr(self.reading, "pending", False)
            self.reading = None
            self.show_day(day)
            self.glance.load()
            if again:
                self.load()

        def failed(exc: BaseException) -> None:  # said in the tab: no box over the work
            self.reading = None
            self.empty.setText(translate("TodayTab", "今日待办没有读出来：{error}").format(
                error=describe(exc) if isinstance(exc, PmdeskError) else type(exc).__name__))
            self.empty.show()

        self.reading = run_task(self, work, on_done=done, on_error=failed, quiet=True,
                                label=translate("TodayTab", "正在读取今日待办…"))
        return self.reading

    def show_day(self, day) -> None:
        self.loaded = True
        self.lines = day.lines
        self.title.setText(translate("TodayTab", "{month}月{day}日 {weekday}　今日待办").format(
            month=day.date.month, day=day.date.day,
            weekday=translate("TodayTab", WEEKDAYS[day.date.weekday()])))
        self._show_counts()
        self._show_lines()

    def _show_counts(self) -> None:
        found = {kind: 0 for kind in KINDS}
        late = {kind: 0 for kind in KINDS}
        today = clock.today()
        for line in self.lines:
            found[line.kind] += 1
            late[line.kind] += line.late(today)
        for kind, button in self.counts.items():
            button.setText(f"{label(TODAY, kind)}\n{found[kind]}")
            button.setChecked(kind == self.only)
            button.setStyleSheet("QToolButton { color: #b00020; font-weight: bold; }"
                                 if late[kind] else
                                 "QToolButton { font-weight: bold; }" if found[kind] else "")

    def _show_lines(self) -> None:
        today = clock.today()
        shown = [show(line, today) for line in self.lines
                 if self.only is None or line.kind == self.only]
        self.model.set_rows(shown)
        if shown:
            self.table.selectRow(0)
        self.empty.setText("" if shown or not self.loaded else
                           translate("TodayTab", "今天没有待办事项。") if self.only is None else
                           translate("TodayTab", "这一类今天没有待办。"))
        self.empty.setVisible(not shown and self.loaded)

    def show_only(self, kind: str | None) -> None:
        self.only = kind
        for other, button in self.counts.items():
            button.setChecked(other == kind)
        self._show_lines()
        self.table.setFocus()

    def open_line(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        line = self.model.rows[index.row()].line
        self.open_requested.emit(line.kind, line.ref, line.unit_id or 0)

    def set_reminder(self, text: str) -> None:
        self.reminder.setText(text)
        self.reminder.setVisible(bool(text))


class GlancePanel(QWidget):
    """The month at a glance: 当期收缴率 against the same month a year before, the arrears by
    age, the complaints answered in time, the 回访's satisfaction and the latest survey's; the
    charts (QtCharts)
    made when the figures first arrive."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(translate("TodayTab", "本月概览"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.charts = None
        self.setMinimumWidth(340)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.figures)
        self.layout_.addStretch()
        self.seen = None

    def load(self):
        from pmdesk.ui.tasks import run_task

        def work(progress, cancel):
            from pmdesk.core import today

            return today.glance(clock.today())

        return run_task(self, work, on_done=self.show_glance, on_error=lambda exc: None,
                        quiet=True, label="")

    def show_glance(self, seen) -> None:
        from pmdesk.core.money.amounts import money_text, period_text
        from pmdesk.ui.tabs.today_charts import GlanceCharts

        self.seen = seen
        lines = [
            translate("TodayTab", "{month} 当期收缴率 {rate}%（去年同月 {before}%）").format(
                month=period_text(seen.period), rate=f"{seen.collected.rate * 100:.1f}",
                before=f"{seen.year_before.rate * 100:.1f}"),
            translate("TodayTab", "欠费 {households} 户，合计 {total}").format(
                households=seen.households_owing, total=money_text(sum(seen.arrears_by_age))),
            translate("TodayTab", "本月受理投诉报修 {count} 件，按时办结率 {rate}").format(
                count=seen.complaints_received, rate="—" if seen.on_time_rate is None
                else f"{seen.on_time_rate * 100:.0f}%"),
            translate("TodayTab", "回访满意度 {score}").format(
                score="—" if seen.satisfaction is None else f"{seen.satisfaction:.1f} / 5"),
        ]
        if seen.survey is not None:
            lines.append(translate("TodayTab", "{title}：满意率 {rate}").format(
                title=seen.survey.title, rate=percent(seen.survey_rate)))
        self.figures.setText("\n".join(lines))
        if self.charts is None:
            self.charts = GlanceCharts()
            self.layout_.insertWidget(2, self.charts, 1)
        self.charts.draw(seen)
