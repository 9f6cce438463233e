"""Complaint documents as a resident, an insurer and a technician read them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from docs.document_images import complaint_samples
from pmdesk.core.service.complaints import Step
from pmdesk.core.settings import Profile
from pmdesk.documents import complaints, letters
from pmdesk.documents.pdf import render

OFFICE = Profile("翠湖苑", "翠湖苑物业服务中心", phone="0571-88886666")


def test_the_result_notice_addresses_and_names_responsibility_in_plain_words(as_pdf):
    tree, steps, _ = complaint_samples()
    steps = [*steps, Step(5, "investigate", "2026-11-21T16:00", "绿化班", "树根已处理。", {},
                          None)]
    letter = complaints.result_notice(tree, steps, complainant="王秀英")
    text = "".join(as_pdf(render([letter], OFFICE).pdf).text().split())
    assert "尊敬的王秀英：" in text
    assert "责任在相关第三方单位" in text and "他人" not in text
    for glitch in ("。；", "。。", "；。", "，。"):
        assert glitch not in text, glitch


def test_a_certificate_states_facts_only_once_and_names_the_person(as_pdf):
    """Issue 16: no doubled punctuation, no repeated lead-in, the person not "…业主", and the
    resident's request (恳请将大树外移) is not certified."""
    tree, steps, _ = complaint_samples()
    steps = [replace(steps[2], text="经现场查看，窗前大树遮挡一楼采光。")]
    tree = replace(tree, contact_name="")
    letter = complaints.facts_certificate(tree, steps, person="王秀英")
    text = "".join(as_pdf(render([letter], OFFICE).pdf).text().split())
    assert "5-1-101住户王秀英" in text and "5-1-101业主" not in text
    assert text.count("经现场查看") == 1 and "经现场查看：经现场查看" not in text
    assert "恳请" not in text and "外移" not in text
    for glitch in ("。）。", "。。", "）。（", "处理。（"):
        assert glitch not in text, glitch


def test_a_typed_id_number_prints_masked_in_a_certificate():
    letter = letters.certificate(body="兹证明王秀英（身份证号 110101199003071234）系本小区业主。")
    assert "110101********1234" in letter.paragraphs[0]
    assert "199003071234" not in letter.paragraphs[0]


def test_the_work_order_masks_the_phone_and_fits_one_page(as_pdf):
    tree, _, _ = complaint_samples()
    rendered = render([complaints.work_order(tree, owner="王秀英")], OFFICE)
    text = "".join(as_pdf(rendered.pdf).text().split())
    assert rendered.pages == 1
    assert "138****5678" in text and "13812345678" not in text
    full = complaints.work_order(tree, owner="王秀英", full_phone=True)
    assert "13812345678" in "".join(cell for row in full.table.rows for cell in row)


def test_the_daily_register_is_landscape_and_marks_cut_text(as_pdf):
    _, _, today = complaint_samples()
    long = replace(today[0], description="卫生间顶部水管漏水" * 10)
    letter = complaints.daily_register(date(2026, 11, 27), [long], [long])
    cell = letter.table.rows[0][3]
    assert len(cell) == complaints.REGISTER_TEXT and cell.endswith("…")
    info = as_pdf(render([letter], OFFICE).pdf).info()
    assert "841.89 x 595.276 pts" in info  # A4 turned sideways


def test_the_register_of_a_past_day_judges_overdue_on_that_day():
    """Review of issue 16: a register printed later for an earlier day marked items 超期 that
    were not yet due on that day (it compared with the clock: 25 November 10:00 in tests)."""
    _, _, today = complaint_samples()
    early = replace(today[1], number="BX2026-00600", deadline="2026-11-24T20:00")
    later = replace(today[1], number="BX2026-00601", deadline="2026-11-25T08:00")
    past = complaints.daily_register(date(2026, 11, 24), [early, later], [early, later])
    marks = {row[0]: row[-1].startswith("超期") for row in past.table.rows}
    assert marks == {"BX2026-00600": True, "BX2026-00601": False}
    now = complaints.daily_register(date(2026, 11, 25), [later], [later])
    assert now.table.rows[0][-1].startswith("超期")
