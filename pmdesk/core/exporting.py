"""Exports to Excel. Every user string is written as a text cell, never as a formula: a name
such as `=HYPERLINK(...)` stays text in the manager's spreadsheet (docs reliability §5.3).
ID numbers are masked unless a manager asks for them (roles arrive with logins); every export
is audited with its row count."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO
from pathlib import Path

from pmdesk.core import audit
from pmdesk.core.db import db
from pmdesk.core.errors import ValidationError
from pmdesk.core.residents import (
    code_sort_key,
    format_area,
    mask_id,
)
from pmdesk.core.safe_files import write_atomic

TABLES = ("residents",)

RESIDENT_COLUMNS = (  # header, width in characters
    ("房号", 12), ("楼栋", 6), ("单元", 6), ("室号", 7), ("建筑面积(㎡)", 12), ("类型", 8),
    ("状态", 11), ("交房日期", 11), ("业主", 18), ("业主电话", 15), ("业主证件号", 20),
    ("租户", 14), ("租户电话", 15), ("家庭成员", 20), ("紧急联系人", 12), ("紧急联系电话", 15),
    ("标签", 14), ("车辆", 22),
)
STATE_NAMES = {"undelivered": "未交房", "delivered": "已交房未入住", "owner_occupied": "自住",
               "rented": "出租", "vacant": "空置", "renovating": "装修中"}
KIND_NAMES = {"residential": "住宅", "shop": "商铺", "garage": "车库", "storage": "储藏室"}


def resident_rows(*, reveal_ids: bool = False) -> list[tuple]:
    """The owners' register (业主名册): one row per household, in room order."""
    grouped: dict[int, dict[str, list[str]]] = {}

    def add(unit_id: int, key: str, value: str) -> None:
        if value:
            grouped.setdefault(unit_id, {}).setdefault(key, []).append(value)

    for unit_id, name in db.execute_sql("SELECT ut.unit_id, t.name FROM unit_tag ut "
                                        "JOIN tag t ON t.id = ut.tag_id ORDER BY t.id"):
        add(unit_id, "tags", name)
    for unit_id, plate in db.execute_sql("SELECT unit_id, plate FROM vehicle "
                                         "WHERE end_date IS NULL ORDER BY id"):
        add(unit_id, "cars", plate)
    for unit_id, role, name, phone, id_number in db.execute_sql(
            "SELECT o.unit_id, o.role, p.name, p.phone, p.id_number FROM occupancy o "
            "JOIN person p ON p.id = o.person_id WHERE o.end_date IS NULL "
            "ORDER BY o.unit_id, o.role = 'co_owner', o.id"):
        group = "owner" if role in ("owner", "co_owner") else role
        add(unit_id, group, name)
        add(unit_id, f"{group}_phone", phone)
        if group == "owner":
            add(unit_id, "owner_id", (id_number or "") if reveal_ids else mask_id(id_number))
    units = db.execute_sql("SELECT u.id, u.code, b.code, u.stairwell, u.room, u.area, u.kind, "
                           "u.state, u.handover_date FROM unit u JOIN building b "
                           "ON b.id = u.building_id").fetchall()
    units.sort(key=lambda u: code_sort_key(u[1]))
    rows = []
    for uid, code, building, stairwell, room, area, kind, state, handover in units:
        g = grouped.get(uid, {})
        first = {key: values[0] for key, values in g.items()}
        every = {key: "、".join(values) for key, values in g.items()}
        rows.append((code, building, stairwell, room, format_area(area),
                     KIND_NAMES.get(kind, kind), STATE_NAMES.get(state, state), handover or "",
                     every.get("owner", ""), first.get("owner_phone", ""),
                     first.get("owner_id", ""), every.get("tenant", ""),
                     first.get("tenant_phone", ""), every.get("family", ""),
                     every.get("emergency", ""), first.get("emergency_phone", ""),
                     " ".join(g.get("tags", [])), every.get("cars", "")))
    return rows


def export_table(table: str, path: Path | str) -> int:
    """Write `table` to an .xlsx at `path` (all at once or not at all); return the row count."""
    if table not in TABLES:
        raise ValidationError("table", "value.unknown", value=table)
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    rows = resident_rows()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("业主名册")
    for index, (_, width) in enumerate(RESIDENT_COLUMNS, start=1):
        sheet.column_dimensions[_column_letter(index)].width = width
    sheet.freeze_panes = "B2"
    bold, grey = Font(bold=True), PatternFill("solid", fgColor="EEEEEE")

    def text(value: str, header: bool = False) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # text, even when it starts with = + - @
        if header:
            cell.font, cell.fill = bold, grey
        return cell

    area_column = 4
    sheet.append([text(header, True) for header, _ in RESIDENT_COLUMNS])
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            if index == area_column and value:
                cell = WriteOnlyCell(sheet, value=Decimal(value))
                cell.number_format = "0.00"
                cells.append(cell)
            else:
                cells.append(text(value) if value else None)
        sheet.append(cells)
    out = BytesIO()
    book.save(out)
    write_atomic(path, out.getvalue())
    with db.atomic():
        audit.record("export", "residents", None, path=str(path), rows=len(rows),
                     columns=[header for header, _ in RESIDENT_COLUMNS], ids_masked=True)
    return len(rows)


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)
