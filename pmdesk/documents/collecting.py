"""Collection documents: the 催缴通知书 (first and final), the delivery sheet to take door to
door, and the 物业费收缴情况公示 for the bulletin board.

The law draws the lines (docs domain.md §3): a letter may remind, itemise, set a reasonable
deadline, cite the contract and say the office will go to law; it never threatens cutting water,
power, gas, heating, the lift or parking (`THREATS` lists the words a test keeps out of every
template). A posted notice shows totals by building, never a name or a room.
"""

from __future__ import annotations

from datetime import date

from pmdesk.core.collecting import Demand
from pmdesk.core.money import money_text, period_text
from pmdesk.core.settings import Profile
from pmdesk.documents.amount_words import fen_in_words
from pmdesk.documents.pdf import AmountTable, Letter, Rendered, chinese_date, render

# Words no collection template may contain: what the office must never threaten to stop.
THREATS = ("停水", "断水", "停电", "断电", "停气", "断气", "停暖", "停止供暖", "断暖", "停梯",
           "停用电梯", "限制电梯", "门禁", "禁止进入", "限制出入", "禁止停车", "不得停车",
           "锁车", "停止服务")
CONTRACT = "《物业服务合同》"
TITLES = {"first": "催缴通知书", "final": "催缴通知书（再次通知）"}


def demand_letter(demand: Demand, *, kind: str = "first", contract: str = CONTRACT,
                  phone: str = "") -> Letter:
    """One household's 催缴通知书: every unpaid month and item, the total in figures and words,
    the deadline, how to pay, the contract it rests on, and an open door for hardship."""
    as_of, deadline = chinese_date(demand.as_of), chinese_date(demand.deadline)
    total = demand.total
    contact = f"（电话 {phone}）" if phone else ""
    paragraphs = [
        f"根据您签订的{contract}及《物业管理条例》，业主应按约定按时交纳物业服务费用。"
        f"截至{as_of}，您名下的房屋 {demand.room} 尚有 {demand.months} 个月的费用未缴，"
        f"合计{money_text(total)}（人民币{fen_in_words(total)}），明细如下（单位：元）：",
        f"请您于{deadline}前到物业服务中心前台缴纳，也可通过微信、支付宝或银行转账缴纳。"
        f"如对费用有疑问，或家庭一时确有困难，请与物业服务中心联系{contact}，"
        "我们愿意当面沟通，可按规定申请减免或分期缴纳。",
    ]
    if kind == "final":
        paragraphs.append("此前本中心已就上述欠费与您联系。如您逾期仍未缴纳，本中心将依照"
                          "合同约定和有关法律规定，通过法律途径主张权利。")
    paragraphs.append("如您在收到本通知前已经缴纳，请忽略本通知。"
                      "感谢您对物业服务工作的理解与支持！")
    items = list(dict.fromkeys(line.item for line in demand.lines))
    months: dict[int, dict[str, int]] = {}
    for line in demand.lines:
        months.setdefault(line.period, {})[line.item] = line.owed
    rows = tuple((period_text(period), *(_fen(owed.get(item)) for item in items),
                  money_text(sum(owed.values()))[1:]) for period, owed in months.items())
    rows += (("合计", *(_fen(sum(line.owed for line in demand.lines if line.item == item))
                        for item in items), money_text(total)[1:]),)
    share = 0.64 / (len(items) + 1)
    return Letter(
        title=TITLES[kind],
        addressee=f"尊敬的{demand.owner}业主（{demand.room}）：" if demand.owner
        else f"尊敬的{demand.room}业主：",
        paragraphs=tuple(paragraphs),
        table=AmountTable(("月份", *items, "小计（元）"), rows,
                          ("center", *["right"] * (len(items) + 1)),
                          (0.36, *[share] * (len(items) + 1))),
        table_after=1,
        closing="特此通知。",
        dated=demand.as_of,
    )


def _fen(fen: int | None) -> str:
    return money_text(fen)[1:] if fen else ""


def delivery_sheet(demands: list[Demand], *, kind: str = "first",
                   dated: date | None = None) -> Letter:
    """送达签收单: one row per letter, in the batch's room order, with columns to fill in at the
    door (how it was delivered, the date, the signature)."""
    rows = tuple((str(index), demand.room, demand.owner, money_text(demand.total)[1:], "", "", "")
                 for index, demand in enumerate(demands, start=1))
    return Letter(
        title=f"{TITLES[kind]}送达签收单",
        paragraphs=(f"本批共 {len(demands)} 份，{chinese_date(dated or date.today())}印制。送达方式"
                    "填写：当面签收、张贴（附照片）、挂号信/EMS（填单号）、短信/微信。",),
        table=AmountTable(("序号", "房号", "业主", "欠费（元）", "送达方式", "送达日期",
                           "签收人签名"), rows,
                          ("center", "left", "left", "right", "center", "center", "left"),
                          (0.08, 0.13, 0.17, 0.13, 0.15, 0.14, 0.20)),
        dated=dated or date.today(),
    )


def arrears_notice(by_building: list[tuple[str, int, int, list[int]]], *, as_of: date,
                   households: int) -> Letter:
    """物业费收缴情况公示: totals by building only — never a name or a room (个人信息保护法)."""
    rows = tuple((f"{building}栋", str(count), money_text(owed)[1:])
                 for building, count, owed, _ in by_building)
    total_count = sum(count for _, count, _, _ in by_building)
    total = sum(owed for _, _, owed, _ in by_building)
    rows += (("合计", str(total_count), money_text(total)[1:]),)
    return Letter(
        title="物业费收缴情况公示",
        addressee="尊敬的各位业主、住户：",
        paragraphs=(
            f"截至{chinese_date(as_of)}，本小区共 {households} 户，其中 {total_count} 户尚有"
            "物业服务费未缴。各楼栋情况汇总如下（不涉及任何个人信息）。",
            "物业服务费是小区保洁、绿化、秩序维护和设施设备运行的保障。感谢按时缴费的业主对物业"
            "服务工作的支持；尚未缴费的业主，请及时到物业服务中心缴纳，如有困难或疑问欢迎来访沟通。",
        ),
        table=AmountTable(("楼栋", "欠费户数", "欠费金额（元）"), rows,
                          ("center", "right", "right"), (0.3, 0.3, 0.4)),
        closing="特此公示。",
        dated=as_of,
    )


def template_texts(letter: Letter) -> list[str]:
    """The office's own wording of a letter (title, paragraphs, closing), for the check that
    no template threatens anything."""
    return [letter.title, letter.addressee, letter.closing, *letter.paragraphs]


def render_batch(demands: list[Demand], office: Profile, *, kind: str = "first"
                 ) -> tuple[Rendered, Rendered]:
    """The letters of a batch in one PDF (room order) and its delivery sheet."""
    letters = render([demand_letter(d, kind=kind, phone=office.phone) for d in demands],
                     office, title=TITLES[kind])
    sheet = render([delivery_sheet(demands, kind=kind)], office, title="送达签收单")
    return letters, sheet


def record_batch(demands: list[Demand], letters: Rendered, sheet: Rendered, *,
                 kind: str = "first") -> int:
    """Archive a batch that was written out and record each letter as sent; returns the
    archive number of the letters."""
    from pmdesk.core.archive import record_document
    from pmdesk.core.collecting import record_letters
    from pmdesk.core.db import db

    subject = f"{TITLES[kind]} {len(demands)} 户"
    with db.atomic():
        number = record_document(kind="demand_letter", subject=subject, pdf=letters.pdf,
                                 pages=letters.pages)
        record_document(kind="delivery_sheet", subject=f"{subject} 送达签收单", pdf=sheet.pdf,
                        pages=sheet.pages)
        record_letters(demands, kind=kind, document_id=number)
    return number
