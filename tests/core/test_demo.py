"""Demo data: reproducible, realistic, and only ever loaded into an empty database."""

import hashlib

import pytest

from pmdesk.core import clock
from pmdesk.core.checkup import check_database
from pmdesk.core.demo import generate
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.safety.db import close_db, db
from pmdesk.core.safety.opening import open_db
from pmdesk.core.settings import get_office_profile

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)


def fingerprint():
    digest = hashlib.sha256()
    for table in ("building", "unit", "person", "occupancy", "unit_tag"):
        for row in db.execute_sql(f"SELECT * FROM {table} ORDER BY 1, 2"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def test_same_seed_same_estate(tmp_path):
    prints = []
    for name, seed in (("a.db", 5), ("b.db", 5), ("c.db", 6)):
        open_db(tmp_path / name)
        generate(households=300, seed=seed)
        prints.append(fingerprint())
        close_db()
    assert prints[0] == prints[1] != prints[2]


def test_demo_estate_looks_real(db_path):
    counts = generate(households=3000, seed=2)
    assert counts["households"] == 3000
    assert get_office_profile().estate_name
    q = lambda sql: db.execute_sql(sql).fetchone()[0]  # noqa: E731
    assert q("SELECT count(DISTINCT code) FROM unit") == 3000
    assert q("SELECT min(area) FROM unit") > 3000  # over 30 m²
    assert q("SELECT count(*) FROM unit WHERE code LIKE '%-%-%'") > 2000
    assert q("SELECT count(*) FROM unit WHERE code NOT LIKE '%-%-%'") > 0  # no stairwell
    assert q("SELECT count(*) FROM unit WHERE kind = 'shop'") > 0
    assert q("SELECT count(*) FROM person WHERE name LIKE '%·%'") > 0
    assert q("SELECT count(*) FROM person WHERE name LIKE '%&%'") > 0
    assert q("SELECT count(DISTINCT role) FROM occupancy") == 5
    assert q("SELECT count(*) FROM occupancy WHERE end_date IS NOT NULL") > 0
    assert q("SELECT count(DISTINCT tag_id) FROM unit_tag") == 5
    owners = q("SELECT count(DISTINCT unit_id) FROM occupancy WHERE role = 'owner'")
    undelivered = q("SELECT count(*) FROM unit WHERE state = 'undelivered'")
    assert owners + undelivered == 3000
    assert check_database(db_path, backup_first=False).ok


def test_demo_id_numbers_have_valid_check_digits(db_path):
    generate(households=500, seed=3)
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    ids = [r[0] for r in db.execute_sql("SELECT id_number FROM person WHERE id_number IS NOT NULL")]
    assert ids
    for number in ids:
        total = sum(int(d) * w for d, w in zip(number[:17], weights, strict=True))
        assert number[17] == "10X98765432"[total % 11]


def test_demo_refuses_a_database_with_households(db_path):
    generate(households=10)
    with pytest.raises(PmdeskError) as err:
        generate(households=10)
    assert err.value.code == "demo.not_empty"
    assert db.execute_sql("SELECT count(*) FROM unit").fetchone()[0] == 10


@pytest.mark.parametrize("households", [0, -5, 200_001])
def test_demo_size_is_checked(db_path, households):
    with pytest.raises(ValidationError):
        generate(households=households)


def test_demo_fees_look_like_an_estate_that_mostly_pays(db_path):
    from pmdesk.core.money import payments, reports
    from pmdesk.core.safety.db import db

    counts = generate(households=600, seed=4, years=2)
    assert counts["bills"] > 600 * 24 and counts["payments"] > 600
    names = {name for (name,) in db.execute_sql("SELECT name FROM fee_item")}
    assert {"物业服务费", "垃圾清运费", "车位管理费"} <= names
    owing = reports.arrears().rows
    assert 0.05 * 600 <= len(owing) <= 0.2 * 600  # about one in ten
    assert any(row.months >= 12 for row in owing)  # long-term non-payers
    assert db.execute_sql("SELECT count(*) FROM credit WHERE balance > 0").fetchone()[0] > 0
    methods = {m for (m,) in db.execute_sql("SELECT DISTINCT method FROM payment")}
    assert methods == {"cash", "wechat", "alipay", "bank", "card"}
    assert payments.money_problems() == []


def test_demo_complaints_cover_every_state(db_path):
    from datetime import timedelta

    from pmdesk.core.safety.db import db
    from pmdesk.core.service import complaints

    counts = generate(households=300, seed=6, years=1, complaints=3000)
    assert counts["complaints"] == 3000
    states = {s for (s,) in db.execute_sql("SELECT DISTINCT status FROM complaint")}
    assert states == set(complaints.STATUSES)
    numbers = complaints.statistics_for(clock.today() - timedelta(days=366), clock.today())
    assert numbers.total == 3000 and set(numbers.by_kind) == set(complaints.KINDS)
    assert 0.7 < numbers.on_time_rate <= 1 and 3.5 < numbers.satisfaction < 5
    for item in complaints.queue(open_only=False, limit=200):  # each timeline fits its state
        actions = [s.action for s in complaints.timeline(item.id)]
        assert actions[0] == "receive"
        assert (item.status == "closed") == (actions[-1] == "close")


def test_demo_events_have_sign_ups_attendance_and_feedback(db_path):
    from pmdesk.core.safety.db import db
    from pmdesk.core.service import events

    counts = generate(households=400, seed=8, years=1, complaints=0)
    assert counts["events"] >= 12
    everything = events.events()
    assert {e.status for e in everything} == {"finished", "published"}
    past = [e for e in everything if e.status == "finished"]
    assert all(e.attended > 0 and e.cost for e in past)
    assert any(e.waiting for e in everything)
    assert db.execute_sql("SELECT count(*) FROM event_feedback").fetchone()[0] > 0


def test_demo_renovations_in_every_stage_with_their_deposits(db_path):
    from datetime import timedelta

    from pmdesk.core.money import deposits, payments
    from pmdesk.core.safety import session
    from pmdesk.core.service import renovations

    session.act_as(None)  # as `pmdesk demo` runs: nobody signed in, no accounts yet
    counts = generate(households=600, seed=9, years=1)
    today = clock.today()
    found = renovations.renovations()
    assert counts["renovations"] == len(found) == 10  # one for every 60 households
    stages = {}
    for r in found:
        stages.setdefault(r.stage(today), []).append(r)
    assert set(stages) == set(renovations.STAGES)
    assert payments.money_problems() == []
    held = {name: sum(r.held for r in group) for name, group in stages.items()}
    assert deposits.held_total()[1] == held["working"] + held["inspect"] + held["refund"] > 0
    assert held["settled"] == held["registered"] == held["unpaid"] == held["rejected"] == 0
    for r in stages["settled"]:  # the deposit given back, less any damage
        assert r.deposit_paid == r.deposit_due == r.refunded + r.deducted
        assert r.clearance_paid == r.clearance_due and r.closed_on and not r.open_violations
        assert all(w.returned_on for w in renovations.workers(r.id))
        assert any(b.status == "done" and b.bags for b in renovations.bookings(r.id))
    [kept] = [r for r in stages["settled"] if r.deducted]
    refund = deposits.refunds(kept.id)[0]
    assert refund.reason and refund.deducted == kept.deducted
    assert [e.approved_by for e in deposits.entries(kept.id) if e.kind == "deduction"] == \
        ["王经理"]
    assert any(f.what == "deduction" for f in renovations.files(kept.id))
    [waiting] = stages["registered"]
    assert waiting.flagged == ("bearing_wall",) and renovations.awaiting_decision() == [waiting]
    [refused] = stages["rejected"]
    assert refused.decision_note and refused.decided_by == "王经理"
    for r in stages["working"] + stages["inspect"] + stages["refund"]:
        assert r.held == r.deposit_due and all(w.pass_no for w in renovations.workers(r.id))
    assert any(r.flagged and r.decided_by == "王经理" for r in found if r.status != "rejected")
    [breach] = renovations.due_violations(today)
    assert breach.when == today.isoformat()
    assert renovations.clearance_day(today) and renovations.clearance_day(today + timedelta(1))
    due = renovations.due_inspections(today)  # the 待验收 one's 验收; today's inspections
    assert "final" in {d.kind for d in due}
    assert all(d.when == today.isoformat() for d in due if d.kind == "scheduled")
    assert db.execute_sql("SELECT count(*) FROM renovation_violation WHERE status = 'fixed'"
                          ).fetchone()[0] > 0
    assert check_database(db_path, backup_first=False).ok
