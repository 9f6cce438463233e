"""装修管理 in the core: a renovation from registration to the final 验收 and the deposit's refund
— flagged works for a manager, workers with masked IDs and passes, clearance at the office's
slots outside the lift's peak, inspections and violations linked to neighbours' complaints —
and the money: the deposit held for the household (never income, never in 收缴率), the
clearance fee on the same receipts, voids, a damage deduction a manager approves, and the
invariants of 检查数据库 holding throughout."""

from __future__ import annotations

from datetime import date

import pytest

from pmdesk.core import clock, today
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.money import deposits, fees, payments, reports
from pmdesk.core.safety import auth, session
from pmdesk.core.safety.db import db
from pmdesk.core.service import complaints, renovations
from tests.core.test_fees import _unit

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)

PHOTO = ("墙面划痕.jpg", b"\xff\xd8\xff\xe0 a photo")


@pytest.fixture
def home(db_path):
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    _unit("5-1-302", 8000, owner="邻居甲")
    return _unit("5-1-402", 8950, owner="陈建国")


def _register(unit_id, **changes) -> renovations.Renovation:
    values = {"unit_id": unit_id, "scope": "厨卫翻新，铺地砖，刷墙", "start_on": "2026-11-26",
              "end_on": "2027-01-20", "company": "安居装饰", "foreman": "刘师傅",
              "foreman_phone": "13900001111"} | changes
    return renovations.register(**values)


def _approved(unit_id, **changes) -> renovations.Renovation:
    r = _register(unit_id, **changes)
    return renovations.decide(r.id, approve=True)


def test_a_registration_is_numbered_with_its_dues_from_the_settings(home):
    r = _register(home)
    assert r.number == "ZX2026-001" and r.status == "registered" and r.applicant == "陈建国"
    assert r.deposit_due == 200000  # 2000 元
    assert r.clearance_due == 26850  # 3.00 元/㎡ × 89.50㎡
    assert r.stage(clock.today()) == "registered"
    with pytest.raises(ValidationError, match="already_open") as refused:
        _register(home)
    assert refused.value.params["number"] == "ZX2026-001"
    flagged = _register(_unit("6-101", 12000), works=["bearing_wall", "waterproof"])
    assert flagged.flagged == ("bearing_wall", "waterproof") and flagged.deposit_due == 500000


@pytest.mark.parametrize("changes, code", [
    ({"end_on": "2026-11-01"}, "ends_before_start"),
    ({"end_on": "2028-01-01"}, "too_long"),
    ({"scope": "  "}, "value.required"),
    ({"start_on": "2026-13-01"}, "date"),
    ({"works": ["roof"]}, "value.unknown"),
    ({"foreman_phone": "12"}, "phone"),
])
def test_bad_registrations_are_refused_naming_the_field(home, changes, code):
    with pytest.raises(ValidationError, match=code):
        _register(home, **changes)
    assert db.execute_sql("SELECT count(*) FROM renovation").fetchone()[0] == 0


def test_flagged_works_need_a_manager_and_a_refusal_its_reason(home, staff):
    manager, clerk = staff
    session.act_as(clerk)
    plain = _register(_unit("7-101", 9000))
    assert renovations.decide(plain.id, approve=True).decided_by == "李小梅"
    r = _register(home, works=["structure"])
    with pytest.raises(PmdeskError, match="forbidden"):
        renovations.decide(r.id, approve=True)
    with pytest.raises(ValidationError, match="reason_required"):
        renovations.decide(r.id, approve=False, approved_by=manager)
    done = renovations.decide(r.id, approve=True, note="须按设计院方案施工",
                              approved_by=auth.verify("王经理", "manager-pw"))
    assert (done.status, done.decided_by) == ("approved", "王经理")
    planned = renovations.inspections(r.id)
    assert [i.kind for i in planned][-1] == "final" and planned[-1].due_on == "2027-01-20"
    assert [i.due_on for i in planned[:2]] == ["2026-12-10", "2026-12-24"]  # every 14 days
    with pytest.raises(ValidationError, match="decided"):
        renovations.update(r.id, scope="再拆一面墙")
    assert renovations.update(r.id, end_on="2027-02-10").end_on == "2027-02-10"  # 延期


def test_workers_keep_only_a_masked_id_and_get_numbered_passes(home):
    r = _register(home)
    first = renovations.add_worker(r.id, name="刘强", id_number="110101199003071233",
                                   trade="水电")
    assert first.id_masked == "110101********1233" and first.pass_no == "ZX2026-001-01"
    with pytest.raises(ValidationError, match="check_digit"):
        renovations.add_worker(r.id, name="王五", id_number="110101199003071231")
    assert renovations.add_worker(r.id, name="王五").pass_no == "ZX2026-001-02"
    stored = [row[0] for row in db.execute_sql("SELECT id_masked FROM renovation_worker")]
    assert stored == ["110101********1233", ""]  # the whole number is nowhere
    renovations.return_pass(first.id)
    assert renovations.workers(r.id)[0].returned_on == "2026-11-25"


def test_working_hours_and_slots_are_read_and_kept_out_of_the_lift_peak(home):
    assert renovations.spans("8:00-12:00，14:00～18:00", field="work_hours") == [
        ("08:00", "12:00"), ("14:00", "18:00")]
    for bad in ("8-12", "12:00-08:00", "08:00-12:00,11:00-13:00"):
        with pytest.raises(ValidationError):
            renovations.spans(bad, field="work_hours")
    rules = renovations.settings()
    with pytest.raises(ValidationError, match="slot_in_peak"):
        renovations.save_settings(renovations.RenovationSettings(
            **{**rules.__dict__, "clearance_slots": "08:00-09:30"}))
    saved = renovations.save_settings(renovations.RenovationSettings(
        **{**rules.__dict__, "clearance_slots": "10:00-11:00，15:00-16:00", "deposit": 300000}))
    assert renovations.settings() == saved and saved.clearance_slots == "10:00-11:00,15:00-16:00"
    assert _register(home).deposit_due == 300000


def test_clearance_is_booked_at_slots_with_room_and_listed_for_the_day(home):
    r = _approved(home)
    neighbours = [_approved(_unit(f"5-1-{floor}02", 9000)) for floor in (5, 6, 7, 8)]
    day = date(2026, 11, 27)
    for one in neighbours:
        renovations.book(one.id, day=day, slot="09:30-10:30")
    with pytest.raises(ValidationError, match="slot_full"):
        renovations.book(r.id, day=day, slot="09:30-10:30")
    with pytest.raises(ValidationError, match="no_such_slot"):
        renovations.book(r.id, day=day, slot="08:00-09:00")
    with pytest.raises(ValidationError, match="day_past"):
        renovations.book(r.id, day="2026-11-24", slot="14:00-15:00")
    with pytest.raises(ValidationError, match="day_outside"):
        renovations.book(r.id, day="2027-03-01", slot="14:00-15:00")
    mine = renovations.book(r.id, day=day, slot="14:00-15:00", bags=6, note="放门口")
    assert dict(renovations.free_slots(day))["14:00-15:00"] == 3
    listed = renovations.clearance_day(day)
    assert [b.room for b in listed] == ["5-1-502", "5-1-602", "5-1-702", "5-1-802", "5-1-402"]
    renovations.finish(mine.id, status="done", bags=8)
    with pytest.raises(ValidationError, match="booking_closed"):
        renovations.finish(mine.id, status="missed")
    assert renovations.bookings(r.id)[0].bags == 8
    renovations.finish(listed[0].id, status="cancelled")
    assert len(renovations.clearance_day(day)) == 4
    unapproved = _register(_unit("9-101", 9000))
    with pytest.raises(ValidationError, match="not_approved"):
        renovations.book(unapproved.id, day=day, slot="14:00-15:00")


def test_violations_block_the_final_acceptance_until_put_right(home):
    r = _approved(home)
    complaint = complaints.receive(kind="complaint", channel="phone", category="renovation",
                                   description="楼上装修垃圾堆满楼道", unit_id=home - 1,
                                   other_unit_id=home)
    spot = renovations.inspect(r.id, kind="spot", passed=False, findings="楼道堆放垃圾",
                               files=[PHOTO])
    assert spot.result == "fail" and spot.files == 1
    assert renovations.nearby_complaints(r.id)[0].number == complaint.number
    found = renovations.add_violation(r.id, kind="rubbish", text="楼道堆放装修垃圾",
                                      deadline="2026-11-26", inspection_id=spot.id,
                                      complaint_id=complaint.id)
    assert found.complaint == complaint.number and found.status == "open"
    with pytest.raises(ValidationError, match="findings_required"):
        renovations.inspect(r.id, kind="scheduled", passed=False)
    with pytest.raises(ValidationError, match="violations_open"):
        renovations.inspect(r.id, kind="final", passed=True)
    assert renovations.renovation(r.id).status == "approved"
    day_after = date(2026, 11, 26)
    assert [d.room for d in renovations.due_violations(day_after)] == ["5-1-402"]
    renovations.fix_violation(found.id, note="已清走并袋装")
    assert renovations.due_violations(day_after) == []
    final = renovations.inspect(r.id, kind="final", passed=True, findings="验收合格")
    closed = renovations.renovation(r.id)
    assert final.kind == "final" and closed.status == "closed" and closed.closed_on == "2026-11-25"
    assert all(i.done_on for i in renovations.inspections(r.id))  # nothing planned is left
    assert closed.stage(clock.today()) == "settled"  # no deposit was ever held


def test_money_from_deposit_to_refund_with_a_damage_deduction(home, staff):
    manager, clerk = staff
    session.act_as(clerk)
    r = _approved(home)
    fees.run_billing("2026-11")
    billed = reports.collection(202611)
    paid = deposits.take(renovation_id=r.id, deposit=200000, clearance=26850, method="cash",
                         tendered=230000)
    assert paid.receipt_no == "2026-000001" and paid.change == 3150 and paid.to_credit == 0
    receipt = payments.receipt(paid.payment_id)
    assert [(x.item, x.amount) for x in receipt.extras] == [("装修押金", 200000),
                                                           ("装修垃圾清运费", 26850)]
    assert receipt.lines == () and receipt.to_credit == 0
    now = renovations.renovation(r.id)
    assert (now.held, now.deposit_paid, now.clearance_paid) == (200000, 200000, 26850)
    assert now.stage(clock.today()) == "working"
    # never income: no bill moves, no 收缴率 changes, no credit; the takings name it held
    assert reports.collection(202611) == billed
    assert payments.credit_balance(home) == 0 and payments.owed(home) == 21033
    takings = reports.daily_takings(clock.today())
    assert takings.by_item == {"装修垃圾清运费": 26850, "装修押金": 200000}
    assert takings.deposits == 200000 and takings.total == 226850
    assert deposits.held_total() == (1, 200000)
    assert payments.money_problems() == []
    with pytest.raises(ValidationError, match="over_due"):
        deposits.take(renovation_id=r.id, deposit=100)
    with pytest.raises(ValidationError, match="not_accepted"):
        deposits.refund(renovation_id=r.id)
    renovations.inspect(r.id, kind="final", passed=True, findings="电梯轿厢壁有划痕")
    assert renovations.renovation(r.id).stage(clock.today()) == "refund"
    with pytest.raises(PmdeskError, match="forbidden"):
        deposits.refund(renovation_id=r.id, deduction=30000, reason="电梯划痕", files=[PHOTO])
    approval = auth.verify("王经理", "manager-pw")
    with pytest.raises(ValidationError, match="photos_required"):
        deposits.refund(renovation_id=r.id, deduction=30000, reason="电梯划痕",
                        approved_by=approval)
    with pytest.raises(ValidationError, match="reason_required"):
        deposits.refund(renovation_id=r.id, deduction=30000, files=[PHOTO], approved_by=approval)
    with pytest.raises(ValidationError, match="too_large"):
        deposits.refund(renovation_id=r.id, deduction=200001, reason="电梯划痕", files=[PHOTO],
                        approved_by=approval)
    back = deposits.refund(renovation_id=r.id, deduction=30000, reason="电梯轿厢壁划痕修复",
                           files=[PHOTO], approved_by=approval)
    assert (back.number, back.held, back.deducted, back.refunded) == (
        "TK2026-001", 200000, 30000, 170000)
    assert back.approved_by == "王经理" and back.created_by == "李小梅"
    settled = renovations.renovation(r.id)
    assert (settled.held, settled.deducted, settled.refunded) == (0, 30000, 170000)
    assert settled.stage(clock.today()) == "settled"
    assert [e.kind for e in deposits.entries(r.id)] == ["taken", "deduction", "refund"]
    assert deposits.entries(r.id)[1].files == 1
    assert deposits.held_total() == (0, 0)
    with pytest.raises(ValidationError, match="nothing_held"):
        deposits.refund(renovation_id=r.id)
    takings = reports.daily_takings(clock.today())
    assert [(x.number, x.amount) for x in takings.refunds] == [("TK2026-001", 170000)]
    assert takings.total == 226850 - 170000
    with pytest.raises(ValidationError, match="void_after_refund"):
        payments.void(receipt_no=paid.receipt_no, reason="收错", approved_by=approval)
    assert payments.money_problems() == []


def test_a_voided_deposit_receipt_takes_the_deposit_back(home):
    r = _approved(home)
    paid = deposits.take(renovation_id=r.id, deposit=200000)
    payments.void(receipt_no=paid.receipt_no, reason="金额有误")
    again = renovations.renovation(r.id)
    assert (again.held, again.deposit_paid) == (0, 0)
    assert again.stage(clock.today()) == "unpaid"
    assert [e.kind for e in deposits.entries(r.id)] == ["taken", "void"]
    assert reports.daily_takings(clock.today()).by_item == {}
    assert payments.money_problems() == []
    deposits.take(renovation_id=r.id, deposit=200000, method="wechat")
    assert renovations.renovation(r.id).held == 200000


def test_the_invariants_catch_a_deposit_written_around_the_desk(home):
    r = _approved(home)
    deposits.take(renovation_id=r.id, deposit=200000)
    db.execute_sql("INSERT INTO deposit_entry (renovation_id, kind, amount, reason, on_date, "
                   "created_at, created_by) VALUES (?, 'deduction', -250000, '手工', "
                   "'2026-11-25', 'x', 'x')", (r.id,))
    assert any("below zero" in line for line in payments.money_problems())


def test_deposits_and_clearance_never_count_as_fees_paid(home):
    """An instalment plan or a collection case sees only what paid fees."""
    from pmdesk.core.money import instalments

    fees.run_billing("2026-09")
    fees.run_billing("2026-10")
    instalments.agree_instalments(unit_id=home, total=42066, count=2, first_due="2026-11-30")
    r = _approved(home)
    deposits.take(renovation_id=r.id, deposit=200000, clearance=26850)
    assert [part.paid for part in instalments.plans(home)[0].instalments] == [0, 0]


def test_the_days_work_shows_inspections_violations_and_clearances(home):
    r = _approved(home, start_on="2026-11-01", end_on="2026-11-24")
    assert r.stage(clock.today()) == "unpaid"
    deposits.take(renovation_id=r.id, deposit=200000)
    assert renovations.renovation(r.id).stage(clock.today()) == "inspect"  # its end passed
    lines = today.today().of("renovation")
    assert [(line.room, line.status) for line in lines] == [
        ("5-1-402", "scheduled"), ("5-1-402", "final")]
    other = _approved(_unit("8-101", 9000), start_on="2026-11-20")
    renovations.book(other.id, day=clock.today(), slot="14:00-15:00")
    assert today.today().counts()["renovations_due"] == 2
    assert today.today().counts()["clearances_today"] == 1
