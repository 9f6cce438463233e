"""The one date field: what a clerk types is read, shown back, or refused with the reason —
never dropped, never moved to another day; Save waits until every date in the form is
readable; the calendar opens on today; a date-only deadline is the end of that day."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QLocale, Qt

from pmdesk.core import clock
from pmdesk.core.errors import ValidationError
from pmdesk.core.money import cases
from pmdesk.core.service import events
from pmdesk.core.settings import save_office_profile
from pmdesk.core.validate import WHOLE_DAY, read_moment
from pmdesk.ui.date_field import DateField, MomentField
from tests.core.test_fees import _unit
from tests.ui.conftest import ime_type


@pytest.fixture(autouse=True)
def chinese_locale():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    QLocale.setDefault(before)


def typed(qtbot, field: DateField, text: str) -> DateField:
    """Keys for what a keyboard types, the input method's commit for 月 and 日."""
    field.edit.clear()
    if text.isascii():
        qtbot.keyClicks(field.edit, text)
    else:
        ime_type(field.edit, text)
    return field


@pytest.mark.parametrize("text", ["2026-12-05", "2026.12.5", "2026/12/5", "12-5", "12月5日",
                                  "2026年12月5日", "20261205", "１２－５"])
def test_the_spellings_clerks_type_are_read_and_shown_back(qapp, qtbot, text):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    typed(qtbot, field, text)
    assert field.is_valid() and field.value() == date(2026, 12, 5)
    assert field.hint.text() == "2026年12月5日星期六"
    field.edit.editingFinished.emit()  # leaving the field: one spelling
    assert field.edit.text() == "2026-12-05"


@pytest.mark.parametrize(("text", "reason"), [
    ("2026-13-45", "没有 13 月"), ("2026-2-30", "2026 年 2 月只有 28 天"),
    ("下周五", "不是日期"), ("12-5号上午", "不是日期")])
def test_what_cannot_be_read_is_refused_in_red_with_the_reason(qapp, qtbot, text, reason):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    typed(qtbot, field, text)
    assert not field.is_valid() and field.value() is None
    assert reason in field.hint.text() and text in field.hint.text()
    assert "b00020" in field.hint.styleSheet() and "b00020" in field.edit.styleSheet()
    field.edit.editingFinished.emit()
    assert field.edit.text() == text  # left as typed, to be corrected


def test_a_required_date_cannot_be_left_empty(qapp, qtbot):
    field = DateField(clock.today())
    qtbot.addWidget(field)
    typed(qtbot, field, "")
    assert not field.is_valid() and "请填写日期" in field.hint.text()


def test_the_calendar_opens_on_today_when_empty_and_a_pick_is_kept(qapp, qtbot):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar.selectedDate().toPython() == clock.today()
    field.calendar.activated.emit(field.calendar.selectedDate().addDays(10))
    assert field.value() == date(2026, 12, 5) and field.edit.text() == "2026-12-05"
    typed(qtbot, field, "2027-3-1")
    field.open_calendar()
    assert field.calendar.selectedDate().toPython() == date(2027, 3, 1)


def test_a_date_only_deadline_is_the_end_of_that_day(qapp, qtbot):
    deadline = MomentField(optional=True, end_of_day=True)
    qtbot.addWidget(deadline)
    typed(qtbot, deadline, "12月5日")
    assert deadline.value() == datetime(2026, 12, 5, 23, 59)
    assert "当天结束前" in deadline.hint.text()
    typed(qtbot, deadline, "12-5 下午5点半")
    assert deadline.value() == datetime(2026, 12, 5, 17, 30)
    start = MomentField(datetime(2026, 12, 6, 9, 0))
    qtbot.addWidget(start)
    typed(qtbot, start, "12-6")
    assert not start.is_valid() and "缺少时间" in start.hint.text()
    deadline.setValue(None)
    deadline.pick(date(2026, 12, 4))  # a picked deadline: the end of the day, not 00:00
    assert deadline.value() == datetime.combine(date(2026, 12, 4), time(23, 59))


@pytest.fixture
def owing(db_path):
    from pmdesk.core.money import fees
    from pmdesk.core.money.amounts import add_months, period_of, period_text

    save_office_profile(estate_name="翠湖苑", phone="0571-88886666")
    unit_id = _unit("1-1-402", 8950, owner="王芳")
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    for back in (3, 2, 1):
        fees.run_billing(period_text(add_months(period_of(clock.today()), -back)))
    return unit_id


def test_a_typed_follow_up_date_is_saved_and_waits_in_this_weeks_list(owing, qapp, qtbot, ime):
    """The first wave's loss: `2026-11-27` typed into the empty 下一步日期 saved as nothing."""
    from pmdesk.ui.dialogs.collecting import ActionDialog

    dialog = ActionDialog(owing, "phone")
    qtbot.addWidget(dialog)
    ime(dialog.said, "答应月底前来交")
    typed(qtbot, dialog.next_date, "2026-13-45")
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.next_date.edit, Qt.Key.Key_Return)  # Enter does not get past it
    assert dialog.result() != dialog.DialogCode.Accepted and not cases.actions(owing)
    typed(qtbot, dialog.next_date, "11-27")
    assert dialog.save_button.isEnabled()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert cases.case(owing).next_date == "2026-11-27"
    assert [due.unit_id for due in cases.due_cases(date(2026, 12, 2))] == [owing]


def test_an_events_typed_deadline_is_kept(homes_for_events, qapp, qtbot, ime):
    from pmdesk.ui.dialogs.events import EventDialog

    dialog = EventDialog()
    qtbot.addWidget(dialog)
    ime(dialog.title, "重阳节敬老茶话会")
    ime(dialog.place, "社区活动室")
    typed(qtbot, dialog.starts, "12-6 9:30")
    typed(qtbot, dialog.ends, "12-6 11:30")
    typed(qtbot, dialog.deadline, "12-4")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    saved = events.event(dialog.saved.id)
    assert (saved.starts_at, saved.signup_deadline) == ("2026-12-06T09:30", "2026-12-04T23:59")


@pytest.fixture
def homes_for_events(db_path):
    save_office_profile(estate_name="翠湖苑", phone="0571-88886666")


def test_a_day_that_can_only_have_been_is_never_read_as_next_year(qapp, qtbot):
    """In June, `6-20` typed as when a visit happened is last June, not five days ahead; a
    time glued to a day is refused; a day alone as an event's deadline is its end."""
    clock.pin(datetime(2026, 6, 15, 10, 0))
    visited = DateField(clock.today(), past=True)
    qtbot.addWidget(visited)
    typed(qtbot, visited, "6-20")
    assert visited.value() == date(2025, 6, 20)  # not five days ahead
    for glued in ("2026-12-051", "12-5 晚上12点"):
        with pytest.raises(ValidationError):
            read_moment(glued, today=clock.today(), field="", day_alone=WHOLE_DAY)
    assert events._moment("2026-12-05", "signup_deadline") == datetime(2026, 12, 5, 23, 59)
    with pytest.raises(ValidationError):
        events._moment("2026-12-05", "starts_at")  # a start needs its time
