"""Exports to Excel, for the window and the command line: the rows (`core.exporting`), their
headers and code names in the user's language (`labels`), the workbook (`documents.sheets`),
the audit entry written in the transaction that reads the rows — before the file, so an export
the trail cannot record leaves no file — and the file written all at once.

ID numbers are masked unless a manager asks for them; every export is audited with its columns
and row count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pmdesk import labels
from pmdesk.core import exporting as rows
from pmdesk.core.errors import ValidationError
from pmdesk.core.safety import audit, auth, session
from pmdesk.core.safety.db import db
from pmdesk.core.safety.files import check_output, write_atomic
from pmdesk.core.service.surveys import ITEMS
from pmdesk.documents.sheets import Column, workbook
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Col:
    header: str  # source text, context "Exports"
    width: int
    kind: str = "text"  # text, money, int, area
    names: dict[str, str] | None = None  # a `labels` table: the column holds its codes
    context: str = "Exports"  # where the header's translation is (a label's: "Labels")


@dataclass(frozen=True)
class Sheet:
    title: str  # source text, context "Exports"
    read: Callable[..., list[tuple]]
    columns: tuple[Col, ...]


SHEETS = {
    "residents": Sheet(QT_TRANSLATE_NOOP("Exports", "业主名册"), rows.resident_rows, (
        Col(QT_TRANSLATE_NOOP("Exports", "房号"), 12),
        Col(QT_TRANSLATE_NOOP("Exports", "楼栋"), 6),
        Col(QT_TRANSLATE_NOOP("Exports", "单元"), 6),
        Col(QT_TRANSLATE_NOOP("Exports", "室号"), 7),
        Col(QT_TRANSLATE_NOOP("Exports", "建筑面积(㎡)"), 12, "area"),
        Col(QT_TRANSLATE_NOOP("Exports", "类型"), 8, "text", labels.KINDS),
        Col(QT_TRANSLATE_NOOP("Exports", "状态"), 11, "text", labels.STATES),
        Col(QT_TRANSLATE_NOOP("Exports", "交房日期"), 11),
        Col(QT_TRANSLATE_NOOP("Exports", "业主"), 18),
        Col(QT_TRANSLATE_NOOP("Exports", "业主电话"), 15),
        Col(QT_TRANSLATE_NOOP("Exports", "业主证件号"), 20),
        Col(QT_TRANSLATE_NOOP("Exports", "租户"), 14),
        Col(QT_TRANSLATE_NOOP("Exports", "租户电话"), 15),
        Col(QT_TRANSLATE_NOOP("Exports", "家庭成员"), 20),
        Col(QT_TRANSLATE_NOOP("Exports", "紧急联系人"), 12),
        Col(QT_TRANSLATE_NOOP("Exports", "紧急联系电话"), 15),
        Col(QT_TRANSLATE_NOOP("Exports", "标签"), 14),
        Col(QT_TRANSLATE_NOOP("Exports", "车辆"), 22),
    )),
    "bills": Sheet(QT_TRANSLATE_NOOP("Exports", "账单"), rows.bill_rows, (
        Col(QT_TRANSLATE_NOOP("Exports", "房号"), 12),
        Col(QT_TRANSLATE_NOOP("Exports", "业主"), 16),
        Col(QT_TRANSLATE_NOOP("Exports", "月份"), 9),
        Col(QT_TRANSLATE_NOOP("Exports", "收费项目"), 14),
        Col(QT_TRANSLATE_NOOP("Exports", "数量"), 10),
        Col(QT_TRANSLATE_NOOP("Exports", "单价"), 9),
        Col(QT_TRANSLATE_NOOP("Exports", "应收(元)"), 11, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "已缴(元)"), 11, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "减免(元)"), 10, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "欠费(元)"), 11, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "到期日"), 11),
    )),
    "payments": Sheet(QT_TRANSLATE_NOOP("Exports", "收款记录"), rows.payment_rows, (
        Col(QT_TRANSLATE_NOOP("Exports", "收据号"), 13),
        Col(QT_TRANSLATE_NOOP("Exports", "收款日期"), 11),
        Col(QT_TRANSLATE_NOOP("Exports", "房号"), 12),
        Col(QT_TRANSLATE_NOOP("Exports", "交款人"), 16),
        Col(QT_TRANSLATE_NOOP("Exports", "付款方式"), 9, "text", labels.METHODS),
        Col(QT_TRANSLATE_NOOP("Exports", "金额(元)"), 11, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "其中预存(元)"), 12, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "经办人"), 10),
        Col(QT_TRANSLATE_NOOP("Exports", "状态"), 8, "text", labels.VOIDED),
        Col(QT_TRANSLATE_NOOP("Exports", "作废日期"), 11),
        Col(QT_TRANSLATE_NOOP("Exports", "作废原因"), 24),
        Col(QT_TRANSLATE_NOOP("Exports", "备注"), 20),
    )),
    "arrears": Sheet(QT_TRANSLATE_NOOP("Exports", "欠费明细"), rows.arrears_rows, (
        Col(QT_TRANSLATE_NOOP("Exports", "房号"), 12),
        Col(QT_TRANSLATE_NOOP("Exports", "楼栋"), 6),
        Col(QT_TRANSLATE_NOOP("Exports", "业主"), 16),
        Col(QT_TRANSLATE_NOOP("Exports", "电话"), 14),
        Col(QT_TRANSLATE_NOOP("Exports", "欠费(元)"), 12, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "欠费月数"), 9, "int"),
        Col(QT_TRANSLATE_NOOP("Exports", "最早欠费月份"), 12),
        Col(QT_TRANSLATE_NOOP("Exports", "0-3个月(元)"), 12, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "3-12个月(元)"), 12, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "1-2年(元)"), 12, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "2-3年(元)"), 12, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "3年以上(元)"), 12, "money"),
    )),
    "collection": Sheet(QT_TRANSLATE_NOOP("Exports", "收缴率"), rows.collection_rows, (
        Col(QT_TRANSLATE_NOOP("Exports", "月份"), 9),
        Col(QT_TRANSLATE_NOOP("Exports", "楼栋"), 6, "text", labels.PLACEHOLDERS),
        Col(QT_TRANSLATE_NOOP("Exports", "应收(元)"), 13, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "实收(元)"), 13, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "减免(元)"), 11, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "当期收缴率"), 11),
        Col(QT_TRANSLATE_NOOP("Exports", "出账户数"), 9, "int"),
        Col(QT_TRANSLATE_NOOP("Exports", "已缴清户数"), 10, "int"),
        Col(QT_TRANSLATE_NOOP("Exports", "户收费率"), 10),
        Col(QT_TRANSLATE_NOOP("Exports", "收回往期欠费(元)"), 15, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "往期仍欠(元)"), 14, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "清欠率"), 9),
    )),
    "complaints": Sheet(QT_TRANSLATE_NOOP("Exports", "投诉报修"), rows.complaint_rows, (
        Col(QT_TRANSLATE_NOOP("Exports", "编号"), 14),
        Col(QT_TRANSLATE_NOOP("Exports", "类型"), 6, "text", labels.COMPLAINT_KINDS),
        Col(QT_TRANSLATE_NOOP("Exports", "来源"), 6, "text", labels.CHANNELS),
        Col(QT_TRANSLATE_NOOP("Exports", "类别"), 9, "text", labels.CATEGORIES),
        Col(QT_TRANSLATE_NOOP("Exports", "紧急程度"), 8, "text", labels.URGENCIES),
        Col(QT_TRANSLATE_NOOP("Exports", "状态"), 6, "text", labels.COMPLAINT_STATUSES),
        Col(QT_TRANSLATE_NOOP("Exports", "房号"), 10),
        Col(QT_TRANSLATE_NOOP("Exports", "反映人"), 10, "text", labels.PLACEHOLDERS),
        Col(QT_TRANSLATE_NOOP("Exports", "涉及另一户"), 10),
        Col(QT_TRANSLATE_NOOP("Exports", "地点"), 12),
        Col(QT_TRANSLATE_NOOP("Exports", "情况"), 40),
        Col(QT_TRANSLATE_NOOP("Exports", "受理时间"), 17),
        Col(QT_TRANSLATE_NOOP("Exports", "派单/调查"), 17),
        Col(QT_TRANSLATE_NOOP("Exports", "处理完成"), 17),
        Col(QT_TRANSLATE_NOOP("Exports", "回复"), 17),
        Col(QT_TRANSLATE_NOOP("Exports", "回访"), 17),
        Col(QT_TRANSLATE_NOOP("Exports", "关闭"), 17),
        Col(QT_TRANSLATE_NOOP("Exports", "期限"), 17),
        Col(QT_TRANSLATE_NOOP("Exports", "承办人"), 12),
        Col(QT_TRANSLATE_NOOP("Exports", "满意度"), 7, "int"),
    )),
    "events": Sheet(QT_TRANSLATE_NOOP("Exports", "社区活动"), rows.event_rows, (
        Col(QT_TRANSLATE_NOOP("Exports", "活动"), 24),
        Col(QT_TRANSLATE_NOOP("Exports", "类型"), 10, "text", labels.EVENT_TYPES),
        Col(QT_TRANSLATE_NOOP("Exports", "开始"), 17),
        Col(QT_TRANSLATE_NOOP("Exports", "结束"), 17),
        Col(QT_TRANSLATE_NOOP("Exports", "地点"), 16),
        Col(QT_TRANSLATE_NOOP("Exports", "组织者"), 14),
        Col(QT_TRANSLATE_NOOP("Exports", "合作方"), 18),
        Col(QT_TRANSLATE_NOOP("Exports", "状态"), 8, "text", labels.EVENT_STATUSES),
        Col(QT_TRANSLATE_NOOP("Exports", "名额"), 7, "int"),
        Col(QT_TRANSLATE_NOOP("Exports", "报名户数"), 9, "int"),
        Col(QT_TRANSLATE_NOOP("Exports", "报名人数"), 9, "int"),
        Col(QT_TRANSLATE_NOOP("Exports", "候补人数"), 9, "int"),
        Col(QT_TRANSLATE_NOOP("Exports", "到场人数"), 9, "int"),
        Col(QT_TRANSLATE_NOOP("Exports", "预算(元)"), 11, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "实际花费(元)"), 12, "money"),
    )),
    "surveys": Sheet(QT_TRANSLATE_NOOP("Exports", "满意度调查"), rows.survey_rows, (
        Col(QT_TRANSLATE_NOOP("Exports", "调查"), 24),
        Col(QT_TRANSLATE_NOOP("Exports", "房号"), 12),
        Col(QT_TRANSLATE_NOOP("Exports", "楼栋"), 6),
        Col(QT_TRANSLATE_NOOP("Exports", "问卷"), 8, "text", labels.SURVEY_STATUSES),
        *(Col(labels.SURVEY_ITEMS[item], 10, "text", labels.SCORES, "Labels")
          for item in ITEMS),
        Col(QT_TRANSLATE_NOOP("Exports", "意见"), 30),
        Col(QT_TRANSLATE_NOOP("Exports", "录入时间"), 17),
    )),
    "contacts": Sheet(QT_TRANSLATE_NOOP("Exports", "联系单位"), rows.contact_rows, (
        Col(QT_TRANSLATE_NOOP("Exports", "单位"), 24),
        Col(QT_TRANSLATE_NOOP("Exports", "类别"), 11, "text", labels.ORG_KINDS),
        Col(QT_TRANSLATE_NOOP("Exports", "负责事项"), 24),
        Col(QT_TRANSLATE_NOOP("Exports", "电话"), 15),
        Col(QT_TRANSLATE_NOOP("Exports", "联系人"), 30),
        Col(QT_TRANSLATE_NOOP("Exports", "地址"), 20),
        Col(QT_TRANSLATE_NOOP("Exports", "合同开始"), 11),
        Col(QT_TRANSLATE_NOOP("Exports", "合同到期"), 11),
        Col(QT_TRANSLATE_NOOP("Exports", "停用"), 6, "text", labels.INACTIVE),
        Col(QT_TRANSLATE_NOOP("Exports", "最近联系"), 11),
        Col(QT_TRANSLATE_NOOP("Exports", "下一步"), 20),
        Col(QT_TRANSLATE_NOOP("Exports", "下一步日期"), 11),
        Col(QT_TRANSLATE_NOOP("Exports", "备注"), 20),
    )),
    "incidents": Sheet(QT_TRANSLATE_NOOP("Exports", "事件"), rows.incident_rows, (
        Col(QT_TRANSLATE_NOOP("Exports", "编号"), 12),
        Col(QT_TRANSLATE_NOOP("Exports", "类别"), 9, "text", labels.INCIDENT_KINDS),
        Col(QT_TRANSLATE_NOOP("Exports", "计划/突发"), 9, "text", labels.PLANNED),
        Col(QT_TRANSLATE_NOOP("Exports", "事件"), 24),
        Col(QT_TRANSLATE_NOOP("Exports", "影响范围"), 18),
        Col(QT_TRANSLATE_NOOP("Exports", "开始"), 17),
        Col(QT_TRANSLATE_NOOP("Exports", "预计结束"), 17),
        Col(QT_TRANSLATE_NOOP("Exports", "实际结束"), 17),
        Col(QT_TRANSLATE_NOOP("Exports", "状态"), 8, "text", labels.INCIDENT_STATUSES),
        Col(QT_TRANSLATE_NOOP("Exports", "原因"), 20),
        Col(QT_TRANSLATE_NOOP("Exports", "负责人"), 12),
        Col(QT_TRANSLATE_NOOP("Exports", "联系单位"), 18),
        Col(QT_TRANSLATE_NOOP("Exports", "影响户数"), 9, "int"),
        Col(QT_TRANSLATE_NOOP("Exports", "已告知户数"), 10, "int"),
        Col(QT_TRANSLATE_NOOP("Exports", "相关投诉报修"), 12, "int"),
        Col(QT_TRANSLATE_NOOP("Exports", "事情经过"), 30),
        Col(QT_TRANSLATE_NOOP("Exports", "处理情况"), 30),
        Col(QT_TRANSLATE_NOOP("Exports", "防范措施"), 30),
    )),
    "renovations": Sheet(QT_TRANSLATE_NOOP("Exports", "装修登记"), rows.renovation_rows, (
        Col(QT_TRANSLATE_NOOP("Exports", "登记号"), 12),
        Col(QT_TRANSLATE_NOOP("Exports", "房号"), 11),
        Col(QT_TRANSLATE_NOOP("Exports", "申请人"), 14),
        Col(QT_TRANSLATE_NOOP("Exports", "装修公司"), 20),
        Col(QT_TRANSLATE_NOOP("Exports", "施工负责人"), 10),
        Col(QT_TRANSLATE_NOOP("Exports", "负责人电话"), 14),
        Col(QT_TRANSLATE_NOOP("Exports", "装修内容"), 30),
        Col(QT_TRANSLATE_NOOP("Exports", "须审批项目"), 14, "text", labels.WORKS),
        Col(QT_TRANSLATE_NOOP("Exports", "开工日期"), 11),
        Col(QT_TRANSLATE_NOOP("Exports", "完工日期"), 11),
        Col(QT_TRANSLATE_NOOP("Exports", "状态"), 8, "text", labels.RENOVATION_STAGES),
        Col(QT_TRANSLATE_NOOP("Exports", "应交押金(元)"), 12, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "已交押金(元)"), 12, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "在押押金(元)"), 12, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "扣款(元)"), 10, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "已退押金(元)"), 12, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "清运费(元)"), 10, "money"),
        Col(QT_TRANSLATE_NOOP("Exports", "清运次数"), 9, "int"),
        Col(QT_TRANSLATE_NOOP("Exports", "违规"), 6, "int"),
        Col(QT_TRANSLATE_NOOP("Exports", "未整改"), 7, "int"),
        Col(QT_TRANSLATE_NOOP("Exports", "验收日期"), 11),
    )),
    "never_reached": Sheet(QT_TRANSLATE_NOOP("Exports", "未参加活动的住户"),
                           rows.never_reached_rows, (
        Col(QT_TRANSLATE_NOOP("Exports", "房号"), 12),
        Col(QT_TRANSLATE_NOOP("Exports", "楼栋"), 6),
        Col(QT_TRANSLATE_NOOP("Exports", "业主"), 18),
        Col(QT_TRANSLATE_NOOP("Exports", "电话"), 15),
    )),
}


def export(*, table: str, path: Path | str, approved_by: session.User | None = None,
           **options) -> int:
    """Write `table` to an .xlsx at `path` (all at once or not at all); return the row count.
    `options` narrow it: bills take `first`/`last` months, payments `first`/`last` days,
    arrears `as_of`; residents `reveal_ids` (full ID numbers: a manager's right)."""
    if table not in SHEETS:
        raise ValidationError("table", "value.unknown", value=table)
    check_output(path)
    sheet = SHEETS[table]
    with db.atomic():
        approver = auth.require("person.reveal_id", approved_by) \
            if options.get("reveal_ids") else ""
        found = sheet.read(**options)
        audit.record("export", table, None, path=str(path), rows=len(found),
                     columns=[column.header for column in sheet.columns],
                     ids_masked=not options.get("reveal_ids"), approved_by=approver,
                     **{key: str(value) for key, value in options.items() if value})
    columns = [Column(translate(c.context, c.header), c.width, c.kind) for c in sheet.columns]
    tables = [c.names for c in sheet.columns]
    shown = [tuple(_named(table, value) for table, value in zip(tables, row, strict=True))
             for row in found]
    write_atomic(path, workbook(translate("Exports", sheet.title), columns, shown))
    return len(found)


def _named(table: dict[str, str] | None, value):
    """A cell of codes in the user's language: one code, or a tuple of them 、-joined."""
    if table is None:
        return value
    if isinstance(value, tuple):
        return "、".join(labels.label(table, code) for code in value)
    return labels.label(table, value)
