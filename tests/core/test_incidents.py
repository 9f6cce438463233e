"""事件 in the core: an incident from report to 情况说明 — the places it affects, the households
in them with those who may need help first, the entrances its notice is posted at, updates and
calls in an append-only timeline, the complaints it causes, on 今日 while open."""

from __future__ import annotations

from datetime import datetime

import pytest

from pmdesk.core import clock, today
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.register.residents import add_occupant, set_tags
from pmdesk.core.safety.db import db
from pmdesk.core.service import complaints, incidents, relations
from tests.core.test_fees import _unit

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)


@pytest.fixture
def estate(db_path):
    homes = {code: _unit(code, 9000, owner=f"业主{code}") for code in (
        "1-1-101", "1-1-201", "1-2-101", "1-2-201", "2-1-101", "3-1-101")}
    set_tags(unit_id=homes["1-2-201"], tags=["独居老人"])
    set_tags(unit_id=homes["1-1-201"], tags=["残疾人"])
    add_occupant(unit_id=homes["1-2-201"], name="王奶奶", role="family", phone="13912345678")
    return homes


def _water(**changes) -> incidents.Incident:
    values = {"kind": "water", "planned": True, "starts_at": datetime(2026, 11, 26, 9, 0),
              "ends_at": datetime(2026, 11, 26, 17, 0), "areas": [("1", ""), ("2", "1")],
              "cause": "市政供水管网维修", "advice": "请提前储水，关好水龙头",
              "script": "因市政管网维修，明天9点到17点停水，请提前储水。",
              "handler": "工程部 老周"} | changes
    return incidents.report(**values)


def test_an_incident_is_numbered_named_and_placed(estate):
    cut = _water()
    assert cut.number == "SJ2026-001" and cut.title == "1栋、2栋1单元计划停水"
    assert cut.place() == "1栋、2栋1单元" and cut.open
    assert incidents.by_number("sj2026-001").id == cut.id
    assert [a.text() for a in incidents.entrances(cut.id)] == ["1栋1单元", "1栋2单元",
                                                               "2栋1单元"]
    assert incidents.affected_units(cut.id) == {estate[c] for c in (
        "1-1-101", "1-1-201", "1-2-101", "1-2-201", "2-1-101")}  # not 3-1-101
    assert _water(kind="lift", planned=False, areas=[("3", "1")]).number == "SJ2026-002"


def test_those_who_may_need_help_come_first_with_whom_to_call(estate):
    cut = _water()
    found = incidents.households(cut.id)
    assert [h.room for h in found[:2]] == ["1-1-201", "1-2-201"]
    assert found[1].tags == ("独居老人",) and found[1].elderly and found[0].needs_help
    assert (found[1].name, found[1].phone) == ("王奶奶", "13912345678")  # the owner has none
    assert found[2].name == "业主1-1-101"
    assert not found[2].needs_help


def test_bad_places_and_times_are_refused_naming_them(estate):
    with pytest.raises(ValidationError) as building:
        _water(areas=[("9", "")])
    assert (building.value.field, building.value.code) == ("areas", "incident.no_building")
    with pytest.raises(ValidationError) as stairwell:
        _water(areas=[("2", "7")])
    assert stairwell.value.params == {"field": "areas", "building": "2", "stairwell": "7"}
    with pytest.raises(ValidationError) as nowhere:
        _water(areas=[])
    assert nowhere.value.field == "areas"
    with pytest.raises(ValidationError) as backwards:
        _water(ends_at=datetime(2026, 11, 26, 8, 0))
    assert backwards.value.field == "ends_at"
    assert db.execute_sql("SELECT count(*) FROM incident").fetchone()[0] == 0


def test_from_report_to_its_situation_report(estate):
    lift = relations.save_organisation(name="奥达电梯维保有限公司", kind="supplier")
    clock.pin(datetime(2026, 11, 25, 8, 10))
    stuck = incidents.report(kind="lift", planned=False, starts_at=clock.now(),
                             areas=[("1", "2")], cause="原因待查", org_id=lift,
                             script="1栋2单元电梯故障，维保人员已在赶来的路上。",
                             text="1栋2单元电梯困人，两人被困")
    assert stuck.organisation == "奥达电梯维保有限公司"
    assert [line.label for line in today.today(clock.now()).of("incident")] == [stuck.number]
    clock.pin(datetime(2026, 11, 25, 8, 40))
    incidents.update(stuck.id, "维保人员到场，被困人员已安全救出",
                     ends_at=datetime(2026, 11, 25, 18, 0), cause="门机控制板故障")
    incidents.record_call(stuck.id, estate["1-2-201"], "已上门告知，老人不出门")
    with pytest.raises(ValidationError) as away:
        incidents.record_call(stuck.id, estate["3-1-101"])
    assert away.value.code == "incident.not_affected"
    call = complaints.receive(kind="complaint", channel="phone", category="facility",
                              description="电梯又坏了", unit_id=estate["1-2-101"],
                              incident_id=stuck.id)
    assert [i.id for i in incidents.open_for_unit(estate["1-2-101"])] == [stuck.id]
    assert incidents.open_for_unit(estate["1-1-101"]) == []  # the other stairwell
    assert [c.number for c in complaints.linked_to_incident(stuck.id)] == [call.number]
    current = incidents.incident(stuck.id)
    assert (current.cause, current.ends_at, current.complaints) == (
        "门机控制板故障", "2026-11-25T18:00", 1)
    with pytest.raises(ValidationError) as unsaid:
        incidents.close(stuck.id, ended_at=datetime(2026, 11, 25, 9, 0), happened="困人",
                        done="已修复", prevention="")
    assert unsaid.value.field == "prevention"
    clock.pin(datetime(2026, 11, 25, 17, 0))
    closed = incidents.close(stuck.id, ended_at=datetime(2026, 11, 25, 16, 30),
                             happened="电梯门机控制板故障，轿厢停在3、4层之间，两人被困约25分钟。",
                             done="维保人员8:35到场救出被困人员，更换门机控制板，16:30恢复运行。",
                             prevention="维保公司加密本单元电梯月度保养，更换同批次控制板。")
    assert not closed.open and closed.ended_at == "2026-11-25T16:30"
    assert [(u.kind, u.room) for u in incidents.timeline(stuck.id)] == [
        ("report", ""), ("update", ""), ("call", "1-2-201"), ("close", "")]
    assert incidents.households(stuck.id)[0].called == "2026-11-25T08:40"
    assert today.today(clock.now()).of("incident") == []
    with pytest.raises(ValidationError) as done:
        incidents.update(stuck.id, "又坏了")
    assert done.value.code == "incident.closed"
    assert incidents.reopen(stuck.id, "17:00 又停在2层").open
    with pytest.raises(Exception, match="append-only"), db.atomic():
        db.execute_sql("UPDATE incident_update SET text = ''")


def test_a_planned_outage_shows_on_today_from_the_day_before(estate):
    cut = _water(starts_at=datetime(2026, 11, 27, 9, 0), ends_at=datetime(2026, 11, 27, 17, 0))
    assert today.today(clock.now()).of("incident") == []  # two days ahead
    clock.pin(datetime(2026, 11, 26, 10, 0))
    assert [line.ref for line in today.today(clock.now()).of("incident")] == [cut.id]
    clock.pin(datetime(2026, 11, 28, 10, 0))
    line = today.today(clock.now()).of("incident")[0]
    assert line.late(clock.today())  # still open a day after its expected end


def test_the_places_can_change_as_it_develops(estate):
    cut = _water(areas=[("1", "1")])
    wider = incidents.update(cut.id, "2单元也停水了", areas=[("1", "1"), ("1", "2")])
    assert wider.place() == "1栋1单元、1栋2单元"
    assert '"areas": "1栋1单元、1栋2单元"' in db.execute_sql(
        "SELECT detail FROM audit_log WHERE action = 'incident.update'").fetchone()[0]
    with pytest.raises(NotFound):
        incidents.incident(999)
