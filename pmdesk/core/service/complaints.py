"""Complaints, repairs, suggestions, enquiries and praise: intake, the workflow with its
deadlines, the queue, the numbers (docs domain.md §4).

受理 → 派单/调查 → 处理 → 回复 → 回访 → 关闭, plus 撤销 and reopen. The core enforces which
step may follow which; every step is an append-only timeline row with who, when, what and the
deadline then in force. Suggestions, enquiries and praise may be answered straight away and
closed without a follow-up visit; complaints and repairs are always followed up.

Deadlines (defaults from domain.md, editable as settings): an urgent repair on site within 30
minutes, an ordinary repair within 24 hours, a first response to anything else within one
working day, a written result within 10 days, the follow-up visit within 48 hours of the work.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pmdesk.core import clock
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.register.units import unit_code
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import db, insert, like_literal, take_number
from pmdesk.core.settings import load_settings, store_settings
from pmdesk.core.validate import check_attachment, choice, clean_text, normalize_phone

KINDS = ("complaint", "repair", "suggestion", "enquiry", "praise")
PREFIX = {"complaint": "TS", "repair": "BX", "suggestion": "JY", "enquiry": "ZX",
          "praise": "BY"}
CHANNELS = ("visit", "phone", "wechat", "box", "letter")
CATEGORIES = ("noise", "parking", "renovation", "sanitation", "greening", "facility",
              "neighbour", "security", "attitude", "fees", "other")
URGENCIES = ("urgent", "normal")
STATUSES = ("received", "assigned", "handled", "replied", "visited", "closed", "cancelled")
OPEN = ("received", "assigned", "handled", "replied", "visited")
RESPONSIBILITIES = ("office", "owner", "other_party", "third_party", "force_majeure")
FOLLOWED_UP = ("complaint", "repair")  # always visited before they close
REPLY_HOW = ("phone", "visit", "wechat", "letter")

# action → (statuses it may follow, the status it leads to; None keeps the status)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "assign": (("received", "assigned"), "assigned"),
    "investigate": (("assigned",), None),
    "handle": (("received", "assigned"), "handled"),
    "reply": (("handled",), "replied"),
    "visit": (("replied",), "visited"),
    "close": (("visited",), "closed"),
    "cancel": (("received", "assigned"), "cancelled"),
    "reopen": (("closed", "cancelled"), "received"),
    "note": (OPEN, None),
}
# Answered at once: a suggestion, an enquiry or praise may be replied to from intake and
# closed after the reply.
QUICK = {"reply": ("received", "assigned", "handled"), "close": ("replied", "visited")}


@dataclass(frozen=True)
class DeadlineRules:
    urgent_repair_minutes: int = 30
    repair_hours: int = 24
    response_workdays: int = 1
    result_days: int = 10
    followup_hours: int = 48


RULE_LIMITS = {"urgent_repair_minutes": (5, 480), "repair_hours": (1, 240),
                "response_workdays": (1, 10), "result_days": (1, 60),
                "followup_hours": (1, 240)}


def deadline_rules() -> DeadlineRules:
    return load_settings(DeadlineRules, "complaints")


def save_deadline_rules(rules: DeadlineRules) -> None:
    with db.atomic():
        old = deadline_rules()
        if store_settings("complaints", old, rules, RULE_LIMITS):
            audit.record("complaints.deadlines", "setting", None, before=old.__dict__,
                         after=rules.__dict__)


def add_workdays(start: datetime, days: int) -> datetime:
    """`days` working days after `start` (Saturday and Sunday do not count)."""
    current = start
    while days:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


def first_deadline(kind: str, urgency: str, received: datetime, rules: DeadlineRules) -> datetime:
    if kind == "repair":
        return received + (timedelta(minutes=rules.urgent_repair_minutes) if urgency == "urgent"
                           else timedelta(hours=rules.repair_hours))
    return add_workdays(received, rules.response_workdays)


# -- intake ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Item:
    id: int
    number: str
    kind: str
    channel: str
    unit_id: int | None
    room: str
    contact_name: str
    contact_phone: str
    anonymous: bool
    other_unit_id: int | None
    other_room: str
    location: str
    category: str
    urgency: str
    description: str
    status: str
    received_at: str
    deadline: str | None
    assignee: str
    responsibility: str | None
    paid_work: bool | None
    satisfaction: int | None
    handled_at: str | None
    occurred_at: str | None = None  # when the incident happened, when the caller knows
    supplier_id: int | None = None  # the outside supplier it was sent to (派单)
    incident_id: int | None = None  # the 事件 (an outage, a burst pipe) it came from

    @property
    def open(self) -> bool:
        return self.status in OPEN

    def overdue(self, now: datetime) -> bool:
        return self.open and self.deadline is not None and self.deadline < _stamp(now)


_ITEM_SQL = (
    "SELECT c.id, c.number, c.kind, c.channel, c.unit_id, coalesce(u.code, ''), c.contact_name, "
    "c.contact_phone, c.anonymous, c.other_unit_id, coalesce(o.code, ''), c.location, "
    "c.category, c.urgency, c.description, c.status, c.received_at, c.deadline, c.assignee, "
    "c.responsibility, c.paid_work, c.satisfaction, c.handled_at, c.occurred_at, "
    "c.supplier_id, c.incident_id FROM complaint c "
    "LEFT JOIN unit u ON u.id = c.unit_id LEFT JOIN unit o ON o.id = c.other_unit_id")


def _item(row: tuple) -> Item:
    values = list(row)
    values[8] = bool(values[8])
    values[20] = None if values[20] is None else bool(values[20])
    return Item(*values)


def item(complaint_id: int) -> Item:
    row = db.execute_sql(_ITEM_SQL + " WHERE c.id = ?", (complaint_id,)).fetchone()
    if row is None:
        raise NotFound("complaint.not_found", number=complaint_id)
    return _item(row)



def _unit_exists(unit_id: int | None, field: str) -> None:
    if unit_id is None:
        return
    try:
        unit_code(unit_id)
    except NotFound:
        raise ValidationError(field, "household.not_found", number=unit_id) from None


def receive(*, kind: str, channel: str, category: str, description: str,
            urgency: str = "normal", unit_id: int | None = None, contact_name: str = "",
            contact_phone: str = "", anonymous: bool = False,
            other_unit_id: int | None = None, location: str = "",
            received_at: datetime | None = None, occurred_at: datetime | None = None,
            incident_id: int | None = None) -> Item:
    """受理: log an item; its number, status 受理 and first deadline come with it.
    `occurred_at` is when the incident itself happened, if the caller says; `incident_id` the
    事件 it comes from (a call about the water cut)."""
    kind = choice(kind, KINDS, field="kind")
    channel = choice(channel, CHANNELS, field="channel")
    category = choice(category, CATEGORIES, field="category")
    urgency = choice(urgency, URGENCIES, field="urgency")
    description = clean_text(description, field="description", required=True, max_len=4000,
                             multiline=True)
    contact_name = "" if anonymous else clean_text(contact_name, field="contact_name",
                                                   max_len=60)
    contact_phone = "" if anonymous else normalize_phone(contact_phone, field="contact_phone")
    location = clean_text(location, field="location", max_len=100)
    if anonymous:
        unit_id = None
    if unit_id is None and not (anonymous or contact_name or location):
        raise ValidationError("contact_name", "complaint.who_or_where")
    if other_unit_id is not None and other_unit_id == unit_id:
        raise ValidationError("other_unit", "complaint.same_household")
    moment = (received_at or clock.now()).replace(second=0, microsecond=0)
    if moment > clock.now() + timedelta(minutes=1):
        raise ValidationError("received_at", "payment.future_date")
    if occurred_at is not None:
        occurred_at = occurred_at.replace(second=0, microsecond=0)
        if occurred_at > moment:
            raise ValidationError("occurred_at", "complaint.occurred_later")
    with db.atomic():
        _unit_exists(unit_id, "unit")
        _unit_exists(other_unit_id, "other_unit")
        if incident_id is not None and not db.execute_sql(
                "SELECT EXISTS (SELECT 1 FROM incident WHERE id = ?)",
                (incident_id,)).fetchone()[0]:
            raise ValidationError("incident", "incident.not_found", number=incident_id)
        rules = deadline_rules()
        deadline = _stamp(first_deadline(kind, urgency, moment, rules))
        year = moment.year
        seq = take_number("complaint", year, floor=lambda: db.execute_sql(
            "SELECT coalesce(max(seq), 0) FROM complaint WHERE year = ?", (year,)).fetchone()[0])
        number = f"{PREFIX[kind]}{year}-{seq:05d}"
        complaint_id = insert(
            "INSERT INTO complaint (number, year, seq, kind, channel, unit_id, contact_name, "
            "contact_phone, anonymous, other_unit_id, location, category, urgency, description, "
            "status, received_at, deadline, updated_at, occurred_at, incident_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?, ?)",
            (number, year, seq, kind, channel, unit_id, contact_name, contact_phone,
             int(anonymous), other_unit_id, location, category, urgency, description,
             _stamp(moment), deadline, clock.stamp(),
             _stamp(occurred_at) if occurred_at else None, incident_id))
        _add_step(complaint_id, "receive", description,
                  {"incident_id": incident_id} if incident_id else {}, deadline, moment)
        audit.record("complaint.receive", "complaint", complaint_id, number=number, kind=kind,
                     category=category, unit_id=unit_id, incident_id=incident_id)
    return item(complaint_id)


# -- the workflow ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    id: int
    action: str
    at: str
    done_by: str
    text: str
    detail: dict
    deadline: str | None


def timeline(complaint_id: int) -> list[Step]:
    return [Step(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]), row[6])
            for row in db.execute_sql(
                "SELECT id, action, at, done_by, text, detail, deadline FROM complaint_step "
                "WHERE complaint_id = ? ORDER BY id", (complaint_id,))]


def allowed_actions(current: Item) -> list[str]:
    """The steps that may come next for this item (the UI offers only these)."""
    actions = [action for action, (after, _) in TRANSITIONS.items() if current.status in after]
    if current.kind not in FOLLOWED_UP:
        actions += [a for a, after in QUICK.items() if current.status in after
                    and a not in actions]
    return actions


def _add_step(complaint_id: int, action: str, text: str, detail: dict, deadline: str | None,
              at: datetime | None = None) -> None:
    db.execute_sql("INSERT INTO complaint_step (complaint_id, action, at, done_by, text, "
                   "detail, deadline) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (complaint_id, action, _stamp(at or clock.now()), session.actor(),
                    text, json.dumps(detail, ensure_ascii=False, sort_keys=True), deadline))


def step(complaint_id: int, action: str, *, text: str = "", assignee: str = "",
         responsibility: str | None = None, paid_work: bool | None = None,
         materials: str = "", prevention: str = "", how: str = "",
         satisfaction: int | None = None, supplier_id: int | None = None) -> Item:
    """Take one step of the workflow. Steps the workflow forbids are refused with
    `complaint.step_not_allowed`; each step asks for what it must record. 派单 to an outside
    supplier (`supplier_id`) names it as the assignee unless somebody there is named."""
    if action not in TRANSITIONS:
        raise ValidationError("action", "value.unknown", value=action)
    text = clean_text(text, field="text", max_len=4000, multiline=True)
    with db.atomic():
        current = item(complaint_id)
        if action not in allowed_actions(current):
            raise ValidationError("action", "complaint.step_not_allowed", number=current.number,
                                  action=action, status=current.status)
        rules = deadline_rules()
        now = clock.now().replace(second=0, microsecond=0)
        received = datetime.fromisoformat(current.received_at)
        changes: dict[str, object] = {}
        detail: dict[str, object] = {}
        if action == "assign":
            supplier = _supplier(supplier_id)
            changes["assignee"] = clean_text(assignee or supplier, field="assignee",
                                             required=True, max_len=60)
            changes["supplier_id"] = supplier_id
            detail["assignee"] = changes["assignee"]
            if supplier:
                detail["supplier"] = supplier
            if current.kind != "repair":
                changes["deadline"] = _stamp(received + timedelta(days=rules.result_days))
        elif action == "investigate":
            clean_text(text, field="text", required=True, multiline=True)
            if responsibility is not None:
                changes["responsibility"] = choice(responsibility, RESPONSIBILITIES,
                                                   field="responsibility")
        elif action == "handle":
            clean_text(text, field="text", required=True, multiline=True)
            if responsibility is not None:
                changes["responsibility"] = choice(responsibility, RESPONSIBILITIES,
                                                   field="responsibility")
            if current.kind == "repair":
                if paid_work is None:
                    raise ValidationError("paid_work", "value.required")
                changes["paid_work"] = int(paid_work)
            detail.update({k: v for k, v in (
                ("materials", clean_text(materials, field="materials", max_len=500,
                                         multiline=True)),
                ("prevention", clean_text(prevention, field="prevention", max_len=500,
                                          multiline=True))) if v})
            changes["handled_at"] = _stamp(now)
            changes["deadline"] = _stamp(now + timedelta(hours=rules.followup_hours))
        elif action == "reply":
            clean_text(text, field="text", required=True, multiline=True)
            detail["how"] = choice(how or "phone", REPLY_HOW, field="how")
            if current.kind not in FOLLOWED_UP and current.handled_at is None:
                changes["handled_at"] = _stamp(now)
            if current.kind not in FOLLOWED_UP:
                changes["deadline"] = None
        elif action == "visit":
            if satisfaction is None or not 1 <= satisfaction <= 5:
                raise ValidationError("satisfaction", "value.out_of_range", min=1, max=5)
            changes["satisfaction"] = satisfaction
            changes["deadline"] = None
            detail["satisfaction"] = satisfaction
        elif action in ("cancel", "reopen"):
            clean_text(text, field="text", required=True, multiline=True)
            changes["deadline"] = (None if action == "cancel" else
                                   _stamp(first_deadline(current.kind, current.urgency, now,
                                                         rules)))
        elif action == "close":
            changes["deadline"] = None
            if prevention:
                detail["prevention"] = clean_text(prevention, field="prevention", max_len=500,
                                                  multiline=True)
        elif action == "note":
            clean_text(text, field="text", required=True, multiline=True)
        status = TRANSITIONS[action][1]
        if status:
            changes["status"] = status
        if changes:
            sets = ", ".join(f"{column} = ?" for column in changes)
            db.execute_sql(f"UPDATE complaint SET {sets}, updated_at = ? WHERE id = ?",
                           (*changes.values(), clock.stamp(), complaint_id))
        deadline = changes.get("deadline", current.deadline)
        _add_step(complaint_id, action, text, detail, current.deadline, now)
        audit.record(f"complaint.{action}", "complaint", complaint_id, number=current.number,
                     before=current.status, after=status or current.status, deadline=deadline)
    return item(complaint_id)



def _supplier(supplier_id: int | None) -> str:
    """The supplier's name; refused unless it is an active supplier of the directory."""
    if supplier_id is None:
        return ""
    row = db.execute_sql("SELECT name, kind, active FROM organisation WHERE id = ?",
                         (supplier_id,)).fetchone()
    if row is None or row[1] != "supplier" or not row[2]:
        raise ValidationError("supplier", "complaint.not_a_supplier", number=supplier_id)
    return row[0]


def linked_to_incident(incident_id: int) -> list[Item]:
    """The items that came from one 事件, in the order they came."""
    return [_item(row) for row in db.execute_sql(
        _ITEM_SQL + " WHERE c.incident_id = ? ORDER BY c.received_at, c.id", (incident_id,))]


def attach(complaint_id: int, name: str, data: bytes) -> int:
    """A photo or file kept with the item."""
    check_attachment(data, field="file")
    with db.atomic():
        item(complaint_id)
        file_id = insert(
            "INSERT INTO complaint_file (complaint_id, name, data, added_at, added_by) "
            "VALUES (?, ?, ?, ?, ?)", (complaint_id, clean_text(name, field="file", max_len=200),
                                       data, clock.stamp(), session.actor()))
        audit.record("complaint.attach", "complaint", complaint_id, name=name, size=len(data))
    return file_id


def files(complaint_id: int) -> list[tuple[int, str, str]]:
    return db.execute_sql("SELECT id, name, added_at FROM complaint_file WHERE complaint_id = ?"
                          " ORDER BY id", (complaint_id,)).fetchall()


def file_data(file_id: int) -> tuple[str, bytes]:
    row = db.execute_sql("SELECT name, data FROM complaint_file WHERE id = ?",
                         (file_id,)).fetchone()
    if row is None:
        raise NotFound("complaint.not_found", number=file_id)
    return row[0], bytes(row[1])


# -- the queue ------------------------------------------------------------------------------

def queue(*, open_only: bool = True, kind: str | None = None, category: str | None = None,
          status: str | None = None, assignee: str | None = None, building: str | None = None,
          text: str = "", followup_due: bool = False, unit_id: int | None = None,
          limit: int | None = None) -> list[Item]:
    """Items in deadline order (open ones) or newest first, filtered in SQL."""
    where, params = [], []
    if open_only:
        where.append("c.status NOT IN ('closed', 'cancelled')")
    for column, value in (("c.kind", kind), ("c.category", category), ("c.status", status),
                          ("c.assignee", assignee)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if followup_due:
        where.append("c.status = 'replied' AND c.kind IN ('complaint', 'repair')")
    if building:
        where.append("(u.building_id = (SELECT id FROM building WHERE code = ?) OR "
                     "o.building_id = (SELECT id FROM building WHERE code = ?))")
        params += [building, building]
    if unit_id is not None:
        where.append("(c.unit_id = ? OR c.other_unit_id = ?)")
        params += [unit_id, unit_id]
    needle = text.strip()
    if needle:
        like = f"%{like_literal(needle)}%"
        where.append("(c.number LIKE ? ESCAPE '\\' OR u.code LIKE ? ESCAPE '\\' "
                     "OR o.code LIKE ? ESCAPE '\\' OR c.description LIKE ? ESCAPE '\\' "
                     "OR c.contact_name LIKE ? ESCAPE '\\' OR c.location LIKE ? ESCAPE '\\' "
                     "OR c.unit_id IN (SELECT oc.unit_id FROM occupancy oc JOIN person p "
                     "ON p.id = oc.person_id WHERE p.name LIKE ? ESCAPE '\\'))")
        params += [like] * 7
    sql = _ITEM_SQL + (" WHERE " + " AND ".join(where) if where else "")
    sql += (" ORDER BY c.deadline IS NULL, c.deadline, c.id" if open_only
            else " ORDER BY c.received_at DESC, c.id DESC")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [_item(row) for row in db.execute_sql(sql, params)]


def due_before(moment: datetime) -> list[Item]:
    """Open items whose deadline — to answer, to finish, or for the 回访 once replied — falls
    before `moment`, deadline first (the desk's day: `core.today`)."""
    return [_item(row) for row in db.execute_sql(
        _ITEM_SQL + " WHERE c.status NOT IN ('closed', 'cancelled') AND c.deadline < ? "
        "ORDER BY c.deadline, c.id", (_stamp(moment),))]


def assignees() -> list[str]:
    return [name for (name,) in db.execute_sql(
        "SELECT DISTINCT assignee FROM complaint WHERE assignee <> '' ORDER BY assignee")]


def received_on(day: date) -> list[Item]:
    """What came in on `day` (the evening register)."""
    start = datetime.combine(day, datetime.min.time())
    return [_item(row) for row in db.execute_sql(
        _ITEM_SQL + " WHERE c.received_at >= ? AND c.received_at < ? ORDER BY c.received_at",
        (_stamp(start), _stamp(start + timedelta(days=1))))]


# -- the numbers ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Statistics:
    total: int
    by_kind: dict[str, int]
    by_category: dict[str, int]
    by_month: dict[str, int]
    median_response_hours: float | None
    median_completion_hours: float | None
    on_time_rate: float | None  # share of handled items handled before their deadline
    followup_rate: float | None  # complaints and repairs handled that were visited
    satisfaction: float | None
    repeat_households: list[tuple[str, int]]  # room, items (two or more)
    hot_spots: list[tuple[str, int]]  # location or building, items


def statistics_for(first: date, last: date) -> Statistics:
    """The numbers for items received from `first` to `last`."""
    start = _stamp(datetime.combine(first, datetime.min.time()))
    end = _stamp(datetime.combine(last + timedelta(days=1), datetime.min.time()))
    rows = db.execute_sql(
        "SELECT c.id, c.kind, c.category, c.received_at, c.handled_at, c.satisfaction, "
        "c.status, coalesce(u.code, ''), c.location, coalesce(b.code, ''), "
        "(SELECT min(s.at) FROM complaint_step s WHERE s.complaint_id = c.id "
        " AND s.action IN ('assign', 'reply', 'handle')), "
        "(SELECT s.deadline FROM complaint_step s WHERE s.complaint_id = c.id "
        " AND s.action = 'handle' ORDER BY s.id LIMIT 1), "
        "EXISTS (SELECT 1 FROM complaint_step s WHERE s.complaint_id = c.id "
        " AND s.action = 'visit') "
        "FROM complaint c LEFT JOIN unit u ON u.id = c.unit_id "
        "LEFT JOIN building b ON b.id = u.building_id "
        "WHERE c.received_at >= ? AND c.received_at < ?", (start, end)).fetchall()
    by_kind, by_category, by_month = Counter(), Counter(), Counter()
    responses, completions, satisfactions = [], [], []
    handled = on_time = followed_total = followed = 0
    households, places = Counter(), Counter()
    for (_, kind, category, received, handled_at, satisfaction, _status, room, location,
         building, first_step, handle_deadline, visited) in rows:
        by_kind[kind] += 1
        by_category[category] += 1
        by_month[received[:7]] += 1
        got = datetime.fromisoformat(received)
        if first_step:
            responses.append((datetime.fromisoformat(first_step) - got).total_seconds() / 3600)
        if handled_at:
            completions.append((datetime.fromisoformat(handled_at) - got).total_seconds() / 3600)
            if handle_deadline:
                handled += 1
                on_time += handled_at <= handle_deadline
            if kind in FOLLOWED_UP:
                followed_total += 1
                followed += bool(visited)
        if satisfaction:
            satisfactions.append(satisfaction)
        if room and kind in ("complaint", "repair"):
            households[room] += 1
        place = location or (f"{building}栋" if building else "")
        if place and kind in ("complaint", "repair"):
            places[place] += 1

    def median(values: list[float]) -> float | None:
        return round(statistics.median(values), 1) if values else None

    def share(part: int, whole: int) -> float | None:
        return round(part / whole, 4) if whole else None

    return Statistics(
        len(rows), dict(by_kind), dict(by_category), dict(sorted(by_month.items())),
        median(responses), median(completions), share(on_time, handled),
        share(followed, followed_total),
        round(statistics.mean(satisfactions), 2) if satisfactions else None,
        [(room, n) for room, n in households.most_common() if n >= 2],
        places.most_common(10))

