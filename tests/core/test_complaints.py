"""Complaints and repairs in the core: intake, the workflow it enforces, deadlines, the queue,
the numbers."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from pmdesk.core import clock
from pmdesk.core.errors import ValidationError
from pmdesk.core.safety.db import db
from pmdesk.core.service import complaints
from tests.core.test_fees import _unit

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)

MONDAY = datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def homes(db_path):
    return {"一楼": _unit("5-1-101", 9000, owner="王秀英"),
            "三楼": _unit("5-1-301", 9000, owner="李建国")}


def test_intake_numbers_and_first_deadlines(homes):
    urgent = complaints.receive(kind="repair", channel="phone", category="facility",
                                urgency="urgent", description="楼道水管爆裂",
                                unit_id=homes["一楼"], received_at=MONDAY)
    assert urgent.number == "BX2026-00001" and urgent.status == "received"
    assert urgent.deadline == "2026-11-23T09:30"
    ordinary = complaints.receive(kind="repair", channel="visit", category="facility",
                                  description="门锁坏了", unit_id=homes["一楼"],
                                  received_at=MONDAY)
    assert ordinary.deadline == "2026-11-24T09:00"
    friday = complaints.receive(kind="complaint", channel="wechat", category="noise",
                                description="夜里装修噪音", contact_name="路人甲",
                                received_at=datetime(2026, 11, 20, 17, 0))
    assert friday.number == "TS2026-00003"
    assert friday.deadline == "2026-11-23T17:00"  # one working day: over the weekend
    anonymous = complaints.receive(kind="suggestion", channel="box", category="greening",
                                   description="多种些花", anonymous=True,
                                   contact_name="不会保存", received_at=MONDAY)
    assert anonymous.contact_name == "" and anonymous.anonymous
    with pytest.raises(ValidationError) as err:
        complaints.receive(kind="complaint", channel="phone", category="noise",
                           description="有人吵")
    assert err.value.code == "complaint.who_or_where"
    for bad in ({"kind": "rumour"}, {"description": "  "}, {"contact_phone": "123"},
                {"other_unit_id": homes["一楼"]}):
        args = {"kind": "complaint", "channel": "phone", "category": "noise",
                "description": "吵", "unit_id": homes["一楼"], **bad}
        with pytest.raises(ValidationError):
            complaints.receive(**args)
    assert db.execute_sql("SELECT count(*) FROM complaint").fetchone()[0] == 4


def test_the_whole_workflow_and_what_it_refuses(homes):
    tree = complaints.receive(
        kind="complaint", channel="visit", category="greening", unit_id=homes["一楼"],
        other_unit_id=homes["三楼"], description="窗外大树遮挡阳光，病人需要晒太阳，请求移树")
    number = tree.id
    with pytest.raises(ValidationError) as err:
        complaints.step(number, "visit", satisfaction=5)
    assert err.value.code == "complaint.step_not_allowed"
    with pytest.raises(ValidationError):
        complaints.step(number, "assign")  # to whom?
    assert complaints.step(number, "assign", assignee="绿化班").status == "assigned"
    complaints.step(number, "investigate", text="树前地面开阔，外移三米不影响生长",
                    responsibility="third_party")
    done = complaints.step(number, "handle", text="大树外移三米", prevention="移树前先征求同楼意见")
    assert done.status == "handled" and done.handled_at
    with pytest.raises(ValidationError):
        complaints.step(number, "close")
    complaints.step(number, "reply", text="已告知业主树已移开", how="visit")
    with pytest.raises(ValidationError):
        complaints.step(number, "visit", satisfaction=7)
    complaints.step(number, "visit", satisfaction=5, text="病人晒到了太阳")
    closed = complaints.step(number, "close")
    assert closed.status == "closed" and closed.deadline is None and closed.satisfaction == 5
    reopened = complaints.step(number, "reopen", text="三楼业主要求把树移回原处")
    assert reopened.status == "received" and reopened.deadline
    assert [s.action for s in complaints.timeline(number)] == [
        "receive", "assign", "investigate", "handle", "reply", "visit", "close", "reopen"]
    with pytest.raises(Exception, match="append-only"):
        db.execute_sql("DELETE FROM complaint_step")


def test_repairs_record_paid_work_and_enquiries_close_without_a_visit(homes):
    repair = complaints.receive(kind="repair", channel="phone", category="facility",
                                description="卫生间漏水", unit_id=homes["三楼"])
    complaints.step(repair.id, "assign", assignee="维修工 张师傅")
    with pytest.raises(ValidationError) as err:
        complaints.step(repair.id, "handle", text="更换三通")
    assert err.value.field == "paid_work"
    fixed = complaints.step(repair.id, "handle", text="更换三通", paid_work=True,
                            materials="三通 1 个")
    assert fixed.paid_work is True
    assert "close" not in complaints.allowed_actions(fixed)
    question = complaints.receive(kind="enquiry", channel="phone", category="fees",
                                  description="物业费怎么交", contact_name="刘女士")
    assert "reply" in complaints.allowed_actions(question)
    answered = complaints.step(question.id, "reply", text="可到前台或微信缴纳")
    assert complaints.step(answered.id, "close").status == "closed"


def test_the_queue_orders_by_deadline_and_filters(homes):
    late = complaints.receive(kind="complaint", channel="phone", category="parking",
                              description="车位被占", unit_id=homes["一楼"],
                              received_at=MONDAY)  # due Tuesday 09:00; today is Wednesday
    soon = complaints.receive(kind="repair", channel="phone", category="facility",
                              urgency="urgent", description="电梯困人", location="5栋电梯")
    done = complaints.receive(kind="praise", channel="letter", category="attitude",
                              description="保安很热心", contact_name="赵大爷")
    complaints.step(done.id, "reply", text="谢谢")
    complaints.step(done.id, "close")
    queue = complaints.queue()
    assert [i.id for i in queue] == [late.id, soon.id]
    assert queue[0].overdue(clock.now()) and not queue[1].overdue(clock.now())
    assert [i.id for i in complaints.queue(kind="repair")] == [soon.id]
    assert [i.id for i in complaints.queue(text="王秀英")] == [late.id]
    assert [i.id for i in complaints.queue(text="5-1-101")] == [late.id]
    assert [i.id for i in complaints.queue(building="5")] == [late.id]
    assert len(complaints.queue(open_only=False)) == 3
    assert [i.id for i in complaints.queue(open_only=False, unit_id=homes["一楼"])] == [late.id]


def test_an_item_is_overdue_from_the_minute_after_its_deadline(homes):
    """Received on Friday at 10:00, one working day later is Monday 10:00: on time through
    that minute, overdue from 10:01 — on whatever day the suite runs."""
    friday = complaints.receive(kind="complaint", channel="phone", category="noise",
                                description="楼上跳绳", unit_id=homes["三楼"],
                                received_at=datetime(2026, 11, 20, 10, 0))
    assert friday.deadline == "2026-11-23T10:00"
    clock.pin(datetime(2026, 11, 23, 10, 0, 35))
    assert not complaints.queue()[0].overdue(clock.now())
    clock.pin(datetime(2026, 11, 23, 10, 1))
    assert complaints.queue()[0].overdue(clock.now())


def test_statistics(homes):
    for n in range(3):
        item = complaints.receive(kind="complaint", channel="phone", category="noise",
                                  description=f"噪音{n}", unit_id=homes["三楼"])
        complaints.step(item.id, "assign", assignee="秩序维护部")
        complaints.step(item.id, "handle", text="已劝导")
        complaints.step(item.id, "reply", text="已电话告知")
        if n:
            complaints.step(item.id, "visit", satisfaction=3 + n)
    complaints.receive(kind="repair", channel="phone", category="facility",
                       description="路灯不亮", location="中心花园")
    numbers = complaints.statistics_for(clock.today() - timedelta(days=1), clock.today())
    assert numbers.total == 4 and numbers.by_kind == {"complaint": 3, "repair": 1}
    assert numbers.on_time_rate == 1.0 and numbers.followup_rate == round(2 / 3, 4)
    assert numbers.satisfaction == 4.5
    assert numbers.repeat_households == [("5-1-301", 3)]
    assert ("中心花园", 1) in numbers.hot_spots
    assert numbers.median_response_hours is not None


def test_search_wildcards_are_taken_literally(homes):
    """Issue 14.12: `%` and `_` typed into a search are characters, not LIKE's wildcards."""
    plain = complaints.receive(kind="complaint", channel="phone", category="noise",
                               description="楼上装修太吵", unit_id=homes["一楼"])
    percent = complaints.receive(kind="suggestion", channel="phone", category="fees",
                                 description="物业费能否打9.5%折", unit_id=homes["三楼"])
    assert [i.id for i in complaints.queue(text="%")] == [percent.id]
    assert complaints.queue(text="_") == []
    assert plain.id in [i.id for i in complaints.queue(text="装修")]
