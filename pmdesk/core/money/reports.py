"""Fee reports: arrears with aging, collection rates, and the day's takings (收费日报).

They read the maintained `paid`/`reduced` amounts of each bill and the partial index over open
bills, so the arrears of 20,000 households over five years is one indexed scan.

- A bill for month M falls due on M's last day; a household's `months` counts the billed months
  with anything unpaid that fell due before the report date.
- 当期收缴率 = what was paid on a month's bills ÷ what was billed for it; 户收费率 = households
  whose bills of the month are settled ÷ households billed; 清欠率 for a month = what was paid
  in that month on earlier months' bills ÷ (that + what is still owed on them at its end).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from pmdesk.core import clock
from pmdesk.core.money.amounts import add_months, first_undue
from pmdesk.core.money.payments import CLEARANCE_ITEM, DEPOSIT_ITEM
from pmdesk.core.register.residents import code_sort_key
from pmdesk.core.register.units import owner_names_by_unit
from pmdesk.core.safety import audit
from pmdesk.core.safety.db import db, fetch_all

# Aging buckets by months since the bill fell due: 0–3 m, 3–12 m, 1–2 y, 2–3 y, over 3 years.
BUCKET_LIMITS = (3, 12, 24, 36)
BUCKETS = ("0-3m", "3-12m", "1-2y", "2-3y", "3y+")


def bucket_of(age_months: int) -> int:
    for index, limit in enumerate(BUCKET_LIMITS):
        if age_months <= limit:
            return index
    return len(BUCKET_LIMITS)


@dataclass(frozen=True)
class ArrearsRow:
    unit_id: int
    room: str
    building: str
    owner: str
    phone: str
    owed: int
    months: int
    oldest_period: int
    buckets: tuple[int, ...]  # fen per aging bucket


@dataclass(frozen=True)
class Arrears:
    as_of: date
    rows: list[ArrearsRow]

    @property
    def total(self) -> int:
        return sum(row.owed for row in self.rows)

    def bucket_totals(self) -> list[int]:
        return [sum(row.buckets[i] for row in self.rows) for i in range(len(BUCKETS))]

    def by_building(self) -> list[tuple[str, int, int, list[int]]]:
        """(building, households, owed, per bucket) in building order."""
        groups: dict[str, list[ArrearsRow]] = defaultdict(list)
        for row in self.rows:
            groups[row.building].append(row)
        return [(building, len(rows), sum(r.owed for r in rows),
                 [sum(r.buckets[i] for r in rows) for i in range(len(BUCKETS))])
                for building, rows in sorted(groups.items(), key=lambda g: code_sort_key(g[0]))]


def arrears(as_of: date | None = None, *, building: str | None = None,
            min_months: int = 1) -> Arrears:
    """Every household owing on bills that fell due before `as_of` (default: today)."""
    as_of = as_of or clock.today()
    current = first_undue(as_of)
    limits = [add_months(current, -limit) for limit in BUCKET_LIMITS]
    cases = ", ".join(
        f"sum(CASE WHEN period >= {low} {f'AND period < {high}' if high else ''} "
        f"THEN amount - paid - reduced ELSE 0 END)"
        for low, high in zip([*limits, 0], [None, *limits], strict=True))
    sql = (f"SELECT unit_id, sum(amount - paid - reduced), count(DISTINCT period), min(period), "
           f"{cases} FROM bill INDEXED BY bill_open WHERE paid < amount - reduced "
           f"AND period < ? GROUP BY unit_id HAVING count(DISTINCT period) >= ?")
    owing = db.execute_sql(sql, (current, min_months)).fetchall()
    units = {uid: (code, building_code) for uid, code, building_code in db.execute_sql(
        "SELECT u.id, u.code, b.code FROM unit u JOIN building b ON b.id = u.building_id")}
    owners = owner_names_by_unit()
    rows = []
    for unit_id, owed, months, oldest, *buckets in owing:
        code, building_code = units[unit_id]
        if building and building_code != building:
            continue
        name, phone = owners.get(unit_id, ("", ""))
        rows.append(ArrearsRow(unit_id, code, building_code, name, phone, owed, months,
                               oldest, tuple(buckets)))
    rows.sort(key=lambda row: code_sort_key(row.room))
    return Arrears(as_of, rows)


def rate(part: int, whole: int) -> Decimal:
    """part ÷ whole to four decimals, half up; 0 when nothing was billed."""
    if whole <= 0:
        return Decimal("0.0000")
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Collection:
    period: int
    building: str  # '' for the whole estate
    billed: int
    collected: int  # paid so far on this month's bills
    reduced: int
    households: int  # billed
    households_paid: int  # every bill of the month settled
    recovered: int = 0  # paid during the month on earlier months' bills
    still_owed: int = 0  # owed on earlier months' bills at the end of the month

    @property
    def rate(self) -> Decimal:
        return rate(self.collected, self.billed)

    @property
    def household_rate(self) -> Decimal:
        return rate(self.households_paid, self.households)

    @property
    def recovery_rate(self) -> Decimal:
        return rate(self.recovered, self.recovered + self.still_owed)


def collection(period: int, *, building: str | None = None) -> Collection:
    """Billed, collected and the rates for one month (the estate, or one building)."""
    rows = collection_table(period, period, by_building=bool(building))
    for row in rows:
        if row.building == (building or ""):
            return row
    return Collection(period, building or "", 0, 0, 0, 0, 0)


def _grouping(by_building: bool) -> tuple[str, str]:
    """The SQL group expression and join for per-building (or whole-estate) figures."""
    if by_building:
        return "bd.code", (" JOIN unit u ON u.id = b.unit_id "
                           "JOIN building bd ON bd.id = u.building_id")
    return "''", ""


def collection_table(first: int, last: int, *, by_building: bool = False) -> list[Collection]:
    """One row per billed month from `first` to `last` (and per building when asked), summed
    by SQLite from the covering index over (period, unit, amounts)."""
    group, join = _grouping(by_building)
    sums = db.execute_sql(
        "SELECT period, grp, sum(billed), sum(paid), sum(reduced), count(*), sum(settled) "
        f"FROM (SELECT b.period AS period, {group} AS grp, sum(b.amount) AS billed, "
        "sum(b.paid) AS paid, sum(b.reduced) AS reduced, "
        "min(CASE WHEN b.paid + b.reduced >= b.amount THEN 1 ELSE 0 END) AS settled "
        f"FROM bill b INDEXED BY bill_period{join} WHERE b.period BETWEEN ? AND ? "
        "GROUP BY b.period, b.unit_id) AS unit_month GROUP BY period, grp",
        (first, last)).fetchall()
    recovered, owed_end = _recovery(first, last, by_building)
    rows = [Collection(period, grp, billed, paid, reduced, households, households_paid,
                       recovered.get((period, grp), 0), owed_end.get((period, grp), 0))
            for period, grp, billed, paid, reduced, households, households_paid in sums]
    return sorted(rows, key=lambda r: (r.period, code_sort_key(r.building) if r.building else ()))


def _recovery(first: int, last: int, by_building: bool) -> tuple[dict, dict]:
    """For each month P in range: paid during P on bills of months before P, and what those
    bills still owed at P's end (owed now, plus what was paid or reduced on them since)."""
    group, join = _grouping(by_building)
    start = date(first // 100, first % 100, 1).isoformat()
    month = "CAST(substr(x.on_date, 1, 4) || substr(x.on_date, 6, 2) AS INTEGER)"
    by_unit = (" JOIN unit u ON u.id = a.unit_id JOIN building bd ON bd.id = u.building_id"
               if by_building else "")
    moved = db.execute_sql(
        f"SELECT {month.replace('x.', 'a.')}, a.period, {group}, sum(a.amount) FROM allocation a "
        f"INDEXED BY allocation_date{by_unit} "
        "WHERE a.on_date >= ? AND a.period < ? GROUP BY 1, 2, 3 UNION ALL "
        f"SELECT {month.replace('x.', 'r.')}, b.period, {group}, sum(r.amount) FROM reduction r "
        f"JOIN bill b ON b.id = r.bill_id{join} WHERE r.on_date >= ? AND b.period < ? "
        "GROUP BY 1, 2, 3", (start, last, start, last)).fetchall()
    owed_now = db.execute_sql(
        f"SELECT b.period, {group}, sum(b.amount - b.paid - b.reduced) FROM bill b "
        f"INDEXED BY bill_open{join} WHERE b.paid < b.amount - b.reduced AND b.period < ? "
        "GROUP BY 1, 2", (last,)).fetchall()
    recovered: dict[tuple[int, str], int] = defaultdict(int)
    owed_end: dict[tuple[int, str], int] = defaultdict(int)
    period = first
    while period <= last:
        for bill_period, grp, fen in owed_now:
            if bill_period < period:
                owed_end[(period, grp)] += fen
        for moved_in, bill_period, grp, fen in moved:
            if bill_period >= period:
                continue
            if moved_in == period:
                recovered[(period, grp)] += fen
            elif moved_in > period:
                owed_end[(period, grp)] += fen
        period = add_months(period, 1)
    return recovered, owed_end


# -- 收费日报 --------------------------------------------------------------------------------

CREDIT_ITEM = "预存物业费"  # what a receipt calls the part of a payment kept as credit

@dataclass(frozen=True)
class DayReceipt:
    receipt_no: str
    room: str
    payer: str
    method: str
    amount: int
    paid_on: str
    clerk: str
    voided_on: str | None
    void_reason: str | None


@dataclass
class DailyTakings:
    day: date
    receipts: list[DayReceipt]  # issued that day, voided or not
    voids: list[DayReceipt]  # voided that day (some may have been issued earlier)
    by_method: dict[str, int] = field(default_factory=dict)  # received − voided that day
    chain: tuple[int, str] = (0, "")  # the audit trail's rows and last hash at the day's end
    by_item: dict[str, int] = field(default_factory=dict)  # the same by fee item (预存 too)
    refunds: list[DayRefund] = field(default_factory=list)  # deposits paid back that day

    @property
    def received(self) -> int:
        return sum(self.by_method.values())

    @property
    def deposits(self) -> int:
        """Renovation deposits among the takings: held for households, not income."""
        return self.by_item.get(DEPOSIT_ITEM, 0)

    @property
    def total(self) -> int:
        """What the clerk hands over: received less voids and the deposits paid back."""
        return self.received - sum(refund.amount for refund in self.refunds)


@dataclass(frozen=True)
class DayRefund:
    number: str
    room: str
    method: str
    amount: int


def daily_takings(day: date) -> DailyTakings:
    query = ("SELECT p.receipt_no, u.code AS room, p.payer, p.method, p.amount, p.paid_on, "
             "p.clerk, v.voided_on, v.reason AS void_reason FROM payment p "
             "JOIN unit u ON u.id = p.unit_id LEFT JOIN payment_void v ON v.payment_id = p.id "
             "WHERE {} ORDER BY p.year, p.seq")
    iso = day.isoformat()
    receipts = fetch_all(DayReceipt, query.format("p.paid_on = ?"), (iso,))
    voids = fetch_all(DayReceipt, query.format("v.voided_on = ?"), (iso,))
    by_method: dict[str, int] = defaultdict(int)
    for item in receipts:
        by_method[item.method] += item.amount
    for item in voids:
        by_method[item.method] -= item.amount
    by_item: dict[str, int] = defaultdict(int)
    for sign, where in ((1, "p.paid_on = ?"), (-1, "p.id IN (SELECT payment_id FROM payment_void "
                                                   "WHERE voided_on = ?)")):
        for item, fen in db.execute_sql(
                "SELECT f.name, sum(a.amount) FROM payment p JOIN allocation a "
                "ON a.payment_id = p.id AND a.amount > 0 JOIN bill b ON b.id = a.bill_id "
                f"JOIN fee_item f ON f.id = b.fee_item_id WHERE {where} GROUP BY f.id "
                "ORDER BY f.id", (iso,)):
            by_item[item] += sign * fen
        [(deposit, clearance)] = db.execute_sql(
            "SELECT coalesce(sum(r.deposit), 0), coalesce(sum(r.clearance), 0) FROM payment p "
            f"JOIN renovation_payment r ON r.payment_id = p.id WHERE {where}", (iso,)).fetchall()
        [(kept,)] = db.execute_sql(
            "SELECT coalesce(sum(p.amount - coalesce((SELECT sum(a.amount) FROM allocation a "
            f"WHERE a.payment_id = p.id AND a.amount > 0), 0)), 0) FROM payment p WHERE {where}",
            (iso,)).fetchall()
        kept -= deposit + clearance
        for item, fen in ((CREDIT_ITEM, kept), (CLEARANCE_ITEM, clearance),
                          (DEPOSIT_ITEM, deposit)):
            if fen:
                by_item[item] += sign * fen
    refunds = fetch_all(DayRefund, "SELECT e.number, u.code AS room, e.method, -e.amount AS "
                        "amount FROM deposit_entry e JOIN renovation r ON r.id = e.renovation_id "
                        "JOIN unit u ON u.id = r.unit_id WHERE e.kind = 'refund' AND "
                        "e.on_date = ? AND e.amount < 0 ORDER BY e.id", (iso,))
    return DailyTakings(day, receipts, voids, dict(by_method), audit.day_hash(day),
                        {item: fen for item, fen in by_item.items() if fen}, refunds)
