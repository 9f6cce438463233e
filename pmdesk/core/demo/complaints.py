"""Demo complaints: a realistic year of complaints, repairs, suggestions, enquiries and praise
in every state — most closed after a follow-up, some still open, a few overdue, one or two
withdrawn — written in one transaction with `executemany` (50,000 take a few seconds)."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from pmdesk.core import clock
from pmdesk.core.safety.db import db, ids_taken
from pmdesk.core.service.complaints import PREFIX, DeadlineRules, first_deadline

SUBJECTS = {  # kind → (category, description, where: 'unit' or a common area)
    "repair": (("facility", "卫生间水管漏水", "unit"), ("facility", "入户门锁坏了", "unit"),
               ("facility", "楼道灯不亮", "楼道"), ("facility", "电梯按钮失灵", "电梯"),
               ("facility", "地下车库积水", "地下车库"),
               ("facility", "单元门禁刷卡无反应", "单元门")),
    "complaint": (("noise", "楼上夜间装修噪音", "unit"),
                  ("parking", "车位被他人占用", "地下车库"),
                  ("renovation", "装修垃圾堆在楼道", "楼道"),
                  ("sanitation", "垃圾桶满了没人清", "垃圾房"),
                  ("neighbour", "楼上晾衣服滴水", "unit"),
                  ("attitude", "保安态度不好", "东门岗亭"),
                  ("greening", "窗外树木遮挡阳光", "unit")),
    "suggestion": (("greening", "中心花园多种些花", "中心花园"),
                   ("security", "晚上多巡逻几次", "小区")),
    "enquiry": (("fees", "物业费怎么交", "unit"), ("other", "快递柜在哪里", "小区")),
    "praise": (("attitude", "维修师傅很负责", "unit"), ("sanitation", "保洁阿姨很辛苦", "楼道")),
}
KIND_SHARE = (("repair", 55), ("complaint", 25), ("suggestion", 8), ("enquiry", 8), ("praise", 4))
STAFF = {  # who takes which category
    "facility": ("维修班 张师傅", "维修班 李师傅"), "noise": ("秩序维护部",),
    "parking": ("秩序维护部",), "security": ("秩序维护部",), "renovation": ("秩序维护部", "保洁部"),
    "sanitation": ("保洁部",), "greening": ("绿化班",), "neighbour": ("客服 王丽",),
    "attitude": ("客服 王丽",), "fees": ("客服 王丽",), "other": ("客服 王丽",)}


def complaints(rng: random.Random, count: int, *, now: datetime | None = None,
               suppliers: dict[str, tuple[int, str]] | None = None) -> int:
    """`count` items received over the last year, each with the steps of its state; a repair
    of a place an outside supplier looks after (`suppliers`: the lift → its maintenance
    company) is sent to it."""
    suppliers = suppliers or {}
    now = (now or clock.now()).replace(second=0, microsecond=0)
    units = [row[0] for row in db.execute_sql("SELECT id FROM unit")]
    people = dict(db.execute_sql(
        "SELECT o.unit_id, p.name FROM occupancy o JOIN person p ON p.id = o.person_id "
        "WHERE o.role = 'owner' AND o.end_date IS NULL"))
    rules = DeadlineRules()
    kinds, weights = zip(*KIND_SHARE, strict=True)
    seq: dict[int, int] = {}
    rows, steps = [], []
    times = sorted(now - timedelta(minutes=rng.randint(10, 365 * 24 * 60)) for _ in range(count))
    for complaint_id, received in enumerate(times, start=1):
        kind = rng.choices(kinds, weights)[0]
        category, description, where = rng.choice(SUBJECTS[kind])
        unit_id = rng.choice(units) if units and (where == "unit" or rng.random() < 0.6) \
            else None
        location = "" if where == "unit" else where
        other = rng.choice(units) if category == "neighbour" and units else None
        if other == unit_id:
            other = None
        urgency = "urgent" if kind == "repair" and rng.random() < 0.1 else "normal"
        age = now - received
        state = _state(rng, kind, age)
        seq[received.year] = seq.get(received.year, 0) + 1
        number = f"{PREFIX[kind]}{received.year}-{seq[received.year]:05d}"
        deadline = first_deadline(kind, urgency, received, rules)
        trail = [("receive", received, description, {}, deadline)]
        assignee = ""
        at = received
        handled_at = satisfaction = paid = None
        supplier_id = None
        if state != "received":
            assignee = rng.choice(STAFF[category])
            detail = {"assignee": assignee}
            if kind == "repair" and location in suppliers:
                supplier_id, assignee = suppliers[location]
                detail = {"assignee": assignee, "supplier": assignee}
            at += timedelta(minutes=rng.randint(5, 300))
            trail.append(("assign", at, "", detail, deadline))
            if kind != "repair":
                deadline = received + timedelta(days=rules.result_days)
        if state in ("handled", "replied", "visited", "closed"):
            at += timedelta(hours=rng.choices((2, 6, 12, 20, 40), (30, 30, 20, 12, 8))[0])
            paid = int(rng.random() < 0.3) if kind == "repair" else None
            trail.append(("handle", at, "已处理完毕", {}, deadline))
            handled_at = at
            deadline = at + timedelta(hours=rules.followup_hours)
        if state in ("replied", "visited", "closed"):
            at += timedelta(hours=rng.randint(1, 20))
            trail.append(("reply", at, "已电话告知处理结果", {"how": "phone"}, deadline))
        if state in ("visited", "closed") and kind in ("complaint", "repair"):
            at += timedelta(hours=rng.randint(2, 40))
            satisfaction = rng.choices((5, 4, 3, 2, 1), (55, 28, 10, 5, 2))[0]
            trail.append(("visit", at, "回访", {"satisfaction": satisfaction}, deadline))
        if state == "closed":
            at += timedelta(minutes=rng.randint(5, 120))
            trail.append(("close", at, "", {}, deadline))
        if state == "cancelled":
            at += timedelta(hours=1)
            trail.append(("cancel", at, "业主已自行解决", {}, deadline))
        final_deadline = None if state in ("closed", "cancelled") else deadline
        rows.append((complaint_id, number, received.year, seq[received.year], kind,
                     rng.choice(("visit", "phone", "phone", "wechat", "box")), unit_id,
                     "" if unit_id else rng.choice(("路过的居民", "快递员", "访客")),
                     "", 0, other, location, category, urgency,
                     description, state, _stamp(received), _stamp(final_deadline), assignee,
                     paid, satisfaction, _stamp(handled_at), _stamp(at), supplier_id))
        who = people.get(unit_id, "前台")
        steps += [(complaint_id, action, _stamp(when), who if action == "receive" else "前台",
                   text, json.dumps(detail, ensure_ascii=False), _stamp(due))
                  for action, when, text, detail, due in trail]
    cursor = db.cursor()
    cursor.executemany(
        "INSERT INTO complaint (id, number, year, seq, kind, channel, unit_id, contact_name, "
        "contact_phone, anonymous, other_unit_id, location, category, urgency, description, "
        "status, received_at, deadline, assignee, paid_work, satisfaction, handled_at, "
        "updated_at, supplier_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows)
    ids_taken("complaint")
    cursor.executemany("INSERT INTO complaint_step (complaint_id, action, at, done_by, text, "
                       "detail, deadline) VALUES (?, ?, ?, ?, ?, ?, ?)", steps)
    return len(rows)


def _state(rng: random.Random, kind: str, age: timedelta) -> str:
    """Old items are nearly all closed; this week's are spread over the workflow."""
    if rng.random() < 0.01:
        return "cancelled"
    if age > timedelta(days=3) and rng.random() < 0.99:
        return "closed"
    if kind not in ("complaint", "repair"):
        return rng.choice(("received", "replied", "closed"))
    return rng.choice(("received", "assigned", "handled", "replied", "visited", "closed"))


def _stamp(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="minutes") if moment else None
