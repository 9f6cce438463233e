"""事件's documents: the notice posted at each affected entrance and in its lift (停水通知,
电梯停用通知…: what, where, from when to when, why, what to do, whom to call), the same in large
print for each elderly household's door, the list of households to tell (those who may need
help first; phones masked), and the 情况说明 once it is over — what happened, what was done,
what will prevent it — for the bulletin board and the owners' committee."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pmdesk.core import clock
from pmdesk.core.masking import mask_phone
from pmdesk.documents.events import WEEKDAYS
from pmdesk.documents.letters import paragraphs as split_paragraphs
from pmdesk.documents.pdf import AmountTable, Letter, blank_lines, chinese_date

if TYPE_CHECKING:  # the records it prints; documents never load the database code
    from pmdesk.core.service.incidents import Household, Incident

TITLES = {  # (planned, emergency)
    "water": ("停水通知", "紧急停水通知"),
    "power": ("停电通知", "紧急停电通知"),
    "gas": ("停气通知", "紧急停气通知"),
    "lift": ("电梯检修停用通知", "电梯停用通知"),
    "pipe": ("管道检修通知", "管道抢修通知"),
    "safety": ("安全提示", "安全情况通报"),
    "other": ("通知", "紧急通知"),
}
WHAT = {"water": "停水", "power": "停电", "gas": "停气", "lift": "电梯暂停使用",
        "pipe": "管道维修", "safety": "", "other": ""}


def title(incident: Incident) -> str:
    return TITLES[incident.kind][0 if incident.planned else 1]


def moment(stamp: str) -> str:
    """`2026年11月26日（星期四）9:00`."""
    at = datetime.fromisoformat(stamp)
    return (f"{chinese_date(at.date())}（星期{WEEKDAYS[at.weekday()]}）"
            f"{at.hour}:{at.minute:02d}")


def span(incident: Incident) -> str:
    """From when to when, to the hour: the end on the same day gives only its time."""
    start = moment(incident.starts_at)
    if not incident.ends_at:
        return f"{start}起"
    end = datetime.fromisoformat(incident.ends_at)
    if end.date() == datetime.fromisoformat(incident.starts_at).date():
        return f"{start}至{end.hour}:{end.minute:02d}"
    return f"{start}至{moment(incident.ends_at)}"


def _what_when(incident: Incident) -> str:
    what = WHAT[incident.kind] or incident.title
    cause = f"因{incident.cause.rstrip('。')}，" if incident.cause else ""
    if incident.planned:
        return f"{cause}{incident.place()}将于{span(incident)}{what}。"
    why = incident.cause.rstrip("。") if incident.cause else "原因正在排查"
    with_whom = f"并联系{incident.organisation}" if incident.organisation else ""
    expected = f"，预计{moment(incident.ends_at)}恢复" if incident.ends_at else ""
    return (f"{moment(incident.starts_at)}起，{incident.place()}{what}，{why}。"
            f"本中心已安排人员处理{with_whom}{expected}。")


def _help(phone: str) -> str:
    ask = "给您带来的不便，敬请谅解。如有疑问或需要帮助（行动不便的住户可请我们上门协助）"
    return ask + (f"，请致电物业服务中心 {phone}。" if phone else "，请与物业服务中心联系。")


def notice(incident: Incident, place: str, *, phone: str = "") -> Letter:
    """The notice for one entrance (`3栋2单元`) or the bulletin board (''): the time set
    large."""
    body = [_what_when(incident)]
    if incident.advice:
        body += [f"请各位业主、住户：{line}" if n == 0 else line
                 for n, line in enumerate(split_paragraphs(incident.advice))]
    body.append(_help(phone))
    return Letter(title=title(incident),
                  addressee=f"尊敬的{place}业主、住户：" if place else "尊敬的各位业主、住户：",
                  paragraphs=tuple(body), closing="特此通知", number=incident.number,
                  poster=True, emphasis=(0,), dated=clock.today())


def large_print_notice(incident: Incident, room: str, *, phone: str = "") -> Letter:
    """For an elderly household's door: the same notice, shorter, in large print."""
    what = WHAT[incident.kind] or incident.title
    when = span(incident) if incident.planned else (
        f"{moment(incident.starts_at)}起" + (f"，预计{moment(incident.ends_at)}恢复"
                                            if incident.ends_at else ""))
    body = [f"{incident.place()}{when}{what}。"]
    if incident.advice:
        body.append(split_paragraphs(incident.advice)[0])
    body.append(f"需要帮忙请打电话：{phone}。" if phone else "需要帮忙请找物业服务中心。")
    return Letter(title=title(incident), addressee=f"{room} 住户：", paragraphs=tuple(body),
                  closing="特此通知", number=incident.number, reference=room,
                  large_print=True, dated=clock.today())


def call_list(incident: Incident, households: list[Household]) -> Letter:
    """The households to tell, those who may need help first, for the staff making the calls
    and knocking on doors (phones masked: the full number is in the register)."""
    rows = tuple((str(n), h.room, "、".join(h.tags), h.name, mask_phone(h.phone),
                  blank_lines(1), "") for n, h in enumerate(households, start=1))
    helped = sum(h.needs_help for h in households)
    return Letter(
        title=f"{incident.title} 住户告知名单",
        paragraphs=(f"{incident.number}，{span(incident)}，影响 {incident.place()} 共 "
                    f"{len(households)} 户，其中老人、残疾人等需要帮助的 {helped} 户排在前面，"
                    f"请逐户电话或上门告知，并在“告知情况”一栏记下结果。",),
        table=AmountTable(("序号", "房号", "标签", "联系人", "电话", "告知情况", "经办人"), rows,
                          ("center", "left", "left", "left", "left", "left", "left"),
                          (0.07, 0.12, 0.14, 0.13, 0.16, 0.26, 0.12)),
        number=incident.number, signed=False, dated=clock.today())


def situation_report(incident: Incident, *, complaints: int = 0) -> Letter:
    """情况说明 once it is over: for the bulletin board and the owners' committee."""
    ended = moment(incident.ended_at) if incident.ended_at else ""
    told = f"其间共接到住户来电和投诉报修 {complaints} 件，均已记录并逐件回复。" \
        if complaints else ""
    return Letter(
        title=f"关于{incident.title}的情况说明",
        addressee="各位业主、住户，业主委员会：",
        paragraphs=(
            f"{moment(incident.starts_at)}至{ended}，{incident.place()}"
            f"{WHAT[incident.kind] or '发生' + incident.title}。现将有关情况说明如下：",
            "一、事情经过", *split_paragraphs(incident.happened),
            "二、处理情况", *split_paragraphs(incident.done), *([told] if told else []),
            "三、防范措施", *split_paragraphs(incident.prevention),
            "给大家带来的不便，我们深表歉意，感谢各位业主、住户的理解和配合。"
            "如有意见和建议，欢迎向物业服务中心反映。"),
        closing="特此说明", number=incident.number, dated=clock.today())
