"""今日: what the desk has to do today, gathered from every part of the records — incidents open
or starting by tomorrow, complaints and repairs overdue or due today, 回访 due, collection steps
and instalments due this week, the week's events, improvement plans due, next steps agreed with
outside organisations and suppliers' contracts ending, renovations to approve, inspect or
check and today's rubbish clearances, receipts paid but never printed,
households moving in or out — each line with the record that opens it; and the month at a
glance. Read from the records themselves: nothing to tick off here, a line goes when its
record moves on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from pmdesk.core import clock
from pmdesk.core.money import instalments, reports
from pmdesk.core.money.amounts import add_months, period_of
from pmdesk.core.money.cases import due_cases
from pmdesk.core.money.payments import unprinted_receipts
from pmdesk.core.register.units import codes
from pmdesk.core.safety.db import db
from pmdesk.core.service import complaints, events, incidents, relations, renovations, surveys

WEEK_DAYS = 7  # "this week": today and the six days after it

# The kinds of line, in the order the desk reads them; `counts()` names each as the
# command line's `today --json` does.
KINDS = ("incident", "complaint_overdue", "complaint_due", "followup", "collection",
         "instalment", "event", "plan", "contact", "contract", "renovation", "clearance",
         "receipt", "move_in", "move_out")
COUNT_NAMES = {"complaint_overdue": "complaints_overdue", "complaint_due": "complaints_due_today",
               "followup": "followups_due", "collection": "collection_actions_due",
               "instalment": "instalments_due", "event": "events_this_week",
               "plan": "improvements_due", "incident": "incidents_open",
               "contact": "contacts_due", "contract": "contracts_ending",
               "renovation": "renovations_due", "clearance": "clearances_today",
               "receipt": "unprinted_receipts",
               "move_in": "moving_in", "move_out": "moving_out"}


@dataclass(frozen=True)
class Line:
    """One thing to do. `ref` is what opens it: a complaint's id (complaint_overdue,
    complaint_due, followup), an event's (event), a payment's (receipt), a survey's (plan: an
    improvement plan due), an incident's (incident), an organisation's (contact, contract), a
    renovation's (renovation, clearance),
    else the household's unit id — also in `unit_id` whenever the line concerns a
    household."""
    kind: str
    when: str  # the deadline (date and time), the due date, the event's start: ISO
    room: str  # '' when no household
    label: str  # the record's own name: complaint or receipt number, event title, person
    text: str = ""  # its words: the complaint's description, the next step, the place
    amount: int | None = None  # fen: still owed on an instalment
    people: int | None = None  # an event's confirmed sign-ups (people)
    capacity: int | None = None  # an event's places
    ref: int = 0
    unit_id: int | None = None
    status: str = ""  # a complaint's or an event's status; a mover's role; a plan's owner

    def late(self, today: date) -> bool:
        """Past its date (an overdue complaint is late by kind; an incident once its expected
        end has passed)."""
        if self.kind == "incident":
            return bool(self.status) and self.status[:10] < today.isoformat()
        return self.kind == "complaint_overdue" or self.when[:10] < today.isoformat()


@dataclass(frozen=True)
class Day:
    date: date
    lines: list[Line] = field(default_factory=list)

    def of(self, kind: str) -> list[Line]:
        return [line for line in self.lines if line.kind == kind]

    def counts(self) -> dict[str, int]:
        """Per kind, under the command line's names, how many lines there are."""
        found = dict.fromkeys(KINDS, 0)
        for line in self.lines:
            found[line.kind] += 1
        return {COUNT_NAMES[kind]: count for kind, count in found.items()}


def today(now: datetime | None = None) -> Day:
    """The desk's lines for the day of `now` (default: the office clock's)."""
    now = now or clock.now()
    day = now.date()
    week_end = day + timedelta(days=WEEK_DAYS - 1)
    lines = _incidents(now) + _complaints(now) + _collection(week_end) + _instalments(week_end)
    lines += _events(day, week_end) + _plans(week_end) + _contacts(day, week_end)
    lines += _renovations(day) + _receipts() + _moves(day, week_end)
    return Day(day, lines)


def _complaints(now: datetime) -> list[Line]:
    """Open items due before tomorrow: 回访 once replied, else overdue or due today."""
    tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
    now_stamp = now.isoformat(timespec="minutes")
    lines = []
    for item in complaints.due_before(tomorrow):
        if item.status == "replied" and item.kind in complaints.FOLLOWED_UP:
            kind = "followup"
        else:
            kind = "complaint_overdue" if item.deadline < now_stamp else "complaint_due"
        lines.append(Line(kind, item.deadline, item.room, item.number, item.description,
                          ref=item.id, unit_id=item.unit_id, status=item.status))
    return lines


def _collection(until: date) -> list[Line]:
    """Cases whose next step is due this week (or was already), but for a case whose next
    step is its agreed instalments: those have lines of their own."""
    due = [case for case in due_cases(until)
           if not (case.status == "instalments" and case.next_action == instalments.NEXT_STEP)]
    rooms = codes({case.unit_id for case in due})
    return [Line("collection", case.next_date, rooms.get(case.unit_id, ""), case.reason,
                 case.next_action, ref=case.unit_id, unit_id=case.unit_id, status=case.status)
            for case in due]


def _instalments(until: date) -> list[Line]:
    """Each instalment not fully paid whose date is this week or already past."""
    owing = [(plan, part) for plan in instalments.plans() for part in plan.instalments
             if part.paid < part.amount and part.due_date <= until.isoformat()]
    rooms = codes({plan.unit_id for plan, _ in owing})
    lines = [Line("instalment", part.due_date, rooms.get(plan.unit_id, ""),
                  f"{part.seq}/{len(plan.instalments)}", plan.note,
                  amount=part.amount - part.paid, ref=plan.unit_id, unit_id=plan.unit_id)
             for plan, part in owing]
    return sorted(lines, key=lambda line: (line.when, line.room))


def _events(day: date, until: date) -> list[Line]:
    return [Line("event", event.starts_at, "", event.title, event.place, people=event.confirmed,
                 capacity=event.capacity, ref=event.id, status=event.status)
            for event in events.events(first=day, last=until) if event.status != "cancelled"]


def _plans(until: date) -> list[Line]:
    """Improvement plans after a survey not done whose date is this week or past."""
    return [Line("plan", plan.due, "", plan.item, plan.measure, ref=plan.survey_id,
                 status=plan.owner) for plan in surveys.due_plans(until)]


def _incidents(now: datetime) -> list[Line]:
    """Incidents still open that have begun or begin by this time tomorrow: what the phone
    will ring about, its 口径 at hand."""
    return [Line("incident", one.starts_at, "", one.number, one.title, ref=one.id,
                 status=one.ends_at or "") for one in incidents.current(now)]


def _contacts(day: date, until: date) -> list[Line]:
    """Next steps agreed with an outside organisation due this week (or past), and suppliers'
    contracts ending within a month (or ended a month ago and not renewed)."""
    lines = [Line("contact", contact.next_date, contact.room, contact.organisation,
                  contact.next_step, ref=contact.org_id, unit_id=contact.unit_id)
             for contact in relations.due_contacts(until)]
    return lines + [Line("contract", org.contract_end, "", org.name, org.duties, ref=org.id)
                    for org in relations.contracts_ending(day)]


def _renovations(day: date) -> list[Line]:
    """Registrations waiting for approval, inspections planned for today or missed,
    violations whose deadline has come (to check they were put right), and today's rubbish
    clearances still to do."""
    lines = [Line("renovation", r.created_at[:10], r.room, r.number, r.scope, ref=r.id,
                  unit_id=r.unit_id, status="registered")
             for r in renovations.awaiting_decision()]
    lines += [Line("renovation", due.when, due.room, due.number, due.text, ref=due.renovation_id,
                   unit_id=due.unit_id, status=due.kind)
              for due in renovations.due_inspections(day)]
    lines += [Line("renovation", due.when, due.room, due.number, due.text, ref=due.renovation_id,
                   unit_id=due.unit_id, status="violation")
              for due in renovations.due_violations(day)]
    return lines + [Line("clearance", f"{b.day}T{b.slot[:5]}", b.room, b.number, b.slot,
                         ref=b.renovation_id, status=b.status)
                    for b in renovations.clearance_day(day) if b.status == "booked"]


def _receipts() -> list[Line]:
    return [Line("receipt", r.paid_on, r.room, r.receipt_no, ref=r.payment_id, unit_id=r.unit_id)
            for r in unprinted_receipts()]


def _moves(day: date, until: date) -> list[Line]:
    """Owners and tenants whose moving in or out is dated this week (a tenancy's end entered
    ahead): a family member entered in the register is no move of the household."""
    first, last = day.isoformat(), until.isoformat()
    lines = []
    for unit_id, room, name, role, start, end in db.execute_sql(
            "SELECT o.unit_id, u.code, p.name, o.role, o.start_date, o.end_date "
            "FROM occupancy o JOIN person p ON p.id = o.person_id "
            "JOIN unit u ON u.id = o.unit_id WHERE o.role IN ('owner', 'co_owner', 'tenant') "
            "AND ((o.start_date >= ? AND o.start_date <= ?) "
            "OR (o.end_date >= ? AND o.end_date <= ?)) ORDER BY u.code, o.id",
            (first, last, first, last)):
        if start and first <= start <= last:
            lines.append(Line("move_in", start, room, name, ref=unit_id, unit_id=unit_id,
                              status=role))
        if end and first <= end <= last:
            lines.append(Line("move_out", end, room, name, ref=unit_id, unit_id=unit_id,
                              status=role))
    return sorted(lines, key=lambda line: (line.when, line.kind))


# -- the month at a glance ------------------------------------------------------------------

@dataclass(frozen=True)
class Glance:
    period: int  # this month, YYYYMM
    collected: reports.Collection  # this month's bills so far
    year_before: reports.Collection  # the same month last year
    arrears_by_age: list[int]  # fen per `reports.BUCKETS`
    households_owing: int
    complaints_received: int  # this month
    on_time_rate: float | None  # of this month's items handled, the share handled in time
    satisfaction: float | None  # the 回访's average 1–5 of this month's items
    survey: surveys.Survey | None = None  # the latest survey with forms entered
    survey_rate: Decimal | None = None  # its overall share of satisfied answers


def glance(day: date | None = None) -> Glance:
    """The month of `day` at a glance: 当期收缴率 against the same month a year before, the
    arrears by age, the complaints answered on time, how the 回访 found residents and the latest
    satisfaction survey."""
    day = day or clock.today()
    period = period_of(day)
    owing = reports.arrears(day)
    stats = complaints.statistics_for(day.replace(day=1), day)
    latest = surveys.latest()
    return Glance(period, reports.collection(period), reports.collection(add_months(period, -12)),
                  owing.bucket_totals(), len(owing.rows), stats.total, stats.on_time_rate,
                  stats.satisfaction, latest, latest and surveys.overall(latest.id))
