"""装修押金 and 装修垃圾清运费 at the cash desk, and the deposit's refund.

Both are taken with a receipt of the office's one sequence, like any payment (`payments`):
a `renovation_payment` row says what the receipt was for. The clearance fee is income; the
deposit is not — it is money held for the household, a liability, in a ledger of its own
(`deposit_entry`, append-only): taken, voided with its receipt, deducted for damage (a
manager's approval, a reason and photos), refunded after the final 验收 with a numbered 押金退还单.
Neither touches a bill, so neither is in any 收缴率; both are inside the money invariants
`payments.money_problems` checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pmdesk.core import clock
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.money.amounts import yuan
from pmdesk.core.money.payments import (
    METHODS,
    PaymentResult,
    check_paid_on,
    payment_result,
    record_payment,
)
from pmdesk.core.register.units import owner_names
from pmdesk.core.safety import audit, auth, journal, session
from pmdesk.core.safety.db import (
    current_path,
    db,
    fetch_all,
    insert,
    one_writer,
    retried,
    take_number,
)
from pmdesk.core.service.renovations import renovation
from pmdesk.core.validate import check_attachment, clean_text, parse_date

REFUND_PREFIX = "TK"
MAX_REASON = 200


@retried
def take(*, renovation_id: int, deposit: int = 0, clearance: int = 0, method: str = "cash",
         payer: str | None = None, paid_on: date | str | None = None,
         tendered: int | None = None, token: str | None = None,
         approved_by: session.User | None = None) -> PaymentResult:
    """收装修押金 and/or 清运费 for a registration still open (not refused, not closed): each at
    most what is still due of it. One receipt; `token` makes a double submission one payment."""
    if method not in METHODS:
        raise ValidationError("method", "value.unknown", value=method)
    for field, fen in (("deposit", deposit), ("clearance", clearance)):
        if not isinstance(fen, int) or fen < 0:
            raise ValidationError(field, "money.zero")
    amount = deposit + clearance
    if amount <= 0:
        raise ValidationError("deposit", "money.zero")
    if tendered is not None and tendered < amount:
        raise ValidationError("tendered", "payment.tendered_short")
    day = parse_date(paid_on, field="paid_on", default=clock.today())
    outermost = not db.in_transaction()
    with db.atomic():
        one_writer("money")
        if token:
            row = db.execute_sql("SELECT id FROM payment WHERE token = ?", (token,)).fetchone()
            if row:
                return payment_result(row[0])
        backdated_by = check_paid_on(day, approved_by)
        r = renovation(renovation_id)
        if not r.open:
            raise ValidationError("status", "renovation.not_open", number=r.number)
        if deposit > r.deposit_due - r.deposit_paid:
            raise ValidationError("deposit", "deposit.over_due",
                                  due=yuan(max(r.deposit_due - r.deposit_paid, 0)))
        if clearance > r.clearance_due - r.clearance_paid:
            raise ValidationError("clearance", "deposit.over_due",
                                  due=yuan(max(r.clearance_due - r.clearance_paid, 0)))
        payer = clean_text(payer, field="payer", max_len=60) or owner_names(r.unit_id) or r.room
        now, when = clock.stamp(), day.isoformat()
        payment_id, receipt_no = record_payment(
            unit_id=r.unit_id, payer=payer, method=method, amount=amount, tendered=tendered,
            day=day, note=f"装修 {r.number}", token=token)
        db.execute_sql("INSERT INTO renovation_payment (payment_id, renovation_id, deposit, "
                       "clearance) VALUES (?, ?, ?, ?)",
                       (payment_id, renovation_id, deposit, clearance))
        if deposit:
            db.execute_sql("INSERT INTO deposit_entry (renovation_id, kind, amount, payment_id, "
                           "on_date, created_at, created_by) VALUES (?, 'taken', ?, ?, ?, ?, ?)",
                           (renovation_id, deposit, payment_id, when, now, session.actor()))
        audit.record("renovation.payment", "payment", payment_id, receipt_no=receipt_no,
                     number=r.number, room=r.room, amount=amount, deposit=deposit,
                     clearance=clearance, method=method, payer=payer, paid_on=when,
                     held_before=r.held, held_after=r.held + deposit,
                     **({"backdated_by": backdated_by} if backdated_by else {}))
    if outermost:
        journal.append(current_path(), kind="payment", receipt_no=receipt_no, room=r.room,
                       amount=amount, method=method, clerk=session.actor())
    return payment_result(payment_id)


@dataclass(frozen=True)
class Refund:
    """A 押金退还单: what was held, what was kept for damage and why, what went back."""

    number: str
    renovation_id: int
    on_date: str
    held: int
    deducted: int
    refunded: int
    reason: str
    method: str
    approved_by: str
    created_by: str


@retried
def refund(*, renovation_id: int, deduction: int = 0, reason: str = "", method: str = "cash",
           files: list[tuple[str, bytes]] = (), on: date | str | None = None,
           approved_by: session.User | None = None) -> Refund:
    """退押金 after the final 验收: the whole deposit held, less `deduction` for damage — a
    manager's approval, its reason and at least one photo or file as its evidence. Numbered
    TK2026-001 from the counter, in one transaction with both entries."""
    if method not in METHODS:
        raise ValidationError("method", "value.unknown", value=method)
    if not isinstance(deduction, int) or deduction < 0:
        raise ValidationError("deduction", "money.zero")
    reason = clean_text(reason, field="reason", max_len=MAX_REASON, multiline=True)
    day = parse_date(on, field="on_date", default=clock.today())
    if day > clock.today():
        raise ValidationError("on_date", "date.in_future")
    for _, data in files:
        check_attachment(data, field="file")
    with db.atomic():
        one_writer("money")
        r = renovation(renovation_id)
        if r.status != "closed":
            raise ValidationError("status", "deposit.not_accepted", number=r.number)
        if r.held <= 0:
            raise ValidationError("deduction", "deposit.nothing_held", number=r.number)
        approver = ""
        if deduction:  # the form complete before a manager is asked to approve it
            if deduction > r.held:
                raise ValidationError("deduction", "deposit.deduction_too_large",
                                      held=yuan(r.held))
            if not reason:
                raise ValidationError("reason", "deposit.reason_required")
            if not files:
                raise ValidationError("file", "deposit.photos_required")
            approver = auth.require("renovation.deduct", approved_by)
        year = day.year
        seq = take_number("deposit_refund", year, floor=lambda: _highest_refund(year))
        number = f"{REFUND_PREFIX}{year}-{seq:03d}"
        now, when, actor = clock.stamp(), day.isoformat(), session.actor()
        if deduction:
            entry_id = insert(
                "INSERT INTO deposit_entry (renovation_id, kind, amount, reason, approved_by, "
                "on_date, created_at, created_by) VALUES (?, 'deduction', ?, ?, ?, ?, ?, ?)",
                (renovation_id, -deduction, reason, approver or actor, when, now, actor))
            for name, data in files:
                insert("INSERT INTO renovation_file (renovation_id, entry_id, name, data, "
                       "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)",
                       (renovation_id, entry_id,
                        clean_text(name, field="file", required=True, max_len=120), data, now,
                        actor))
        back = r.held - deduction
        db.execute_sql("INSERT INTO deposit_entry (renovation_id, kind, amount, number, method, "
                       "reason, approved_by, on_date, created_at, created_by) "
                       "VALUES (?, 'refund', ?, ?, ?, ?, ?, ?, ?, ?)",
                       (renovation_id, -back, number, method, reason if deduction else "",
                        approver, when, now, actor))
        audit.record("renovation.refund", "renovation", renovation_id, number=number,
                     renovation=r.number, room=r.room, held_before=r.held, deduction=deduction,
                     refunded=back, reason=reason, method=method, approved_by=approver,
                     files=len(files), held_after=0)
    return refund_of(number)


def _highest_refund(year: int) -> int:
    highest = 0
    for (number,) in db.execute_sql("SELECT number FROM deposit_entry WHERE kind = 'refund' "
                                    "AND number LIKE ?", (f"{REFUND_PREFIX}{year}-%",)):
        highest = max(highest, int(number.rsplit("-", 1)[1]))
    return highest


def refund_of(number: str) -> Refund:
    row = db.execute_sql("SELECT renovation_id, on_date, amount, method, approved_by, created_by "
                         "FROM deposit_entry WHERE number = ?", (number,)).fetchone()
    if row is None:
        raise NotFound("deposit.refund_not_found", number=number)
    renovation_id, on_date, amount, method, approver, clerk = row
    kept = db.execute_sql("SELECT amount, reason FROM deposit_entry WHERE renovation_id = ? "
                          "AND kind = 'deduction' ORDER BY id", (renovation_id,)).fetchall()
    deducted = -sum(fen for fen, _ in kept)
    return Refund(number, renovation_id, on_date, deducted - amount, deducted, -amount,
                  "；".join(reason for _, reason in kept), method, approver, clerk)


def refunds(renovation_id: int) -> list[Refund]:
    return [refund_of(number) for (number,) in db.execute_sql(
        "SELECT number FROM deposit_entry WHERE renovation_id = ? AND kind = 'refund' "
        "ORDER BY id", (renovation_id,))]


@dataclass(frozen=True)
class Entry:
    """A line of the deposit's ledger."""
    kind: str  # taken, void, deduction, refund
    on_date: str
    amount: int  # signed: what it did to the deposit held
    receipt_no: str  # the receipt for taken and void; the 退还单 for a refund
    reason: str
    approved_by: str
    created_by: str
    files: int


def entries(renovation_id: int) -> list[Entry]:
    return fetch_all(
        Entry, "SELECT e.kind, e.on_date, e.amount, coalesce(e.number, p.receipt_no, '') AS "
        "receipt_no, e.reason, e.approved_by, e.created_by, (SELECT count(*) FROM "
        "renovation_file f WHERE f.entry_id = e.id) AS files FROM deposit_entry e "
        "LEFT JOIN payment p ON p.id = e.payment_id WHERE e.renovation_id = ? ORDER BY e.id",
        (renovation_id,))


@dataclass(frozen=True)
class Receipted:
    """A receipt a registration's money was taken on."""
    payment_id: int
    receipt_no: str
    paid_on: str
    method: str
    deposit: int
    clearance: int
    voided: bool


def receipts(renovation_id: int) -> list[Receipted]:
    return fetch_all(
        Receipted, "SELECT p.id AS payment_id, p.receipt_no, p.paid_on, p.method, r.deposit, "
        "r.clearance, p.id IN (SELECT payment_id FROM payment_void) AS voided FROM "
        "renovation_payment r JOIN payment p ON p.id = r.payment_id WHERE r.renovation_id = ? "
        "ORDER BY p.id", (renovation_id,))


def held_total() -> tuple[int, int]:
    """The deposits the office holds for households: how many registrations, how much."""
    row = db.execute_sql("SELECT count(*), coalesce(sum(held), 0) FROM (SELECT renovation_id, "
                         "sum(amount) AS held FROM deposit_entry GROUP BY renovation_id) AS x "
                         "WHERE held > 0").fetchone()
    return row[0], row[1]

