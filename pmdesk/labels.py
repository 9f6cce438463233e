"""The one table of names for the codes the core stores — unit states and kinds, occupancy
roles, payment methods, fee bases, arrears reasons and actions, complaint kinds and states,
event types, the lines of 今日, a survey's items and answers — for the window, the exports
and the printed documents.

The source texts are the Chinese names. The window and the exports show them in the user's
language (`label`); resident-facing documents are always in Chinese (`name`). Qt-free: the
catalogue is read through `pmdesk.i18n`."""

from __future__ import annotations

from pmdesk.i18n import QT_TRANSLATE_NOOP, translate

STATES = {
    "undelivered": QT_TRANSLATE_NOOP("Labels", "未交房"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "已交房未入住"),
    "owner_occupied": QT_TRANSLATE_NOOP("Labels", "自住"),
    "rented": QT_TRANSLATE_NOOP("Labels", "出租"),
    "vacant": QT_TRANSLATE_NOOP("Labels", "空置"),
    "renovating": QT_TRANSLATE_NOOP("Labels", "装修中"),
}
KINDS = {
    "residential": QT_TRANSLATE_NOOP("Labels", "住宅"),
    "shop": QT_TRANSLATE_NOOP("Labels", "商铺"),
    "garage": QT_TRANSLATE_NOOP("Labels", "车库"),
    "storage": QT_TRANSLATE_NOOP("Labels", "储藏室"),
}
ROLES = {
    "owner": QT_TRANSLATE_NOOP("Labels", "产权人"),
    "co_owner": QT_TRANSLATE_NOOP("Labels", "共有人"),
    "tenant": QT_TRANSLATE_NOOP("Labels", "租户"),
    "family": QT_TRANSLATE_NOOP("Labels", "家庭成员"),
    "emergency": QT_TRANSLATE_NOOP("Labels", "紧急联系人"),
}
SPACE_KINDS = {
    "owned": QT_TRANSLATE_NOOP("Labels", "自有车位"),
    "rented": QT_TRANSLATE_NOOP("Labels", "租用车位"),
    "none": QT_TRANSLATE_NOOP("Labels", "无固定车位"),
}

METHODS = {
    "cash": QT_TRANSLATE_NOOP("Labels", "现金"),
    "wechat": QT_TRANSLATE_NOOP("Labels", "微信"),
    "alipay": QT_TRANSLATE_NOOP("Labels", "支付宝"),
    "bank": QT_TRANSLATE_NOOP("Labels", "银行转账"),
    "card": QT_TRANSLATE_NOOP("Labels", "刷卡"),
}
BASES = {
    "area": QT_TRANSLATE_NOOP("Labels", "按建筑面积（元/㎡/月）"),
    "fixed": QT_TRANSLATE_NOOP("Labels", "按户（元/户/月）"),
    "parking": QT_TRANSLATE_NOOP("Labels", "按车位（元/个/月）"),
}
PRICE_FORMS = {  # 价格管理形式, as 明码标价 asks it to be published
    "government": QT_TRANSLATE_NOOP("Labels", "政府指导价"),
    "market": QT_TRANSLATE_NOOP("Labels", "市场调节价"),
}

REASONS = {
    "illness": QT_TRANSLATE_NOOP("Labels", "经济困难：疾病、主要成员健康差"),
    "unemployed": QT_TRANSLATE_NOOP("Labels", "经济困难：下岗失业"),
    "grievance": QT_TRANSLATE_NOOP("Labels", "与物业有矛盾"),
    "refusal": QT_TRANSLATE_NOOP("Labels", "无理由拒缴"),
    "vacant": QT_TRANSLATE_NOOP("Labels", "房屋空置"),
    "service": QT_TRANSLATE_NOOP("Labels", "对服务不满"),
    "developer": QT_TRANSLATE_NOOP("Labels", "开发商遗留问题"),
    "unreachable": QT_TRANSLATE_NOOP("Labels", "联系不上"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "原因未明"),
}
APPROACHES = {  # the seed's tailored approach for each reason
    "illness": QT_TRANSLATE_NOOP(
        "Labels", "上门探望，了解困难；帮助按规定申请减免，或商定分期缴纳。不列入批量催缴。"),
    "unemployed": QT_TRANSLATE_NOOP(
        "Labels", "与居委会、街道联系再就业帮扶，定期送去招工信息；可商定分期缴纳。"
                  "不列入批量催缴。"),
    "grievance": QT_TRANSLATE_NOOP(
        "Labels", "先解决让业主不满的问题（查看相关投诉），再诚心上门家访，解开疙瘩。"),
    "refusal": QT_TRANSLATE_NOOP(
        "Labels", "以交朋友的方式上门沟通，晓之以理、动之以情；仍不缴的发书面催缴并保留送达"
                  "证据；最后整理材料委托律师。"),
    "vacant": QT_TRANSLATE_NOOP(
        "Labels", "电话、短信联系业主；按规定核实空置减收；书面催缴寄到业主常住地址。"),
    "service": QT_TRANSLATE_NOOP(
        "Labels", "上门听取意见，对确有问题的服务限期整改并回复业主。"),
    "developer": QT_TRANSLATE_NOOP(
        "Labels", "说明物业费与开发商遗留问题分开处理，协助业主向开发商反映，并跟进结果。"),
    "unreachable": QT_TRANSLATE_NOOP(
        "Labels", "短信/微信、挂号信寄到登记地址，留存送达记录；向邻居、紧急联系人了解情况。"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "先电话或上门了解欠费原因，再按原因分类处理。"),
}
CASE_STATUSES = {
    "following": QT_TRANSLATE_NOOP("Labels", "跟进中"),
    "promised": QT_TRANSLATE_NOOP("Labels", "已承诺"),
    "instalments": QT_TRANSLATE_NOOP("Labels", "分期中"),
    "lawyer": QT_TRANSLATE_NOOP("Labels", "已委托律师"),
    "litigation": QT_TRANSLATE_NOOP("Labels", "已诉讼"),
    "settled": QT_TRANSLATE_NOOP("Labels", "已结清"),
    "paused": QT_TRANSLATE_NOOP("Labels", "暂缓"),
}
ACTIONS = {
    "phone": QT_TRANSLATE_NOOP("Labels", "电话"),
    "message": QT_TRANSLATE_NOOP("Labels", "短信/微信"),
    "visit": QT_TRANSLATE_NOOP("Labels", "上门走访"),
    "letter": QT_TRANSLATE_NOOP("Labels", "书面催缴"),
    "job_help": QT_TRANSLATE_NOOP("Labels", "就业信息帮扶"),
    "reduction_request": QT_TRANSLATE_NOOP("Labels", "减免申请"),
    "instalment": QT_TRANSLATE_NOOP("Labels", "分期协议"),
    "lawyer": QT_TRANSLATE_NOOP("Labels", "委托律师"),
    "lawsuit": QT_TRANSLATE_NOOP("Labels", "起诉/仲裁"),
}
DELIVERIES = {
    "signed": QT_TRANSLATE_NOOP("Labels", "当面签收"),
    "posted": QT_TRANSLATE_NOOP("Labels", "张贴（附照片）"),
    "registered": QT_TRANSLATE_NOOP("Labels", "挂号信/EMS"),
    "message": QT_TRANSLATE_NOOP("Labels", "短信/微信"),
}

COMPLAINT_KINDS = {
    "complaint": QT_TRANSLATE_NOOP("Labels", "投诉"),
    "repair": QT_TRANSLATE_NOOP("Labels", "报修"),
    "suggestion": QT_TRANSLATE_NOOP("Labels", "建议"),
    "enquiry": QT_TRANSLATE_NOOP("Labels", "咨询"),
    "praise": QT_TRANSLATE_NOOP("Labels", "表扬"),
}
CHANNELS = {
    "visit": QT_TRANSLATE_NOOP("Labels", "来访"),
    "phone": QT_TRANSLATE_NOOP("Labels", "电话"),
    "wechat": QT_TRANSLATE_NOOP("Labels", "微信"),
    "box": QT_TRANSLATE_NOOP("Labels", "意见箱"),
    "letter": QT_TRANSLATE_NOOP("Labels", "信函"),
}
CATEGORIES = {
    "noise": QT_TRANSLATE_NOOP("Labels", "噪音"),
    "parking": QT_TRANSLATE_NOOP("Labels", "停车"),
    "renovation": QT_TRANSLATE_NOOP("Labels", "装修"),
    "sanitation": QT_TRANSLATE_NOOP("Labels", "卫生"),
    "greening": QT_TRANSLATE_NOOP("Labels", "绿化"),
    "facility": QT_TRANSLATE_NOOP("Labels", "设施设备"),
    "neighbour": QT_TRANSLATE_NOOP("Labels", "邻里纠纷"),
    "security": QT_TRANSLATE_NOOP("Labels", "安全"),
    "attitude": QT_TRANSLATE_NOOP("Labels", "服务态度"),
    "fees": QT_TRANSLATE_NOOP("Labels", "收费"),
    "other": QT_TRANSLATE_NOOP("Labels", "其他"),
}
URGENCIES = {
    "normal": QT_TRANSLATE_NOOP("Labels", "一般"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "紧急"),
}
COMPLAINT_STATUSES = {
    "received": QT_TRANSLATE_NOOP("Labels", "受理"),
    "assigned": QT_TRANSLATE_NOOP("Labels", "派单/调查"),
    "handled": QT_TRANSLATE_NOOP("Labels", "已处理"),
    "replied": QT_TRANSLATE_NOOP("Labels", "已回复"),
    "visited": QT_TRANSLATE_NOOP("Labels", "已回访"),
    "closed": QT_TRANSLATE_NOOP("Labels", "关闭"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "撤销"),
}
STEPS = {
    "receive": QT_TRANSLATE_NOOP("Labels", "受理"),
    "assign": QT_TRANSLATE_NOOP("Labels", "派单"),
    "investigate": QT_TRANSLATE_NOOP("Labels", "调查"),
    "handle": QT_TRANSLATE_NOOP("Labels", "处理"),
    "reply": QT_TRANSLATE_NOOP("Labels", "回复"),
    "visit": QT_TRANSLATE_NOOP("Labels", "回访"),
    "close": QT_TRANSLATE_NOOP("Labels", "关闭"),
    "cancel": QT_TRANSLATE_NOOP("Labels", "撤销"),
    "reopen": QT_TRANSLATE_NOOP("Labels", "重新处理"),
    "note": QT_TRANSLATE_NOOP("Labels", "备注"),
}
RESPONSIBILITIES = {
    "office": QT_TRANSLATE_NOOP("Labels", "物业"),
    "owner": QT_TRANSLATE_NOOP("Labels", "业主本人"),
    "other_party": QT_TRANSLATE_NOOP("Labels", "他人"),
    "third_party": QT_TRANSLATE_NOOP("Labels", "第三方"),
    "force_majeure": QT_TRANSLATE_NOOP("Labels", "不可抗力"),
}
REPLY_HOW = {
    "phone": QT_TRANSLATE_NOOP("Labels", "电话"),
    "visit": QT_TRANSLATE_NOOP("Labels", "上门"),
    "wechat": QT_TRANSLATE_NOOP("Labels", "微信"),
    "letter": QT_TRANSLATE_NOOP("Labels", "书面"),
}

EVENT_TYPES = {
    "sports": QT_TRANSLATE_NOOP("Labels", "文体活动"),
    "volunteer": QT_TRANSLATE_NOOP("Labels", "公益/志愿"),
    "lecture": QT_TRANSLATE_NOOP("Labels", "讲座/培训"),
    "festival": QT_TRANSLATE_NOOP("Labels", "节日活动"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "业主大会/座谈会"),
}
EVENT_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("Labels", "计划中"),
    "published": QT_TRANSLATE_NOOP("Labels", "已发布"),
    "finished": QT_TRANSLATE_NOOP("Labels", "已结束"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "已取消"),
}
AUDIENCES = {
    "all": QT_TRANSLATE_NOOP("Labels", "全体业主"),
    "elderly": QT_TRANSLATE_NOOP("Labels", "老年人"),
    "children": QT_TRANSLATE_NOOP("Labels", "少年儿童"),
    "buildings": QT_TRANSLATE_NOOP("Labels", "指定楼栋"),
}
SIGNUP_STATUSES = {
    "confirmed": QT_TRANSLATE_NOOP("Labels", "已报名"),
    "waiting": QT_TRANSLATE_NOOP("Labels", "候补"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "已取消"),
}


VOIDED = {
    "valid": QT_TRANSLATE_NOOP("Labels", "有效"),
    "voided": QT_TRANSLATE_NOOP("Labels", "作废"),
}
TODAY = {  # the kinds of line on 今日 (core.today)
    "incident": QT_TRANSLATE_NOOP("Labels", "进行中的事件"),
    "complaint_overdue": QT_TRANSLATE_NOOP("Labels", "投诉报修已超时"),
    "complaint_due": QT_TRANSLATE_NOOP("Labels", "投诉报修今天到期"),
    "followup": QT_TRANSLATE_NOOP("Labels", "待回访"),
    "collection": QT_TRANSLATE_NOOP("Labels", "本周催缴"),
    "instalment": QT_TRANSLATE_NOOP("Labels", "分期应缴"),
    "event": QT_TRANSLATE_NOOP("Labels", "本周活动"),
    "plan": QT_TRANSLATE_NOOP("Labels", "整改到期"),
    "contact": QT_TRANSLATE_NOOP("Labels", "联系单位跟进"),
    "contract": QT_TRANSLATE_NOOP("Labels", "合同到期"),
    "renovation": QT_TRANSLATE_NOOP("Labels", "装修待办"),
    "clearance": QT_TRANSLATE_NOOP("Labels", "今日清运"),
    "receipt": QT_TRANSLATE_NOOP("Labels", "收据未打印"),
    "move_in": QT_TRANSLATE_NOOP("Labels", "入住"),
    "move_out": QT_TRANSLATE_NOOP("Labels", "迁出"),
}
SURVEY_ITEMS = {  # the service items a satisfaction survey asks about (core.service.surveys)
    "service": QT_TRANSLATE_NOOP("Labels", "客服接待"),
    "cleaning": QT_TRANSLATE_NOOP("Labels", "保洁"),
    "greening": QT_TRANSLATE_NOOP("Labels", "绿化"),
    "security": QT_TRANSLATE_NOOP("Labels", "秩序维护（安保）"),
    "repair": QT_TRANSLATE_NOOP("Labels", "维修"),
    "fees": QT_TRANSLATE_NOOP("Labels", "收费透明"),
    "events": QT_TRANSLATE_NOOP("Labels", "社区活动"),
    "parking": QT_TRANSLATE_NOOP("Labels", "停车管理"),
    "facilities": QT_TRANSLATE_NOOP("Labels", "公共设施"),
}
SURVEY_AUDIENCES = {
    "all": QT_TRANSLATE_NOOP("Labels", "全体住户"),
    "buildings": QT_TRANSLATE_NOOP("Labels", "所选楼栋"),
    "complaints": QT_TRANSLATE_NOOP("Labels", "本季度投诉已办结的住户"),
}
SURVEY_STATUSES = {
    "asked": QT_TRANSLATE_NOOP("Labels", "未录入"),
    "answered": QT_TRANSLATE_NOOP("Labels", "已交回"),
    "no_response": QT_TRANSLATE_NOOP("Labels", "未交回"),
}
SCORES = {  # the answers on a three-level form (core.service.surveys.WORDS); 1–5 are numbers
    "satisfied": QT_TRANSLATE_NOOP("Labels", "满意"),
    "fair": QT_TRANSLATE_NOOP("Labels", "基本满意"),
    "unsatisfied": QT_TRANSLATE_NOOP("Labels", "不满意"),
}
ORG_KINDS = {  # the office's outside contacts (core.service.relations)
    "government": QT_TRANSLATE_NOOP("Labels", "政府/社区"),
    "utility": QT_TRANSLATE_NOOP("Labels", "公共事业"),
    "supplier": QT_TRANSLATE_NOOP("Labels", "维保/供应商"),
    "committee": QT_TRANSLATE_NOOP("Labels", "业委会"),
    "media": QT_TRANSLATE_NOOP("Labels", "媒体"),
    "other": QT_TRANSLATE_NOOP("Labels", "其他"),
}
CONTACT_CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("Labels", "电话"),
    "visit": QT_TRANSLATE_NOOP("Labels", "走访"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "会议"),
    "letter": QT_TRANSLATE_NOOP("Labels", "函件"),
    "wechat": QT_TRANSLATE_NOOP("Labels", "微信"),
    "email": QT_TRANSLATE_NOOP("Labels", "邮件"),
}
INCIDENT_KINDS = {  # core.service.incidents
    "water": QT_TRANSLATE_NOOP("Labels", "停水"),
    "power": QT_TRANSLATE_NOOP("Labels", "停电"),
    "gas": QT_TRANSLATE_NOOP("Labels", "停气"),
    "lift": QT_TRANSLATE_NOOP("Labels", "电梯故障"),
    "pipe": QT_TRANSLATE_NOOP("Labels", "管道爆裂"),
    "safety": QT_TRANSLATE_NOOP("Labels", "安全事故"),
    "other": QT_TRANSLATE_NOOP("Labels", "其他"),
}
INCIDENT_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Labels", "处理中"),
    "closed": QT_TRANSLATE_NOOP("Labels", "已结束"),
}
PLANNED = {
    "planned": QT_TRANSLATE_NOOP("Labels", "计划"),
    "emergency": QT_TRANSLATE_NOOP("Labels", "突发"),
}
INACTIVE = {"inactive": QT_TRANSLATE_NOOP("Labels", "已停用")}
INCIDENT_UPDATES = {
    "report": QT_TRANSLATE_NOOP("Labels", "登记"),
    "update": QT_TRANSLATE_NOOP("Labels", "进展"),
    "call": QT_TRANSLATE_NOOP("Labels", "已告知住户"),
    "close": QT_TRANSLATE_NOOP("Labels", "结束"),
    "reopen": QT_TRANSLATE_NOOP("Labels", "重新打开"),
}
RENOVATION_STAGES = {  # core.service.renovations.Renovation.stage
    "registered": QT_TRANSLATE_NOOP("Labels", "待审批"),
    "unpaid": QT_TRANSLATE_NOOP("Labels", "待交押金"),
    "working": QT_TRANSLATE_NOOP("Labels", "施工中"),
    "inspect": QT_TRANSLATE_NOOP("Labels", "待验收"),
    "refund": QT_TRANSLATE_NOOP("Labels", "待退押金"),
    "settled": QT_TRANSLATE_NOOP("Labels", "已结清"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "未批准"),
}
WORKS = {  # flagged works a manager approves
    "structure": QT_TRANSLATE_NOOP("Labels", "改动结构"),
    "bearing_wall": QT_TRANSLATE_NOOP("Labels", "承重墙"),
    "facade": QT_TRANSLATE_NOOP("Labels", "外立面"),
    "waterproof": QT_TRANSLATE_NOOP("Labels", "防水"),
}
INSPECTION_KINDS = {
    "scheduled": QT_TRANSLATE_NOOP("Labels", "定期巡查"),
    "spot": QT_TRANSLATE_NOOP("Labels", "抽查"),
    "final": QT_TRANSLATE_NOOP("Labels", "竣工验收"),
}
INSPECTION_RESULTS = {
    "pass": QT_TRANSLATE_NOOP("Labels", "合格"),
    "fail": QT_TRANSLATE_NOOP("Labels", "不合格"),
}
VIOLATION_KINDS = {
    "hours": QT_TRANSLATE_NOOP("Labels", "违规时间施工"),
    "rubbish": QT_TRANSLATE_NOOP("Labels", "乱堆装修垃圾"),
    "structure": QT_TRANSLATE_NOOP("Labels", "擅改结构"),
    "damage": QT_TRANSLATE_NOOP("Labels", "损坏公共设施"),
    "other": QT_TRANSLATE_NOOP("Labels", "其他"),
}
VIOLATION_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Labels", "待整改"),
    "fixed": QT_TRANSLATE_NOOP("Labels", "已整改"),
}
BOOKING_STATUSES = {
    "booked": QT_TRANSLATE_NOOP("Labels", "已预约"),
    "done": QT_TRANSLATE_NOOP("Labels", "已清运"),
    "missed": QT_TRANSLATE_NOOP("Labels", "未清运"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "已取消"),
}
DEPOSIT_ENTRIES = {
    "taken": QT_TRANSLATE_NOOP("Labels", "收取"),
    "void": QT_TRANSLATE_NOOP("Labels", "收据作废"),
    "deduction": QT_TRANSLATE_NOOP("Labels", "扣款"),
    "refund": QT_TRANSLATE_NOOP("Labels", "退还"),
}
PLACEHOLDERS = {  # what stands in a cell that names nobody in particular
    "anonymous": QT_TRANSLATE_NOOP("Labels", "匿名"),
    "whole_estate": QT_TRANSLATE_NOOP("Labels", "全小区"),
}


def label(table: dict[str, str], code: str | None, context: str = "Labels") -> str:
    """The translated name of `code` in `table` (source texts of `context`); unknown codes
    are shown as they are."""
    return translate(context, table[code]) if code in table else (code or "")


def name(table: dict[str, str], code: str | None) -> str:
    """The Chinese name of `code`, for a document a resident reads; unknown codes as they
    are."""
    return table.get(code, code or "") if code is not None else ""


def percent(rate) -> str:
    """A share (a `Decimal` such as a survey's 0.8447) as people read it: 84.5%; — when there
    is none."""
    return "—" if rate is None else f"{rate * 100:.1f}%"


def today_line(line) -> tuple[str, str]:
    """A 今日 line (`core.today.Line`) in words: its name and what it says besides — for the
    window and the command line alike."""
    from pmdesk.core.money.amounts import money_text

    if line.kind == "collection":
        return label(REASONS, line.label), line.text
    if line.kind == "instalment":
        return (translate("Labels", "第 {part} 期").format(part=line.label),
                money_text(line.amount or 0))
    if line.kind == "event":
        people = translate("Labels", "已报名 {people} 人").format(people=line.people) \
            if not line.capacity else translate("Labels", "已报名 {people}/{capacity} 人").format(
                people=line.people, capacity=line.capacity)
        return line.label, "，".join(part for part in (line.text, people) if part)
    if line.kind in ("move_in", "move_out"):
        return line.label, label(ROLES, line.status)
    if line.kind == "plan":
        return label(SURVEY_ITEMS, line.label), "，".join(
            part for part in (line.text, line.status) if part)
    if line.kind == "contract":
        return line.label, translate("Labels", "合同 {day} 到期").format(day=line.when)
    if line.kind == "renovation":
        words = " ".join(line.text.split())
        if line.status == "registered":
            return line.label, translate("Labels", "待审批：{scope}").format(scope=words)
        if line.status == "violation":
            return line.label, translate("Labels", "整改到期：{text}").format(text=words)
        return line.label, label(INSPECTION_KINDS, line.status)
    if line.kind == "clearance":
        return line.label, line.text
    return line.label, " ".join(line.text.split())
