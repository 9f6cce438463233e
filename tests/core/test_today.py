"""今日 in the core: each kind of line comes from its record, only when it is due, and leaves
when the record moves on; the month at a glance."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from pmdesk.core import clock, today
from pmdesk.core.money import cases, fees, instalments, payments
from pmdesk.core.register import residents
from pmdesk.core.safety import session
from pmdesk.core.service import complaints, events
from tests.core.test_fees import _unit

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)

WEDNESDAY = datetime(2026, 11, 25, 10, 0)  # the suite's clock


@pytest.fixture
def office(db_path, staff):
    """Three households billed for October and November 2026; the clerk at the desk."""
    session.act_as(staff[0])
    homes = {room: _unit(room, 9000, owner=owner) for room, owner in (
        ("1-1-101", "王秀英"), ("1-1-102", "李建国"), ("1-1-103", "赵大爷"))}
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.00")
    for month in ("2026-10", "2026-11"):
        fees.run_billing(month)
    session.act_as(staff[1])
    return homes


def _repair(room_id: int, at: datetime, urgency: str = "normal") -> complaints.Item:
    return complaints.receive(kind="repair", channel="phone", category="facility",
                              urgency=urgency, description=f"报修 {at:%d日%H:%M}",
                              unit_id=room_id, received_at=at)


def test_complaints_overdue_due_today_and_followups_due(office):
    overdue = _repair(office["1-1-101"], datetime(2026, 11, 23, 9, 0))  # due 24th 09:00
    urgent = _repair(office["1-1-102"], datetime(2026, 11, 25, 9, 50), "urgent")  # 10:20
    _repair(office["1-1-103"], datetime(2026, 11, 25, 9, 0))  # due tomorrow: not today
    replied = _repair(office["1-1-103"], datetime(2026, 11, 23, 8, 0))
    clock.pin(datetime(2026, 11, 23, 11, 0))
    complaints.step(replied.id, "handle", text="换了阀门", responsibility="office",
                    paid_work=False)
    complaints.step(replied.id, "reply", text="已修好", how="phone")  # 回访 by 25th 11:00
    clock.pin(WEDNESDAY)
    day = today.today()
    assert [line.label for line in day.of("complaint_overdue")] == [overdue.number]
    assert [line.label for line in day.of("complaint_due")] == [urgent.number]
    [visit] = day.of("followup")
    assert (visit.label, visit.room, visit.when, visit.ref) == (
        replied.number, "1-1-103", "2026-11-25T11:00", replied.id)
    complaints.step(visit.ref, "visit", text="满意", satisfaction=5)
    assert not today.today().of("followup")  # visited: the line has gone
    assert today.today().counts()["complaints_overdue"] == 1


def test_collection_steps_and_instalments_due_this_week(office):
    unit = office["1-1-101"]
    cases.log_action(unit_id=unit, kind="phone", said="下周一再来", next_step="上门拜访",
                     next_date=date(2026, 11, 30))
    cases.log_action(unit_id=office["1-1-102"], kind="phone", next_step="再打电话",
                     next_date=date(2026, 12, 9))  # beyond this week
    [step] = today.today().of("collection")
    assert (step.room, step.text, step.when, step.ref) == ("1-1-101", "上门拜访", "2026-11-30",
                                                           unit)
    owed = payments.owed(office["1-1-103"])
    instalments.agree_instalments(unit_id=office["1-1-103"], total=owed, count=3,
                                  first_due=date(2026, 11, 20), agreed_on=date(2026, 11, 1))
    lines = today.today().of("instalment")
    assert [(line.label, line.when, line.amount) for line in lines] == [
        ("1/3", "2026-11-20", instalments.split(owed, 3)[0])]  # missed; the next is 20 Dec
    assert lines[0].late(clock.today())
    payments.pay(unit_id=office["1-1-103"], amount=instalments.split(owed, 3)[0])
    assert not today.today().of("instalment")


def test_the_weeks_events_with_their_sign_ups(office):
    def event(title: str, days: int) -> events.Event:
        start = WEDNESDAY + timedelta(days=days)
        return events.create_event(title=title, type="sports", starts_at=start,
                                   ends_at=start + timedelta(hours=2), place="篮球场",
                                   capacity=10)

    game = event("篮球赛", 3)
    events.set_status(game.id, "published")
    events.sign_up(event_id=game.id, unit_id=office["1-1-101"], people=3)
    events.set_status(event("取消的", 1).id, "cancelled", reason="下雨")
    event("下个月的", 10)
    [line] = today.today().of("event")
    assert (line.label, line.people, line.capacity, line.ref) == ("篮球赛", 3, 10, game.id)


def test_receipts_never_printed_and_moves_this_week(office):
    paid = payments.pay(unit_id=office["1-1-101"], amount=10000)
    [line] = today.today().of("receipt")
    assert (line.label, line.room, line.ref) == (paid.receipt_no, "1-1-101", paid.payment_id)
    residents.add_occupant(unit_id=office["1-1-102"], name="租客小刘", role="tenant",
                           start_date=date(2026, 11, 27))
    residents.add_occupant(unit_id=office["1-1-102"], name="小刘的孩子", role="family")
    [owner] = [o for o in residents.household(office["1-1-103"]).occupants if o.role == "owner"]
    residents.move_out(occupancy_id=owner.occupancy_id)
    day = today.today()
    assert [(line.room, line.label, line.status) for line in day.of("move_in")] == [
        ("1-1-102", "租客小刘", "tenant")]  # a family member entered today is no move
    assert [(line.room, line.label) for line in day.of("move_out")] == [("1-1-103", "赵大爷")]
    assert day.counts() == {"complaints_overdue": 0, "complaints_due_today": 0,
                            "followups_due": 0, "collection_actions_due": 0,
                            "instalments_due": 0, "events_this_week": 0,
                            "improvements_due": 0, "unprinted_receipts": 1, "moving_in": 1,
                            "moving_out": 1, "incidents_open": 0, "contacts_due": 0,
                            "contracts_ending": 0, "renovations_due": 0, "clearances_today": 0}


def test_the_month_at_a_glance(office, on_day):
    """This month's 收缴率 beside the same month a year before; the arrears the same figure as
    the arrears report's."""
    from pmdesk.core.money import reports

    with on_day(date(2025, 11, 10)):
        fees.run_billing("2025-11")
        payments.pay(unit_id=office["1-1-101"], amount=18000)  # November 2025
    payments.pay(unit_id=office["1-1-102"], amount=18000 * 3)  # all three months
    seen = today.glance()
    assert seen.period == 202611
    assert (seen.collected.billed, seen.collected.collected) == (54000, 18000)
    assert (seen.year_before.billed, seen.year_before.collected) == (54000, 36000)
    owing = reports.arrears()
    assert seen.households_owing == len(owing.rows) == 2
    assert sum(seen.arrears_by_age) == owing.total > 0


def test_every_kind_of_line_has_its_name():
    from pmdesk.labels import TODAY

    assert tuple(TODAY) == today.KINDS and set(today.COUNT_NAMES) == set(today.KINDS)
