"""装修管理: a household's renovation from registration to the final 验收.

The seed's second case: each household's own contractor carried its rubbish out roughly,
scratched the lift and the walls and charged for it; the office took the clearance over — one
service for all, bagged, at set times outside the lift's peak hours, at one price — and the
complaints stopped. So a renovation here is registered with its contractor and workers (ID
numbers kept masked, each with a pass, 出入证), the work (structural changes, 承重墙, 外立面 and
防水 flagged: a manager approves those), its dates and the hours work is allowed; the manager
approves; the deposit and the clearance fee are taken at the cash desk (`core.money.deposits`);
rubbish clearance is booked at the office's slots; inspections find violations with a deadline
to put them right, linked to the neighbours' complaints; the final 验收 closes it, and the
deposit is refunded less any damage the manager approves."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from pmdesk.core import clock
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.masking import mask_id
from pmdesk.core.money.amounts import line_amount
from pmdesk.core.register.residents import code_sort_key
from pmdesk.core.register.units import owner_names, unit_code
from pmdesk.core.safety import audit, auth, session
from pmdesk.core.safety.db import db, fetch_all, fetch_one, insert, like_literal, take_number
from pmdesk.core.settings import load_settings, store_settings
from pmdesk.core.validate import (
    check_attachment,
    choice,
    clean_text,
    iso_date,
    normalize_id_number,
    normalize_phone,
    parse_date,
)

WORKS = ("structure", "bearing_wall", "facade", "waterproof")  # a manager approves these
STATUSES = ("registered", "approved", "rejected", "closed")
OPEN = ("registered", "approved")
INSPECTIONS = ("scheduled", "spot", "final")
VIOLATIONS = ("hours", "rubbish", "structure", "damage", "other")
BOOKINGS = ("booked", "done", "missed", "cancelled")
PREFIX = "ZX"
MAX_DAYS = 366  # a registration covers at most a year; longer works are extended
COMPLAINT_DAYS = 90  # the neighbours' complaints offered to link to a violation


@dataclass(frozen=True)
class RenovationSettings:
    """装修管理设置: the hours work is allowed, the clearance slots and the amounts."""

    work_hours: str = "08:00-12:00,14:00-18:00"
    quiet_weekends: int = 1  # noisy work (电钻、切割、敲打) not on Saturdays and Sundays
    lift_peaks: str = "07:00-09:00,11:30-13:30,17:00-19:30"  # no clearance then
    clearance_slots: str = "09:30-10:30,14:00-15:00,15:30-16:30"
    slot_households: int = 4  # bookings one slot takes
    deposit: int = 200000  # fen: 装修押金
    structural_deposit: int = 500000  # fen: the deposit when flagged works are part of it
    clearance_rate: int = 30000  # 0.0001 yuan per m² of the unit: 3.00 元/㎡
    inspect_days: int = 14  # a scheduled inspection this often while the works last


SETTING_LIMITS = {"slot_households": (1, 50), "deposit": (0, 10_000_000),
                  "structural_deposit": (0, 10_000_000), "clearance_rate": (0, 10_000_000),
                  "inspect_days": (1, 90), "quiet_weekends": (0, 1)}


def settings() -> RenovationSettings:
    return load_settings(RenovationSettings, "renovation")


_SPAN = re.compile(r"(\d{1,2})[:：](\d{2})\s*(?:-|~|至|到|—)\s*(\d{1,2})[:：](\d{2})")


def spans(text: str, *, field: str) -> list[tuple[str, str]]:
    """`08:00-12:00，14:00-18:00` → [('08:00', '12:00'), ('14:00', '18:00')]: each from
    before to, in a day, in order, not overlapping."""
    found = []
    for part in re.split(r"[,，、;；\s]+", unicodedata.normalize("NFKC", text or "").strip()):
        if not part:
            continue
        match = _SPAN.fullmatch(part)
        if not match:
            raise ValidationError(field, "renovation.bad_span", value=part)
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h1, m1) >= (h2, m2):
            raise ValidationError(field, "renovation.bad_span", value=part)
        found.append((f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}"))
    found.sort()
    for (_, end), (start, _) in zip(found, found[1:], strict=False):
        if start < end:
            raise ValidationError(field, "renovation.spans_overlap")
    return found


def span_text(found: list[tuple[str, str]]) -> str:
    return ",".join(f"{start}-{end}" for start, end in found)


def save_settings(new: RenovationSettings, approved_by: session.User | None = None
                  ) -> RenovationSettings:
    """A manager's to change (the deposit is money held for households); audited. The hours
    and slots are written back in one spelling; a slot inside the lift's peak is refused."""
    hours = spans(new.work_hours, field="work_hours")
    if not hours:
        raise ValidationError("work_hours", "value.required")
    peaks = spans(new.lift_peaks, field="lift_peaks")
    slots = spans(new.clearance_slots, field="clearance_slots")
    if not slots:
        raise ValidationError("clearance_slots", "value.required")
    for start, end in slots:
        for low, high in peaks:
            if start < high and low < end:
                raise ValidationError("clearance_slots", "renovation.slot_in_peak",
                                      slot=f"{start}-{end}", peak=f"{low}-{high}")
    new = RenovationSettings(**{**new.__dict__, "work_hours": span_text(hours),
                                "lift_peaks": span_text(peaks),
                                "clearance_slots": span_text(slots)})
    with db.atomic():
        approver = auth.require("renovation.settings", approved_by)
        old = settings()
        changed = store_settings("renovation", old, new, SETTING_LIMITS)
        if changed:
            audit.record("renovation.settings", "setting", None, approved_by=approver,
                         before={n: getattr(old, n) for n in changed},
                         after={n: getattr(new, n) for n in changed})
    return new


@dataclass(frozen=True)
class Renovation:
    id: int
    number: str
    unit_id: int
    room: str
    applicant: str
    phone: str
    company: str
    foreman: str
    foreman_phone: str
    scope: str
    works: str  # comma-separated codes of `WORKS`
    start_on: str
    end_on: str
    deposit_due: int
    clearance_due: int
    status: str
    decided_by: str
    decided_at: str | None
    decision_note: str
    closed_on: str | None
    note: str
    created_at: str
    held: int  # the deposit held for the household now
    deposit_paid: int  # deposits taken, voided receipts left out
    clearance_paid: int
    deducted: int
    refunded: int
    open_violations: int

    @property
    def flagged(self) -> tuple[str, ...]:
        return tuple(code for code in self.works.split(",") if code)

    @property
    def open(self) -> bool:
        return self.status in OPEN

    def stage(self, today: date) -> str:
        """Where it stands, as the list says: registered (待审批), rejected, unpaid (approved,
        deposit short: 待交押金), working (施工中), inspect (its end has passed: 待验收),
        refund (验收 done, deposit held: 待退押金), settled (已结清)."""
        if self.status in ("registered", "rejected"):
            return self.status
        if self.status == "closed":
            return "refund" if self.held > 0 else "settled"
        if self.deposit_paid < self.deposit_due:
            return "unpaid"
        return "inspect" if self.end_on < today.isoformat() else "working"


STAGES = ("registered", "unpaid", "working", "inspect", "refund", "settled", "rejected")

_SQL = (
    "SELECT r.id, r.number, r.unit_id, u.code AS room, r.applicant, r.phone, r.company, "
    "r.foreman, r.foreman_phone, r.scope, r.works, r.start_on, r.end_on, r.deposit_due, "
    "r.clearance_due, r.status, r.decided_by, r.decided_at, r.decision_note, r.closed_on, "
    "r.note, r.created_at, "
    "coalesce((SELECT sum(e.amount) FROM deposit_entry e WHERE e.renovation_id = r.id), 0) "
    "AS held, "
    "coalesce((SELECT sum(p.deposit) FROM renovation_payment p WHERE p.renovation_id = r.id "
    "AND p.payment_id NOT IN (SELECT payment_id FROM payment_void)), 0) AS deposit_paid, "
    "coalesce((SELECT sum(p.clearance) FROM renovation_payment p WHERE p.renovation_id = r.id "
    "AND p.payment_id NOT IN (SELECT payment_id FROM payment_void)), 0) AS clearance_paid, "
    "coalesce((SELECT -sum(e.amount) FROM deposit_entry e WHERE e.renovation_id = r.id "
    "AND e.kind = 'deduction'), 0) AS deducted, "
    "coalesce((SELECT -sum(e.amount) FROM deposit_entry e WHERE e.renovation_id = r.id "
    "AND e.kind = 'refund'), 0) AS refunded, "
    "(SELECT count(*) FROM renovation_violation v WHERE v.renovation_id = r.id "
    "AND v.status = 'open') AS open_violations "
    "FROM renovation r JOIN unit u ON u.id = r.unit_id")


def renovation(renovation_id: int) -> Renovation:
    found = fetch_one(Renovation, f"{_SQL} WHERE r.id = ?", (renovation_id,))
    if found is None:
        raise NotFound("renovation.not_found", number=renovation_id)
    return found


def renovations(*, stage: str = "", search: str = "", unit_id: int | None = None
                ) -> list[Renovation]:
    """Open ones first (by end), then the others newest first; `stage` one of `STAGES`;
    `search` a room, number, applicant, company or foreman."""
    where, params = [], []
    if unit_id is not None:
        where.append("r.unit_id = ?")
        params.append(unit_id)
    text = clean_text(search, field="search", max_len=60)
    if text:
        where.append("(u.code LIKE ? ESCAPE '\\' OR r.number LIKE ? ESCAPE '\\' OR "
                     "r.applicant LIKE ? ESCAPE '\\' OR r.company LIKE ? ESCAPE '\\' OR "
                     "r.foreman LIKE ? ESCAPE '\\')")
        params += [f"%{like_literal(text)}%"] * 5
    sql = _SQL + (f" WHERE {' AND '.join(where)}" if where else "")
    found = fetch_all(Renovation, sql, params)
    today = clock.today()
    if stage:
        found = [one for one in found if one.stage(today) == stage]
    open_first = sorted((one for one in found if one.open), key=lambda r: (r.end_on, r.number))
    others = sorted((one for one in found if not one.open),
                    key=lambda r: r.created_at, reverse=True)
    return open_first + others


def of_unit(unit_id: int) -> list[Renovation]:
    return renovations(unit_id=unit_id)


def dues(unit_id: int, works: tuple[str, ...] | list[str]) -> tuple[int, int]:
    """The deposit (the higher one when flagged works are part of it) and the clearance fee
    (the rate by the unit's floor area, half up to the fen) the office's settings ask for."""
    rules = settings()
    row = db.execute_sql("SELECT area FROM unit WHERE id = ?", (unit_id,)).fetchone()
    if row is None:
        raise NotFound("household.not_found", number=unit_id)
    deposit = rules.structural_deposit if works else rules.deposit
    return deposit, line_amount(row[0], rules.clearance_rate)


def _works(works) -> str:
    codes = [choice(code, WORKS, field="works") for code in works or ()]
    return ",".join(code for code in WORKS if code in codes)


def _dates(start_on, end_on) -> tuple[str, str]:
    start = parse_date(start_on, field="start_on")
    end = parse_date(end_on, field="end_on")
    if start is None:
        raise ValidationError("start_on", "value.required")
    if end is None:
        raise ValidationError("end_on", "value.required")
    if end < start:
        raise ValidationError("end_on", "renovation.ends_before_start")
    if (end - start).days > MAX_DAYS:
        raise ValidationError("end_on", "renovation.too_long", days=MAX_DAYS)
    return start.isoformat(), end.isoformat()


def _people(applicant, phone, company, foreman, foreman_phone) -> dict[str, str]:
    return {"applicant": clean_text(applicant, field="applicant", required=True, max_len=60),
            "phone": normalize_phone(phone, field="phone"),
            "company": clean_text(company, field="company", max_len=60),
            "foreman": clean_text(foreman, field="foreman", max_len=30),
            "foreman_phone": normalize_phone(foreman_phone, field="foreman_phone")}


def register(*, unit_id: int, scope: str, start_on, end_on, applicant: str = "",
             phone: str = "", company: str = "", foreman: str = "", foreman_phone: str = "",
             works=(), note: str = "") -> Renovation:
    """装修登记. The applicant defaults to the owners; one open registration per household
    (a second is refused naming the first); the deposit and the clearance fee due are fixed
    from the settings now."""
    code = unit_code(unit_id)
    people = _people(applicant or owner_names(unit_id), phone, company, foreman, foreman_phone)
    scope = clean_text(scope, field="scope", required=True, max_len=500, multiline=True)
    works = _works(works)
    start, end = _dates(start_on, end_on)
    note = clean_text(note, field="note", max_len=500, multiline=True)
    with db.atomic():
        busy = db.execute_sql("SELECT number FROM renovation WHERE unit_id = ? AND status IN "
                              "('registered', 'approved')", (unit_id,)).fetchone()
        if busy:
            raise ValidationError("unit", "renovation.already_open", room=code, number=busy[0])
        deposit, clearance = dues(unit_id, works.split(",") if works else [])
        year = clock.today().year
        seq = take_number("renovation", year, floor=lambda: db.execute_sql(
            "SELECT coalesce(max(seq), 0) FROM renovation WHERE year = ?", (year,)).fetchone()[0])
        number = f"{PREFIX}{year}-{seq:03d}"
        now = clock.stamp()
        renovation_id = insert(
            "INSERT INTO renovation (number, year, seq, unit_id, applicant, phone, company, "
            "foreman, foreman_phone, scope, works, start_on, end_on, deposit_due, clearance_due,"
            " status, note, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, 'registered', ?, ?, ?, ?)",
            (number, year, seq, unit_id, *people.values(), scope, works, start, end, deposit,
             clearance, note, now, session.actor(), now))
        audit.record("renovation.register", "renovation", renovation_id, number=number,
                     room=code, scope=scope, works=works, start_on=start, end_on=end,
                     deposit_due=deposit, clearance_due=clearance, company=people["company"])
    return renovation(renovation_id)


def update(renovation_id: int, *, applicant: str | None = None, phone: str | None = None,
           company: str | None = None, foreman: str | None = None,
           foreman_phone: str | None = None, scope: str | None = None, works=None,
           start_on=None, end_on=None, note: str | None = None) -> Renovation:
    """Change what was registered (audited before and after). The end moves later to extend
    the works (延期) while it is open; what is done and the flagged works are fixed once it is
    decided."""
    old = renovation(renovation_id)
    if not old.open:
        raise ValidationError("status", "renovation.not_open", number=old.number)
    people = _people(*(value if value is not None else getattr(old, name) for name, value in (
        ("applicant", applicant), ("phone", phone), ("company", company),
        ("foreman", foreman), ("foreman_phone", foreman_phone))))
    new = dict(people)
    new["note"] = clean_text(old.note if note is None else note, field="note", max_len=500,
                             multiline=True)
    start, end = _dates(old.start_on if start_on is None else start_on,
                        old.end_on if end_on is None else end_on)
    new["end_on"] = end
    decided = old.status != "registered"
    if decided and start != old.start_on:
        raise ValidationError("start_on", "renovation.decided", number=old.number)
    new["start_on"] = start
    if scope is not None or works is not None:
        text = clean_text(old.scope if scope is None else scope, field="scope", required=True,
                          max_len=500, multiline=True)
        codes = _works(old.flagged if works is None else works)
        if decided and (text != old.scope or codes != old.works):
            raise ValidationError("scope", "renovation.decided", number=old.number)
        new.update(scope=text, works=codes)
        if not decided:
            new["deposit_due"], new["clearance_due"] = dues(
                old.unit_id, codes.split(",") if codes else [])
    audit.update_changed("renovation", renovation_id, new, missing="renovation.not_found",
                         stamp="updated_at", number=old.number, room=old.room)
    return renovation(renovation_id)


def decide(renovation_id: int, *, approve: bool, note: str = "",
           approved_by: session.User | None = None) -> Renovation:
    """批准 or 不批准. Flagged works (structure, 承重墙, 外立面, 防水) need a manager, and a
    refusal needs its reason; approving plans an inspection every `inspect_days` while the
    works last and the final 验收 on its last day."""
    note = clean_text(note, field="decision_note", max_len=500, multiline=True)
    with db.atomic():
        old = renovation(renovation_id)
        if old.status != "registered":
            raise ValidationError("status", "renovation.decided", number=old.number)
        if not approve and not note:
            raise ValidationError("decision_note", "renovation.reason_required")
        approver = auth.require("renovation.structural", approved_by) if old.flagged else ""
        decider = approver or session.actor()
        now = clock.stamp()
        db.execute_sql("UPDATE renovation SET status = ?, decided_by = ?, decided_at = ?, "
                       "decision_note = ?, updated_at = ? WHERE id = ?",
                       ("approved" if approve else "rejected", decider, now, note, now,
                        renovation_id))
        if approve:
            _plan_inspections(old)
        audit.record("renovation.approve" if approve else "renovation.reject", "renovation",
                     renovation_id, number=old.number, room=old.room, note=note,
                     works=old.works, approved_by=approver)
    return renovation(renovation_id)


def _plan_inspections(r: Renovation) -> None:
    every = settings().inspect_days
    start, end = date.fromisoformat(r.start_on), date.fromisoformat(r.end_on)
    day = start + timedelta(days=every)
    now = clock.stamp()
    while day < end:
        db.execute_sql("INSERT INTO renovation_inspection (renovation_id, kind, due_on, "
                       "created_at) VALUES (?, 'scheduled', ?, ?)", (r.id, day.isoformat(), now))
        day += timedelta(days=every)
    db.execute_sql("INSERT INTO renovation_inspection (renovation_id, kind, due_on, created_at) "
                   "VALUES (?, 'final', ?, ?)", (r.id, r.end_on, now))


# -- workers and their passes ---------------------------------------------------------------

@dataclass(frozen=True)
class Worker:
    id: int
    name: str
    id_masked: str
    phone: str
    trade: str
    pass_no: str
    returned_on: str | None


def workers(renovation_id: int) -> list[Worker]:
    return fetch_all(Worker, "SELECT id, name, id_masked, phone, trade, pass_no, returned_on "
                     "FROM renovation_worker WHERE renovation_id = ? ORDER BY id",
                     (renovation_id,))


def add_worker(renovation_id: int, *, name: str, id_number: str = "", phone: str = "",
               trade: str = "") -> Worker:
    """A worker with the pass (出入证) numbered after the registration: ZX2026-001-01. The ID
    number is checked, then only its masked form is kept: the pass is what the gate checks."""
    name = clean_text(name, field="name", required=True, max_len=30)
    masked = mask_id(normalize_id_number(id_number, others=True))
    phone = normalize_phone(phone, field="phone")
    trade = clean_text(trade, field="trade", max_len=20)
    with db.atomic():
        r = renovation(renovation_id)
        if not r.open:
            raise ValidationError("status", "renovation.not_open", number=r.number)
        count = db.execute_sql("SELECT count(*) FROM renovation_worker WHERE renovation_id = ?",
                               (renovation_id,)).fetchone()[0]
        pass_no = f"{r.number}-{count + 1:02d}"
        worker_id = insert("INSERT INTO renovation_worker (renovation_id, name, id_masked, phone,"
                           " trade, pass_no, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           (renovation_id, name, masked, phone, trade, pass_no, clock.stamp()))
        audit.record("renovation.worker", "renovation", renovation_id, number=r.number,
                     name=name, id_number=masked, trade=trade, pass_no=pass_no)
    return next(w for w in workers(renovation_id) if w.id == worker_id)


def return_pass(worker_id: int, on=None) -> None:
    """The pass handed back (the works ended, or the worker left)."""
    day = iso_date(on, field="returned_on", default=clock.today())
    with db.atomic():
        row = db.execute_sql("SELECT renovation_id, pass_no, returned_on FROM renovation_worker "
                             "WHERE id = ?", (worker_id,)).fetchone()
        if row is None:
            raise NotFound("renovation.not_found", number=worker_id)
        if row[2]:
            return
        db.execute_sql("UPDATE renovation_worker SET returned_on = ? WHERE id = ?",
                       (day, worker_id))
        audit.record("renovation.pass_returned", "renovation", row[0], pass_no=row[1], on=day)


# -- 统一清运 -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Booking:
    id: int
    renovation_id: int
    number: str
    room: str
    day: str
    slot: str
    bags: int
    status: str
    note: str
    foreman: str
    foreman_phone: str


_BOOKINGS = ("SELECT c.id, c.renovation_id, r.number, u.code AS room, c.day, c.slot, c.bags, "
             "c.status, c.note, r.foreman, r.foreman_phone FROM clearance_booking c "
             "JOIN renovation r ON r.id = c.renovation_id JOIN unit u ON u.id = r.unit_id")


def bookings(renovation_id: int) -> list[Booking]:
    return fetch_all(Booking, f"{_BOOKINGS} WHERE c.renovation_id = ? ORDER BY c.day, c.slot",
                     (renovation_id,))


def clearance_day(day: date) -> list[Booking]:
    """The day's clearance list for the cleaning team: slot by slot, room by room (cancelled
    bookings left out)."""
    found = fetch_all(Booking, f"{_BOOKINGS} WHERE c.day = ? AND c.status <> 'cancelled'",
                      (day.isoformat(),))
    return sorted(found, key=lambda b: (b.slot, code_sort_key(b.room)))


def free_slots(day: date) -> list[tuple[str, int]]:
    """Each of the office's slots with the places still free on `day`."""
    rules = settings()
    taken = dict(db.execute_sql("SELECT slot, count(*) FROM clearance_booking WHERE day = ? "
                                "AND status <> 'cancelled' GROUP BY slot", (day.isoformat(),)))
    return [(slot, rules.slot_households - taken.get(slot, 0))
            for slot in (f"{a}-{b}" for a, b in spans(rules.clearance_slots, field="slots"))]


def book(renovation_id: int, *, day, slot: str, bags: int = 0, note: str = "") -> Booking:
    """A clearance booked for one of the office's slots on a day of the works (or the week
    after them), from today on, while the slot has room."""
    when = parse_date(day, field="day")
    if when is None:
        raise ValidationError("day", "value.required")
    note = clean_text(note, field="note", max_len=200)
    if not isinstance(bags, int) or bags < 0:
        raise ValidationError("bags", "value.out_of_range", min=0, max=999)
    with db.atomic():
        r = renovation(renovation_id)
        if r.status != "approved":
            raise ValidationError("status", "renovation.not_approved", number=r.number)
        if when < clock.today():
            raise ValidationError("day", "renovation.day_past")
        last = date.fromisoformat(r.end_on) + timedelta(days=7)
        if not date.fromisoformat(r.start_on) <= when <= last:
            raise ValidationError("day", "renovation.day_outside", first=r.start_on,
                                  last=last.isoformat())
        free = dict(free_slots(when))
        slot = unicodedata.normalize("NFKC", slot or "").replace(" ", "")
        if slot not in free:
            raise ValidationError("slot", "renovation.no_such_slot", slot=slot,
                                  slots="、".join(free))
        if free[slot] <= 0:
            raise ValidationError("slot", "renovation.slot_full", slot=slot,
                                  day=when.isoformat())
        booking_id = insert(
            "INSERT INTO clearance_booking (renovation_id, day, slot, bags, status, note, "
            "booked_at, booked_by) VALUES (?, ?, ?, ?, 'booked', ?, ?, ?)",
            (renovation_id, when.isoformat(), slot, bags, note, clock.stamp(), session.actor()))
        audit.record("renovation.book", "renovation", renovation_id, number=r.number,
                     day=when.isoformat(), slot=slot, bags=bags)
    return next(b for b in bookings(renovation_id) if b.id == booking_id)


def finish(booking_id: int, *, status: str, bags: int | None = None, note: str = "") -> None:
    """清运 done (with the bags carried), missed (nobody there, nothing bagged) or cancelled."""
    status = choice(status, ("done", "missed", "cancelled"), field="status")
    note = clean_text(note, field="note", max_len=200)
    if bags is not None and (not isinstance(bags, int) or bags < 0):
        raise ValidationError("bags", "value.out_of_range", min=0, max=999)
    with db.atomic():
        row = db.execute_sql("SELECT renovation_id, status, bags, day, slot FROM "
                             "clearance_booking WHERE id = ?", (booking_id,)).fetchone()
        if row is None:
            raise NotFound("renovation.not_found", number=booking_id)
        renovation_id, old, old_bags, day, slot = row
        if old != "booked":
            raise ValidationError("status", "renovation.booking_closed")
        bags = old_bags if bags is None else bags
        db.execute_sql("UPDATE clearance_booking SET status = ?, bags = ?, note = CASE WHEN ? = ''"
                       " THEN note ELSE ? END, done_at = ?, done_by = ? WHERE id = ?",
                       (status, bags, note, note, clock.stamp(), session.actor(), booking_id))
        audit.record("renovation.clearance", "renovation", renovation_id, day=day, slot=slot,
                     status=status, bags=bags)


# -- inspections and violations ---------------------------------------------------------------

@dataclass(frozen=True)
class Inspection:
    id: int
    renovation_id: int
    kind: str
    due_on: str
    done_on: str | None
    inspector: str
    findings: str
    result: str | None
    files: int = 0


@dataclass(frozen=True)
class Violation:
    id: int
    renovation_id: int
    inspection_id: int | None
    complaint_id: int | None
    complaint: str  # its number
    kind: str
    text: str
    found_on: str
    deadline: str
    status: str
    fixed_on: str | None
    fixed_note: str


def inspections(renovation_id: int) -> list[Inspection]:
    return fetch_all(Inspection, "SELECT i.id, i.renovation_id, i.kind, i.due_on, i.done_on, "
                     "i.inspector, i.findings, i.result, (SELECT count(*) FROM renovation_file f "
                     "WHERE f.inspection_id = i.id) AS files FROM renovation_inspection i "
                     "WHERE i.renovation_id = ? ORDER BY i.due_on, i.id", (renovation_id,))


def violations(renovation_id: int) -> list[Violation]:
    return fetch_all(Violation, "SELECT v.id, v.renovation_id, v.inspection_id, v.complaint_id,"
                     " coalesce(c.number, '') AS complaint, v.kind, v.text, v.found_on, "
                     "v.deadline, v.status, v.fixed_on, v.fixed_note FROM renovation_violation v"
                     " LEFT JOIN complaint c ON c.id = v.complaint_id "
                     "WHERE v.renovation_id = ? ORDER BY v.found_on, v.id", (renovation_id,))


def inspect(renovation_id: int, *, kind: str = "spot", passed: bool, findings: str = "",
            inspector: str = "", on=None, inspection_id: int | None = None,
            files: list[tuple[str, bytes]] = ()) -> Inspection:
    """A check made: the planned one `inspection_id` (the next planned one of `kind` when not
    given), or a spot check. What was found is required when it did not pass. A final 验收
    that passes closes the registration — not while a violation is open."""
    kind = choice(kind, INSPECTIONS, field="kind")
    findings = clean_text(findings, field="findings", max_len=1000, multiline=True)
    inspector = clean_text(inspector, field="inspector", max_len=30) or session.actor()
    day = parse_date(on, field="done_on", default=clock.today())
    if day > clock.today():
        raise ValidationError("done_on", "date.in_future")
    if not passed and not findings:
        raise ValidationError("findings", "renovation.findings_required")
    for _, data in files:
        check_attachment(data, field="file")
    with db.atomic():
        r = renovation(renovation_id)
        if r.status != "approved":
            raise ValidationError("status", "renovation.not_approved", number=r.number)
        if kind == "final" and passed and r.open_violations:
            raise ValidationError("result", "renovation.violations_open",
                                  count=r.open_violations)
        if inspection_id is None and kind != "spot":
            row = db.execute_sql("SELECT id FROM renovation_inspection WHERE renovation_id = ? "
                                 "AND kind = ? AND done_on IS NULL ORDER BY due_on LIMIT 1",
                                 (renovation_id, kind)).fetchone()
            inspection_id = row[0] if row else None
        if inspection_id is None:
            inspection_id = insert("INSERT INTO renovation_inspection (renovation_id, kind, "
                                   "due_on, created_at) VALUES (?, ?, ?, ?)",
                                   (renovation_id, kind, day.isoformat(), clock.stamp()))
        else:
            row = db.execute_sql("SELECT kind, done_on FROM renovation_inspection WHERE id = ? "
                                 "AND renovation_id = ?", (inspection_id, renovation_id)
                                 ).fetchone()
            if row is None:
                raise NotFound("renovation.not_found", number=inspection_id)
            if row[1]:
                raise ValidationError("inspection", "renovation.inspected", date=row[1])
            kind = row[0]
        db.execute_sql("UPDATE renovation_inspection SET done_on = ?, inspector = ?, "
                       "findings = ?, result = ? WHERE id = ?",
                       (day.isoformat(), inspector, findings, "pass" if passed else "fail",
                        inspection_id))
        for name, data in files:
            _add_file(renovation_id, name, data, inspection_id=inspection_id)
        if kind == "final" and passed:
            now = clock.stamp()
            db.execute_sql("UPDATE renovation SET status = 'closed', closed_on = ?, "
                           "updated_at = ? WHERE id = ?", (day.isoformat(), now, renovation_id))
            db.execute_sql("DELETE FROM renovation_inspection WHERE renovation_id = ? "
                           "AND done_on IS NULL", (renovation_id,))
        audit.record("renovation.inspect", "renovation", renovation_id, number=r.number,
                     kind=kind, passed=bool(passed), findings=findings, on=day.isoformat(),
                     files=len(files))
    return next(i for i in inspections(renovation_id) if i.id == inspection_id)


def add_violation(renovation_id: int, *, kind: str, text: str, deadline, on=None,
                  inspection_id: int | None = None, complaint_id: int | None = None
                  ) -> Violation:
    """A violation found (wrong hours, rubbish left in the corridor, unapproved structural
    work, damage), with the day to put it right by; linked to the inspection that found it or
    the neighbour's complaint that reported it."""
    kind = choice(kind, VIOLATIONS, field="kind")
    text = clean_text(text, field="text", required=True, max_len=500, multiline=True)
    found = parse_date(on, field="found_on", default=clock.today())
    due = parse_date(deadline, field="deadline")
    if due is None:
        raise ValidationError("deadline", "value.required")
    if due < found:
        raise ValidationError("deadline", "renovation.deadline_before")
    with db.atomic():
        r = renovation(renovation_id)
        if r.status != "approved":
            raise ValidationError("status", "renovation.not_approved", number=r.number)
        if inspection_id is not None and not db.execute_sql(
                "SELECT 1 FROM renovation_inspection WHERE id = ? AND renovation_id = ?",
                (inspection_id, renovation_id)).fetchone():
            raise NotFound("renovation.not_found", number=inspection_id)
        if complaint_id is not None and not db.execute_sql(
                "SELECT 1 FROM complaint WHERE id = ?", (complaint_id,)).fetchone():
            raise NotFound("complaint.not_found", number=complaint_id)
        violation_id = insert(
            "INSERT INTO renovation_violation (renovation_id, inspection_id, complaint_id, kind, "
            "text, found_on, deadline, status, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
            (renovation_id, inspection_id, complaint_id, kind, text, found.isoformat(),
             due.isoformat(), clock.stamp(), session.actor()))
        audit.record("renovation.violation", "renovation", renovation_id, number=r.number,
                     kind=kind, text=text, deadline=due.isoformat(), complaint_id=complaint_id)
    return next(v for v in violations(renovation_id) if v.id == violation_id)


def fix_violation(violation_id: int, *, note: str, on=None) -> None:
    """整改完成: what was done (required) and when."""
    note = clean_text(note, field="fixed_note", required=True, max_len=500, multiline=True)
    day = parse_date(on, field="fixed_on", default=clock.today())
    with db.atomic():
        row = db.execute_sql("SELECT renovation_id, status, found_on FROM renovation_violation "
                             "WHERE id = ?", (violation_id,)).fetchone()
        if row is None:
            raise NotFound("renovation.not_found", number=violation_id)
        if row[1] != "open":
            raise ValidationError("status", "renovation.violation_fixed")
        if day.isoformat() < row[2]:
            raise ValidationError("fixed_on", "renovation.deadline_before")
        db.execute_sql("UPDATE renovation_violation SET status = 'fixed', fixed_on = ?, "
                       "fixed_note = ? WHERE id = ?", (day.isoformat(), note, violation_id))
        audit.record("renovation.fixed", "renovation", row[0], violation=violation_id,
                     note=note, on=day.isoformat())


@dataclass(frozen=True)
class NearbyComplaint:
    id: int
    number: str
    received_at: str
    room: str
    description: str


def nearby_complaints(renovation_id: int) -> list[NearbyComplaint]:
    """Complaints about renovation or noise in the last `COMPLAINT_DAYS` days that name this
    household as the one complained about, then the others from its building, newest first:
    those a violation may answer."""
    r = renovation(renovation_id)
    since = (clock.today() - timedelta(days=COMPLAINT_DAYS)).isoformat()
    return fetch_all(
        NearbyComplaint, "SELECT c.id, c.number, c.received_at, coalesce(u.code, '') AS room, "
        "c.description FROM complaint c LEFT JOIN unit u ON u.id = c.unit_id "
        "WHERE c.category IN ('renovation', 'noise') AND c.received_at >= ? "
        "AND (c.other_unit_id = ? OR u.building_id = (SELECT building_id FROM unit WHERE id = ?))"
        " ORDER BY CASE WHEN c.other_unit_id = ? THEN 0 ELSE 1 END, c.received_at DESC LIMIT 50",
        (since, r.unit_id, r.unit_id, r.unit_id))


# -- photos and files ---------------------------------------------------------------------------

def _add_file(renovation_id: int, name: str, data: bytes, *, inspection_id: int | None = None,
              entry_id: int | None = None) -> int:
    name = clean_text(name, field="file", required=True, max_len=120)
    check_attachment(data, field="file")
    return insert("INSERT INTO renovation_file (renovation_id, inspection_id, entry_id, name, "
                  "data, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  (renovation_id, inspection_id, entry_id, name, data, clock.stamp(),
                   session.actor()))


def attach(renovation_id: int, name: str, data: bytes) -> int:
    """A file kept with the registration (the drawings, the contractor's licence)."""
    with db.atomic():
        r = renovation(renovation_id)
        file_id = _add_file(renovation_id, name, data)
        audit.record("renovation.attach", "renovation", renovation_id, number=r.number,
                     name=name, size=len(data))
    return file_id


@dataclass(frozen=True)
class File:
    id: int
    name: str
    added_at: str
    what: str  # 'inspection', 'deduction' or ''


def files(renovation_id: int) -> list[File]:
    return fetch_all(File, "SELECT id, name, added_at, CASE WHEN inspection_id IS NOT NULL THEN "
                     "'inspection' WHEN entry_id IS NOT NULL THEN 'deduction' ELSE '' END AS what"
                     " FROM renovation_file WHERE renovation_id = ? ORDER BY id",
                     (renovation_id,))


def file_data(file_id: int) -> tuple[str, bytes]:
    row = db.execute_sql("SELECT name, data FROM renovation_file WHERE id = ?",
                         (file_id,)).fetchone()
    if row is None:
        raise NotFound("renovation.not_found", number=file_id)
    return row[0], bytes(row[1])


# -- 今日 -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Due:
    """Something of a renovation due: a planned inspection, a violation's deadline."""
    renovation_id: int
    number: str
    unit_id: int
    room: str
    when: str
    text: str
    kind: str


def due_inspections(until: date) -> list[Due]:
    """Planned inspections not made whose day is `until` or earlier (approved works only)."""
    return fetch_all(Due, "SELECT r.id AS renovation_id, r.number, r.unit_id, u.code AS room, "
                     "i.due_on AS \"when\", r.foreman_phone AS text, i.kind FROM "
                     "renovation_inspection i JOIN renovation r ON r.id = i.renovation_id "
                     "JOIN unit u ON u.id = r.unit_id WHERE i.done_on IS NULL AND i.due_on <= ? "
                     "AND r.status = 'approved' ORDER BY i.due_on, u.code", (until.isoformat(),))


def due_violations(until: date) -> list[Due]:
    """Violations still open whose deadline is `until` or earlier: to check they were put
    right."""
    return fetch_all(Due, "SELECT r.id AS renovation_id, r.number, r.unit_id, u.code AS room, "
                     "v.deadline AS \"when\", v.text, v.kind FROM renovation_violation v "
                     "JOIN renovation r ON r.id = v.renovation_id JOIN unit u ON u.id = r.unit_id"
                     " WHERE v.status = 'open' AND v.deadline <= ? ORDER BY v.deadline, u.code",
                     (until.isoformat(),))


def awaiting_decision() -> list[Renovation]:
    return fetch_all(Renovation, f"{_SQL} WHERE r.status = 'registered' ORDER BY r.created_at")
