"""Instalment agreements (分期协议): the total split exactly over the months, what each
instalment has been paid (oldest first), and which were missed."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from pmdesk.core import clock
from pmdesk.core.errors import ValidationError
from pmdesk.core.money.amounts import add_months
from pmdesk.core.money.cases import case, save_case
from pmdesk.core.money.payments import owed
from pmdesk.core.register.units import unit_code
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import db, insert
from pmdesk.core.validate import clean_text, iso_date, parse_date

# -- instalments ----------------------------------------------------------------------------

NEXT_STEP = "分期缴款"  # the case's next step once instalments are agreed: they are its steps

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
    if not 2 <= count <= 36:
        raise ValidationError("count", "value.out_of_range", min=2, max=36)
    if not 1 <= every_months <= 6:
        raise ValidationError("every_months", "value.out_of_range", min=1, max=6)
    first = parse_date(first_due, field="first_due")
    agreed = iso_date(agreed_on, field="agreed_on", default=clock.today())
    if first.isoformat() < agreed:
        raise ValidationError("first_due", "instalment.before_agreement")
    with db.atomic():
        code = unit_code(unit_id)
        if not 0 < total <= owed(unit_id):
            raise ValidationError("amount", "instalment.more_than_owed")
        plan_id = insert(
            "INSERT INTO instalment_plan (unit_id, agreed_on, total, note, created_at, "
            "created_by) VALUES (?, ?, ?, ?, ?, ?)",
            (unit_id, agreed, total, clean_text(note, field="note", max_len=500, multiline=True),
             clock.stamp(), session.actor()))
        for seq, amount in enumerate(split(total, count), start=1):
            due = _add_months_day(first, (seq - 1) * every_months)
            db.execute_sql("INSERT INTO instalment (plan_id, seq, due_date, amount) "
                           "VALUES (?, ?, ?, ?)", (plan_id, seq, due.isoformat(), amount))
        current = case(unit_id)
        save_case(unit_id=unit_id, reason=current.reason if current else "unknown",
                  status="instalments", notes=current.notes if current else "",
                  next_action=NEXT_STEP, next_date=first)
        audit.record("collection.instalments", "unit", unit_id, room=code, total=total,
                     count=count, first_due=first.isoformat(), plan=plan_id)
    return plan_id


def _add_months_day(day: date, months: int) -> date:
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
            "AND id NOT IN (SELECT payment_id FROM payment_void) "
            "AND id NOT IN (SELECT payment_id FROM renovation_payment)",  # not fees
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




def missed_instalments(as_of: date | None = None) -> list[tuple[Plan, list[Instalment]]]:
    """Every agreement with instalments past their date and not (fully) paid."""
    as_of = as_of or clock.today()
    return [(plan, plan.missed(as_of)) for plan in plans() if plan.missed(as_of)]
