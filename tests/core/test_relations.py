"""联系单位 in the core: the directory (kinds, people, contracts), the contact log with its next
step on 今日 and its link to a household's collection case, and a supplier's work — repairs sent
to it, how many handled on time, the residents' 回访."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pmdesk.core import clock, today
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.safety.db import db
from pmdesk.core.service import complaints, relations
from tests.core.test_fees import _unit

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)


@pytest.fixture
def lift_company(db_path):
    return relations.save_organisation(
        name="奥达电梯维保有限公司", kind="supplier", duties="电梯维保、困人救援",
        phone="0571 8888 6666", contract_start="2026-01-01", contract_end="2026-12-20")


def test_the_directory_keeps_kinds_people_and_contracts(lift_company):
    street = relations.save_organisation(name="翠湖街道办事处", kind="government",
                                         duties="社区治理、就业帮扶")
    relations.save_person(org_id=street, name="王主任", role="副主任", phone="13812345678")
    found = relations.organisations()
    assert [org.name for org in found] == ["翠湖街道办事处", "奥达电梯维保有限公司"]  # by kind
    org = relations.organisation(lift_company)
    assert org.phone == "0571-88886666" and org.contract_end == "2026-12-20"
    assert relations.organisation(street).people[0].name == "王主任"
    assert [o.name for o in relations.organisations(search="王主任")] == ["翠湖街道办事处"]
    assert [o.name for o in relations.suppliers()] == ["奥达电梯维保有限公司"]


def test_bad_input_is_refused_naming_the_field(lift_company):
    with pytest.raises(ValidationError) as same:
        relations.save_organisation(name=" 奥达电梯维保有限公司 ", kind="supplier")
    assert (same.value.field, same.value.code) == ("org_name", "organisation.exists")
    with pytest.raises(ValidationError) as backwards:
        relations.save_organisation(name="保洁公司", kind="supplier",
                                    contract_start="2026-06-01", contract_end="2026-05-01")
    assert backwards.value.field == "contract_end"
    with pytest.raises(ValidationError) as kind:
        relations.save_organisation(name="某单位", kind="bank")
    assert kind.value.field == "org_kind"
    with pytest.raises(ValidationError) as no_step:
        relations.log_contact(org_id=lift_company, channel="phone", summary="年检安排",
                              next_date="2026-12-01")
    assert no_step.value.field == "next_step"
    with pytest.raises(NotFound):
        relations.organisation(999)
    assert db.execute_sql("SELECT count(*) FROM organisation").fetchone()[0] == 1


def test_a_change_is_audited_with_before_and_after(lift_company):
    relations.save_organisation(org_id=lift_company, name="奥达电梯维保有限公司",
                                kind="supplier", duties="电梯维保、困人救援",
                                phone="0571-88886666", contract_start="2026-01-01",
                                contract_end="2027-12-31")
    detail = db.execute_sql("SELECT detail FROM audit_log WHERE action = 'organisation.change'"
                            ).fetchone()[0]
    assert '"contract_end": "2026-12-20"' in detail and '"contract_end": "2027-12-31"' in detail


def test_the_next_step_of_a_contact_is_on_today_until_the_next_contact(lift_company):
    street = relations.save_organisation(name="翠湖社区居委会", kind="government")
    owner = _unit("3-2-501", 9000, owner="失业业主")
    relations.log_contact(org_id=street, channel="visit", person="李主任",
                          summary="为3-2-501业主登记再就业培训", next_step="问培训名额",
                          next_date="2026-11-27", unit_id=owner, on_date="2026-11-20")
    lines = today.today(clock.now()).of("contact")
    assert [(line.label, line.text, line.room, line.ref) for line in lines] == [
        ("翠湖社区居委会", "问培训名额", "3-2-501", street)]
    assert [c.summary for c in relations.contacts(unit_id=owner)] == ["为3-2-501业主登记再就业培训"]
    relations.log_contact(org_id=street, channel="phone", summary="已报上培训班")
    assert today.today(clock.now()).of("contact") == []
    assert len(relations.contacts(org_id=street)) == 2  # the log keeps both
    with pytest.raises(Exception, match="append-only"), db.atomic():
        db.execute_sql("DELETE FROM contact_log")


def test_a_contract_ending_within_a_month_is_on_today(lift_company):
    assert [line.label for line in today.today(clock.now()).of("contract")] == [
        "奥达电梯维保有限公司"]  # ends 2026-12-20, the clock is 2026-11-25
    assert today.today(clock.now()).counts()["contracts_ending"] == 1
    clock.pin(datetime(2026, 10, 1, 10, 0))
    assert today.today(clock.now()).of("contract") == []


def test_files_are_kept_with_a_contact(lift_company):
    log_id = relations.log_contact(org_id=lift_company, channel="meeting",
                                   summary="年度维保会议")
    file_id = relations.attach(log_id, "会议纪要.pdf", b"%PDF-1.4 minutes")
    assert relations.file_data(file_id) == ("会议纪要.pdf", b"%PDF-1.4 minutes")
    assert relations.contacts(org_id=lift_company)[0].files == 1


def _repair(unit_id: int, at: datetime) -> complaints.Item:
    clock.pin(at)
    return complaints.receive(kind="repair", channel="phone", category="facility",
                              description="电梯异响", unit_id=unit_id)


def test_a_supplier_shows_its_on_time_rate_and_the_residents_satisfaction(lift_company):
    home = _unit("1-1-101", 9000)
    quick = _repair(home, datetime(2026, 11, 2, 9, 0))
    complaints.step(quick.id, "assign", supplier_id=lift_company)
    assert complaints.item(quick.id).assignee == "奥达电梯维保有限公司"
    assert complaints.item(quick.id).supplier_id == lift_company
    clock.pin(datetime(2026, 11, 2, 15, 0))
    complaints.step(quick.id, "handle", text="更换导靴", paid_work=False)
    complaints.step(quick.id, "reply", text="已修好")
    complaints.step(quick.id, "visit", satisfaction=5)
    slow = _repair(home, datetime(2026, 11, 10, 9, 0))
    complaints.step(slow.id, "assign", supplier_id=lift_company, assignee="奥达 张工")
    clock.pin(datetime(2026, 11, 13, 9, 0))  # three days on: past the 24 hours
    complaints.step(slow.id, "handle", text="更换门机", paid_work=False)
    complaints.step(slow.id, "reply", text="已修好")
    complaints.step(slow.id, "visit", satisfaction=2)
    waiting = _repair(home, datetime(2026, 11, 20, 9, 0))
    complaints.step(waiting.id, "assign", supplier_id=lift_company)
    record = relations.record(lift_company)
    assert [job.number for job in record.jobs] == [waiting.number, slow.number, quick.number]
    assert (record.handled, record.on_time, record.visited, record.satisfied) == (2, 1, 2, 1)
    assert str(record.on_time_rate) == "0.5000" and str(record.average) == "3.5"
    assert relations.record(lift_company, first=date(2026, 11, 5)).handled == 1


def test_only_a_supplier_in_use_can_be_sent_a_repair(lift_company):
    street = relations.save_organisation(name="翠湖街道办事处", kind="government")
    item = _repair(_unit("1-1-101", 9000), datetime(2026, 11, 24, 9, 0))
    with pytest.raises(ValidationError) as wrong:
        complaints.step(item.id, "assign", supplier_id=street)
    assert (wrong.value.field, wrong.value.code) == ("supplier", "complaint.not_a_supplier")
    complaints.step(item.id, "assign", supplier_id=lift_company)
    complaints.step(item.id, "assign", assignee="维修班 老周")  # back in house
    assert complaints.item(item.id).supplier_id is None
