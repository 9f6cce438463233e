"""Importing the rosters offices keep in Excel (docs cli.md, "Roster import").

`read_roster()` reads and checks a workbook without writing anything: it finds the header in
the first rows, maps Chinese column names, forward-fills merged cells, turns numbers mangled by
Excel back into text, and gives every row a verdict — accepted, or rejected with a coded reason.
`import_roster()` then writes the accepted rows in one transaction (all or nothing), and
`write_rejects()` saves the rejected rows as they were, with a 原因 column, for the clerk to fix.

A roster is either one row per household (the office's own 业主名册) or, when it has a role
column (业主类型, 人员类型), one row per person, the rows of a room making one household — the
shape in which the systems offices leave export them, such as the 房屋导入 template of the HC
小区管理系统 (java110 MicroCommunity), whose role and state codes are those of its OwnerDto
(1001 业主 … 1005 其他) and RoomDto (2001 已入住 … 2009 装修中).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from threading import Event

from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.masking import mask_id
from pmdesk.core.pinyin import name_keys
from pmdesk.core.register.residents import format_area, new_owner, new_unit
from pmdesk.core.register.rooms import parse_room
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import db, insert
from pmdesk.core.spreadsheet import (  # noqa: F401 - write_rejects: the roster's too
    Plan,
    cell_date,
    read_table,
    room_cell,
    text,
    write_rejects,
)
from pmdesk.core.validate import clean_text, normalize_id_number, normalize_phone, parse_area

SYNONYMS = {
    "building": ("楼栋", "楼号", "栋号", "幢", "楼栋号", "栋"),
    "stairwell": ("单元", "单元号"),
    "room": ("房号", "房间", "房间号", "室号", "房屋", "房屋编号", "房屋号"),
    "floor": ("楼层", "所在楼层"),
    "name": ("业主", "业主姓名", "姓名", "产权人", "业主名称", "客户名称"),
    "phone": ("电话", "联系电话", "手机", "手机号", "手机号码", "联系方式"),
    "id_number": ("证件号码", "证件号", "身份证号", "身份证号码", "身份证"),
    "role": ("业主类型", "人员类型", "人员角色", "身份"),
    "area": ("面积", "建筑面积", "房屋面积"),
    "state": ("房屋状态",),
    "date": ("入住日期", "交房日期"),
    "note": ("备注",),
}

# what a role column says → (the register's role, what the person's note keeps of it): the
# register has no role for a 临时人员 (a relative staying a while, a nanny) or HC's 其他; the
# nearest is a member of the household — a tenant would make the unit rented
ROLE_WORDS = {
    **dict.fromkeys(("业主", "业主本人", "本人", "户主", "产权人", "房主", "1001"), ("owner", "")),
    **dict.fromkeys(("共有人", "共有产权人", "共同业主"), ("co_owner", "")),
    **dict.fromkeys(("家庭成员", "家属", "成员", "亲属", "1002"), ("family", "")),
    **dict.fromkeys(("租客", "租户", "承租人", "1003"), ("tenant", "")),
    **dict.fromkeys(("紧急联系人",), ("emergency", "")),
    **dict.fromkeys(("临时人员", "1004"), ("family", "临时人员")),
    **dict.fromkeys(("其他", "其他人员", "1005"), ("family", "其他")),
}
# 房屋状态 by name, or by HC's code; 已装修 (2005) and 已售 (2007, a shop sold) say the unit
# was handed over and no more
STATE_WORDS = {
    **dict.fromkeys(("已入住", "入住", "自住", "业主自住", "2001"), "owner_occupied"),
    **dict.fromkeys(("未交房", "未交付", "未销售", "2002"), "undelivered"),
    **dict.fromkeys(("已交房", "已交付", "已交房未入住", "已装修", "已售", "2003", "2005",
                     "2007"), "delivered"),
    **dict.fromkeys(("未入住", "空置", "空闲", "闲置", "2004", "2008"), "vacant"),
    **dict.fromkeys(("出租", "已出租", "2006"), "rented"),
    **dict.fromkeys(("装修中", "装修", "2009"), "renovating"),
}

# a line of explanation below (or between) the records: 说明：…, 注：…, 1、…, (2)…
_NOTE = re.compile(r"[*※]|(?:(?:填写|填表|导入)?说明|注意事项|注意|温馨提示|提示|备注|注)\s*\d{0,2}"
                   r"\s*(?:[:：、.．]|$)|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．)）]\s*\D"
                   r"|[(（]\s*\d{1,2}\s*[)）]")
LONG_TEXT = 20  # characters: a lone cell this long is a sentence, not a name or a room


@dataclass
class RosterRow:
    sheet_row: int
    values: tuple  # the cells as read, for the rejects file
    room: str = ""
    name: str = ""
    phone: str = ""
    area: int = 0  # 0.01 m²; 0 on a person's row that leaves it to the owner's
    moved_in: str | None = None
    note: str = ""
    role: str = ""  # owner, co_owner, family, tenant, emergency; "" on a row without a person
    role_note: str = ""  # what the role column said when the register has no such role
    id_number: str = ""
    state: str = ""  # the unit's state the file gives, "" when it gives none
    floor: int | None = None
    reason: PmdeskError | None = None
    warning: PmdeskError | None = None  # imported all the same, something left out


@dataclass(kw_only=True)
class RosterPlan(Plan):
    @property
    def warnings(self) -> list[tuple[int, PmdeskError]]:
        """(sheet row, what was left out) of the rows to be imported."""
        return [(r.sheet_row, r.warning) for r in self.accepted if r.warning is not None]


def read_roster(path: Path | str, mapping: dict[str, int | None] | None = None, *,
                cancel: Event | None = None) -> RosterPlan:
    """Read and check a roster; nothing is written. `mapping` overrides the detected mapping
    of fields (room, name, area, ...) to column positions (None: the file has no such column).
    Setting `cancel` stops the reading (`Cancelled`)."""
    table = read_table(path, SYNONYMS, lambda found: "room" in found and (
        "name" in found or "area" in found), mapping, cancel=cancel)
    if "room" not in table.columns:
        raise ValidationError("room", "import.no_room_column")
    plan = RosterPlan.of(table)
    for number, values in table.rows:
        unreadable = table.formula_without_value(number, values)
        if not unreadable and not _is_record(values, table.columns):
            continue
        row = _check_row(number, values, table.columns, table.epoch)
        if unreadable:
            row.reason = ValidationError("row", "import.formula_no_value")
        plan.rows.append(row)
    if "role" in plan.columns:
        _check_households(plan, plan.columns)
    else:
        _reject_duplicates(plan)
    _reject_registered(plan)
    _reject_incomplete_households(plan)
    return plan


def _blank(value: object) -> bool:
    return value is None or str(value).strip() == ""


def _is_record(values: tuple, columns: dict[str, int]) -> bool:
    """Whether a row below the header is a record at all. A row that holds nothing in the
    columns read, or only explanation — a 说明：/注：/1、 line, or one sentence-long cell (merged
    across the table, it fills every cell with the same text) — is the template's own text
    beside or below the table: never imported, never reported."""
    if all(_blank(values[index]) for index in columns.values() if index < len(values)):
        return False
    cells = [value for value in values if not _blank(value)]
    if not all(isinstance(value, str) for value in cells):
        return True
    texts = list(dict.fromkeys(value.strip() for value in cells))
    room = values[columns["room"]] if columns["room"] < len(values) else None
    if not _blank(room) and room.strip() != texts[0]:
        return True
    return not (_NOTE.match(texts[0]) or (len(texts) == 1 and len(texts[0]) >= LONG_TEXT))


def _check_row(number: int, values: tuple, columns: dict[str, int], epoch) -> RosterRow:
    row = RosterRow(number, values)

    def cell(name: str) -> object:
        return values[columns[name]] if name in columns else None

    try:
        row.room = room_cell(values, columns)
        row.name = clean_text(cell("name"), field="name", max_len=60)
        row.role, row.role_note = _role(cell("role"), row.name)
        if row.role in ("owner", "") or not _blank(cell("area")):
            row.area = parse_area(cell("area"))  # the household's people may leave it out
        row.state = _state(cell("state"))
        row.floor = _floor(cell("floor"))
        row.phone = normalize_phone(text(cell("phone")), field="phone")
        row.moved_in = cell_date(cell("date"), epoch)
        row.note = clean_text(cell("note"), field="note", max_len=500, multiline=True)
    except ValidationError as exc:
        row.reason = exc
    row.id_number, row.warning = _id_number(cell("id_number"))
    return row


def _word(value: object) -> str:
    """A code or a name as written: `1001`, 1001.0 and ` 业 主 ` alike."""
    return re.sub(r"\s", "", text(value))


def _role(value: object, name: str) -> tuple[str, str]:
    """The register's role of the person a row names, and what the note keeps of the role
    column's word. Without a role, a named person is the owner (as in a roster of households);
    a row without a name is the unit alone (an unsold or empty room)."""
    word = _word(value)
    if not word:
        return ("owner" if name else ""), ""
    if word not in ROLE_WORDS:
        raise ValidationError("role", "import.role_unknown", value=word)
    if not name:
        raise ValidationError("name", "value.required")
    return ROLE_WORDS[word]


def _state(value: object) -> str:
    word = _word(value)
    if word and word not in STATE_WORDS:
        raise ValidationError("state", "import.state_unknown", value=word)
    return STATE_WORDS.get(word, "")


def _floor(value: object) -> int | None:
    """A 楼层 cell (`5`, `5层`, `-1`); None when it holds no plain floor number, and the
    floor is then read from the room number as for any unit."""
    match = re.fullmatch(r"(-?\d{1,3})[层楼F]?", _word(value).upper())
    return int(match[1]) if match else None


def _id_number(value: object) -> tuple[str, PmdeskError | None]:
    """The ID number of a row, or '' and the warning that says why it was left out: a bad one
    never keeps a household out of the register (docs cli.md). An 18-digit number typed into a
    cell Excel took for a number lost its last digits for good (it keeps 15 significant)."""
    if isinstance(value, float) and abs(value) >= 2**53:
        return "", ValidationError("id_number", "import.id_number_as_number")
    try:
        return normalize_id_number(text(value), others=True), None
    except ValidationError as exc:
        code = "import.id_number_check_digit" if exc.code == "id_number.check_digit" \
            else "import.id_number_invalid"
        return "", ValidationError("id_number", code, value=mask_id(text(value)))


def _by_room(rows: list[RosterRow]) -> dict[str, list[RosterRow]]:
    """The rows that name a room, by room, in sheet order."""
    rooms: dict[str, list[RosterRow]] = {}
    for row in rows:
        if row.room:
            rooms.setdefault(row.room, []).append(row)
    return rooms


def _numbers(rows: list[RosterRow]) -> str:
    return "、".join(str(r.sheet_row) for r in rows)


def _reject(rows: list[RosterRow], reason: ValidationError) -> None:
    """Give `reason` to those of `rows` not rejected already (their own reason comes first)."""
    for row in rows:
        if row.reason is None:
            row.reason = reason


def _reject_duplicates(plan: RosterPlan) -> None:
    counts = Counter(r.room for r in plan.rows if r.room)
    for room, count in counts.items():
        if count < 2:
            continue
        where = [r for r in plan.rows if r.room == room]
        numbers = _numbers(where)
        for r in where:
            r.reason = ValidationError("room", "import.room_duplicate", room=room, count=count,
                                       rows=numbers)


def _check_households(plan: RosterPlan, columns: dict[str, int]) -> None:
    """A roster of people (it has a role column): the rows of one room are one household. A
    person on two rows of a room, rows that disagree on the area or the state, and people
    without an owner row are rejected — every row concerned, since nobody can tell which is
    right. The first owner of a room is its owner, the other owners co-owners."""
    for room, rows in _by_room(plan.rows).items():
        people = Counter((r.name, r.id_number) for r in rows)
        for person, count in people.items():
            if count < 2:
                continue
            same = [r for r in rows if (r.name, r.id_number) == person]
            if person[0]:
                _reject(same, ValidationError("name", "import.person_duplicate", room=room,
                                              name=person[0], count=count,
                                              rows=_numbers(same)))
            else:  # the room alone, twice
                _reject(same, ValidationError("room", "import.room_duplicate", room=room,
                                              count=count, rows=_numbers(same)))
        _reject_conflict(room, rows, "area", lambda r: r.area, lambda r: format_area(r.area))
        _reject_conflict(room, rows, "state", lambda r: r.state,
                         lambda r: _word(r.values[columns["state"]]))
        if any(r.role for r in rows) and not any(r.role == "owner" for r in rows):
            _reject(rows, ValidationError("room", "import.room_no_owner", room=room,
                                          rows=_numbers(rows)))
        for row in [r for r in rows if r.role == "owner"][1:]:
            row.role = "co_owner"


def _reject_conflict(room: str, rows: list[RosterRow], name: str,
                     value: Callable[[RosterRow], object],
                     shown: Callable[[RosterRow], str]) -> None:
    """The rows of a room that state a fact of the unit (its area, its state) must agree."""
    stated = [r for r in rows if value(r)]
    if len({value(r) for r in stated}) > 1:
        _reject(stated, ValidationError(name, "import.room_conflict", room=room,
                                        rows=_numbers(stated),
                                        values="、".join(shown(r) for r in stated)))


def _reject_registered(plan: RosterPlan) -> None:
    """A room already in the register with an owner is left as it is: its rows are accepted
    (and change nothing) only when they name the people there, each in that role. A different
    owner is refused as taken; anyone else not there — a new co-owner, family member or tenant
    — as registered: people join a registered household on its card, where the clerk sees who
    is there. A registered room without an owner takes the file's household, as a new one."""
    people: dict[str, list[tuple[str, str]]] = {}
    for code, role, name in db.execute_sql(
            "SELECT u.code, o.role, p.name FROM unit u JOIN occupancy o ON o.unit_id = u.id "
            "AND o.end_date IS NULL JOIN person p ON p.id = o.person_id ORDER BY o.id"):
        people.setdefault(code, []).append((role, name))
    for row in plan.accepted:
        there = people.get(row.room, [])
        owner = next((name for role, name in there if role == "owner"), None)
        if owner is None:
            continue
        if row.role in ("owner", ""):
            if row.name != owner:
                row.reason = ValidationError("room", "import.room_taken", room=row.room,
                                             owner=owner)
        elif (row.role, row.name) not in there:
            row.reason = ValidationError("room", "import.room_registered", room=row.room,
                                         name=row.name)


def _reject_incomplete_households(plan: RosterPlan) -> None:
    """A household is imported whole or not at all: when a row of a room is rejected, so are
    the others, and the rejects file holds the whole household to fix and import again (once
    its owner is registered, the rest could only be refused as registered)."""
    for room, rows in _by_room(plan.rows).items():
        bad = [r for r in rows if r.reason is not None]
        if bad:
            _reject(rows, ValidationError("room", "import.household_rejected", room=room,
                                          rows=_numbers(bad)))


def previous_import(plan: RosterPlan) -> str | None:
    """When the same file (by content) was imported before, its date."""
    row = db.execute_sql("SELECT imported_at FROM import_batch WHERE sha256 = ? ORDER BY id "
                         "DESC LIMIT 1", (plan.sha256,)).fetchone()
    return row[0] if row else None


def import_roster(plan: RosterPlan, *, skip_bad: bool = False) -> tuple[int, int]:
    """Write the accepted rows in one transaction; return (households that added something,
    households already in the register as they are). Without `skip_bad`, any rejected row
    means nothing is imported."""
    if plan.rejected and not skip_bad:
        raise PmdeskError("import.has_rejects", count=len(plan.rejected))
    now = clock.stamp()
    households = _by_room(plan.accepted)
    with db.atomic():
        cursor = db.cursor()
        buildings = {code: bid for bid, code in db.execute_sql("SELECT id, code FROM building")}
        units = {code: uid for uid, code in db.execute_sql("SELECT id, code FROM unit")}
        present = set(db.execute_sql(
            "SELECT o.unit_id, o.role, p.name FROM occupancy o JOIN person p "
            "ON p.id = o.person_id WHERE o.end_date IS NULL").fetchall())
        owned = {unit_id for unit_id, role, _ in present if role == "owner"}
        added = 0
        for code, rows in households.items():
            head = next((r for r in rows if r.role == "owner"), rows[0])
            unit_id = units.get(code)
            changed = unit_id is None
            if unit_id is None:
                unit_id = units[code] = _new_unit(cursor, code, head, rows, buildings)
            for row in rows:
                there = unit_id in owned if row.role == "owner" else \
                    (unit_id, row.role, row.name) in present
                if row.role and not there:
                    _new_person(cursor, unit_id, row)
                    present.add((unit_id, row.role, row.name))
                    if row.role == "owner":
                        owned.add(unit_id)
                    changed = True
            added += changed
        batch_id = insert("INSERT INTO import_batch (file_name, sha256, rows_read, imported, "
                          "rejected, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          (plan.path.name, plan.sha256, len(plan.rows), added,
                           len(plan.rejected), now, session.actor()), cursor=cursor)
        audit.record("import", "residents", batch_id, file=plan.path.name,
                     imported=added, rejected=len(plan.rejected))
    return added, len(households) - added


def _unit_state(rows: list[RosterRow]) -> str:
    """The state the file gives; else rented with a tenant, lived in with an owner, handed
    over without anyone."""
    stated = next((r.state for r in rows if r.state), "")
    if stated:
        return stated
    if any(r.role == "tenant" for r in rows):
        return "rented"
    return "owner_occupied" if any(r.name for r in rows) else "delivered"


def _new_unit(cursor, code: str, head: RosterRow, rows: list[RosterRow],
              buildings: dict[str, int]) -> int:
    """The household's unit, its facts from its owner's row (`head`). A 楼层 the file gives
    wins over the floor read from the room number (HC numbers rooms 1, 2, … on each floor); a
    unit imported vacant has been so, as far as the register knows, since today."""
    room = parse_room(code)
    if room.building not in buildings:
        buildings[room.building] = insert("INSERT INTO building (code) VALUES (?)",
                                          (room.building,), cursor=cursor)
    state = _unit_state(rows)
    unit_id = new_unit(cursor, building_id=buildings[room.building], room=room, code=code,
                       area=head.area, state=state, handover_date=head.moved_in, note=head.note)
    floor = next((r.floor for r in rows if r.floor is not None), None)
    if floor is not None or state == "vacant":
        cursor.execute("UPDATE unit SET floor = coalesce(?, floor), vacant_since = ? "
                       "WHERE id = ?", (floor, clock.today().isoformat() if state == "vacant"
                                        else None, unit_id))
    return unit_id


def _new_person(cursor, unit_id: int, row: RosterRow) -> None:
    """A person of the household in the row's role. The owner — whose row's 备注 is the
    unit's — is written by the register's helper (添加住户 writes it alike), then given the ID
    number it does not take; the others keep in their note the role column's word the register
    has no role for (临时人员), and their own 备注."""
    if row.role == "owner":
        person_id = new_owner(cursor, unit_id=unit_id, name=row.name, phone=row.phone,
                              since=row.moved_in)
        if row.id_number:
            cursor.execute("UPDATE person SET id_number = ? WHERE id = ?",
                           (row.id_number, person_id))
        return
    note = "；".join(filter(None, (row.role_note, row.note)))
    person_id = insert("INSERT INTO person (name, phone, id_number, note, created_at, pinyin, "
                       "initials) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (row.name, row.phone, row.id_number or None, note, clock.stamp(),
                        *name_keys(row.name)), cursor=cursor)
    cursor.execute("INSERT INTO occupancy (unit_id, person_id, role, start_date) "
                   "VALUES (?, ?, ?, ?)", (unit_id, person_id, row.role, row.moved_in))


