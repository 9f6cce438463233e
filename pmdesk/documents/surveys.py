"""Survey documents: the questionnaire each household gets (its room filled in, the cover letter
above the items, a box per answer, lines for comments; large print for the elderly), the
results notice for the bulletin board (rates and measures, nobody named), and the report for
the owners' committee (the same in detail: answers per item, by building, the 回访 beside,
the complaints behind each low item, the measures and how far they have come)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from pmdesk.core import clock
from pmdesk.documents.pdf import AmountTable, Letter, chinese_date
from pmdesk.labels import SURVEY_ITEMS, name, percent

if TYPE_CHECKING:  # the records it prints; documents never load the database code
    from pmdesk.core.service.surveys import Results, Survey

ITEM_TEXTS = {  # what each item covers, as the form asks it
    "service": "前台接待、电话答复、投诉处理",
    "cleaning": "楼道、电梯和公共区域卫生，垃圾清运",
    "greening": "花草树木的养护和修剪",
    "security": "门岗、巡逻、车辆和外来人员管理",
    "repair": "报修响应速度、维修质量",
    "fees": "收费标准公示、收支公开",
    "events": "社区活动的组织和内容",
    "parking": "车位安排、停车秩序",
    "facilities": "电梯、门禁、照明等公共设施",
}
BOX = "□"
COMMENT_LINES = 3
MAX_QUOTED = 10  # comments quoted in the committee's report
MAX_COMPLAINTS = 3  # complaints quoted per low item
CHINESE_NUMBERS = "〇一二三四五六七八九十"


def _day(iso: str) -> str:
    return chinese_date(date.fromisoformat(iso))


def _short_day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.month}月{day.day}日"


def points(rate: Decimal | None, before: Decimal | None) -> str:
    """Against the previous survey, in percentage points, for a table: +4.8, -2.0, 0.0."""
    if rate is None or before is None:
        return "—"
    return f"{(rate - before) * 100:+.1f}".replace("+0.0", "0.0").replace("-0.0", "0.0")


def change(rate: Decimal | None, before: Decimal | None) -> str:
    """Against the previous survey, in words: 上升 4.8 个百分点, 下降…, 持平."""
    shown = points(rate, before)
    if shown in ("—", "0.0"):
        return "持平" if shown == "0.0" else ""
    return f"{'上升' if shown[0] == '+' else '下降'} {shown[1:]} 个百分点"


def _answers(scale: int) -> tuple[str, ...]:
    if scale == 3:
        return ("满意", "基本满意", "不满意")
    return tuple(f"{n}分" for n in range(5, 0, -1))


def questionnaire(survey: Survey, room: str, *, phone: str = "",
                  large_print: bool = False) -> Letter:
    """One household's form: the cover letter, the items with a box per answer, comments. In
    large print the items go without what they cover (the letter's page holds the table)."""
    answers = _answers(survey.scale)
    back = f"于{_short_day(survey.last_day)}前交回物业服务中心前台或投入单元门口的意见箱"
    ask = ("问卷只用于统计和改进服务，不公开任何住户的答卷。" if large_print else
           "问卷只用于统计和改进服务，结果将在公告栏公示，不公开任何住户的答卷。")
    ask += f"如有疑问请致电 {phone}。感谢您的支持！" if phone else "感谢您的支持！"
    if large_print:  # short enough for the table to stand whole on the letter's page
        how = "每项选一个打“√”" if survey.scale == 3 else "按 5 分（很满意）到 1 分每项选一个打“√”"
        cover = f"为改进物业服务，请您{how}，写下意见和建议，{back}。"
    else:
        how = "在每一项后面的方框内打“√”（每项只选一个）" if survey.scale == 3 else \
            "按 5 分（很满意）到 1 分（很不满意）在每一项后面的方框内打“√”（每项只选一个）"
        cover = (f"为了解您对物业服务的评价、改进我们的工作，本中心开展本次满意度调查。请您根据"
                 f"实际感受，{how}，并写下您的意见和建议，{back}。")
    share = (0.34 if large_print else 0.5) if survey.scale == 3 else \
        (0.3 if large_print else 0.4)
    rest = (1 - 0.08 - share) / len(answers)
    rows = tuple((str(n), name(SURVEY_ITEMS, item) if large_print else
                  f"{name(SURVEY_ITEMS, item)}（{ITEM_TEXTS[item]}）",
                  *(BOX for _ in answers)) for n, item in enumerate(survey.items, start=1))
    line = "＿" * (16 if large_print else 25)  # a line's width, less the paragraph's indent
    return Letter(
        title=survey.title + "问卷",
        addressee=f"尊敬的 {room} 业主、住户：",
        paragraphs=(
            cover, ask,
            "您的意见和建议：", *(line for _ in range(COMMENT_LINES)),
            f"房号：{room}",
        ),
        table=AmountTable(("序号", "服务项目", *answers), rows,
                          ("center", "left", *("center" for _ in answers)),
                          (0.08, share, *(rest for _ in answers))),
        table_after=2, keep_table=True, large_print=large_print, reference=room,
        dated=clock.today())


def _plan_text(item: str, plan) -> str:
    owner = f"，责任人：{plan.owner}" if plan.owner else ""
    done = f"（已于{_day(plan.done_on)}完成）" if plan.done_on else ""
    return f"{item}：{plan.measure}{owner}，{_day(plan.due)}前完成{done}。"


def _plans_text(results: Results) -> list[str]:
    return [_plan_text(name(SURVEY_ITEMS, low.item), plan)
            for low in results.low for plan in low.plans]


def _intro(results: Results) -> str:
    survey = results.survey
    return (f"为了解广大业主、住户对物业服务的评价，本中心于{_day(survey.first_day)}至"
            f"{_day(survey.last_day)}开展了{survey.title}，共发放问卷 {results.asked} 份，"
            f"收回 {results.responses} 份，回收率 {percent(results.response_rate)}。"
            f"各项满意率按“满意”和“基本满意”{'' if survey.scale == 3 else '（4 分、5 分）'}"
            "的答卷占该项全部答卷的比例计算。")


def results_notice(results: Results) -> Letter:
    """公示 for the bulletin board: rates per item and overall, the measures for the low
    items; no household, no name."""
    survey = results.survey
    overall = f"总体满意率 {percent(results.overall)}"
    if results.previous_overall is not None:
        overall += f"，上次调查为 {percent(results.previous_overall)}"
    paragraphs = [_intro(results), f"调查结果如下：{overall}。"]
    after = []
    low = "、".join(name(SURVEY_ITEMS, item.item) for item in results.low)
    if low:
        after.append(f"满意率低于 {results.standard}% 的项目是{low}。"
                     "我们认真分析了原因，将采取以下整改措施：")
        after += _plans_text(results) or ["整改措施正在制定，确定后另行公示。"]
    else:
        after.append(f"各项满意率均达到 {results.standard}% 以上。我们将继续努力。")
    after.append("感谢各位业主、住户的参与和监督，欢迎随时到物业服务中心提出意见和建议。")
    has_previous = results.previous is not None
    header = ("序号", "服务项目", "答卷数", "满意率",
              *(("上次", "变化（百分点）") if has_previous else ()))
    rows = tuple((str(n), name(SURVEY_ITEMS, r.item), str(r.answers), percent(r.rate),
                  *((percent(r.previous), points(r.rate, r.previous)) if has_previous else ()))
                 for n, r in enumerate(results.items, start=1))
    widths = (0.1, 0.3, 0.14, 0.14, 0.14, 0.18) if has_previous else (0.12, 0.4, 0.24, 0.24)
    return Letter(
        title=f"关于{survey.title}结果的公示", addressee="各位业主、住户：",
        paragraphs=tuple(paragraphs + after),
        table=AmountTable(header, rows, ("center", "left", "right", "right",
                                         *(("right", "right") if has_previous else ())), widths),
        table_after=len(paragraphs), dated=clock.today())


def committee_report(results: Results) -> Letter:
    """The report for the owners' committee (业主委员会)."""
    survey = results.survey
    paragraphs = [_intro(results)]
    overall = f"一、总体情况。总体满意率 {percent(results.overall)}"
    if results.previous is not None:
        overall += f"，{results.previous.title}为 {percent(results.previous_overall)}"
        moved = change(results.overall, results.previous_overall)
        overall += f"，{moved}" if moved else ""
    overall += f"（本中心的达标线为 {results.standard}%）。"
    if results.followups:
        overall += (f"同期（{_day(results.covered_from)}至{_day(results.covered_to)}）投诉报修回访 "
                    f"{results.followups} 次，评 4 分以上的占 {percent(results.followup_rate)}。")
    paragraphs.append(overall)
    paragraphs.append("二、各项结果见下表（“回访”为同期该类投诉报修回访评 4 分以上的比例）。")
    after = ["三、各楼栋情况：" + "；".join(
        f"{b.building}栋 {percent(b.rate)}（收回 {b.responses}/{b.asked} 份）"
        for b in results.buildings) + "。"]
    if results.low:
        after.append("四、低于达标线的项目及整改。")
        for number, low in enumerate(results.low, start=1):
            quoted = "；".join(f"{code}（{_short_day(day)}）{' '.join(text.split())[:30]}"
                              for code, day, text in low.complaints[:MAX_COMPLAINTS])
            text = (f"（{CHINESE_NUMBERS[number]}）{name(SURVEY_ITEMS, low.item)}：满意率 "
                    f"{percent(low.rate)}。同期此类投诉报修 {len(low.complaints)} 件")
            after.append(text + (f"，如：{quoted}。" if quoted else "。"))
            after += [_plan_text("整改措施", plan) for plan in low.plans] or [
                "整改措施正在制定。"]
    else:
        after.append("四、各项均达到达标线。")
    if results.comments:
        written = sum(count for _, count in results.comments)
        quoted = results.comments[:MAX_QUOTED]
        after.append(f"五、业主意见和建议（共 {written} 条，按提出的户数列出前 {len(quoted)} 种）："
                     + "；".join(f"“{text}”" + (f"（{count} 户）" if count > 1 else "")
                                for text, count in quoted) + "。")
    scale = survey.scale
    answers = _answers(scale)
    header = ("服务项目", *answers, "满意率", "上次", "回访")
    rows = tuple((name(SURVEY_ITEMS, r.item), *(str(n) for n in r.counts), percent(r.rate),
                  percent(r.previous), percent(r.followup_rate)) for r in results.items)
    count_width = 0.33 / len(answers)
    return Letter(
        title=f"{survey.title}报告", addressee="业主委员会：", paragraphs=tuple(paragraphs + after),
        table=AmountTable(header, rows, ("left", *("right" for _ in answers), "right", "right",
                                         "right"),
                          (0.22, *(count_width for _ in answers), 0.15, 0.15, 0.15)),
        table_after=len(paragraphs), dated=clock.today())
