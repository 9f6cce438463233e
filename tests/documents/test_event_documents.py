"""Event documents as read: the poster says when, where, who for and how to sign up; the
sheets list the households in room order with blank rows for walk-ins."""

from __future__ import annotations

from dataclasses import replace

from docs.document_images import event_samples
from pmdesk.core.settings import Profile
from pmdesk.documents import events
from pmdesk.documents.pdf import render

OFFICE = Profile("翠湖苑", "翠湖苑物业服务中心", phone="0571-88886666")


def test_poster_and_large_print(as_pdf):
    party, _ = event_samples()
    text = as_pdf(render([events.poster(party, phone=OFFICE.phone)], OFFICE).pdf).text()
    flat = text.replace("\n", "")
    for expected in ("重阳节敬老茶话会", "2026年10月29日（星期四）14:30—16:30", "社区活动室",
                     "老年业主、住户", "0571-88886666", "10月27日17:00截止", "名额 50 人",
                     "候补", "翠湖社区居委会", "欢迎踊跃参加"):
        assert expected in flat, expected
    large = as_pdf(render([events.poster(party, large_print=True)], OFFICE).pdf)
    assert "重阳节敬老茶话会" in large.text()


def test_sign_up_and_sign_in_sheets(as_pdf):
    party, people = event_samples()
    for make, header in ((events.signup_sheet, "报名表"), (events.signin_sheet, "签到表")):
        letter = make(party, people)
        rows = letter.table.rows
        assert len(rows) == len(people) + events.BLANK_ROWS
        assert [r[1] for r in rows[:len(people)]] == [p.room for p in people]
        assert all(not any(r[1:]) for r in rows[len(people):])  # blank for walk-ins
        text = as_pdf(render([letter], OFFICE).pdf).text().replace("\n", "")
        assert header in text and "阿依古丽·买买提" in text and "签名" in text


def test_sheets_mask_phones_and_keep_the_waiting_list_apart(as_pdf):
    """Issue 16: a sheet passed from hand to hand shows the last four digits of a phone; the
    households waiting for a place stand in their own section, marked 候补, and the header
    counts confirmed sign-ups only."""
    party, people = event_samples()
    people = [replace(p, contact=f"1381234{i:04d}") for i, p in enumerate(people)]
    people[1] = replace(people[1], status="waiting", position=2)  # the later sign-up
    people[3] = replace(people[3], status="waiting", position=1)
    for make in (events.signup_sheet, events.signin_sheet):
        text = as_pdf(render([make(party, people)], OFFICE).pdf).text().replace("\n", "")
        assert "13812340000" not in text and "138****0000" in text
        assert "已报名 3 户 6 人，候补 2 户" in text
        section = text.index("候补1")  # in the order they move up, not by room
        assert text.index("3-1-602") < section < text.index("5-2-101") \
            < text.index("候补2") < text.index("1-2-1101")


def test_a_deadline_at_a_days_end_prints_as_the_day(as_pdf):
    party, _ = event_samples()
    for stamp in ("2026-10-27T00:00", "2026-10-27T23:59"):
        letter = events.poster(replace(party, signup_deadline=stamp))
        text = "".join(letter.paragraphs)
        assert "10月27日截止" in text and "00:00" not in text and "23:59" not in text
