"""The cash desk: payments with their receipts, voids, reductions, and a household's ledger.

Every money change is one `BEGIN IMMEDIATE` transaction that only appends rows (triggers refuse
UPDATE and DELETE) and writes its audit entry with the household's balance before and after.

- A payment goes to the bills the payer names (民法典 560), otherwise oldest first; what is
  left over becomes the household's credit (预存), up to the office's prepayment cap.
- Its receipt number is the year and the next number of that year, taken inside the same
  transaction: a payment that fails takes no number, so the sequence has no gaps.
- A void (作废) needs a reason; it reverses the payment's allocations and its credit, and
  when that credit was already used on later bills, it takes it back from them.
- A reduction (减免) needs a reason and is its own entry against the bills it reduces.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from pmdesk.core import clock
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.money.amounts import first_undue, yuan
from pmdesk.core.money.fees import ALLOCATE, BASIS, fee_settings, monthly_charge
from pmdesk.core.register.residents import unit_by_room  # noqa: F401 - the cash desk's lookup
from pmdesk.core.register.units import owner_names, unit_code
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
from pmdesk.core.validate import clean_text, parse_date

METHODS = ("cash", "wechat", "alipay", "bank", "card")
MAX_REASON = 200


@dataclass(frozen=True)
class OpenBill:
    bill_id: int
    period: int
    item: str
    basis: str
    quantity: int
    rate: int
    amount: int
    paid: int
    reduced: int

    @property
    def owed(self) -> int:
        return self.amount - self.paid - self.reduced


@dataclass(frozen=True)
class Allocated:
    period: int
    item: str
    amount: int


@dataclass(frozen=True)
class PaymentResult:
    payment_id: int
    receipt_no: str
    unit_id: int
    room: str
    amount: int
    allocated: tuple[Allocated, ...]
    to_credit: int  # the part of this payment kept as credit
    credit: int  # the household's credit after the payment
    change: int  # cash to hand back (tendered − amount)


def credit_balance(unit_id: int) -> int:
    row = db.execute_sql("SELECT balance FROM credit WHERE unit_id = ?", (unit_id,)).fetchone()
    return row[0] if row else 0


def open_bills(unit_id: int) -> list[OpenBill]:
    """The household's unpaid bills, oldest first (item order within a month)."""
    return fetch_all(
        OpenBill, f"SELECT b.id AS bill_id, b.period, f.name AS item, {BASIS}, b.quantity, "
        "b.rate, b.amount, b.paid, b.reduced FROM bill b JOIN fee_item f ON f.id = b.fee_item_id "
        "WHERE b.unit_id = ? AND b.paid < b.amount - b.reduced "
        "ORDER BY b.period, b.fee_item_id", (unit_id,))


def owed(unit_id: int) -> int:
    """Everything the household's unpaid bills still ask for, this month's included (what a
    payment can settle); its 欠费 is `standing(...).overdue`."""
    row = db.execute_sql("SELECT coalesce(sum(amount - paid - reduced), 0) FROM bill "
                         "WHERE unit_id = ? AND paid < amount - reduced", (unit_id,)).fetchone()
    return row[0]


@dataclass(frozen=True)
class Standing:
    """Where one household stands on `as_of`, the same on every screen and paper: 欠费 is what
    fell due before `as_of` (the arrears report's figure); this month's bill (and any billed
    ahead) is payable but not yet 欠费, and is shown as 含本月."""

    as_of: date
    overdue: int
    months: int  # billed months with anything overdue
    current: int
    credit: int

    @property
    def payable(self) -> int:
        return self.overdue + self.current


def standing(unit_id: int, as_of: date | None = None, bills: list[OpenBill] | None = None
             ) -> Standing:
    as_of = as_of or clock.today()
    bills = open_bills(unit_id) if bills is None else bills
    first = first_undue(as_of)
    overdue = [bill for bill in bills if bill.period < first]
    return Standing(as_of, sum(bill.owed for bill in overdue),
                    len({bill.period for bill in overdue}),
                    sum(bill.owed for bill in bills if bill.period >= first),
                    credit_balance(unit_id))


def _spread(bills: list[OpenBill], fen: int) -> list[tuple[OpenBill, int]]:
    """`fen` over `bills` in their order, each up to what it still owes."""
    parts = []
    for bill in bills:
        if fen <= 0:
            break
        take = min(bill.owed, fen)
        parts.append((bill, take))
        fen -= take
    return parts


def _chosen(unit_id: int, bill_ids: list[int] | None) -> list[OpenBill]:
    bills = open_bills(unit_id)
    if bill_ids is None:
        return bills
    wanted = set(bill_ids)
    chosen = [bill for bill in bills if bill.bill_id in wanted]
    if len(chosen) != len(wanted):
        raise ValidationError("bills", "payment.bill_not_open")
    return chosen


def preview(unit_id: int, amount: int, bill_ids: list[int] | None = None
            ) -> tuple[list[tuple[OpenBill, int]], int]:
    """How `pay` would split `amount`: the bills it settles (and how much each) and the part
    that would become credit."""
    parts = _spread(_chosen(unit_id, bill_ids), amount)
    return parts, amount - sum(take for _, take in parts)


def check_payment(*, unit_id: int, amount: int, bill_ids: list[int] | None = None,
                  tendered: int | None = None) -> tuple[list[tuple[OpenBill, int]], int]:
    """What `pay` would refuse, for the form to say as the clerk types: no amount, cash
    tendered short of it, no bill chosen, or an excess that takes the household's credit over
    the prepayment cap. Returns `preview`'s split."""
    if not isinstance(amount, int) or amount <= 0:
        raise ValidationError("amount", "money.zero")
    if tendered is not None and tendered < amount:
        raise ValidationError("tendered", "payment.tendered_short")
    if bill_ids == []:
        raise ValidationError("bills", "payment.none_chosen")
    parts, excess = preview(unit_id, amount, bill_ids)
    if excess:
        credit_before = credit_balance(unit_id)
        cap = fee_settings().prepay_cap_months * monthly_charge(unit_id)
        if cap and credit_before + excess > cap:
            raise ValidationError("amount", "payment.over_prepay_cap",
                                  months=fee_settings().prepay_cap_months,
                                  cap=yuan(cap), credit=yuan(credit_before))
    return parts, excess


@retried
def pay(*, unit_id: int, amount: int, method: str = "cash", payer: str | None = None,
        paid_on: date | str | None = None, bill_ids: list[int] | None = None,
        tendered: int | None = None, note: str = "", token: str | None = None,
        approved_by: session.User | None = None) -> PaymentResult:
    """Record a payment and issue its receipt. `bill_ids` are the bills the payer chose (all
    must be open); without them the oldest bills are paid first. `token` makes a double
    submission of one form record one payment: the second call returns the first result.
    `paid_on` may lie a few days back (`check_paid_on`); `approved_by` is a manager's approval
    of an older date."""
    if method not in METHODS:
        raise ValidationError("method", "value.unknown", value=method)
    if not isinstance(amount, int) or amount <= 0:
        raise ValidationError("amount", "money.zero")
    day = parse_date(paid_on, field="paid_on", default=clock.today())
    note = clean_text(note, field="note", max_len=200)
    outermost = not db.in_transaction()
    with db.atomic():
        one_writer("money")  # desks on a server change money one at a time
        if token:
            row = db.execute_sql("SELECT id FROM payment WHERE token = ?", (token,)).fetchone()
            if row:
                return payment_result(row[0])
        backdated_by = check_paid_on(day, approved_by)
        code = unit_code(unit_id)
        payer = clean_text(payer, field="payer", max_len=60) or owner_names(unit_id) or code
        parts, excess = check_payment(unit_id=unit_id, amount=amount, bill_ids=bill_ids,
                                      tendered=tendered)
        credit_before = credit_balance(unit_id)
        owed_before = owed(unit_id)
        now = clock.stamp()
        payment_id, receipt_no = record_payment(
            unit_id=unit_id, payer=payer, method=method, amount=amount, tendered=tendered,
            day=day, note=note, token=token)
        db.cursor().executemany(
            ALLOCATE,
            [(bill.bill_id, payment_id, take, day.isoformat(), now) for bill, take in parts])
        if excess:
            db.execute_sql("INSERT INTO credit_entry (unit_id, amount, kind, payment_id, on_date,"
                           " created_at) VALUES (?, ?, 'excess', ?, ?, ?)",
                           (unit_id, excess, payment_id, day.isoformat(), now))
        audit.record("payment.create", "payment", payment_id, receipt_no=receipt_no, room=code,
                     amount=amount, method=method, payer=payer, paid_on=day.isoformat(),
                     **({"backdated_by": backdated_by} if backdated_by else {}),
                     bills={bill.bill_id: take for bill, take in parts},
                     owed_before=owed_before, owed_after=owed_before - amount + excess,
                     credit_before=credit_before, credit_after=credit_before + excess)
    if outermost:  # committed: the second record (inside a caller's batch it is theirs)
        journal.append(current_path(), kind="payment", receipt_no=receipt_no, room=code,
                       amount=amount, method=method, clerk=session.actor())
    return payment_result(payment_id)


def record_payment(*, unit_id: int, payer: str, method: str, amount: int,
                   tendered: int | None, day: date, note: str, token: str | None
                   ) -> tuple[int, str]:
    """The payment's row under the next receipt number of its year, inside the caller's
    transaction (a bill payment here, a renovation's deposit in `deposits`): its id and
    number."""
    year = day.year
    seq = next_seq(year)
    receipt_no = f"{year}-{seq:06d}"
    payment_id = insert(
        "INSERT INTO payment (receipt_no, year, seq, unit_id, payer, method, amount, "
        "tendered, paid_on, created_at, clerk, note, token) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (receipt_no, year, seq, unit_id, payer, method, amount,
         tendered if method == "cash" else None, day.isoformat(), clock.stamp(),
         session.actor(), note, token or None))
    return payment_id, receipt_no


def next_seq(year: int) -> int:
    """The next receipt number of `year` (inside the payment's transaction): above every number
    in the database and every number the receipt journal saw issued. After a loss (a torn
    write-ahead log, a restore) the lost numbers stay a gap that 检查数据库 names; they are
    never issued twice (issue 14.4). Several desks on a server take their numbers in turn
    (`take_number`)."""

    def used() -> int:
        held = db.execute_sql("SELECT coalesce(max(seq), 0) FROM payment WHERE year = ?",
                              (year,)).fetchone()[0]
        return max(held, journal.highest_seq(current_path(), year))

    return take_number("receipt", year, floor=used)


def reported_through() -> date | None:
    """The latest day whose 收费日报 was printed (its archive subject carries the day)."""
    latest = None
    for (subject,) in db.execute_sql("SELECT subject FROM document WHERE kind = 'daily_report'"):
        match = re.search(r"\d{4}-\d{2}-\d{2}", subject)
        if match and (latest is None or match.group() > latest):
            latest = match.group()
    return date.fromisoformat(latest) if latest else None


def check_paid_on(day: date, approved_by: session.User | None = None) -> str:
    """A payment may be dated today or up to `backdate_days` back (issue 14.5); older needs a
    manager's approval (whose name is returned). Never in the future, never in another year's
    receipt sequence, never on or before a day whose 收费日报 was printed."""
    today = clock.today()
    if day > today:
        raise ValidationError("paid_on", "payment.future_date")
    if day == today:
        return ""
    if day.year != today.year:
        raise ValidationError("paid_on", "payment.other_year", year=today.year)
    reported = reported_through()
    if reported is not None and day <= reported:
        raise ValidationError("paid_on", "payment.day_reported", date=reported.isoformat())
    if (today - day).days > fee_settings().backdate_days:
        return auth.require("payment.backdate", approved_by) or session.actor()
    return ""


# -- receipts -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReceiptLine:
    period: int
    item: str
    basis: str
    quantity: int
    rate: int
    amount: int  # what this payment put on the month's bill
    due: int | None = None  # the bill after reductions; more than `amount`: paid in part
    item_id: int = 0  # the fee item, for a stable order


@dataclass(frozen=True)
class Receipt:
    payment_id: int
    receipt_no: str
    unit_id: int
    room: str
    area: int
    payer: str
    method: str
    amount: int
    tendered: int | None
    paid_on: str
    clerk: str
    lines: tuple[ReceiptLine, ...]
    to_credit: int
    voided: tuple[str, str] | None  # (date, reason)
    note: str
    extras: tuple[ReceiptExtra, ...] = ()  # what the payment took besides bills and credit


@dataclass(frozen=True)
class ReceiptExtra:
    """A line of a receipt that pays no bill: a renovation's deposit or clearance fee."""
    item: str
    detail: str
    amount: int


DEPOSIT_ITEM = "装修押金"
CLEARANCE_ITEM = "装修垃圾清运费"


def receipt_extras(payment_id: int) -> tuple[ReceiptExtra, ...]:
    row = db.execute_sql("SELECT r.deposit, r.clearance, n.number FROM renovation_payment r "
                         "JOIN renovation n ON n.id = r.renovation_id WHERE r.payment_id = ?",
                         (payment_id,)).fetchone()
    if row is None:
        return ()
    deposit, clearance, number = row
    return tuple(extra for extra in (
        ReceiptExtra(DEPOSIT_ITEM, f"{number}，暂收，验收合格后退还", deposit),
        ReceiptExtra(CLEARANCE_ITEM, f"{number}，统一清运", clearance)) if extra.amount)


@dataclass(frozen=True)
class Unprinted:
    payment_id: int
    receipt_no: str
    paid_on: str
    unit_id: int
    room: str


def unprinted_receipts(days: int = 2) -> list[Unprinted]:
    """The last `days` days' receipts that the desk took (clerk is an account) and never
    printed — the app stopped between the commit and the print (docs reliability §8.1 S2) —
    oldest first; voided ones left out. By the day's index: in id order SQLite read every
    payment of five years (60 ms at 20,000 households)."""
    since = (clock.today() - timedelta(days=days - 1)).isoformat()
    return fetch_all(
        Unprinted, "SELECT p.id AS payment_id, p.receipt_no, p.paid_on, p.unit_id, "
        "u.code AS room FROM payment p INDEXED BY payment_day JOIN unit u ON u.id = p.unit_id "
        "WHERE p.paid_on >= ? AND p.clerk IN (SELECT name FROM account) "
        "AND p.id NOT IN (SELECT payment_id FROM payment_void) "
        "AND NOT EXISTS (SELECT 1 FROM document d WHERE d.kind = 'receipt' "
        "AND d.subject = p.receipt_no) ORDER BY p.id", (since,))


def clock_behind(today: date | None = None) -> str | None:
    """The latest receipt's date when it is later than `today` (the PC's clock was set back,
    docs reliability §8.1 S24): receipts must not be dated before earlier ones unnoticed."""
    row = db.execute_sql("SELECT max(paid_on) FROM payment").fetchone()
    today = (today or clock.today()).isoformat()
    return row[0] if row and row[0] and row[0] > today else None


def parse_receipt_no(text: object) -> str:
    """`2026-000123`, `2026000123`, `２０２６－１２３` → `2026-000123`."""
    value = unicodedata.normalize("NFKC", "" if text is None else str(text)).strip()
    match = re.fullmatch(r"(?:NO\.?\s*)?(\d{4})\s*-?\s*(\d{1,6})", value, re.IGNORECASE)
    if not match:
        raise ValidationError("receipt_no", "receipt.invalid", value=value)
    return f"{match.group(1)}-{int(match.group(2)):06d}"


def receipt_id(receipt_no: object) -> int:
    number = parse_receipt_no(receipt_no)
    row = db.execute_sql("SELECT id FROM payment WHERE receipt_no = ?", (number,)).fetchone()
    if row is None:
        raise NotFound("receipt.not_found", number=number)
    return row[0]


def receipt(payment_id: int) -> Receipt:
    row = db.execute_sql(
        "SELECT p.receipt_no, p.unit_id, u.code, u.area, p.payer, p.method, p.amount, "
        "p.tendered, p.paid_on, p.clerk, p.note, v.voided_on, v.reason "
        "FROM payment p JOIN unit u ON u.id = p.unit_id "
        "LEFT JOIN payment_void v ON v.payment_id = p.id WHERE p.id = ?",
        (payment_id,)).fetchone()
    if row is None:
        raise NotFound("receipt.not_found", number=payment_id)
    (number, unit_id, room, area, payer, method, amount, tendered, paid_on, clerk, note,
     voided_on, reason) = row
    lines = tuple(ReceiptLine(*line) for line in db.execute_sql(
        f"SELECT b.period, f.name, {BASIS}, b.quantity, b.rate, a.amount, "
        "b.amount - b.reduced, f.id "
        "FROM allocation a JOIN bill b ON b.id = a.bill_id JOIN fee_item f ON f.id = b.fee_item_id"
        " WHERE a.payment_id = ? AND a.amount > 0 ORDER BY b.period, b.fee_item_id",
        (payment_id,)))
    extras = receipt_extras(payment_id)
    to_credit = amount - sum(line.amount for line in lines) - sum(x.amount for x in extras)
    return Receipt(payment_id, number, unit_id, room, area, payer, method, amount, tendered,
                   paid_on, clerk, lines, to_credit,
                   (voided_on, reason) if voided_on else None, note, extras)


def payment_result(payment_id: int) -> PaymentResult:
    r = receipt(payment_id)
    return PaymentResult(
        payment_id, r.receipt_no, r.unit_id, r.room, r.amount,
        tuple(Allocated(line.period, line.item, line.amount) for line in r.lines),
        r.to_credit, credit_balance(r.unit_id),
        (r.tendered - r.amount) if r.tendered is not None else 0)


@retried
def void(*, receipt_no: object, reason: str, on: date | str | None = None,
         approved_by: session.User | None = None) -> None:
    """作废: the receipt stays in the sequence, marked void; its money is taken back off the
    bills and the credit it paid. Credit it left that later bills used is taken back from them
    (newest first), so those bills are open again. A manager's right (or approval)."""
    reason = clean_text(reason, field="reason", required=True, max_len=MAX_REASON)
    day = parse_date(on, field="voided_on", default=clock.today())
    outermost = not db.in_transaction()
    with db.atomic():
        one_writer("money")  # desks on a server change money one at a time
        approver = auth.require("receipt.void", approved_by)
        payment_id = receipt_id(receipt_no)
        r = receipt(payment_id)
        if r.voided:
            raise ValidationError("receipt_no", "receipt.already_void", number=r.receipt_no,
                                  date=r.voided[0])
        now, when = clock.stamp(), day.isoformat()
        owed_before, credit_before = owed(r.unit_id), credit_balance(r.unit_id)
        per_bill = db.execute_sql("SELECT bill_id, sum(amount) FROM allocation "
                                  "WHERE payment_id = ? GROUP BY bill_id HAVING sum(amount) > 0",
                                  (payment_id,)).fetchall()
        _void_deposit(payment_id, r.receipt_no, when, now)
        cursor = db.cursor()
        cursor.executemany(ALLOCATE,
                           [(bill_id, payment_id, -fen, when, now) for bill_id, fen in per_bill])
        if r.to_credit:
            shortage = r.to_credit - credit_before
            if shortage > 0:
                _unapply_credit(r.unit_id, shortage, when, now)
            db.execute_sql("INSERT INTO credit_entry (unit_id, amount, kind, payment_id, on_date,"
                           " created_at) VALUES (?, ?, 'void', ?, ?, ?)",
                           (r.unit_id, -r.to_credit, payment_id, when, now))
        db.execute_sql("INSERT INTO payment_void (payment_id, reason, voided_on, voided_at, "
                       "voided_by, approved_by) VALUES (?, ?, ?, ?, ?, ?)",
                       (payment_id, reason, when, now, session.actor(), approver))
        audit.record("payment.void", "payment", payment_id, receipt_no=r.receipt_no,
                     room=r.room, amount=r.amount, reason=reason, approved_by=approver,
                     owed_before=owed_before, owed_after=owed(r.unit_id),
                     credit_before=credit_before, credit_after=credit_balance(r.unit_id))
    if outermost:
        journal.append(current_path(), kind="void", receipt_no=r.receipt_no, room=r.room,
                       amount=r.amount, clerk=session.actor())


def _void_deposit(payment_id: int, receipt_no: str, when: str, now: str) -> None:
    """A receipt that took a renovation's deposit takes it back out of the deposit held —
    refused once the deposit was refunded or deducted."""
    row = db.execute_sql("SELECT renovation_id, deposit FROM renovation_payment "
                         "WHERE payment_id = ?", (payment_id,)).fetchone()
    if row is None or not row[1]:
        return
    renovation_id, deposit = row
    held = db.execute_sql("SELECT coalesce(sum(amount), 0) FROM deposit_entry "
                          "WHERE renovation_id = ?", (renovation_id,)).fetchone()[0]
    if held < deposit:
        raise ValidationError("receipt_no", "deposit.void_after_refund", number=receipt_no)
    db.execute_sql("INSERT INTO deposit_entry (renovation_id, kind, amount, payment_id, on_date, "
                   "created_at, created_by) VALUES (?, 'void', ?, ?, ?, ?, ?)",
                   (renovation_id, -deposit, payment_id, when, now, session.actor()))


def _unapply_credit(unit_id: int, fen: int, when: str, now: str) -> None:
    used = db.execute_sql(
        "SELECT a.bill_id, sum(a.amount) FROM allocation a JOIN bill b ON b.id = a.bill_id "
        "WHERE b.unit_id = ? AND a.payment_id IS NULL GROUP BY a.bill_id "
        "HAVING sum(a.amount) > 0 ORDER BY max(a.id) DESC", (unit_id,)).fetchall()
    for bill_id, applied in used:
        if fen <= 0:
            break
        take = min(applied, fen)
        fen -= take
        db.execute_sql(ALLOCATE, (bill_id, None, -take, when, now))
        db.execute_sql("INSERT INTO credit_entry (unit_id, amount, kind, bill_id, on_date, "
                       "created_at) VALUES (?, ?, 'unapplied', ?, ?, ?)",
                       (unit_id, take, bill_id, when, now))


@retried
def reduce(*, unit_id: int, amount: int, reason: str, bill_ids: list[int] | None = None,
           on: date | str | None = None, approved_by: session.User | None = None) -> int:
    """减免 `amount` on the household's chosen bills (default: oldest first), with a reason.
    Returns how many bills it touched. A manager's right: a clerk's entry needs a manager's
    approval (`approved_by`), which the entry keeps."""
    reason = clean_text(reason, field="reason", required=True, max_len=MAX_REASON)
    if not isinstance(amount, int) or amount <= 0:
        raise ValidationError("amount", "money.zero")
    day = parse_date(on, field="date", default=clock.today())
    with db.atomic():
        one_writer("money")  # desks on a server change money one at a time
        approver = auth.require("reduction.approve", approved_by)
        code = unit_code(unit_id)
        bills = _chosen(unit_id, bill_ids)
        owed_before = sum(bill.owed for bill in bills) if bill_ids else owed(unit_id)
        if amount > sum(bill.owed for bill in bills):
            raise ValidationError("amount", "reduction.too_large",
                                  owed=yuan(sum(bill.owed for bill in bills)))
        parts = _spread(bills, amount)
        now = clock.stamp()
        db.cursor().executemany(
            "INSERT INTO reduction (bill_id, amount, reason, on_date, created_at, created_by, "
            "approved_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(bill.bill_id, take, reason, day.isoformat(), now, session.actor(), approver)
             for bill, take in parts])
        audit.record("reduction.create", "unit", unit_id, room=code, amount=amount,
                     reason=reason, approved_by=approver,
                     bills={bill.bill_id: take for bill, take in parts},
                     owed_before=owed_before, owed_after=owed_before - amount)
    return len(parts)


# -- the household's ledger -----------------------------------------------------------------

@dataclass(frozen=True)
class LedgerBill:
    bill_id: int
    period: int
    item: str
    amount: int
    paid: int
    reduced: int
    opening: bool = False  # carried over from the old ledger (期初)

    @property
    def owed(self) -> int:
        return self.amount - self.paid - self.reduced


@dataclass(frozen=True)
class LedgerPayment:
    payment_id: int
    receipt_no: str
    paid_on: str
    method: str
    amount: int
    payer: str
    voided: str | None  # the reason


@dataclass(frozen=True)
class LedgerReduction:
    on_date: str
    period: int
    item: str
    amount: int
    reason: str
    created_by: str


@dataclass(frozen=True)
class HistoryLine:
    """A payment in the office's old system, brought in on day one (not a receipt of this
    desk: outside the day's takings)."""

    item: str
    first_period: int
    last_period: int
    due: int
    paid: int
    paid_on: str | None
    cashier: str


@dataclass(frozen=True)
class Ledger:
    bills: tuple[LedgerBill, ...]  # newest first
    payments: tuple[LedgerPayment, ...]  # newest first
    reductions: tuple[LedgerReduction, ...]
    credit: int
    history: tuple[HistoryLine, ...] = ()  # newest first
    opening_credit: int = 0  # the part of the credit brought from the old system

    @property
    def billed(self) -> int:
        return sum(bill.amount for bill in self.bills)

    @property
    def owed(self) -> int:
        return sum(bill.owed for bill in self.bills)

    @property
    def balance(self) -> int:
        """What the household owes net of its credit (negative: it is in credit)."""
        return self.owed - self.credit


def ledger(unit_id: int) -> Ledger:
    unit_code(unit_id)
    bills = tuple(fetch_all(
        LedgerBill, "SELECT b.id AS bill_id, b.period, f.name AS item, b.amount, b.paid, "
        "b.reduced, b.opening_id IS NOT NULL AS opening FROM bill b "
        "JOIN fee_item f ON f.id = b.fee_item_id WHERE b.unit_id = ? "
        "ORDER BY b.period DESC, b.fee_item_id", (unit_id,)))
    payments = tuple(fetch_all(
        LedgerPayment, "SELECT p.id AS payment_id, p.receipt_no, p.paid_on, p.method, p.amount, "
        "p.payer, v.reason AS voided FROM payment p "
        "LEFT JOIN payment_void v ON v.payment_id = p.id WHERE p.unit_id = ? "
        "ORDER BY p.paid_on DESC, p.id DESC", (unit_id,)))
    reductions = tuple(fetch_all(
        LedgerReduction, "SELECT r.on_date, b.period, f.name AS item, r.amount, r.reason, "
        "r.created_by FROM reduction r JOIN bill b ON b.id = r.bill_id "
        "JOIN fee_item f ON f.id = b.fee_item_id WHERE b.unit_id = ? ORDER BY r.id DESC",
        (unit_id,)))
    history = tuple(fetch_all(
        HistoryLine, "SELECT item, first_period, last_period, due, paid, paid_on, cashier "
        "FROM opening_payment WHERE unit_id = ? AND batch_id NOT IN "
        "(SELECT batch_id FROM opening_undo) ORDER BY first_period DESC, id DESC", (unit_id,)))
    brought = db.execute_sql("SELECT coalesce(sum(amount), 0) FROM credit_entry "
                             "WHERE unit_id = ? AND kind = 'opening'", (unit_id,)).fetchone()[0]
    return Ledger(bills, payments, reductions, credit_balance(unit_id), history, brought)


_RENOVATION_TAKEN = (  # from the few renovation receipts (CROSS JOIN: SQLite keeps the order)
    "SELECT p.unit_id, sum(p.amount) FROM renovation_payment r CROSS JOIN payment p "
    "WHERE p.id = r.payment_id AND r.payment_id NOT IN (SELECT payment_id FROM payment_void) "
    "GROUP BY p.unit_id")


def money_problems() -> list[str]:
    """The money invariants (docs reliability §3.4) that do not hold, as readable lines."""
    problems = []
    per_unit = defaultdict(int)
    for unit_id, fen in db.execute_sql(
            "SELECT p.unit_id, sum(p.amount) FROM payment p WHERE p.id NOT IN "
            "(SELECT payment_id FROM payment_void) GROUP BY p.unit_id"):
        per_unit[unit_id] += fen
    for unit_id, fen in db.execute_sql("SELECT unit_id, sum(amount) FROM credit_entry "
                                       "WHERE kind = 'opening' GROUP BY unit_id"):
        per_unit[unit_id] += fen  # credit brought from the old ledger, received there
    for unit_id, fen in db.execute_sql(_RENOVATION_TAKEN):
        per_unit[unit_id] -= fen  # a renovation's deposit and clearance fee: on no bill
    allocated = dict(db.execute_sql("SELECT unit_id, sum(amount) FROM allocation "
                                    "GROUP BY unit_id"))
    credit = dict(db.execute_sql("SELECT unit_id, balance FROM credit"))
    entries = dict(db.execute_sql("SELECT unit_id, sum(amount) FROM credit_entry "
                                  "GROUP BY unit_id"))
    for unit_id in set(per_unit) | set(allocated) | set(credit):
        if per_unit.get(unit_id, 0) != allocated.get(unit_id, 0) + credit.get(unit_id, 0):
            problems.append(f"unit {unit_id}: payments and opening credit "
                            f"{per_unit.get(unit_id, 0)} != "
                            f"allocations {allocated.get(unit_id, 0)} + credit "
                            f"{credit.get(unit_id, 0)}")
        if credit.get(unit_id, 0) != entries.get(unit_id, 0):
            problems.append(f"unit {unit_id}: credit {credit.get(unit_id, 0)} != entries "
                            f"{entries.get(unit_id, 0)}")
    for bill_id, cached in db.execute_sql(
            "SELECT b.id, b.paid FROM bill b WHERE b.paid <> "
            "(SELECT coalesce(sum(amount), 0) FROM allocation WHERE bill_id = b.id)"):
        problems.append(f"bill {bill_id}: paid {cached} is not the sum of its allocations")
    return problems + _deposit_problems()


def _deposit_problems() -> list[str]:
    """The deposit's invariants: each registration's deposit held is the sum of its ledger,
    never below zero; what its ledger took and gave back on voids matches the receipts; a
    refund leaves nothing held."""
    found = []
    taken = dict(db.execute_sql("SELECT renovation_id, sum(amount) FROM deposit_entry "
                                "WHERE kind IN ('taken', 'void') GROUP BY renovation_id"))
    receipted = dict(db.execute_sql(
        "SELECT renovation_id, sum(deposit) FROM renovation_payment WHERE payment_id NOT IN "
        "(SELECT payment_id FROM payment_void) GROUP BY renovation_id"))
    for renovation_id in set(taken) | set(receipted):
        if taken.get(renovation_id, 0) != receipted.get(renovation_id, 0):
            found.append(f"renovation {renovation_id}: deposits in its ledger "
                         f"{taken.get(renovation_id, 0)} != on its receipts "
                         f"{receipted.get(renovation_id, 0)}")
    for renovation_id, held, refunded in db.execute_sql(
            "SELECT renovation_id, sum(amount), sum(CASE WHEN kind = 'refund' THEN 1 ELSE 0 END)"
            " FROM deposit_entry GROUP BY renovation_id"):
        if held < 0:
            found.append(f"renovation {renovation_id}: deposit held {held} below zero")
        if refunded and held != 0:
            found.append(f"renovation {renovation_id}: refunded but {held} still held")
    for (payment_id,) in db.execute_sql(
            "SELECT p.id FROM renovation_payment r CROSS JOIN payment p "
            "WHERE p.id = r.payment_id AND p.amount <> r.deposit + r.clearance"):
        found.append(f"payment {payment_id}: amount is not its deposit and clearance fee")
    return found

