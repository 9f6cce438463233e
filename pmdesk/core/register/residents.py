"""The household register: households (one per unit), who lives there in which role, since and
until when, their tags and cars. Moving out ends an occupancy; nothing is deleted.

Areas are stored in 0.01 m²; phones and ID numbers are stored whole and masked for display.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from pmdesk.core import clock
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.masking import mask_id, mask_phone
from pmdesk.core.money.amounts import first_undue
from pmdesk.core.pinyin import name_keys
from pmdesk.core.register import units
from pmdesk.core.register.rooms import RoomCode, floor_of, parse_room, split_room
from pmdesk.core.register.units import unit_code
from pmdesk.core.safety import audit, auth, session
from pmdesk.core.safety.db import db, fetch_all, fetch_one, insert
from pmdesk.core.settings import fee_settings
from pmdesk.core.validate import clean_text, iso_date, normalize_phone, parse_area

UNIT_KINDS = ("residential", "shop", "garage", "storage")
UNIT_STATES = ("undelivered", "delivered", "owner_occupied", "rented", "vacant", "renovating")
ROLES = ("owner", "co_owner", "tenant", "family", "emergency")


class HouseholdRow(NamedTuple):
    unit_id: int
    code: str
    building: str
    owners: str
    phone: str
    area: int  # 0.01 m²
    state: str
    kind: str
    tags: str


@dataclass(frozen=True)
class Occupant:
    occupancy_id: int
    person_id: int
    name: str
    role: str
    phone: str
    phone2: str
    id_number: str | None
    start_date: str | None
    end_date: str | None


@dataclass(frozen=True)
class VehicleRow:
    vehicle_id: int
    plate: str
    space: str
    space_kind: str


@dataclass(frozen=True)
class Household:
    unit_id: int
    code: str
    area: int
    inner_area: int | None
    kind: str
    state: str
    handover_date: str | None
    note: str
    occupants: tuple[Occupant, ...]  # current, owners first
    history: tuple[Occupant, ...]  # moved out, most recent first
    tags: tuple[str, ...]
    vehicles: tuple[VehicleRow, ...]


def code_sort_key(code: str) -> tuple:
    """`3-2-501` sorts before `12-1-101`: numbers as numbers."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in code.split("-"))


def format_area(area: int | None) -> str:
    return "" if area is None else f"{Decimal(area) / 100:.2f}"


def current_people() -> dict[int, list[tuple]]:
    """Per unit, its current occupants as (role, name, phone, phone2, pinyin, initials): one
    query for the whole register (the search index uses it)."""
    people: dict[int, list[tuple]] = {}
    for unit_id, *person in db.execute_sql(
            "SELECT o.unit_id, o.role, p.name, p.phone, p.phone2, p.pinyin, p.initials "
            "FROM occupancy o JOIN person p ON p.id = o.person_id WHERE o.end_date IS NULL"):
        people.setdefault(unit_id, []).append(tuple(person))
    return people


_ORDER = ("CAST(b.code AS INTEGER), b.code, CAST(u.stairwell AS INTEGER), u.stairwell, "
          "u.floor, CAST(u.room AS INTEGER), u.room")


SORTS = {
    "room": _ORDER,
    "owner": "(SELECT p.pinyin FROM occupancy o JOIN person p ON p.id = o.person_id "
             "WHERE o.unit_id = u.id AND o.role = 'owner' AND o.end_date IS NULL LIMIT 1), "
             + _ORDER,
    "area": "u.area, " + _ORDER,
    "state": "u.state, " + _ORDER,
    "kind": "u.kind, " + _ORDER,
}


def household_count() -> int:
    return db.execute_sql("SELECT count(*) FROM unit").fetchone()[0]


_OWING = ("SELECT unit_id FROM bill WHERE paid < amount - reduced AND period < ? "
          "GROUP BY unit_id HAVING count(DISTINCT period) >= ?")


def household_ids(*, building: str | None = None, state: str | None = None,
                  tag: str | None = None, owing_months: int | None = None, sort: str = "room",
                  descending: bool = False) -> list[int]:
    """The units of the register, filtered (`owing_months`: owing at least that many months,
    counted as the arrears report counts them), in room order (3-2-501 before 12-1-101) or
    sorted by owner (pinyin), area, state or kind — in SQL, so 20,000 rows sort in
    milliseconds."""
    sql = "SELECT u.id FROM unit u JOIN building b ON b.id = u.building_id"
    where, params = [], []
    if owing_months:
        where.append(f"u.id IN ({_OWING})")
        params += [first_undue(clock.today()), owing_months]
    if building:
        where.append("b.code = ?")
        params.append(building)
    if state:
        where.append("u.state = ?")
        params.append(state)
    if tag:
        where.append("u.id IN (SELECT ut.unit_id FROM unit_tag ut JOIN tag t "
                     "ON t.id = ut.tag_id WHERE t.name = ?)")
        params.append(tag)
    if where:
        sql += " WHERE " + " AND ".join(where)
    order = SORTS.get(sort, _ORDER)
    if descending:
        order = ", ".join(f"{part} DESC" for part in _split_order(order))
    return [uid for (uid,) in db.execute_sql(f"{sql} ORDER BY {order}", params)]


def _split_order(order: str) -> list[str]:
    """ORDER BY terms at the top level (commas inside a subquery stay inside)."""
    parts, depth, current = [], 0, ""
    for char in order:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [*parts, current.strip()]


def unit_by_room(text: object, *, field: str = "room") -> tuple[int, str]:
    """A room in any spelling → (unit id, canonical code); unknown rooms are refused."""
    code = str(parse_room(text, field=field))
    row = db.execute_sql("SELECT id FROM unit WHERE code = ?", (code,)).fetchone()
    if row is None:
        raise ValidationError(field, "room.unknown", value=code)
    return row[0], code


def find_unit(text: str, *, field: str = "unit") -> int | None:
    """A room in any spelling, or the name of someone living there → the unit; empty → None."""
    if not text.strip():
        return None
    if split_room(text) is not None:
        return unit_by_room(text, field=field)[0]
    return unit_of_person(text, field=field)


def unit_of_person(name: str, *, field: str = "unit") -> int:
    """The one household where someone of this name lives now; refused when nobody or more
    than one household matches (the clerk then types the room)."""
    text = clean_text(name, field=field, required=True, max_len=60)
    units = sorted({unit_id for (unit_id,) in db.execute_sql(
        "SELECT o.unit_id FROM occupancy o JOIN person p ON p.id = o.person_id "
        "WHERE o.end_date IS NULL AND p.name = ?", (text,))})
    if not units:
        raise ValidationError(field, "person.no_household", name=text)
    if len(units) > 1:
        raise ValidationError(field, "person.several_households", name=text, count=len(units))
    return units[0]


def household_rows(unit_ids: list[int]) -> dict[int, HouseholdRow]:
    """The table rows of some households (a screenful at a time)."""
    if not unit_ids:
        return {}
    marks = ",".join("?" * len(unit_ids))
    owners = units.owners(unit_ids)
    tags: dict[int, list[str]] = {}
    for unit_id, name in db.execute_sql(
            f"SELECT ut.unit_id, t.name FROM unit_tag ut JOIN tag t ON t.id = ut.tag_id "
            f"WHERE ut.unit_id IN ({marks}) ORDER BY t.id", unit_ids):
        tags.setdefault(unit_id, []).append(name)
    rows = {}
    for uid, code, bcode, area, unit_state, kind in db.execute_sql(
            f"SELECT u.id, u.code, b.code, u.area, u.state, u.kind FROM unit u "
            f"JOIN building b ON b.id = u.building_id WHERE u.id IN ({marks})", unit_ids):
        own = owners.get(uid, [])
        rows[uid] = HouseholdRow(uid, code, bcode, "、".join(name for name, _ in own),
                                 mask_phone(own[0][1]) if own else "", area, unit_state, kind,
                                 " ".join(tags.get(uid, ())))
    return rows


@dataclass(frozen=True)
class GridUnit:
    unit_id: int
    code: str
    stairwell: str
    floor: int
    room: str
    state: str
    owner: str
    owing_months: int = 0  # months of 欠费, as the arrears report counts them


def building_grid(building: str) -> list[GridUnit]:
    """The units of one building for its 楼盘图 (floor by floor, stairwell by stairwell)."""
    rows = db.execute_sql(
        "SELECT u.id, u.code, u.stairwell, coalesce(u.floor, 0), u.room, u.state, "
        "(SELECT p.name FROM occupancy o JOIN person p ON p.id = o.person_id "
        " WHERE o.unit_id = u.id AND o.role = 'owner' AND o.end_date IS NULL LIMIT 1), "
        "(SELECT count(DISTINCT period) FROM bill WHERE unit_id = u.id "
        " AND paid < amount - reduced AND period < ?) "
        "FROM unit u JOIN building b ON b.id = u.building_id WHERE b.code = ?",
        (first_undue(clock.today()), building))
    return [GridUnit(uid, code, stairwell, floor, room, state, owner or "", months or 0)
            for uid, code, stairwell, floor, room, state, owner, months in rows]


def buildings() -> list[str]:
    return sorted((code for (code,) in db.execute_sql("SELECT code FROM building")),
                  key=code_sort_key)


def tag_names() -> list[str]:
    return [name for (name,) in db.execute_sql("SELECT name FROM tag ORDER BY id")]


def _occupants(unit_id: int, current: bool) -> tuple[Occupant, ...]:
    order = ("CASE o.role WHEN 'owner' THEN 0 WHEN 'co_owner' THEN 1 WHEN 'tenant' THEN 2 "
             "WHEN 'family' THEN 3 ELSE 4 END, o.id") if current else "o.end_date DESC, o.id DESC"
    condition = "o.end_date IS NULL" if current else "o.end_date IS NOT NULL"
    return tuple(fetch_all(
        Occupant, f"SELECT o.id AS occupancy_id, p.id AS person_id, p.name, o.role, p.phone, "
        f"p.phone2, p.id_number, o.start_date, o.end_date FROM occupancy o "
        f"JOIN person p ON p.id = o.person_id WHERE o.unit_id = ? AND {condition} "
        f"ORDER BY {order}", (unit_id,)))


def household(unit_id: int) -> Household:
    """Everything the household card shows."""
    tags = tuple(name for (name,) in db.execute_sql(
        "SELECT t.name FROM unit_tag ut JOIN tag t ON t.id = ut.tag_id WHERE ut.unit_id = ? "
        "ORDER BY t.id", (unit_id,)))
    vehicles = tuple(fetch_all(
        VehicleRow, "SELECT id AS vehicle_id, plate, space, space_kind FROM vehicle "
        "WHERE unit_id = ? AND end_date IS NULL ORDER BY id", (unit_id,)))
    found = fetch_one(Household, "SELECT id AS unit_id, code, area, inner_area, kind, state, "
                      "handover_date, note FROM unit WHERE id = ?", (unit_id,),
                      occupants=_occupants(unit_id, True), history=_occupants(unit_id, False),
                      tags=tags, vehicles=vehicles)
    if found is None:
        raise NotFound("household.not_found", number=unit_id)
    return found


def reveal_id(person_id: int, approved_by: session.User | None = None) -> str:
    """A person's full ID number, for a manager (or with one's approval); every look is audited."""
    with db.atomic():
        approver = auth.require("person.reveal_id", approved_by)
        row = db.execute_sql("SELECT name, id_number FROM person WHERE id = ?",
                             (person_id,)).fetchone()
        if row is None:
            raise NotFound("person.not_found", number=person_id)
        audit.record("person.reveal_id", "person", person_id, name=row[0], approved_by=approver)
    return row[1] or ""


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_number(text: str) -> str | None:
    """An ID number as typed: 18 characters whose last is the GB 11643 check digit (ISO 7064
    MOD 11-2; a mistyped digit almost always breaks it), or an old 15-digit number."""
    value = clean_text(text, field="id_number", max_len=18).upper() or None
    if value and not re.fullmatch(r"\d{17}[\dX]|\d{15}", value):
        raise ValidationError("id_number", "id_number.invalid")
    if value and len(value) == 18:
        total = sum(int(digit) * weight for digit, weight in zip(value, _ID_WEIGHTS,
                                                                  strict=False))
        if "10X98765432"[total % 11] != value[17]:
            raise ValidationError("id_number", "id_number.check_digit")
    return value


def add_occupant(*, unit_id: int, name: str, role: str, phone: str = "", phone2: str = "",
                 id_number: str = "", start_date: date | str | None = None) -> int:
    """A person moves in (or is recorded) in a role; returns the occupancy id."""
    name = clean_text(name, field="name", required=True, max_len=60)
    if role not in ROLES:
        raise ValidationError("role", "value.unknown", value=role)
    phone = normalize_phone(phone, field="phone")
    phone2 = normalize_phone(phone2, field="phone2")
    id_number = _id_number(id_number)
    start = iso_date(start_date, field="start_date") or clock.today().isoformat()
    with db.atomic():
        unit_code(unit_id)  # the household exists
        pinyin, initials = name_keys(name)
        person_id = insert(
            "INSERT INTO person (name, phone, phone2, id_number, created_at, pinyin, initials) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", (name, phone, phone2, id_number or None,
                                             clock.stamp(), pinyin, initials))
        occupancy_id = insert(
            "INSERT INTO occupancy (unit_id, person_id, role, start_date) VALUES (?, ?, ?, ?)",
            (unit_id, person_id, role, start))
        audit.record("occupancy.add", "occupancy", occupancy_id, unit_id=unit_id,
                     person_id=person_id, role=role, start_date=start)
    return occupancy_id


def move_out(*, occupancy_id: int, end_date: date | str | None = None) -> None:
    """End an occupancy (moving out, selling, a tenancy ending); the record stays as history."""
    end = iso_date(end_date, field="end_date") or clock.today().isoformat()
    with db.atomic():
        row = db.execute_sql("SELECT start_date, end_date FROM occupancy WHERE id = ?",
                             (occupancy_id,)).fetchone()
        if row is None:
            raise NotFound("occupancy.not_found", number=occupancy_id)
        start, ended = row
        if ended is not None:
            raise ValidationError("end_date", "occupancy.already_ended", date=ended)
        if start and end < start:
            raise ValidationError("end_date", "date.before_start", start=start)
        db.execute_sql("UPDATE occupancy SET end_date = ? WHERE id = ?", (end, occupancy_id))
        audit.record("occupancy.end", "occupancy", occupancy_id, end_date=end)


BILLED_FACTS = ("area", "kind", "handover_date")  # what the fees are computed from


def new_unit(cursor, *, building_id: int, room: RoomCode, code: str, area: int, state: str,
             handover_date: str | None, note: str = "", kind: str = "residential") -> int:
    """A unit row as the register keeps it: the roster import and 添加住户 write it alike."""
    return insert(
        "INSERT INTO unit (building_id, stairwell, room, code, floor, area, kind, state, "
        "handover_date, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (building_id, room.stairwell, room.room, code, floor_of(room.room), area, kind, state,
         handover_date, note), cursor=cursor)


def new_owner(cursor, *, unit_id: int, name: str, phone: str, since: str | None) -> int:
    """The unit's owner, a new person with the search keys of the name; returns the person."""
    person_id = insert("INSERT INTO person (name, phone, created_at, pinyin, initials) "
                       "VALUES (?, ?, ?, ?, ?)", (name, phone, clock.stamp(), *name_keys(name)),
                       cursor=cursor)
    cursor.execute("INSERT INTO occupancy (unit_id, person_id, role, start_date) "
                   "VALUES (?, ?, 'owner', ?)", (unit_id, person_id, since))
    return person_id


def add_unit(*, room: object, area: object, owner: str = "", phone: str = "",
             kind: str = "residential", handover_date: date | str | None = None,
             note: str = "") -> int:
    """One household added by hand, as a row of an imported roster would add it: its building
    created as needed, its owner registered when named, its fees by the same handover rule.
    A room that exists is refused (the household card changes it)."""
    parts = parse_room(room)
    code = str(parts)
    values = {"area": parse_area(area), "owner": clean_text(owner, field="owner", max_len=60),
              "phone": normalize_phone(phone, field="phone"),
              "handover_date": iso_date(handover_date, field="handover_date"),
              "note": clean_text(note, field="note", max_len=500, multiline=True)}
    if kind not in UNIT_KINDS:
        raise ValidationError("kind", "value.unknown", value=kind)
    if values["phone"] and not values["owner"]:
        raise ValidationError("owner", "value.required")
    with db.atomic():
        if db.execute_sql("SELECT 1 FROM unit WHERE code = ?", (code,)).fetchone():
            raise ValidationError("room", "household.exists", room=code)
        cursor = db.cursor()
        found = db.execute_sql("SELECT id FROM building WHERE code = ?",
                               (parts.building,)).fetchone()
        building_id = found[0] if found else insert(
            "INSERT INTO building (code) VALUES (?)", (parts.building,), cursor=cursor)
        unit_id = new_unit(cursor, building_id=building_id,
                           room=parts, code=code, area=values["area"], kind=kind,
                           state="owner_occupied" if values["owner"] else "delivered",
                           handover_date=values["handover_date"], note=values["note"])
        if values["owner"]:
            new_owner(cursor, unit_id=unit_id, name=values["owner"], phone=values["phone"],
                      since=values["handover_date"])
        audit.record("unit.create", "unit", unit_id, room=code, area=values["area"],
                     kind=kind, name=values["owner"], handover_date=values["handover_date"])
    return unit_id


def update_unit(*, unit_id: int, area: object, kind: str, state: str,
                handover_date: date | str | None, note: str = "", reason: str = "",
                approved_by: session.User | None = None) -> None:
    """Change a unit's facts; the audit trail keeps what they were. The floor area, the type
    and the handover date are what the fees are computed from: changing them lowers or raises
    every later bill, so — like a rate — it is a manager's change, with its reason (issue
    14.12). So is a change of state that starts or stops the bills: to or from 未交付, and to
    or from 空置 while the office reduces the fees of long-vacant units. Every fact is given,
    the handover date too (None clears it): a fact left out is not silently erased."""
    new = {"area": parse_area(area), "kind": kind, "state": state,
           "handover_date": iso_date(handover_date, field="handover_date"),
           "note": clean_text(note, field="note", max_len=500, multiline=True)}
    if kind not in UNIT_KINDS:
        raise ValidationError("kind", "value.unknown", value=kind)
    if state not in UNIT_STATES:
        raise ValidationError("state", "value.unknown", value=state)
    row = db.execute_sql("SELECT state, vacant_since FROM unit WHERE id = ?",
                         (unit_id,)).fetchone()
    if row is not None:  # how long a unit stands vacant matters to the vacancy reduction
        was_vacant = row[0] == "vacant"
        new["vacant_since"] = ((row[1] if was_vacant else clock.today().isoformat())
                               if state == "vacant" else None)
    reason = clean_text(reason, field="reason", max_len=200)

    def billed(changed: dict[str, object], old: dict[str, object]) -> dict[str, str]:
        states = {old["state"], state}
        billing_state = "state" in changed and (
            "undelivered" in states or ("vacant" in states and fee_settings().vacancy_percent))
        if not (set(changed) & set(BILLED_FACTS) or billing_state):
            return {}
        approver = auth.require("unit.billing", approved_by)
        if not reason:
            raise ValidationError("reason", "value.required")
        return {"reason": reason, "approved_by": approver}

    audit.update_changed("unit", unit_id, new, missing="household.not_found", guard=billed)


def update_person(*, person_id: int, name: str, phone: str = "", phone2: str = "",
                  id_number: str = "") -> None:
    """Correct a person's name, phones or ID number; the audit trail keeps the old values
    (ID numbers only masked)."""
    new = {"name": clean_text(name, field="name", required=True, max_len=60),
           "phone": normalize_phone(phone, field="phone"),
           "phone2": normalize_phone(phone2, field="phone2"),
           "id_number": _id_number(id_number)}
    pinyin, initials = name_keys(new["name"])
    audit.update_changed("person", person_id, {**new, "pinyin": pinyin, "initials": initials},
                missing="person.not_found", shown=lambda k, v: mask_id(v) if k == "id_number"
                else v, hidden=("pinyin", "initials"))


def set_tags(*, unit_id: int, tags: list[str]) -> None:
    """The household's tags (老人户, 困难户, …); new tag names are created."""
    names = []
    for tag in tags:
        name = clean_text(tag, field="tags", max_len=20)
        if name and name not in names:
            names.append(name)
    with db.atomic():
        unit_code(unit_id)  # the household exists
        before = [n for (n,) in db.execute_sql(
            "SELECT t.name FROM unit_tag ut JOIN tag t ON t.id = ut.tag_id WHERE ut.unit_id = ? "
            "ORDER BY t.id", (unit_id,))]
        if sorted(before) == sorted(names):
            return
        for name in names:
            db.execute_sql("INSERT INTO tag (name) VALUES (?) ON CONFLICT DO NOTHING", (name,))
        db.execute_sql("DELETE FROM unit_tag WHERE unit_id = ?", (unit_id,))
        for name in names:
            db.execute_sql("INSERT INTO unit_tag (unit_id, tag_id) SELECT ?, id FROM tag "
                           "WHERE name = ?", (unit_id, name))
        audit.record("unit.tags", "unit", unit_id, before=before, after=names)


_PLATE = re.compile(r"[\u4e00-\u9fff][A-Z][A-Z0-9]{5,6}")


def normalize_plate(text: object) -> str:
    """`浙a·12345`, `浙A 12345` → `浙A12345`; mainland plates only (province, city, 5–6 more)."""
    plate = re.sub(r"[\s·.\-]", "", unicodedata.normalize("NFKC", str(text or ""))).upper()
    if not _PLATE.fullmatch(plate):
        raise ValidationError("plate", "plate.invalid", value=str(text or ""))
    return plate


def add_vehicle(*, unit_id: int, plate: str, space: str = "", space_kind: str = "none") -> int:
    plate = normalize_plate(plate)
    space = clean_text(space, field="space", max_len=20)
    if space_kind not in ("owned", "rented", "none"):
        raise ValidationError("space_kind", "value.unknown", value=space_kind)
    with db.atomic():
        unit_code(unit_id)  # the household exists
        vehicle_id = insert("INSERT INTO vehicle (unit_id, plate, space, space_kind, "
                            "start_date) VALUES (?, ?, ?, ?, ?)",
                            (unit_id, plate, space, space_kind, clock.today().isoformat()))
        audit.record("vehicle.add", "vehicle", vehicle_id, unit_id=unit_id, plate=plate)
    return vehicle_id


def remove_vehicle(*, vehicle_id: int) -> None:
    """The car is gone: the record ends today and stays in the history."""
    with db.atomic():
        if db.execute_sql("UPDATE vehicle SET end_date = ? WHERE id = ? AND end_date IS NULL",
                          (clock.today().isoformat(), vehicle_id)).rowcount != 1:
            raise NotFound("vehicle.not_found", number=vehicle_id)
        audit.record("vehicle.end", "vehicle", vehicle_id)
