"""装修管理's documents: the 装修许可证 posted on the household's door (what is done, by whom, until
when, at what hours, the workers' passes, whom the neighbours may call), the 装修公告 for its
stairwell (which never names the owner), the 装修押金退还单 (held, kept for damage and why,
given back, in figures and in words) and the day's 装修垃圾清运单 for the cleaning team (phones
masked: it passes from hand to hand)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from pmdesk import labels
from pmdesk.core import clock
from pmdesk.core.masking import mask_phone
from pmdesk.core.money.amounts import money_text
from pmdesk.documents.amount_words import fen_in_words
from pmdesk.documents.events import WEEKDAYS
from pmdesk.documents.pdf import AmountTable, Letter, blank_lines, chinese_date

if TYPE_CHECKING:  # the records it prints; documents never load the database code
    from pmdesk.core.money.deposits import Refund
    from pmdesk.core.service.renovations import (
        Booking,
        Renovation,
        RenovationSettings,
        Worker,
    )

QUIET_WEEKENDS = "周六、周日及法定节假日不得进行电钻、切割、敲打等噪音作业。"
RUBBISH = "装修垃圾须袋装，由物业统一清运，严禁堆放在楼道、电梯厅。"
BOX = "□"
_SPAN = re.compile(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})")


def hours_text(work_hours: str) -> str:
    """`08:00-12:00,14:00-18:00` (as the settings keep it) → `8:00—12:00、14:00—18:00`."""
    found = [f"{int(h1)}:{m1}—{int(h2)}:{m2}"
             for h1, m1, h2, m2 in _SPAN.findall(work_hours or "")]
    return "、".join(found)


def _hours(rules: RenovationSettings) -> str:
    text = hours_text(rules.work_hours)
    return f"每日 {text}" if text else ""


def _day(iso: str) -> str:
    return chinese_date(date.fromisoformat(iso))


def period(r: Renovation) -> str:
    """`2026年11月26日至2027年1月20日`."""
    return f"{_day(r.start_on)}至{_day(r.end_on)}"


def stairwell(room: str) -> str:
    """`5-1-402` → `5栋1单元`; `12-101` → `12栋`; a code without a building → ''."""
    parts = [part for part in room.split("-") if part]
    if len(parts) >= 3:
        return f"{parts[0]}栋{parts[1]}单元"
    if len(parts) == 2:
        return f"{parts[0]}栋"
    return ""


def permit(r: Renovation, workers: list[Worker], rules: RenovationSettings, phone: str, *,
           compact: bool = False) -> Letter:
    """装修许可证 for the household's door, on one page (those whose pass was handed back are left
    out); `compact` sets the workers two to a row, for a long list with a long description of
    the works. The foreman's phone is printed whole — it is his work phone, for the neighbours
    to call; the owner's is not printed at all, and the workers' ID numbers only masked."""
    foreman = "　".join(part for part in (r.foreman, r.foreman_phone) if part) or "—"
    hours = _hours(rules)
    body = [f"房号：{r.room}",
            f"业主/申请人：{r.applicant}",
            f"装修公司：{r.company or '业主自行装修'}",
            f"施工负责人：{foreman}",
            f"装修内容：{r.scope}",
            f"装修期限：{period(r)}",
            f"允许施工时间：{hours}" if hours else "",
            QUIET_WEEKENDS if rules.quiet_weekends else "",
            RUBBISH]
    on_site = [w for w in workers if not w.returned_on]
    body.append(f"施工人员凭物业核发的出入证进出小区，共 {len(on_site)} 人：" if on_site
                else "施工人员凭物业核发的出入证进出小区。")
    after = [f"如发现违规施工，请致电物业服务中心：{phone}。" if phone
             else "如发现违规施工，请与物业服务中心联系。"]
    if r.decided_by:
        when = f"（{_day(r.decided_at[:10])}）" if r.decided_at else ""
        after.append(f"批准人：{r.decided_by}{when}")
    body = [text for text in body if text]
    return Letter(title="装修许可证", paragraphs=(*body, *after),
                  table=_workers(on_site, compact) if on_site else None,
                  table_after=len(body), number=r.number, reference=r.room,
                  emphasis=(0,), closing="请张贴于户门外，完工验收前不得撕毁。",
                  keep_table=True, dated=clock.today())


def _workers(on_site: list[Worker], compact: bool) -> AmountTable:
    if not compact:
        return AmountTable(("出入证号", "姓名", "工种", "身份证号"),
                           tuple((w.pass_no, w.name, w.trade or "—", w.id_masked or "—")
                                 for w in on_site),
                           ("left", "left", "left", "left"), (0.27, 0.18, 0.17, 0.38))
    cells = [(w.pass_no, w.name, w.id_masked or "—")
             for w in on_site]
    half = (len(cells) + 1) // 2  # down the left half, then the right
    rows = tuple(left + (cells[half + n] if half + n < len(cells) else ("", "", ""))
                 for n, left in enumerate(cells[:half]))
    return AmountTable(("出入证号", "姓名", "身份证号") * 2, rows, ("left",) * 6,
                       (0.16, 0.14, 0.2) * 2)


def stairwell_notice(r: Renovation, rules: RenovationSettings, phone: str) -> Letter:
    """装修公告 for the household's stairwell: the room, the dates, the hours; never the owner."""
    place = stairwell(r.room)
    hours = _hours(rules)
    body = [f"{r.room}室将于{period(r)}进行装修。"]
    if hours:
        body.append(f"允许施工时间：{hours}。")
    if rules.quiet_weekends:
        body.append(QUIET_WEEKENDS)
    body += [RUBBISH, "装修期间给您带来不便，敬请谅解。",
             f"如发现违规施工或楼道堆放垃圾，请致电物业服务中心：{phone}。" if phone
             else "如发现违规施工或楼道堆放垃圾，请与物业服务中心联系。"]
    return Letter(title="装修公告",
                  addressee=f"尊敬的{place}各位业主、住户：" if place else "尊敬的各位业主、住户：",
                  paragraphs=tuple(body), closing="特此公告", number=r.number, poster=True,
                  emphasis=(0,), dated=clock.today())


def refund_voucher(refund: Refund, r: Renovation) -> Letter:
    """装修押金退还单: what was held, what was kept for damage and why, what goes back (in
    figures and in words) and how; lines for the clerk's and the owner's signatures."""
    kept = f"{money_text(refund.deducted)}（{refund.reason}）" if refund.deducted \
        else f"{money_text(0)}（无）"
    rows = (("装修登记号", r.number),
            ("房号", r.room),
            ("业主/申请人", r.applicant),
            ("原收押金", money_text(refund.held)),
            ("扣款", kept),
            ("实退金额", money_text(refund.refunded)),
            ("实退金额（大写）", f"人民币{fen_in_words(refund.refunded)}"),
            ("退款方式", labels.name(labels.METHODS, refund.method)),
            *((("扣款审批人", refund.approved_by),) if refund.approved_by else ()))
    return Letter(
        title="装修押金退还单",
        paragraphs=(f"{r.room}室装修已于{_day(r.closed_on)}验收合格，现退还装修押金如下："
                    if r.closed_on else "现退还装修押金如下：",
                    f"经办人：{refund.created_by}　　签字：＿＿＿＿＿＿＿＿",
                    "业主签收：＿＿＿＿＿＿＿＿＿＿＿＿",
                    "签收日期：＿＿＿＿年＿＿月＿＿日"),
        table=AmountTable(("项目", "内容"), rows, ("left", "left"), (0.25, 0.75)),
        table_after=1, number=refund.number, reference=r.room, keep_table=True,
        dated=date.fromisoformat(refund.on_date))


def clearance_list(day: date, bookings: list[Booking]) -> Letter:
    """The day's 装修垃圾清运单 for the cleaning team, in the order given (slot by slot); the
    foremen's phones masked; a box to tick and a space to sign on each line."""
    title = f"装修垃圾清运单　{chinese_date(day)}（星期{WEEKDAYS[day.weekday()]}）"
    if not bookings:
        return Letter(title=title, paragraphs=("当日没有预约的装修垃圾清运。",), signed=False,
                      dated=clock.today())
    bags = sum(b.bags for b in bookings)
    rows = tuple((b.slot.replace("-", "—"), b.room + (f"\n{b.note}" if b.note else ""),
                  b.number, str(b.bags) if b.bags else "", mask_phone(b.foreman_phone) or "—",
                  f"{BOX}已清运　{BOX}未清运", blank_lines(2)) for b in bookings)
    return Letter(
        title=title,
        paragraphs=(f"共 {len(bookings)} 户" + (f"，约 {bags} 袋" if bags else "")
                    + "。请按时段到户门口收取袋装装修垃圾，避开电梯高峰；清运后勾选，"
                      "并请施工负责人或业主签字。",),
        table=AmountTable(("时段", "房号", "登记号", "袋数", "施工负责人电话", "清运情况（勾选）",
                           "签字"), rows,
                          ("center", "left", "left", "center", "left", "left", "left"),
                          (0.13, 0.12, 0.14, 0.06, 0.16, 0.24, 0.15)),
        signed=False, dated=clock.today())
