"""Exports to Excel. Every user string is written as a text cell, never as a formula: a name
such as `=HYPERLINK(...)` stays text in the manager's spreadsheet (docs reliability §5.3).
ID numbers are masked unless a manager asks for them (roles arrive with logins); every export
is audited with its row count."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO
from pathlib import Path

from pmdesk.core import clock
from pmdesk.core.errors import ValidationError
from pmdesk.core.register.residents import (
    code_sort_key,
    format_area,
    mask_id,
)
from pmdesk.core.safety import audit, auth
from pmdesk.core.safety.db import db
from pmdesk.core.safety.files import check_output, write_atomic

TABLES = ("residents", "bills", "payments", "arrears", "collection", "complaints",
          "events", "never_reached")

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


MAX_ROWS = 1_048_575  # an Excel sheet holds 1,048,576 rows, the header included
BILL_COLUMNS = (("房号", 12, "text"), ("业主", 16, "text"), ("月份", 9, "text"),
                ("收费项目", 14, "text"), ("数量", 10, "text"), ("单价", 9, "text"),
                ("应收(元)", 11, "money"), ("已缴(元)", 11, "money"), ("减免(元)", 10, "money"),
                ("欠费(元)", 11, "money"), ("到期日", 11, "text"))
PAYMENT_COLUMNS = (("收据号", 13, "text"), ("收款日期", 11, "text"), ("房号", 12, "text"),
                   ("交款人", 16, "text"), ("付款方式", 9, "text"), ("金额(元)", 11, "money"),
                   ("其中预存(元)", 12, "money"), ("经办人", 10, "text"), ("状态", 8, "text"),
                   ("作废日期", 11, "text"), ("作废原因", 24, "text"), ("备注", 20, "text"))
ARREARS_COLUMNS = (("房号", 12, "text"), ("楼栋", 6, "text"), ("业主", 16, "text"),
                   ("电话", 14, "text"), ("欠费(元)", 12, "money"), ("欠费月数", 9, "int"),
                   ("最早欠费月份", 12, "text"), ("0-3个月(元)", 12, "money"),
                   ("3-12个月(元)", 12, "money"), ("1-2年(元)", 12, "money"),
                   ("2-3年(元)", 12, "money"), ("3年以上(元)", 12, "money"))
METHOD_NAMES = {"cash": "现金", "wechat": "微信", "alipay": "支付宝", "bank": "银行转账",
                "card": "刷卡"}


def _period_where(column: str, first: int | None, last: int | None) -> tuple[str, list[int]]:
    where, params = [], []
    if first:
        where.append(f"{column} >= ?")
        params.append(first)
    if last:
        where.append(f"{column} <= ?")
        params.append(last)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _too_many(count: int) -> None:
    if count > MAX_ROWS:
        raise ValidationError("table", "export.too_many_rows", rows=count, max=MAX_ROWS)


def bill_rows(first: int | None = None, last: int | None = None) -> list[tuple]:
    from pmdesk.core.money.amounts import due_date, period_text, rate_text
    from pmdesk.core.money.reports import owner_names_by_unit

    where, params = _period_where("b.period", first, last)
    _too_many(db.execute_sql(f"SELECT count(*) FROM bill b{where}", params).fetchone()[0])
    owners = owner_names_by_unit()
    rows = []
    for unit_id, code, period, item, basis, quantity, rate, amount, paid, reduced in \
            db.execute_sql(
                "SELECT b.unit_id, u.code, b.period, f.name, f.basis, b.quantity, b.rate, "
                "b.amount, b.paid, b.reduced FROM bill b JOIN unit u ON u.id = b.unit_id "
                f"JOIN fee_item f ON f.id = b.fee_item_id{where} ORDER BY b.period, b.id",
                params):
        rows.append((code, owners.get(unit_id, ("", ""))[0], period_text(period), item,
                     format_area(quantity) if basis == "area" else str(quantity),
                     rate_text(rate) if basis == "area" else f"{rate / 100:.2f}",
                     amount, paid, reduced, amount - paid - reduced,
                     due_date(period).isoformat()))
    return rows


def payment_rows(first: str | None = None, last: str | None = None) -> list[tuple]:
    where, params = [], []
    if first:
        where.append("p.paid_on >= ?")
        params.append(first)
    if last:
        where.append("p.paid_on <= ?")
        params.append(last)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    _too_many(db.execute_sql(f"SELECT count(*) FROM payment p{clause}", params).fetchone()[0])
    credit = dict(db.execute_sql("SELECT payment_id, amount FROM credit_entry "
                                 "WHERE kind = 'excess'"))
    return [(number, paid_on, code, payer, METHOD_NAMES.get(method, method), amount,
             credit.get(pid, 0), clerk, "作废" if voided_on else "有效", voided_on or "",
             reason or "", note)
            for pid, number, paid_on, code, payer, method, amount, clerk, note, voided_on, reason
            in db.execute_sql(
                "SELECT p.id, p.receipt_no, p.paid_on, u.code, p.payer, p.method, p.amount, "
                "p.clerk, p.note, v.voided_on, v.reason FROM payment p "
                "JOIN unit u ON u.id = p.unit_id LEFT JOIN payment_void v ON v.payment_id = p.id"
                f"{clause} ORDER BY p.year, p.seq", params)]


def arrears_rows(as_of=None) -> list[tuple]:
    from pmdesk.core.money.amounts import period_text
    from pmdesk.core.money.reports import arrears

    return [(row.room, row.building, row.owner, row.phone, row.owed, row.months,
             period_text(row.oldest_period), *row.buckets) for row in arrears(as_of).rows]


COLLECTION_COLUMNS = (("月份", 9, "text"), ("楼栋", 6, "text"), ("应收(元)", 13, "money"),
                      ("实收(元)", 13, "money"), ("减免(元)", 11, "money"),
                      ("当期收缴率", 11, "text"), ("出账户数", 9, "int"),
                      ("已缴清户数", 10, "int"), ("户收费率", 10, "text"),
                      ("收回往期欠费(元)", 15, "money"), ("往期仍欠(元)", 14, "money"),
                      ("清欠率", 9, "text"))


def collection_rows(first: int, last: int, by_building: bool = False) -> list[tuple]:
    from pmdesk.core.money.amounts import period_text
    from pmdesk.core.money.reports import collection_table

    def percent(value) -> str:
        return f"{value * 100:.2f}%"

    return [(period_text(r.period), r.building or "全小区", r.billed, r.collected, r.reduced,
             percent(r.rate), r.households, r.households_paid, percent(r.household_rate),
             r.recovered, r.still_owed, percent(r.recovery_rate))
            for r in collection_table(first, last, by_building=by_building)]


COMPLAINT_COLUMNS = (("编号", 14, "text"), ("类型", 6, "text"), ("来源", 6, "text"),
                     ("类别", 9, "text"), ("紧急程度", 8, "text"), ("状态", 6, "text"),
                     ("房号", 10, "text"), ("反映人", 10, "text"), ("涉及另一户", 10, "text"),
                     ("地点", 12, "text"), ("情况", 40, "text"), ("受理时间", 17, "text"),
                     ("派单/调查", 17, "text"), ("处理完成", 17, "text"), ("回复", 17, "text"),
                     ("回访", 17, "text"), ("关闭", 17, "text"), ("期限", 17, "text"),
                     ("承办人", 12, "text"), ("满意度", 7, "int"))
COMPLAINT_NAMES = {
    "complaint": "投诉", "repair": "报修", "suggestion": "建议", "enquiry": "咨询",
    "praise": "表扬",
    "visit": "来访", "phone": "电话", "wechat": "微信", "box": "意见箱", "letter": "信函",
    "noise": "噪音", "parking": "停车", "renovation": "装修", "sanitation": "卫生",
    "greening": "绿化", "facility": "设施设备", "neighbour": "邻里纠纷", "security": "安全",
    "attitude": "服务态度", "fees": "收费", "other": "其他", "urgent": "紧急", "normal": "一般",
    "received": "受理", "assigned": "派单/调查", "handled": "处理", "replied": "回复",
    "visited": "回访", "closed": "关闭", "cancelled": "撤销"}


def complaint_rows() -> list[tuple]:
    from pmdesk.core.service.complaints import queue

    steps: dict[int, dict[str, str]] = {}
    for complaint_id, action, at in db.execute_sql(
            "SELECT complaint_id, action, max(at) FROM complaint_step GROUP BY complaint_id, "
            "action"):
        steps.setdefault(complaint_id, {})[action] = at.replace("T", " ")
    rows = []
    for c in reversed(queue(open_only=False)):
        when = steps.get(c.id, {})
        who = "匿名" if c.anonymous else c.contact_name
        rows.append((c.number, COMPLAINT_NAMES[c.kind], COMPLAINT_NAMES[c.channel],
                     COMPLAINT_NAMES[c.category], COMPLAINT_NAMES[c.urgency],
                     COMPLAINT_NAMES[c.status], c.room, who, c.other_room, c.location,
                     c.description, c.received_at.replace("T", " "), when.get("assign", ""),
                     when.get("handle", ""), when.get("reply", ""), when.get("visit", ""),
                     when.get("close", ""), (c.deadline or "").replace("T", " "), c.assignee,
                     c.satisfaction))
    return rows


EVENT_COLUMNS = (("活动", 24, "text"), ("类型", 10, "text"), ("开始", 17, "text"),
                 ("结束", 17, "text"), ("地点", 16, "text"), ("组织者", 14, "text"),
                 ("合作方", 18, "text"), ("状态", 8, "text"), ("名额", 7, "int"),
                 ("报名户数", 9, "int"), ("报名人数", 9, "int"), ("候补人数", 9, "int"),
                 ("到场人数", 9, "int"), ("预算(元)", 11, "money"), ("实际花费(元)", 12, "money"))
EVENT_NAMES = {"sports": "文体活动", "volunteer": "公益/志愿", "lecture": "讲座/培训",
               "festival": "节日活动", "meeting": "业主大会/座谈会", "planned": "计划中",
               "published": "已发布", "finished": "已结束", "cancelled": "已取消"}


def event_rows() -> list[tuple]:
    from pmdesk.core.service.events import events

    households = dict(db.execute_sql("SELECT event_id, count(*) FROM signup WHERE status <> "
                                     "'cancelled' GROUP BY event_id"))
    return [(e.title, EVENT_NAMES[e.type], e.starts_at.replace("T", " "),
             e.ends_at.replace("T", " "), e.place, e.organiser, "、".join(e.partners),
             EVENT_NAMES[e.status], e.capacity, households.get(e.id, 0), e.confirmed, e.waiting,
             e.attended, e.budget or 0, e.cost or 0) for e in events()]


NEVER_REACHED_COLUMNS = (("房号", 12, "text"), ("楼栋", 6, "text"), ("业主", 18, "text"),
                         ("电话", 15, "text"))


def never_reached_rows() -> list[tuple]:
    """Households no event reached in the last twelve months (phones masked)."""
    from datetime import timedelta

    from pmdesk.core.money.reports import owner_names_by_unit
    from pmdesk.core.register.residents import mask_phone
    from pmdesk.core.service.events import participation

    today = clock.today()
    never = set(participation(today - timedelta(days=365),
                              today + timedelta(days=30)).never_reached)
    owners = owner_names_by_unit()
    units = db.execute_sql("SELECT u.id, u.code, b.code FROM unit u JOIN building b "
                           "ON b.id = u.building_id").fetchall()
    return [(code, building, owners.get(uid, ("", ""))[0],
             mask_phone(owners.get(uid, ("", ""))[1]))
            for uid, code, building in sorted(units, key=lambda u: code_sort_key(u[1]))
            if uid in never]


SHEETS = {  # table → (sheet name, columns, rows)
    "residents": ("业主名册", tuple((h, w, "area" if h.startswith("建筑面积") else "text")
                                for h, w in RESIDENT_COLUMNS), resident_rows),
    "bills": ("账单", BILL_COLUMNS, bill_rows),
    "payments": ("收款记录", PAYMENT_COLUMNS, payment_rows),
    "arrears": ("欠费明细", ARREARS_COLUMNS, arrears_rows),
    "collection": ("收缴率", COLLECTION_COLUMNS, collection_rows),
    "complaints": ("投诉报修", COMPLAINT_COLUMNS, complaint_rows),
    "events": ("社区活动", EVENT_COLUMNS, event_rows),
    "never_reached": ("未参加活动的住户", NEVER_REACHED_COLUMNS, never_reached_rows),
}


def export_table(table: str, path: Path | str, *, approved_by: auth.User | None = None,
                 **options) -> int:
    """Write `table` to an .xlsx at `path` (all at once or not at all); return the row count.
    `options` narrow it: bills take `first`/`last` months, payments `first`/`last` days,
    arrears `as_of`; residents `reveal_ids` (full ID numbers: a manager's right).

    The audit row is written in the transaction that reads the rows, before the file: an
    export the audit trail refused (a busy database) leaves no file behind."""
    if table not in TABLES:
        raise ValidationError("table", "value.unknown", value=table)
    check_output(path)
    title, columns, read = SHEETS[table]
    with db.atomic():
        approver = auth.require("person.reveal_id", approved_by) \
            if options.get("reveal_ids") else ""
        rows = read(**options)
        audit.record("export", table, None, path=str(path), rows=len(rows),
                     columns=[header for header, _, _ in columns],
                     ids_masked=not options.get("reveal_ids"), approved_by=approver,
                     **{key: str(value) for key, value in options.items() if value})
    write_atomic(path, workbook(title, columns, rows))
    return len(rows)


def workbook(title: str, columns, rows) -> bytes:
    """An .xlsx of one sheet: bold headers, frozen first row and column, every user string a
    text cell, money with two decimals."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font, PatternFill

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title)
    for index, (_, width, _) in enumerate(columns, start=1):
        sheet.column_dimensions[_column_letter(index)].width = width
    sheet.freeze_panes = "B2"
    bold, grey = Font(bold=True), PatternFill("solid", fgColor="EEEEEE")

    def text(value: str, header: bool = False) -> WriteOnlyCell:
        # control characters XML cannot hold (stored by an older version or another tool)
        # become U+FFFD instead of breaking the export
        cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", str(value)))
        cell.data_type = "s"  # text, even when it starts with = + - @
        if header:
            cell.font, cell.fill = bold, grey
        return cell

    def number(value: Decimal | int, fmt: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = fmt
        return cell

    kinds = [kind for _, _, kind in columns]
    sheet.append([text(header, True) for header, _, _ in columns])
    for row in rows:
        cells = []
        for kind, value in zip(kinds, row, strict=True):
            if kind == "money":
                cells.append(number(Decimal(value) / 100, "#,##0.00"))
            elif kind == "int":
                cells.append(number(value, "0") if value is not None else None)
            elif kind == "area" and value:
                cells.append(number(Decimal(value), "0.00"))
            else:
                cells.append(text(value) if value else None)
        sheet.append(cells)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)
