"""One date field, and one date-and-time field, for the whole window.

The clerk types a day the way people write it — `2026-12-05`, `2026.12.5`, `12-5`, `12月5日`,
明天 — and the field says at once what it understood (`2026年12月5日星期六`) or, in red, why it
cannot read it; a form's Save stays disabled while any of its date fields is unreadable, so a
typed date is never dropped or moved to another day. The ▾ button (or Alt+↓, F4) opens a
calendar on the field's day, or on today when it is empty. The reading is the core's
(`validate.read_day`, `read_moment`): the command line takes the same spellings.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.validate import END_OF_DAY, WHOLE_DAY, read_day, read_moment
from pmdesk.error_messages import describe
from pmdesk.i18n import translate
from pmdesk.ui.forms import ERROR_COLOR

HINT_COLOR = "#5f6368"


class DateField(QWidget):
    """A day, or nothing when `optional`; `value()` is a `date` or None. A `compact` field (in
    a tool bar) says what it understood in its tooltip and shows only a reason beside it."""

    valueChanged = Signal()  # noqa: N815 - Qt's spelling
    validityChanged = Signal(bool)  # noqa: N815
    WIDEST = date(2026, 12, 28)  # the edit is as wide as this value's spelling

    def __init__(self, value: date | None = None, *, optional: bool = False,
                 compact: bool = False, past: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional, self.compact, self.past = optional, compact, past
        metrics = self.fontMetrics()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.placeholder())
        self.edit.setFixedWidth(metrics.horizontalAdvance(self.canonical(self.WIDEST) + "00")
                                + 12)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(translate("DateField", "选日期（Alt+↓）"))
        self.hint = QLabel()
        self.hint.setObjectName("dateHint")
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.hint.setMinimumWidth(metrics.horizontalAdvance("2026年12月28日星期一 当天结束前"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addWidget(self.hint, 1)
        self.setFocusProxy(self.edit)
        if compact:  # in a tool bar: as wide as it needs, the bar's room is for others
            self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self._value: date | datetime | None = None
        self._error: PmdeskError | None = None
        self._valid = True
        self.edit.textChanged.connect(self._read)
        self.edit.editingFinished.connect(self._tidy)
        self.button.clicked.connect(self.open_calendar)
        self.edit.installEventFilter(self)
        self.setValue(value)

    # what the clerk sees and what the form reads

    def placeholder(self) -> str:
        return translate("DateField", "如 2026-12-05 或 12-5")

    def parse(self, text: str) -> date | datetime | None:
        return read_day(text, today=clock.today(), field="", past=self.past)

    def canonical(self, value: date | datetime) -> str:
        return value.isoformat()

    def understood(self, value: date | datetime) -> str:
        day = value.date() if isinstance(value, datetime) else value
        return QLocale().toString(QDate(day.year, day.month, day.day),
                                  QLocale.FormatType.LongFormat)

    def value(self) -> date | datetime | None:
        """The value read from the text; None when empty (or unreadable: see `is_valid`)."""
        return self._value

    def is_valid(self) -> bool:
        return self._valid

    def error(self) -> PmdeskError | None:
        return self._error

    def setValue(self, value: date | datetime | None) -> None:  # noqa: N802 - Qt's spelling
        self.edit.setText(self.canonical(value) if value else "")
        self._read()

    def text(self) -> str:
        return self.edit.text()

    def _read(self) -> None:
        before = (self._value, self._valid)
        try:
            self._value = self.parse(self.edit.text())
            if self._value is None and not self.optional:
                raise ValidationError("", "date.required")
            self._error = None
        except PmdeskError as exc:
            self._value, self._error = None, exc
        self._valid = self._error is None
        self._show()
        if self._valid != before[1]:
            self.validityChanged.emit(self._valid)
        if self._valid and self._value != before[0]:
            self.valueChanged.emit()

    def _show(self) -> None:
        if self._error is not None:
            self.hint.setText(describe(self._error).strip())
            self.hint.setStyleSheet(f"color: {ERROR_COLOR};")
            self.edit.setStyleSheet(f"border: 1px solid {ERROR_COLOR};")
        else:
            self.hint.setText(self.understood(self._value) if self._value else "")
            self.hint.setStyleSheet(f"color: {HINT_COLOR};")
            self.edit.setStyleSheet("")
        if self.compact:
            self.hint.setVisible(self._error is not None)
            self.edit.setToolTip("" if self._error is not None else self.hint.text())

    def _tidy(self) -> None:
        """When the clerk leaves the field, the text becomes the value's one spelling."""
        if self._valid and self._value is not None:
            canonical = self.canonical(self._value)
            if canonical != self.edit.text():
                self.edit.setText(canonical)

    # the calendar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Alt+↓ or F4 in the field opens the calendar, as in a combo box."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and (
                event.key() == Qt.Key.Key_F4 or (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setFrameShape(QFrame.Shape.StyledPanel)
        calendar = QCalendarWidget(popup)
        calendar.setGridVisible(True)
        day = self._value if self._value is not None else clock.today()
        if isinstance(day, datetime):
            day = day.date()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(calendar)

        def pick(picked: QDate) -> None:
            popup.close()
            self.pick(picked.toPython())
            self.edit.setFocus()

        calendar.activated.connect(pick)
        calendar.clicked.connect(pick)
        popup.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        popup.show()
        calendar.setFocus()
        self.calendar = calendar

    def pick(self, day: date) -> None:
        self.setValue(day)


class MomentField(DateField):
    """A day and a time of day; with `end_of_day` (a deadline) a day alone means 23:59, with
    `whole_day` (when something happened) the day, its hour unknown."""

    WIDEST = datetime(2026, 12, 28, 23, 58)

    def __init__(self, value: datetime | None = None, *, optional: bool = False,
                 end_of_day: bool = False, whole_day: bool = False, past: bool = False,
                 parent: QWidget | None = None) -> None:
        self.end_of_day, self.whole_day = end_of_day, whole_day
        super().__init__(value, optional=optional, past=past, parent=parent)

    def placeholder(self) -> str:
        if self.end_of_day or self.whole_day:
            return translate("DateField", "如 12-5 或 12-5 18:00")
        return translate("DateField", "如 2026-12-05 14:30")

    def parse(self, text: str) -> datetime | None:
        alone = END_OF_DAY if self.end_of_day else WHOLE_DAY if self.whole_day else None
        return read_moment(text, today=clock.today(), field="", day_alone=alone,
                           past=self.past)

    def canonical(self, value: datetime) -> str:
        if self.whole_day and value.time() == WHOLE_DAY:
            return value.strftime("%Y-%m-%d")
        return value.strftime("%Y-%m-%d %H:%M")

    def understood(self, value: datetime) -> str:
        day = super().understood(value)
        if self.end_of_day and value.time() == END_OF_DAY:
            return translate("DateField", "{day} 当天结束前").format(day=day)
        if self.whole_day and value.time() == WHOLE_DAY:
            return translate("DateField", "{day}（时间不详）").format(day=day)
        return f"{day} {value:%H:%M}"

    def pick(self, day: date) -> None:
        if isinstance(self._value, datetime):
            moment = self._value.time()
        else:
            moment = END_OF_DAY if self.end_of_day else WHOLE_DAY if self.whole_day \
                else time(9, 0)
        self.setValue(datetime.combine(day, moment))
