"""Fee items and the monthly billing run.

A fee item is billed per area (rate in 0.0001 元/㎡/月), as a fixed amount per unit per month, or
per parking space, to the unit kinds it names, for the months from `start_period` to
`end_period`. A rate change ends the item and starts a new one with the same name, so bills
already made keep the rate they were made with.

The billing run for a month is planned (what would be billed, read-only) and then committed in
one transaction. It bills each (unit, item, month) at most once (a UNIQUE key), starts a unit's
fees the month after its handover, applies the office's optional reduction for long-vacant
units, and uses the household's credit (预存) on the new bills.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from pmdesk.core import clock
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.money.amounts import (
    add_months,
    line_amount,
    parse_money,
    parse_period,
    parse_rate,
    percent_of,
    period_of,
    period_text,
)
from pmdesk.core.register.residents import UNIT_KINDS, code_sort_key
from pmdesk.core.register.units import owner_names_by_unit
from pmdesk.core.safety import audit, auth, session
from pmdesk.core.safety.db import db, insert, one_writer, retried
from pmdesk.core.settings import FeeSettings, fee_settings, store_settings
from pmdesk.core.validate import choice, clean_text

BASES = ("area", "fixed", "parking")
OPEN_START = 190001  # an item without a start month applies to every month
# Money onto a bill: (bill_id, payment_id or None for credit, fen, date, created_at); the row
# repeats the bill's month and unit, which the collection report reads from one index. (The
# casts type a NULL payment for the server, which would take it for text.)
ALLOCATE = ("INSERT INTO allocation (bill_id, payment_id, amount, on_date, created_at, period, "
            "unit_id) SELECT v.column1, v.column2, v.column3, v.column4, v.column5, b.period, "
            "b.unit_id FROM (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT), ?, ?, ?)) v "
            "JOIN bill b ON b.id = v.column1")
# A bill's basis as printed: one carried over from the old ledger (期初) has no area or rate of
# its own, so it reads 'opening' (期初结转 on receipts, notices, exports and screens).
BASIS = "CASE WHEN b.opening_id IS NULL THEN f.basis ELSE 'opening' END AS basis"
# Unit kinds as offices write them (command line, spreadsheets), besides the codes.
UNIT_KIND_NAMES = {"住宅": "residential", "商铺": "shop", "商业": "shop", "车库": "garage",
                   "储藏室": "storage", "杂物间": "storage"}


@dataclass(frozen=True)
class FeeItem:
    id: int
    name: str
    basis: str
    rate: int  # area: 0.0001 yuan per m² per month; fixed and parking: fen per month
    unit_kinds: tuple[str, ...]
    start_period: int
    end_period: int | None
    legal_basis: str
    price_form: str = ""  # 'government' (政府指导价), 'market' (市场调节价) or not said
    carried_over: bool = False  # known only from the old ledger's arrears: never billed here

    def applies(self, period: int) -> bool:
        return not self.carried_over and self.start_period <= period and (
            self.end_period is None or period <= self.end_period)


FEE_LIMITS = {"prepay_cap_months": (1, 120), "vacancy_percent": (0, 90),
              "vacancy_months": (1, 60), "backdate_days": (0, 60), "notice_days": (3, 60)}


def save_fee_settings(settings: FeeSettings, approved_by: session.User | None = None) -> None:
    """Save the fee rules; all but the receipt paper and copies and the days a notice gives to
    pay are a manager's to change."""
    if settings.receipt_paper not in FeeSettings.PAPERS:
        raise ValidationError("receipt_paper", "value.unknown", value=settings.receipt_paper)
    if settings.receipt_copies not in FeeSettings.COPIES:
        raise ValidationError("receipt_copies", "value.unknown", value=settings.receipt_copies)
    with db.atomic():
        old = fee_settings()
        changed = store_settings("fees", old, settings, FEE_LIMITS)
        if changed:
            approver = (auth.require("fee_item.change", approved_by)
                        if set(changed) - {"receipt_paper", "receipt_copies", "notice_days"}
                        else "")
            audit.record("fees.settings", "setting", None,
                         before={n: getattr(old, n) for n in changed},
                         after={n: getattr(settings, n) for n in changed}, approved_by=approver)


# -- fee items ------------------------------------------------------------------------------

def _item(row: tuple) -> FeeItem:
    id_, name, basis, rate, kinds, start, end, legal, form, carried = row
    return FeeItem(id_, name, basis, rate, tuple(kinds.split(",")), start, end, legal, form,
                   bool(carried))


_ITEM_COLUMNS = ("id, name, basis, rate, unit_kinds, start_period, end_period, legal_basis, "
                 "price_form, carried_over")
PRICE_FORMS = ("", "government", "market")


def fee_items(*, period: int | None = None) -> list[FeeItem]:
    """Every fee item (or those that apply in `period`), by name and start."""
    items = [_item(row) for row in db.execute_sql(
        f"SELECT {_ITEM_COLUMNS} FROM fee_item ORDER BY id")]
    if period is not None:
        items = [item for item in items if item.applies(period)]
    return sorted(items, key=lambda item: (item.name, item.start_period))


def fee_item(item_id: int) -> FeeItem:
    row = db.execute_sql(f"SELECT {_ITEM_COLUMNS} FROM fee_item WHERE id = ?",
                         (item_id,)).fetchone()
    if row is None:
        raise NotFound("fee_item.not_found", number=item_id)
    return _item(row)


def parse_unit_kinds(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """`住宅,商铺`, `residential shop` or a list → the kind codes in the register's order."""
    if value is None:
        return UNIT_KINDS
    parts = value.replace("，", ",").replace("、", ",").replace(" ", ",").split(",") \
        if isinstance(value, str) else list(value)
    kinds = set()
    for part in (p.strip() for p in parts):
        if not part:
            continue
        code = UNIT_KIND_NAMES.get(part, part)
        if code not in UNIT_KINDS:
            raise ValidationError("unit_kinds", "value.unknown", value=part)
        kinds.add(code)
    if not kinds:
        raise ValidationError("unit_kinds", "value.required")
    return tuple(kind for kind in UNIT_KINDS if kind in kinds)


def _item_rate(basis: str, rate: object) -> int:
    if basis not in BASES:
        raise ValidationError("basis", "value.unknown", value=basis)
    if isinstance(rate, int) and not isinstance(rate, bool):
        if rate <= 0:
            raise ValidationError("rate", "money.zero")
        return rate
    return parse_rate(rate) if basis == "area" else parse_money(rate, field="rate")


def add_fee_item(*, name: str, basis: str, rate: object,
                 unit_kinds: str | Iterable[str] | None = None,
                 start_period: object = None, end_period: object = None,
                 legal_basis: str = "", price_form: str = "",
                 approved_by: session.User | None = None) -> int:
    """A new fee item; `rate` as typed (`2.35`) or already in storage units (an int).
    Fee items and rates are a manager's to change."""
    price_form = choice(price_form or "", PRICE_FORMS, field="price_form")
    name = clean_text(name, field="name", required=True, max_len=40)
    rate = _item_rate(basis, rate)
    kinds = parse_unit_kinds(unit_kinds)
    start = OPEN_START if start_period in (None, "") else parse_period(start_period,
                                                                       field="start_period")
    end = None if end_period in (None, "") else parse_period(end_period, field="end_period")
    if end is not None and end < start:
        raise ValidationError("end_period", "period.before_start")
    legal = clean_text(legal_basis, field="legal_basis", max_len=200)
    with db.atomic():
        approver = auth.require("fee_item.change", approved_by)
        overlap = [item for item in fee_items() if item.name == name and
                   (item.end_period is None or item.end_period >= start) and
                   (end is None or item.start_period <= end)]
        if overlap:
            raise ValidationError("name", "fee_item.overlap", name=name)
        item_id = insert(
            "INSERT INTO fee_item (name, basis, rate, unit_kinds, start_period, end_period, "
            "legal_basis, price_form, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (name, basis, rate, ",".join(kinds), start, end, legal, price_form, clock.stamp()))
        audit.record("fee_item.create", "fee_item", item_id, name=name, basis=basis, rate=rate,
                     unit_kinds=",".join(kinds), start_period=start, end_period=end,
                     legal_basis=legal, price_form=price_form, approved_by=approver)
    return item_id


def describe_fee_item(*, item_id: int, legal_basis: str, price_form: str,
                      approved_by: session.User | None = None) -> None:
    """What the 收费公示 says of an item: its 收费依据 and 价格管理形式 (no bill changes)."""
    legal = clean_text(legal_basis, field="legal_basis", max_len=200)
    form = choice(price_form or "", PRICE_FORMS, field="price_form")
    with db.atomic():
        approver = auth.require("fee_item.change", approved_by)
        old = fee_item(item_id)
        if (old.legal_basis, old.price_form) == (legal, form):
            return
        db.execute_sql("UPDATE fee_item SET legal_basis = ?, price_form = ? WHERE id = ?",
                       (legal, form, item_id))
        audit.record("fee_item.describe", "fee_item", item_id, name=old.name,
                     before={"legal_basis": old.legal_basis, "price_form": old.price_form},
                     after={"legal_basis": legal, "price_form": form}, approved_by=approver)


def change_rate(*, item_id: int, rate: object, from_period: object,
                approved_by: session.User | None = None) -> int:
    """A new rate from a month on: the item ends the month before and a copy with the new rate
    starts; bills already made are untouched. Returns the new item's id."""
    start = parse_period(from_period, field="start_period")
    with db.atomic():
        approver = auth.require("fee_item.change", approved_by)
        old = fee_item(item_id)
        new_rate = _item_rate(old.basis, rate)
        if start <= old.start_period or (old.end_period is not None and start > old.end_period):
            raise ValidationError("start_period", "fee_item.rate_period")
        db.execute_sql("UPDATE fee_item SET end_period = ? WHERE id = ?",
                       (add_months(start, -1), item_id))
        new_item = insert(
            "INSERT INTO fee_item (name, basis, rate, unit_kinds, start_period, end_period, "
            "legal_basis, price_form, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (old.name, old.basis, new_rate, ",".join(old.unit_kinds), start, old.end_period,
             old.legal_basis, old.price_form, clock.stamp()))
        audit.record("fee_item.rate", "fee_item", item_id, name=old.name, before=old.rate,
                     after=new_rate, from_period=start, new_item=new_item,
                     approved_by=approver)
    return new_item


def end_fee_item(*, item_id: int, last_period: object,
                 approved_by: session.User | None = None) -> None:
    """Stop billing an item after `last_period`."""
    end = parse_period(last_period, field="end_period")
    with db.atomic():
        approver = auth.require("fee_item.change", approved_by)
        old = fee_item(item_id)
        if end < old.start_period:
            raise ValidationError("end_period", "period.before_start")
        db.execute_sql("UPDATE fee_item SET end_period = ? WHERE id = ?", (end, item_id))
        audit.record("fee_item.end", "fee_item", item_id, name=old.name,
                     before=old.end_period, after=end, approved_by=approver)


def monthly_charge(unit_id: int, period: int | None = None) -> int:
    """What one month of fees comes to for a unit now (for the prepayment cap)."""
    period = period or period_of(clock.today())
    plan = bill_lines(period, unit_ids=[unit_id], settings=FeeSettings())
    return sum(line.amount for line in plan)


# -- the billing run ------------------------------------------------------------------------

@dataclass(frozen=True)
class Line:
    unit_id: int
    item_id: int
    quantity: int
    rate: int
    full_amount: int
    amount: int


@dataclass
class BillingPlan:
    period: int
    lines: list[Line]  # the bills the run would create
    already: int  # bills of this month that exist already
    skipped: dict[str, int]  # why units got no bill: 'undelivered', 'handover'
    by_item: list[tuple[str, int, int]] = field(default_factory=list)  # name, bills, fen
    vacancy_reduced: int = 0  # bills reduced for long vacancy

    @property
    def units(self) -> int:
        return len({line.unit_id for line in self.lines})

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)


def bill_lines(period: int, *, unit_ids: list[int] | None = None, settings: FeeSettings,
           skipped: dict[str, int] | None = None) -> list[Line]:
    items = fee_items(period=period)
    if not items:
        return []
    first_day = date(period // 100, period % 100, 1)
    where, params = "", []
    if unit_ids is not None:
        where = f" WHERE id IN ({','.join('?' * len(unit_ids))})"
        params = list(unit_ids)
    units = db.execute_sql("SELECT id, kind, state, handover_date, area, vacant_since FROM unit"
                           + where + " ORDER BY id", params).fetchall()
    spaces: dict[int, int] = defaultdict(int)
    if any(item.basis == "parking" for item in items):
        for unit_id, count in db.execute_sql(
                "SELECT unit_id, count(DISTINCT space) FROM vehicle WHERE space <> '' AND "
                "space_kind <> 'none' AND (end_date IS NULL OR end_date >= ?) GROUP BY unit_id",
                (first_day.isoformat(),)):
            spaces[unit_id] = count
    vacancy_before = None
    if settings.vacancy_percent:
        vacancy_before = add_months(period, -settings.vacancy_months)
    lines = []
    for unit_id, kind, state, handover, area, vacant_since in units:
        if state == "undelivered":
            if skipped is not None:
                skipped["undelivered"] += 1
            continue
        if handover and period_of(date.fromisoformat(handover)) >= period:
            if skipped is not None:
                skipped["handover"] += 1
            continue
        long_vacant = (vacancy_before is not None and state == "vacant" and vacant_since
                       and period_of(date.fromisoformat(vacant_since)) <= vacancy_before)
        for item in items:
            if kind not in item.unit_kinds:
                continue
            if item.basis == "area":
                quantity, full = area, line_amount(area, item.rate)
            elif item.basis == "parking":
                quantity = spaces.get(unit_id, 0)
                full = quantity * item.rate
            else:
                quantity, full = 1, item.rate
            if quantity <= 0 or full <= 0:
                continue
            amount = full - percent_of(full, settings.vacancy_percent) if long_vacant else full
            if amount > 0:
                lines.append(Line(unit_id, item.id, quantity, item.rate, full, amount))
    return lines


def plan_billing(period: object) -> BillingPlan:
    """What billing `period` would create, without writing anything. A month the old system
    billed (it holds carried-over arrears) is refused: billing it again would charge twice
    those who paid it there."""
    month = parse_period(period)
    carried = db.execute_sql(
        "SELECT max(m) FROM (SELECT max(period) AS m FROM bill WHERE opening_id IS NOT NULL "
        "UNION ALL SELECT max(last_period) FROM opening_payment WHERE batch_id NOT IN "
        "(SELECT batch_id FROM opening_undo)) AS carried").fetchone()[0]
    if carried is not None and month <= carried:
        raise ValidationError("period", "billing.before_opening", value=period_text(month),
                              last=period_text(carried))
    skipped: dict[str, int] = defaultdict(int)
    lines = bill_lines(month, settings=fee_settings(), skipped=skipped)
    existing = set(db.execute_sql("SELECT unit_id, fee_item_id FROM bill WHERE period = ?",
                                  (month,)).fetchall())
    new = [line for line in lines if (line.unit_id, line.item_id) not in existing]
    names = {item.id: item.name for item in fee_items()}
    totals: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for line in new:
        totals[line.item_id][0] += 1
        totals[line.item_id][1] += line.amount
    plan = BillingPlan(month, new, len(existing), dict(skipped))
    plan.by_item = [(names[item_id], count, fen) for item_id, (count, fen) in totals.items()]
    plan.vacancy_reduced = sum(1 for line in new if line.amount < line.full_amount)
    return plan


@dataclass(frozen=True)
class BillingResult:
    period: int
    bills: int
    units: int
    total: int
    credit_applied: int


@retried
def run_billing(period: object, *,
                progress: Callable[[float], None] | None = None) -> BillingResult:
    """Bill `period` in one transaction; running it again bills nothing twice."""
    month = parse_period(period)
    with db.atomic():
        one_writer("money")  # desks on a server change money one at a time
        plan = plan_billing(month)
        now = clock.stamp()
        db.cursor().executemany(
            "INSERT INTO bill (unit_id, fee_item_id, period, quantity, rate, full_amount, "
            "amount, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (unit_id, period, fee_item_id) DO NOTHING",
            [(line.unit_id, line.item_id, month, line.quantity, line.rate, line.full_amount,
              line.amount, now) for line in plan.lines])
        if progress:
            progress(0.7)
        applied = _apply_credit(month, {line.unit_id for line in plan.lines}, now)
        if plan.lines:
            audit.record("billing.run", "bill", None, period=month, bills=len(plan.lines),
                         units=plan.units, total=plan.total, credit_applied=applied)
    return BillingResult(month, len(plan.lines), plan.units, plan.total, applied)


def _apply_credit(period: int, unit_ids: set[int], now: str) -> int:
    """Use each billed household's credit on its bills of `period`, item by item."""
    credits = {unit_id: balance for unit_id, balance in db.execute_sql(
        "SELECT unit_id, balance FROM credit WHERE balance > 0")
        if unit_id in unit_ids}
    if not credits:
        return 0
    marks = ",".join("?" * len(credits))
    bills = db.execute_sql(
        f"SELECT id, unit_id, amount - paid - reduced FROM bill WHERE period = ? AND "
        f"unit_id IN ({marks}) AND paid < amount - reduced ORDER BY unit_id, fee_item_id",
        (period, *credits)).fetchall()
    today = clock.today().isoformat()
    allocations, entries = [], []
    for bill_id, unit_id, open_fen in bills:
        take = min(open_fen, credits[unit_id])
        if take <= 0:
            continue
        credits[unit_id] -= take
        allocations.append((bill_id, None, take, today, now))
        entries.append((unit_id, -take, bill_id, today, now))
    cursor = db.cursor()
    cursor.executemany(ALLOCATE, allocations)
    cursor.executemany("INSERT INTO credit_entry (unit_id, amount, kind, bill_id, on_date, "
                       "created_at) VALUES (?, ?, 'applied', ?, ?, ?)", entries)
    spent: dict[int, int] = defaultdict(int)
    bills_of: dict[int, list[int]] = defaultdict(list)
    for unit_id, amount, bill_id, *_ in entries:
        spent[unit_id] -= amount
        bills_of[unit_id].append(bill_id)
    for unit_id, fen in spent.items():
        audit.record("credit.apply", "unit", unit_id, period=period, bills=bills_of[unit_id],
                     amount=fen, before=credits[unit_id] + fen, after=credits[unit_id])
    return sum(spent.values())


@dataclass(frozen=True)
class NoticeLine:
    item: str
    basis: str
    quantity: int
    rate: int
    amount: int
    settled: int  # paid (from credit too) and reduced

    @property
    def owed(self) -> int:
        return self.amount - self.settled


@dataclass(frozen=True)
class HouseholdBill:
    """What one household is billed for a month, for its 缴费通知单."""

    unit_id: int
    room: str
    owner: str
    period: int
    lines: tuple[NoticeLine, ...]
    earlier_owed: int  # unpaid from earlier months
    credit: int

    @property
    def owed(self) -> int:
        """This month's bills still unpaid."""
        return sum(line.owed for line in self.lines)

    @property
    def to_pay(self) -> int:
        """What the notice asks for: this month and earlier months, less the credit left."""
        return max(0, self.owed + self.earlier_owed - self.credit)


def month_statements(period: object, unit_ids: list[int] | None = None, *,
                     building: str | None = None, owing_only: bool = False
                     ) -> list[HouseholdBill]:
    """Each billed household's bills of `period` (of one building), in room order; with
    `owing_only`, only those with something left to pay."""
    month = parse_period(period)
    lines: dict[int, list[NoticeLine]] = defaultdict(list)
    for unit_id, *line in db.execute_sql(
            f"SELECT b.unit_id, f.name, {BASIS}, b.quantity, b.rate, b.amount, "
            "b.paid + b.reduced FROM bill b INDEXED BY bill_period "
            "JOIN fee_item f ON f.id = b.fee_item_id "
            "WHERE b.period = ? ORDER BY b.unit_id, b.fee_item_id", (month,)):
        lines[unit_id].append(NoticeLine(*line))
    if building is not None:
        inside = {unit_id for (unit_id,) in db.execute_sql(
            "SELECT u.id FROM unit u JOIN building b ON b.id = u.building_id WHERE b.code = ?",
            (building,))}
        lines = {unit_id: unit_lines for unit_id, unit_lines in lines.items()
                 if unit_id in inside}
    if unit_ids is not None:
        lines = {unit_id: lines[unit_id] for unit_id in unit_ids if unit_id in lines}
    earlier = dict(db.execute_sql(
        "SELECT unit_id, sum(amount - paid - reduced) FROM bill INDEXED BY bill_open "
        "WHERE paid < amount - reduced AND period < ? GROUP BY unit_id", (month,)))
    credit = dict(db.execute_sql("SELECT unit_id, balance FROM credit WHERE balance > 0"))
    codes = dict(db.execute_sql("SELECT id, code FROM unit"))
    owners = owner_names_by_unit()
    bills = [HouseholdBill(unit_id, codes[unit_id], owners.get(unit_id, ("", ""))[0], month,
                           tuple(unit_lines), earlier.get(unit_id, 0), credit.get(unit_id, 0))
             for unit_id, unit_lines in lines.items()]
    if owing_only:
        bills = [bill for bill in bills if bill.to_pay]
    return sorted(bills, key=lambda bill: code_sort_key(bill.room))

