"""Day one: the arrears and credit an office brings from its old software or Excel ledger.

`read_opening()` reads and checks a workbook without writing anything, in the shapes offices
keep (docs cli.md, `import arrears` / `import credit`):

- one row per household, month and item (房号, 月份, 收费项目, 金额);
- one row per household with a total and the months it covers (欠费起止 `2024-01至2024-06`, or
  起始月份 and 截止月份): split evenly to the fen, the remainder on the oldest month;
- a payment history (房屋, 收费项目, 开始时间, 结束时间, 应缴金额, 实缴金额, 缴费时间, 收银员):
  each row's due is spread over its months, what was paid settles the oldest months first, and
  what is left unpaid is carried over; the row itself is kept as history on the ledger;
- opening credit: 房号 and 预存余额.

`import_opening()` writes the accepted rows in one transaction as one batch: arrears become
bills of their own months marked with the batch (so payment oldest-first, aging, the limitation
watch, letters and the dossier treat them like any bill), credit an entry of kind 'opening'
(no receipt: the old system received that money; not in any day's takings). It is a manager's
action, audited with the file's hash and the totals by item and month. `undo_opening()` takes a
batch back as a whole while nothing has been paid against it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from threading import Event

from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.money.amounts import add_months, months_between, parse_money, period_of
from pmdesk.core.register.residents import code_sort_key
from pmdesk.core.register.rooms import split_room
from pmdesk.core.register.units import owner_names_by_unit
from pmdesk.core.safety import audit, auth, session
from pmdesk.core.safety.db import db, insert, one_writer, retried
from pmdesk.core.spreadsheet import (  # noqa: F401 - write_rejects: for the callers
    Plan,
    cell_date,
    read_table,
    room_cell,
    text,
    write_rejects,
)
from pmdesk.core.validate import clean_text

KINDS = ("arrears", "credit")
MAX_MONTHS = 120  # a row covering more than ten years is a typing error, not a debt
SERIAL_FROM = 32874  # Excel's 1990-01-01: a smaller whole number is no month of a debt
ROOM_WORDS = {
    "building": ("楼栋", "楼号", "栋号", "幢", "楼栋号", "栋"),
    "stairwell": ("单元", "单元号"),
    "room": ("房号", "房间号", "房间", "室号", "房屋编号", "房屋号", "房屋", "房产", "房屋名称",
             "房号/车位", "资源编号"),
    "owner": ("业主", "业主姓名", "姓名", "业主名称", "客户名称", "客户", "产权人", "缴费人"),
    "note": ("备注", "说明"),
}
ARREARS_WORDS = {
    **ROOM_WORDS,
    "period": ("月份", "所属期间", "所属月份", "费用月份", "计费月份", "账期", "期间", "年月",
               "所属年月", "欠费月份", "欠费起止", "欠费期间", "起止月份", "欠费时段", "计费期间",
               "费用期间"),
    "start": ("起始月份", "开始月份", "起始时间", "开始时间", "起始日期", "开始日期", "计费开始",
              "计费起始时间", "费用开始时间", "欠费起始月份", "起始"),
    "end": ("截止月份", "结束月份", "截止时间", "结束时间", "截止日期", "结束日期", "计费结束",
            "计费结束时间", "费用结束时间", "欠费截止月份", "截止"),
    "item": ("收费项目", "费用项目", "项目", "费项", "费用名称", "收费项目名称", "费用类型",
             "收费名称"),
    "amount": ("金额", "欠费金额", "欠费", "欠款金额", "欠款", "未缴金额", "欠缴金额",
               "欠费总额", "欠费合计", "合计欠费", "欠费金额合计", "应收未收", "未收金额"),
    "due": ("应缴金额", "应收金额", "应缴", "应收", "应缴费用", "应收费用"),
    "paid": ("实缴金额", "实收金额", "已缴金额", "实缴", "实收", "已缴", "已收金额"),
    "paid_on": ("缴费时间", "缴费日期", "收款日期", "收款时间", "收费时间", "收费日期"),
    "cashier": ("收银员", "收款人", "收费员", "收费人", "操作员"),
}
CREDIT_WORDS = {
    **ROOM_WORDS,
    "amount": ("预存余额", "预存金额", "预存款", "预存", "余额", "金额", "预交金额", "预缴金额",
               "账户余额", "预收余额", "预收款"),
}
_RANGE_SPLIT = re.compile(r"\s*(?:至|到|~|～|—|–|－{1,2}|-{2})\s*|(?<=[\d月日])\s*-\s*(?=\d{4})")
_MONTH = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?(?:\s*[-./]?\s*\d{1,2}\s*日?)?"
                    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")


@dataclass
class OpeningRow:
    sheet_row: int
    values: tuple  # the cells as read, for the rejects file
    room: str = ""
    unit_id: int = 0
    item: str = ""
    months: tuple[int, ...] = ()  # the months the row covers, oldest first
    owed: tuple[int, ...] = ()  # fen carried over for each of `months` (arrears)
    amount: int = 0  # the row's arrears, or its credit
    due: int = 0  # history: what the old system billed
    paid: int = 0  # history: what was paid
    paid_on: str | None = None
    cashier: str = ""
    split: bool = False  # a total spread over its months
    reason: PmdeskError | None = None


@dataclass(kw_only=True)
class OpeningPlan(Plan):
    kind: str
    shape: str  # "month" (a month or span per row), "range" (起始/截止), "history", "credit"
    new_items: list[str] = field(default_factory=list)  # items pmdesk does not know
    default_item: str = ""  # the item of every row when the file has no item column

    @property
    def total(self) -> int:
        return sum(r.amount for r in self.accepted)

    @property
    def households(self) -> int:
        return len({r.unit_id for r in self.accepted if r.amount})

    @property
    def split_rows(self) -> int:
        return sum(1 for r in self.accepted if r.split)

    @property
    def empty_rows(self) -> int:
        """Accepted rows that carry nothing over (0 owed, or a history row paid in full)."""
        return sum(1 for r in self.accepted if not r.amount)

    def by_item_month(self) -> dict[tuple[str, int], int]:
        totals: dict[tuple[str, int], int] = defaultdict(int)
        for row in self.accepted:
            for month, fen in zip(row.months, row.owed, strict=True):
                if fen:
                    totals[(row.item, month)] += fen
        return dict(totals)


# -- reading --------------------------------------------------------------------------------

def read_opening(path: Path | str, kind: str, mapping: dict[str, int | None] | None = None, *,
                 cancel: Event | None = None) -> OpeningPlan:
    """Read and check opening arrears (`kind` 'arrears') or credit ('credit'); nothing is
    written. `mapping` overrides the detected columns (None: the file has no such column)."""
    if kind not in KINDS:
        raise ValidationError("kind", "value.unknown", value=kind)
    words = ARREARS_WORDS if kind == "arrears" else CREDIT_WORDS
    try:
        table = read_table(path, words, lambda found: "room" in found and (
            "amount" in found or "due" in found), mapping, cancel=cancel)
    except PmdeskError as exc:
        if exc.code == "import.no_header":  # say what this import looks for, not a roster's
            raise PmdeskError(f"opening.no_header_{kind}", path=str(path)) from exc
        raise
    columns = table.columns
    if "room" not in columns:
        raise ValidationError("room", "import.no_room_column")
    if "amount" not in columns and "due" not in columns:
        raise ValidationError("amount", "opening.no_amount_column")
    shape = _shape(kind, columns)
    plan = OpeningPlan.of(table, kind=kind, shape=shape)
    if kind == "arrears" and "item" not in columns:
        plan.default_item = _default_item()
    units = dict(db.execute_sql("SELECT code, id FROM unit"))
    today = clock.today()
    for number, values in table.rows:
        if _not_a_record(values):
            continue
        row = OpeningRow(number, values)
        try:
            if table.formula_without_value(number, values):
                raise ValidationError("row", "import.formula_no_value")
            row.room = room_cell(values, columns)
            row.unit_id = units.get(row.room, 0)
            if not row.unit_id:
                raise ValidationError("room", "opening.room_unknown", room=row.room)
            if kind == "credit":
                row.amount = _money(values[columns["amount"]], "amount", allow_zero=True)
            else:
                _check_arrears(row, values, columns, shape, table.epoch, today,
                               plan.default_item)
        except ValidationError as exc:
            row.reason = exc
        plan.rows.append(row)
    _reject_merged_amounts(plan, table.merged_copies)
    if kind == "arrears":
        _reject_repeated_months(plan)
        _reject_billed(plan)
        known = {name for (name,) in db.execute_sql("SELECT DISTINCT name FROM fee_item")}
        plan.new_items = sorted({r.item for r in plan.accepted if r.amount} - known)
    else:
        _reject_repeated_rooms(plan)
        _reject_credited(plan)
    return plan


def _not_a_record(values: tuple) -> bool:
    """The 合计 line under a ledger, or a line of explanation (注：…, 制表人 …) alone in its
    row: not a household."""
    filled = [text(v) for v in values if v is not None and text(v)]
    first = re.sub(r"\s", "", filled[0]).rstrip(":：") if filled else ""
    return first in ("合计", "总计", "小计", "总合计") or (
        len(filled) == 1 and isinstance(next(v for v in values if v is not None and text(v)),
                                        str) and split_room(filled[0]) is None)


def _shape(kind: str, columns: dict[str, int]) -> str:
    if kind == "credit":
        return "credit"
    if "paid" in columns and "due" in columns:
        return "history"
    if "start" in columns or "end" in columns:
        return "range"
    return "month"


def _default_item() -> str:
    """The item of a ledger without an item column: 物业服务费, or the office's only item."""
    names = [name for (name,) in db.execute_sql(
        "SELECT DISTINCT name FROM fee_item WHERE carried_over = 0 ORDER BY name")]
    if "物业服务费" in names:
        return "物业服务费"
    if len(names) == 1:
        return names[0]
    raise PmdeskError("opening.no_item_column")


def _money(value: object, field_name: str, *, allow_zero: bool = False) -> int:
    """A money cell: Excel's float (210.32999999999998 from a formula is 210.33), or text."""
    if isinstance(value, float):
        exact = Decimal(repr(value))
        cents = exact.quantize(Decimal("0.01"))
        if abs(exact - cents) < Decimal("0.000001"):
            value = str(cents)
    elif (value is None or (isinstance(value, str) and not value.strip())) and allow_zero:
        return 0
    if isinstance(value, str) and unicodedata.normalize("NFKC", value).strip().startswith("-") \
            or isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
        raise ValidationError(field_name, "opening.negative", value=str(value))
    return parse_money(value, field=field_name, allow_zero=allow_zero)


def month_of(value: object, epoch: datetime, *, year: int | None = None,
             field_name: str = "period") -> int:
    """A month cell: `2024-03`, `2024年3月`, `202403`, `2024.3`, a date (`2024-03-01`, an
    Excel date or serial number) → 202403. `year` completes a month written alone (`6月`)."""
    if isinstance(value, datetime | date):
        return period_of(value if isinstance(value, date) else value.date())
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = int(value)
        if number == value and 190001 <= number <= 299912 and 1 <= number % 100 <= 12:
            return number
        if number == value and 19000101 <= number <= 29991231:
            value = str(number)
        elif 1900 <= value < 3000 and number != value:
            # 2024.03 typed into a number cell: Excel keeps 2024.03, and 2024.10 as 2024.1,
            # which cannot be told from January — only two decimals are read as a month
            month = repr(value).split(".")[1]
            if len(month) != 2:
                raise ValidationError(field_name, "opening.month_invalid", value=repr(value))
            value = f"{number}-{month}"
        elif number >= SERIAL_FROM:
            return period_of(date.fromisoformat(cell_date(value, epoch)))  # an Excel date
        else:
            raise ValidationError(field_name, "opening.month_invalid", value=str(value))
    raw = unicodedata.normalize("NFKC", "" if value is None else str(value)).strip()
    found = _MONTH.fullmatch(raw) or re.fullmatch(r"(\d{4})(\d{2})(?:\d{2})?", raw)
    if found is None and year is not None:
        found = re.fullmatch(r"()(\d{1,2})\s*月?", raw)
    if not raw:
        raise ValidationError(field_name, "opening.month_missing")
    if found is None:
        raise ValidationError(field_name, "opening.month_invalid", value=raw)
    y = int(found.group(1)) if found.group(1) else year
    m = int(found.group(2))
    if not 1 <= m <= 12 or not 1900 <= y <= 2999:
        raise ValidationError(field_name, "opening.month_invalid", value=raw)
    return y * 100 + m


def months_of(value: object, epoch: datetime) -> tuple[int, int]:
    """A month or a span of months in one cell: `2024-03`, `2024-01至2024-06`,
    `2024.01-2024.06`, `2024年1月至6月`, `2024-01-01~2024-06-30` → (first, last)."""
    if not isinstance(value, str):
        month = month_of(value, epoch)
        return month, month
    raw = unicodedata.normalize("NFKC", value).strip()
    parts = [p for p in _RANGE_SPLIT.split(raw) if p]
    if len(parts) == 1:
        month = month_of(parts[0], epoch)
        return month, month
    if len(parts) != 2:
        raise ValidationError("period", "opening.month_invalid", value=raw)
    first = month_of(parts[0], epoch)
    return first, month_of(parts[1], epoch, year=first // 100)


def _span(first: int, last: int, today: date, value: str) -> tuple[int, ...]:
    if last < first:
        raise ValidationError("period", "opening.months_reversed", value=value)
    count = months_between(first, last) + 1
    if count > MAX_MONTHS:
        raise ValidationError("period", "opening.too_many_months", value=value,
                              max=MAX_MONTHS)
    if last > period_of(today):
        raise ValidationError("period", "opening.future_month", value=value)
    return tuple(add_months(first, n) for n in range(count))


def spread(total: int, months: int) -> list[int]:
    """`total` fen over `months` months evenly to the fen, the remainder on the oldest."""
    share, remainder = divmod(total, months)
    return [share + remainder] + [share] * (months - 1)


def _check_arrears(row: OpeningRow, values: tuple, columns: dict[str, int], shape: str,
                   epoch: datetime, today: date, default_item: str) -> None:
    def cell(name: str) -> object:
        return values[columns[name]] if name in columns else None

    row.item = clean_text(cell("item"), field="item", max_len=40) if "item" in columns \
        else default_item
    if not row.item:
        raise ValidationError("item", "opening.item_missing")
    if "period" in columns and cell("period") not in (None, ""):
        first, last = months_of(cell("period"), epoch)
        shown = text(cell("period"))
    else:
        start, end = cell("start"), cell("end")
        if start in (None, "") and end in (None, ""):
            raise ValidationError("period", "opening.month_missing")
        first = month_of(start if start not in (None, "") else end, epoch)
        last = month_of(end, epoch) if end not in (None, "") else first
        shown = f"{text(start)}—{text(end)}"
    row.months = _span(first, last, today, shown)
    if shape == "history":
        row.due = _money(cell("due"), "due", allow_zero=True)
        row.paid = _money(cell("paid"), "paid", allow_zero=True)
        if row.paid > row.due:
            raise ValidationError("paid", "opening.overpaid")
        row.paid_on = cell_date(cell("paid_on"), epoch) if row.paid else None
        row.cashier = clean_text(cell("cashier"), field="cashier", max_len=40)
        owed, left = [], row.paid
        for fen in spread(row.due, len(row.months)):  # paid settles the oldest months first
            take = min(fen, left)
            left -= take
            owed.append(fen - take)
        row.owed = tuple(owed)
        row.amount = row.due - row.paid
    else:
        row.amount = _money(cell("amount") if "amount" in columns else cell("due"), "amount",
                            allow_zero=True)
        row.owed = tuple(spread(row.amount, len(row.months)))
        row.split = len(row.months) > 1 and row.amount > 0


def _reject_merged_amounts(plan: OpeningPlan, copies: dict[tuple[int, int], int]) -> None:
    """An amount merged over several rows was written once, for all of them together: copied
    to each row it would be counted again on every one, so those rows are refused."""
    money = [plan.columns[name] for name in ("amount", "due", "paid") if name in plan.columns]
    groups: dict[int, list[int]] = defaultdict(list)
    for row in plan.rows:
        for index in money:
            if (row.sheet_row, index) in copies:
                groups[copies[(row.sheet_row, index)]].append(row.sheet_row)
                break
    for top, others in groups.items():
        numbers = [top, *others]
        for row in plan.rows:
            if row.sheet_row in numbers and row.reason is None:
                row.reason = ValidationError("amount", "opening.merged_amount", rows="、".join(
                    map(str, numbers)))


def _reject_repeated_months(plan: OpeningPlan) -> None:
    """A household's month of one item on two rows: nobody can tell which is right."""
    where: dict[tuple[str, str, int], list[OpeningRow]] = defaultdict(list)
    for row in plan.accepted:
        for month, fen in zip(row.months, row.owed, strict=True):
            if fen or plan.shape == "history":
                where[(row.room, row.item, month)].append(row)
    for (room, item, month), rows in where.items():
        if len(rows) > 1:
            numbers = "、".join(str(r.sheet_row) for r in rows)
            for r in rows:
                r.reason = ValidationError("period", "opening.month_repeated", room=room,
                                           item=item, month=_month_text(month), rows=numbers)


def _reject_repeated_rooms(plan: OpeningPlan) -> None:
    counts = Counter(r.room for r in plan.accepted)
    for row in plan.accepted:
        if counts[row.room] > 1:
            numbers = "、".join(str(r.sheet_row) for r in plan.rows if r.room == row.room)
            row.reason = ValidationError("room", "import.room_duplicate", room=row.room,
                                         count=counts[row.room], rows=numbers)


def _reject_billed(plan: OpeningPlan) -> None:
    """A month already billed in pmdesk for that item is refused, never doubled."""
    rows = [r for r in plan.accepted if r.amount]
    if not rows:
        return
    billed = set(db.execute_sql(
        "SELECT b.unit_id, f.name, b.period FROM bill b JOIN fee_item f ON f.id = b.fee_item_id "
        "WHERE b.period BETWEEN ? AND ?",
        (min(r.months[0] for r in rows), max(r.months[-1] for r in rows))).fetchall())
    for row in rows:
        for month, fen in zip(row.months, row.owed, strict=True):
            if fen and (row.unit_id, row.item, month) in billed:
                row.reason = ValidationError("period", "opening.already_billed", room=row.room,
                                             item=row.item, month=_month_text(month))
                break


def _reject_credited(plan: OpeningPlan) -> None:
    credited = {unit_id for (unit_id,) in db.execute_sql(
        "SELECT unit_id FROM credit_entry WHERE kind = 'opening' AND opening_id NOT IN "
        "(SELECT batch_id FROM opening_undo)")}
    for row in plan.accepted:
        if row.unit_id in credited:
            row.reason = ValidationError("room", "opening.already_credited", room=row.room)


def _month_text(month: int) -> str:
    return f"{month // 100}-{month % 100:02d}"


# -- writing --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Batch:
    id: int
    kind: str
    file_name: str
    sha256: str
    rows_read: int
    rows_imported: int
    rejected: int
    households: int
    total: int
    history_paid: int
    imported_at: str
    imported_by: str
    approved_by: str
    undone_at: str | None = None
    undone_by: str | None = None
    undo_reason: str | None = None


_BATCH = ("SELECT b.id, b.kind, b.file_name, b.sha256, b.rows_read, b.rows_imported, b.rejected, "
          "b.households, b.total, b.history_paid, b.imported_at, b.imported_by, b.approved_by, "
          "u.undone_at, u.undone_by, u.reason FROM opening_batch b "
          "LEFT JOIN opening_undo u ON u.batch_id = b.id")


def batches() -> list[Batch]:
    """Every import of opening balances, newest first (undone ones included)."""
    return [Batch(*row) for row in db.execute_sql(_BATCH + " ORDER BY b.id DESC")]


def batch(batch_id: int) -> Batch:
    row = db.execute_sql(_BATCH + " WHERE b.id = ?", (batch_id,)).fetchone()
    if row is None:
        raise PmdeskError("opening.not_found", number=batch_id)
    return Batch(*row)


def previous_import(plan: OpeningPlan) -> Batch | None:
    """The batch that imported this very file (by content) and was not undone."""
    row = db.execute_sql("SELECT b.id FROM opening_batch b WHERE b.sha256 = ? AND b.id NOT IN "
                         "(SELECT batch_id FROM opening_undo) ORDER BY b.id DESC LIMIT 1",
                         (plan.sha256,)).fetchone()
    return batch(row[0]) if row else None


@retried
def import_opening(plan: OpeningPlan, *, skip_bad: bool = False, create_items: bool = False,
                   approved_by: session.User | None = None) -> Batch:
    """Write the plan's accepted rows as one batch, in one transaction. A manager's action (or
    approved by one); without `skip_bad` any rejected row means nothing is imported; items the
    office does not know are created, as carried-over items never billed by pmdesk, only with
    `create_items`. The same file imported before (and not undone) is refused."""
    if plan.rejected and not skip_bad:
        raise PmdeskError("import.has_rejects", count=len(plan.rejected))
    if not plan.accepted or not (plan.total or plan.shape == "history"):
        raise PmdeskError("opening.nothing")
    with db.atomic():
        one_writer("money")  # desks on a server change money one at a time
        approver = auth.require("opening.import", approved_by)
        earlier = previous_import(plan)
        if earlier is not None:
            raise PmdeskError("opening.already_imported", number=earlier.id,
                              when=earlier.imported_at[:16].replace("T", " "))
        now, actor = clock.stamp(), session.actor()
        rows = plan.accepted
        history_paid = sum(r.paid for r in rows) if plan.shape == "history" else 0
        batch_id = insert(
            "INSERT INTO opening_batch (kind, file_name, sha256, rows_read, rows_imported, "
            "rejected, households, total, history_paid, imported_at, imported_by, approved_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (plan.kind, plan.path.name, plan.sha256, len(plan.rows), len(rows),
             len(plan.rejected), plan.households, plan.total, history_paid, now, actor,
             approver))
        if plan.kind == "credit":
            _write_credit(batch_id, rows, now)
            detail = {}
        else:
            detail = _write_arrears(plan, batch_id, rows, now, create_items, approver)
        audit.record("opening.import", "opening_batch", batch_id, kind=plan.kind,
                     file=plan.path.name, sha256=plan.sha256, rows=len(rows),
                     rejected=len(plan.rejected), households=plan.households,
                     total=plan.total, history_paid=history_paid, approved_by=approver,
                     **detail)
    return batch(batch_id)


def _write_credit(batch_id: int, rows: list[OpeningRow], now: str) -> None:
    credited = {unit_id for (unit_id,) in db.execute_sql(
        "SELECT unit_id FROM credit_entry WHERE kind = 'opening' AND opening_id NOT IN "
        "(SELECT batch_id FROM opening_undo) GROUP BY unit_id HAVING sum(amount) > 0")}
    if credited & {row.unit_id for row in rows if row.amount}:
        raise PmdeskError("opening.changed")  # another file credited them since this was read
    today = clock.today().isoformat()
    db.cursor().executemany(
        "INSERT INTO credit_entry (unit_id, amount, kind, on_date, created_at, opening_id) "
        "VALUES (?, ?, 'opening', ?, ?, ?)",
        [(row.unit_id, row.amount, today, now, batch_id) for row in rows if row.amount])


def _write_arrears(plan: OpeningPlan, batch_id: int, rows: list[OpeningRow], now: str,
                   create_items: bool, approver: str) -> dict[str, object]:
    totals = plan.by_item_month()
    if plan.new_items and not create_items:
        raise PmdeskError("opening.unknown_items", items="、".join(plan.new_items))
    items = _items_for(plan, totals, now, approver)
    billed = {(unit_id, item_id, period) for unit_id, item_id, period in db.execute_sql(
        "SELECT unit_id, fee_item_id, period FROM bill WHERE period BETWEEN ? AND ?",
        (min(p for _, p in totals), max(p for _, p in totals)))} if totals else set()
    bills = []
    for row in rows:
        for month, fen in zip(row.months, row.owed, strict=True):
            if not fen:
                continue
            item_id = items[(row.item, month)]
            if (row.unit_id, item_id, month) in billed:  # billed since the file was read
                raise PmdeskError("opening.changed")
            bills.append((row.unit_id, item_id, month, 1, fen, fen, fen, now, batch_id))
    db.cursor().executemany(
        "INSERT INTO bill (unit_id, fee_item_id, period, quantity, rate, full_amount, amount, "
        "created_at, opening_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", bills)
    if plan.shape == "history":
        db.cursor().executemany(
            "INSERT INTO opening_payment (batch_id, unit_id, item, first_period, last_period, "
            "due, paid, paid_on, cashier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(batch_id, row.unit_id, row.item, row.months[0], row.months[-1], row.due,
              row.paid, row.paid_on, row.cashier) for row in rows])
    by_item: dict[str, int] = defaultdict(int)
    by_month: dict[int, int] = defaultdict(int)
    for (item, month), fen in totals.items():
        by_item[item] += fen
        by_month[month] += fen
    return {"by_item": dict(by_item), "by_month": dict(sorted(by_month.items())),
            "bills": len(bills), "new_items": plan.new_items}


def _items_for(plan: OpeningPlan, totals: dict[tuple[str, int], int], now: str,
               approver: str) -> dict[tuple[str, int], int]:
    """The fee item of each (name, month): the one in force that month, else the first of
    that name; a name pmdesk does not know becomes a carried-over item."""
    known: dict[str, list[tuple[int, int, int | None]]] = defaultdict(list)
    for item_id, name, start, end in db.execute_sql(
            "SELECT id, name, start_period, end_period FROM fee_item ORDER BY id"):
        known[name].append((item_id, start, end))
    for name in plan.new_items:
        months = [month for (item, month) in totals if item == name]
        item_id = insert(
            "INSERT INTO fee_item (name, basis, rate, unit_kinds, start_period, end_period, "
            "legal_basis, created_at, carried_over) VALUES (?, 'fixed', 1, "
            "'residential,shop,garage,storage', ?, ?, '期初结转', ?, 1)",
            (name, min(months), max(months), now))
        known[name].append((item_id, min(months), max(months)))
        audit.record("fee_item.create", "fee_item", item_id, name=name,
                     carried_over=True, start_period=min(months), end_period=max(months),
                     approved_by=approver)
    chosen = {}
    for item, month in totals:
        candidates = known[item]
        chosen[(item, month)] = next(
            (item_id for item_id, start, end in candidates
             if start <= month and (end is None or month <= end)), candidates[0][0])
    return chosen


def undo_problem(batch_id: int) -> PmdeskError | None:
    """Why the batch can no longer be undone (something was paid, reduced or used against
    it, or it was undone already), or None."""
    found = batch(batch_id)
    if found.undone_at:
        return PmdeskError("opening.already_undone", number=batch_id,
                           when=found.undone_at[:16].replace("T", " "))
    if found.kind == "arrears":
        touched = db.execute_sql(
            "SELECT u.code FROM bill b JOIN unit u ON u.id = b.unit_id WHERE b.opening_id = ? "
            "AND (b.paid <> 0 OR b.reduced <> 0 "
            "OR EXISTS (SELECT 1 FROM allocation a WHERE a.bill_id = b.id) "
            "OR EXISTS (SELECT 1 FROM reduction r WHERE r.bill_id = b.id) "
            "OR EXISTS (SELECT 1 FROM credit_entry c WHERE c.bill_id = b.id)) "
            "ORDER BY u.code LIMIT 1", (batch_id,)).fetchone()
    else:
        touched = db.execute_sql(
            "SELECT u.code FROM credit_entry o JOIN unit u ON u.id = o.unit_id "
            "WHERE o.opening_id = ? AND EXISTS (SELECT 1 FROM credit_entry c "
            "WHERE c.unit_id = o.unit_id AND c.id > o.id AND c.kind = 'applied') "
            "OR (SELECT balance FROM credit WHERE unit_id = o.unit_id) < o.amount "
            "ORDER BY u.code LIMIT 1", (batch_id,)).fetchone()
    if touched:
        return PmdeskError("opening.paid_against", number=batch_id, room=touched[0])
    return None


@retried
def undo_opening(batch_id: int, *, reason: str,
                 approved_by: session.User | None = None) -> Batch:
    """Take a batch back as a whole — its bills deleted, its credit reversed by entries of its
    own, its history hidden — while nothing has been paid against it. A manager's action."""
    reason = clean_text(reason, field="reason", required=True, max_len=200)
    with db.atomic():
        one_writer("money")  # desks on a server change money one at a time
        approver = auth.require("opening.import", approved_by)
        problem = undo_problem(batch_id)
        if problem is not None:
            raise problem
        found = batch(batch_id)
        now = clock.stamp()
        db.execute_sql("INSERT INTO opening_undo (batch_id, reason, undone_at, undone_by, "
                       "approved_by) VALUES (?, ?, ?, ?, ?)",
                       (batch_id, reason, now, session.actor(), approver))
        bills = db.execute_sql("DELETE FROM bill WHERE opening_id = ?", (batch_id,)).rowcount
        db.execute_sql(
            "INSERT INTO credit_entry (unit_id, amount, kind, on_date, created_at, opening_id) "
            "SELECT unit_id, -amount, 'opening', ?, ?, opening_id FROM credit_entry "
            "WHERE opening_id = ? AND amount > 0",
            (clock.today().isoformat(), now, batch_id))
        audit.record("opening.undo", "opening_batch", batch_id, kind=found.kind,
                     file=found.file_name, total=found.total, bills=bills, reason=reason,
                     approved_by=approver)
    return batch(batch_id)


def arrears_lines(batch_id: int) -> list[tuple[int, str, int, int]]:
    """A batch's carried-over arrears by month and item: (month, item, households, fen)."""
    return db.execute_sql(
        "SELECT b.period, f.name, count(DISTINCT b.unit_id), sum(b.amount) FROM bill b "
        "JOIN fee_item f ON f.id = b.fee_item_id WHERE b.opening_id = ? "
        "GROUP BY b.period, f.name ORDER BY b.period, min(f.id)", (batch_id,)).fetchall()


def credit_lines(batch_id: int) -> list[tuple[str, str, int]]:
    """A batch's opening credit by household: (room, owners, fen), in room order."""
    owners = owner_names_by_unit()
    rows = [(code, owners.get(unit_id, ("", ""))[0], fen) for unit_id, code, fen in
            db.execute_sql("SELECT c.unit_id, u.code, c.amount FROM credit_entry c "
                           "JOIN unit u ON u.id = c.unit_id WHERE c.opening_id = ? "
                           "AND c.amount > 0", (batch_id,))]
    return sorted(rows, key=lambda row: code_sort_key(row[0]))
