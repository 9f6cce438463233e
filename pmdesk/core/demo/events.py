"""Demo events: a year of community life — monthly basketball, lectures, festivals, volunteer
days, an owners' forum — with sign-ups (some on the waiting list), attendance, walk-ins,
feedback and costs; the coming month's events published and open for sign-up."""

from __future__ import annotations

import random
from datetime import timedelta

from pmdesk.core import clock
from pmdesk.core.safety.db import db, insert

PLAN = (  # month offset, title, type, place, capacity, budget in yuan, partners
    (-11, "新春游园会", "festival", "中心花园", None, 3000, "居委会,商家"),
    (-10, "业主篮球友谊赛", "sports", "小区篮球场", 40, 800, "志愿者"),
    (-9, "防范电信诈骗讲座", "lecture", "社区活动室", 60, 300, "街道"),
    (-8, "植树节义务植树", "volunteer", "北侧绿地", 30, 1200, "居委会,志愿者"),
    (-7, "端午包粽子", "festival", "社区活动室", 30, 1500, "商家"),
    (-6, "业主篮球友谊赛", "sports", "小区篮球场", 40, 800, "志愿者"),
    (-5, "暑期少儿书法班", "lecture", "社区活动室", 20, 600, ""),
    (-4, "物业服务座谈会", "meeting", "物业服务中心会议室", 30, 200, "居委会"),
    (-3, "中秋邻里晚会", "festival", "中心花园", None, 5000, "居委会,商家"),
    (-2, "重阳节敬老茶话会", "festival", "社区活动室", 50, 1200, "居委会,志愿者"),
    (-1, "消防安全演练", "volunteer", "中心广场", None, 500, "街道"),
    (0, "业主篮球友谊赛", "sports", "小区篮球场", 40, 800, "志愿者"),
    (1, "元旦迎新联欢会", "festival", "社区活动室", 80, 4000, "居委会,商家"),
)


def events(rng: random.Random) -> int:
    """Write the year's events; returns how many."""
    now = clock.now().replace(second=0, microsecond=0)
    units = [row[0] for row in db.execute_sql(
        "SELECT id FROM unit WHERE state NOT IN ('undelivered', 'vacant')")]
    made = 0
    for offset, title, kind, place, capacity, budget, partners in PLAN:
        year, month = divmod(now.year * 12 + now.month - 1 + offset, 12)
        start = now.replace(year=year, month=month + 1, day=rng.randint(8, 25),
                            hour=rng.choice((9, 14, 19)), minute=0)
        end = start + timedelta(hours=2)
        past = end < now
        status = "finished" if past else "published"
        event_id = insert(
            "INSERT INTO event (title, type, starts_at, ends_at, place, organiser, partners, "
            "audience, capacity, budget, cost, signup_deadline, description, status, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, '物业服务中心', ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?)",
            (title, kind, start.isoformat(timespec="minutes"), end.isoformat(timespec="minutes"),
             place, partners, "elderly" if "敬老" in title else "all", capacity, budget * 100,
             int(budget * 100 * rng.uniform(0.7, 1.05)) if past else None,
             (start - timedelta(days=2)).isoformat(timespec="minutes"),
             f"{title}，欢迎各位业主、住户参加。", status, now.isoformat(), now.isoformat())
        )
        made += 1
        wanted = rng.randint(15, 70) if past else rng.randint(5, 30)
        if capacity:  # a few more than the places: a short waiting list
            wanted = min(wanted, capacity * 2 // 3 + rng.randint(0, 6))
        confirmed = 0
        rows = []
        for unit_id in rng.sample(units, min(wanted, len(units))):
            people = rng.choice((1, 1, 2, 2, 3))
            full = capacity is not None and confirmed + people > capacity
            state = "waiting" if full else "confirmed"
            confirmed += 0 if full else people
            came = (people if rng.random() < 0.85 else 0) if past and not full else None
            rows.append((event_id, unit_id, people, state,
                         (start - timedelta(days=rng.randint(3, 10))).isoformat(
                             timespec="minutes"), came))
        db.cursor().executemany(
            "INSERT INTO signup (event_id, unit_id, people, status, signed_up_at, attended) "
            "VALUES (?, ?, ?, ?, ?, ?)", rows)
        if past:
            db.cursor().executemany(
                "INSERT INTO event_feedback (event_id, satisfaction, comment, created_at) "
                "VALUES (?, ?, ?, ?)",
                [(event_id, rng.choices((5, 4, 3), (60, 30, 10))[0],
                  rng.choice(("很好", "希望多办", "时间安排再早一点", "")), now.isoformat())
                 for _ in range(rng.randint(3, 10))])
    return made
