"""Complaint documents: the 报修派工单 for the technician, the 投诉处理结果告知书 for the
complainant, the 证明 of recorded facts, and the 每日登记表 for the supervisor's evening review.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from pmdesk import labels
from pmdesk.core import clock
from pmdesk.core.masking import mask_phone
from pmdesk.documents import letters
from pmdesk.documents.pdf import AmountTable, Letter, blank_lines, chinese_date
from pmdesk.labels import name

if TYPE_CHECKING:  # the records it prints; documents never load the database code
    from pmdesk.core.service.complaints import Item, Step

def _when(stamp: str | None) -> str:
    return stamp.replace("T", " ") if stamp else ""


def _where(item: Item) -> str:
    return "，".join(part for part in (item.room, item.location) if part) or "—"


def _who(item: Item, *, name_: str = "", full_phone: bool = False) -> str:
    if item.anonymous:
        return "匿名"
    phone = item.contact_phone if full_phone else mask_phone(item.contact_phone)
    return "　".join(part for part in (name_ or item.contact_name, phone) if part) or "—"


# Who was found responsible, in words a resident reads without a second look.
RESPONSIBILITY_WORDS = {"office": "本服务中心", "owner": "业主本人",
                        "other_party": "相邻业户或其他住户", "third_party": "相关第三方单位",
                        "force_majeure": "不可抗力（如恶劣天气、自然灾害）"}


def _sentence(text: str) -> str:
    """Text that ends with exactly one 。 (whatever the clerk typed at its end)."""
    return text.rstrip(" \u3000。；，、;,.") + "。"


def _joined(texts: list[str]) -> str:
    """Several steps' texts as one sentence: `a；b。`, never `a。；b。。`."""
    return _sentence("；".join(_sentence(text)[:-1] for text in texts))


def work_order(item: Item, *, owner: str = "", full_phone: bool = False) -> Letter:
    """报修派工单: what, where, how urgent, by when — and lines for the technician to fill in.
    The resident's phone shows its last four digits unless the office chooses otherwise."""
    rows = (("工单编号", item.number), ("受理时间", _when(item.received_at)),
            ("地点", _where(item)), ("报修人", _who(item, name_=owner, full_phone=full_phone)),
            ("类别", name(labels.CATEGORIES, item.category)),
            ("紧急程度", name(labels.URGENCIES, item.urgency)),
            ("完成期限", _when(item.deadline)), ("承办人", item.assignee or "—"),
            ("报修内容", item.description), ("到场时间", blank_lines(1)),
            ("处理情况", blank_lines(3)), ("所用材料", blank_lines(2)),
            ("有偿/无偿及费用", blank_lines(1)), ("维修人签字", blank_lines(2)),
            ("业主确认签字", blank_lines(2)))
    return Letter(title="报修派工单", paragraphs=(),
                  table=AmountTable(("项目", "内容"), rows, ("left", "left"), (0.24, 0.76)),
                  dated=date.fromisoformat(item.received_at[:10]))


def result_notice(item: Item, steps: list[Step], *, complainant: str = "") -> Letter:
    """投诉处理结果告知书: what was raised, what was found, what was done and will be done so it
    does not happen again, and how to object (12345)."""
    received = date.fromisoformat(item.received_at[:10])
    findings = [s.text for s in steps if s.action == "investigate" and s.text]
    done = [s.text for s in steps if s.action == "handle" and s.text]
    prevention = [s.detail.get("prevention") for s in steps if s.detail.get("prevention")]
    paragraphs = [f"您于{chinese_date(received)}反映的问题（编号 {item.number}）："
                  + _sentence(item.description)]
    if findings:
        paragraphs.append("经调查核实：" + _joined(findings))
    if item.responsibility:
        paragraphs.append(f"经核实，责任在{RESPONSIBILITY_WORDS[item.responsibility]}。")
    if done:
        paragraphs.append("处理结果：" + _joined(done))
    if prevention:
        paragraphs.append("改进措施：" + _joined(prevention))
    paragraphs.append("如您对处理结果有异议，请在收到本告知书后十五日内向本服务中心提出，"
                      "我们将再次核实处理；您也可以拨打12345政务服务便民热线反映。")
    who = complainant or item.contact_name
    return Letter(title="投诉处理结果告知书",
                  addressee=f"尊敬的{who}：" if who else "尊敬的业主：",
                  paragraphs=tuple(paragraphs),
                  closing="特此告知。感谢您对物业服务工作的监督与支持！")


LOOKED = "经现场查看"


def facts_certificate(item: Item, steps: list[Step], *, addressee: str = "",
                      person: str = "") -> Letter:
    """证明 of what the office has on record about an item — facts only: when it was reported,
    by whom (`person`, the name on the register), about what, and what was found on the spot;
    not what the resident asked for. The clerk checks and edits it before it is printed."""
    received = datetime.fromisoformat(item.received_at)
    name_ = item.contact_name or person
    who = (f"{item.room}住户{name_}" if item.room and name_ else name_ or
           (f"{item.room}住户" if item.room else "住户"))
    if item.anonymous:
        who = "住户"
    where = "，".join(part for part in (item.other_room, item.location) if part)
    about = name(labels.CATEGORIES, item.category)
    happened = ""
    if item.occurred_at:  # 00:00 is "that day", its hour unknown
        at = datetime.fromisoformat(item.occurred_at)
        happened = f"{at.year}年{at.month}月{at.day}日" + (
            f"{at.hour}时{at.minute:02d}分许" if at.time() != time(0, 0) else "") + "发生的"
    facts = [f"{received.year}年{received.month}月{received.day}日{received.hour}时"
             f"{received.minute:02d}分，本服务中心接到{who}反映{happened}"
             f"{where + '的' if where else ''}{about}问题（登记编号 {item.number}）。"]
    for step in steps:
        if step.action == "investigate" and step.text:
            text = step.text.strip()
            lead = "" if text.startswith(LOOKED) else LOOKED + "，"
            facts.append(_sentence(lead + text))
    return letters.certificate(body="兹证明：" + "".join(facts), addressee=addressee)


REGISTER_TEXT = 60  # characters of a description on the daily register


def _cut(text: str, limit: int) -> str:
    """Text cut to `limit` characters ends with …, never silently."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def daily_register(day: date, received: list[Item], still_open: list[Item]) -> Letter:
    """每日登记表: what came in on the day and everything still open, for the evening review;
    overdue as of the day's end (or now, on the day itself)."""
    at = datetime.combine(day, time(23, 59)) if day < clock.today() else clock.now()
    now = at.isoformat(timespec="minutes")

    def row(c: Item) -> tuple[str, ...]:
        kind = f"{name(labels.COMPLAINT_KINDS, c.kind)}·{name(labels.CATEGORIES, c.category)}"
        state = (name(labels.COMPLAINT_STATUSES, c.status), c.assignee)
        return (c.number, kind, _where(c), _cut(c.description, REGISTER_TEXT),
                " ".join(part for part in state if part),
                ("超期 " if c.deadline and c.deadline < now else "") + _when(c.deadline)[5:])

    rows = tuple(row(c) for c in [*received, *[c for c in still_open if c not in received]])
    return Letter(
        title="投诉报修每日登记表",
        paragraphs=(f"{chinese_date(day)}：当日受理 {len(received)} 件，"
                    f"至今未办结 {len(still_open)} 件（含当日）。",),
        table=AmountTable(("编号", "类型·类别", "地点", "内容", "进度", "期限"),
                          rows or (("", "", "", "当日无登记", "", ""),),
                          ("left", "left", "left", "left", "left", "left"),
                          (0.15, 0.13, 0.13, 0.35, 0.12, 0.12)),
        closing="主管审阅：＿＿＿＿＿＿",
        dated=day,
        landscape=True,
    )
