"""Collection documents: lawful wording, itemised demands, the delivery sheet, and a posted
notice that never names anyone."""

from __future__ import annotations

from datetime import date

import pytest

from pmdesk.core import clock
from pmdesk.core.money import cases, demands, dossier, fees, instalments, reports
from pmdesk.core.safety.db import db
from pmdesk.core.settings import Profile
from pmdesk.documents import collecting as documents
from pmdesk.documents.pdf import render
from tests.core.test_fees import _unit

OFFICE = Profile("翠湖苑", "翠湖苑物业服务中心", phone="0571-88886666")


@pytest.fixture
def batch(db_path):
    for code, owner in (("3-2-501", "张三&李四"), ("12-101", "欧阳晓东")):
        _unit(code, 8950, owner=owner)
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    fees.add_fee_item(name="车位管理费", basis="fixed", rate="60")
    for month in (1, 2, 3):
        fees.run_billing(f"2026-{month:02d}")
    rows = demands.letter_candidates(as_of=date(2026, 4, 20))
    return demands.demands([row.unit_id for row in rows], as_of=date(2026, 4, 20))


@pytest.mark.parametrize("kind", ["first", "final"])
def test_no_template_threatens_to_cut_anything(batch, kind):
    letters = [documents.demand_letter(demand, kind=kind) for demand in batch]
    letters.append(documents.delivery_sheet(batch, kind=kind))
    letters.append(documents.arrears_notice([("3", 2, 100, [100, 0, 0, 0, 0])],
                                            as_of=date(2026, 4, 20), households=40))
    for letter in letters:
        for text in documents.template_texts(letter):
            for word in documents.THREATS:
                assert word not in text, (letter.title, word)


def test_demand_letters_itemise_and_state_the_deadline(batch, as_pdf):
    rendered = render([documents.demand_letter(d, phone=OFFICE.phone) for d in batch], OFFICE)
    text = as_pdf(rendered.pdf).text()
    pages = text.split("\f")
    assert [d.room for d in batch] == ["3-2-501", "12-101"]  # room order, one letter each
    assert "3-2-501" in pages[0] and "12-101" in pages[1] and rendered.pages == 2
    for expected in ("催缴通知书", "尊敬的张三&李四业主（3-2-501）", "《物业服务合同》",
                     "2026-01", "2026-03", "物业服务费", "车位管理费", "合计¥810.99",
                     "人民币捌佰壹拾元零玖角玖分", "2026年5月5日前", "0571-88886666",
                     "分期"):
        assert expected in text.replace("\n", ""), expected
    final = as_pdf(render([documents.demand_letter(batch[0], kind="final")], OFFICE).pdf)
    assert "法律途径" in final.text() and "再次通知" in final.text()


def test_the_posted_notice_shows_buildings_never_names_or_rooms(batch, as_pdf):
    result = reports.arrears(date(2026, 4, 20))
    letter = documents.arrears_notice(result.by_building(), as_of=date(2026, 4, 20),
                                      households=2)
    text = as_pdf(render([letter], OFFICE).pdf).text()
    assert "1,621.98" in text
    for private in ("张三", "欧阳", "3-2-501", "12-101"):
        assert private not in text
    # a building where one or two households owe is not shown alone: they could be worked out
    assert "3栋" not in text and "12栋" not in text and "其他 2 栋（合计）" in text
    letter = documents.arrears_notice(
        [("1", 12, 1893254, []), ("2", 2, 1023417, []), ("5", 1, 29200, [])],
        as_of=date(2026, 4, 20), households=300)
    rows = {row[0]: row[1:] for row in letter.table.rows}
    assert rows["1栋"] == ("12", "18,932.54") and "2栋" not in rows and "5栋" not in rows
    assert rows["其他 2 栋（合计）"] == ("3", "10,526.17") and rows["合计"][0] == "15"


def test_delivery_sheet_lists_each_letter_and_nothing_private(batch, as_pdf):
    """Issue 16: every household on the round signs the sheet, so it shows rooms and letter
    numbers, never a name, an amount or the office's seal."""
    numbers = [documents.letter_number(n, date(2026, 4, 20)) for n in (41, 42)]
    text = as_pdf(render([documents.delivery_sheet(batch, numbers=numbers)], OFFICE).pdf
                  ).text().replace("\n", "")
    assert text.index("3-2-501") < text.index("12-101")
    assert text.index("催缴〔2026〕0041号") < text.index("催缴〔2026〕0042号")
    for header in ("送达方式", "送达日期", "签收人签名", "送达人", "见证人"):
        assert header in text
    for private in ("张三", "欧阳", "¥", "810.99", "元"):
        assert private not in text
    assert text.count(OFFICE.office_name) == 1  # the letterhead; no signature for a seal
    assert documents.delivery_sheet(batch, numbers=numbers).reference.startswith(
        "催缴通知书送达签收单（")  # the foot of every page of a long sheet names the batch


@pytest.fixture
def long_arrears(db_path):
    """A household owing 16 months of two items, and one owing 3."""
    _unit("5-1-101", 9600, owner="王芳")
    _unit("5-1-102", 9600, owner="赵强")
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    fees.add_fee_item(name="垃圾清运费", basis="fixed", rate="10")
    for period in [f"2025-{m:02d}" for m in range(1, 13)] + ["2026-01", "2026-02",
                                                              "2026-03", "2026-04"]:
        fees.run_billing(period)
    db.execute_sql("UPDATE bill SET paid = amount WHERE unit_id = "
                   "(SELECT id FROM unit WHERE code = '5-1-102') AND period < 202602")
    return demands.demands([row.unit_id for row in demands.letter_candidates(
        as_of=date(2026, 5, 20))], as_of=date(2026, 5, 20))


def test_a_letter_that_runs_over_keeps_its_closing_with_the_text(long_arrears, as_pdf):
    """Issue 16.1–2: the closing never stands alone on a page, a letter that can fit one page
    does, and every page of one that runs over names its household and number."""
    numbers = [documents.letter_number(n, date(2026, 5, 20)) for n in (7, 8)]
    letters = [documents.demand_letter(d, number=n)
               for d, n in zip(long_arrears, numbers, strict=True)]
    pdf = as_pdf(render(letters, OFFICE).pdf)
    pages = pdf.pages()
    assert len(pages) == 3  # two pages for 16 months, one for 3
    closing = [page for page in pages if "特此通知" in page]
    assert len(closing) == 2
    for page in closing:  # the last paragraph, and the slip to cut off, stay with the closing
        assert "请忽略本通知" in page and "送达回执" in page and "翠湖苑物业服务中心" in page
    for number, page in enumerate(pages[:2], start=1):
        assert "5-1-101 王芳" in page and "催缴〔2026〕0007号" in page
        assert f"第{number}页共2页" in "".join(page.split())
    assert "5-1-102" in pages[2] and "第1页" not in "".join(pages[2].split())
    assert "催缴〔2026〕0008号" in pages[2]  # on the letter and on its slip


def test_a_final_letter_cites_the_first_and_marks_months_over_three_years(db_path, as_pdf):
    _unit("6-101", 9000, owner="钱敏")
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.00")
    for period in ("2022-12", "2023-01", "2023-02"):
        fees.run_billing(period)
    [first] = demands.demands([demands.letter_candidates(as_of=date(2026, 1, 10))[0].unit_id],
                              as_of=date(2026, 1, 10))
    [letter_id] = demands.record_letters([first], kind="first", document_id=None)
    demands.record_delivery(letter_id=letter_id, method="signed", delivered_on="2026-01-12")
    [final] = demands.demands([first.unit_id], as_of=date(2026, 1, 20))
    text = as_pdf(render([documents.demand_letter(final, kind="final")], OFFICE).pdf
                  ).text().replace("\n", "")
    assert f"已于2026年1月12日向您送达《催缴通知书》（催缴〔2026〕{letter_id:04d}号）" in text
    assert "2022-12※" in text and "2023-01※" not in text and "2023-02" in text
    assert "标※的月份，其费用到期已超过三年" in text


def test_dossier_and_instalment_agreement(batch, as_pdf):
    unit_id = batch[0].unit_id
    cases.save_case(unit_id=unit_id, reason="refusal", notes="多次沟通无果")
    cases.log_action(unit_id=unit_id, kind="visit", on_date="2026-04-10",
                          said="业主称暂不缴费", outcome="拒绝")
    [letter_id] = demands.record_letters(batch[:1], kind="first", document_id=None)
    demands.record_delivery(letter_id=letter_id, method="registered",
                               tracking_no="EMS1234567890CN", delivered_on=clock.today())
    instalments.agree_instalments(unit_id=unit_id, total=30000, count=3,
                                 first_due=clock.today(), note="每月10日前缴")
    file = dossier.dossier(unit_id)
    assert file.owed == batch[0].total
    text = as_pdf(documents.render_dossier(file, OFFICE).pdf).text().replace("\n", "")
    for expected in ("委托律师材料", "基本情况", "3-2-501", "张三&李四", "收费依据", "2.35元/㎡",
                     "欠费明细", "2026-01", "书面催缴及送达", "挂号信/EMS", "EMS1234567890CN",
                     "沟通记录", "业主称暂不缴费", "分期协议", "人民币捌佰壹拾元零玖角玖分"):
        assert expected in text, expected
    assert "律师函" not in text
    [plan] = instalments.plans(unit_id)
    agreement = documents.instalment_agreement(plan, room="3-2-501", owner="张三&李四",
                                               office=OFFICE)
    text = as_pdf(render([agreement], OFFICE).pdf).text().replace("\n", "")
    assert "分期缴纳协议" in text and "第3期" in text and "100.00" in text and "乙方" in text
    for line in documents.template_texts(agreement):
        assert not any(word in line for word in documents.THREATS)


def test_the_agreement_names_both_parties_with_the_owners_id_masked(batch, as_pdf):
    """Issue 16: 甲方 and 乙方 in their own blocks; 乙方's ID number from the register, masked."""
    from pmdesk.actions.collecting import print_instalment_agreement
    from pmdesk.core.settings import save_office_profile

    save_office_profile(estate_name="翠湖苑", address="杭州市西湖区翠湖路88号",
                        phone="0571-88886666")
    unit_id = batch[0].unit_id
    db.execute_sql("UPDATE person SET id_number = '110101199003071234', phone = '13812345678' "
                   "WHERE id = (SELECT person_id FROM occupancy WHERE unit_id = ?)", (unit_id,))
    instalments.agree_instalments(unit_id=unit_id, total=30000, count=3,
                                  first_due=clock.today())
    [plan] = instalments.plans(unit_id)
    text = as_pdf(print_instalment_agreement(unit_id=unit_id, plan_id=plan.id).pdf).text()
    lines = text.splitlines()
    for expected in ("甲方（物业服务人）：翠湖苑物业服务中心", "地址：杭州市西湖区翠湖路88号",
                     "乙方（业主）：张三&李四", "身份证号：110101********1234",
                     "房屋：翠湖苑 3-2-501", "电话：13812345678"):
        assert expected in lines, expected
    assert "199003071234" not in text and "尚欠物业服务费用¥300.00" in "".join(text.split())


def test_the_property_fee_leads_the_itemisation_whatever_month_comes_first():
    """Review of issue 16: a first month owing only the rubbish fee put 物业服务费 last."""
    lines = (demands.DemandLine(202605, "垃圾清运费", 1000),
             demands.DemandLine(202606, "车位管理费", 6000),
             demands.DemandLine(202606, "物业服务费", 21033))
    demand = demands.Demand(1, "7-1-2002", "王芳", lines, date(2026, 7, 20), date(2026, 8, 4))
    header = documents.demand_letter(demand).table.header
    assert header == ("月份", "物业服务费", "垃圾清运费", "车位管理费", "小计（元）")
