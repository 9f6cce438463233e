"""Event documents: the 活动通知 poster (large title, time, place, what happens, who may come,
how to sign up, who organises — with a large-print variant), and the sign-up and sign-in
sheets in building and room order with blank rows for walk-ins. The sheets pass from hand to
hand: phones show their last four digits, and households on the waiting list (候补) stand in
their own section, in the order they move up."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

from pmdesk.core import clock
from pmdesk.core.masking import mask_phone
from pmdesk.documents.letters import paragraphs as split_paragraphs
from pmdesk.documents.pdf import AmountTable, Letter

if TYPE_CHECKING:  # the records it prints; documents never load the database code
    from pmdesk.core.service.events import Event, Signup

AUDIENCE_NAMES = {"all": "全体业主、住户", "elderly": "老年业主、住户",
                  "children": "少年儿童及家长"}
WEEKDAYS = "一二三四五六日"
BLANK_ROWS = 8  # for walk-ins


def when(event: Event) -> str:
    start, end = datetime.fromisoformat(event.starts_at), datetime.fromisoformat(event.ends_at)
    day = f"{start.year}年{start.month}月{start.day}日（星期{WEEKDAYS[start.weekday()]}）"
    if start.date() == end.date():
        return f"{day}{start:%H:%M}—{end:%H:%M}"
    return f"{day}{start:%H:%M} 至 {end.month}月{end.day}日{end:%H:%M}"


def audience(event: Event) -> str:
    if event.audience == "buildings":
        return "、".join(f"{b}栋" for b in event.buildings) + "业主、住户"
    return AUDIENCE_NAMES[event.audience]


def poster(event: Event, *, phone: str = "", large_print: bool = False) -> Letter:
    """活动通知 for the bulletin board and the lift lobby."""
    how = "请到物业服务中心前台报名"
    if phone:
        how += f"，或致电 {phone}"
    if event.signup_deadline:
        deadline = datetime.fromisoformat(event.signup_deadline)
        at = "" if deadline.time() in (time(0, 0), time(23, 59)) else f"{deadline:%H:%M}"
        how += f"，{deadline.month}月{deadline.day}日{at}截止"  # a day's end is the day
    if event.capacity:
        how += f"；名额 {event.capacity} 人，报满后可登记候补"
    organisers = "、".join(p for p in (event.organiser, *event.partners) if p)
    body = [*split_paragraphs(event.description)] if event.description else []
    first = len(body)  # the time and the place, set larger
    body += [f"时间：{when(event)}", f"地点：{event.place}", f"对象：{audience(event)}",
             f"报名：{how}。"]
    if organisers:
        body.append(f"主办：{organisers}")
    return Letter(title=event.title, addressee="尊敬的各位业主、住户：", paragraphs=tuple(body),
                  closing="欢迎踊跃参加！", large_print=large_print, dated=clock.today(),
                  poster=True, emphasis=(first, first + 1))


def _rows(signups: list[Signup], sign_in: bool) -> tuple[tuple[str, ...], ...]:
    confirmed = [s for s in signups if s.status != "waiting"]
    waiting = sorted((s for s in signups if s.status == "waiting"),
                     key=lambda s: s.position or 0)  # in the order they move up
    rows = [(str(i), s.room, s.owner, str(s.people), mask_phone(s.contact or ""),
             "" if sign_in else s.remarks, "") for i, s in enumerate(confirmed, start=1)]
    rows += [(str(len(rows) + i), "", "", "", "", "", "") for i in range(1, BLANK_ROWS + 1)]
    if waiting:
        rows.append(("", "候补", f"（按顺序递补，共 {len(waiting)} 户）", "", "", "", ""))
        rows += [(f"候补{s.position}", s.room, s.owner, str(s.people),
                  mask_phone(s.contact or ""), "" if sign_in else s.remarks, "")
                 for s in waiting]
    return tuple(rows)


def _counts(signups: list[Signup]) -> str:
    confirmed = [s for s in signups if s.status != "waiting"]
    waiting = len(signups) - len(confirmed)
    text = f"已报名 {len(confirmed)} 户 {sum(s.people for s in confirmed)} 人"
    return text + (f"，候补 {waiting} 户" if waiting else "")


def signup_sheet(event: Event, signups: list[Signup]) -> Letter:
    return Letter(
        title=f"{event.title} 报名表",
        paragraphs=(f"{when(event)}，{event.place}。{_counts(signups)}。",),
        table=AmountTable(("序号", "房号", "姓名", "人数", "联系电话", "备注", "签名"),
                          _rows(signups, False),
                          ("center", "left", "left", "center", "left", "left", "left"),
                          (0.08, 0.13, 0.19, 0.08, 0.16, 0.18, 0.18)),
        dated=clock.today())


def signin_sheet(event: Event, signups: list[Signup]) -> Letter:
    return Letter(
        title=f"{event.title} 签到表",
        paragraphs=(f"{when(event)}，{event.place}。{_counts(signups)}；"
                    "候补住户须经工作人员确认有名额后入场；未报名到场的请在空白行登记。",),
        table=AmountTable(("序号", "房号", "姓名", "报名人数", "联系电话", "到场人数", "签名"),
                          _rows(signups, True),
                          ("center", "left", "left", "center", "left", "center", "left"),
                          (0.08, 0.13, 0.19, 0.1, 0.16, 0.1, 0.24)),
        dated=clock.today())
