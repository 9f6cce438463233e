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
        "moving_out": 0, "incidents_open": 0, "contacts_due": 0, "contracts_ending": 0,
        "renovations_due": 0, "clearances_today": 0}
    listed = cli("today").stdout.splitlines()
    assert listed[0] == "2026-11-25 今日待办："
    assert listed[1].startswith("进行中的事件 0　投诉报修已超时 1　投诉报修今天到期 0　待回访 0　"
                                "本周催缴 1")
    assert listed[2:] == [
        f"投诉报修已超时\t2026-11-24 09:00\t3-2-501\t{late.number}\t电梯 异响",
        "本周催缴\t2026-11-27\t12-101\t原因未明\t再上门"]
    english = cli("--lang", "en", "today").stdout.splitlines()
    assert english[2].startswith("Complaints overdue\t2026-11-24 09:00")


def test_satisfaction_report_and_export(cli, office, tmp_path):
    from pmdesk.core.register import residents
    from pmdesk.core.safety.db import close_db
    from pmdesk.core.safety.opening import open_db
    from pmdesk.core.service import surveys

    open_db(office)
    residents.add_occupant(unit_id=2, name="李建国", role="owner")  # 3-2-501 has its owner
    asked = surveys.create(title="2026年度业主满意度调查", first_day="2026-11-02",
                           last_day="2026-11-20", items=("cleaning", "repair"))
    surveys.record_answers(asked.id, 1, {"cleaning": 3, "repair": 1}, "电梯常坏")
    surveys.mark_not_returned(asked.id, 2)
    close_db()
    found = cli("report", "satisfaction", "--year", "2026", "--json")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout) == {
        "survey": asked.id, "title": "2026年度业主满意度调查", "asked": 2, "responses": 1,
        "response_rate": "0.5000", "items": [
            {"item": "保洁", "rate": "1.0000", "answers": 1},
            {"item": "维修", "rate": "0.0000", "answers": 1}], "overall": "0.5000"}
    text = cli("report", "satisfaction", "--survey", str(asked.id)).stdout.splitlines()
    assert text[1] == "发放 2 份，交回 1 份，回收率 50.0%"
    assert text[2:] == ["保洁\t100.0%\t1", "维修\t0.0%\t1", "总体满意率 50.0%（达标线 80%）"]
    missing = cli("report", "satisfaction", "--year", "2024")
    assert (missing.returncode, missing.stderr.strip()) == (1, "2024 年没有满意度调查。")
    assert cli("report", "satisfaction").returncode == 2  # --survey or --year

    exported = cli("export", "surveys", "answers.xlsx")
    assert exported.returncode == 0, exported.stderr
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "answers.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("调查", "房号", "楼栋", "问卷", "客服接待", "保洁")
    assert [(r[1], r[3], r[5], r[8], r[13]) for r in rows[1:]] == [
        ("3-2-501", "已交回", "满意", "不满意", "电梯常坏"),
        ("12-101", "未交回", None, None, None)]


def test_contacts_and_incidents_export_and_the_incident_notice(cli, office, tmp_path):
    from openpyxl import load_workbook

    from pmdesk.core.register import residents
    from pmdesk.core.safety.db import close_db
    from pmdesk.core.safety.opening import open_db
    from pmdesk.core.service import incidents, relations

    open_db(office)
    lift = relations.save_organisation(name="奥达电梯维保有限公司", kind="supplier",
                                       phone="95598", contract_end="2027-06-30")
    relations.save_person(org_id=lift, name="孙立", role="项目经理", phone="13805710601")
    residents.set_tags(unit_id=1, tags=["老人户"])
    cut = incidents.report(kind="water", planned=True, starts_at=datetime(2026, 11, 26, 9),
                           ends_at=datetime(2026, 11, 26, 17), areas=[("3", "")],
                           cause="水箱清洗", advice="请提前储水")
    close_db()
    assert cli("export", "contacts", "contacts.xlsx").returncode == 0
    rows = list(load_workbook(tmp_path / "contacts.xlsx").active.iter_rows(values_only=True))
    assert rows[0][:5] == ("单位", "类别", "负责事项", "电话", "联系人")
    assert rows[1][:5] == ("奥达电梯维保有限公司", "维保/供应商", None, "95598",
                           "孙立 项目经理 13805710601")
    assert cli("export", "incidents", "incidents.xlsx").returncode == 0
    rows = list(load_workbook(tmp_path / "incidents.xlsx").active.iter_rows(values_only=True))
    assert rows[1][:6] == (cut.number, "停水", "计划", "3栋计划停水", "3栋", "2026-11-26 09:00")
    assert rows[1][12] == 1  # households affected: 3-2-501

    printed = cli("print", "incident-notice", cut.number.lower(), "notice.pdf")
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.strip() == "已生成 notice.pdf（2 页）"  # 3栋2单元, and 3-2-501's door
    large = cli("print", "incident-notice", cut.number, "large.pdf", "--large-print")
    assert large.stdout.strip() == "已生成 large.pdf（1 页）"
    missing = cli("print", "incident-notice", "SJ2026-099", "none.pdf")
    assert (missing.returncode, missing.stderr.strip()) == (1, "找不到事件 SJ2026-099。")
    assert not (tmp_path / "none.pdf").exists()


def test_renovations_export(cli, office, tmp_path):
    from openpyxl import load_workbook

    from pmdesk.core.money import deposits
    from pmdesk.core.safety.db import close_db
    from pmdesk.core.safety.opening import open_db
    from pmdesk.core.service import renovations

    open_db(office)
    works = renovations.register(unit_id=1, scope="厨卫翻新，重做防水", start_on="2026-11-26",
                                 end_on="2027-01-20", company="安居装饰", foreman="刘建军",
                                 foreman_phone="13900001111",
                                 works=["waterproof", "bearing_wall"])
    renovations.decide(works.id, approve=True, note="防水做闭水试验")
    deposits.take(renovation_id=works.id, deposit=500000, clearance=works.clearance_due)
    booked = renovations.book(works.id, day="2026-11-26", slot="09:30-10:30", bags=8)
    renovations.finish(booked.id, status="done", bags=12)
    renovations.add_violation(works.id, kind="rubbish", text="装修垃圾堆放在楼道",
                              deadline="2026-11-27")
    waiting = renovations.register(unit_id=2, scope="铺地板", start_on="2026-12-01",
                                   end_on="2027-02-01", applicant="王芳")
    close_db()
    exported = cli("export", "renovations", "renovations.xlsx")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == "已导出 2 行到 renovations.xlsx"
    sheet = load_workbook(tmp_path / "renovations.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.title == "装修登记"
    assert rows[0] == ("登记号", "房号", "申请人", "装修公司", "施工负责人", "负责人电话",
                       "装修内容", "须审批项目", "开工日期", "完工日期", "状态", "应交押金(元)",
                       "已交押金(元)", "在押押金(元)", "扣款(元)", "已退押金(元)", "清运费(元)",
                       "清运次数", "违规", "未整改", "验收日期")
    assert rows[1] == (works.number, "3-2-501", "张三&李四", "安居装饰", "刘建军", "139****1111",
                       "厨卫翻新，重做防水", "承重墙、防水", "2026-11-26", "2027-01-20", "施工中",
                       5000, 5000, 5000, 0, 0, 268.5, 1, 1, 1, None)
    assert rows[2][:3] == (waiting.number, "12-101", "王芳")
    assert (rows[2][7], rows[2][10], rows[2][12]) == (None, "待审批", 0)
