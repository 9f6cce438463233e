"""Survey documents as read, page by page: a questionnaire per household with its room, the
table whole on the letter's page (large print too: two pages, the elderly only when asked so);
the results notice names nobody; the committee's report has the low items, their complaints
and measures, and the comments without rooms."""

from __future__ import annotations

from datetime import datetime

import pytest

from pmdesk.actions import surveys as printing
from pmdesk.core import clock
from pmdesk.core.errors import ValidationError
from pmdesk.core.register import residents
from pmdesk.core.service import complaints, surveys
from pmdesk.core.settings import save_office_profile
from tests.core.test_surveys import _fill, _survey
from tests.core.test_surveys import estate as estate  # six households in two buildings


@pytest.fixture
def survey(estate):  # noqa: F811 - the fixture imported above
    save_office_profile(estate_name="翠湖苑", phone="0571-88886666")
    residents.set_tags(unit_id=estate["1-1-102"], tags=["老人户"])
    clock.pin(datetime(2025, 11, 20, 10))
    before = _survey(title="2025年度业主满意度调查", first_day="2025-11-17",
                     last_day="2025-11-30")
    _fill(before.id, {"1-1-101": {"service": 3, "cleaning": 3, "repair": 2}})
    clock.pin(datetime(2026, 11, 25, 10))
    complaints.receive(kind="repair", channel="phone", category="facility", urgency="normal",
                       description="电梯按钮失灵", unit_id=estate["1-1-101"],
                       received_at=datetime(2026, 3, 2, 9))
    current = _survey()
    _fill(current.id, {"1-1-101": {"service": 3, "cleaning": 2, "repair": 1},
                       "1-1-102": {"service": 3, "cleaning": 3, "repair": 1},
                       "2-1-101": {"service": 2, "cleaning": 3, "repair": 2}})
    surveys.add_plan(survey_id=current.id, item="repair", measure="报修两小时内上门",
                     owner="工程部 刘工", due="2026-12-20")
    return current


def test_a_questionnaire_for_each_household(survey, as_pdf):
    issued = printing.print_questionnaires(survey.id, large_print="none")
    pages = as_pdf(issued.pdf).pages()
    assert len(pages) == 6 == issued.pages  # one page each
    rooms = ["1-1-101", "1-1-102", "1-1-201", "1-1-202", "2-1-101", "2-1-102"]
    for room, page in zip(rooms, pages, strict=True):
        assert f"尊敬的 {room} 业主、住户" in page and f"房号：{room}" in page
        for expected in ("2026年度业主满意度调查问卷", "11月30日前", "0571-88886666",
                         "客服接待", "保洁", "维修", "基本满意", "不满意", "您的意见和建议",
                         "翠湖苑物业服务中心"):
            assert expected in page, (room, expected)
        assert "业主1-1" not in page  # the owner's name is not on the form


def test_large_print_for_the_elderly_keeps_the_table_on_the_first_page(survey, as_pdf):
    every_item = _survey(title="2026年度业主满意度调查（全部项目）", items=surveys.DEFAULT_ITEMS)
    issued = printing.print_questionnaires(every_item.id, large_print="elderly")
    pages = as_pdf(issued.pdf).pages()
    assert len(pages) == 7  # 1-1-102 (老人户) on two pages
    first, second = pages[1], pages[2]
    assert "尊敬的 1-1-102" in first and "第1页" in first
    assert "（前台接待" not in first + second  # large print: the items without what they cover
    table = first if "客服接待" in first else second
    assert "客服接待" in table and "社区活动" in table  # never split over two pages
    assert "您的意见和建议" in second and "翠湖苑物业服务中心" in second and "第2页" in second
    assert "1-1-102" in second  # whose page two it is
    everyone = as_pdf(printing.print_questionnaires(every_item.id, large_print="all").pdf)
    assert len(everyone.pages()) == 12


def test_only_the_forms_still_out(survey, as_pdf):
    issued = printing.print_questionnaires(survey.id, large_print="none",
                                           outstanding_only=True)
    pages = as_pdf(issued.pdf).pages()
    assert [p.split("尊敬的 ")[1][:7] for p in pages] == ["1-1-201", "1-1-202", "2-1-102"]
    surveys.mark_not_returned(survey.id)
    with pytest.raises(ValidationError) as none:
        printing.print_questionnaires(survey.id, outstanding_only=True)
    assert none.value.code == "survey.all_entered"


def test_the_results_notice_names_nobody(survey, as_pdf):
    [page] = as_pdf(printing.print_results_notice(survey.id).pdf).pages()
    for expected in ("关于2026年度业主满意度调查结果的公示", "发放问卷 6 份", "收回 3 份",
                     "回收率 50.0%", "总体满意率 77.8%", "上次调查为 100.0%", "客服接待",
                     "100.0%", "维修", "33.3%", "变化（百分点）", "-66.7",
                     "满意率低于 80% 的项目是维修", "报修两小时内上门", "2026年12月20日前完成",
                     "翠湖苑物业服务中心"):
        assert expected in page, expected
    assert "业主1-1" not in page and "1-1-101" not in page and "工程部 刘工" in page


def test_the_committee_report(survey, as_pdf):
    pages = as_pdf(printing.print_committee_report(survey.id).pdf).pages()
    text = "".join(pages)
    for expected in ("2026年度业主满意度调查报告", "业主委员会", "总体满意率 77.8%",
                     "2025年度业主满意度调查为100.0%，下降 22.2 个百分点", "达标线为 80%",
                     "1栋 66.7%（收回 2/4 份）", "2栋 100.0%（收回", "维修：满意率 33.3%",
                     "同期此类投诉报修 1 件", "电梯按钮失灵", "整改措施：报修两小时内上门",
                     "2-1-101的意见"):
        assert expected in text, expected
    assert "业主1-1" not in text
    assert "翠湖苑物业服务中心" in pages[-1] and len(pages[-1]) > 60  # never the seal alone
