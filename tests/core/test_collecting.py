"""The arrears playbook: cases, the action log, demand letters and their delivery, the
limitation clocks, instalment agreements, and what recovered the money."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.money import cases, demands, fees, instalments, payments
from pmdesk.core.register.residents import set_tags
from pmdesk.core.safety.db import db
from tests.core.test_fees import _unit

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)


@pytest.fixture
def owing(db_path):
    """Four households, each owing January to June 2026 (220.33 a month for 3-2-501)."""
    units = {name: _unit(code, 8950, owner=name) for name, code in (
        ("病", "1-1-101"), ("下岗", "1-1-102"), ("矛盾", "1-1-103"), ("拒缴", "1-1-104"))}
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    fees.add_fee_item(name="垃圾清运费", basis="fixed", rate="10")
    for month in range(1, 7):
        fees.run_billing(f"2026-{month:02d}")
    return units


def test_cases_follow_the_reason_and_keep_their_history(owing):
    case = cases.save_case(unit_id=owing["病"], reason="illness", notes="丈夫住院")
    assert case.status == "following" and case.hardship
    assert cases.APPROACH["illness"][:2] == ("visit", "reduction_request")
    cases.save_case(unit_id=owing["病"], reason="illness", status="paused",
                         notes="丈夫住院")
    changes = db.execute_sql("SELECT detail FROM audit_log WHERE action = 'collection.update'"
                             ).fetchall()
    assert len(changes) == 1 and "paused" in changes[0][0]
    with pytest.raises(ValidationError):
        cases.save_case(unit_id=owing["病"], reason="lazy")


def test_the_action_log_moves_the_case_on(owing):
    unit = owing["矛盾"]
    cases.log_action(unit_id=unit, kind="visit", said="业主对楼道漏水未修不满",
                          outcome="答应修好后缴费", next_step="回访", next_date="2026-07-10")
    case = cases.case(unit)
    assert (case.reason, case.next_action, case.next_date) == ("unknown", "回访", "2026-07-10")
    assert [a.kind for a in cases.actions(unit)] == ["visit"]
    assert cases.due_cases(date(2026, 7, 10))[0].unit_id == unit
    assert cases.due_cases(date(2026, 7, 9)) == []
    with pytest.raises(ValidationError):
        cases.log_action(unit_id=unit, kind="threaten")
    with pytest.raises(Exception, match="append-only"):
        db.execute_sql("DELETE FROM collection_action")


def test_letter_batches_leave_hardship_households_out_by_default(owing):
    cases.save_case(unit_id=owing["病"], reason="illness")
    set_tags(unit_id=owing["下岗"], tags=["困难户"])
    as_of = date(2026, 7, 15)
    chosen = {row.unit_id for row in demands.letter_candidates(as_of=as_of)}
    assert chosen == {owing["矛盾"], owing["拒缴"]}
    everyone = {row.unit_id for row in demands.letter_candidates(as_of=as_of,
                                                                    include_hardship=True)}
    assert everyone == set(owing.values())
    assert demands.letter_candidates(as_of=as_of, min_months=7) == []
    payments.pay(unit_id=owing["拒缴"], amount=5 * 23033)  # five of the six months
    assert {row.unit_id for row in demands.letter_candidates(as_of=as_of, min_months=2)} \
        == {owing["矛盾"]}


def test_demands_itemise_every_unpaid_month_and_item(owing):
    [demand] = demands.demands([owing["拒缴"]], as_of=date(2026, 7, 15))
    assert demand.months == 6 and len(demand.lines) == 12
    assert demand.total == 6 * (21033 + 1000)
    assert demand.deadline == date(2026, 7, 30)
    ids = demands.record_letters([demand], kind="first", document_id=None)
    assert [a.kind for a in cases.actions(owing["拒缴"])] == ["letter"]
    assert demands.letters(undelivered=True)[0].id == ids[0]


def test_delivery_needs_its_proof(owing):
    [demand] = demands.demands([owing["拒缴"]], as_of=date(2026, 7, 15))
    [letter_id] = demands.record_letters([demand], kind="first", document_id=None)
    with pytest.raises(ValidationError) as err:
        demands.record_delivery(letter_id=letter_id, method="registered")
    assert err.value.field == "tracking_no"
    with pytest.raises(ValidationError) as err:
        demands.record_delivery(letter_id=letter_id, method="posted")
    assert err.value.code == "delivery.photo_required"
    with pytest.raises(ValidationError):
        demands.record_delivery(letter_id=letter_id, method="signed",
                                   delivered_on="2026-07-01")  # before it was issued
    demands.record_delivery(letter_id=letter_id, method="posted", delivered_on="2026-07-16",
                               evidence=b"\x89PNG photo", evidence_name="门上张贴.png")
    assert demands.letters()[0].delivered_on == "2026-07-16"
    with pytest.raises(PmdeskError):
        demands.record_delivery(letter_id=999, method="signed")


def test_limitation_clocks_restart_on_a_delivered_demand_or_a_payment(db_path, on_day):
    unit = _unit("2-1-101", 10000)
    other = _unit("2-1-102", 10000)
    fees.add_fee_item(name="物业服务费", basis="area", rate="2")
    fees.run_billing("2023-01")  # due 2023-01-31: barred on 2026-01-31 without interruption
    as_of = date(2025, 12, 1)
    watched = {(w.unit_id, w.period) for w in demands.limitation_watch(as_of=as_of)}
    assert watched == {(unit, 202301), (other, 202301)}
    [demand] = demands.demands([unit], as_of=date(2025, 11, 1))
    [letter_id] = demands.record_letters([demand], kind="first", document_id=None)
    assert {w.unit_id for w in demands.limitation_watch(as_of=as_of)} == {unit, other}
    demands.record_delivery(letter_id=letter_id, method="signed", delivered_on="2025-11-02")
    with on_day(date(2025, 11, 20)):
        payments.pay(unit_id=other, amount=100)  # a partial payment
    assert demands.limitation_watch(as_of=as_of) == []
    later = demands.limitation_watch(as_of=date(2028, 9, 1))
    assert {(w.unit_id, w.last_event) for w in later} == {(unit, "2025-11-02"),
                                                          (other, "2025-11-20")}


def test_instalments_split_exactly_and_show_what_was_missed(owing):
    assert instalments.split(10000, 3) == [3334, 3333, 3333]
    unit = owing["下岗"]
    total = payments.owed(unit)
    with pytest.raises(ValidationError):
        instalments.agree_instalments(unit_id=unit, total=total + 1, count=3,
                                     first_due=clock.today())
    plan_id = instalments.agree_instalments(unit_id=unit, total=total, count=3,
                                           first_due=clock.today() - timedelta(days=45),
                                           agreed_on=clock.today() - timedelta(days=50))
    assert cases.case(unit).status == "instalments"
    [plan] = instalments.plans(unit)
    assert plan.id == plan_id and sum(i.amount for i in plan.instalments) == total
    assert [i.seq for i in plan.missed()] == [1, 2]
    payments.pay(unit_id=unit, amount=plan.instalments[0].amount)
    [plan] = instalments.plans(unit)
    assert [i.seq for i in plan.missed()] == [2] and not plan.completed


def test_recovered_money_by_reason_and_the_last_action(owing, on_day):
    cases.save_case(unit_id=owing["矛盾"], reason="grievance")
    cases.save_case(unit_id=owing["拒缴"], reason="refusal")
    cases.log_action(unit_id=owing["矛盾"], kind="visit", on_date="2026-07-01")
    with on_day(date(2026, 7, 5)):
        payments.pay(unit_id=owing["矛盾"], amount=50000)
    with on_day(date(2026, 7, 6)):
        payments.pay(unit_id=owing["拒缴"], amount=20000)
    assert cases.recovered_by_reason(date(2026, 7, 1), date(2026, 7, 31)) == {
        "grievance": {"visit": 50000}, "refusal": {"": 20000}}


def test_the_three_year_count_survives_29_february(db_path):
    """A watch whose 90-day horizon falls on 29 February once raised ValueError (the year
    before has no such day); the three years of a letter's marks and of the watch are one."""
    assert demands.years_later(date(2028, 2, 29), -3) == date(2025, 3, 1)
    assert demands.years_later(date(2026, 11, 30), 3) == date(2029, 11, 30)
    assert demands.limitation_watch(as_of=date(2027, 12, 1)) == []  # horizon: 2028-02-29
