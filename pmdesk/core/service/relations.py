"""联系单位: the office's outside contacts — the 居委会 and 街道, the 派出所, the utilities, the
suppliers with their contracts, the owners' committee, the press — their people, and the log of
every contact with them (what was agreed, the next step and its date, files; the household
whose collection case it followed up). A supplier can be sent repairs and complaints; its page
shows how many it finished on time and how satisfied the residents were at the 回访.

The log is append-only: a next step is done when a later contact with the organisation is
logged (it takes over the organisation's next step, as a collection case's log does)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from pmdesk.core import clock
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.register.units import unit_code
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import db, fetch_all, fetch_one, insert, like_literal
from pmdesk.core.validate import check_attachment, choice, clean_text, iso_date, normalize_phone

KINDS = ("government", "utility", "supplier", "committee", "media", "other")
CHANNELS = ("phone", "visit", "meeting", "letter", "wechat", "email")
CONTRACT_NOTICE_DAYS = 30  # a supplier's contract shows on 今日 this long before it ends
SATISFIED = 4  # a 回访 of 4 or 5 counts as satisfied, as the survey's results count it
HOTLINE = re.compile(r"1\d{4}|9\d{4}")  # 12345, 95598, 96390: a hotline's five digits


def _phone(value: object, field: str = "phone") -> str:
    """A phone as `normalize_phone` spells it, or a public hotline's five digits."""
    text = clean_text(value, field=field, max_len=40)
    return text if HOTLINE.fullmatch(text) else normalize_phone(text, field=field)


@dataclass(frozen=True)
class Person:
    id: int
    org_id: int
    name: str
    role: str
    phone: str
    active: bool


@dataclass(frozen=True)
class Organisation:
    id: int
    name: str
    kind: str
    duties: str
    phone: str
    address: str
    contract_start: str | None
    contract_end: str | None
    note: str
    active: bool
    last_contact: str | None = None  # the date of its latest contact
    next_step: str = ""  # its latest contact's next step and date
    next_date: str | None = None
    people: tuple[Person, ...] = field(default=())

    def contract_ends_within(self, day: date, days: int = CONTRACT_NOTICE_DAYS) -> bool:
        return (self.contract_end is not None
                and self.contract_end <= (day + timedelta(days=days)).isoformat())


@dataclass(frozen=True)
class Contact:
    id: int
    org_id: int
    organisation: str
    on_date: str
    channel: str
    person: str
    done_by: str
    summary: str
    next_step: str
    next_date: str | None
    unit_id: int | None
    room: str
    files: int


_ORG_SQL = (
    "SELECT o.id, o.name, o.kind, o.duties, o.phone, o.address, o.contract_start, "
    "o.contract_end, o.note, o.active, l.on_date AS last_contact, "
    "coalesce(l.next_step, '') AS next_step, l.next_date "
    "FROM organisation o LEFT JOIN contact_log l ON l.id = "
    "(SELECT max(id) FROM contact_log WHERE org_id = o.id)")


def _organisation(row: Organisation) -> Organisation:
    return Organisation(**{**row.__dict__, "active": bool(row.active)})


def organisations(*, kind: str | None = None, include_inactive: bool = False,
                  search: str = "") -> list[Organisation]:
    """The directory, by kind and name; `search` finds a name, a duty or a phone."""
    where, params = [], []
    if kind:
        where.append("o.kind = ?")
        params.append(choice(kind, KINDS, field="kind"))
    if not include_inactive:
        where.append("o.active = 1")
    if search.strip():
        like = f"%{like_literal(search.strip())}%"
        where.append("(o.name LIKE ? ESCAPE '\\' OR o.duties LIKE ? ESCAPE '\\' "
                     "OR o.phone LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM org_person p "
                     "WHERE p.org_id = o.id AND (p.name LIKE ? ESCAPE '\\' "
                     "OR p.phone LIKE ? ESCAPE '\\')))")
        params += [like] * 5
    sql = _ORG_SQL + (" WHERE " + " AND ".join(where) if where else "")
    found = [_organisation(org) for org in fetch_all(Organisation, sql, params)]
    return sorted(found, key=lambda org: (KINDS.index(org.kind), org.name))


def organisation(org_id: int) -> Organisation:
    found = fetch_one(Organisation, _ORG_SQL + " WHERE o.id = ?", (org_id,))
    if found is None:
        raise NotFound("organisation.not_found", number=org_id)
    return Organisation(**{**_organisation(found).__dict__, "people": tuple(people(org_id))})


def suppliers() -> list[Organisation]:
    """The suppliers a repair or complaint can be sent to (维保、保洁、绿化…)."""
    return organisations(kind="supplier")


def save_organisation(*, name: str, kind: str, duties: str = "", phone: str = "",
                      address: str = "", contract_start: date | str | None = None,
                      contract_end: date | str | None = None, note: str = "",
                      active: bool = True, org_id: int | None = None) -> int:
    """Add an organisation, or change one (`org_id`); every change is in the audit trail."""
    values = {
        "name": clean_text(name, field="org_name", required=True, max_len=60),
        "kind": choice(kind, KINDS, field="org_kind"),
        "duties": clean_text(duties, field="duties", max_len=200, multiline=True),
        "phone": _phone(phone),
        "address": clean_text(address, field="address", max_len=100),
        "contract_start": iso_date(contract_start, field="contract_start"),
        "contract_end": iso_date(contract_end, field="contract_end"),
        "note": clean_text(note, field="note", max_len=500, multiline=True),
        "active": int(bool(active)),
    }
    if (values["contract_start"] and values["contract_end"]
            and values["contract_end"] < values["contract_start"]):
        raise ValidationError("contract_end", "organisation.contract_backwards")
    with db.atomic():
        same = db.execute_sql("SELECT id FROM organisation WHERE name = ?",
                              (values["name"],)).fetchone()
        if same and same[0] != org_id:
            raise ValidationError("org_name", "organisation.exists", name=values["name"])
        now = clock.stamp()
        if org_id is None:
            org_id = insert(
                f"INSERT INTO organisation ({', '.join(values)}, created_at, updated_at) "
                f"VALUES ({', '.join('?' * len(values))}, ?, ?)", (*values.values(), now, now))
            audit.record("organisation.add", "organisation", org_id, **values)
            return org_id
        before = organisation(org_id)
        changed = {key: value for key, value in values.items()
                   if value != (int(before.active) if key == "active" else getattr(before, key))}
        if changed:
            db.execute_sql(f"UPDATE organisation SET {', '.join(f'{k} = ?' for k in changed)}, "
                           f"updated_at = ? WHERE id = ?", (*changed.values(), now, org_id))
            audit.record("organisation.change", "organisation", org_id, name=values["name"],
                         before={k: getattr(before, k) for k in changed}, after=changed)
    return org_id


def people(org_id: int, *, include_inactive: bool = False) -> list[Person]:
    found = fetch_all(Person, "SELECT id, org_id, name, role, phone, active FROM org_person "
                      "WHERE org_id = ?" + ("" if include_inactive else " AND active = 1")
                      + " ORDER BY active DESC, id", (org_id,))
    return [Person(**{**p.__dict__, "active": bool(p.active)}) for p in found]


def save_person(*, org_id: int, name: str, role: str = "", phone: str = "",
                active: bool = True, person_id: int | None = None) -> int:
    """A person at the organisation (their role and phone); one who left is made inactive,
    never deleted (the log still names them)."""
    values = {"name": clean_text(name, field="name", required=True, max_len=30),
              "role": clean_text(role, field="role", max_len=30),
              "phone": _phone(phone),
              "active": int(bool(active))}
    with db.atomic():
        organisation(org_id)
        if person_id is None:
            person_id = insert("INSERT INTO org_person (org_id, name, role, phone, active, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                               (org_id, *values.values(), clock.stamp()))
        elif not db.execute_sql("UPDATE org_person SET name = ?, role = ?, phone = ?, "
                                "active = ? WHERE id = ? AND org_id = ?",
                                (*values.values(), person_id, org_id)).rowcount:
            raise NotFound("organisation.not_found", number=org_id)
        audit.record("organisation.person", "organisation", org_id, person_id=person_id,
                     **values)
    return person_id


# -- the contact log ------------------------------------------------------------------------

_CONTACT_SQL = (
    "SELECT l.id, l.org_id, o.name AS organisation, l.on_date, l.channel, l.person, l.done_by, "
    "l.summary, l.next_step, l.next_date, l.unit_id, coalesce(u.code, '') AS room, "
    "(SELECT count(*) FROM contact_file f WHERE f.log_id = l.id) AS files "
    "FROM contact_log l JOIN organisation o ON o.id = l.org_id "
    "LEFT JOIN unit u ON u.id = l.unit_id")


def log_contact(*, org_id: int, channel: str, summary: str, on_date: date | str | None = None,
                person: str = "", next_step: str = "", next_date: date | str | None = None,
                unit_id: int | None = None) -> int:
    """Record a contact: the day, how, with whom, what was agreed, the next step and its date;
    `unit_id` when it followed up a household's collection case (the seed's 居委会 helping an
    unemployed owner find work)."""
    channel = choice(channel, CHANNELS, field="channel")
    day = iso_date(on_date, field="on_date", default=clock.today())
    if day > clock.today().isoformat():
        raise ValidationError("on_date", "payment.future_date")
    texts = {"person": clean_text(person, field="person", max_len=60),
             "summary": clean_text(summary, field="summary", required=True, max_len=2000,
                                   multiline=True),
             "next_step": clean_text(next_step, field="next_step", max_len=200)}
    following = iso_date(next_date, field="next_date")
    if following and following < day:
        raise ValidationError("next_date", "contact.next_before")
    if following and not texts["next_step"]:
        raise ValidationError("next_step", "value.required")
    with db.atomic():
        org = organisation(org_id)
        if unit_id is not None:
            unit_code(unit_id)
        log_id = insert(
            "INSERT INTO contact_log (org_id, on_date, channel, person, done_by, summary, "
            "next_step, next_date, unit_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (org_id, day, channel, texts["person"], session.actor(), texts["summary"],
             texts["next_step"], following, unit_id, clock.stamp()))
        audit.record("organisation.contact", "organisation", org_id, name=org.name,
                     log_id=log_id, on_date=day, channel=channel, unit_id=unit_id,
                     next_date=following, **texts)
    return log_id


def contacts(*, org_id: int | None = None, unit_id: int | None = None,
             first: date | None = None, last: date | None = None) -> list[Contact]:
    """The log, newest first: of one organisation, of one household, or of a period."""
    where, params = [], []
    for column, value in (("l.org_id = ?", org_id), ("l.unit_id = ?", unit_id),
                          ("l.on_date >= ?", first and first.isoformat()),
                          ("l.on_date <= ?", last and last.isoformat())):
        if value is not None:
            where.append(column)
            params.append(value)
    sql = _CONTACT_SQL + (" WHERE " + " AND ".join(where) if where else "")
    return fetch_all(Contact, sql + " ORDER BY l.on_date DESC, l.id DESC", params)


def due_contacts(until: date) -> list[Contact]:
    """Each organisation's latest contact whose next step falls on or before `until`."""
    return fetch_all(Contact, _CONTACT_SQL + " WHERE l.id IN (SELECT max(id) FROM contact_log "
                     "GROUP BY org_id) AND l.next_date <= ? AND o.active = 1 "
                     "ORDER BY l.next_date, o.name", (until.isoformat(),))


def contracts_ending(day: date, days: int = CONTRACT_NOTICE_DAYS) -> list[Organisation]:
    """Active suppliers whose contract ends within `days` of `day` (or ended in the last
    `days`, not yet renewed)."""
    return [_organisation(org) for org in fetch_all(
        Organisation, _ORG_SQL + " WHERE o.active = 1 AND o.kind = 'supplier' "
        "AND o.contract_end BETWEEN ? AND ? ORDER BY o.contract_end, o.name",
        ((day - timedelta(days=days)).isoformat(), (day + timedelta(days=days)).isoformat()))]


def attach(log_id: int, name: str, data: bytes) -> int:
    """A scan or photo kept with a contact (a signed 会议纪要, a letter from the 街道)."""
    check_attachment(data, field="file")
    name = clean_text(name, field="file", required=True, max_len=200)
    with db.atomic():
        row = db.execute_sql("SELECT org_id FROM contact_log WHERE id = ?", (log_id,)).fetchone()
        if row is None:
            raise NotFound("contact.not_found", number=log_id)
        file_id = insert("INSERT INTO contact_file (log_id, name, data, added_at, added_by) "
                         "VALUES (?, ?, ?, ?, ?)",
                         (log_id, name, data, clock.stamp(), session.actor()))
        audit.record("organisation.file", "organisation", row[0], log_id=log_id, name=name,
                     size=len(data))
    return file_id


def files(log_id: int) -> list[tuple[int, str, str]]:
    """(id, name, added_at) of the files kept with a contact."""
    return [tuple(row) for row in db.execute_sql(
        "SELECT id, name, added_at FROM contact_file WHERE log_id = ? ORDER BY id", (log_id,))]


def file_data(file_id: int) -> tuple[str, bytes]:
    row = db.execute_sql("SELECT name, data FROM contact_file WHERE id = ?",
                         (file_id,)).fetchone()
    if row is None:
        raise NotFound("contact.not_found", number=file_id)
    return row[0], bytes(row[1])


# -- a supplier's work ------------------------------------------------------------------------

@dataclass(frozen=True)
class Job:
    """A repair or complaint sent to the supplier."""
    complaint_id: int
    number: str
    received_at: str
    room: str
    description: str
    status: str
    handled_at: str | None
    on_time: bool | None  # None while not handled
    satisfaction: int | None


@dataclass(frozen=True)
class Record:
    jobs: list[Job]
    handled: int
    on_time: int
    visited: int  # followed up with a score
    satisfied: int  # of those, scored 4 or 5
    average: Decimal | None  # the mean 回访 score, to one decimal

    @property
    def on_time_rate(self) -> Decimal | None:
        return _rate(self.on_time, self.handled)

    @property
    def satisfaction_rate(self) -> Decimal | None:
        return _rate(self.satisfied, self.visited)


def _rate(part: int, whole: int) -> Decimal | None:
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001")) if whole else None


def record(org_id: int, *, first: date | None = None, last: date | None = None) -> Record:
    """The supplier's jobs (received in the period), how many of those handled were handled
    by the deadline then in force, and the residents' 回访 scores."""
    where, params = ["c.supplier_id = ?"], [org_id]
    if first:
        where.append("c.received_at >= ?")
        params.append(first.isoformat())
    if last:
        where.append("c.received_at < ?")
        params.append((last + timedelta(days=1)).isoformat())
    rows = db.execute_sql(
        "SELECT c.id, c.number, c.received_at, coalesce(u.code, ''), c.description, c.status, "
        "c.handled_at, (SELECT s.deadline IS NULL OR s.at <= s.deadline FROM complaint_step s "
        " WHERE s.complaint_id = c.id AND s.action = 'handle' ORDER BY s.id DESC LIMIT 1), "
        "c.satisfaction FROM complaint c LEFT JOIN unit u ON u.id = c.unit_id "
        f"WHERE {' AND '.join(where)} ORDER BY c.received_at DESC", params).fetchall()
    jobs = [Job(cid, number, received, room, description, status, handled,
                None if on_time is None else bool(on_time), score)
            for cid, number, received, room, description, status, handled, on_time, score
            in rows]
    scores = [job.satisfaction for job in jobs if job.satisfaction is not None]
    average = (Decimal(sum(scores)) / Decimal(len(scores))).quantize(Decimal("0.1")) \
        if scores else None
    return Record(jobs, handled=sum(job.on_time is not None for job in jobs),
                  on_time=sum(bool(job.on_time) for job in jobs), visited=len(scores),
                  satisfied=sum(score >= SATISFIED for score in scores), average=average)
