"""Community events: capacity and the waiting list, duplicates and late sign-ups refused,
check-in and walk-ins, repeats, and who the office reaches."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.safety.db import db
from pmdesk.core.service import events
from tests.core.test_fees import _unit

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)

SATURDAY = clock.now().replace(second=0, microsecond=0) + timedelta(days=8)


@pytest.fixture
def homes(db_path):
    return [_unit(f"{b}-1-{r}01", 9000, owner=f"业主{b}{r}") for b in (1, 2) for r in (1, 2, 3)]


def _game(**kw) -> events.Event:
    args = dict(title="业主篮球友谊赛", type="sports", starts_at=SATURDAY,
                ends_at=SATURDAY + timedelta(hours=2), place="小区篮球场", capacity=5,
                partners=["居委会", "翠湖体育用品店"], organiser="物业服务中心")
    args.update(kw)
    return events.create_event(**args)


def test_capacity_waiting_list_and_moving_up(homes):
    game = _game()
    with pytest.raises(ValidationError) as err:
        events.sign_up(event_id=game.id, unit_id=homes[0])
    assert err.value.code == "event.not_open"  # still being planned
    events.set_status(game.id, "published")
    first = events.sign_up(event_id=game.id, unit_id=homes[0], people=3)
    second = events.sign_up(event_id=game.id, unit_id=homes[1], people=2)
    waiting = events.sign_up(event_id=game.id, unit_id=homes[2], people=2)
    later = events.sign_up(event_id=game.id, unit_id=homes[3], people=1)
    assert [s.status for s in (first, second, waiting, later)] == [
        "confirmed", "confirmed", "waiting", "waiting"]
    assert (events.event(game.id).confirmed, events.event(game.id).waiting) == (5, 3)
    with pytest.raises(ValidationError) as err:
        events.sign_up(event_id=game.id, unit_id=homes[0])
    assert err.value.code == "event.already_signed_up"
    moved = events.cancel_signup(second.id)
    assert [s.id for s in moved] == [waiting.id]  # first come, first served
    assert events.event(game.id).confirmed == 5 and events.event(game.id).waiting == 1
    again = events.sign_up(event_id=game.id, unit_id=homes[1], people=1)  # may sign up again
    assert again.status == "waiting"
    assert "居委会" in events.partners() and "翠湖体育用品店" in events.partners()


def test_late_sign_ups_are_refused(homes):
    talk = _game(title="防诈骗讲座", type="lecture", capacity=None,
                 signup_deadline=SATURDAY - timedelta(days=2))
    events.set_status(talk.id, "published")
    events.sign_up(event_id=talk.id, unit_id=homes[0], now=SATURDAY - timedelta(days=3))
    with pytest.raises(ValidationError) as err:
        events.sign_up(event_id=talk.id, unit_id=homes[1], now=SATURDAY - timedelta(days=1))
    assert err.value.code == "event.signup_closed"
    for bad in ({"ends_at": SATURDAY - timedelta(hours=1)}, {"title": " "},
                {"signup_deadline": SATURDAY + timedelta(days=1)}, {"capacity": 0},
                {"type": "party"}, {"audience": "buildings"}):
        with pytest.raises(ValidationError):
            _game(**bad)


def test_check_in_walk_ins_feedback_and_cost(homes):
    game = _game(capacity=None, budget=50000)
    events.set_status(game.id, "published")
    signed = events.sign_up(event_id=game.id, unit_id=homes[0], people=2)
    events.check_in(signed.id)
    events.walk_in(event_id=game.id, unit_id=homes[4], people=3)
    assert events.event(game.id).attended == 5
    events.set_status(game.id, "finished")
    events.add_feedback(event_id=game.id, satisfaction=5, comment="希望每月一次")
    events.add_feedback(event_id=game.id, satisfaction=4)
    assert events.feedback(game.id) == (4.5, ["希望每月一次"])
    events.set_cost(game.id, 43000)
    assert events.event(game.id).cost == 43000
    with pytest.raises(ValidationError):
        events.set_status(game.id, "published")


def test_cancelled_events_need_a_reason_and_repeats_make_a_series(homes):
    game = _game()
    with pytest.raises(ValidationError):
        events.set_status(game.id, "cancelled")
    copies = events.repeat(game.id, every="week", count=3)
    assert [c.starts_at[:10] for c in copies] == [
        (SATURDAY + timedelta(weeks=n)).date().isoformat() for n in (1, 2, 3)]
    assert {c.series_id for c in copies} == {game.id} == {events.event(game.id).series_id}
    monthly = events.repeat(game.id, every="month", count=1)
    assert monthly[0].starts_at[5:7] != game.starts_at[5:7]
    events.set_status(copies[0].id, "cancelled", reason="暴雨")
    assert events.event(copies[0].id).cancel_reason == "暴雨"
    with pytest.raises(PmdeskError):
        events.cancel_signup(999)


def test_participation_and_households_never_reached(homes):
    game = _game(capacity=None)
    events.set_status(game.id, "published")
    for unit in homes[:3]:
        events.check_in(events.sign_up(event_id=game.id, unit_id=unit).id)
    numbers = events.participation(clock.today(), clock.today() + timedelta(days=30))
    assert numbers.by_event == [("业主篮球友谊赛", SATURDAY.date().isoformat(), 3, 3)]
    assert numbers.by_type == {"sports": 3}
    assert numbers.by_building == [("1", 3, 3), ("2", 3, 0)]
    assert set(numbers.never_reached) == set(homes[3:])
    assert db.execute_sql("SELECT count(*) FROM audit_log WHERE action LIKE 'event.%'"
                          ).fetchone()[0] >= 5
