"""Importing the rosters offices keep in Excel (docs cli.md, "Roster import").

`read_roster()` reads and checks a workbook without writing anything: it finds the header in
the first rows, maps Chinese column names, forward-fills merged cells, turns numbers mangled by
Excel back into text, and gives every row a verdict — accepted, or rejected with a coded reason.
`import_roster()` then writes the accepted rows in one transaction (all or nothing), and
`write_rejects()` saves the rejected rows as they were, with a 原因 column, for the clerk to fix.
"""

from __future__ import annotations

import hashlib
import re
import stat
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from threading import Event

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import range_boundaries
from openpyxl.utils.datetime import from_excel

from pmdesk.core import clock
from pmdesk.core.errors import Cancelled, PmdeskError, ValidationError
from pmdesk.core.register.residents import new_owner, new_unit
from pmdesk.core.register.rooms import parse_room, split_room
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import db
from pmdesk.core.safety.files import write_atomic
from pmdesk.core.validate import clean_text, normalize_phone, parse_area

HEADER_ROWS = 10
BLANK_RUN_STOP = 50
MAX_ROWS = 50_000
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
MAX_TOKEN_BYTES = 1024 * 1024  # a cell holds at most 32,767 characters: ~200 KB of XML
# Excel, WPS and LibreOffice never write these into a workbook's parts; a parser that re-scans
# an unfinished token on every chunk (expat before 2.6) spends minutes on one 20 MB comment
_UNUSUAL_MARKUP = (b"<!--", b"<![CDATA[", b"<!DOCTYPE", b"<!ENTITY")
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


def _header_key(text: object) -> str:
    text = unicodedata.normalize("NFKC", str(text or ""))
    text = re.sub(r"[(（].*?[)）]", "", text)
    return re.sub(r"\s", "", text)


def _match_columns(cells: tuple) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = _header_key(cell)
        for name, words in SYNONYMS.items():
            if key in words and name not in columns:
                columns[name] = index
    return columns


def _check_zip(path: Path, cancel: Event | None = None) -> None:
    try:
        info = path.stat()
    except OSError as exc:
        raise PmdeskError("file.read_failed", path=str(path), detail=str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):  # a pipe would be waited on for ever
        raise PmdeskError("file.not_a_file", path=str(path))
    if info.st_size > MAX_FILE_BYTES:
        raise PmdeskError("import.too_large", path=str(path), max_mb=MAX_FILE_BYTES >> 20)
    if not zipfile.is_zipfile(path):
        raise PmdeskError("import.not_xlsx", path=str(path))
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        unpacked = sum(m.file_size for m in members)
        if len(members) > 1000 or unpacked > MAX_UNPACKED_BYTES or any(
                m.compress_size and m.file_size / m.compress_size > MAX_RATIO for m in members):
            raise PmdeskError("import.unsafe", path=str(path))
        if "xl/workbook.xml" not in {m.filename for m in members}:
            raise PmdeskError("import.not_xlsx", path=str(path))
        for member in members:
            if member.filename.endswith((".xml", ".rels")):
                _check_tokens(archive, member, path, cancel)


def _check_tokens(archive: zipfile.ZipFile, member: zipfile.ZipInfo, path: Path,
                  cancel: Event | None) -> None:
    """Bound the work per byte before any XML parser sees the part (issue 14.10): no comment,
    CDATA section, DTD or second processing instruction, and no token — a tag or a run of text,
    everything between two `<` — longer than MAX_TOKEN_BYTES. Linear, in 1 MB chunks. No NUL
    byte either: XML cannot hold one, and in UTF-16 (which Excel never writes) every marker
    the scan looks for would be spelled with them."""
    carry = b""
    first = True
    with archive.open(member) as stream:
        while chunk := stream.read(1 << 20):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            data = carry + chunk
            if b"\0" in data or any(marker in data for marker in _UNUSUAL_MARKUP) or \
                    data.find(b"<?", 1 if first else 0) >= 0:
                raise PmdeskError("import.unsafe", path=str(path))
            first = False
            last = data.rfind(b"<")
            if max(map(len, data.split(b"<"))) > MAX_TOKEN_BYTES:
                raise PmdeskError("import.unsafe", path=str(path))
            carry = data[last:] if last >= 0 else data


def _text(value: object) -> str:
    """An identifier cell as text: 13800138000.0 → '13800138000', '１０１' → '101'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


_DATE_TEXT = (
    re.compile(r"(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})"),
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?"),
)


def _date(value: object, epoch: datetime) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value == 60 or not 1 <= value < 2958466:  # 60 is Excel's 1900-02-29
            raise ValidationError("date", "import.date_invalid", value=str(value))
        return from_excel(value, epoch=epoch).date().isoformat()
    text = unicodedata.normalize("NFKC", str(value)).strip()
    for pattern in _DATE_TEXT:
        match = pattern.fullmatch(text)
        if match:
            try:
                return date(*map(int, match.groups())).isoformat()
            except ValueError:
                break
    raise ValidationError("date", "import.date_invalid", value=str(value))


def _room(row: tuple, columns: dict[str, int]) -> str:
    def cell(name: str) -> str:
        return _text(row[columns[name]]) if name in columns else ""

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
    path = Path(path)
    _check_zip(path, cancel)

    try:  # read-only streaming: half the time of a full load (docs perf-floors §5)
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for broken files
        raise PmdeskError("import.not_xlsx", path=str(path), detail=str(exc)) from exc
    try:
        visible = [s for s in book.worksheets if s.sheet_state == "visible"]
        if not visible:
            raise PmdeskError("import.no_header", path=str(path))
        sheet = visible[0]
        merged = _merged_ranges(path, sheet)
        tops: dict[tuple[int, int], object] = {}
        rows = []
        blank_run = 0
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            if cancel is not None and number % 500 == 0 and cancel.is_set():
                raise Cancelled()
            values = tuple(cells)
            if merged:
                values = _fill_merged(values, number, merged, tops)
            if all(v is None or str(v).strip() == "" for v in values):
                blank_run += 1
                if blank_run >= BLANK_RUN_STOP:
                    break
                continue
            blank_run = 0
            rows.append((number, values))
            if len(rows) > MAX_ROWS:
                raise PmdeskError("import.too_many_rows", max_rows=MAX_ROWS)
        header_row, columns, headers = 0, {}, ()
        for number, values in rows[:HEADER_ROWS]:
            found = _match_columns(values)
            if "room" in found and ("name" in found or "area" in found):
                header_row, columns, headers = number, found, values
                break
        if not header_row:
            raise PmdeskError("import.no_header", path=str(path))
        if mapping is not None:
            columns = {name: index for name, index in mapping.items() if index is not None}
            if "room" not in columns:
                raise ValidationError("room", "import.no_room_column")
        plan = RosterPlan(path, hashlib.sha256(path.read_bytes()).hexdigest(), sheet.title,
                          header_row, tuple("" if h is None else str(h) for h in headers), columns,
                          hidden_sheets=[s.title for s in book.worksheets if s not in visible])
        formulas = _formulas_without_values(path, visible[0].title)
        data = [(n, v + (None,) * (len(headers) - len(v))) for n, v in rows if n > header_row]
        widths = _zero_formats(sheet, data, columns)
        for number, values in data:
            if widths:
                values = tuple(str(v).zfill(widths[i]) if i in widths and isinstance(v, int) else v
                               for i, v in enumerate(values))
            row = _check_row(number, values, columns, book.epoch)
            if any((number, index + 1) in formulas and values[index] is None
                   for index in columns.values()):
                row.reason = ValidationError("row", "import.formula_no_value")
            plan.rows.append(row)
    finally:
        book.close()  # a read-only workbook holds the file open (and locked on Windows)
    _reject_duplicates(plan)
    _reject_taken(plan)
    return plan


def _merged_ranges(path: Path, sheet) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges as (min_col, min_row, max_col, max_row), read from its XML:
    a read-only worksheet does not expose them."""
    member = getattr(sheet, "_worksheet_path", None)  # openpyxl's own name for the part
    if member is None:
        full = load_workbook(path, data_only=True)[sheet.title]
        return [(r.min_col, r.min_row, r.max_col, r.max_row) for r in full.merged_cells.ranges]
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(member.lstrip("/")).decode("utf-8", "replace")
    return [range_boundaries(ref) for ref in re.findall(r'<mergeCell ref="([A-Z0-9:$]+)"', xml)]


def _fill_merged(values: tuple, number: int, merged: list[tuple[int, int, int, int]],
                 tops: dict[tuple[int, int], object]) -> tuple:
    """A merged range's value in each of its cells (楼号 merged over six rows); rows come in
    order, so a range's top-left value is in `tops` before its other rows arrive."""
    filled = list(values)
    for min_col, min_row, max_col, max_row in merged:
        if min_row <= number <= max_row:
            while len(filled) < max_col:
                filled.append(None)
            if number == min_row:
                tops[(min_row, min_col)] = filled[min_col - 1]
            for column in range(min_col, max_col + 1):
                filled[column - 1] = tops.get((min_row, min_col))
    return tuple(filled)


def _zero_formats(sheet, data: list[tuple[int, tuple]], columns: dict[str, int]
                  ) -> dict[int, int]:
    """Columns of room numbers typed as numbers and shown with a `0000` format (0802 stored as
    802), with the width to pad them back to, as the clerk saw them in Excel. A column's format
    is read from its first numeric cell (reading every cell's format costs seconds)."""
    widths = {}
    for name in ("building", "stairwell", "room"):
        index = columns.get(name)
        if index is None:
            continue
        first = next((n for n, values in data if isinstance(values[index], int)), None)
        if first is None:
            continue
        [[cell]] = sheet.iter_rows(min_row=first, max_row=first, min_col=index + 1,
                                   max_col=index + 1)
        number_format = cell.number_format or ""
        if re.fullmatch(r"0+", number_format):
            widths[index] = len(number_format)
    return widths


def _formulas_without_values(path: Path, title: str) -> set[tuple[int, int]]:
    """Cells holding a formula (a file saved by a program that stores no computed values
    reads as empty): they are reported, never imported as empty or as the formula's text."""
    with zipfile.ZipFile(path) as archive:
        if not any(b"<f>" in archive.read(m) or b"<f " in archive.read(m)
                   for m in archive.namelist() if m.startswith("xl/worksheets/")):
            return set()

    sheet = load_workbook(path, data_only=False)[title]
    return {(cell.row, cell.column) for row in sheet.iter_rows() for cell in row
            if cell.data_type == "f"}


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
        row.phone = normalize_phone(_text(cell("phone")), field="phone")
        row.moved_in = _date(cell("date"), epoch)
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
    book = Workbook(write_only=True)
    sheet = book.create_sheet("未导入")

    def cells(values) -> list:
        out = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            out.append(cell)
        return out

    sheet.append(cells([*plan.headers, "原因"]))
    for row, reason in zip(plan.rejected, reasons, strict=True):
        sheet.append(cells([*row.values[:len(plan.headers)], reason]))
    out = BytesIO()
    book.save(out)
    write_atomic(path, out.getvalue())
