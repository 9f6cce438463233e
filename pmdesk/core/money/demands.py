"""Demand letters (催缴通知书, first and final) with their proof of delivery — hardship
households are left out of batches unless the clerk asks — and the limitation watch: each unpaid
month has its own three-year clock (民法典 188), restarted by a delivered demand covering it or a
partial payment on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from pmdesk.core import clock
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.money.amounts import due_date, first_undue, money_text, period_of
from pmdesk.core.money.cases import HARDSHIP_REASONS, HARDSHIP_TAG, cases
from pmdesk.core.money.reports import arrears
from pmdesk.core.register.residents import code_sort_key
from pmdesk.core.register.units import owner_names_by_unit, unit_code
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import db, fetch_all, insert, one_writer
from pmdesk.core.validate import check_attachment, choice, clean_text, iso_date

DELIVERY_METHODS = ("signed", "posted", "registered", "message")
LETTER_KINDS = ("first", "final")
LIMITATION_YEARS = 3


def years_later(day: date, years: int) -> date:
    """The same day `years` later (or earlier, when negative); 29 February becomes 1 March."""
    if day.month == 2 and day.day == 29:
        return date(day.year + years, 3, 1)
    return day.replace(year=day.year + years)


# -- demand letters -------------------------------------------------------------------------

def hardship_units() -> set[int]:
    """Households the office treats as in hardship: the tag, or the case's reason."""
    tagged = {unit_id for (unit_id,) in db.execute_sql(
        "SELECT ut.unit_id FROM unit_tag ut JOIN tag t ON t.id = ut.tag_id WHERE t.name = ?",
        (HARDSHIP_TAG,))}
    marks = ",".join("?" * len(HARDSHIP_REASONS))
    return tagged | {unit_id for (unit_id,) in db.execute_sql(
        f"SELECT unit_id FROM collection_case WHERE reason IN ({marks})", HARDSHIP_REASONS)}


def letter_candidates(*, as_of: date | None = None, min_months: int = 1, min_owed: int = 0,
                      building: str | None = None, reasons: tuple[str, ...] | None = None,
                      include_hardship: bool = False) -> list:
    """The households a batch of demand letters goes to, in room order (ArrearsRow)."""
    if min_months < 1:
        raise ValidationError("min_months", "value.out_of_range", min=1, max=600)
    rows = arrears(as_of, building=building, min_months=min_months).rows
    left_out = set() if include_hardship else hardship_units()
    by_reason = {unit_id: c.reason for unit_id, c in cases().items()}
    return [row for row in rows if row.owed >= min_owed and row.unit_id not in left_out
            and (reasons is None or by_reason.get(row.unit_id, "unknown") in reasons)]


@dataclass(frozen=True)
class DemandLine:
    period: int
    item: str
    owed: int


@dataclass(frozen=True)
class Demand:
    """What one letter demands: the household's unpaid months that fell due before `as_of`."""

    unit_id: int
    room: str
    owner: str
    lines: tuple[DemandLine, ...]
    as_of: date
    deadline: date
    earlier: tuple[int, str, str] | None = None  # the last delivered first letter: its id, the
    # day it was issued, the day it was first delivered

    @property
    def total(self) -> int:
        return sum(line.owed for line in self.lines)

    @property
    def months(self) -> int:
        return len({line.period for line in self.lines})

    @property
    def over_limit(self) -> frozenset[int]:
        """Its months that fell due more than three years before the letter (民法典 188)."""
        limit = years_later(self.as_of, -LIMITATION_YEARS)
        return frozenset(line.period for line in self.lines if due_date(line.period) < limit)


def demands(unit_ids: list[int], *, as_of: date | None = None,
            deadline_days: int = 15) -> list[Demand]:
    """Itemised demands (month by month, item by item) for the households, in room order."""
    as_of = as_of or clock.today()
    if not 7 <= deadline_days <= 90:
        raise ValidationError("deadline_days", "value.out_of_range", min=7, max=90)
    owners = owner_names_by_unit()
    delivered = {unit_id: earlier for unit_id, *earlier in db.execute_sql(
        "SELECT l.unit_id, l.id, l.issued_on, min(d.delivered_on) FROM demand_letter l "
        "JOIN delivery d ON d.letter_id = l.id WHERE l.kind = 'first' "
        "GROUP BY l.id ORDER BY l.id")}
    result = []
    for unit_id in unit_ids:
        lines = tuple(fetch_all(
            DemandLine, "SELECT b.period, f.name AS item, b.amount - b.paid - b.reduced AS owed "
            "FROM bill b JOIN fee_item f ON f.id = b.fee_item_id WHERE b.unit_id = ? "
            "AND b.paid < b.amount - b.reduced AND b.period < ? ORDER BY b.period, f.id",
            (unit_id, first_undue(as_of))))
        if lines:
            result.append(Demand(unit_id, unit_code(unit_id), owners.get(unit_id, ("", ""))[0],
                                 lines, as_of, as_of + timedelta(days=deadline_days),
                                 delivered.get(unit_id)))
    return sorted(result, key=lambda d: code_sort_key(d.room))


def next_letter_id() -> int:
    """The number the next demand letter will be recorded under, to print on it before it is
    recorded (in the same transaction, which another desk's letters wait for)."""
    one_writer("demand_letter")
    return db.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM demand_letter").fetchone()[0]


def record_letters(letters: list[Demand], *, kind: str, document_id: int | None,
                   first_id: int | None = None) -> list[int]:
    """Keep the letters sent (with the archived PDF) and log them as 书面催缴 actions; with
    `first_id`, under the numbers printed on them (first_id, first_id + 1, …)."""
    kind = choice(kind, LETTER_KINDS, field="kind")
    ids = []
    with db.atomic():
        first_id = next_letter_id() if first_id is None else first_id
        for index, letter in enumerate(letters):
            ids.append(insert(
                "INSERT INTO demand_letter (id, unit_id, kind, issued_on, deadline, owed, "
                "months, first_period, last_period, document_id, created_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (first_id + index, letter.unit_id, kind,
                 letter.as_of.isoformat(), letter.deadline.isoformat(), letter.total,
                 letter.months, letter.lines[0].period, letter.lines[-1].period, document_id,
                 session.actor())))
            db.execute_sql(
                "INSERT INTO collection_action (unit_id, kind, on_date, done_by, said, outcome, "
                "next_step, next_date, created_at) VALUES (?, 'letter', ?, ?, ?, '', '', ?, ?)",
                (letter.unit_id, letter.as_of.isoformat(), session.actor(),
                 f"{'催缴通知书' if kind == 'first' else '最后催缴通知书'}：{letter.months}个月，"
                 f"{money_text(letter.total)}", letter.deadline.isoformat(), clock.stamp()))
        audit.record("collection.letters", "demand_letter", None, kind=kind,
                     households=len(letters), document=document_id)
    return ids


@dataclass(frozen=True)
class Letter:
    id: int
    unit_id: int
    room: str
    kind: str
    issued_on: str
    deadline: str
    owed: int
    delivered_on: str | None
    method: str | None


def letters(*, unit_id: int | None = None, undelivered: bool = False) -> list[Letter]:
    sql = ("SELECT l.id, l.unit_id, u.code AS room, l.kind, l.issued_on, l.deadline, l.owed, "
           "(SELECT max(d.delivered_on) FROM delivery d WHERE d.letter_id = l.id) "
           "AS delivered_on, (SELECT d.method FROM delivery d WHERE d.letter_id = l.id "
           "ORDER BY d.id DESC LIMIT 1) AS method FROM demand_letter l "
           "JOIN unit u ON u.id = l.unit_id")
    where, params = [], []
    if unit_id is not None:
        where.append("l.unit_id = ?")
        params.append(unit_id)
    if undelivered:
        where.append("NOT EXISTS (SELECT 1 FROM delivery d WHERE d.letter_id = l.id)")
    if where:
        sql += " WHERE " + " AND ".join(where)
    return fetch_all(Letter, sql + " ORDER BY l.id DESC", params)


def record_delivery(*, letter_id: int, method: str, delivered_on: date | str | None = None,
                    tracking_no: str = "", note: str = "", evidence: bytes | None = None,
                    evidence_name: str = "") -> int:
    """How and when a letter reached the household, with a photo or scan as evidence.
    Registered mail needs its tracking number; a posting needs its photo."""
    method = choice(method, DELIVERY_METHODS, field="method")
    day = iso_date(delivered_on, field="delivered_on", default=clock.today())
    tracking_no = clean_text(tracking_no, field="tracking_no", max_len=40)
    if method == "registered" and not tracking_no:
        raise ValidationError("tracking_no", "value.required")
    if method == "posted" and not evidence:
        raise ValidationError("evidence", "delivery.photo_required")
    if evidence:
        check_attachment(evidence, field="evidence")
    with db.atomic():
        row = db.execute_sql("SELECT unit_id, issued_on FROM demand_letter WHERE id = ?",
                             (letter_id,)).fetchone()
        if row is None:
            raise NotFound("letter.not_found", number=letter_id)
        if day < row[1] or day > clock.today().isoformat():
            raise ValidationError("delivered_on", "delivery.date_out_of_range", issued=row[1])
        delivery_id = insert(
            "INSERT INTO delivery (letter_id, method, delivered_on, tracking_no, note, "
            "evidence_name, evidence, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (letter_id, method, day, tracking_no,
             clean_text(note, field="note", max_len=500, multiline=True),
             clean_text(evidence_name, field="evidence", max_len=200), evidence, clock.stamp(),
             session.actor()))
        audit.record("collection.delivery", "demand_letter", letter_id, unit_id=row[0],
                     method=method, delivered_on=day, tracking_no=tracking_no,
                     evidence=bool(evidence))
    return delivery_id


def delivery_evidence(letter_id: int) -> tuple[str, bytes] | None:
    """The photo or scan kept with the letter's latest delivery, if any."""
    row = db.execute_sql("SELECT evidence_name, evidence FROM delivery WHERE letter_id = ? "
                         "AND evidence IS NOT NULL ORDER BY id DESC LIMIT 1",
                         (letter_id,)).fetchone()
    return (row[0] or "evidence", bytes(row[1])) if row else None


# -- the limitation watch -------------------------------------------------------------------

@dataclass(frozen=True)
class Limitation:
    unit_id: int
    room: str
    period: int
    item: str
    owed: int
    last_event: str  # due date, last delivered demand covering it, or last partial payment
    barred_on: str


def limitation_watch(*, as_of: date | None = None, within_days: int = 90) -> list[Limitation]:
    """Unpaid months that become time-barred within `within_days` (or already are) unless a
    delivered demand or a payment interrupts the clock first."""
    as_of = as_of or clock.today()
    horizon = as_of + timedelta(days=within_days)
    # Only months due at least (3 years - horizon) ago can qualify; later ones are skipped.
    latest = period_of(years_later(horizon, -LIMITATION_YEARS))
    rows = db.execute_sql(
        "SELECT b.id, b.unit_id, u.code, b.period, f.name, b.amount - b.paid - b.reduced, "
        "(SELECT max(a.on_date) FROM allocation a WHERE a.bill_id = b.id AND a.amount > 0), "
        "(SELECT max(d.delivered_on) FROM demand_letter l JOIN delivery d ON d.letter_id = l.id"
        " WHERE l.unit_id = b.unit_id AND b.period BETWEEN l.first_period AND l.last_period) "
        "FROM bill b INDEXED BY bill_open JOIN unit u ON u.id = b.unit_id "
        "JOIN fee_item f ON f.id = b.fee_item_id "
        "WHERE b.paid < b.amount - b.reduced AND b.period <= ? ORDER BY b.period",
        (latest,)).fetchall()
    watch = []
    for _, unit_id, room, period, item, owed, paid_on, delivered_on in rows:
        last = max(filter(None, (due_date(period).isoformat(), paid_on, delivered_on)))
        start = date.fromisoformat(last)
        barred = years_later(start, LIMITATION_YEARS)
        if barred <= horizon:
            watch.append(Limitation(unit_id, room, period, item, owed, last, barred.isoformat()))
    return watch
