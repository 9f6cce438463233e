"""满意度调查 in the core: whom a survey asks, forms entered by room (again replaces), forms not
returned, the results (rates to four places, by building, against the previous survey, low
items beside their complaints, 回访 beside), improvement plans on 今日."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from pmdesk.core import clock, today
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.safety.db import db
from pmdesk.core.service import complaints, surveys
from tests.core.test_fees import _unit

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)

ITEMS = ("service", "cleaning", "repair")


@pytest.fixture
def estate(db_path):
    """Building 1 with four households, building 2 with two, and one unit nobody owns."""
    homes = {room: _unit(room, 9000, owner=f"业主{room}") for room in (
        "1-1-101", "1-1-102", "1-1-201", "1-1-202", "2-1-101", "2-1-102")}
    db.execute_sql("INSERT INTO unit (building_id, stairwell, room, code, area, kind, state) "
                   "SELECT building_id, '1', '301', '2-1-301', 9000, 'residential', "
                   "'undelivered' FROM unit WHERE code = '2-1-101'")
    return homes


def _survey(**changes) -> surveys.Survey:
    values = {"title": "2026年度业主满意度调查", "first_day": "2026-11-16",
              "last_day": "2026-11-30", "items": ITEMS} | changes
    return surveys.create(**values)


def test_a_survey_asks_every_household_somebody_lives_in(estate):
    asked = _survey()
    assert (asked.asked, asked.answered, asked.outstanding) == (6, 0, 6)
    assert [a.room for a in surveys.households(asked.id)] == [
        "1-1-101", "1-1-102", "1-1-201", "1-1-202", "2-1-101", "2-1-102"]  # not 2-1-301
    assert surveys.households(asked.id)[0].owner == "业主1-1-101"


def test_a_sample_takes_a_share_of_each_building(estate):
    half = _survey(sample=50)
    rooms = [a.room for a in surveys.households(half.id)]
    assert sum(room.startswith("1-") for room in rooms) == 2
    assert sum(room.startswith("2-") for room in rooms) == 1
    assert rooms == [a.room for a in surveys.households(_survey(sample=50).id)]  # reproducible
    only_two = _survey(audience="buildings", buildings=["2"])
    assert [a.room for a in surveys.households(only_two.id)] == ["2-1-101", "2-1-102"]


def test_those_whose_complaint_was_closed_this_quarter(estate):
    item = complaints.receive(kind="repair", channel="phone", category="facility",
                              urgency="normal", description="水管漏水",
                              unit_id=estate["1-1-202"], received_at=datetime(2026, 10, 8, 9))
    clock.pin(datetime(2026, 10, 9, 9))
    for action, extra in (("handle", {"responsibility": "office", "paid_work": False}),
                          ("reply", {"how": "phone"}), ("visit", {"satisfaction": 4}),
                          ("close", {})):
        complaints.step(item.id, action, text="好", **extra)
    clock.pin(datetime(2026, 11, 25, 10))
    asked = _survey(audience="complaints")
    assert [a.room for a in surveys.households(asked.id)] == ["1-1-202"]
    with pytest.raises(ValidationError) as nobody:
        _survey(audience="complaints", first_day="2027-01-04", last_day="2027-01-20")
    assert nobody.value.code == "survey.nobody"


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"title": " "}, "title", "value.required"),
    ({"last_day": "2026-11-01"}, "last_day", "survey.ends_before_start"),
    ({"first_day": "2026-13-01"}, "first_day", "date.no_such_month"),
    ({"items": ()}, "items", "value.required"),
    ({"items": ("cleaning", "gardening")}, "items", "value.unknown"),
    ({"scale": 4}, "scale", "value.unknown"),
    ({"audience": "buildings"}, "buildings", "value.required"),
    ({"sample": 0}, "sample", "value.out_of_range"),
])
def test_a_bad_survey_is_refused_naming_its_field(estate, changes, field, code):
    with pytest.raises(ValidationError) as refused:
        _survey(**changes)
    assert (refused.value.field, refused.value.code) == (field, code)
    assert surveys.surveys() == []


def test_forms_entered_by_room_again_replaces_and_not_returned(estate):
    asked = _survey()
    home = surveys.asked(asked.id, "1栋1单元101")
    surveys.record_answers(asked.id, home.unit_id, {"service": 3, "cleaning": 1, "repair": None},
                           "楼道灯坏了很久")
    again = surveys.asked(asked.id, "1-1-101")
    assert (again.status, again.scores, again.comment) == (
        "answered", {"service": 3, "cleaning": 1}, "楼道灯坏了很久")
    surveys.record_answers(asked.id, home.unit_id, {"service": 2, "cleaning": 2, "repair": 2})
    assert surveys.asked(asked.id, "1-1-101").scores == {"service": 2, "cleaning": 2,
                                                         "repair": 2}
    assert surveys.asked(asked.id, "1-1-101").comment == ""
    assert surveys.mark_not_returned(asked.id, estate["2-1-102"]) == 1
    assert surveys.mark_not_returned(asked.id) == 4  # the rest: 回收结束
    counted = surveys.survey(asked.id)
    assert (counted.answered, counted.no_response, counted.outstanding) == (1, 5, 0)


@pytest.mark.parametrize(("room", "scores", "field", "code"), [
    ("2-1-301", {"service": 3}, "room", "survey.not_asked"),
    ("9-9-999", {"service": 3}, "room", "room.unknown"),
    ("1-1-101", {"service": 4}, "score", "value.out_of_range"),
    ("1-1-101", {"parking": 3}, "items", "value.unknown"),
    ("1-1-101", {"service": None}, "score", "survey.empty_form"),
])
def test_a_bad_form_is_refused_and_nothing_is_written(estate, room, scores, field, code):
    asked = _survey()
    with pytest.raises(ValidationError) as refused:
        surveys.record_answers(asked.id, surveys.asked(asked.id, room).unit_id, scores)
    assert (refused.value.field, refused.value.code) == (field, code)
    assert surveys.survey(asked.id).answered == 0
    assert db.execute_sql("SELECT count(*) FROM survey_answer").fetchone()[0] == 0


def _fill(survey_id: int, forms: dict[str, dict[str, int]]) -> None:
    for room, scores in forms.items():
        surveys.record_answers(survey_id, surveys.asked(survey_id, room).unit_id, scores,
                               f"{room}的意见" if room == "2-1-101" else "")


def test_results_per_item_overall_by_building_and_against_last_year(estate):
    clock.pin(datetime(2025, 11, 20, 10))
    last_year = _survey(title="2025年度业主满意度调查", first_day="2025-11-17",
                        last_day="2025-11-30")
    _fill(last_year.id, {"1-1-101": {"service": 3, "cleaning": 3, "repair": 1},
                         "1-1-102": {"service": 1, "cleaning": 2, "repair": 1}})
    clock.pin(datetime(2026, 11, 25, 10))
    leak = complaints.receive(kind="repair", channel="phone", category="facility",
                              urgency="normal", description="电梯按钮失灵",
                              unit_id=estate["1-1-101"], received_at=datetime(2026, 3, 2, 9))
    complaints.receive(kind="complaint", channel="visit", category="noise", urgency="normal",
                       description="楼上装修太吵", unit_id=estate["1-1-102"],
                       received_at=datetime(2026, 4, 2, 9))
    this_year = _survey()
    _fill(this_year.id, {"1-1-101": {"service": 3, "cleaning": 2, "repair": 1},
                         "1-1-102": {"service": 3, "cleaning": 1, "repair": 1},
                         "1-1-201": {"service": 2, "cleaning": 3},
                         "2-1-101": {"service": 1, "cleaning": 3, "repair": 2}})
    surveys.mark_not_returned(this_year.id, estate["2-1-102"])
    found = surveys.results(this_year.id)
    assert (found.asked, found.responses, found.response_rate) == (6, 4, Decimal("0.6667"))
    by_item = {r.item: r for r in found.items}
    assert (by_item["service"].answers, by_item["service"].rate) == (4, Decimal("0.7500"))
    assert by_item["service"].counts == (2, 1, 1)  # 满意, 基本满意, 不满意
    assert (by_item["cleaning"].rate, by_item["cleaning"].previous) == (Decimal("0.7500"),
                                                                         Decimal("1.0000"))
    assert (by_item["repair"].answers, by_item["repair"].rate) == (3, Decimal("0.3333"))
    assert found.overall == Decimal("0.6364")  # 7 of 11 answers
    assert found.previous == surveys.survey(last_year.id)
    assert found.previous_overall == Decimal("0.5000")  # 3 of 6
    assert [(b.building, b.asked, b.responses, b.rate) for b in found.buildings] == [
        ("1", 4, 3, Decimal("0.6250")), ("2", 2, 1, Decimal("0.6667"))]
    assert (found.covered_from, found.covered_to) == ("2025-12-01", "2026-11-30")
    assert [low.item for low in found.low] == ["service", "cleaning", "repair"]  # below 80 %
    repair = found.low[2]
    assert repair.complaints == [(leak.number, "2026-03-02", "电梯按钮失灵")]
    assert found.low[0].complaints == []  # nothing about 客服 this year
    assert found.comments == [("2-1-101的意见", 1)]  # no room, no name beside it
    surveys.save_survey_settings(surveys.SurveySettings(standard_percent=70))
    assert [low.item for low in surveys.results(this_year.id).low] == ["repair"]


def test_a_five_point_survey_counts_four_and_five(estate):
    asked = _survey(scale=5, items=("cleaning",))
    _fill(asked.id, {"1-1-101": {"cleaning": 5}, "1-1-102": {"cleaning": 4},
                     "1-1-201": {"cleaning": 3}})
    with pytest.raises(ValidationError):
        _fill(asked.id, {"1-1-202": {"cleaning": 6}})
    [cleaning] = surveys.results(asked.id).items
    assert (cleaning.rate, cleaning.counts) == (Decimal("0.6667"), (1, 1, 1, 0, 0))


def test_followup_satisfaction_beside_the_survey(estate):
    for day, category, score in ((3, "facility", 5), (4, "facility", 2), (5, "sanitation", 4)):
        clock.pin(datetime(2026, 6, day, 12))
        item = complaints.receive(kind="repair", channel="phone", category=category,
                                  urgency="normal", description="报修",
                                  unit_id=estate["1-1-101"], received_at=datetime(2026, 6, day, 9))
        complaints.step(item.id, "handle", text="修好", responsibility="office", paid_work=False)
        complaints.step(item.id, "reply", text="已修好", how="phone")
        complaints.step(item.id, "visit", text="回访", satisfaction=score)
    clock.pin(datetime(2026, 11, 25, 10))
    found = surveys.results(_survey().id)
    assert (found.followups, found.followup_rate) == (3, Decimal("0.6667"))
    by_item = {r.item: r for r in found.items}
    assert (by_item["repair"].followups, by_item["repair"].followup_rate) == (3, Decimal("0.6667"))
    assert (by_item["cleaning"].followups, by_item["cleaning"].followup_rate) == (
        1, Decimal("1.0000"))
    assert (by_item["service"].followups, by_item["service"].followup_rate) == (0, None)


def test_an_improvement_plan_comes_up_on_today_when_due(estate):
    asked = _survey()
    plan = surveys.add_plan(survey_id=asked.id, item="repair", measure="报修两小时内上门",
                            owner="工程部 刘工", due="2026-11-27")
    later = surveys.add_plan(survey_id=asked.id, item="cleaning", measure="楼道每天拖两遍",
                             due=date(2026, 12, 20))
    [line] = today.today().of("plan")
    assert (line.label, line.text, line.status, line.when, line.ref) == (
        "repair", "报修两小时内上门", "工程部 刘工", "2026-11-27", asked.id)
    assert today.today().counts()["improvements_due"] == 1
    assert not line.late(clock.today())
    clock.pin(datetime(2026, 12, 21, 10))
    assert [line.late(clock.today()) for line in today.today().of("plan")] == [True, True]
    surveys.finish_plan(plan.id)
    assert [line.label for line in today.today().of("plan")] == ["cleaning"]
    assert surveys.plan(plan.id).done_on == "2026-12-21"
    with pytest.raises(ValidationError) as future:
        surveys.finish_plan(later.id, "2026-12-25")
    assert future.value.code == "date.in_future"
    with pytest.raises(ValidationError) as unasked:
        surveys.add_plan(survey_id=asked.id, item="parking", measure="划线", due="2027-01-01")
    assert unasked.value.field == "items"
    with pytest.raises(NotFound):
        surveys.finish_plan(999)


def test_the_glance_shows_the_latest_survey(estate):
    assert today.glance().survey is None
    asked = _survey()
    assert today.glance().survey is None  # nothing entered yet
    _fill(asked.id, {"1-1-101": {"service": 3, "cleaning": 2, "repair": 1}})
    seen = today.glance()
    assert (seen.survey.id, seen.survey_rate) == (asked.id, Decimal("0.6667"))


def test_a_survey_of_a_year(estate):
    asked = _survey()
    assert surveys.of_year(2026) == asked
    with pytest.raises(NotFound) as none:
        surveys.of_year(2024)
    assert none.value.code == "survey.none_in_year"
