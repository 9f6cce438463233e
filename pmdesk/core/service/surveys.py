"""满意度调查: a survey of the households (all, chosen buildings, or those whose complaint was
closed this quarter; a share of each building when sampling), their returned forms entered by
room, the forms never returned, and the results the office is judged by — the share of
answers 满意 or 基本满意 (on a 1–5 scale: 4 or 5) per item, overall, by building and against the
previous survey; the items below the office's standard beside that area's complaints; an
improvement plan for each low item that comes up on 今日 when due.

A survey's period is when its forms are out; what it judges is the service since the previous
survey ended (or the twelve months before its last day): `Results.covered_from`/`covered_to`.
"""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from pmdesk.core import clock
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.register.residents import code_sort_key, unit_by_room
from pmdesk.core.register.units import unit_code
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import db, insert
from pmdesk.core.settings import load_settings, store_settings
from pmdesk.core.validate import choice, clean_text, iso_date

# The service items a survey may ask about, in the order a form lists them.
ITEMS = ("service", "cleaning", "greening", "security", "repair", "fees", "events", "parking",
         "facilities")
DEFAULT_ITEMS = ITEMS[:7]
# The complaint categories (and kinds) that speak of each item: a low item is shown with them.
ITEM_CATEGORIES = {"service": ("attitude",), "cleaning": ("sanitation",),
                   "greening": ("greening",), "security": ("security",),
                   "repair": ("facility",), "fees": ("fees",), "events": (),
                   "parking": ("parking",), "facilities": ("facility",)}
ITEM_KINDS = {"repair": ("repair",)}  # every repair speaks of 维修, whatever its category
SCALES = (3, 5)  # 满意/基本满意/不满意 stored as 3/2/1; or 1–5
WORDS = {3: "satisfied", 2: "fair", 1: "unsatisfied"}  # a three-level answer's code
AUDIENCES = ("all", "buildings", "complaints")
STATUSES = ("asked", "answered", "no_response")
MAX_COMMENT = 500
ELDERLY_TAGS = ("老人户", "独居老人")  # households whose form is printed large when asked to
FOUR_PLACES = Decimal("0.0001")


def satisfied(scale: int, score: int) -> bool:
    """满意 or 基本满意 on three levels; 4 or 5 on five."""
    return score >= (2 if scale == 3 else 4)


def answer_code(scale: int, score: int | None) -> str:
    """An answer as exports and documents name it: a three-level form's word code, else the
    number; '' when the item was left blank."""
    if score is None:
        return ""
    return WORDS[score] if scale == 3 else str(score)


def share(part: int, whole: int) -> Decimal | None:
    """part / whole to four places (half up); None when there is nothing to divide."""
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(FOUR_PLACES, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class SurveySettings:
    """满意度调查设置."""

    standard_percent: int = 80  # an item below this share of satisfied answers needs a plan


STANDARD_LIMITS = {"standard_percent": (1, 100)}


def survey_settings() -> SurveySettings:
    return load_settings(SurveySettings, "surveys")


def save_survey_settings(new: SurveySettings) -> None:
    with db.atomic():
        old = survey_settings()
        changed = store_settings("surveys", old, new, STANDARD_LIMITS)
        if changed:
            audit.record("surveys.settings", "setting", None,
                         before={n: getattr(old, n) for n in changed},
                         after={n: getattr(new, n) for n in changed})


@dataclass(frozen=True)
class Survey:
    id: int
    title: str
    first_day: str
    last_day: str
    scale: int
    items: tuple[str, ...]
    audience: str
    buildings: tuple[str, ...]
    sample: int  # percent of each building's households asked
    created_at: str
    asked: int
    answered: int
    no_response: int

    @property
    def outstanding(self) -> int:
        """Forms neither entered nor marked not returned."""
        return self.asked - self.answered - self.no_response


_SURVEY_SQL = (
    "SELECT s.id, s.title, s.first_day, s.last_day, s.scale, s.items, s.audience, s.buildings, "
    "s.sample, s.created_at, "
    "(SELECT count(*) FROM survey_household h WHERE h.survey_id = s.id), "
    "(SELECT count(*) FROM survey_household h WHERE h.survey_id = s.id "
    " AND h.status = 'answered'), "
    "(SELECT count(*) FROM survey_household h WHERE h.survey_id = s.id "
    " AND h.status = 'no_response') FROM survey s")


def _survey(row: tuple) -> Survey:
    values = list(row)
    values[5] = tuple(values[5].split(","))
    values[7] = tuple(b for b in values[7].split(",") if b)
    return Survey(*values)


def survey(survey_id: int) -> Survey:
    row = db.execute_sql(_SURVEY_SQL + " WHERE s.id = ?", (survey_id,)).fetchone()
    if row is None:
        raise NotFound("survey.not_found", number=survey_id)
    return _survey(row)


def surveys() -> list[Survey]:
    """Every survey, the newest first."""
    return [_survey(row) for row in db.execute_sql(
        _SURVEY_SQL + " ORDER BY s.last_day DESC, s.id DESC")]


def of_year(year: int) -> Survey:
    """The latest survey whose forms went out in `year`."""
    row = db.execute_sql(_SURVEY_SQL + " WHERE s.first_day >= ? AND s.first_day <= ? "
                         "ORDER BY s.last_day DESC, s.id DESC LIMIT 1",
                         (f"{year:04d}-01-01", f"{year:04d}-12-31")).fetchone()
    if row is None:
        raise NotFound("survey.none_in_year", year=year)
    return _survey(row)


def latest() -> Survey | None:
    """The survey with the latest last day that has at least one form entered."""
    found = [s for s in surveys() if s.answered]
    return found[0] if found else None


def previous(current: Survey) -> Survey | None:
    """The survey before `current`: the latest that ended before it began."""
    row = db.execute_sql(_SURVEY_SQL + " WHERE s.last_day < ? AND s.id <> ? "
                         "ORDER BY s.last_day DESC, s.id DESC LIMIT 1",
                         (current.first_day, current.id)).fetchone()
    return _survey(row) if row else None


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _audience(audience: str, buildings: tuple[str, ...], first: date, last: date) -> list[tuple]:
    """(unit id, building code) of each household the survey may ask: a unit somebody lives in
    or owns now (an empty, unsold unit has nobody to answer)."""
    sql = ("SELECT u.id, b.code FROM unit u JOIN building b ON b.id = u.building_id "
           "WHERE EXISTS (SELECT 1 FROM occupancy o WHERE o.unit_id = u.id "
           "AND o.end_date IS NULL AND o.role IN ('owner', 'co_owner', 'tenant'))")
    params: list = []
    if audience == "buildings":
        sql += f" AND b.code IN ({','.join('?' * len(buildings))})"
        params += list(buildings)
    elif audience == "complaints":
        sql += (" AND u.id IN (SELECT c.unit_id FROM complaint c JOIN complaint_step s "
                "ON s.complaint_id = c.id WHERE c.status = 'closed' AND s.action = 'close' "
                "AND s.at >= ? AND s.at < ?)")
        params += [quarter_start(first).isoformat(), (last + timedelta(days=1)).isoformat()]
    return db.execute_sql(sql, params).fetchall()


def _sample(found: list[tuple], percent: int, seed: str) -> list[int]:
    """`percent` of each building's households (at least one), drawn reproducibly."""
    if percent >= 100:
        return [unit_id for unit_id, _ in found]
    by_building: dict[str, list[int]] = defaultdict(list)
    for unit_id, building in found:
        by_building[building].append(unit_id)
    draw = random.Random(seed)
    chosen = []
    for building in sorted(by_building, key=code_sort_key):
        units = sorted(by_building[building])
        chosen += draw.sample(units, max(1, math.ceil(len(units) * percent / 100)))
    return chosen


def create(*, title: str, first_day: date | str, last_day: date | str, scale: int = 3,
           items: tuple[str, ...] | list[str] = DEFAULT_ITEMS, audience: str = "all",
           buildings: tuple[str, ...] | list[str] = (), sample: int = 100) -> Survey:
    """A new survey and the households it asks, in one transaction."""
    title = clean_text(title, field="title", required=True, max_len=60)
    first = iso_date(first_day, field="first_day")
    last = iso_date(last_day, field="last_day")
    if first is None:
        raise ValidationError("first_day", "value.required")
    if last is None:
        raise ValidationError("last_day", "value.required")
    if last < first:
        raise ValidationError("last_day", "survey.ends_before_start")
    if scale not in SCALES:
        raise ValidationError("scale", "value.unknown", value=str(scale))
    items = tuple(dict.fromkeys(choice(item, ITEMS, field="items") for item in items))
    if not items:
        raise ValidationError("items", "value.required")
    audience = choice(audience, AUDIENCES, field="audience")
    buildings = tuple(dict.fromkeys(str(b).strip() for b in buildings if str(b).strip()))
    if audience == "buildings" and not buildings:
        raise ValidationError("buildings", "value.required")
    if not isinstance(sample, int) or not 1 <= sample <= 100:
        raise ValidationError("sample", "value.out_of_range", min=1, max=100)
    with db.atomic():
        found = _audience(audience, buildings if audience == "buildings" else (),
                          date.fromisoformat(first), date.fromisoformat(last))
        chosen = _sample(found, sample, f"{title}|{first}")
        if not chosen:
            raise ValidationError("audience", "survey.nobody")
        survey_id = insert(
            "INSERT INTO survey (title, first_day, last_day, scale, items, audience, buildings, "
            "sample, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (title, first, last, scale, ",".join(items), audience,
             ",".join(buildings) if audience == "buildings" else "", sample, clock.stamp(),
             session.actor()))
        db.execute_sql("INSERT INTO survey_household (survey_id, unit_id) VALUES "
                       + ",".join("(?, ?)" for _ in chosen),
                       [value for unit_id in sorted(chosen) for value in (survey_id, unit_id)])
        audit.record("survey.create", "survey", survey_id, title=title, first_day=first,
                     last_day=last, scale=scale, items=list(items), audience=audience,
                     buildings=list(buildings), sample=sample, asked=len(chosen))
    return survey(survey_id)


@dataclass(frozen=True)
class Asked:
    """A household asked, and what became of its form."""
    unit_id: int
    room: str
    building: str
    owner: str
    status: str
    comment: str
    scores: dict[str, int] = field(default_factory=dict)


def households(survey_id: int) -> list[Asked]:
    """The households asked, in room order, with their answers."""
    survey(survey_id)
    scores: dict[int, dict[str, int]] = defaultdict(dict)
    for unit_id, item, score in db.execute_sql(
            "SELECT unit_id, item, score FROM survey_answer WHERE survey_id = ?", (survey_id,)):
        scores[unit_id][item] = score
    owners = dict(db.execute_sql(
        "SELECT o.unit_id, min(p.name) FROM occupancy o JOIN person p ON p.id = o.person_id "
        "JOIN survey_household h ON h.unit_id = o.unit_id AND h.survey_id = ? "
        "WHERE o.end_date IS NULL AND o.role = 'owner' GROUP BY o.unit_id", (survey_id,)))
    rows = db.execute_sql(
        "SELECT h.unit_id, u.code, b.code, h.status, h.comment FROM survey_household h "
        "JOIN unit u ON u.id = h.unit_id JOIN building b ON b.id = u.building_id "
        "WHERE h.survey_id = ?", (survey_id,)).fetchall()
    found = [Asked(unit_id, room, building, owners.get(unit_id, ""), status, comment,
                   scores.get(unit_id, {}))
             for unit_id, room, building, status, comment in rows]
    return sorted(found, key=lambda a: code_sort_key(a.room))


def asked(survey_id: int, room: str) -> Asked:
    """The household of a typed room among those the survey asked, with its answers."""
    survey(survey_id)
    unit_id, code = unit_by_room(room)
    row = db.execute_sql(
        "SELECT b.code, h.status, h.comment, coalesce((SELECT min(p.name) FROM occupancy o "
        "JOIN person p ON p.id = o.person_id WHERE o.unit_id = u.id AND o.end_date IS NULL "
        "AND o.role = 'owner'), '') FROM survey_household h JOIN unit u ON u.id = h.unit_id "
        "JOIN building b ON b.id = u.building_id WHERE h.survey_id = ? AND h.unit_id = ?",
        (survey_id, unit_id)).fetchone()
    if row is None:
        raise ValidationError("room", "survey.not_asked", room=code)
    building, status, comment, owner = row
    scores = dict(db.execute_sql("SELECT item, score FROM survey_answer WHERE survey_id = ? "
                                 "AND unit_id = ?", (survey_id, unit_id)))
    return Asked(unit_id, code, building, owner, status, comment, scores)


def elderly(survey_id: int) -> set[int]:
    """The households asked that are tagged elderly (老人户, 独居老人)."""
    marks = ",".join("?" * len(ELDERLY_TAGS))
    return {unit_id for (unit_id,) in db.execute_sql(
        f"SELECT h.unit_id FROM survey_household h JOIN unit_tag ut ON ut.unit_id = h.unit_id "
        f"JOIN tag t ON t.id = ut.tag_id WHERE h.survey_id = ? AND t.name IN ({marks})",
        (survey_id, *ELDERLY_TAGS))}


def _asked_status(survey_id: int, unit_id: int) -> tuple[str, str]:
    """The form's status and the household's room; refused when the survey did not ask it."""
    row = db.execute_sql("SELECT h.status, u.code FROM survey_household h JOIN unit u "
                         "ON u.id = h.unit_id WHERE h.survey_id = ? AND h.unit_id = ?",
                         (survey_id, unit_id)).fetchone()
    if row is None:
        raise ValidationError("room", "survey.not_asked", room=unit_code(unit_id))
    return row


def record_answers(survey_id: int, unit_id: int, scores: dict[str, int | None],
                   comment: str = "") -> None:
    """A returned form: a score per item answered (an item left blank is no answer) and the
    comment. Entering a household's form again replaces what was entered before (the audit
    trail keeps both)."""
    current = survey(survey_id)
    comment = clean_text(comment, field="comment", max_len=MAX_COMMENT)
    given = {}
    for item, score in scores.items():
        choice(item, current.items, field="items")
        if score is None:
            continue
        if not isinstance(score, int) or not 1 <= score <= current.scale:
            raise ValidationError("score", "value.out_of_range", min=1, max=current.scale)
        given[item] = score
    if not given and not comment:
        raise ValidationError("score", "survey.empty_form")
    with db.atomic():
        status, room = _asked_status(survey_id, unit_id)
        before = dict(db.execute_sql("SELECT item, score FROM survey_answer WHERE survey_id = ? "
                                     "AND unit_id = ?", (survey_id, unit_id)))
        db.execute_sql("DELETE FROM survey_answer WHERE survey_id = ? AND unit_id = ?",
                       (survey_id, unit_id))
        if given:
            db.execute_sql("INSERT INTO survey_answer (survey_id, unit_id, item, score) VALUES "
                           + ",".join("(?, ?, ?, ?)" for _ in given),
                           [v for item, score in given.items()
                            for v in (survey_id, unit_id, item, score)])
        db.execute_sql("UPDATE survey_household SET status = 'answered', comment = ?, "
                       "entered_at = ?, entered_by = ? WHERE survey_id = ? AND unit_id = ?",
                       (comment, clock.stamp(), session.actor(), survey_id, unit_id))
        audit.record("survey.answer", "survey", survey_id, room=room, answers=given,
                     **({"before": before} if status == "answered" else {}))


def mark_not_returned(survey_id: int, unit_id: int | None = None) -> int:
    """A household's form not returned — or, without `unit_id`, every form not yet entered
    (回收结束). Returns how many were marked."""
    survey(survey_id)
    with db.atomic():
        if unit_id is not None:
            status, room = _asked_status(survey_id, unit_id)
            db.execute_sql("DELETE FROM survey_answer WHERE survey_id = ? AND unit_id = ?",
                           (survey_id, unit_id))
            db.execute_sql("UPDATE survey_household SET status = 'no_response', comment = '', "
                           "entered_at = ?, entered_by = ? WHERE survey_id = ? AND unit_id = ?",
                           (clock.stamp(), session.actor(), survey_id, unit_id))
            audit.record("survey.not_returned", "survey", survey_id, room=room)
            return 1
        count = db.execute_sql("SELECT count(*) FROM survey_household WHERE survey_id = ? "
                               "AND status = 'asked'", (survey_id,)).fetchone()[0]
        db.execute_sql("UPDATE survey_household SET status = 'no_response', entered_at = ?, "
                       "entered_by = ? WHERE survey_id = ? AND status = 'asked'",
                       (clock.stamp(), session.actor(), survey_id))
        audit.record("survey.not_returned", "survey", survey_id, households=count)
        return count


# -- results ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ItemResult:
    item: str
    answers: int
    satisfied: int
    rate: Decimal | None
    counts: tuple[int, ...]  # answers per score, the best first (满意, 基本满意, 不满意 / 5…1)
    previous: Decimal | None  # the same item in the previous survey
    followups: int  # 回访 of this area's complaints in the period
    followup_rate: Decimal | None  # their share scored 4–5


@dataclass(frozen=True)
class BuildingResult:
    building: str
    asked: int
    responses: int
    rate: Decimal | None  # satisfied answers among all this building's answers


@dataclass(frozen=True)
class Low:
    """An item below the standard, the complaints of its area in the period, its plans."""
    item: str
    rate: Decimal
    complaints: list[tuple[str, str, str]]  # (number, received day, description)
    plans: list[Plan]


@dataclass(frozen=True)
class Results:
    survey: Survey
    asked: int
    responses: int
    response_rate: Decimal | None
    items: list[ItemResult]
    overall: Decimal | None
    previous: Survey | None
    previous_overall: Decimal | None
    buildings: list[BuildingResult]
    standard: int  # the office's standard, percent
    low: list[Low]
    covered_from: str
    covered_to: str
    followups: int  # every 回访 of the period
    followup_rate: Decimal | None
    comments: list[tuple[str, int]]  # each comment written and how many wrote it, the most
    # often first: no names, no rooms


@dataclass(frozen=True)
class _Tally:
    overall: Decimal | None
    per_item: dict[str, tuple[int, int, Counter]]  # item → (answers, satisfied, by score)
    per_building: dict[str, tuple[int, int, int, int]]  # building → (asked, responses,
    # answers, satisfied)


def _tally(current: Survey, *, by_building: bool = True) -> _Tally:
    """The answers counted by the database: per item and score — and per building, with the
    forms handed out and returned (a few hundred rows for a survey of 20,000 households)."""
    per_item: dict[str, list] = {item: [0, 0, Counter()] for item in current.items}
    per_building: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    counted = db.execute_sql(
        "SELECT b.code, a.item, a.score, count(*) FROM survey_answer a "
        "JOIN unit u ON u.id = a.unit_id JOIN building b ON b.id = u.building_id "
        "WHERE a.survey_id = ? GROUP BY b.code, a.item, a.score" if by_building else
        "SELECT '', item, score, count(*) FROM survey_answer WHERE survey_id = ? "
        "GROUP BY item, score", (current.id,))
    for building, item, score, count in counted:
        good = count if satisfied(current.scale, score) else 0
        if item in per_item:
            tally = per_item[item]
            tally[0] += count
            tally[1] += good
            tally[2][score] += count
        per_building[building][2] += count
        per_building[building][3] += good
    if by_building:
        for building, asked, responses in db.execute_sql(
                "SELECT b.code, count(*), sum(CASE WHEN h.status = 'answered' THEN 1 ELSE 0 "
                "END) FROM survey_household h JOIN unit u ON u.id = h.unit_id "
                "JOIN building b ON b.id = u.building_id WHERE h.survey_id = ? GROUP BY b.code",
                (current.id,)):
            per_building[building][:2] = [asked, responses]
    answers = sum(t[0] for t in per_item.values())
    good = sum(t[1] for t in per_item.values())
    return _Tally(share(good, answers), {k: tuple(v) for k, v in per_item.items()},
                  {k: tuple(v) for k, v in per_building.items()} if by_building else {})


def overall(survey_id: int) -> Decimal | None:
    """A survey's overall share of satisfied answers (what 今日's glance shows)."""
    return _tally(survey(survey_id), by_building=False).overall


def _covered(current: Survey, before: Survey | None) -> tuple[str, str]:
    last = date.fromisoformat(current.last_day)
    if before is not None:
        first = date.fromisoformat(before.last_day) + timedelta(days=1)
    else:
        first = date(last.year - 1, last.month, 1) if last.month != 12 else date(last.year, 1, 1)
        first = max(first, last - timedelta(days=365))
    return first.isoformat(), last.isoformat()


def _area_where(item: str) -> tuple[str, list[str]]:
    categories, kinds = ITEM_CATEGORIES.get(item, ()), ITEM_KINDS.get(item, ())
    parts, params = [], []
    if categories:
        parts.append(f"c.category IN ({','.join('?' * len(categories))})")
        params += list(categories)
    if kinds:
        parts.append(f"c.kind IN ({','.join('?' * len(kinds))})")
        params += list(kinds)
    return (" OR ".join(parts) or "0 = 1"), params


def _period(first: str, last: str) -> tuple[str, list[str]]:
    end = (date.fromisoformat(last) + timedelta(days=1)).isoformat()
    return "c.received_at >= ? AND c.received_at < ?", [first, end]


def _in_area(item: str, category: str, kind: str) -> bool:
    return category in ITEM_CATEGORIES.get(item, ()) or kind in ITEM_KINDS.get(item, ())


def _followups(first: str, last: str) -> Counter:
    """The 回访 scores of the complaints received in the period, counted per (category, kind,
    score)."""
    when, params = _period(first, last)
    return Counter({(category, kind, score): count for category, kind, score, count in
                    db.execute_sql(f"SELECT c.category, c.kind, c.satisfaction, count(*) "
                                   f"FROM complaint c WHERE c.satisfaction IS NOT NULL "
                                   f"AND {when} GROUP BY c.category, c.kind, c.satisfaction",
                                   params)})


def _followup_rate(found: Counter, item: str | None) -> tuple[int, Decimal | None]:
    """How many 回访 (of the item's area, or all) and the share scored 4 or 5."""
    chosen = [(score, count) for (category, kind, score), count in found.items()
              if item is None or _in_area(item, category, kind)]
    total = sum(count for _, count in chosen)
    return total, share(sum(count for score, count in chosen if score >= 4), total)


def complaints_about(item: str, first: str, last: str) -> list[tuple[str, str, str]]:
    """(number, day received, description) of the complaints and repairs (not enquiries,
    suggestions or praise) of an item's area
    received between `first` and `last` (ISO days, inclusive), the latest first."""
    area, params = _area_where(item)
    when, more = _period(first, last)
    return [(number, received[:10], description) for number, received, description in
            db.execute_sql(f"SELECT c.number, c.received_at, c.description FROM complaint c "
                           f"WHERE ({area}) AND {when} AND c.kind IN ('complaint', 'repair') "
                           f"ORDER BY c.received_at DESC", params + more)]


def results(survey_id: int) -> Results:
    current = survey(survey_id)
    before = previous(current)
    tally = _tally(current)
    earlier = _tally(before, by_building=False) if before is not None else None
    standard = survey_settings().standard_percent
    first, last = _covered(current, before)
    visits = _followups(first, last)
    items = []
    for item in current.items:
        answers, good, by_score = tally.per_item[item]
        old = earlier.per_item.get(item) if earlier else None
        count, rate = _followup_rate(visits, item)
        items.append(ItemResult(item, answers, good, share(good, answers),
                                tuple(by_score[s] for s in range(current.scale, 0, -1)),
                                share(old[1], old[0]) if old else None, count, rate))
    every_plan = plans(survey_id)
    low = [Low(r.item, r.rate, complaints_about(r.item, first, last),
               [p for p in every_plan if p.item == r.item])
           for r in items if r.rate is not None and r.rate * 100 < standard]
    by_building = [BuildingResult(building, asked, responses, share(good, answers))
                   for building, (asked, responses, answers, good) in sorted(
                       tally.per_building.items(), key=lambda kv: code_sort_key(kv[0]))]
    count, rate = _followup_rate(visits, None)
    comments = Counter(" ".join(text.split()) for (text,) in db.execute_sql(
        "SELECT comment FROM survey_household WHERE survey_id = ? AND status = 'answered' "
        "AND comment <> ''", (survey_id,))).most_common()
    return Results(current, current.asked, current.answered,
                   share(current.answered, current.asked), items, tally.overall, before,
                   earlier.overall if earlier else None, by_building, standard, low, first, last,
                   count, rate, comments)


# -- improvement plans ------------------------------------------------------------------------

@dataclass(frozen=True)
class Plan:
    id: int
    survey_id: int
    survey_title: str
    item: str
    measure: str
    owner: str
    due: str
    done_on: str | None


_PLAN_SQL = ("SELECT p.id, p.survey_id, s.title, p.item, p.measure, p.owner, p.due, p.done_on "
             "FROM improvement_plan p JOIN survey s ON s.id = p.survey_id")


def plans(survey_id: int | None = None) -> list[Plan]:
    if survey_id is None:
        rows = db.execute_sql(_PLAN_SQL + " ORDER BY p.due, p.id")
    else:
        rows = db.execute_sql(_PLAN_SQL + " WHERE p.survey_id = ? ORDER BY p.due, p.id",
                              (survey_id,))
    return [Plan(*row) for row in rows]


def due_plans(until: date) -> list[Plan]:
    """Plans not done whose date is `until` or earlier (by the index of open plans)."""
    return [Plan(*row) for row in db.execute_sql(
        _PLAN_SQL + " WHERE p.done_on IS NULL AND p.due <= ? ORDER BY p.due, p.id",
        (until.isoformat(),))]


def add_plan(*, survey_id: int, item: str, measure: str, owner: str = "",
             due: date | str) -> Plan:
    """整改措施 for an item of the survey: what will be done, by whom, by when."""
    current = survey(survey_id)
    choice(item, current.items, field="items")
    measure = clean_text(measure, field="measure", required=True, max_len=200)
    owner = clean_text(owner, field="plan_owner", max_len=30)
    day = iso_date(due, field="plan_due")
    if day is None:
        raise ValidationError("plan_due", "value.required")
    with db.atomic():
        plan_id = insert("INSERT INTO improvement_plan (survey_id, item, measure, owner, due, "
                         "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                         (survey_id, item, measure, owner, day, clock.stamp()))
        audit.record("survey.plan", "improvement_plan", plan_id, survey=survey_id, item=item,
                     measure=measure, owner=owner, due=day)
    return plan(plan_id)


def plan(plan_id: int) -> Plan:
    row = db.execute_sql(_PLAN_SQL + " WHERE p.id = ?", (plan_id,)).fetchone()
    if row is None:
        raise NotFound("plan.not_found", number=plan_id)
    return Plan(*row)


def finish_plan(plan_id: int, done_on: date | str | None = None) -> Plan:
    """The measure carried out (on `done_on`, default today); it leaves 今日."""
    current = plan(plan_id)
    day = iso_date(done_on, field="done_on", default=clock.today())
    if day > clock.today().isoformat():
        raise ValidationError("done_on", "date.in_future", value=day)
    with db.atomic():
        db.execute_sql("UPDATE improvement_plan SET done_on = ? WHERE id = ?", (day, plan_id))
        audit.record("survey.plan_done", "improvement_plan", plan_id, item=current.item,
                     done_on=day)
    return plan(plan_id)
