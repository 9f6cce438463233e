"""Fee documents: the receipt (收据), the monthly payment notice (缴费通知单) and the price
publication (收费公示, 明码标价).

The receipt follows docs domain.md §2: estate and office, receipt number, payer, room, date,
one line per fee item and run of months (项目, 期间, 单价×数量, 金额), the total in figures and in
words (人民币…), the method, the clerk and the two signature lines. It prints on A4 or on
241×140 mm continuous paper. A reprint says 补打; a voided receipt says 作废 and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from pmdesk import labels
from pmdesk.core import clock
from pmdesk.core.money.amounts import money_text, period_text, rate_text
from pmdesk.core.safety.chain import check_code
from pmdesk.documents import fonts, layout
from pmdesk.documents.amount_words import fen_in_words
from pmdesk.documents.layout import A4, RECEIPT, PageSpec
from pmdesk.documents.pdf import (
    AmountTable,
    Letter,
    Rendered,
    chinese_date,
    para,
    render,
    render_stories,
)
from pmdesk.labels import name

if TYPE_CHECKING:  # the records it prints; documents never load the database code
    from pmdesk.core.money.fees import HouseholdBill
    from pmdesk.core.money.payments import Receipt
    from pmdesk.core.settings import Profile

BASIS_NAMES = {"area": "按建筑面积", "fixed": "按户", "parking": "按车位"}
PAYMENT_DAYS_NOTE = "请于{due}前到物业服务中心缴纳，可用现金、微信、支付宝、银行转账或刷卡。"
QR_CAPTION = "扫码缴费\n请在备注中写明房号"
NOTICE_DAYS = 15  # the fee setting's default: days to pay after the notice is printed


def quantity_text(basis: str, quantity: int, rate: int) -> str:
    """`2.35元/㎡×89.50㎡`, `10.00元/户`, `60.00元/个×2个`; a bill carried over from the old
    ledger: `期初结转`."""
    if basis == "opening":
        return "期初结转"
    if basis == "area":
        return f"{rate_text(rate)}元/㎡×{Decimal(quantity) / 100:.2f}㎡"
    if basis == "parking":
        return f"{money_text(rate)[1:]}元/个×{quantity}个"
    return f"{money_text(rate)[1:]}元/户"


def month_range(first: int, last: int) -> str:
    if first == last:
        return period_text(first)
    return f"{period_text(first)}至{period_text(last)}"


MAIN_ITEM = "物业服务费"  # first on every receipt; the other items in the order they were made


@dataclass(frozen=True)
class _Run:
    item: str
    basis: str
    first: int
    last: int
    quantity: int
    rate: int
    amount: int
    months: int
    part: bool  # one month paid in part
    order: tuple


def _runs(lines) -> list[_Run]:
    """Consecutive months of one item at one rate and quantity, each paid in full, become one
    receipt line; a month paid in part stands alone and says so."""
    runs: list[_Run] = []
    for line in sorted(lines, key=lambda line: (line.item_id, line.item, line.period)):
        last = runs[-1] if runs else None
        part = line.due is not None and line.amount < line.due
        if (last and not part and not last.part and last.item == line.item
                and last.rate == line.rate and last.quantity == line.quantity
                and _next(last.last) == line.period):
            runs[-1] = _Run(last.item, last.basis, last.first, line.period, last.quantity,
                            last.rate, last.amount + line.amount, last.months + 1, False,
                            last.order)
        else:
            runs.append(_Run(line.item, line.basis, line.period, line.period, line.quantity,
                             line.rate, line.amount, 1, part,
                             (line.item != MAIN_ITEM, line.item_id, line.item)))
    return sorted(runs, key=lambda run: (run.order, run.first))


class _Stamp(Flowable):
    """A large mark (作废) across the middle of the page, under the text that follows it."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def draw(self) -> None:
        canvas = self.canv
        x, y = canvas.absolutePosition(0, 0)
        width, height = canvas._pagesize
        size = min(width, height) * 0.22
        canvas.saveState()
        canvas.translate(width / 2 - x, height / 2 - y)
        canvas.rotate(18)
        canvas.setFillColor(colors.HexColor(layout.RULE_COLOR), alpha=0.28)
        canvas.setFont(fonts.chain().main(), size)
        canvas.drawCentredString(0, -size / 3, self.text)
        canvas.restoreState()


def _next(period: int) -> int:
    return period + 1 if period % 100 < 12 else (period // 100 + 1) * 100 + 1


def _receipt_styles(page: PageSpec) -> dict[str, ParagraphStyle]:
    small = page is RECEIPT
    size = 10 if small else 11
    main = fonts.chain().main()
    ink = colors.HexColor(layout.TEXT_COLOR)

    def style(name: str, font_size: float, **kw) -> ParagraphStyle:
        kw.setdefault("textColor", ink)
        kw.setdefault("leading", font_size * 1.35)
        kw.setdefault("fontName", main)
        return ParagraphStyle(name, fontSize=font_size, wordWrap="CJK", **kw)

    return {
        "office": style("r-office", size + 2, alignment=TA_CENTER),
        "title": style("r-title", 18 if small else 20, alignment=TA_CENTER,
                       leading=(18 if small else 20) * 1.2,
                       fontName=fonts.chain(fonts.SERIF_BOLD).main()),
        "text": style("r-text", size),
        "right": style("r-right", size, alignment=TA_RIGHT),
        "center": style("r-center", size, alignment=TA_CENTER),
        "mark": style("r-mark", size + 2, alignment=TA_RIGHT,
                      textColor=colors.HexColor(layout.RULE_COLOR)),
        "left": style("r-left", size, alignment=TA_LEFT),
    }


COPIES = {1: ("",), 3: ("第一联　存根", "第二联　收据（交款人收执）", "第三联　记账")}


def receipt_story(receipt: Receipt, office: Profile, page: PageSpec = A4, *,
                  reprint: bool = False, copy: str = "") -> list[Flowable]:
    """The flowables of one receipt (one `copy` of it: 存根, 收据 or 记账)."""
    st = _receipt_styles(page)
    width = page.frame_width
    marks = []
    if receipt.voided:
        marks.append("作废")
    if reprint:
        marks.append("补打")
    paid_on = date.fromisoformat(receipt.paid_on)
    head = Table([[para("　".join([copy, *marks] if copy else marks),
                        st["mark"] if marks else st["left"]),
                   para("收　据", st["title"]),
                   para(f"NO. {receipt.receipt_no}", st["right"])]],
                 colWidths=[width * 0.3, width * 0.4, width * 0.3])
    head.setStyle(_plain())
    facts = Table([[para(f"交款人：{receipt.payer}", st["left"]),
                    para(f"房号：{receipt.room}", st["center"]),
                    para(f"日期：{chinese_date(paid_on)}", st["right"])]],
                  colWidths=[width * 0.4, width * 0.25, width * 0.35])
    facts.setStyle(_plain())
    rows = [[para(text, st["center"]) for text in ("收费项目", "期间", "单价×数量", "金额（元）")]]
    for run in _runs(receipt.lines):
        period = month_range(run.first, run.last)
        if run.months > 1:
            period += f"（{run.months}个月）"
        if run.part:
            period += "（部分）"
        rows.append([para(run.item, st["left"]), para(period, st["center"]),
                     para(quantity_text(run.basis, run.quantity, run.rate)
                          + (f"×{run.months}月" if run.months > 1 else ""), st["center"]),
                     para(money_text(run.amount)[1:], st["right"])])
    for extra in receipt.extras:
        rows.append([para(extra.item, st["left"]), para(extra.detail, st["center"]),
                     para("", st["center"]), para(money_text(extra.amount)[1:], st["right"])])
    if receipt.to_credit:
        rows.append([para("预存物业费", st["left"]), para("", st["center"]),
                     para("用于以后各月账单", st["center"]),
                     para(money_text(receipt.to_credit)[1:], st["right"])])
    rows.append([para(f"合计（大写）：人民币{fen_in_words(receipt.amount)}", st["left"]), "", "",
                 para(money_text(receipt.amount), st["right"])])
    method = f"付款方式：{name(labels.METHODS, receipt.method)}"
    if receipt.tendered is not None:
        method += (f"（实收 {money_text(receipt.tendered)}，"
                   f"找零 {money_text(receipt.tendered - receipt.amount)}）")
    ending: list[Flowable] = [Spacer(1, 4), para(method + (f"　备注：{receipt.note}"
                                                         if receipt.note else ""), st["left"])]
    if receipt.voided:
        ending.append(para(f"本收据已于{chinese_date(date.fromisoformat(receipt.voided[0]))}作废，"
                           f"原因：{receipt.voided[1]}", st["mark"]))
    signatures = Table([[para(f"收款单位（盖章）：{office.office_name}", st["left"]),
                         para(f"经办人：{receipt.clerk}", st["center"]),
                         para("客户确认：＿＿＿＿＿＿", st["right"])]],
                       colWidths=[width * 0.45, width * 0.25, width * 0.3])
    signatures.setStyle(_plain())
    ending += [Spacer(1, 10), signatures]
    rows.append([ending, "", "", ""])  # the foot of the receipt, kept with its last lines
    table = Table(rows, colWidths=[width * f for f in (0.2, 0.36, 0.26, 0.18)], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.chain().main()),
        ("GRID", (0, 0), (-1, -2), 0.6, colors.HexColor("#555555")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("SPAN", (0, -2), (2, -2)),
        ("SPAN", (0, -1), (-1, -1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, -1), (-1, -1), 0),
        ("RIGHTPADDING", (0, -1), (-1, -1), 0),
        ("NOSPLIT", (0, max(1, len(rows) - 4)), (-1, -1)),
    ]))
    story: list[Flowable] = [_Stamp("作　废")] if receipt.voided else []
    story += [
        para(office.office_name if office.estate_name in office.office_name
             else f"{office.estate_name}　{office.office_name}", st["office"]), head,
        Spacer(1, 4), facts, Spacer(1, 3), table,
    ]
    return story


def _plain() -> TableStyle:
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.chain().main()),  # no Helvetica
                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                       ("TOPPADDING", (0, 0), (-1, -1), 1),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])


def paper(name: str) -> PageSpec:
    """The fee setting's paper name → its page: 'receipt' is 241×140 mm, else A4."""
    return RECEIPT if name == "receipt" else A4


def render_receipt(data: Receipt, office: Profile, page: PageSpec = A4, *,
                   reprint: bool = False, copies: int = 1) -> Rendered:
    """The receipt, or its three copies (联) on plain paper, each on a page of its own."""
    return render_stories([receipt_story(data, office, page, reprint=reprint, copy=copy)
                           for copy in COPIES[copies]], office, page,
                          title=f"收据 {data.receipt_no}",
                          references=[f"收据 NO. {data.receipt_no} {data.room} {copy}".strip()
                                      for copy in COPIES[copies]])


# -- 缴费通知单 ------------------------------------------------------------------------------

NO_BREAK = "\u00a0"  # a space inside a number that a line never breaks at


def how_to_pay(office: Profile | None, room: str) -> list[str]:
    """Where, when and how to pay, from the office profile: the desk and its hours, the means,
    the bank account a line each (its number never broken) with the room to write down."""
    if office is None or not (office.office_hours or office.account_no or office.pay_qr_png):
        return []
    desk = "到物业服务中心前台缴纳" + (f"（{office.office_hours}）" if office.office_hours else "")
    lines = [f"缴费方式：{desk}，可用现金、微信、支付宝或刷卡"
             + ("；或扫描下方二维码缴纳。" if office.pay_qr_png else "。")]
    if office.account_no:
        lines += [f"银行转账：{office.bank_name}" if office.bank_name else "银行转账：",
                  *([f"户名：{office.account_name}"] if office.account_name else []),
                  f"账号：{office.account_no.replace(' ', NO_BREAK)}",
                  f"转账时请在附言中写明房号 {room}。"]
    return lines


def payment_notice(bill: HouseholdBill, *, dated: date | None = None,
                   days: int = NOTICE_DAYS, office: Profile | None = None) -> Letter:
    """One household's 缴费通知单 for a month: the month's bills, what of them is already paid
    (from credit too) or reduced, earlier months still unpaid, the credit left — and it asks
    only for what is still owed, by a day `days` after printing, saying how to pay."""
    dated = dated or clock.today()
    total = sum(line.amount for line in bill.lines)
    month = f"{bill.period // 100}年{bill.period % 100}月"
    rows = [(line.item, quantity_text(line.basis, line.quantity, line.rate),
             money_text(line.amount)[1:], money_text(line.settled)[1:] if line.settled else "",
             money_text(line.owed)[1:]) for line in bill.lines]
    rows.append(("本月合计", "", money_text(total)[1:],
                 money_text(total - bill.owed)[1:] if total - bill.owed else "",
                 money_text(bill.owed)[1:]))
    paragraphs = [f"您名下的房屋（{bill.room}）{month}的物业服务费用如下表（单位：元）："]
    if bill.earlier_owed:
        paragraphs.append(f"截至本通知日，此前各月尚有{money_text(bill.earlier_owed)}未缴。")
    if bill.credit:
        paragraphs.append(f"您的预存余额{money_text(bill.credit)}，已从应缴金额中扣除。")
    how = how_to_pay(office, bill.room)
    if bill.to_pay:
        due = chinese_date(dated + timedelta(days))
        paragraphs.append(f"合计应缴{money_text(bill.to_pay)}（人民币{fen_in_words(bill.to_pay)}）。"
                          + (f"请于{due}前缴纳。" if how else PAYMENT_DAYS_NOTE.format(due=due)))
        paragraphs += how
    else:
        paragraphs.append("以上费用已全部缴清，无须再缴。")
    paragraphs.append("如您在收到本通知前已经缴纳，请忽略本通知。")
    return Letter(
        title="缴费通知单",
        reference=" ".join(part for part in (bill.room, bill.owner) if part),
        addressee=f"尊敬的{bill.owner}业主（{bill.room}）：" if bill.owner
        else f"尊敬的{bill.room}业主：",
        paragraphs=tuple(paragraphs),
        table=AmountTable(("收费项目", "单价×数量", "应收", "已缴/减免", "尚欠"), tuple(rows),
                          ("left", "center", "right", "right", "right"),
                          (0.24, 0.3, 0.15, 0.16, 0.15)),
        table_after=1,
        closing="感谢您对物业服务工作的支持！",
        dated=dated,
        pay_qr_png=office.pay_qr_png if office and bill.to_pay else None,
        qr_caption=QR_CAPTION,
    )


def render_payment_notices(bills: list[HouseholdBill], office: Profile, *,
                           days: int = NOTICE_DAYS) -> Rendered:
    return render([payment_notice(bill, days=days, office=office) for bill in bills], office,
                  title=f"缴费通知单 {period_text(bills[0].period)}" if bills else "缴费通知单")


# -- 收费公示 --------------------------------------------------------------------------------

def price_publication(items, *, dated: date | None = None, complaint_phone: str = "",
                      service_level: str = "") -> Letter:
    """明码标价: every fee item in force, its standard, basis, price form (政府指导价 or
    市场调节价), 收费依据 and start, and the office's service grade."""
    rows = []
    for item in items:
        if item.basis == "area":
            standard = f"{rate_text(item.rate)}元/㎡/月"
        elif item.basis == "parking":
            standard = f"{money_text(item.rate)[1:]}元/个/月"
        else:
            standard = f"{money_text(item.rate)[1:]}元/户/月"
        kinds = ("全部" if set(item.unit_kinds) == set(labels.KINDS)
                 else "、".join(name(labels.KINDS, kind) for kind in item.unit_kinds))
        start = "" if item.start_period <= 190001 else period_text(item.start_period)
        rows.append((item.name, standard, BASIS_NAMES[item.basis], kinds,
                     name(labels.PRICE_FORMS, item.price_form) if item.price_form else "—",
                     item.legal_basis or "物业服务合同", start or "—"))
    phones = "12345（政务服务便民热线）、12315（价格举报）"
    if complaint_phone:
        phones = f"{complaint_phone}（本服务中心）、{phones}"
    return Letter(
        title="收费公示",
        addressee="尊敬的各位业主、住户：",
        paragraphs=(
            "根据《物业管理条例》和价格主管部门关于物业服务收费明码标价的规定，现将本小区物业服务"
            "收费项目及标准公示如下。物业服务费按月计收，自房屋交付的次月起计费。"
            + (f"本小区物业服务等级：{service_level}。" if service_level else ""),
            f"如对收费有疑问，请到物业服务中心咨询；也可拨打{phones}反映。",
        ),
        table=AmountTable(("收费项目", "收费标准", "计费方式", "适用房屋", "价格形式", "收费依据",
                           "起始月份"), tuple(rows),
                          ("left", "right", "center", "center", "center", "left", "center"),
                          (0.13, 0.16, 0.12, 0.12, 0.13, 0.22, 0.12)),
        table_after=1,
        closing="特此公示。",
        dated=dated or clock.today(),
        landscape=True,
    )


# -- 收费日报 --------------------------------------------------------------------------------

def daily_report(takings) -> Letter:
    """The day's takings for the cash handover (日清): every receipt, voids marked, totals by
    method, the total in words, and lines for the clerk and the cashier to sign."""
    earlier = [v for v in takings.voids if v.paid_on != takings.day.isoformat()]
    rows = []
    for item in [*takings.receipts, *earlier]:
        status = "作废" if item.voided_on else "有效"
        rows.append((item.receipt_no, item.room, item.payer,
                     name(labels.METHODS, item.method), money_text(item.amount)[1:],
                     status))
    methods = "；".join(f"{name} {money_text(takings.by_method[code])}"
                       for code, name in labels.METHODS.items() if code in takings.by_method)
    items = "；".join(f"{item} {money_text(fen)}" for item, fen in takings.by_item.items())
    total = takings.total
    words = f"人民币{fen_in_words(total)}" if total > 0 else "无"
    valid = [item.amount for item in takings.receipts if not item.voided_on]
    if rows:
        rows.append(("合计", "", f"有效收据 {len(valid)} 张", "", money_text(sum(valid))[1:], ""))
    count, last = takings.chain
    check = (f"操作日志校验码（截至当日第 {count} 条）：{check_code(last).replace(' ', NO_BREAK)}。"
             "事后有人改动收款记录，软件里这一天的校验码就会与本页不符。" if count
             else "操作日志至当日尚无记录。")
    held = (f"其中装修押金 {money_text(takings.deposits)} 为代业主暂收的款项，验收后退还，"
            "不计入收入。" if takings.deposits else "")
    refunded = sum(refund.amount for refund in takings.refunds)
    paid_back = (f"当日退还装修押金 {len(takings.refunds)} 笔 {money_text(refunded)}（"
                 + "、".join(f"{r.number} {r.room} {name(labels.METHODS, r.method)}"
                            for r in takings.refunds) + "），已从应交款中扣除。"
                 if takings.refunds else "")
    return Letter(
        title="收费日报",
        paragraphs=(
            f"日期：{chinese_date(takings.day)}。当日开具收据 {len(takings.receipts)} 张，"
            f"当日作废 {len(takings.voids)} 张。",
            f"按付款方式：{methods or '无'}。",
            f"按收费项目：{items or '无'}。{held}",
            *((paid_back,) if paid_back else ()),
            f"应交款合计 {money_text(total)}（{words}）。",
            check,
        ),
        table=AmountTable(("收据号", "房号", "交款人", "方式", "金额（元）", "状态"),
                          tuple(rows) or (("", "", "当日无收据", "", "", ""),),
                          ("left", "left", "left", "center", "right", "center"),
                          (0.19, 0.13, 0.25, 0.15, 0.16, 0.12)),
        closing="交款人（收费员）：＿＿＿＿＿＿　　收款人（出纳）：＿＿＿＿＿＿",
        dated=takings.day,
    )
