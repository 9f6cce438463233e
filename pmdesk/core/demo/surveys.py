"""Demo surveys: last year's and this year's 业主满意度调查 of every household, about four in
five forms returned, repairs and fee transparency below the standard this year with their
improvement plans (one due this week), last year's plans carried out."""

from __future__ import annotations

import random
from datetime import timedelta

from pmdesk.core import clock
from pmdesk.core.safety.db import db
from pmdesk.core.service import surveys

# per item, the share of 满意 and of 基本满意 this year; last year a little lower
LIKING = {"service": (0.62, 0.28), "cleaning": (0.55, 0.31), "greening": (0.58, 0.30),
          "security": (0.50, 0.33), "repair": (0.40, 0.33), "fees": (0.45, 0.32),
          "events": (0.64, 0.27)}
COMMENTS = ("楼道灯坏了好几天才修", "希望增加快递柜", "保安很负责", "垃圾桶周边有异味",
            "车位太少，晚上停车难", "维修师傅态度很好", "希望公示收费明细", "绿化修剪及时",
            "电梯经常停运检修", "活动很丰富，谢谢")
PLANS = (  # item, measure, owner, days from today (done when negative)
    ("repair", "报修 2 小时内上门，当天回复处理结果", "工程部 刘建华", 3),
    ("fees", "每季度在公告栏公示收支明细", "客服主管 陈丽", 20),
)
LAST_YEAR_PLANS = (("repair", "设立维修进度公示栏", "工程部 刘建华", -300),)


def _answers(rng: random.Random, survey: surveys.Survey, lower: float) -> tuple[list, list]:
    households, answers = [], []
    for (unit_id,) in db.execute_sql("SELECT unit_id FROM survey_household WHERE survey_id = ?",
                                     (survey.id,)):
        if rng.random() > 0.82:
            households.append(("no_response", "", survey.id, unit_id))
            continue
        comment = rng.choice(COMMENTS) if rng.random() < 0.12 else ""
        households.append(("answered", comment, survey.id, unit_id))
        for item in survey.items:
            if rng.random() < 0.03:
                continue  # left blank
            good, fair = LIKING[item]
            draw = rng.random() + lower
            score = 3 if draw < good else 2 if draw < good + fair else 1
            answers.append((survey.id, unit_id, item, score))
    return households, answers


def surveys_of_two_years(rng: random.Random) -> int:
    """Write last year's and this year's surveys with their forms; returns how many."""
    today = clock.today()
    made = 0
    for years_ago, lower, plans in ((1, 0.05, LAST_YEAR_PLANS), (0, 0.0, PLANS)):
        last = today - timedelta(days=10)
        last = last.replace(year=last.year - years_ago)
        first = last - timedelta(days=20)
        survey = surveys.create(title=f"{first.year}年度业主满意度调查", first_day=first,
                                last_day=last)
        households, answers = _answers(rng, survey, lower)
        stamp = f"{last.isoformat()}T17:00"
        db.cursor().executemany(
            f"UPDATE survey_household SET status = ?, comment = ?, entered_at = '{stamp}' "
            "WHERE survey_id = ? AND unit_id = ?", households)
        db.cursor().executemany("INSERT INTO survey_answer (survey_id, unit_id, item, score) "
                                "VALUES (?, ?, ?, ?)", answers)
        for item, measure, owner, days in plans:
            due = today + timedelta(days=days)
            plan = surveys.add_plan(survey_id=survey.id, item=item, measure=measure,
                                    owner=owner, due=due if days > 0 else last + timedelta(days=30))
            if days < 0:
                surveys.finish_plan(plan.id, min(today, last + timedelta(days=25)))
        made += 1
    return made

