"""Collection documents: the 催缴通知书 (first and final), the delivery sheet to take door to
door, and the 物业费收缴情况公示 for the bulletin board.

The law draws the lines (docs domain.md §3): a letter may remind, itemise, set a reasonable
deadline, cite the contract and say the office will go to law; it never threatens cutting water,
power, gas, heating, the lift or parking (`THREATS` lists the words a test keeps out of every
template). A posted notice shows totals by building, never a name or a room.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.platypus import KeepTogether, Spacer

from pmdesk import labels
from pmdesk.core import clock
from pmdesk.core.money.amounts import money_text, period_text
from pmdesk.documents.amount_words import fen_in_words
from pmdesk.documents.fees import BASIS_NAMES, MAIN_ITEM, quantity_text
from pmdesk.documents.layout import A4, NORMAL
from pmdesk.documents.pdf import (
    AmountTable,
    Letter,
    Rendered,
    Signature,
    amount_table,
    blank_lines,
    chinese_date,
    letterhead,
    para,
    render,
    render_stories,
    styles,
)
from pmdesk.labels import name

if TYPE_CHECKING:  # the records it prints; documents never load the database code
    from pmdesk.core.money.demands import Demand
    from pmdesk.core.money.dossier import Dossier
    from pmdesk.core.money.instalments import Plan
    from pmdesk.core.settings import Profile

# Words no collection template may contain: what the office must never threaten to stop.
THREATS = ("停水", "断水", "停电", "断电", "停气", "断气", "停暖", "停止供暖", "断暖", "停梯",
           "停用电梯", "限制电梯", "门禁", "禁止进入", "限制出入", "禁止停车", "不得停车",
           "锁车", "停止服务")
CONTRACT = "《物业服务合同》"
TITLES = {"first": "催缴通知书", "final": "催缴通知书（再次通知）"}
OLD_MARK = "※"  # a month that fell due more than three years before the letter


def letter_number(letter_id: int, issued: date) -> str:
    """What a demand letter is known by, on the letter, its slip and the delivery sheet."""
    return f"催缴〔{issued.year}〕{letter_id:04d}号"


def _delivery_slip(demand: Demand, kind: str, number: str) -> tuple[str, ...]:
    """送达回执: cut off at the door and kept by the office as the proof of delivery."""
    blank = "＿" * 6
    return ("送达回执",
            f"文书：{TITLES[kind]}　　编号：{number or blank}　　房号：{demand.room}",
            f"受送达人（签名）：{blank}　　签收日期：{'＿' * 3}年{'＿' * 2}月{'＿' * 2}日",
            f"送达人：{blank}　　见证人（留置送达时）：{blank}　　送达方式：{blank}")


def demand_letter(demand: Demand, *, kind: str = "first", contract: str = CONTRACT,
                  phone: str = "", number: str = "") -> Letter:
    """One household's 催缴通知书: every unpaid month and item (those older than three years
    marked), the total in figures and words, the deadline, how to pay, the contract it rests
    on, an open door for hardship — and a 送达回执 to cut off at the door."""
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
        before = "此前本中心已就上述欠费与您联系。"
        if demand.earlier:
            letter_id, issued_on, delivered_on = demand.earlier
            first = letter_number(letter_id, date.fromisoformat(issued_on))
            before = (f"本中心已于{chinese_date(date.fromisoformat(delivered_on))}向您送达"
                      f"《催缴通知书》（{first}），至今未见缴纳。")
        paragraphs.append(f"{before}如您逾期仍未缴纳，本中心将依照合同约定和有关法律规定，"
                          "通过法律途径主张权利。")
    paragraphs.append("如您在收到本通知前已经缴纳，请忽略本通知。"
                      "感谢您对物业服务工作的理解与支持！")
    items = sorted(dict.fromkeys(line.item for line in demand.lines),
                   key=lambda item: item != MAIN_ITEM)  # 物业服务费 first, the rest in order
    months: dict[int, dict[str, int]] = {}
    for line in demand.lines:
        months.setdefault(line.period, {})[line.item] = line.owed
    old = demand.over_limit
    rows = tuple((period_text(period) + (OLD_MARK if period in old else ""),
                  *(_fen(owed.get(item)) for item in items),
                  money_text(sum(owed.values()))[1:]) for period, owed in months.items())
    rows += (("合计", *(_fen(sum(line.owed for line in demand.lines if line.item == item))
                        for item in items), money_text(total)[1:]),)
    if old:
        paragraphs.insert(1, f"表中标{OLD_MARK}的月份，其费用到期已超过三年。")
    share = 0.64 / (len(items) + 1)
    return Letter(
        title=TITLES[kind],
        number=number,
        reference=" ".join(part for part in (demand.room, demand.owner) if part),
        addressee=f"尊敬的{demand.owner}业主（{demand.room}）：" if demand.owner
        else f"尊敬的{demand.room}业主：",
        paragraphs=tuple(paragraphs),
        table=AmountTable(("月份", *items, "小计（元）"), rows,
                          ("center", *["right"] * (len(items) + 1)),
                          (0.36, *[share] * (len(items) + 1))),
        table_after=1,
        closing="特此通知。",
        dated=demand.as_of,
        tear_off=_delivery_slip(demand, kind, number),
    )


def _fen(fen: int | None) -> str:
    return money_text(fen)[1:] if fen else ""


def delivery_sheet(demands: list[Demand], *, kind: str = "first", dated: date | None = None,
                   numbers: list[str] | None = None) -> Letter:
    """送达签收单: one row per letter, in the batch's room order, with columns to fill in at the
    door. Every household on the round signs it, so it shows no name, no amount and no seal:
    the room, the letter's number, and the lines for the signature, the date, the deliverer
    and a witness (for a letter left at the door, 留置送达)."""
    numbers = numbers or [""] * len(demands)
    rows = tuple((str(index), demand.room, number, "", "", blank_lines(2), "", "")
                 for index, (demand, number) in enumerate(zip(demands, numbers, strict=True),
                                                          start=1))
    return Letter(
        title=f"{TITLES[kind]}送达签收单",
        paragraphs=(f"本批共 {len(demands)} 份，{chinese_date(dated or clock.today())}印制。"
                    "送达方式填写：当面签收、留置送达（见证人签名，附照片）、挂号信/EMS（填单号）。",),
        table=AmountTable(("序号", "房号", "通知书编号", "送达方式", "送达日期", "签收人签名",
                           "送达人", "见证人"), rows,
                          ("center", "left", "left", "center", "center", "left", "left", "left"),
                          (0.06, 0.11, 0.19, 0.12, 0.12, 0.16, 0.12, 0.12)),
        dated=dated or clock.today(),
        signed=False,
        landscape=True,
        reference=f"{TITLES[kind]}送达签收单（{chinese_date(dated or clock.today())}印制，"
                  f"共 {len(demands)} 份）",
    )


FEWEST_SHOWN = 3  # a building with fewer households in arrears is not shown on its own


def arrears_notice(by_building: list[tuple[str, int, int, list[int]]], *, as_of: date,
                   households: int) -> Letter:
    """物业费收缴情况公示: totals by building only — never a name or a room (个人信息保护法);
    buildings where one or two households owe are added together, so that no one can work
    out a neighbour's debt."""
    shown = [(building, count, owed) for building, count, owed, _ in by_building
             if count >= FEWEST_SHOWN]
    few = [(building, count, owed) for building, count, owed, _ in by_building
           if count < FEWEST_SHOWN]
    rows = tuple((f"{building}栋", str(count), money_text(owed)[1:])
                 for building, count, owed in shown)
    if few:
        rows += ((f"其他 {len(few)} 栋（合计）", str(sum(c for _, c, _ in few)),
                  money_text(sum(o for _, _, o in few))[1:]),)
    total_count = sum(count for _, count, _, _ in by_building)
    total = sum(owed for _, _, owed, _ in by_building)
    rows += (("合计", str(total_count), money_text(total)[1:]),)
    return Letter(
        title="物业费收缴情况公示",
        addressee="尊敬的各位业主、住户：",
        paragraphs=(
            f"截至{chinese_date(as_of)}，本小区共 {households} 户，其中 {total_count} 户尚有"
            "物业服务费用未缴。各楼栋情况汇总如下（不涉及任何个人信息；欠费户不足三户的楼栋"
            "合并列出）。",
            "物业服务费是小区保洁、绿化、秩序维护和设施设备运行的保障。感谢按时缴费的业主对物业"
            "服务工作的支持；尚未缴费的业主，请及时到物业服务中心缴纳，如有困难或疑问欢迎来访沟通。",
        ),
        table=AmountTable(("楼栋", "欠费户数", "欠费金额（元）"), rows,
                          ("center", "right", "right"), (0.3, 0.3, 0.4)),
        table_after=1,
        closing="特此公示。",
        dated=as_of,
    )


def template_texts(letter: Letter) -> list[str]:
    """The office's own wording of a letter (title, paragraphs, closing), for the check that
    no template threatens anything."""
    return [letter.title, letter.addressee, letter.closing, *letter.paragraphs]


def render_batch(demands: list[Demand], office: Profile, *, kind: str = "first",
                 first_number: int | None = None) -> tuple[Rendered, Rendered]:
    """The letters of a batch in one PDF (room order) and its delivery sheet; numbered from
    `first_number` when given."""
    numbers = [letter_number(first_number + i, d.as_of) if first_number is not None else ""
               for i, d in enumerate(demands)]
    letters = render([demand_letter(d, kind=kind, phone=office.phone, number=number)
                      for d, number in zip(demands, numbers, strict=True)],
                     office, title=TITLES[kind])
    sheet = render([delivery_sheet(demands, kind=kind, numbers=numbers)], office,
                   title="送达签收单")
    return letters, sheet


# -- 分期缴纳协议 --------------------------------------------------------------------------------

def instalment_agreement(plan: Plan, *, room: str, owner: str, office: Profile,
                         phone: str = "", id_number: str = "") -> Letter:
    """The agreement both sides sign: 甲方 and 乙方 each in their own block, the total, each
    instalment's date and amount, and one block where both sign and date."""
    rows = tuple((f"第{i.seq}期", chinese_date(date.fromisoformat(i.due_date)),
                  money_text(i.amount)[1:]) for i in plan.instalments)
    rows += (("合计", "", money_text(plan.total)[1:]),)
    parties = tuple(part for part in (
        f"甲方（物业服务人）：{office.office_name}",
        f"地址：{office.address}" if office.address else "",
        f"电话：{office.phone}" if office.phone else "",
        f"乙方（业主）：{owner or '＿' * 6}",
        f"身份证号：{id_number}" if id_number else "",  # masked: the clerk's copy travels
        f"房屋：{office.estate_name} {room}",
        f"电话：{phone or '＿' * 6}") if part)  # a line each, so the blocks align
    blank = "＿＿＿＿年＿＿月＿＿日"
    return Letter(
        title="物业服务费分期缴纳协议",
        paragraphs=(
            *parties,
            f"乙方截至{chinese_date(date.fromisoformat(plan.agreed_on))}尚欠物业服务费用"
            f"{money_text(plan.total)}（人民币{fen_in_words(plan.total)}）。经双方协商，乙方分 "
            f"{len(plan.instalments)} 期缴纳，各期日期和金额如下：",
            "乙方按期缴纳的，甲方不再另行催缴已列入本协议的费用；乙方可提前缴纳。"
            "如乙方某期未能按时缴纳，双方应及时沟通；协商不成的，甲方可就未缴部分依法主张权利。"
            "本协议一式两份，双方各执一份，自双方签字（盖章）之日起生效。",
            *((f"备注：{plan.note}",) if plan.note else ()),
            f"甲方（盖章）：＿＿＿＿＿＿＿＿　　日期：{blank}",
        ),
        table=AmountTable(("期数", "缴款日期", "金额（元）"), rows, ("center", "center", "right"),
                          (0.25, 0.4, 0.35)),
        table_after=len(parties) + 1,
        closing=f"乙方（签字）：＿＿＿＿＿＿＿＿　　日期：{blank}",
        dated=date.fromisoformat(plan.agreed_on),
        signed=False,
        reference=f"{room} {owner}".strip(),
    )


# -- 委托律师材料 ---------------------------------------------------------------------------------

def _day(iso: str | None) -> str:
    """`2026-11-30` as `2026年11月30日`; empty stays empty."""
    return chinese_date(date.fromisoformat(iso[:10])) if iso else ""


def dossier_story(d: Dossier, office: Profile, *, signer: str = "") -> list:
    """The dossier for the law firm: facts, fee basis, the ledger month by month, every
    demand with its proof of delivery, the action log and any instalment agreement, ending
    with the office's seal, the date and who compiled it (`signer`: the person signed in).
    It is the office's material for the firm, not a 律师函 (only a law firm may issue one)."""
    style = styles(NORMAL)
    width = A4.frame_width
    story = letterhead(office, NORMAL, width)
    story.append(para("委托律师材料（物业服务费欠费）", style["title"]))
    pending = ""  # a section heading, kept with its table's first rows

    def section(title: str) -> None:
        nonlocal pending
        pending = title

    def table(header, rows, align, widths) -> None:
        nonlocal pending
        story.append(Spacer(1, 6))
        story.append(amount_table(AmountTable(header, tuple(rows) or (("无",) + ("",) *
                                              (len(header) - 1),), align, widths), NORMAL, width,
                                  heading=pending))
        pending = ""

    owners = "；".join(f"{name}（{phone}）" if phone else name for name, phone in d.owners)
    words = fen_in_words(d.owed) if d.owed else "零元整"
    story.append(Spacer(1, 6))
    story.append(para("一、基本情况", style["heading"]))
    handed = _day(d.handover_date) or "不详"
    story.append(para(f"房屋：{d.room}，{name(labels.KINDS, d.kind)}，建筑面积 "
                      f"{Decimal(d.area) / 100:.2f} 平方米，交房日期{handed}。"
                      f"业主：{owners or '未登记'}。截至{chinese_date(d.as_of)}，欠费合计"
                      f"{money_text(d.owed)}（人民币{words}）"
                      + (f"；另有本月账单 {money_text(d.current)} 尚未到期，未计入" if d.current
                         else "") + "。", style["body"]))
    section("二、收费依据")
    table(("收费项目", "计费方式", "标准", "依据"),
          [(item.name, "期初结转", "原系统结转的欠费", item.legal_basis) if item.carried_over
           else (item.name, BASIS_NAMES[item.basis],
                 quantity_text(item.basis, 10_000 if item.basis == "area" else 1, item.rate)
                 .split("×")[0], item.legal_basis or "物业服务合同") for item in d.fee_items],
          ("left", "center", "right", "left"), (0.22, 0.2, 0.2, 0.38))
    section("三、欠费明细（按月）")
    owing = d.overdue_bills
    rows = [(period_text(b.period), b.item, money_text(b.amount)[1:], money_text(b.paid)[1:],
             money_text(b.reduced)[1:], money_text(b.owed)[1:]) for b in owing]
    if owing:
        rows.append(("合计", "", *(money_text(sum(getattr(b, field) for b in owing))[1:]
                                   for field in ("amount", "paid", "reduced", "owed"))))
    table(("月份", "收费项目", "应收", "已缴", "减免", "欠费"), rows,
          ("center", "left", "right", "right", "right", "right"),
          (0.14, 0.26, 0.15, 0.15, 0.15, 0.15))
    section("四、书面催缴及送达")
    delivered = {letter_id: (method, day, no) for letter_id, method, day, no in d.deliveries}
    table(("通知书编号", "发出日期", "欠费", "送达方式", "送达日期", "单号"),
          [(f"{letter_number(letter.id, date.fromisoformat(letter.issued_on))}"
            f"{'' if letter.kind == 'first' else '（再次）'}", _day(letter.issued_on),
            money_text(letter.owed)[1:],
            name(labels.DELIVERIES, delivered.get(letter.id, ("",))[0]) or "未记录送达",
            _day(delivered.get(letter.id, ("", "", ""))[1]),
            delivered.get(letter.id, ("", "", ""))[2])
           for letter in d.letters],
          ("left", "center", "right", "center", "center", "left"),
          (0.22, 0.16, 0.12, 0.14, 0.16, 0.2))
    section("五、沟通记录")
    table(("日期", "方式", "经办人", "内容与结果"),
          [(_day(a.on_date), name(labels.ACTIONS, a.kind), a.done_by,
            "；".join(filter(None, (a.said, a.outcome)))) for a in d.actions],
          ("center", "center", "left", "left"), (0.18, 0.12, 0.14, 0.56))
    if d.plans:
        section("六、分期协议")
        table(("签订日期", "期数", "缴款日期", "金额", "已缴"),
              [(_day(plan.agreed_on), f"第{i.seq}期", _day(i.due_date),
                money_text(i.amount)[1:], money_text(i.paid)[1:])
               for plan in d.plans for i in plan.instalments],
              ("center", "center", "center", "right", "right"), (0.22, 0.12, 0.22, 0.22, 0.22))
    story.append(Spacer(1, 10))
    closing = [para("本材料由物业服务中心根据系统记录整理，供受委托的律师事务所参考；"
                    "所附书面催缴的送达凭证（签收单、照片、邮件单号）另附。", style["body"]),
               para(f"经办人：{signer or '＿' * 6}", style["signature"]),
               Spacer(1, NORMAL.signature_gap / 2), Signature(office, clock.today(),
                                                                style["signature"])]
    story.append(KeepTogether(closing))
    return story


def render_dossier(d: Dossier, office: Profile, *, signer: str = "") -> Rendered:
    return render_stories([dossier_story(d, office, signer=signer)], office,
                          title=f"委托律师材料 {d.room}", references=[f"委托律师材料 {d.room}"])
