"""Regenerate the document renderings in docs/images/ (needs poppler-utils' pdftoppm).

    python docs/document_images.py

Renders each document type with sample content — a notice, its large-print variant, a
certificate carrying a sample seal image, a receipt on A4 and on 241×140 mm paper, a payment
notice, the fee publication and the daily takings — and turns page 1 into a PNG at 60 dpi.
"""

from __future__ import annotations

import hashlib
import io
import math
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from pmdesk.core.money.cases import Action, Case
from pmdesk.core.money.demands import Demand, DemandLine, Letter
from pmdesk.core.money.dossier import Dossier
from pmdesk.core.money.fees import FeeItem, HouseholdBill, NoticeLine
from pmdesk.core.money.instalments import Instalment, Plan
from pmdesk.core.money.payments import LedgerBill, Receipt, ReceiptLine
from pmdesk.core.money.reports import DailyTakings, DayReceipt
from pmdesk.core.service.complaints import Item, Step
from pmdesk.core.service.events import Event, Signup
from pmdesk.core.settings import Profile
from pmdesk.documents import collecting, complaints, events, fees, letters
from pmdesk.documents.layout import A4, RECEIPT
from pmdesk.documents.pdf import Rendered, render
from pmdesk.paths import resource

IMAGES = Path(__file__).resolve().parent / "images"
DAY = date(2026, 11, 27)
NOTICE = ("因小区二次供水设施年度清洗消毒，定于2026年12月3日（星期四）8:00至16:00暂停供水，"
          "涉及1栋至6栋全部住户。请各位业主、住户提前做好储水准备；停水期间请关闭家中水龙头，"
          "以免恢复供水时跑水。\n\n恢复供水后如水质浑浊，请先放水一至两分钟。如有疑问，请致电服务中心"
          "0571-88886666，或到服务中心前台咨询。给您带来的不便，敬请谅解！")
CERTIFICATE = ("兹证明王伟系本小区3栋2单元501室业主。2026年11月20日14时许，其停放于地下车库B1层"
               "A-136车位的浙A·12345号小型轿车被上方脱落的消防管道支架砸中，造成前挡风玻璃及"
               "引擎盖受损。经查看监控录像，情况属实。")


def sample_seal(text: str) -> bytes:
    """A red round seal marked 样章 (a sample, not an office's real seal)."""
    size = 400
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    red = (200, 20, 30, 215)
    draw.ellipse((8, 8, size - 8, size - 8), outline=red, width=14)
    font = ImageFont.truetype(str(resource("fonts", "wqy-microhei.ttc")), 44, index=0)
    for i, char in enumerate(text):  # the name along the upper arc
        angle = math.radians(210 + i * 120 / max(len(text) - 1, 1))
        x, y = size / 2 + 140 * math.cos(angle), size / 2 + 140 * math.sin(angle)
        glyph = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((30, 30), char, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.BICUBIC)
        image.alpha_composite(glyph, (int(x - 30), int(y - 30)))
    star = [(size / 2 + r * math.cos(math.radians(-90 + k * 36)),
             size / 2 + r * math.sin(math.radians(-90 + k * 36)))
            for k, r in zip(range(10), [60, 24] * 5, strict=True)]
    draw.polygon(star, fill=red)
    draw.text((size / 2, size * 0.76), "样章", font=font, fill=red, anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def sample_qr() -> bytes:
    """Something that looks like a payment QR code (its finder squares and a pattern), marked
    样例: not a code anyone can pay to."""
    modules, cell = 29, 10
    image = Image.new("RGB", (modules * cell, modules * cell), "white")
    draw = ImageDraw.Draw(image)
    for row in range(modules):
        for column in range(modules):
            if (row * 7 + column * 13 + row * column) % 5 < 2:
                draw.rectangle((column * cell, row * cell, (column + 1) * cell - 1,
                                (row + 1) * cell - 1), fill="black")
    for x, y in ((0, 0), (modules - 7, 0), (0, modules - 7)):
        draw.rectangle((x * cell, y * cell, (x + 7) * cell - 1, (y + 7) * cell - 1),
                       fill="white")
        for inset, colour in ((0, "black"), (1, "white"), (2, "black")):
            draw.rectangle(((x + inset) * cell, (y + inset) * cell, (x + 7 - inset) * cell - 1,
                            (y + 7 - inset) * cell - 1), fill=colour)
    font = ImageFont.truetype(str(resource("fonts", "wqy-microhei.ttc")), 40, index=0)
    middle = modules * cell / 2
    draw.rectangle((middle - 50, middle - 28, middle + 50, middle + 28), fill="white")
    draw.text((middle, middle), "样例", font=font, fill="black", anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def fee_samples() -> tuple[Receipt, HouseholdBill, list[FeeItem], DailyTakings]:
    lines = tuple(line for month in range(202601, 202607) for line in (
        ReceiptLine(month, "物业服务费", "area", 8950, 23500, 21033),
        ReceiptLine(month, "垃圾清运费", "fixed", 1, 1000, 1000)))
    receipt = Receipt(1, "2026-000318", 1, "3-2-501", 8950, "张三&李四", "cash", 140000, 140000,
                      DAY.isoformat(), "前台-王丽", lines, 7802, None, "")
    notice = HouseholdBill(1, "3-2-501", "张三&李四", 202612, (
        NoticeLine("物业服务费", "area", 8950, 23500, 21033, 10000),
        NoticeLine("垃圾清运费", "fixed", 1, 1000, 1000, 0),
        NoticeLine("车位管理费", "parking", 1, 6000, 6000, 0)), 66099, 0)
    items = [FeeItem(1, "物业服务费", "area", 23500, ("residential",), 190001, None,
                     "《前期物业服务合同》第十二条", "government"),
             FeeItem(2, "商铺物业服务费", "area", 45000, ("shop",), 190001, None,
                     "《前期物业服务合同》第十二条"),
             FeeItem(3, "垃圾清运费", "fixed", 1000, ("residential", "shop"), 190001, None,
                     "市生活垃圾处理收费标准"),
             FeeItem(4, "车位管理费", "parking", 6000, ("residential",), 202601, None,
                     "《车位管理服务协议》", "market")]
    day = [DayReceipt(f"2026-{number:06d}", room, payer, method, fen, DAY.isoformat(), "前台-王丽",
                      voided, reason)
           for number, room, payer, method, fen, voided, reason in (
               (318, "3-2-501", "张三&李四", "cash", 140000, None, None),
               (319, "5-1-1202", "欧阳晓东", "wechat", 66099, None, None),
               (320, "12-101", "阿依古丽·买买提", "alipay", 29200, DAY.isoformat(), "收错户"),
               (321, "12-102", "阿依古丽·买买提", "alipay", 29200, None, None),
               (322, "8-101", "翠湖王家便利店", "bank", 54000, None, None))]
    takings = DailyTakings(DAY, day, [day[2]], {"cash": 140000, "wechat": 66099,
                                                "alipay": 29200, "bank": 54000},
                           (1287, hashlib.sha256(b"sample").hexdigest()),
                           {"物业服务费": 200000, "垃圾清运费": 6000, "车位管理费": 12000,
                            "预存物业费": 71299})
    return receipt, notice, items, takings


def collection_samples(items: list[FeeItem]) -> tuple[Demand, list[Demand], Plan, Dossier]:
    lines = tuple(line for month in range(202601, 202607) for line in (
        DemandLine(month, "物业服务费", 21033), DemandLine(month, "垃圾清运费", 1000)))
    demand = Demand(1, "3-2-501", "张三&李四", lines, DAY, date(2026, 12, 12))
    batch = [demand, *(Demand(i, room, owner, lines[:4], DAY, date(2026, 12, 12))
                       for i, (room, owner) in enumerate((
                           ("3-2-803", "欧阳晓东"), ("5-1-1202", "阿依古丽·买买提"),
                           ("8-101", "翠湖王家便利店"), ("12-302", "李䶮")), start=2))]
    plan = Plan(1, 1, "2026-11-27", 132198, "每月20日前到服务中心缴纳", tuple(
        Instalment(seq, f"{due}-20", amount, 0) for seq, (due, amount) in enumerate(
            (("2026-12", 22033), ("2027-01", 22033), ("2027-02", 22033), ("2027-03", 22033),
             ("2027-04", 22033), ("2027-05", 22033)), start=1)))
    dossier = Dossier(
        1, "3-2-501", 8950, "residential", "2019-05-01", (("张三&李四", "13800138000"),),
        tuple(items[:1] + items[2:3]),
        tuple(LedgerBill(index, line.period, line.item, line.owed, 0, 0)
              for index, line in enumerate(lines)),
        (Letter(1, 1, "3-2-501", "first", "2026-10-08", "2026-10-23", 110165, "2026-10-09",
                "registered"),),
        ((1, "registered", "2026-10-09", "EMS1122334455CN"),),
        (Action(1, 1, "visit", "2026-09-20", "前台-王丽", "上门沟通，业主称暂无意愿缴费", "拒绝",
                "书面催缴", None),
         Action(2, 1, "letter", "2026-10-08", "前台-王丽", "催缴通知书：5个月，1101.65元", "",
                "", "2026-10-23")),
        (), Case(1, "refusal", "lawyer", "", "", None, "2026-09-20"), DAY)
    return demand, batch, plan, dossier


def complaint_samples() -> tuple[Item, list[Step], list[Item]]:
    tree = Item(1, "TS2026-00318", "complaint", "visit", 1, "5-1-101", "王秀英", "13812345678",
                False, 2, "5-1-301", "", "greening", "normal",
                "丈夫病重卧床，窗外大树遮挡阳光，室内阴暗，恳请将大树外移，让病人晒到太阳。",
                "closed", "2026-11-20T09:15", None, "绿化班", "third_party", None, 5,
                "2026-11-21T15:00")
    steps = [Step(1, "receive", "2026-11-20T09:15", "前台-王丽", tree.description, {}, None),
             Step(2, "assign", "2026-11-20T09:40", "前台-王丽", "", {"assignee": "绿化班"},
                  None),
             Step(3, "investigate", "2026-11-20T11:00", "绿化班", "窗前大树遮挡一楼采光；"
                  "树前地面开阔，外移三米不影响大树生长；三楼业户反对移树", {}, None),
             Step(4, "handle", "2026-11-21T15:00", "绿化班", "大树外移三米；经五楼业主从中协调，"
                  "三楼业户不再要求移回", {"prevention": "涉及邻里的施工，先分别上门征求意见"},
                  None)]
    repair = Item(2, "BX2026-00522", "repair", "phone", 3, "3-2-501", "", "", False, None, "",
                  "", "facility", "urgent", "卫生间顶部水管漏水，水流到楼下", "assigned",
                  "2026-11-27T08:05", "2026-11-27T08:35", "维修班 张师傅", None, None, None,
                  None)
    lift = Item(3, "BX2026-00523", "repair", "phone", None, "", "快递员", "", False, None, "",
                "5栋电梯", "facility", "urgent", "电梯困人", "handled", "2026-11-27T09:12",
                "2026-11-29T10:00", "电梯维保单位", None, 0, None, "2026-11-27T09:40")
    return tree, steps, [repair, lift]


def event_samples() -> tuple[Event, list[Signup]]:
    party = Event(1, "重阳节敬老茶话会", "festival", "2026-10-29T14:30", "2026-10-29T16:30",
                  "社区活动室（3栋一楼）", "翠湖苑物业服务中心", ("翠湖社区居委会", "志愿者"),
                  "elderly", (), 50, 120000, None, "2026-10-27T17:00",
                  "重阳佳节，物业服务中心邀请小区的老年朋友喝茶、聊天、看节目。\n\n"
                  "现场有社区医生免费测量血压、血糖，志愿者为行动不便的老人提供上门接送。",
                  "published", "", None, 38, 4, 0)
    people = [Signup(i, 1, i, room, owner, n, phone, note, "confirmed", "2026-10-20T09:00",
                     None, False)
              for i, (room, owner, n, phone, note) in enumerate((
                  ("1-1-302", "王秀英", 2, "13867245678", "需要接送"),
                  ("1-2-1101", "欧阳晓东", 1, "13957182201", ""),
                  ("3-1-602", "阿依古丽·买买提", 2, "0571-86676677", ""),
                  ("5-2-101", "李建国", 1, "13656789012", "轮椅"),
                  ("12-101", "张三&李四", 2, "13705713344", "")), start=1)]
    return party, people


def sample_documents() -> dict[str, Rendered]:
    """Every kind of document, printed from the samples above."""
    office = Profile("翠湖苑", "翠湖苑物业服务中心", "杭州市西湖区翠湖路88号", "0571-88886666",
                    "0571-88886677")
    sealed = Profile(**{**office.__dict__, "seal_png": sample_seal("翠湖苑物业服务中心")})
    documents = {
        "notice": render([letters.notice(title="停水通知", body=NOTICE, dated=DAY)], office),
        "notice-large-print": render([letters.notice(title="停水通知", body=NOTICE, dated=DAY,
                                                     large_print=True)], office),
        "certificate": render([letters.certificate(
            body=CERTIFICATE, addressee="中国人民财产保险股份有限公司杭州分公司：",
            dated=DAY)], sealed),
    }
    receipt, notice, items, takings = fee_samples()
    documents.update({
        "receipt-a4": fees.render_receipt(receipt, office, A4),
        "receipt-241x140": fees.render_receipt(receipt, office, RECEIPT, reprint=True),
        "payment-notice": fees.render_payment_notices([notice], Profile(**{
            **office.__dict__, "office_hours": "每天 8:30—17:30",
            "bank_name": "中国工商银行杭州翠湖支行", "account_name": "翠湖苑物业服务中心",
            "account_no": "1202 0210 0900 1234 567", "pay_qr_png": sample_qr()})),
        "fee-publication": render([fees.price_publication(
            items, dated=DAY, complaint_phone=office.complaint_phone, service_level="二级")],
            office),
        "daily-takings": render([fees.daily_report(takings)], office),
    })
    demand, batch, plan, dossier = collection_samples(items)
    documents.update({
        "demand-letter": render([collecting.demand_letter(
            demand, phone=office.phone, number=collecting.letter_number(12, DAY))], office),
        "delivery-sheet": render([collecting.delivery_sheet(
            batch, dated=DAY, numbers=[collecting.letter_number(12 + i, DAY)
                                       for i in range(len(batch))])], office),
        "arrears-notice": render([collecting.arrears_notice(
            [("1", 12, 1893254, []), ("2", 9, 1023417, []), ("3", 15, 2760990, []),
             ("12", 4, 311280, [])], as_of=DAY, households=2000)], office),
        "instalment-agreement": render([collecting.instalment_agreement(
            plan, room="3-2-501", owner="张三&李四", office=office)], office),
        "dossier": collecting.render_dossier(dossier, office, signer="王丽"),
    })
    tree, steps, today = complaint_samples()
    documents.update({
        "work-order": render([complaints.work_order(today[0], owner="张三&李四")], office),
        "result-notice": render([complaints.result_notice(tree, steps)], office),
        "facts-certificate": render([complaints.facts_certificate(
            tree, steps, addressee="中国人民财产保险股份有限公司杭州分公司：", person="王秀英")],
            sealed),
        "daily-register": render([complaints.daily_register(DAY, today, today)], office),
    })
    party, people = event_samples()
    documents.update({
        "event-poster": render([events.poster(party, phone=office.phone)], office),
        "event-poster-large-print": render([events.poster(party, phone=office.phone,
                                                          large_print=True)], office),
        "signup-sheet": render([events.signup_sheet(party, people)], office),
        "signin-sheet": render([events.signin_sheet(party, people)], office),
    })
    return documents


def main() -> None:
    documents = sample_documents()
    with tempfile.TemporaryDirectory() as scratch:
        for name, rendered in documents.items():
            pdf = Path(scratch) / f"{name}.pdf"
            pdf.write_bytes(rendered.pdf)
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(IMAGES / name)], check=True)
            print(IMAGES / f"{name}.png")


if __name__ == "__main__":
    main()
