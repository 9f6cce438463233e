"""`pmdesk today` as a script reads the desk's day: the counts of what 今日 lists, and the lines."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

pytestmark = pytest.mark.both_engines


def test_today_counts_and_lists_the_days_work(cli, office):
    from pmdesk.core.money import cases
    from pmdesk.core.safety.db import close_db
    from pmdesk.core.safety.opening import open_db
    from pmdesk.core.service import complaints

    open_db(office)
    late = complaints.receive(kind="repair", channel="phone", category="facility",
                              description="电梯\n异响", unit_id=1,
                              received_at=datetime(2026, 11, 23, 9, 0))
    cases.log_action(unit_id=2, kind="visit", next_step="再上门", next_date="2026-11-27")
    close_db()
    counted = cli("today", "--json")
    assert counted.returncode == 0, counted.stderr
    assert json.loads(counted.stdout) == {
        "date": "2026-11-25", "complaints_overdue": 1, "complaints_due_today": 0,
        "followups_due": 0, "collection_actions_due": 1, "instalments_due": 0,
        "events_this_week": 0, "improvements_due": 0, "unprinted_receipts": 0, "moving_in": 0,
        "moving_out": 0}
    listed = cli("today").stdout.splitlines()
    assert listed[0] == "2026-11-25 今日待办："
    assert listed[1].startswith("投诉报修已超时 1　投诉报修今天到期 0　待回访 0　本周催缴 1")
    assert listed[2:] == [
        f"投诉报修已超时\t2026-11-24 09:00\t3-2-501\t{late.number}\t电梯 异响",
        "本周催缴\t2026-11-27\t12-101\t原因未明\t再上门"]
    english = cli("--lang", "en", "today").stdout.splitlines()
    assert english[2].startswith("Complaints overdue\t2026-11-24 09:00")
