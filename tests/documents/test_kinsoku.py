"""No line starts with closing punctuation or ends with opening punctuation, at any width."""

import re

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from pmdesk.documents import fonts, kinsoku, pdf  # noqa: F401 - pdf installs the rules

TEXTS = [
    "如有疑问，请致电服务中心0571-88886666，或到前台咨询：我们将竭诚为您服务！给您带来不便，敬请谅解。",
    "业主说：“这棵树挡住了阳光。”我们随即上门（三次）查看，并与邻居协商；结果：已修剪。",
    "《物业服务合同》第十条约定：“业主应按时交纳物业费。”（详见附件）……请知悉。",
    "缴费方式：现金、微信、支付宝；账号6222021234567890123，户名：翠湖苑物业服务中心。",
    "温度低于5℃时，请注意管道防冻！！地下车库（B1、B2层）照明已更新。「提示」请勿高空抛物。",
    "您名下的房屋 1-1-602 尚有 11 个月的费用未缴，合计¥3,564.55（人民币叁仟伍佰陆拾肆元伍角伍分），"
    "明细如下。此前本中心已向您送达《催缴通知书》（催缴〔2026〕0003号），至今未见缴纳。",
]
OPENING = "（《「『【〔“‘"


def lines_of(text: str, width: float, styled: bool) -> list[str]:
    style = ParagraphStyle("t", fontName=fonts.chain().main(), fontSize=12, leading=18,
                           wordWrap="CJK")
    markup = fonts.markup(text)
    if styled:  # several frags: the cjkFragSplit path
        markup = f'<font color="#000000">{markup[:4]}</font>{markup[4:]}'
    paragraph = Paragraph(markup, style)
    paragraph.wrap(width, 10_000)
    result = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):  # single-frag lines: (extra space, [text])
            result.append("".join(line[1]))
        else:
            result.append("".join(
                w.text if hasattr(w, "text") else str(w) for w in getattr(line, "words", []))
                or re.sub(r"\s", "", str(line)))
    return result


@pytest.mark.parametrize("styled", [False, True], ids=["plain", "styled"])
@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_the_rules_hold_at_every_width(text, styled):
    for width in range(60, 420, 3):
        lines = [line for line in lines_of(text, width, styled) if line]
        assert "".join(lines).replace(" ", "") == text.replace(" ", ""), width
        for line in lines[1:]:
            assert line[0] not in kinsoku.CANNOT_START, (width, line)
        for line in lines[:-1]:
            assert line[-1] not in OPENING, (width, line)


def test_a_line_too_narrow_for_the_rules_still_makes_progress():
    lines = lines_of("“”“”，，，。。。", 14, styled=False)
    assert "".join(lines) == "“”“”，，，。。。"


WHOLE = ["2026年12月10日", "12月15日", "0571-888866/66", "15-2-250/4", "¥1,620.25", "80人",
         "25户", "2026-000123"]
CARRIERS = [
    "请于2026年12月10日前到物业服务中心缴纳，房屋15-2-250/4的业主请致电0571-888866/66。",
    "本次活动限80人，已有25户报名；收据号2026-000123，金额¥1,620.25，12月15日截止。",
]


@pytest.mark.parametrize("styled", [False, True], ids=["plain", "styled"])
@pytest.mark.parametrize("text", CARRIERS, ids=range(len(CARRIERS)))
def test_numbers_dates_and_codes_are_never_broken(text, styled):
    """Issue 16.3: a date, a room, a phone or a receipt number stays on one line, and a number
    keeps its unit; no paragraph ends on a line of one character."""
    for width in range(110, 420, 3):
        lines = [line for line in lines_of(text, width, styled) if line]
        assert "".join(lines).replace(" ", "") == text.replace(" ", ""), width
        for whole in WHOLE:
            if whole in text:
                assert any(whole in line for line in lines), (width, whole, lines)
        last = [c for c in lines[-1] if c not in kinsoku.CANNOT_START]
        assert len(last) > 1 or len(lines) == 1, (width, lines)
