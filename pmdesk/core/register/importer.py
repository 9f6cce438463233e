"""Importing the rosters offices keep in Excel (docs cli.md, "Roster import").

`read_roster()` reads and checks a workbook without writing anything: it finds the header in
the first rows, maps Chinese column names, forward-fills merged cells, turns numbers mangled by
Excel back into text, and gives every row a verdict — accepted, or rejected with a coded reason.
`import_roster()` then writes the accepted rows in one transaction (all or nothing), and
`write_rejects()` saves the rejected rows as they were, with a 原因 column, for the clerk to fix.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from threading import Event

from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.register.residents import new_owner, new_unit
from pmdesk.core.register.rooms import parse_room, split_room
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import db
from pmdesk.core.spreadsheet import cell_date, read_table, text
from pmdesk.core.spreadsheet import write_rejects as write_rows
from pmdesk.core.validate import clean_text, normalize_phone, parse_area

SYNONYMS = {
    "building": ("楼栋", "楼号", "栋号", "幢", "楼栋号", "栋"),
    "stairwell": ("单元", "单元号"),
    "room": ("房号", "房间号", "室号", "房屋编号", "房屋号"),
    "name": ("业主", "业主姓名", "姓名", "产权人", "业主名称"),
    "phone": ("电话", "联系电话", "手机", "手机号", "手机号码", "联系方式"),
    "area": ("面积", "建筑面积", "房屋面积"),
    "date": ("入住日期", "交房日期"),
    "note": ("备注",),
}


@dataclass
class RosterRow:
    sheet_row: int
    values: tuple  # the cells as read, for the rejects file
    room: str = ""
    name: str = ""
    phone: str = ""
    area: int = 0  # 0.01 m²
    moved_in: str | None = None
    note: str = ""
    reason: PmdeskError | None = None


@dataclass
class RosterPlan:
    path: Path
    sha256: str
    sheet: str
    header_row: int
    headers: tuple[str, ...]
    columns: dict[str, int]
    rows: list[RosterRow] = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> list[RosterRow]:
        return [r for r in self.rows if r.reason is None]

    @property
    def rejected(self) -> list[RosterRow]:
        return [r for r in self.rows if r.reason is not None]


def _room(row: tuple, columns: dict[str, int]) -> str:
    def cell(name: str) -> str:
        return text(row[columns[name]]) if name in columns else ""

    room = cell("room")
    if not room:
        raise ValidationError("room", "import.room_missing")
    whole = split_room(room)
    if whole is not None and len(whole) in (2, 3) and not room.isdigit():
        return str(parse_room(room))  # the room column holds the whole number: 3-2-501
    if "building" in columns and cell("building"):
        parts = [cell("building"), cell("stairwell"), room]
        return str(parse_room("-".join(p for p in parts if p)))
    return str(parse_room(room))


def read_roster(path: Path | str, mapping: dict[str, int | None] | None = None, *,
                cancel: Event | None = None) -> RosterPlan:
    """Read and check a roster; nothing is written. `mapping` overrides the detected mapping
    of fields (room, name, area, ...) to column positions (None: the file has no such column).
    Setting `cancel` stops the reading (`Cancelled`)."""
    table = read_table(path, SYNONYMS, lambda found: "room" in found and (
        "name" in found or "area" in found), mapping, cancel=cancel)
    if "room" not in table.columns:
        raise ValidationError("room", "import.no_room_column")
    plan = RosterPlan(table.path, table.sha256, table.sheet, table.header_row, table.headers,
                      table.columns, hidden_sheets=table.hidden_sheets)
    for number, values in table.rows:
        row = _check_row(number, values, table.columns, table.epoch)
        if table.formula_without_value(number, values):
            row.reason = ValidationError("row", "import.formula_no_value")
        plan.rows.append(row)
    _reject_duplicates(plan)
    _reject_taken(plan)
    return plan


def _check_row(number: int, values: tuple, columns: dict[str, int], epoch) -> RosterRow:
    row = RosterRow(number, values)

    def cell(name: str) -> object:
        return values[columns[name]] if name in columns else None

    try:
        row.room = _room(values, columns)
        row.name = clean_text(cell("name"), field="name", max_len=60)
        row.area = parse_area(cell("area")) if "area" in columns else 0
        if not row.area:
            raise ValidationError("area", "import.area_missing")
        row.phone = normalize_phone(text(cell("phone")), field="phone")
        row.moved_in = cell_date(cell("date"), epoch)
        row.note = clean_text(cell("note"), field="note", max_len=500, multiline=True)
    except ValidationError as exc:
        row.reason = exc
    return row


def _reject_duplicates(plan: RosterPlan) -> None:
    counts = Counter(r.room for r in plan.rows if r.room)
    for room, count in counts.items():
        if count < 2:
            continue
        where = [r for r in plan.rows if r.room == room]
        numbers = "、".join(str(r.sheet_row) for r in where)
        for r in where:
            r.reason = ValidationError("room", "import.room_duplicate", room=room, count=count,
                                       rows=numbers)


def _reject_taken(plan: RosterPlan) -> None:
    owners = {}
    for code, name in db.execute_sql(
            "SELECT u.code, p.name FROM unit u JOIN occupancy o ON o.unit_id = u.id "
            "AND o.role = 'owner' AND o.end_date IS NULL JOIN person p ON p.id = o.person_id"):
        owners.setdefault(code, name)
    for row in plan.accepted:
        owner = owners.get(row.room)
        if owner is not None and owner != row.name:
            row.reason = ValidationError("room", "import.room_taken", room=row.room, owner=owner)


def previous_import(plan: RosterPlan) -> str | None:
    """When the same file (by content) was imported before, its date."""
    row = db.execute_sql("SELECT imported_at FROM import_batch WHERE sha256 = ? ORDER BY id "
                         "DESC LIMIT 1", (plan.sha256,)).fetchone()
    return row[0] if row else None


def import_roster(plan: RosterPlan, *, skip_bad: bool = False) -> tuple[int, int]:
    """Write the accepted rows in one transaction; return (rows that added something, rows
    already in the register as they are). Without `skip_bad`, any rejected row means nothing
    is imported."""
    if plan.rejected and not skip_bad:
        raise PmdeskError("import.has_rejects", count=len(plan.rejected))
    now = clock.stamp()
    with db.atomic():
        cursor = db.cursor()
        buildings = {code: bid for bid, code in db.execute_sql("SELECT id, code FROM building")}
        units = {code: uid for uid, code in db.execute_sql("SELECT id, code FROM unit")}
        owned = {uid for (uid,) in db.execute_sql(
            "SELECT unit_id FROM occupancy WHERE role = 'owner' AND end_date IS NULL")}
        added = 0
        for row in plan.accepted:
            room = parse_room(row.room)
            changed = row.room not in units
            if room.building not in buildings:
                cursor.execute("INSERT INTO building (code) VALUES (?)", (room.building,))
                buildings[room.building] = cursor.lastrowid
            unit_id = units.get(row.room)
            if unit_id is None:
                unit_id = units[row.room] = new_unit(
                    cursor, building_id=buildings[room.building], room=room, code=row.room,
                    area=row.area, state="owner_occupied" if row.name else "delivered",
                    handover_date=row.moved_in, note=row.note)
            if row.name and unit_id not in owned:
                new_owner(cursor, unit_id=unit_id, name=row.name, phone=row.phone,
                          since=row.moved_in)
                owned.add(unit_id)
                changed = True
            added += changed
        cursor.execute("INSERT INTO import_batch (file_name, sha256, rows_read, imported, "
                       "rejected, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (plan.path.name, plan.sha256, len(plan.rows), added,
                        len(plan.rejected), now, session.actor()))
        audit.record("import", "residents", cursor.lastrowid, file=plan.path.name,
                     imported=added, rejected=len(plan.rejected))
    return added, len(plan.accepted) - added


def write_rejects(plan: RosterPlan, path: Path | str, reasons: list[str]) -> None:
    """The rejected rows as they were read, with the reason (in the user's words) last."""
    write_rows(plan.headers, [row.values for row in plan.rejected], path, reasons)
