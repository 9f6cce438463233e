"""The rows of every export, read in one place: plain values and the core's codes, no wording.
The export itself — the sheet's headers and names in the user's language, the audit entry, the
file written all at once — is `actions.exporting`; the workbook is `documents.sheets`."""

from __future__ import annotations

from datetime import timedelta

from pmdesk.core import clock
from pmdesk.core.errors import ValidationError
from pmdesk.core.masking import mask_id, mask_phone
from pmdesk.core.money.amounts import due_date, money_text, period_text, rate_text
from pmdesk.core.money.fees import BASIS
from pmdesk.core.money.reports import arrears, collection_table
from pmdesk.core.register.residents import code_sort_key, format_area
from pmdesk.core.register.units import owner_names_by_unit
from pmdesk.core.safety.db import db
from pmdesk.core.service import incidents, relations, renovations
from pmdesk.core.service.complaints import queue
from pmdesk.core.service.events import events, participation
from pmdesk.core.service.surveys import ITEMS, answer_code


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
                     kind, state, handover or "",
                     every.get("owner", ""), first.get("owner_phone", ""),
                     first.get("owner_id", ""), every.get("tenant", ""),
                     first.get("tenant_phone", ""), every.get("family", ""),
                     every.get("emergency", ""), first.get("emergency_phone", ""),
                     " ".join(g.get("tags", [])), every.get("cars", "")))
    return rows


MAX_ROWS = 1_048_575  # an Excel sheet holds 1,048,576 rows, the header included


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
    where, params = _period_where("b.period", first, last)
    _too_many(db.execute_sql(f"SELECT count(*) FROM bill b{where}", params).fetchone()[0])
    owners = owner_names_by_unit()
    rows = []
    for unit_id, code, period, item, basis, quantity, rate, amount, paid, reduced in \
            db.execute_sql(
                f"SELECT b.unit_id, u.code, b.period, f.name, {BASIS}, b.quantity, b.rate, "
                "b.amount, b.paid, b.reduced FROM bill b JOIN unit u ON u.id = b.unit_id "
                f"JOIN fee_item f ON f.id = b.fee_item_id{where} ORDER BY b.period, b.id",
                params):
        rows.append((code, owners.get(unit_id, ("", ""))[0], period_text(period), item,
                     format_area(quantity) if basis == "area" else
                     "" if basis == "opening" else str(quantity),  # carried over: no rate
                     rate_text(rate) if basis == "area" else
                     "期初结转" if basis == "opening" else money_text(rate)[1:],
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
    return [(number, paid_on, code, payer, method, amount, credit.get(pid, 0), clerk,
             "voided" if voided_on else "valid", voided_on or "", reason or "", note)
            for pid, number, paid_on, code, payer, method, amount, clerk, note, voided_on, reason
            in db.execute_sql(
                "SELECT p.id, p.receipt_no, p.paid_on, u.code, p.payer, p.method, p.amount, "
                "p.clerk, p.note, v.voided_on, v.reason FROM payment p "
                "JOIN unit u ON u.id = p.unit_id LEFT JOIN payment_void v ON v.payment_id = p.id"
                f"{clause} ORDER BY p.year, p.seq", params)]


def arrears_rows(as_of=None) -> list[tuple]:
    return [(row.room, row.building, row.owner, row.phone, row.owed, row.months,
             period_text(row.oldest_period), *row.buckets) for row in arrears(as_of).rows]


def collection_rows(first: int, last: int, by_building: bool = False) -> list[tuple]:
    def percent(value) -> str:
        return f"{value * 100:.2f}%"

    return [(period_text(r.period), r.building or "whole_estate", r.billed, r.collected, r.reduced,
             percent(r.rate), r.households, r.households_paid, percent(r.household_rate),
             r.recovered, r.still_owed, percent(r.recovery_rate))
            for r in collection_table(first, last, by_building=by_building)]


def complaint_rows() -> list[tuple]:
    steps: dict[int, dict[str, str]] = {}
    for complaint_id, action, at in db.execute_sql(
            "SELECT complaint_id, action, max(at) FROM complaint_step GROUP BY complaint_id, "
            "action"):
        steps.setdefault(complaint_id, {})[action] = at.replace("T", " ")
    rows = []
    for c in reversed(queue(open_only=False)):
        when = steps.get(c.id, {})
        who = "anonymous" if c.anonymous else c.contact_name
        rows.append((c.number, c.kind, c.channel, c.category, c.urgency, c.status, c.room, who,
                     c.other_room, c.location,
                     c.description, c.received_at.replace("T", " "), when.get("assign", ""),
                     when.get("handle", ""), when.get("reply", ""), when.get("visit", ""),
                     when.get("close", ""), (c.deadline or "").replace("T", " "), c.assignee,
                     c.satisfaction))
    return rows


def event_rows() -> list[tuple]:
    households = dict(db.execute_sql("SELECT event_id, count(*) FROM signup WHERE status <> "
                                     "'cancelled' GROUP BY event_id"))
    return [(e.title, e.type, e.starts_at.replace("T", " "),
             e.ends_at.replace("T", " "), e.place, e.organiser, "、".join(e.partners),
             e.status, e.capacity, households.get(e.id, 0), e.confirmed, e.waiting,
             e.attended, e.budget or 0, e.cost or 0) for e in events()]


def never_reached_rows() -> list[tuple]:
    """Households no event reached in the last twelve months (phones masked)."""
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


def survey_rows() -> list[tuple]:
    """Every survey's households asked and their answers (one column per service item, blank
    where the survey did not ask it or the form left it blank): rooms, never names."""
    scores: dict[tuple[int, int], dict[str, int]] = {}
    for survey_id, unit_id, item, score in db.execute_sql(
            "SELECT survey_id, unit_id, item, score FROM survey_answer"):
        scores.setdefault((survey_id, unit_id), {})[item] = score
    found = db.execute_sql(
        "SELECT s.id, s.title, s.scale, u.code, b.code, h.unit_id, h.status, h.comment, "
        "h.entered_at FROM survey_household h JOIN survey s ON s.id = h.survey_id "
        "JOIN unit u ON u.id = h.unit_id JOIN building b ON b.id = u.building_id").fetchall()
    _too_many(len(found))
    found.sort(key=lambda r: (-r[0], code_sort_key(r[3])))
    return [(title, room, building, status,
             *(answer_code(scale, scores.get((survey_id, unit_id), {}).get(item))
               for item in ITEMS), comment, (entered or "").replace("T", " "))
            for survey_id, title, scale, room, building, unit_id, status, comment, entered
            in found]


def contact_rows() -> list[tuple]:
    """The directory of outside contacts (in use or not): one row per organisation, its people
    in one cell, its latest contact and next step."""
    return [(org.name, org.kind, org.duties, org.phone,
             "；".join(" ".join(part for part in (p.name, p.role, p.phone) if part)
                      for p in relations.people(org.id)),
             org.address, org.contract_start or "", org.contract_end or "",
             "" if org.active else "inactive", org.last_contact or "", org.next_step,
             org.next_date or "", org.note)
            for org in relations.organisations(include_inactive=True)]


def incident_rows() -> list[tuple]:
    """Every incident, latest first: what, where, when, its outcome and its 情况说明."""
    calls = dict(db.execute_sql("SELECT incident_id, count(DISTINCT unit_id) FROM "
                                "incident_update WHERE kind = 'call' GROUP BY incident_id"))
    found = sorted(incidents.incidents(), key=lambda one: one.starts_at, reverse=True)
    return [(one.number, one.kind, "planned" if one.planned else "emergency", one.title,
             one.place(), one.starts_at.replace("T", " "),
             (one.ends_at or "").replace("T", " "), (one.ended_at or "").replace("T", " "),
             one.status, one.cause, one.handler, one.organisation,
             len(incidents.affected_units(one.id)), calls.get(one.id, 0), one.complaints,
             one.happened, one.done, one.prevention) for one in found]


def renovation_rows() -> list[tuple]:
    """Every renovation as the list shows them (open ones first): who, the works, the dates,
    its stage (a code of `renovations.STAGES`), the flagged works (a tuple of codes), its
    money and clearance, its violations; the foreman's phone masked."""
    today = clock.today()
    cleared = dict(db.execute_sql("SELECT renovation_id, count(*) FROM clearance_booking "
                                  "WHERE status = 'done' GROUP BY renovation_id"))
    found = dict(db.execute_sql("SELECT renovation_id, count(*) FROM renovation_violation "
                                "GROUP BY renovation_id"))
    return [(r.number, r.room, r.applicant, r.company, r.foreman, mask_phone(r.foreman_phone),
             r.scope, r.flagged, r.start_on, r.end_on, r.stage(today), r.deposit_due,
             r.deposit_paid, r.held, r.deducted, r.refunded, r.clearance_paid,
             cleared.get(r.id, 0), found.get(r.id, 0), r.open_violations, r.closed_on or "")
            for r in renovations.renovations()]
