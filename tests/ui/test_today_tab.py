"""今日 as the clerk meets it: the window opens on it, the counts say what is due, a count shows
its lines alone, and each line opens its record by keyboard — then goes once done."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pmdesk.core import clock
from pmdesk.core.money import cases, instalments, payments
from pmdesk.core.register import residents
from pmdesk.core.safety import session
from pmdesk.core.service import complaints, events, surveys
from pmdesk.core.settings import save_office_profile
from pmdesk.ui.dialogs.household import HouseholdCard
from tests.core.test_today import office  # noqa: F401 - the three households, billed

pytestmark = pytest.mark.both_engines

WEDNESDAY = datetime(2026, 11, 25, 10, 0)


@pytest.fixture
def day(office, staff):  # noqa: F811 - the fixture imported above
    """One line of each kind but the move-out, all due by today, on a Wednesday morning."""
    session.act_as(staff[0])
    save_office_profile(estate_name="翠湖苑")  # printed on the receipt
    session.act_as(staff[1])
    homes = office
    found = {"homes": homes}
    found["overdue"] = complaints.receive(
        kind="repair", channel="phone", category="facility", description="楼道灯不亮",
        unit_id=homes["1-1-101"], received_at=datetime(2026, 11, 23, 9, 0))
    visit = complaints.receive(kind="repair", channel="phone", category="facility",
                               description="水管漏水", unit_id=homes["1-1-103"],
                               received_at=datetime(2026, 11, 23, 8, 0))
    clock.pin(datetime(2026, 11, 23, 11, 0))
    complaints.step(visit.id, "handle", text="换了阀门", responsibility="office",
                    paid_work=False)
    complaints.step(visit.id, "reply", text="已修好", how="phone")
    clock.pin(WEDNESDAY)
    found["followup"] = visit
    cases.log_action(unit_id=homes["1-1-101"], kind="phone", said="说下周来交",
                     next_step="上门拜访", next_date=date(2026, 11, 27))
    instalments.agree_instalments(unit_id=homes["1-1-102"],
                                  total=payments.owed(homes["1-1-102"]), count=2,
                                  first_due=date(2026, 11, 24), agreed_on=date(2026, 11, 1))
    start = WEDNESDAY + timedelta(days=2)
    found["event"] = events.create_event(title="冬至包饺子", type="festival", starts_at=start,
                                         ends_at=start + timedelta(hours=2), place="活动室",
                                         capacity=20)
    found["receipt"] = payments.pay(unit_id=homes["1-1-103"], amount=5000)
    residents.add_occupant(unit_id=homes["1-1-103"], name="租客小刘", role="tenant",
                           start_date=date(2026, 11, 28))
    found["survey"] = surveys.create(title="2026年度业主满意度调查", first_day="2026-11-02",
                                     last_day="2026-11-20")
    surveys.add_plan(survey_id=found["survey"].id, item="repair", measure="报修两小时内上门",
                     due="2026-11-26")
    return found


def loaded(qtbot, window):
    tab = window.today_tab
    qtbot.waitUntil(lambda: tab.loaded and tab.reading is None, timeout=10_000)
    return tab


def enter_on(qtbot, tab, kind: str) -> None:
    """Select the line of `kind` with the arrow keys and press Enter."""
    tab.table.setFocus()
    for _ in range(tab.model.rowCount()):
        if tab.model.rows[tab.table.currentIndex().row()].line.kind == kind:
            break
        QTest.keyClick(tab.table, Qt.Key.Key_Down)
    assert tab.model.rows[tab.table.currentIndex().row()].line.kind == kind
    QTest.keyClick(tab.table, Qt.Key.Key_Return)


def test_the_window_opens_on_today_with_the_counts(day, window, qtbot):
    tab = loaded(qtbot, window)
    assert window.tabs.currentWidget() is tab
    assert "11月25日 星期三" in tab.title.text()
    texts = {kind: button.text().split("\n") for kind, button in tab.counts.items()}
    assert texts["complaint_overdue"] == ["投诉报修已超时", "1"]
    assert {kind: int(text[1]) for kind, text in texts.items()} == {
        "complaint_overdue": 1, "complaint_due": 0, "followup": 1, "collection": 1,
        "instalment": 1, "event": 1, "plan": 1, "receipt": 1, "move_in": 1, "move_out": 0,
        "incident": 0, "contact": 0, "contract": 0, "renovation": 0, "clearance": 0}
    assert "color: #b00020" in tab.counts["complaint_overdue"].styleSheet()  # late: red
    rooms = [(tab.model.index(r, 0).data(), tab.model.index(r, 2).data())
             for r in range(tab.model.rowCount())]
    assert ("待回访", "1-1-103") in rooms and ("入住", "1-1-103") in rooms
    qtbot.mouseClick(tab.counts["collection"], Qt.MouseButton.LeftButton)
    assert [tab.model.index(r, 4).data() for r in range(tab.model.rowCount())] == ["上门拜访"]
    qtbot.mouseClick(tab.counts["collection"], Qt.MouseButton.LeftButton)  # all again
    assert tab.model.rowCount() == 8
    qtbot.mouseClick(tab.counts["move_out"], Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0 and tab.empty.text() == "这一类今天没有待办。"
    qtbot.waitUntil(lambda: tab.glance.seen is not None, timeout=10_000)
    assert "当期收缴率" in tab.glance.figures.text()


def test_each_line_opens_its_record(day, window, qtbot, previews, monkeypatch, message_boxes):
    tab = loaded(qtbot, window)
    enter_on(qtbot, tab, "complaint_overdue")
    queue = window.complaints_tab.view
    assert window.tabs.currentWidget() is window.complaints_tab
    assert queue.selected().id == day["overdue"].id

    window.tabs.setCurrentWidget(tab)
    tab = loaded(qtbot, window)
    enter_on(qtbot, tab, "followup")
    assert queue.selected().id == day["followup"].id

    window.tabs.setCurrentWidget(tab)
    tab = loaded(qtbot, window)
    enter_on(qtbot, tab, "collection")
    collecting = window.fees_tab.collecting
    assert window.fees_tab.pages.currentWidget() is collecting
    qtbot.waitUntil(lambda: collecting.selected_unit() == day["homes"]["1-1-101"],
                    timeout=10_000)

    window.tabs.setCurrentWidget(tab)
    tab = loaded(qtbot, window)
    enter_on(qtbot, tab, "instalment")
    assert window.fees_tab.pages.currentWidget() is window.fees_tab.desk
    assert window.fees_tab.desk.unit_id == day["homes"]["1-1-102"]

    window.tabs.setCurrentWidget(tab)
    tab = loaded(qtbot, window)
    enter_on(qtbot, tab, "event")
    assert window.events_tab.view.selected().id == day["event"].id

    window.tabs.setCurrentWidget(tab)
    tab = loaded(qtbot, window)
    enter_on(qtbot, tab, "plan")
    assert window.tabs.currentWidget() is window.surveys_tab
    assert window.surveys_tab.view.selected().id == day["survey"].id
    assert window.surveys_tab.view.plans_model.rows[0].measure == "报修两小时内上门"

    cards = []
    monkeypatch.setattr(HouseholdCard, "exec", lambda self: cards.append(self.unit_id) or 0)
    window.tabs.setCurrentWidget(tab)
    tab = loaded(qtbot, window)
    enter_on(qtbot, tab, "move_in")
    assert cards == [day["homes"]["1-1-103"]]

    enter_on(qtbot, loaded(qtbot, window), "receipt")
    assert not message_boxes and day["receipt"].receipt_no in previews[-1][0]
    tab = loaded(qtbot, window)
    assert tab.counts["receipt"].text().endswith("\n0")  # printed: the line has gone


def test_a_line_goes_when_its_record_moves_on(day, window, qtbot):
    tab = loaded(qtbot, window)
    complaints.step(day["followup"].id, "visit", text="满意", satisfaction=5)
    window.tabs.setCurrentWidget(window.residents_tab)
    window.tabs.setCurrentWidget(tab)  # shown again: read again
    tab = loaded(qtbot, window)
    assert tab.counts["followup"].text().endswith("\n0")
    assert "待回访" not in [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
