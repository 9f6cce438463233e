"""事件's documents as read, page by page: a notice for each affected entrance (what, where, the
time to the hour, why, what to do, whom to call), a large-print one for each elderly household's
door, the list of households to tell (those who need help first, phones masked), and the 情况说明
with what happened, what was done and what will prevent it."""

from __future__ import annotations

from datetime import datetime

import pytest

from pmdesk.actions import incidents as printing
from pmdesk.core import clock
from pmdesk.core.errors import ValidationError
from pmdesk.core.service import complaints, incidents, relations
from pmdesk.core.settings import save_office_profile
from tests.core.test_incidents import _water
from tests.core.test_incidents import estate as estate  # six households in three buildings


@pytest.fixture
def office(estate):  # noqa: F811 - the fixture imported above
    save_office_profile(estate_name="翠湖苑", phone="0571-88886666")
    return estate


def test_a_notice_for_each_entrance_and_large_print_for_the_elderly(office, as_pdf):
    cut = _water()
    issued = printing.print_notices(cut.id)
    pages = as_pdf(issued.pdf).pages()
    assert len(pages) == 4 == issued.pages  # 1栋1单元, 1栋2单元, 2栋1单元, then 1-2-201's door
    for place, page in zip(("1栋1单元", "1栋2单元", "2栋1单元"), pages, strict=False):
        assert f"尊敬的{place}业主、住户" in page
        for expected in ("停水通知", "因市政供水管网维修", "1栋、2栋1单元",
                         "2026年11月26日（星期四）9:00至17:00停水", "请提前储水",
                         "0571-88886666", "特此通知", cut.number):
            assert expected in page, (place, expected)
        assert "业主1-" not in page  # nobody named
    assert "1-2-201 住户" in pages[3] and "需要帮忙请打电话：0571-88886666" in pages[3]
    large = printing.print_notices(cut.id, large_print_only=True)
    assert large.pages == 1 and "1-2-201" in as_pdf(large.pdf).pages()[0]


def test_an_emergency_says_it_is_being_handled_and_when_it_should_end(office, as_pdf):
    lift = relations.save_organisation(name="奥达电梯维保有限公司", kind="supplier")
    clock.pin(datetime(2026, 11, 25, 8, 10))
    stuck = incidents.report(kind="lift", planned=False, starts_at=clock.now(),
                             ends_at=datetime(2026, 11, 25, 18, 0), areas=[("3", "1")],
                             org_id=lift, advice="请使用楼梯，注意安全。")
    page = as_pdf(printing.print_notices(stuck.id).pdf).pages()[0]
    for expected in ("电梯停用通知", "尊敬的3栋1单元业主、住户",
                     "2026年11月25日（星期三）8:10起，3栋1单元电梯暂停使用，原因正在排查",
                     "联系奥达电梯维保有限公司", "预计2026年11月25日（星期三）18:00恢复",
                     "请各位业主、住户：请使用楼梯"):
        assert expected in page, expected
    large = as_pdf(printing.print_notices(stuck.id, large_print_only=True).pdf).pages()
    assert len(large) == 1 and "3栋1单元 住户" in large[0]  # nobody there is tagged elderly


def test_the_call_list_puts_those_who_need_help_first_with_masked_phones(office, as_pdf):
    cut = _water()
    pages = as_pdf(printing.print_call_list(cut.id).pdf).pages()
    assert len(pages) == 1
    page = pages[0]
    assert "住户告知名单" in page and "共 5 户" in page and "需要帮助的 2 户" in page
    assert page.index("1-1-201") < page.index("1-2-201") < page.index("1-1-101")
    assert "139****5678" in page and "13912345678" not in page


def test_the_situation_report_once_it_is_over(office, as_pdf):
    cut = _water(kind="pipe", planned=False, starts_at=datetime(2026, 11, 24, 22, 0),
                 ends_at=None, areas=[("1", "1")], cause="")
    with pytest.raises(ValidationError) as still_open:
        printing.print_situation_report(cut.id)
    assert still_open.value.code == "incident.not_closed"
    complaints.receive(kind="repair", channel="phone", category="facility",
                       description="楼道进水", unit_id=office["1-1-101"], incident_id=cut.id)
    incidents.close(cut.id, ended_at=datetime(2026, 11, 25, 6, 0),
                    happened="1栋1单元三楼水管接头老化爆裂，楼道和电梯井进水。",
                    done="关闭总阀，更换接头，清理积水，电梯检查后恢复运行。",
                    prevention="对全小区同批次接头逐一排查，年内全部更换。")
    pages = as_pdf(printing.print_situation_report(cut.id).pdf).pages()
    assert len(pages) == 1
    page = pages[0]
    for expected in ("关于1栋1单元管道爆裂的情况说明", "业主委员会",
                     "2026年11月24日（星期二）22:00至2026年11月25日（星期三）6:00",
                     "一、事情经过", "水管接头老化爆裂", "二、处理情况", "关闭总阀",
                     "投诉报修 1 件", "三、防范措施", "年内全部更换", "特此说明"):
        assert expected in page, expected
    assert "1-1-101" not in page
