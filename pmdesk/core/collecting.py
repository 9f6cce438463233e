"""Collecting arrears the way the seed's office learned to: sort the non-payers by why they do
not pay, help those who cannot, talk to those with a grudge, and go to law only with those who
will not (docs domain.md §3).

- A case per household in arrears: the reason, the status, notes and the next action.
- The action log (append-only): calls, visits, letters, job help, reduction requests,
  instalment agreements, the law firm, the court — each with who, what, outcome, next step.
- Demand letters (催缴通知书, first and final) with their proof of delivery; hardship
  households are left out of batches unless the clerk asks.
- The limitation watch: each unpaid month has its own three-year clock (民法典 188), restarted
  by a delivered demand covering it or a partial payment on it.
- Instalment agreements (分期协议) and which instalments were missed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from pmdesk.core import audit, clock
from pmdesk.core.db import db
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.money import add_months, due_date, period_of
from pmdesk.core.validate import check_attachment, choice, clean_text, iso_date, parse_date

REASONS = ("illness", "unemployed", "grievance", "refusal", "vacant", "service", "developer",
           "unreachable", "unknown")
HARDSHIP_REASONS = ("illness", "unemployed")  # left out of letter batches by default
HARDSHIP_TAG = "困难户"
STATUSES = ("following", "promised", "instalments", "lawyer", "litigation", "settled",
            "paused")
ACTIONS = ("phone", "message", "visit", "letter", "job_help", "reduction_request",
           "instalment", "lawyer", "lawsuit")
# The seed's approach for each reason, as the actions to take in order.
APPROACH = {
    "illness": ("visit", "reduction_request", "instalment"),
    "unemployed": ("visit", "job_help", "instalment"),
    "grievance": ("visit", "phone"),  # fix the grievance first, then a sincere visit
    "refusal": ("visit", "letter", "lawyer"),
    "vacant": ("phone", "message", "letter"),
    "service": ("visit", "phone"),
    "developer": ("visit", "letter"),
    "unreachable": ("message", "letter"),
    "unknown": ("phone", "visit"),
}
DELIVERY_METHODS = ("signed", "posted", "registered", "message")
LETTER_KINDS = ("first", "final")
LIMITATION_YEARS = 3


@dataclass(frozen=True)
class Case:
    unit_id: int
    reason: str
    status: str
    notes: str
    next_action: str
    next_date: str | None
    opened_on: str

    @property
    def hardship(self) -> bool:
        return self.reason in HARDSHIP_REASONS


def _unit(unit_id: int) -> str:
    row = db.execute_sql("SELECT code FROM unit WHERE id = ?", (unit_id,)).fetchone()
    if row is None:
        raise NotFound("household.not_found", number=unit_id)
    return row[0]


# -- cases ----------------------------------------------------------------------------------

_CASE_COLUMNS = "unit_id, reason, status, notes, next_action, next_date, opened_on"


def case(unit_id: int) -> Case | None:
    row = db.execute_sql(f"SELECT {_CASE_COLUMNS} FROM collection_case WHERE unit_id = ?",
                         (unit_id,)).fetchone()
    return Case(*row) if row else None


def cases() -> dict[int, Case]:
    return {row[0]: Case(*row) for row in db.execute_sql(
        f"SELECT {_CASE_COLUMNS} FROM collection_case")}


def save_case(*, unit_id: int, reason: str, status: str = "following", notes: str = "",
              next_action: str = "", next_date: date | str | None = None) -> Case:
    """Open or update the household's case; the audit trail keeps what it was."""
    new = {"reason": choice(reason, REASONS, field="reason"),
           "status": choice(status, STATUSES, field="status"),
           "notes": clean_text(notes, field="notes", max_len=2000, multiline=True),
           "next_action": clean_text(next_action, field="next_action", max_len=200),
           "next_date": iso_date(next_date, field="next_date")}
    with db.atomic():
        code = _unit(unit_id)
        old = case(unit_id)
        if old is None:
            db.execute_sql(
                "INSERT INTO collection_case (unit_id, reason, status, notes, next_action, "
                "next_date, opened_on, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (unit_id, *new.values(), clock.today().isoformat(), clock.stamp()))
            audit.record("collection.open", "unit", unit_id, room=code, **new)
        else:
            changed = {k: v for k, v in new.items() if getattr(old, k) != v}
            if changed:
                sets = ", ".join(f"{k} = ?" for k in changed)
                db.execute_sql(f"UPDATE collection_case SET {sets}, updated_at = ? "
                               "WHERE unit_id = ?", (*changed.values(), clock.stamp(), unit_id))
                audit.record("collection.update", "unit", unit_id, room=code,
                             before={k: getattr(old, k) for k in changed}, after=changed)
    return case(unit_id)


# -- the action log -------------------------------------------------------------------------

@dataclass(frozen=True)
class Action:
    id: int
    unit_id: int
    kind: str
    on_date: str
    done_by: str
    said: str
    outcome: str
    next_step: str
    next_date: str | None


def log_action(*, unit_id: int, kind: str, on_date: date | str | None = None, said: str = "",
               outcome: str = "", next_step: str = "", next_date: date | str | None = None
               ) -> int:
    """Record what was done; the case (opened if needed) takes over the next step."""
    kind = choice(kind, ACTIONS, field="kind")
    day = iso_date(on_date, field="on_date", default=clock.today())
    if day > clock.today().isoformat():
        raise ValidationError("on_date", "payment.future_date")
    texts = {"said": clean_text(said, field="said", max_len=2000, multiline=True),
             "outcome": clean_text(outcome, field="outcome", max_len=500, multiline=True),
             "next_step": clean_text(next_step, field="next_step", max_len=200)}
    following = iso_date(next_date, field="next_date")
    with db.atomic():
        _unit(unit_id)
        action_id = db.execute_sql(
            "INSERT INTO collection_action (unit_id, kind, on_date, done_by, said, outcome, "
            "next_step, next_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (unit_id, kind, day, audit.current_actor(), *texts.values(), following,
             clock.stamp())).lastrowid
        current = case(unit_id) or save_case(unit_id=unit_id, reason="unknown")
        if texts["next_step"] or following:
            save_case(unit_id=unit_id, reason=current.reason, status=current.status,
                      notes=current.notes, next_action=texts["next_step"],
                      next_date=following)
        audit.record("collection.action", "unit", unit_id, kind=kind, on_date=day, **texts)
    return action_id


def actions(unit_id: int) -> list[Action]:
    return [Action(*row) for row in db.execute_sql(
        "SELECT id, unit_id, kind, on_date, done_by, said, outcome, next_step, next_date "
        "FROM collection_action WHERE unit_id = ? ORDER BY on_date DESC, id DESC", (unit_id,))]


def due_cases(until: date) -> list[Case]:
    """Open cases whose next action falls on or before `until` (today, this week)."""
    return [Case(*row) for row in db.execute_sql(
        f"SELECT {_CASE_COLUMNS} FROM collection_case WHERE next_date IS NOT NULL "
        "AND next_date <= ? AND status NOT IN ('settled', 'paused') ORDER BY next_date",
        (until.isoformat(),))]


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
    from pmdesk.core.reports import arrears

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

    @property
    def total(self) -> int:
        return sum(line.owed for line in self.lines)

    @property
    def months(self) -> int:
        return len({line.period for line in self.lines})


def demands(unit_ids: list[int], *, as_of: date | None = None,
            deadline_days: int = 15) -> list[Demand]:
    """Itemised demands (month by month, item by item) for the households, in room order."""
    from pmdesk.core.reports import owner_names_by_unit
    from pmdesk.core.residents import code_sort_key

    as_of = as_of or clock.today()
    if not 7 <= deadline_days <= 90:
        raise ValidationError("deadline_days", "value.out_of_range", min=7, max=90)
    owners = owner_names_by_unit()
    result = []
    for unit_id in unit_ids:
        lines = tuple(DemandLine(*row) for row in db.execute_sql(
            "SELECT b.period, f.name, b.amount - b.paid - b.reduced FROM bill b "
            "JOIN fee_item f ON f.id = b.fee_item_id WHERE b.unit_id = ? "
            "AND b.paid < b.amount - b.reduced AND b.period < ? ORDER BY b.period, f.id",
            (unit_id, period_of(as_of))))
        if lines:
            result.append(Demand(unit_id, _unit(unit_id), owners.get(unit_id, ("", ""))[0],
                                 lines, as_of, as_of + timedelta(days=deadline_days)))
    return sorted(result, key=lambda d: code_sort_key(d.room))


def record_letters(letters: list[Demand], *, kind: str, document_id: int | None) -> list[int]:
    """Keep the letters sent (with the archived PDF) and log them as 书面催缴 actions."""
    kind = choice(kind, LETTER_KINDS, field="kind")
    ids = []
    with db.atomic():
        for letter in letters:
            ids.append(db.execute_sql(
                "INSERT INTO demand_letter (unit_id, kind, issued_on, deadline, owed, months, "
                "first_period, last_period, document_id, created_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (letter.unit_id, kind, letter.as_of.isoformat(), letter.deadline.isoformat(),
                 letter.total, letter.months, letter.lines[0].period, letter.lines[-1].period,
                 document_id, audit.current_actor())).lastrowid)
            db.execute_sql(
                "INSERT INTO collection_action (unit_id, kind, on_date, done_by, said, outcome, "
                "next_step, next_date, created_at) VALUES (?, 'letter', ?, ?, ?, '', '', ?, ?)",
                (letter.unit_id, letter.as_of.isoformat(), audit.current_actor(),
                 f"{'催缴通知书' if kind == 'first' else '最后催缴通知书'}：{letter.months}个月，"
                 f"{letter.total / 100:.2f}元", letter.deadline.isoformat(), clock.stamp()))
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
    sql = ("SELECT l.id, l.unit_id, u.code, l.kind, l.issued_on, l.deadline, l.owed, "
           "(SELECT max(d.delivered_on) FROM delivery d WHERE d.letter_id = l.id), "
           "(SELECT d.method FROM delivery d WHERE d.letter_id = l.id ORDER BY d.id DESC "
           "LIMIT 1) FROM demand_letter l JOIN unit u ON u.id = l.unit_id")
    where, params = [], []
    if unit_id is not None:
        where.append("l.unit_id = ?")
        params.append(unit_id)
    if undelivered:
        where.append("NOT EXISTS (SELECT 1 FROM delivery d WHERE d.letter_id = l.id)")
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [Letter(*row) for row in db.execute_sql(sql + " ORDER BY l.id DESC", params)]


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
        delivery_id = db.execute_sql(
            "INSERT INTO delivery (letter_id, method, delivered_on, tracking_no, note, "
            "evidence_name, evidence, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (letter_id, method, day, tracking_no,
             clean_text(note, field="note", max_len=500, multiline=True),
             clean_text(evidence_name, field="evidence", max_len=200), evidence, clock.stamp(),
             audit.current_actor())).lastrowid
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
    latest = period_of(horizon.replace(year=horizon.year - LIMITATION_YEARS))
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
        barred = start.replace(year=start.year + LIMITATION_YEARS) if not (
            start.month == 2 and start.day == 29) else date(start.year + LIMITATION_YEARS, 3, 1)
        if barred <= horizon:
            watch.append(Limitation(unit_id, room, period, item, owed, last, barred.isoformat()))
    return watch


# -- instalments ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Instalment:
    seq: int
    due_date: str
    amount: int
    paid: int  # of this instalment, from the household's payments since the agreement

    def missed(self, as_of: date) -> bool:
        return self.paid < self.amount and self.due_date < as_of.isoformat()


@dataclass(frozen=True)
class Plan:
    id: int
    unit_id: int
    agreed_on: str
    total: int
    note: str
    instalments: tuple[Instalment, ...]

    def missed(self, as_of: date | None = None) -> list[Instalment]:
        as_of = as_of or clock.today()
        return [i for i in self.instalments if i.missed(as_of)]

    @property
    def completed(self) -> bool:
        return all(i.paid >= i.amount for i in self.instalments)


def split(total: int, count: int) -> list[int]:
    """`total` fen in `count` parts that differ by at most a fen and sum exactly (the first
    parts take the extra fen): 10000 / 3 → 3334, 3333, 3333."""
    base, extra = divmod(total, count)
    return [base + (1 if index < extra else 0) for index in range(count)]


def agree_instalments(*, unit_id: int, total: int, count: int, first_due: date | str,
                      every_months: int = 1, note: str = "",
                      agreed_on: date | str | None = None) -> int:
    """A 分期协议: `total` (at most what is owed) in `count` instalments from `first_due`."""
    from pmdesk.core.payments import owed

    if not 2 <= count <= 36:
        raise ValidationError("count", "value.out_of_range", min=2, max=36)
    if not 1 <= every_months <= 6:
        raise ValidationError("every_months", "value.out_of_range", min=1, max=6)
    first = parse_date(first_due, field="first_due")
    agreed = iso_date(agreed_on, field="agreed_on", default=clock.today())
    if first.isoformat() < agreed:
        raise ValidationError("first_due", "instalment.before_agreement")
    with db.atomic():
        code = _unit(unit_id)
        if not 0 < total <= owed(unit_id):
            raise ValidationError("amount", "instalment.more_than_owed")
        plan_id = db.execute_sql(
            "INSERT INTO instalment_plan (unit_id, agreed_on, total, note, created_at, "
            "created_by) VALUES (?, ?, ?, ?, ?, ?)",
            (unit_id, agreed, total, clean_text(note, field="note", max_len=500, multiline=True),
             clock.stamp(), audit.current_actor())).lastrowid
        for seq, amount in enumerate(split(total, count), start=1):
            due = _add_months_day(first, (seq - 1) * every_months)
            db.execute_sql("INSERT INTO instalment (plan_id, seq, due_date, amount) "
                           "VALUES (?, ?, ?, ?)", (plan_id, seq, due.isoformat(), amount))
        current = case(unit_id)
        save_case(unit_id=unit_id, reason=current.reason if current else "unknown",
                  status="instalments", notes=current.notes if current else "",
                  next_action="分期缴款", next_date=first)
        audit.record("collection.instalments", "unit", unit_id, room=code, total=total,
                     count=count, first_due=first.isoformat(), plan=plan_id)
    return plan_id


def _add_months_day(day: date, months: int) -> date:
    import calendar

    period = add_months(day.year * 100 + day.month, months)
    year, month = divmod(period, 100)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def plans(unit_id: int | None = None) -> list[Plan]:
    """Agreements with each instalment's paid part: the household's payments (not voided)
    since the agreement, applied to the instalments in order."""
    sql = "SELECT id, unit_id, agreed_on, total, note FROM instalment_plan"
    params: tuple = ()
    if unit_id is not None:
        sql += " WHERE unit_id = ?"
        params = (unit_id,)
    result = []
    for plan_id, plan_unit, agreed_on, total, note in db.execute_sql(sql + " ORDER BY id",
                                                                      params).fetchall():
        paid = db.execute_sql(
            "SELECT coalesce(sum(amount), 0) FROM payment WHERE unit_id = ? AND paid_on >= ? "
            "AND id NOT IN (SELECT payment_id FROM payment_void)",
            (plan_unit, agreed_on)).fetchone()[0]
        instalments = []
        for seq, due, amount in db.execute_sql(
                "SELECT seq, due_date, amount FROM instalment WHERE plan_id = ? ORDER BY seq",
                (plan_id,)).fetchall():
            part = min(amount, paid)
            paid -= part
            instalments.append(Instalment(seq, due, amount, part))
        result.append(Plan(plan_id, plan_unit, agreed_on, total, note, tuple(instalments)))
    return result


# -- what works -----------------------------------------------------------------------------

def recovered_by_month(first: date, last: date) -> dict[tuple[str, str], dict[int, int]]:
    """Money paid between `first` and `last` by households with a case, per (reason, the last
    action taken before the payment — '' when none) and month: which approach works, when."""
    result: dict[tuple[str, str], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for reason, paid_on, amount, last_action in db.execute_sql(
            "SELECT c.reason, p.paid_on, p.amount, (SELECT a.kind FROM collection_action a "
            "WHERE a.unit_id = p.unit_id AND a.on_date <= p.paid_on "
            "ORDER BY a.on_date DESC, a.id DESC LIMIT 1) "
            "FROM payment p JOIN collection_case c ON c.unit_id = p.unit_id "
            "WHERE p.paid_on BETWEEN ? AND ? "
            "AND p.id NOT IN (SELECT payment_id FROM payment_void)",
            (first.isoformat(), last.isoformat())):
        month = int(paid_on[:4]) * 100 + int(paid_on[5:7])
        result[(reason, last_action or "")][month] += amount
    return {key: dict(months) for key, months in result.items()}


def recovered_by_reason(first: date, last: date) -> dict[str, dict[str, int]]:
    """The same, summed over the months: per reason, per last action."""
    totals: dict[str, dict[str, int]] = defaultdict(dict)
    for (reason, action), months in recovered_by_month(first, last).items():
        totals[reason][action] = sum(months.values())
    return dict(totals)


def missed_instalments(as_of: date | None = None) -> list[tuple[Plan, list[Instalment]]]:
    """Every agreement with instalments past their date and not (fully) paid."""
    as_of = as_of or clock.today()
    return [(plan, plan.missed(as_of)) for plan in plans() if plan.missed(as_of)]


# -- the dossier for the law firm -----------------------------------------------------------

@dataclass(frozen=True)
class Dossier:
    """Everything a law firm needs to act for the office against one household."""

    unit_id: int
    room: str
    area: int
    kind: str
    handover_date: str | None
    owners: tuple[tuple[str, str], ...]  # (name, phone)
    fee_items: tuple  # FeeItem, those billed to this household
    bills: tuple  # LedgerBill, oldest first
    letters: tuple[Letter, ...]
    deliveries: tuple[tuple[int, str, str, str], ...]  # letter id, method, date, tracking no.
    actions: tuple[Action, ...]
    plans: tuple[Plan, ...]
    case: Case | None

    @property
    def owed(self) -> int:
        return sum(bill.owed for bill in self.bills)


def dossier(unit_id: int) -> Dossier:
    from pmdesk.core.fees import fee_items
    from pmdesk.core.payments import ledger

    _unit(unit_id)
    room, area, kind, handover = db.execute_sql(
        "SELECT code, area, kind, handover_date FROM unit WHERE id = ?", (unit_id,)).fetchone()
    owners = tuple(db.execute_sql(
        "SELECT p.name, p.phone FROM occupancy o JOIN person p ON p.id = o.person_id "
        "WHERE o.unit_id = ? AND o.end_date IS NULL AND o.role IN ('owner', 'co_owner') "
        "ORDER BY o.role = 'co_owner', o.id", (unit_id,)).fetchall())
    billed = {name for (name,) in db.execute_sql(
        "SELECT DISTINCT f.name FROM bill b JOIN fee_item f ON f.id = b.fee_item_id "
        "WHERE b.unit_id = ?", (unit_id,))}
    book = ledger(unit_id)
    sent = tuple(reversed(letters(unit_id=unit_id)))
    marks = ",".join("?" * len(sent)) or "NULL"
    deliveries = tuple(db.execute_sql(
        f"SELECT letter_id, method, delivered_on, tracking_no FROM delivery "
        f"WHERE letter_id IN ({marks}) ORDER BY delivered_on", [s.id for s in sent]).fetchall())
    return Dossier(unit_id, room, area, kind, handover, owners,
                   tuple(item for item in fee_items() if item.name in billed),
                   tuple(sorted(book.bills, key=lambda b: (b.period, b.bill_id))), sent,
                   deliveries, tuple(reversed(actions(unit_id))), tuple(plans(unit_id)),
                   case(unit_id))
