"""The one-page letter for the PDF benchmarks, made by pmdesk's engine and by bare reportlab.

Both pages hold the same, in the bundled WenQuanYi Micro Hei (embedded subset): the office name,
its contacts line and a rule; a title; the addressee; a 300-character paragraph; a six-row
amounts table; the closing and the signature. pmdesk's engine adds what it always does: escaping
and fallback fonts for user text, the Chinese line-breaking rules, the seal area, page numbering
within each letter.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    HRFlowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from pmdesk.core.settings import Profile
from pmdesk.documents.pdf import AmountTable, Letter, render
from pmdesk.paths import resource

BODY = ("根据《物业管理条例》及双方签订的《物业服务合同》约定，业主应当按时足额交纳物业服务费用。"
        "经我中心核对，截至本通知发出之日，您名下房屋尚有下列费用未按期缴纳。为保障小区公共设施"
        "设备的正常运行、环境卫生的日常维护以及安全秩序的有效管理，恳请您在收到本通知之日起十五日"
        "内，前往物业服务中心收费窗口办理缴费手续，亦可通过微信或银行转账方式缴纳。如您对上述费用"
        "存有异议，请于工作时间内前来核对，我们将认真听取您的意见并及时予以答复。感谢您对物业管理"
        "工作的理解与支持！")[:300]
HEADER = ("收费项目", "账期", "欠缴金额（元）")
ROWS = tuple((item, "2025年07月-2025年12月", f"{(i + 1) * 123.45:,.2f}")
             for i, item in enumerate(("物业服务费", "公共能耗费", "电梯运行费", "垃圾清运费",
                                       "车位管理费")))
ROWS += (("合计", "", f"{sum((i + 1) * 123.45 for i in range(5)):,.2f}"),)
OFFICE = Profile("阳光花园", "阳光花园物业服务中心", "杭州市西湖区阳光路1号", "0571-88886666")


def addressee(number: int) -> str:
    return f"尊敬的{number % 30 + 1}-1-{number % 99 + 101}室业主："


def pmdesk_letter(number: int) -> Letter:
    return Letter(title="物业费催缴通知书", paragraphs=(BODY,), closing="特此通知。",
                  addressee=addressee(number),
                  table=AmountTable(HEADER, ROWS, ("left", "center", "right"), (0.3, 0.4, 0.3)),
                  dated=date(2026, 1, 15))


def pmdesk_pdf(count: int) -> bytes:
    return render([pmdesk_letter(i) for i in range(count)], OFFICE).pdf


def _bare_styles() -> dict[str, ParagraphStyle]:
    if "BareWqy" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BareWqy", str(resource("fonts", "wqy-microhei.ttc")),
                                       subfontIndex=0))
    return {
        "office": ParagraphStyle("o", fontName="BareWqy", fontSize=17, leading=27,
                                 alignment=TA_CENTER),
        "contacts": ParagraphStyle("k", fontName="BareWqy", fontSize=9, leading=14,
                                   alignment=TA_CENTER),
        "title": ParagraphStyle("t", fontName="BareWqy", fontSize=22, leading=28,
                                alignment=TA_CENTER, spaceAfter=10 * mm),
        "body": ParagraphStyle("b", fontName="BareWqy", fontSize=14, leading=22, wordWrap="CJK",
                               firstLineIndent=28),
        "cell": ParagraphStyle("c", fontName="BareWqy", fontSize=11, leading=15),
        "sign": ParagraphStyle("s", fontName="BareWqy", fontSize=14, leading=22,
                               alignment=TA_RIGHT),
    }


def bare_pdf(count: int, path: Path) -> None:
    styles = _bare_styles()
    story = []
    for number in range(count):
        if number:
            story.append(PageBreak())
        story += [Paragraph(OFFICE.office_name, styles["office"]),
                  Paragraph(f"地址：{OFFICE.address}　电话：{OFFICE.phone}", styles["contacts"]),
                  HRFlowable(width="100%", thickness=1.2, color="#b22222", spaceAfter=12),
                  Paragraph("物业费催缴通知书", styles["title"]),
                  Paragraph(addressee(number), styles["body"]),
                  Paragraph(BODY, styles["body"]), Spacer(1, 8),
                  Table([[Paragraph(c, styles["cell"]) for c in row] for row in (HEADER, *ROWS)]),
                  Paragraph("特此通知。", styles["body"]),
                  Spacer(1, 30), Paragraph(OFFICE.office_name, styles["sign"]),
                  Paragraph("2026年1月15日", styles["sign"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def measure(folder: Path, count: int) -> dict[str, float]:
    """Pages per second for one PDF of `count` letters and for `count` separate PDFs."""
    folder.mkdir(parents=True, exist_ok=True)
    pmdesk_pdf(1)
    bare_pdf(1, folder / "warm.pdf")
    result = {}
    started = time.perf_counter()
    (folder / "pmdesk-all.pdf").write_bytes(pmdesk_pdf(count))
    result["pmdesk one PDF"] = count / (time.perf_counter() - started)
    started = time.perf_counter()
    bare_pdf(count, folder / "bare-all.pdf")
    result["reportlab one PDF"] = count / (time.perf_counter() - started)
    started = time.perf_counter()
    for number in range(count):
        (folder / f"pmdesk-{number}.pdf").write_bytes(
            render([pmdesk_letter(number)], OFFICE).pdf)
    result["pmdesk separate PDFs"] = count / (time.perf_counter() - started)
    started = time.perf_counter()
    for number in range(count):
        bare_pdf(1, folder / f"bare-{number}.pdf")
    result["reportlab separate PDFs"] = count / (time.perf_counter() - started)
    return result
