"""事件: incidents and planned outages — 计划停水/停电/停气, a lift that traps people, a burst pipe,
a safety accident. The seed's crisis rule: tell everyone affected at once, say the same thing
everywhere (the 口径 every staff member reads out on the phone), follow up until it is closed.

An incident has the buildings (or single stairwells) it affects; from them come the entrances
its notice is posted at, the households it touches and, first among them, those who may need a
call (老人户, 独居老人, 残疾人). Its timeline is append-only: the report, each update (a new
expected end, the cause once known), each household called, the close with its 情况说明 —
what happened, what was done, what will prevent it — and a reopening. Complaints and calls it
causes are linked to it at intake, which offers the open incident of the caller's building."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from pmdesk.core import clock
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.register.residents import code_sort_key
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import db, fetch_all, insert, take_number
from pmdesk.core.validate import choice, clean_text

KINDS = ("water", "power", "gas", "lift", "pipe", "safety", "other")
PLANNED_KINDS = ("water", "power", "gas")  # the outages announced ahead (计划停水/停电/停气)
STATUSES = ("open", "closed")
UPDATES = ("report", "update", "call", "close", "reopen")
NEEDS_HELP = ("老人户", "独居老人", "残疾人")  # called first: they may need someone to come
ELDERLY = ("老人户", "独居老人")  # whose door gets the notice in large print
PREFIX = "SJ"
TITLE_WORDS = {"water": "停水", "power": "停电", "gas": "停气", "lift": "电梯故障",
               "pipe": "管道爆裂", "safety": "安全事故", "other": "突发事件"}


@dataclass(frozen=True)
class Area:
    building: str
    stairwell: str = ""  # '' for the whole building

    def text(self) -> str:
        return f"{self.building}栋" + (f"{self.stairwell}单元" if self.stairwell else "")


def area_text(areas: tuple[Area, ...] | list[Area]) -> str:
    """`1栋、3栋2单元`: the places in words, as a notice names them."""
    return "、".join(area.text() for area in areas)


@dataclass(frozen=True)
class Incident:
    id: int
    number: str
    kind: str
    planned: bool
    title: str
    starts_at: str
    ends_at: str | None
    cause: str
    advice: str
    script: str
    handler: str
    org_id: int | None
    organisation: str
    status: str
    ended_at: str | None
    happened: str
    done: str
    prevention: str
    created_at: str
    complaints: int = 0  # the complaints and calls linked to it
    areas: tuple[Area, ...] = field(default=())

    @property
    def open(self) -> bool:
        return self.status == "open"

    def place(self) -> str:
        return area_text(self.areas)


@dataclass(frozen=True)
class Update:
    id: int
    kind: str
    at: str
    done_by: str
    text: str
    unit_id: int | None
    room: str


@dataclass(frozen=True)
class Household:
    """A household the incident touches, with whom to call."""
    unit_id: int
    room: str
    tags: tuple[str, ...]
    name: str  # who lives there: the tenant, else the owner
    phone: str  # as stored: the window and the documents mask it
    called: str | None  # when somebody last called it about this incident

    @property
    def needs_help(self) -> bool:
        return any(tag in NEEDS_HELP for tag in self.tags)

    @property
    def elderly(self) -> bool:
        return any(tag in ELDERLY for tag in self.tags)


_SQL = (
    "SELECT i.id, i.number, i.kind, i.planned, i.title, i.starts_at, i.ends_at, i.cause, "
    "i.advice, i.script, i.handler, i.org_id, coalesce(o.name, '') AS organisation, i.status, "
    "i.ended_at, i.happened, i.done, i.prevention, i.created_at, "
    "(SELECT count(*) FROM complaint c WHERE c.incident_id = i.id) AS complaints "
    "FROM incident i LEFT JOIN organisation o ON o.id = i.org_id")


def _stamp(moment: datetime) -> str:
    return moment.replace(second=0, microsecond=0).isoformat(timespec="minutes")


def _areas(incident_ids: list[int]) -> dict[int, tuple[Area, ...]]:
    found: dict[int, list[Area]] = {}
    if not incident_ids:
        return {}
    marks = ",".join("?" * len(incident_ids))
    for incident_id, building, stairwell in db.execute_sql(
            f"SELECT a.incident_id, b.code, a.stairwell FROM incident_area a JOIN building b "
            f"ON b.id = a.building_id WHERE a.incident_id IN ({marks})", incident_ids):
        found.setdefault(incident_id, []).append(Area(building, stairwell))
    return {key: tuple(sorted(areas, key=lambda a: (code_sort_key(a.building),
                                                     code_sort_key(a.stairwell))))
            for key, areas in found.items()}


def _with_areas(found: list[Incident]) -> list[Incident]:
    areas = _areas([one.id for one in found])
    return [Incident(**{**one.__dict__, "planned": bool(one.planned),
                        "areas": areas.get(one.id, ())}) for one in found]


def incident(incident_id: int) -> Incident:
    found = _with_areas(fetch_all(Incident, _SQL + " WHERE i.id = ?", (incident_id,)))
    if not found:
        raise NotFound("incident.not_found", number=incident_id)
    return found[0]


def by_number(number: str) -> Incident:
    row = db.execute_sql("SELECT id FROM incident WHERE number = ?",
                         (number.strip().upper(),)).fetchone()
    if row is None:
        raise NotFound("incident.not_found", number=number)
    return incident(row[0])


def incidents(*, open_only: bool = False, year: int | None = None) -> list[Incident]:
    """Open ones first (the soonest first), then the rest, latest first."""
    where, params = [], []
    if open_only:
        where.append("i.status = 'open'")
    if year is not None:
        where.append("i.starts_at >= ? AND i.starts_at < ?")
        params += [f"{year}-01-01", f"{year + 1}-01-01"]
    sql = _SQL + (" WHERE " + " AND ".join(where) if where else "")
    found = fetch_all(Incident, sql + " ORDER BY i.status = 'open' DESC, "
                      "CASE WHEN i.status = 'open' THEN i.starts_at END, i.starts_at DESC", params)
    return _with_areas(found)


def _read_areas(areas: list[tuple[str, str]] | list[Area]) -> list[tuple[int, str]]:
    """(building id, stairwell) of each place named; a whole building swallows its stairwells;
    an unknown building or stairwell is refused naming it."""
    chosen: dict[int, set[str]] = {}
    for area in areas:
        building, stairwell = (area.building, area.stairwell) if isinstance(area, Area) \
            else area
        building, stairwell = str(building).strip(), str(stairwell or "").strip()
        row = db.execute_sql("SELECT id FROM building WHERE code = ?", (building,)).fetchone()
        if row is None:
            raise ValidationError("areas", "incident.no_building", building=building)
        if stairwell and not db.execute_sql(
                "SELECT EXISTS (SELECT 1 FROM unit WHERE building_id = ? AND stairwell = ?)",
                (row[0], stairwell)).fetchone()[0]:
            raise ValidationError("areas", "incident.no_stairwell", building=building,
                                  stairwell=stairwell)
        chosen.setdefault(row[0], set()).add(stairwell)
    if not chosen:
        raise ValidationError("areas", "value.required")
    return [(building_id, stairwell) for building_id, wells in chosen.items()
            for stairwell in ([""] if "" in wells else sorted(wells))]


def _texts(cause: str, advice: str, script: str, handler: str) -> dict[str, str]:
    return {"cause": clean_text(cause, field="cause", max_len=500, multiline=True),
            "advice": clean_text(advice, field="advice", max_len=1000, multiline=True),
            "script": clean_text(script, field="script", max_len=1000, multiline=True),
            "handler": clean_text(handler, field="handler", max_len=60)}


def _times(starts_at: datetime, ends_at: datetime | None) -> tuple[str, str | None]:
    if ends_at is not None and ends_at < starts_at:
        raise ValidationError("ends_at", "event.ends_before_start")
    return _stamp(starts_at), _stamp(ends_at) if ends_at else None


def _title(kind: str, planned: bool, areas: list[tuple[int, str]]) -> str:
    """`3栋2单元计划停水`: the places and what, when the clerk gives no title."""
    planned_word = "计划" if planned and kind in PLANNED_KINDS else ""
    return f"{_areas_text_of(areas)}{planned_word}{TITLE_WORDS[kind]}"


def _areas_text_of(areas: list[tuple[int, str]]) -> str:
    codes = dict(db.execute_sql("SELECT id, code FROM building"))
    return area_text(sorted((Area(codes[b], s) for b, s in areas),
                            key=lambda a: (code_sort_key(a.building), code_sort_key(a.stairwell))))


def _organisation(org_id: int | None) -> None:
    if org_id is not None and not db.execute_sql(
            "SELECT EXISTS (SELECT 1 FROM organisation WHERE id = ?)", (org_id,)).fetchone()[0]:
        raise ValidationError("organisation", "organisation.not_found", number=org_id)


def _add_update(incident_id: int, kind: str, text: str, unit_id: int | None = None,
                at: datetime | None = None) -> None:
    insert("INSERT INTO incident_update (incident_id, kind, at, done_by, text, unit_id) "
           "VALUES (?, ?, ?, ?, ?, ?)",
           (incident_id, kind, _stamp(at or clock.now()), session.actor(), text, unit_id))


def report(*, kind: str, planned: bool, starts_at: datetime, areas: list,
           ends_at: datetime | None = None, title: str = "", cause: str = "", advice: str = "",
           script: str = "", handler: str = "", org_id: int | None = None,
           text: str = "") -> Incident:
    """Open an incident: what, where, from when to when (expected), why as far as known, what
    residents should do, the 口径, who handles it and with which outside party."""
    kind = choice(kind, KINDS, field="incident_kind")
    starts, ends = _times(starts_at, ends_at)
    texts = _texts(cause, advice, script, handler)
    title = clean_text(title, field="title", max_len=60)
    text = clean_text(text, field="text", max_len=2000, multiline=True)
    with db.atomic():
        places = _read_areas(areas)
        _organisation(org_id)
        title = title or _title(kind, planned, places)
        year = starts_at.year
        seq = take_number("incident", year, floor=lambda: db.execute_sql(
            "SELECT coalesce(max(seq), 0) FROM incident WHERE year = ?", (year,)).fetchone()[0])
        number = f"{PREFIX}{year}-{seq:03d}"
        now = clock.stamp()
        incident_id = insert(
            "INSERT INTO incident (number, year, seq, kind, planned, title, starts_at, ends_at, "
            "cause, advice, script, handler, org_id, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
            (number, year, seq, kind, int(bool(planned)), title, starts, ends,
             *texts.values(), org_id, now, now))
        for building_id, stairwell in places:
            db.execute_sql("INSERT INTO incident_area (incident_id, building_id, stairwell) "
                           "VALUES (?, ?, ?)", (incident_id, building_id, stairwell))
        _add_update(incident_id, "report", text or title)
        audit.record("incident.report", "incident", incident_id, number=number, kind=kind,
                     planned=bool(planned), starts_at=starts, ends_at=ends,
                     areas=_areas_text_of(places), **texts)
    return incident(incident_id)


def update(incident_id: int, text: str, *, ends_at: datetime | None = None,
           cause: str | None = None, advice: str | None = None, script: str | None = None,
           handler: str | None = None, areas: list | None = None) -> Incident:
    """An update as it develops: what is new (required), and what it changes — the expected
    end, the cause, the advice, the 口径, the handler, the places."""
    text = clean_text(text, field="text", required=True, max_len=2000, multiline=True)
    with db.atomic():
        current = incident(incident_id)
        if not current.open:
            raise ValidationError("text", "incident.closed", number=current.number)
        given = {key: value for key, value in (("cause", cause), ("advice", advice),
                                               ("script", script), ("handler", handler))
                 if value is not None}
        texts = _texts(**{**{k: getattr(current, k) for k in ("cause", "advice", "script",
                                                               "handler")}, **given})
        changes = {key: value for key, value in texts.items() if value != getattr(current, key)}
        if ends_at is not None:
            ends = _times(datetime.fromisoformat(current.starts_at), ends_at)[1]
            if ends != current.ends_at:
                changes["ends_at"] = ends
        if changes:
            db.execute_sql(f"UPDATE incident SET {', '.join(f'{k} = ?' for k in changes)}, "
                           f"updated_at = ? WHERE id = ?",
                           (*changes.values(), clock.stamp(), incident_id))
        if areas is not None:
            places = _read_areas(areas)
            db.execute_sql("DELETE FROM incident_area WHERE incident_id = ?", (incident_id,))
            for building_id, stairwell in places:
                db.execute_sql("INSERT INTO incident_area (incident_id, building_id, "
                               "stairwell) VALUES (?, ?, ?)", (incident_id, building_id,
                                                               stairwell))
            if _areas_text_of(places) != current.place():
                changes["areas"] = _areas_text_of(places)
        _add_update(incident_id, "update", text)
        audit.record("incident.update", "incident", incident_id, number=current.number,
                     text=text, before={k: current.place() if k == "areas"
                                        else getattr(current, k) for k in changes},
                     after=changes)
    return incident(incident_id)


def record_call(incident_id: int, unit_id: int, text: str = "") -> None:
    """A household told by phone or at its door (what it said, if anything)."""
    text = clean_text(text, field="text", max_len=500, multiline=True)
    with db.atomic():
        current = incident(incident_id)
        if unit_id not in affected_units(incident_id):
            raise ValidationError("room", "incident.not_affected", number=current.number)
        _add_update(incident_id, "call", text, unit_id)
        audit.record("incident.call", "incident", incident_id, number=current.number,
                     unit_id=unit_id, text=text)


def close(incident_id: int, *, ended_at: datetime, happened: str, done: str,
          prevention: str) -> Incident:
    """Close it with its 情况说明: when it really ended, what happened, what was done, what
    will prevent it happening again — all three said, for the bulletin board and the owners'
    committee."""
    texts = {"happened": clean_text(happened, field="happened", required=True, max_len=2000,
                                    multiline=True),
             "done": clean_text(done, field="done", required=True, max_len=2000,
                                multiline=True),
             "prevention": clean_text(prevention, field="prevention", required=True,
                                      max_len=2000, multiline=True)}
    if ended_at > clock.now() + timedelta(minutes=1):
        raise ValidationError("ended_at", "payment.future_date")
    with db.atomic():
        current = incident(incident_id)
        if not current.open:
            raise ValidationError("happened", "incident.closed", number=current.number)
        ended = _stamp(ended_at)
        if ended < current.starts_at:
            raise ValidationError("ended_at", "event.ends_before_start")
        db.execute_sql("UPDATE incident SET status = 'closed', ended_at = ?, happened = ?, "
                       "done = ?, prevention = ?, updated_at = ? WHERE id = ?",
                       (ended, *texts.values(), clock.stamp(), incident_id))
        _add_update(incident_id, "close", texts["done"])
        audit.record("incident.close", "incident", incident_id, number=current.number,
                     ended_at=ended, **texts)
    return incident(incident_id)


def reopen(incident_id: int, text: str) -> Incident:
    """It came back (the water cut again): open once more, the reason in the timeline."""
    text = clean_text(text, field="text", required=True, max_len=2000, multiline=True)
    with db.atomic():
        current = incident(incident_id)
        if current.open:
            return current
        db.execute_sql("UPDATE incident SET status = 'open', updated_at = ? WHERE id = ?",
                       (clock.stamp(), incident_id))
        _add_update(incident_id, "reopen", text)
        audit.record("incident.reopen", "incident", incident_id, number=current.number,
                     text=text)
    return incident(incident_id)


def timeline(incident_id: int) -> list[Update]:
    return fetch_all(Update, "SELECT n.id, n.kind, n.at, n.done_by, n.text, n.unit_id, "
                     "coalesce(u.code, '') AS room FROM incident_update n "
                     "LEFT JOIN unit u ON u.id = n.unit_id WHERE n.incident_id = ? "
                     "ORDER BY n.at, n.id", (incident_id,))


# -- whom it touches --------------------------------------------------------------------------

_IN_AREA = ("EXISTS (SELECT 1 FROM incident_area a WHERE a.incident_id = ? "
            "AND a.building_id = u.building_id AND (a.stairwell = '' "
            "OR a.stairwell = u.stairwell))")


def affected_units(incident_id: int) -> set[int]:
    return {unit_id for (unit_id,) in db.execute_sql(
        f"SELECT u.id FROM unit u WHERE {_IN_AREA}", (incident_id,))}


def households(incident_id: int) -> list[Household]:
    """Every household in the places affected, those who may need help first, then by room;
    the one to call is whoever has a phone: the tenant where there is one, else an owner, else
    family."""
    incident(incident_id)
    tags: dict[int, list[str]] = {}
    for unit_id, tag in db.execute_sql(
            f"SELECT ut.unit_id, t.name FROM unit u JOIN unit_tag ut ON ut.unit_id = u.id "
            f"JOIN tag t ON t.id = ut.tag_id WHERE {_IN_AREA} ORDER BY t.id", (incident_id,)):
        tags.setdefault(unit_id, []).append(tag)
    people: dict[int, tuple[str, str]] = {}
    for unit_id, who, phone in db.execute_sql(
            f"SELECT o.unit_id, p.name, p.phone FROM unit u JOIN occupancy o "
            f"ON o.unit_id = u.id AND o.end_date IS NULL JOIN person p ON p.id = o.person_id "
            f"WHERE {_IN_AREA} ORDER BY o.unit_id, p.phone = '', CASE o.role WHEN 'tenant' "
            f"THEN 0 WHEN 'owner' THEN 1 WHEN 'co_owner' THEN 2 WHEN 'family' THEN 3 ELSE 4 "
            f"END, o.id", (incident_id,)):
        people.setdefault(unit_id, (who, phone))
    called = dict(db.execute_sql(
        "SELECT unit_id, max(at) FROM incident_update WHERE incident_id = ? AND kind = 'call' "
        "GROUP BY unit_id", (incident_id,)).fetchall())
    found = [Household(unit_id, room, tuple(tags.get(unit_id, ())),
                       *people.get(unit_id, ("", "")), called.get(unit_id))
             for unit_id, room in db.execute_sql(
                 f"SELECT u.id, u.code FROM unit u WHERE {_IN_AREA}", (incident_id,))]
    return sorted(found, key=lambda h: (not h.needs_help, code_sort_key(h.room)))


def stairwells() -> dict[str, list[str]]:
    """Each building's stairwells, in order ('' for a building without): what can be
    affected."""
    wells: dict[str, set[str]] = {}
    for building, stairwell in db.execute_sql(
            "SELECT DISTINCT b.code, u.stairwell FROM unit u JOIN building b "
            "ON b.id = u.building_id"):
        wells.setdefault(building, set()).add(stairwell)
    return {building: sorted(wells[building], key=code_sort_key)
            for building in sorted(wells, key=code_sort_key)}


def entrances(incident_id: int) -> list[Area]:
    """Where the notice is posted: each stairwell (单元门口 and its lift) of the places
    affected — a whole building's every stairwell."""
    return [Area(building, stairwell) for building, stairwell in sorted(
        {(b, s) for b, s in db.execute_sql(
            f"SELECT b.code, u.stairwell FROM unit u JOIN building b ON b.id = u.building_id "
            f"WHERE {_IN_AREA}", (incident_id,))},
        key=lambda p: (code_sort_key(p[0]), code_sort_key(p[1])))]


def open_for_unit(unit_id: int) -> list[Incident]:
    """The open incidents of the household's building or stairwell: intake offers them."""
    ids = [incident_id for (incident_id,) in db.execute_sql(
        "SELECT DISTINCT a.incident_id FROM incident_area a JOIN incident i "
        "ON i.id = a.incident_id JOIN unit u ON u.building_id = a.building_id "
        "AND (a.stairwell = '' OR a.stairwell = u.stairwell) "
        "WHERE u.id = ? AND i.status = 'open'", (unit_id,))]
    return [one for one in incidents(open_only=True) if one.id in ids]


def current(now: datetime | None = None) -> list[Incident]:
    """Open incidents started or starting by tomorrow's end: 今日's lines."""
    day = (now or clock.now()).date()
    until = (day + timedelta(days=2)).isoformat()
    return [one for one in incidents(open_only=True) if one.starts_at <= until]
