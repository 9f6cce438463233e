"""操作日志: the audit trail, filtered by day, person, kind of action and text, with the state of
its hash chain at the bottom (a row changed or removed behind the app's back shows in red)."""

from __future__ import annotations

import json
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

from pmdesk.core import clock
from pmdesk.core.money.amounts import money_text
from pmdesk.core.safety import audit, chain
from pmdesk.i18n import translate
from pmdesk.labels import METHODS, label
from pmdesk.ui.access import role_label
from pmdesk.ui.date_field import DateField
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
}


def action_label(action: str) -> str:
    return label(ACTIONS, action, "AuditLog")


DETAIL_KEYS = {
    "room": QT_TRANSLATE_NOOP("AuditLog", "房号"),
    "receipt_no": QT_TRANSLATE_NOOP("AuditLog", "收据号"),
    "amount": QT_TRANSLATE_NOOP("AuditLog", "金额"),
    "method": QT_TRANSLATE_NOOP("AuditLog", "方式"),
    "paid_on": QT_TRANSLATE_NOOP("AuditLog", "日期"),
    "reason": QT_TRANSLATE_NOOP("AuditLog", "原因"),
    "approved_by": QT_TRANSLATE_NOOP("AuditLog", "批准人"),
    "owed_before": QT_TRANSLATE_NOOP("AuditLog", "原欠费"),
    "owed_after": QT_TRANSLATE_NOOP("AuditLog", "现欠费"),
    "credit_before": QT_TRANSLATE_NOOP("AuditLog", "原预存"),
    "credit_after": QT_TRANSLATE_NOOP("AuditLog", "现预存"),
    "bills": QT_TRANSLATE_NOOP("AuditLog", "账单"),
    "name": QT_TRANSLATE_NOOP("AuditLog", "姓名"),
    "role": QT_TRANSLATE_NOOP("AuditLog", "身份"),
    "path": QT_TRANSLATE_NOOP("AuditLog", "文件"),
    "rows": QT_TRANSLATE_NOOP("AuditLog", "行数"),
}
MONEY_KEYS = {"amount", "owed_before", "owed_after", "credit_before", "credit_after"}
WORDED = ("payment.", "reduction.", "credit.", "auth.", "account.", "person.reveal_id",
          "export", "backup.")  # actions whose keys mean the same everywhere


def detail_value(key: str, value: object, worded: bool = True) -> str:
    """Money in yuan (the trail keeps fen), codes as words, the bills a payment touched as a
    count; anything else as stored."""
    if key in MONEY_KEYS and isinstance(value, int):
        return money_text(value)
    if worded and key == "method" and isinstance(value, str):
        return label(METHODS, value)
    if worded and key == "role" and isinstance(value, str):
        return role_label(value)
    if worded and key == "bills" and isinstance(value, dict):
        return translate("AuditLog", "{count} 笔").format(count=len(value))
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def detail_text(entry: audit.Entry) -> str:
    """One line. For money, sign-in, account, reveal, export and backup entries the known keys
    come first, in Chinese (elsewhere a key like `reason` holds a code of its own kind)."""
    detail = entry.detail
    worded = entry.action.startswith(WORDED)
    known = [key for key in DETAIL_KEYS if key in detail] if worded else []
    rest = [key for key in detail if key not in known]
    return "；".join(
        [f"{translate('AuditLog', DETAIL_KEYS[key])} {detail_value(key, detail[key])}"
         for key in known] + [f"{key}={detail_value(key, detail[key], worded)}"
                              for key in rest])


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("AuditLog", "时间"), lambda e: e.at.replace("T", " ")),
    Column(QT_TRANSLATE_NOOP("AuditLog", "操作人"), lambda e: e.actor),
    Column(QT_TRANSLATE_NOOP("AuditLog", "身份"), lambda e: role_label(e.role)),
    Column(QT_TRANSLATE_NOOP("AuditLog", "操作"), lambda e: action_label(e.action)),
    Column(QT_TRANSLATE_NOOP("AuditLog", "详情"), detail_text),
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
        self.model.set_rows(rows)
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
