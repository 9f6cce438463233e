"""Demo fees: three fee items, `years` years of monthly bills up to this month, and payments
the way an estate's households really pay — most every month, quarter, half-year or year by
WeChat, Alipay, cash, card or transfer; about one in ten behind by some months; a few who have
paid nothing for years; some odd partial amounts; a few who pay ahead into credit. Households
in arrears get a collection case with its actions, letters and instalments.

Bills and payments are written with `executemany` inside the demo's transaction; the
allocation trigger settles each bill as in real use, and receipt numbers run per year in date
order without gaps.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

from pmdesk.core import clock
from pmdesk.core.money import cases, demands, fees, instalments
from pmdesk.core.money.amounts import add_months, period_of
from pmdesk.core.money.fees import ALLOCATE
from pmdesk.core.money.reports import arrears
from pmdesk.core.safety.db import db, ids_taken

ITEMS = (  # name, basis, rate as typed, unit kinds, basis document, price form
    ("物业服务费", "area", "2.35", "residential", "《前期物业服务合同》第十二条", "government"),
    ("商铺物业服务费", "area", "4.50", "shop", "《前期物业服务合同》第十二条", "market"),
    ("垃圾清运费", "fixed", "10", "residential,shop", "市生活垃圾处理收费标准", "government"),
    ("车位管理费", "parking", "60", "residential", "《车位管理服务协议》", "market"),
)
METHODS = (("wechat", 45), ("alipay", 20), ("cash", 15), ("bank", 10), ("card", 10))
CLERKS = ("前台-王丽", "前台-陈静", "前台-刘洋")


def bills_and_payments(rng: random.Random, years: int,
                       progress: Callable[[float], None] | None) -> dict[str, int]:
    last = period_of(clock.today())
    first = add_months(last, -12 * years + 1)
    for name, basis, rate, kinds, legal, form in ITEMS:
        fees.add_fee_item(name=name, basis=basis, rate=rate, unit_kinds=kinds,
                          legal_basis=legal, price_form=form)
    now = clock.stamp()
    settings = fees.FeeSettings()
    cursor = db.cursor()
    period, months = first, []
    while period <= last:
        months.append(period)
        lines = fees.bill_lines(period, settings=settings)
        cursor.executemany(
            "INSERT INTO bill (unit_id, fee_item_id, period, quantity, rate, full_amount, "
            "amount, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(line.unit_id, line.item_id, period, line.quantity, line.rate, line.full_amount,
              line.amount, now) for line in lines])
        period = add_months(period, 1)
    if progress:
        progress(0.55)
    bills: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # unit → (period, id, fen)
    for bill_id, unit_id, bill_period, amount in db.execute_sql(
            "SELECT id, unit_id, period, amount FROM bill ORDER BY unit_id, period, fee_item_id"):
        bills[unit_id].append((bill_period, bill_id, amount))
    payments = []  # (day, unit, amount, [(bill_id, fen)], excess)
    for unit_id, unit_bills in bills.items():
        payments += _household(rng, unit_id, unit_bills, months)
    payments.sort(key=lambda p: (p[0], p[1]))
    methods, weights = zip(*METHODS, strict=True)
    seq: dict[int, int] = defaultdict(int)
    payment_rows, allocation_rows, credit_rows = [], [], []
    for payment_id, (day, unit_id, amount, parts, excess) in enumerate(payments, start=1):
        seq[day.year] += 1
        method = rng.choices(methods, weights)[0]
        tendered = -(-amount // 10_000) * 10_000 if method == "cash" else None
        created = f"{day.isoformat()}T{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:00"
        payment_rows.append((payment_id, f"{day.year}-{seq[day.year]:06d}", day.year,
                             seq[day.year], unit_id, method, amount, tendered, day.isoformat(),
                             created, rng.choice(CLERKS)))
        allocation_rows += [(bill_id, payment_id, fen, day.isoformat(), created)
                            for bill_id, fen in parts]
        if excess:
            credit_rows.append((unit_id, excess, payment_id, day.isoformat(), created))
    owners: dict[int, str] = {}  # the payer: the household's first owner
    for unit_id, name in cursor.execute(
            "SELECT o.unit_id, p.name FROM occupancy o JOIN person p ON p.id = o.person_id "
            "WHERE o.role = 'owner' AND o.end_date IS NULL ORDER BY o.id").fetchall():
        owners.setdefault(unit_id, name)
    cursor.executemany(
        "INSERT INTO payment (id, receipt_no, year, seq, unit_id, payer, method, amount, "
        "tendered, paid_on, created_at, clerk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(pid, no, year, s, unit, owners.get(unit, ""), *rest)
         for pid, no, year, s, unit, *rest in payment_rows])
    ids_taken("payment")
    if progress:
        progress(0.75)
    cursor.executemany(ALLOCATE, allocation_rows)
    cursor.executemany("INSERT INTO credit_entry (unit_id, amount, kind, payment_id, on_date, "
                       "created_at) VALUES (?, ?, 'excess', ?, ?, ?)", credit_rows)
    if progress:
        progress(0.95)
    return {"bills": sum(len(b) for b in bills.values()), "payments": len(payment_rows),
            "cases": collection_cases(rng)}


def _household(rng: random.Random, unit_id: int, unit_bills: list[tuple[int, int, int]],
               months: list[int]) -> list[tuple]:
    """One household's payments over the demo's months."""
    today = clock.today()
    kind = rng.random()
    if kind < 0.015:  # a long-term non-payer: nothing for years
        stop = months[0] if rng.random() < 0.6 else months[min(len(months) - 1, 2)]
    elif kind < 0.10:  # behind by one to eleven months
        stop = add_months(months[-1], -rng.randint(1, 11))
    else:
        stop = add_months(months[-1], 1)
    every = rng.choices((1, 3, 6, 12), (40, 30, 18, 12))[0]
    partial = rng.random() < 0.04
    prepay = kind >= 0.10 and rng.random() < 0.02
    open_bills = [[period, bill_id, fen] for period, bill_id, fen in unit_bills]
    result = []
    for index, month in enumerate(months):
        if month >= stop:
            break
        if (index + 1) % every and month != months[-1]:
            continue
        due = [bill for bill in open_bills if bill[0] <= month and bill[2] > 0]
        owed = sum(bill[2] for bill in due)
        if not owed:
            continue
        day = date(month // 100, month % 100, rng.randint(1, 20))
        if day > today:
            day = today
        amount = owed
        if partial and rng.random() < 0.5:
            amount = max(100, owed // 10_000 * 10_000 or owed // 2)
        excess = 0
        if prepay and month == months[-1]:
            excess = sum(fen for period, _, fen in unit_bills if period == month) * 3
        parts, left = [], amount
        for bill in due:
            if left <= 0:
                break
            take = min(bill[2], left)
            bill[2] -= take
            left -= take
            parts.append((bill[1], take))
        result.append((day, unit_id, amount + excess, parts, excess))
    return result


REASON_SHARES = (("illness", 10), ("unemployed", 10), ("grievance", 15), ("refusal", 20),
                 ("vacant", 15), ("service", 10), ("developer", 5), ("unreachable", 5),
                 ("unknown", 10))
SAID = {"phone": "电话提醒缴费", "message": "发送缴费提醒短信", "visit": "上门了解情况",
        "letter": "送达催缴通知书", "job_help": "送去街道招聘会信息",
        "reduction_request": "协助填写减免申请", "instalment": "商谈分期缴纳",
        "lawyer": "整理材料，拟委托律师", "lawsuit": "已向法院起诉"}


def collection_cases(rng: random.Random) -> int:
    """Cases for the households in arrears: a reason each, the actions its approach suggests,
    letters (delivered or not) for those who refuse, instalments for some in hardship."""
    today = clock.today()
    reasons, weights = zip(*REASON_SHARES, strict=True)
    owing = arrears(today).rows
    for row in owing:
        reason = rng.choices(reasons, weights)[0]
        cases.save_case(unit_id=row.unit_id, reason=reason)
        steps = cases.APPROACH[reason][:rng.randint(1, 2)]
        for index, kind in enumerate(steps):
            cases.log_action(
                unit_id=row.unit_id, kind=kind, said=SAID[kind],
                on_date=today - timedelta(days=rng.randint(20, 90) - index * 10),
                outcome=rng.choice(("答应月底前缴纳", "表示有困难", "未见到本人", "拒绝缴费", "")),
                next_step=rng.choice(("回访", "再次上门", "电话跟进")),
                next_date=today + timedelta(days=rng.randint(-3, 14)))
        if reason in ("refusal", "vacant", "unreachable") and row.months >= 6:
            [demand] = demands.demands([row.unit_id],
                                          as_of=today - timedelta(days=rng.randint(10, 60)))
            [letter_id] = demands.record_letters([demand], kind="first", document_id=None)
            if rng.random() < 0.6:
                demands.record_delivery(
                    letter_id=letter_id, method=rng.choice(("signed", "registered")),
                    delivered_on=demand.as_of + timedelta(days=rng.randint(1, 5)),
                    tracking_no=f"EM{rng.randint(10**8, 10**9 - 1)}CN")
        elif reason in cases.HARDSHIP_REASONS and rng.random() < 0.3 and row.owed >= 20000:
            instalments.agree_instalments(unit_id=row.unit_id, total=row.owed, count=6,
                                         first_due=today - timedelta(days=40),
                                         agreed_on=today - timedelta(days=45))
    return len(owing)
