"""操作日志: the audit trail, filtered by day, person, kind of action and text, with the state of
its hash chain at the bottom (a row changed or removed behind the app's back shows in red)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pmdesk import labels
from pmdesk.core import clock
from pmdesk.core.money.amounts import money_text, period_text, rate_text
from pmdesk.core.safety import audit, chain
from pmdesk.i18n import translate
from pmdesk.labels import label
from pmdesk.ui.access import role_label
from pmdesk.ui.date_field import DateField
from pmdesk.ui.documents import KIND_LABELS
from pmdesk.ui.models import Column, RowTableModel, table_view

KINDS = [  # (label, action prefixes)
    (QT_TRANSLATE_NOOP("AuditLog", "全部操作"), ()),
    (QT_TRANSLATE_NOOP("AuditLog", "收款与作废"), ("payment.", "credit.")),
    (QT_TRANSLATE_NOOP("AuditLog", "减免"), ("reduction.",)),
    (QT_TRANSLATE_NOOP("AuditLog", "收费项目、规则与出账"), ("fee_item.", "fees.", "billing.")),
    (QT_TRANSLATE_NOOP("AuditLog", "催缴"), ("collection.",)),
    (QT_TRANSLATE_NOOP("AuditLog", "住户与人员"),
     ("occupancy.", "person.", "unit.", "vehicle.", "import")),
    (QT_TRANSLATE_NOOP("AuditLog", "查看证件号与导出"), ("person.reveal_id", "export")),
    (QT_TRANSLATE_NOOP("AuditLog", "登录与账号"), ("auth.", "account.")),
    (QT_TRANSLATE_NOOP("AuditLog", "备份、恢复与设置"),
     ("backup.", "safety.", "office_profile.", "complaints.deadlines")),
    (QT_TRANSLATE_NOOP("AuditLog", "投诉报修与活动"), ("complaint.", "event.")),
    (QT_TRANSLATE_NOOP("AuditLog", "满意度调查"), ("survey.", "surveys.")),
    (QT_TRANSLATE_NOOP("AuditLog", "事件与联系单位"), ("incident.", "organisation.")),
]
ACTIONS = {
    "payment.create": QT_TRANSLATE_NOOP("AuditLog", "收款"),
    "payment.void": QT_TRANSLATE_NOOP("AuditLog", "作废收据"),
    "credit.apply": QT_TRANSLATE_NOOP("AuditLog", "预存抵扣"),
    "reduction.create": QT_TRANSLATE_NOOP("AuditLog", "减免"),
    "billing.run": QT_TRANSLATE_NOOP("AuditLog", "出账"),
    "fee_item.create": QT_TRANSLATE_NOOP("AuditLog", "新增收费项目"),
    "fee_item.describe": QT_TRANSLATE_NOOP("AuditLog", "修改收费依据与价格形式"),
    "fee_item.rate": QT_TRANSLATE_NOOP("AuditLog", "调价"),
    "fee_item.end": QT_TRANSLATE_NOOP("AuditLog", "停收"),
    "fees.settings": QT_TRANSLATE_NOOP("AuditLog", "修改收费设置"),
    "auth.sign_in": QT_TRANSLATE_NOOP("AuditLog", "登录"),
    "auth.sign_out": QT_TRANSLATE_NOOP("AuditLog", "退出登录"),
    "auth.failed": QT_TRANSLATE_NOOP("AuditLog", "密码错误"),
    "account.create": QT_TRANSLATE_NOOP("AuditLog", "新增账号"),
    "account.role": QT_TRANSLATE_NOOP("AuditLog", "修改身份"),
    "account.enable": QT_TRANSLATE_NOOP("AuditLog", "启用账号"),
    "account.disable": QT_TRANSLATE_NOOP("AuditLog", "停用账号"),
    "account.password": QT_TRANSLATE_NOOP("AuditLog", "修改密码"),
    "person.reveal_id": QT_TRANSLATE_NOOP("AuditLog", "查看完整证件号"),
    "export": QT_TRANSLATE_NOOP("AuditLog", "导出"),
    "import": QT_TRANSLATE_NOOP("AuditLog", "导入名册"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditLog", "从备份恢复"),
    "backup.off_machine": QT_TRANSLATE_NOOP("AuditLog", "备份到U盘或其他位置"),
    "safety.settings": QT_TRANSLATE_NOOP("AuditLog", "修改备份与锁屏设置"),
    "occupancy.add": QT_TRANSLATE_NOOP("AuditLog", "入住登记"),
    "occupancy.end": QT_TRANSLATE_NOOP("AuditLog", "迁出"),
    "person.update": QT_TRANSLATE_NOOP("AuditLog", "修改人员信息"),
    "unit.update": QT_TRANSLATE_NOOP("AuditLog", "修改房屋信息"),
    "unit.tags": QT_TRANSLATE_NOOP("AuditLog", "修改标签"),
    "office_profile.save": QT_TRANSLATE_NOOP("AuditLog", "修改办公室信息"),
    "vehicle.add": QT_TRANSLATE_NOOP("AuditLog", "登记车辆"),
    "vehicle.end": QT_TRANSLATE_NOOP("AuditLog", "车辆注销"),
    "collection.open": QT_TRANSLATE_NOOP("AuditLog", "建立催缴记录"),
    "collection.update": QT_TRANSLATE_NOOP("AuditLog", "修改催缴记录"),
    "collection.action": QT_TRANSLATE_NOOP("AuditLog", "催缴跟进"),
    "collection.letters": QT_TRANSLATE_NOOP("AuditLog", "开具催缴通知书"),
    "collection.delivery": QT_TRANSLATE_NOOP("AuditLog", "登记送达"),
    "collection.instalments": QT_TRANSLATE_NOOP("AuditLog", "分期协议"),
    "document.create": QT_TRANSLATE_NOOP("AuditLog", "生成文书"),
    "demo.generate": QT_TRANSLATE_NOOP("AuditLog", "载入演示数据"),
    "complaint.receive": QT_TRANSLATE_NOOP("AuditLog", "受理投诉报修"),
    "complaint.attach": QT_TRANSLATE_NOOP("AuditLog", "添加附件"),
    "complaints.deadlines": QT_TRANSLATE_NOOP("AuditLog", "修改处理时限"),
    "event.create": QT_TRANSLATE_NOOP("AuditLog", "新建活动"),
    "event.update": QT_TRANSLATE_NOOP("AuditLog", "修改活动"),
    "event.signup": QT_TRANSLATE_NOOP("AuditLog", "活动报名"),
    "event.signup_cancel": QT_TRANSLATE_NOOP("AuditLog", "取消报名"),
    "event.check_in": QT_TRANSLATE_NOOP("AuditLog", "活动签到"),
    "event.walk_in": QT_TRANSLATE_NOOP("AuditLog", "现场登记"),
    "event.admit": QT_TRANSLATE_NOOP("AuditLog", "候补住户入场"),
    "unit.create": QT_TRANSLATE_NOOP("AuditLog", "添加住户"),
    "survey.create": QT_TRANSLATE_NOOP("AuditLog", "新建满意度调查"),
    "survey.answer": QT_TRANSLATE_NOOP("AuditLog", "录入答卷"),
    "survey.not_returned": QT_TRANSLATE_NOOP("AuditLog", "问卷未交回"),
    "survey.plan": QT_TRANSLATE_NOOP("AuditLog", "添加整改措施"),
    "survey.plan_done": QT_TRANSLATE_NOOP("AuditLog", "整改完成"),
    "surveys.settings": QT_TRANSLATE_NOOP("AuditLog", "修改满意度达标线"),
    "incident.report": QT_TRANSLATE_NOOP("AuditLog", "登记事件"),
    "incident.update": QT_TRANSLATE_NOOP("AuditLog", "事件进展"),
    "incident.call": QT_TRANSLATE_NOOP("AuditLog", "告知受影响住户"),
    "incident.close": QT_TRANSLATE_NOOP("AuditLog", "结束事件"),
    "incident.reopen": QT_TRANSLATE_NOOP("AuditLog", "重新打开事件"),
    "organisation.add": QT_TRANSLATE_NOOP("AuditLog", "新增联系单位"),
    "organisation.change": QT_TRANSLATE_NOOP("AuditLog", "修改联系单位"),
    "organisation.person": QT_TRANSLATE_NOOP("AuditLog", "联系单位人员"),
    "organisation.contact": QT_TRANSLATE_NOOP("AuditLog", "记录联系"),
    "organisation.file": QT_TRANSLATE_NOOP("AuditLog", "联系记录附件"),
}


def action_label(action: str) -> str:
    return label(ACTIONS, action, "AuditLog")


DETAIL_KEYS = {  # the keys the trail keeps, named, in the order they are shown
    "room": QT_TRANSLATE_NOOP("AuditLog", "房号"),
    "unit_id": QT_TRANSLATE_NOOP("AuditLog", "房号"),
    "receipt_no": QT_TRANSLATE_NOOP("AuditLog", "收据号"),
    "number": QT_TRANSLATE_NOOP("AuditLog", "编号"),
    "title": QT_TRANSLATE_NOOP("AuditLog", "标题"),
    "name": QT_TRANSLATE_NOOP("AuditLog", "姓名"),
    "person_id": QT_TRANSLATE_NOOP("AuditLog", "姓名"),
    "role": QT_TRANSLATE_NOOP("AuditLog", "身份"),
    "signup": QT_TRANSLATE_NOOP("AuditLog", "报名"),
    "people": QT_TRANSLATE_NOOP("AuditLog", "人数"),
    "status": QT_TRANSLATE_NOOP("AuditLog", "状态"),
    "moved_up": QT_TRANSLATE_NOOP("AuditLog", "递补"),
    "kind": QT_TRANSLATE_NOOP("AuditLog", "类别"),
    "category": QT_TRANSLATE_NOOP("AuditLog", "分类"),
    "amount": QT_TRANSLATE_NOOP("AuditLog", "金额"),
    "method": QT_TRANSLATE_NOOP("AuditLog", "方式"),
    "paid_on": QT_TRANSLATE_NOOP("AuditLog", "日期"),
    "on_date": QT_TRANSLATE_NOOP("AuditLog", "日期"),
    "before": QT_TRANSLATE_NOOP("AuditLog", "原为"),
    "after": QT_TRANSLATE_NOOP("AuditLog", "改为"),
    "reason": QT_TRANSLATE_NOOP("AuditLog", "原因"),
    "approved_by": QT_TRANSLATE_NOOP("AuditLog", "批准人"),
    "owed_before": QT_TRANSLATE_NOOP("AuditLog", "原欠费"),
    "owed_after": QT_TRANSLATE_NOOP("AuditLog", "现欠费"),
    "credit_before": QT_TRANSLATE_NOOP("AuditLog", "原预存"),
    "credit_after": QT_TRANSLATE_NOOP("AuditLog", "现预存"),
    "bills": QT_TRANSLATE_NOOP("AuditLog", "账单"),
    "period": QT_TRANSLATE_NOOP("AuditLog", "月份"),
    "units": QT_TRANSLATE_NOOP("AuditLog", "户数"),
    "households": QT_TRANSLATE_NOOP("AuditLog", "户数"),
    "total": QT_TRANSLATE_NOOP("AuditLog", "合计"),
    "credit_applied": QT_TRANSLATE_NOOP("AuditLog", "预存抵扣"),
    "count": QT_TRANSLATE_NOOP("AuditLog", "期数"),
    "first_due": QT_TRANSLATE_NOOP("AuditLog", "第一期"),
    "area": QT_TRANSLATE_NOOP("AuditLog", "建筑面积"),
    "handover_date": QT_TRANSLATE_NOOP("AuditLog", "交房日期"),
    "start_date": QT_TRANSLATE_NOOP("AuditLog", "入住日期"),
    "end_date": QT_TRANSLATE_NOOP("AuditLog", "迁出日期"),
    "delivered_on": QT_TRANSLATE_NOOP("AuditLog", "送达日期"),
    "tracking_no": QT_TRANSLATE_NOOP("AuditLog", "单号"),
    "next_step": QT_TRANSLATE_NOOP("AuditLog", "下一步"),
    "next_date": QT_TRANSLATE_NOOP("AuditLog", "下一步日期"),
    "starts_at": QT_TRANSLATE_NOOP("AuditLog", "开始"),
    "deadline": QT_TRANSLATE_NOOP("AuditLog", "时限"),
    "plate": QT_TRANSLATE_NOOP("AuditLog", "车牌"),
    "document": QT_TRANSLATE_NOOP("AuditLog", "文书档案号"),
    "path": QT_TRANSLATE_NOOP("AuditLog", "文件"),
    "file": QT_TRANSLATE_NOOP("AuditLog", "文件"),
    "rows": QT_TRANSLATE_NOOP("AuditLog", "行数"),
    "imported": QT_TRANSLATE_NOOP("AuditLog", "导入"),
    "rejected": QT_TRANSLATE_NOOP("AuditLog", "退回"),
    "failures": QT_TRANSLATE_NOOP("AuditLog", "连续失败"),
    "locked": QT_TRANSLATE_NOOP("AuditLog", "已锁定"),
    "evidence": QT_TRANSLATE_NOOP("AuditLog", "证据"),
    "said": QT_TRANSLATE_NOOP("AuditLog", "沟通内容"),
    "outcome": QT_TRANSLATE_NOOP("AuditLog", "结果"),
    "next_action": QT_TRANSLATE_NOOP("AuditLog", "下一步"),
    "notes": QT_TRANSLATE_NOOP("AuditLog", "情况记录"),
    "subject": QT_TRANSLATE_NOOP("AuditLog", "事由"),
    "pages": QT_TRANSLATE_NOOP("AuditLog", "页数"),
    "basis": QT_TRANSLATE_NOOP("AuditLog", "计费方式"),
    "rate": QT_TRANSLATE_NOOP("AuditLog", "单价"),
    "unit_kinds": QT_TRANSLATE_NOOP("AuditLog", "适用房屋"),
    "start_period": QT_TRANSLATE_NOOP("AuditLog", "起始月份"),
    "end_period": QT_TRANSLATE_NOOP("AuditLog", "截止月份"),
    "from_period": QT_TRANSLATE_NOOP("AuditLog", "起始月份"),
    "legal_basis": QT_TRANSLATE_NOOP("AuditLog", "收费依据"),
    "price_form": QT_TRANSLATE_NOOP("AuditLog", "价格形式"),
    "estate_name": QT_TRANSLATE_NOOP("AuditLog", "小区名称"),
    "office_name": QT_TRANSLATE_NOOP("AuditLog", "服务中心名称"),
    "address": QT_TRANSLATE_NOOP("AuditLog", "地址"),
    "phone": QT_TRANSLATE_NOOP("AuditLog", "电话"),
    "seal_png": QT_TRANSLATE_NOOP("AuditLog", "公章图片"),
    "pay_qr_png": QT_TRANSLATE_NOOP("AuditLog", "收款码"),
    "demo": QT_TRANSLATE_NOOP("AuditLog", "演示数据"),
    "seed": QT_TRANSLATE_NOOP("AuditLog", "随机种子"),
    "accounts": QT_TRANSLATE_NOOP("AuditLog", "账号"),
    "buildings": QT_TRANSLATE_NOOP("AuditLog", "楼栋"),
    "persons": QT_TRANSLATE_NOOP("AuditLog", "人员"),
    "occupancies": QT_TRANSLATE_NOOP("AuditLog", "入住记录"),
    "payments": QT_TRANSLATE_NOOP("AuditLog", "收款"),
    "cases": QT_TRANSLATE_NOOP("AuditLog", "催缴记录"),
    "complaints": QT_TRANSLATE_NOOP("AuditLog", "投诉报修"),
    "events": QT_TRANSLATE_NOOP("AuditLog", "活动"),
    "tags": QT_TRANSLATE_NOOP("AuditLog", "标签"),
    "vehicles": QT_TRANSLATE_NOOP("AuditLog", "车辆"),
}
IMAGE_CHANGES = {"set": QT_TRANSLATE_NOOP("AuditLog", "已更换"),
                 "removed": QT_TRANSLATE_NOOP("AuditLog", "已删除")}
FEE_ITEM = QT_TRANSLATE_NOOP("AuditLog", "收费项目")  # what `name` is in fee_item entries
HIDDEN = {"plan", "new_item", "token"}  # internal numbers nobody at the desk knows
MONEY_KEYS = {"amount", "owed_before", "owed_after", "credit_before", "credit_after", "total",
              "credit_applied"}
LETTER_KINDS = {"first": QT_TRANSLATE_NOOP("AuditLog", "催缴通知书"),
                "final": QT_TRANSLATE_NOOP("AuditLog", "再次催缴")}


def _codes(action: str, key: str) -> dict[str, str] | None:
    """The table that names the codes `key` holds in entries of `action`."""
    if key in ("status", "before", "after"):
        if action.startswith("complaint."):
            return labels.COMPLAINT_STATUSES
        if action.startswith("event."):
            return labels.SIGNUP_STATUSES
        if action.startswith("collection."):
            return labels.CASE_STATUSES
    tables = {("collection.action", "kind"): labels.ACTIONS,
              ("collection.letters", "kind"): LETTER_KINDS,
              ("complaint.receive", "kind"): labels.COMPLAINT_KINDS,
              ("collection.delivery", "method"): labels.DELIVERIES,
              ("occupancy.add", "role"): labels.ROLES}
    if (action, key) in tables:
        return tables[(action, key)]
    if key == "category":
        return labels.CATEGORIES
    if key == "reason" and action.startswith("collection."):
        return labels.REASONS
    if key == "method":
        return labels.METHODS
    return None


def detail_value(key: str, value: object, action: str = "payment.create",
                 names: dict[str, dict[int, str]] | None = None, basis: str = "") -> str:
    """A stored value in words: money in yuan (the trail keeps fen), codes by name, rooms and
    people for their ids, the bills a payment touched as a count."""
    names = names or {}
    if value is None or value == "":
        return ""
    if key == "area" and isinstance(value, int):  # kept in hundredths of a m²
        return f"{value / 100:.2f} ㎡"
    if key == "kind" and action.startswith("unit.") and isinstance(value, str):
        return label(labels.KINDS, value)
    if key == "rate" and isinstance(value, int) and basis:
        return f"{rate_text(value)}元/㎡" if basis == "area" else money_text(value)
    if key == "basis" and isinstance(value, str):
        return label(labels.BASES, value)
    if key == "price_form" and isinstance(value, str):
        return label(labels.PRICE_FORMS, value)
    if isinstance(value, bool):
        return translate("AuditLog", "是") if value else translate("AuditLog", "否")
    lookup = {"unit_id": "unit", "person_id": "person", "moved_up": "signup",
              "signup": "signup"}.get(key)
    if lookup is not None:
        found = names.get(lookup, {})
        values = value if isinstance(value, list) else [value]
        return "、".join(found.get(v, "—") if isinstance(v, int) else str(v) for v in values)
    if key in MONEY_KEYS and isinstance(value, int):
        return money_text(value)
    if action == "credit.apply" and key in ("before", "after") and isinstance(value, int):
        return money_text(value)
    if key == "people" and isinstance(value, int):
        return translate("AuditLog", "{count} 人").format(count=value)
    if key == "period" and isinstance(value, int):
        return period_text(value)
    if key == "role" and (action.startswith(("auth.", "account."))):
        return role_label(value) if isinstance(value, str) else str(value)
    if action == "account.role" and key in ("before", "after") and isinstance(value, str):
        return role_label(value)
    codes = _codes(action, key)
    if codes is not None and isinstance(value, str):
        return label(codes, value, "AuditLog" if codes is LETTER_KINDS else "Labels")
    if key == "bills" and isinstance(value, dict):
        return translate("AuditLog", "{count} 笔").format(count=len(value))
    if key in ("start_period", "end_period", "from_period") and isinstance(value, int):
        return "" if value in (190001, 299912) else period_text(value)
    if key == "unit_kinds" and isinstance(value, str):
        return "、".join(label(labels.KINDS, kind) for kind in value.split(",") if kind)
    if key in ("seal_png", "pay_qr_png") and value in IMAGE_CHANGES:
        return translate("AuditLog", IMAGE_CHANGES[value])
    if key == "kind" and action == "document.create" and isinstance(value, str):
        return label(KIND_LABELS, value, "Documents")
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    if isinstance(value, dict):  # a change of several fields: each by its name
        return "，".join(f"{translate('AuditLog', DETAIL_KEYS[k]) if k in DETAIL_KEYS else k} "
                        f"{detail_value(k, v, action, names) or '—'}" for k, v in value.items())
    return "" if value is None else str(value)


def detail_text(entry: audit.Entry, names: dict[str, dict[int, str]] | None = None) -> str:
    """One line in words: what the entry is about (an event's title, a room, a person's stay),
    then its details by name — rooms and names for ids, never the ids themselves."""
    names = names or {}
    detail = entry.detail
    about = ""
    if entry.entity == "event":
        about = f"「{names.get('event', {}).get(entry.entity_id, '')}」"
    elif entry.entity in ("unit", "occupancy") and "room" not in detail \
            and "unit_id" not in detail:
        about = names.get(entry.entity, {}).get(entry.entity_id, "")
    keys = [key for key in DETAIL_KEYS if key in detail]
    keys += [key for key in detail if key not in DETAIL_KEYS and key not in HIDDEN]
    parts = [about] if about else []
    for key in keys:
        value = detail_value(key, detail[key], entry.action, names,
                             basis=str(detail.get("basis", "")))
        if value == "":
            continue
        if key == "moved_up":
            parts.append(translate("AuditLog", "{rooms} 递补").format(rooms=value))
        elif key == "name" and entry.action.startswith("fee_item."):
            parts.append(f"{translate('AuditLog', FEE_ITEM)} {value}")
        elif key in DETAIL_KEYS:
            parts.append(f"{translate('AuditLog', DETAIL_KEYS[key])} {value}")
        else:
            parts.append(f"{key} {value}")
    return "；".join(parts)


@dataclass(frozen=True)
class Row:
    entry: audit.Entry
    words: str  # its details in words


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("AuditLog", "时间"), lambda r: r.entry.at.replace("T", " ")),
    Column(QT_TRANSLATE_NOOP("AuditLog", "操作人"), lambda r: r.entry.actor),
    Column(QT_TRANSLATE_NOOP("AuditLog", "身份"), lambda r: role_label(r.entry.role)),
    Column(QT_TRANSLATE_NOOP("AuditLog", "操作"), lambda r: action_label(r.entry.action)),
    Column(QT_TRANSLATE_NOOP("AuditLog", "详情"), lambda r: r.words),
]
LIMIT = 2000


class AuditLogDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AuditLog", "操作日志"))
        today = clock.today()
        self.first = DateField(today - timedelta(days=30), compact=True)
        self.last = DateField(today, compact=True)
        for edit in (self.first, self.last):
            edit.valueChanged.connect(self.reload)
        self.last.valueChanged.connect(self.show_chain)
        self.actor = QComboBox()
        self.actor.addItem(translate("AuditLog", "所有人"), "")
        for name in audit.actors():
            self.actor.addItem(name, name)
        self.actor.currentIndexChanged.connect(self.reload)
        self.kind = QComboBox()
        for text, prefixes in KINDS:
            self.kind.addItem(translate("AuditLog", text), prefixes)
        self.kind.currentIndexChanged.connect(self.reload)
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("AuditLog", "房号、收据号、姓名…"))
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(self.reload)
        filters = QHBoxLayout()
        for caption, widget in ((translate("AuditLog", "从"), self.first),
                              (translate("AuditLog", "到"), self.last),
                              (translate("AuditLog", "操作人"), self.actor),
                              (translate("AuditLog", "类别"), self.kind),
                              (translate("AuditLog", "查找"), self.text)):
            filters.addWidget(QLabel(caption))
            filters.addWidget(widget)
        self.model = RowTableModel(COLUMNS, "AuditLog", self)
        self.view = table_view(self.model, stretch=4)
        self.count = QLabel()
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addWidget(self.count)
        layout.addWidget(self.chain)
        layout.addWidget(buttons)
        self.resize(1050, 600)
        self.reload()
        self.show_chain()

    def reload(self) -> None:
        if not (self.first.is_valid() and self.last.is_valid()):
            return
        rows = audit.entries(first=self.first.value().isoformat(),
                             last=self.last.value().isoformat(),
                             actor=self.actor.currentData() or None,
                             action_prefix=self.kind.currentData() or None,
                             text=self.text.text().strip() or None, limit=LIMIT)
        names = audit.names(rows)
        self.model.set_rows([Row(entry, detail_text(entry, names)) for entry in rows])
        text = translate("AuditLog", "共 {count} 条").format(count=len(rows))
        if len(rows) == LIMIT:
            text += translate("AuditLog", "（只显示最近的 {limit} 条，请缩小范围）").format(
                limit=LIMIT)
        self.count.setText(text)

    def show_chain(self) -> None:
        problems = audit.chain_problems()
        if not self.last.is_valid():
            return
        day = self.last.value().isoformat()
        rows, digest = audit.day_hash(day)
        if problems:
            self.chain.setStyleSheet("color: #b00020;")
            self.chain.setText(translate(
                "AuditLog", "日志链校验失败：有记录在软件之外被改动或删除（{first}）。"
                            "请主管核对纸质收费日报上的校验码。").format(first=problems[0]))
        else:
            self.chain.setStyleSheet("color: #1b7f3b;")
            self.chain.setText(translate(
                "AuditLog", "日志链校验通过：记录环环相扣。{day} 收费日报上应印有校验码"
                            "（截至当日第 {count} 条）：{code}").format(
                day=day, count=rows, code=chain.check_code(digest)))
