"""Community events: plan, publish, sign up households (a waiting list when full that moves up
on its own), check in on the day, collect feedback, learn who comes (docs domain.md §5).

Capacity counts people. A household signs up once per event; late sign-ups (after the
deadline or once the event has started) and sign-ups to events not yet published, finished or
cancelled are refused. Repeating events are copies in one series, each with its own sign-ups.
"""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from pmdesk.core import clock
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.register.residents import code_sort_key
from pmdesk.core.register.units import owner_names_by_unit, unit_code
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import db, insert
from pmdesk.core.validate import (
    END_OF_DAY,
    check_attachment,
    choice,
    clean_text,
    read_moment,
)

TYPES = ("sports", "volunteer", "lecture", "festival", "meeting")
AUDIENCES = ("all", "elderly", "children", "buildings")
STATUSES = ("planned", "published", "finished", "cancelled")
REPEATS = ("week", "month")


@dataclass(frozen=True)
class Event:
    id: int
    title: str
    type: str
    starts_at: str
    ends_at: str
    place: str
    organiser: str
    partners: tuple[str, ...]
    audience: str
    buildings: tuple[str, ...]
    capacity: int | None
    budget: int | None
    cost: int | None
    signup_deadline: str | None
    description: str
    status: str
    cancel_reason: str
    series_id: int | None
    confirmed: int  # people
    waiting: int  # people
    attended: int  # people


_EVENT_SQL = (
    "SELECT e.id, e.title, e.type, e.starts_at, e.ends_at, e.place, e.organiser, e.partners, "
    "e.audience, e.buildings, e.capacity, e.budget, e.cost, e.signup_deadline, e.description, "
    "e.status, e.cancel_reason, e.series_id, "
    "coalesce((SELECT sum(people) FROM signup s WHERE s.event_id = e.id "
    " AND s.status = 'confirmed'), 0), "
    "coalesce((SELECT sum(people) FROM signup s WHERE s.event_id = e.id "
    " AND s.status = 'waiting'), 0), "
    "coalesce((SELECT sum(attended) FROM signup s WHERE s.event_id = e.id), 0) FROM event e")


def _event(row: tuple) -> Event:
    values = list(row)
    values[7] = tuple(p for p in values[7].split(",") if p)
    values[9] = tuple(b for b in values[9].split(",") if b)
    return Event(*values)


def event(event_id: int) -> Event:
    row = db.execute_sql(_EVENT_SQL + " WHERE e.id = ?", (event_id,)).fetchone()
    if row is None:
        raise NotFound("event.not_found", number=event_id)
    return _event(row)


def events(*, first: date | None = None, last: date | None = None,
           unit_id: int | None = None) -> list[Event]:
    """Events starting between `first` and `last` (inclusive), or those a household joined."""
    where, params = [], []
    if first:
        where.append("e.starts_at >= ?")
        params.append(first.isoformat())
    if last:
        where.append("e.starts_at < ?")
        params.append((last + timedelta(days=1)).isoformat())
    if unit_id is not None:
        where.append("e.id IN (SELECT event_id FROM signup WHERE unit_id = ? "
                     "AND status <> 'cancelled')")
        params.append(unit_id)
    sql = _EVENT_SQL + (" WHERE " + " AND ".join(where) if where else "")
    return [_event(row) for row in db.execute_sql(sql + " ORDER BY e.starts_at", params)]


def partners() -> list[str]:
    """The partners events have named, as the form offers them: by name."""
    return [name for (name,) in db.execute_sql("SELECT name FROM event_partner ORDER BY name")]


def _moment(value: datetime | str, field: str) -> datetime:
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0)
    text = str(value).strip()
    try:  # a stored stamp; a day alone is read like any typed day (a deadline: its end)
        if "T" in text:
            return datetime.fromisoformat(text).replace(second=0, microsecond=0)
    except ValueError:
        pass
    moment = read_moment(text, today=clock.today(), field=field,
                         day_alone=END_OF_DAY if field == "signup_deadline" else None)
    if moment is None:
        raise ValidationError(field, "value.required")
    return moment


def _stamp(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="minutes") if moment else None



def _fields(*, title: str, type: str, starts_at, ends_at, place: str,  # noqa: A002
            organiser: str = "", partners: list[str] | tuple[str, ...] = (),
            audience: str = "all", buildings: list[str] | tuple[str, ...] = (),
            capacity: int | None = None, budget: int | None = None,
            signup_deadline=None, description: str = "") -> dict[str, object]:
    start, end = _moment(starts_at, "starts_at"), _moment(ends_at, "ends_at")
    if end < start:
        raise ValidationError("ends_at", "event.ends_before_start")
    deadline = _moment(signup_deadline, "signup_deadline") if signup_deadline else None
    if deadline and deadline > start:
        raise ValidationError("signup_deadline", "event.deadline_after_start")
    if capacity is not None and capacity <= 0:
        raise ValidationError("capacity", "money.zero")
    if budget is not None and budget < 0:
        raise ValidationError("budget", "money.negative", value=budget)
    audience = choice(audience, AUDIENCES, field="audience")
    chosen = [clean_text(b, field="buildings", max_len=10) for b in buildings if b.strip()]
    if audience == "buildings" and not chosen:
        raise ValidationError("buildings", "value.required")
    return {"title": clean_text(title, field="title", required=True, max_len=60),
            "type": choice(type, TYPES, field="type"), "starts_at": _stamp(start),
            "ends_at": _stamp(end), "place": clean_text(place, field="place", required=True,
                                                        max_len=100),
            "organiser": clean_text(organiser, field="organiser", max_len=60),
            "partners": ",".join(clean_text(p, field="partners", max_len=30)
                                 for p in partners if p.strip()),
            "audience": audience, "buildings": ",".join(chosen) if audience == "buildings"
            else "", "capacity": capacity, "budget": budget,
            "signup_deadline": _stamp(deadline),
            "description": clean_text(description, field="description", max_len=4000,
                                      multiline=True)}


def create_event(**kwargs) -> Event:
    """A new event (计划中); its partners join the reusable list."""
    values = _fields(**kwargs)
    with db.atomic():
        now = clock.stamp()
        event_id = insert(
            f"INSERT INTO event ({', '.join(values)}, status, created_at, updated_at) "
            f"VALUES ({', '.join('?' * len(values))}, 'planned', ?, ?)",
            (*values.values(), now, now))
        _remember_partners(values["partners"])
        audit.record("event.create", "event", event_id, title=values["title"],
                     starts_at=values["starts_at"])
    return event(event_id)


def update_event(event_id: int, **kwargs) -> Event:
    values = _fields(**kwargs)
    with db.atomic():
        old = event(event_id)
        if old.status in ("finished", "cancelled"):
            raise ValidationError("status", "event.closed", status=old.status)
        sets = ", ".join(f"{column} = ?" for column in values)
        db.execute_sql(f"UPDATE event SET {sets}, updated_at = ? WHERE id = ?",
                       (*values.values(), clock.stamp(), event_id))
        _remember_partners(values["partners"])
        audit.record("event.update", "event", event_id, title=values["title"])
    return event(event_id)


def _remember_partners(joined: str) -> None:
    for name in filter(None, joined.split(",")):
        db.execute_sql("INSERT INTO event_partner (name) VALUES (?) ON CONFLICT DO NOTHING",
                       (name,))


def repeat(event_id: int, *, every: str, count: int) -> list[Event]:
    """Copies of an event every week or month (`count` more), in one series with it."""
    choice(every, REPEATS, field="every")
    if not 1 <= count <= 52:
        raise ValidationError("count", "value.out_of_range", min=1, max=52)
    with db.atomic():
        base = event(event_id)
        db.execute_sql("UPDATE event SET series_id = ? WHERE id = ?", (event_id, event_id))
        start, end = datetime.fromisoformat(base.starts_at), datetime.fromisoformat(base.ends_at)
        deadline = datetime.fromisoformat(base.signup_deadline) if base.signup_deadline else None
        made = []
        for n in range(1, count + 1):
            shift = _shift(start, every, n) - start
            copy = create_event(
                title=base.title, type=base.type, starts_at=start + shift, ends_at=end + shift,
                place=base.place, organiser=base.organiser, partners=base.partners,
                audience=base.audience, buildings=base.buildings, capacity=base.capacity,
                budget=base.budget, signup_deadline=deadline + shift if deadline else None,
                description=base.description)
            db.execute_sql("UPDATE event SET series_id = ? WHERE id = ?", (event_id, copy.id))
            made.append(event(copy.id))
    return made


def _shift(start: datetime, every: str, n: int) -> datetime:
    if every == "week":
        return start + timedelta(weeks=n)

    index = start.year * 12 + start.month - 1 + n
    year, month = divmod(index, 12)
    return start.replace(year=year, month=month + 1,
                         day=min(start.day, calendar.monthrange(year, month + 1)[1]))


def set_status(event_id: int, status: str, *, reason: str = "") -> Event:
    """发布, 结束 or 取消 (with a reason). A cancelled or finished event stays as it was."""
    choice(status, STATUSES, field="status")
    allowed = {"published": ("planned",), "finished": ("published",),
               "cancelled": ("planned", "published"), "planned": ()}
    with db.atomic():
        old = event(event_id)
        if old.status not in allowed[status]:
            raise ValidationError("status", "event.status_not_allowed", title=old.title)
        reason = clean_text(reason, field="reason", required=status == "cancelled",
                            max_len=200)
        db.execute_sql("UPDATE event SET status = ?, cancel_reason = ?, updated_at = ? "
                       "WHERE id = ?", (status, reason, clock.stamp(), event_id))
        audit.record(f"event.{status}", "event", event_id, title=old.title, reason=reason)
    return event(event_id)


def set_cost(event_id: int, cost: int) -> None:
    if cost < 0:
        raise ValidationError("cost", "money.negative", value=cost)
    with db.atomic():
        old = event(event_id)
        db.execute_sql("UPDATE event SET cost = ?, updated_at = ? WHERE id = ?",
                       (cost, clock.stamp(), event_id))
        audit.record("event.cost", "event", event_id, before=old.cost, after=cost)


# -- sign-ups -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Signup:
    id: int
    event_id: int
    unit_id: int
    room: str
    owner: str
    people: int
    contact: str
    remarks: str
    status: str
    signed_up_at: str
    attended: int | None
    walk_in: bool
    position: int | None = None  # on the waiting list: 1 moves up first


def signups(event_id: int, *, include_cancelled: bool = False) -> list[Signup]:
    """Sign-ups of an event in building and room order."""
    owners = owner_names_by_unit()
    rows = db.execute_sql(
        "SELECT s.id, s.event_id, s.unit_id, u.code, s.people, s.contact, s.remarks, s.status, "
        "s.signed_up_at, s.attended, s.walk_in FROM signup s JOIN unit u ON u.id = s.unit_id "
        "WHERE s.event_id = ?" + ("" if include_cancelled else " AND s.status <> 'cancelled'"),
        (event_id,)).fetchall()
    result = [Signup(r[0], r[1], r[2], r[3], owners.get(r[2], ("", ""))[0], *r[4:9], r[9],
                     bool(r[10])) for r in rows]
    queue = sorted((s for s in result if s.status == "waiting"),
                   key=lambda s: (s.signed_up_at, s.id))
    positions = {s.id: place for place, s in enumerate(queue, start=1)}
    result = [replace(s, position=positions.get(s.id)) for s in result]
    return sorted(result, key=lambda s: code_sort_key(s.room))


def sign_up(*, event_id: int, unit_id: int, people: int = 1, contact: str = "",
            remarks: str = "", now: datetime | None = None) -> Signup:
    """A household signs up: confirmed while there is room, on the waiting list after."""
    if not 1 <= people <= 20:
        raise ValidationError("people", "value.out_of_range", min=1, max=20)
    now = (now or clock.now()).replace(second=0, microsecond=0)
    with db.atomic():
        current = event(event_id)
        if current.status != "published":
            raise ValidationError("event", "event.not_open", title=current.title)
        deadline = current.signup_deadline or current.starts_at
        if _stamp(now) > deadline:
            raise ValidationError("event", "event.signup_closed", title=current.title,
                                  deadline=deadline.replace("T", " "))
        try:
            unit_code(unit_id)
        except NotFound:
            raise ValidationError("unit", "household.not_found", number=unit_id) from None
        if db.execute_sql("SELECT 1 FROM signup WHERE event_id = ? AND unit_id = ? AND "
                          "status <> 'cancelled'", (event_id, unit_id)).fetchone():
            raise ValidationError("unit", "event.already_signed_up", title=current.title)
        full = current.capacity is not None and current.confirmed + people > current.capacity
        status = "waiting" if full else "confirmed"
        signup_id = insert(
            "INSERT INTO signup (event_id, unit_id, people, contact, remarks, status, "
            "signed_up_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (event_id, unit_id, people, clean_text(contact, field="contact", max_len=60),
             clean_text(remarks, field="remarks", max_len=200), status, _stamp(now)))
        audit.record("event.signup", "event", event_id, room=unit_code(unit_id), people=people,
                     status=status)
    return next(s for s in signups(event_id) if s.id == signup_id)


def cancel_signup(signup_id: int) -> list[Signup]:
    """A household withdraws; the waiting list moves up, first come first served, as far as
    the freed places allow. Returns the sign-ups that moved up."""
    with db.atomic():
        row = db.execute_sql("SELECT event_id, unit_id, status FROM signup WHERE id = ?",
                             (signup_id,)).fetchone()
        if row is None or row[2] == "cancelled":
            raise NotFound("signup.not_found", number=signup_id)
        event_id = row[0]
        db.execute_sql("UPDATE signup SET status = 'cancelled', cancelled_at = ? WHERE id = ?",
                       (clock.stamp(), signup_id))
        promoted = set(_promote(event_id))
        moved = [s for s in signups(event_id) if s.id in promoted]
        audit.record("event.signup_cancel", "event", event_id, room=unit_code(row[1]),
                     moved_up=[s.room for s in moved])
    return moved


def _promote(event_id: int) -> list[int]:
    current = event(event_id)
    room = None if current.capacity is None else current.capacity - current.confirmed
    moved = []
    for signup_id, people in db.execute_sql(
            "SELECT id, people FROM signup WHERE event_id = ? AND status = 'waiting' "
            "ORDER BY signed_up_at, id", (event_id,)).fetchall():
        if room is not None and people > room:
            break  # first come, first served: nobody jumps the queue
        db.execute_sql("UPDATE signup SET status = 'confirmed' WHERE id = ?", (signup_id,))
        moved.append(signup_id)
        if room is not None:
            room -= people
    return moved


def check_in(signup_id: int, *, people: int | None = None, admit: bool = False) -> None:
    """签到: the household arrived (with `people`, default as many as signed up). A household
    still on the waiting list has no place: it is refused unless the clerk `admit`s it, which
    makes it a confirmed sign-up first (the capacity is the clerk's to stretch at the door)."""
    with db.atomic():
        row = db.execute_sql("SELECT event_id, people, status, unit_id FROM signup WHERE id = ?",
                             (signup_id,)).fetchone()
        if row is None or row[2] == "cancelled":
            raise NotFound("signup.not_found", number=signup_id)
        came = row[1] if people is None else people
        if not 0 <= came <= 20:
            raise ValidationError("people", "value.out_of_range", min=0, max=20)
        if row[2] == "waiting":
            if not admit:
                waiting = next(s for s in signups(row[0]) if s.id == signup_id)
                raise ValidationError("signup", "event.check_in_waiting", room=waiting.room,
                                      position=waiting.position)
            db.execute_sql("UPDATE signup SET status = 'confirmed' WHERE id = ?", (signup_id,))
            audit.record("event.admit", "event", row[0], room=unit_code(row[3]),
                         people=row[1])
        db.execute_sql("UPDATE signup SET attended = ? WHERE id = ?", (came, signup_id))
        audit.record("event.check_in", "event", row[0], room=unit_code(row[3]), people=came)


def walk_in(*, event_id: int, unit_id: int, people: int = 1) -> Signup:
    """Someone came without signing up: recorded as attended (现场登记)."""
    with db.atomic():
        current = event(event_id)
        if current.status not in ("published", "finished"):
            raise ValidationError("event", "event.not_open", title=current.title)
        existing = db.execute_sql("SELECT id FROM signup WHERE event_id = ? AND unit_id = ? "
                                  "AND status <> 'cancelled'", (event_id, unit_id)).fetchone()
        if existing:
            check_in(existing[0], people=people)
            signup_id = existing[0]
        else:
            signup_id = insert(
                "INSERT INTO signup (event_id, unit_id, people, status, signed_up_at, attended, "
                "walk_in) VALUES (?, ?, ?, 'confirmed', ?, ?, 1)",
                (event_id, unit_id, people, clock.stamp()[:16], people))
            audit.record("event.walk_in", "event", event_id, room=unit_code(unit_id),
                         people=people)
    return next(s for s in signups(event_id) if s.id == signup_id)


def add_feedback(*, event_id: int, satisfaction: int, comment: str = "",
                 unit_id: int | None = None) -> None:
    if not 1 <= satisfaction <= 5:
        raise ValidationError("satisfaction", "value.out_of_range", min=1, max=5)
    with db.atomic():
        event(event_id)
        db.execute_sql("INSERT INTO event_feedback (event_id, unit_id, satisfaction, comment, "
                       "created_at) VALUES (?, ?, ?, ?, ?)",
                       (event_id, unit_id, satisfaction,
                        clean_text(comment, field="comment", max_len=1000, multiline=True),
                        clock.stamp()))


def add_photo(event_id: int, name: str, data: bytes) -> int:
    """A photo of the event, kept with it."""
    check_attachment(data, field="file")
    with db.atomic():
        event(event_id)
        photo_id = insert(
            "INSERT INTO event_file (event_id, name, data, added_at, added_by) "
            "VALUES (?, ?, ?, ?, ?)", (event_id, clean_text(name, field="file", max_len=200),
                                      data, clock.stamp(), session.actor()))
        audit.record("event.photo", "event", event_id, name=name, size=len(data))
    return photo_id


def photos(event_id: int) -> list[tuple[int, str]]:
    return db.execute_sql("SELECT id, name FROM event_file WHERE event_id = ? ORDER BY id",
                          (event_id,)).fetchall()


def feedback(event_id: int) -> tuple[float | None, list[str]]:
    rows = db.execute_sql("SELECT satisfaction, comment FROM event_feedback WHERE event_id = ?",
                          (event_id,)).fetchall()
    average = round(sum(r[0] for r in rows) / len(rows), 2) if rows else None
    return average, [r[1] for r in rows if r[1]]


# -- who comes ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Participation:
    by_event: list[tuple[str, str, int, int]]  # title, date, households signed, people came
    by_type: dict[str, int]  # households that came
    by_building: list[tuple[str, int, int]]  # building, households, households that came
    never_reached: list[int]  # unit ids without any sign-up or attendance in the period


def participation(first: date, last: date) -> Participation:
    """Who took part in the events between `first` and `last`, and who was never reached."""
    chosen = events(first=first, last=last)
    ids = [e.id for e in chosen if e.status != "cancelled"]
    marks = ",".join("?" * len(ids)) or "NULL"
    rows = db.execute_sql(
        f"SELECT s.event_id, s.unit_id, coalesce(s.attended, 0) FROM signup s "
        f"WHERE s.event_id IN ({marks}) AND s.status <> 'cancelled'", ids).fetchall()
    types = {e.id: e.type for e in chosen}
    signed: dict[int, int] = Counter()
    came: dict[int, int] = Counter()
    by_type: dict[str, int] = Counter()
    reached: set[int] = set()
    attended_units: set[int] = set()
    for event_id, unit_id, people in rows:
        signed[event_id] += 1
        came[event_id] += people
        reached.add(unit_id)
        if people:
            by_type[types[event_id]] += 1
            attended_units.add(unit_id)
    buildings: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    everyone = db.execute_sql("SELECT u.id, b.code FROM unit u JOIN building b "
                              "ON b.id = u.building_id WHERE u.state <> 'undelivered'").fetchall()
    for unit_id, building in everyone:
        buildings[building][0] += 1
        buildings[building][1] += unit_id in attended_units
    return Participation(
        [(e.title, e.starts_at[:10], signed[e.id], came[e.id]) for e in chosen
         if e.id in ids],
        dict(by_type),
        [(b, n, c) for b, (n, c) in sorted(buildings.items(), key=lambda g: code_sort_key(g[0]))],
        [unit_id for unit_id, _ in everyone if unit_id not in reached])

