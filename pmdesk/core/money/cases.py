"""Collecting arrears the way the seed's office learned to: sort the non-payers by why they do
not pay, help those who cannot, talk to those with a grudge, and go to law only with those who
will not (docs domain.md §3). This module holds the case per household in arrears (the reason,
the status, notes, the next action), the append-only action log (calls, visits, letters, job
help, reduction requests, instalments, the law firm, the court — each with who, what, outcome
and next step), and what the office learns from it: which approach recovers the money.
Demand letters are in `demands`, instalment agreements in `instalments`, the file for the law
firm in `dossier`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from pmdesk.core import clock
from pmdesk.core.errors import ValidationError
from pmdesk.core.register.units import unit_code
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import db, fetch_all, fetch_one, insert
from pmdesk.core.validate import choice, clean_text, iso_date

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


# -- cases ----------------------------------------------------------------------------------

_CASE_COLUMNS = "unit_id, reason, status, notes, next_action, next_date, opened_on"


def case(unit_id: int) -> Case | None:
    return fetch_one(Case, f"SELECT {_CASE_COLUMNS} FROM collection_case WHERE unit_id = ?",
                     (unit_id,))


def cases() -> dict[int, Case]:
    return {found.unit_id: found
            for found in fetch_all(Case, f"SELECT {_CASE_COLUMNS} FROM collection_case")}


def save_case(*, unit_id: int, reason: str, status: str = "following", notes: str = "",
              next_action: str = "", next_date: date | str | None = None) -> Case:
    """Open or update the household's case; the audit trail keeps what it was."""
    new = {"reason": choice(reason, REASONS, field="reason"),
           "status": choice(status, STATUSES, field="status"),
           "notes": clean_text(notes, field="notes", max_len=2000, multiline=True),
           "next_action": clean_text(next_action, field="next_action", max_len=200),
           "next_date": iso_date(next_date, field="next_date")}
    with db.atomic():
        code = unit_code(unit_id)
        old = case(unit_id)
        if old is None:
            db.execute_sql(
                "INSERT INTO collection_case (unit_id, reason, status, notes, next_action, "
                "next_date, opened_on, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (unit_id, *new.values(), clock.today().isoformat(), clock.stamp()))
            audit.record("collection.open", "unit", unit_id, room=code, **new)
        else:
            audit.update_changed("collection_case", unit_id, new, key="unit_id",
                                 missing="household.not_found", action="collection.update",
                                 entity="unit", stamp="updated_at", room=code)
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
        unit_code(unit_id)
        action_id = insert(
            "INSERT INTO collection_action (unit_id, kind, on_date, done_by, said, outcome, "
            "next_step, next_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (unit_id, kind, day, session.actor(), *texts.values(), following,
             clock.stamp()))
        current = case(unit_id) or save_case(unit_id=unit_id, reason="unknown")
        if texts["next_step"] or following:
            save_case(unit_id=unit_id, reason=current.reason, status=current.status,
                      notes=current.notes, next_action=texts["next_step"],
                      next_date=following)
        audit.record("collection.action", "unit", unit_id, kind=kind, on_date=day, **texts)
    return action_id


def actions(unit_id: int) -> list[Action]:
    return fetch_all(Action, "SELECT id, unit_id, kind, on_date, done_by, said, outcome, "
                     "next_step, next_date FROM collection_action WHERE unit_id = ? "
                     "ORDER BY on_date DESC, id DESC", (unit_id,))


def due_cases(until: date) -> list[Case]:
    """Open cases whose next action falls on or before `until` (today, this week)."""
    return fetch_all(Case, f"SELECT {_CASE_COLUMNS} FROM collection_case "
                     "WHERE next_date IS NOT NULL AND next_date <= ? "
                     "AND status NOT IN ('settled', 'paused') ORDER BY next_date",
                     (until.isoformat(),))


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
            "AND p.id NOT IN (SELECT payment_id FROM payment_void) "
            "AND p.id NOT IN (SELECT payment_id FROM renovation_payment)",
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
