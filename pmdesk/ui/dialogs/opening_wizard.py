"""Day one's opening balances in the window: the import wizard's pages for 期初欠费 or 期初预存,
a manager's approval before the import, the office's consent to items it does not know, and
the 期初余额导入确认单 shown for printing once imported. Every rule is the command line's
(core/money/opening.py, actions/opening.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QWidget

from pmdesk.actions.opening import import_balances, summary
from pmdesk.core.errors import PmdeskError
from pmdesk.core.money import opening
from pmdesk.core.money.amounts import money_text
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.ui.access import approval_for
from pmdesk.ui.alerts import show_error
from pmdesk.ui.dialogs.import_wizard import ImportWizard
from pmdesk.ui.documents import show_issued

ROOM_FIELDS = (
    ("building", QT_TRANSLATE_NOOP("OpeningWizard", "楼栋")),
    ("stairwell", QT_TRANSLATE_NOOP("OpeningWizard", "单元")),
    ("room", QT_TRANSLATE_NOOP("OpeningWizard", "房号 *")),
    ("owner", QT_TRANSLATE_NOOP("OpeningWizard", "业主（核对用）")),
)
ARREARS_FIELDS = (
    *ROOM_FIELDS,
    ("period", QT_TRANSLATE_NOOP("OpeningWizard", "月份或欠费起止")),
    ("start", QT_TRANSLATE_NOOP("OpeningWizard", "起始月份")),
    ("end", QT_TRANSLATE_NOOP("OpeningWizard", "截止月份")),
    ("item", QT_TRANSLATE_NOOP("OpeningWizard", "收费项目")),
    ("amount", QT_TRANSLATE_NOOP("OpeningWizard", "欠费金额")),
    ("due", QT_TRANSLATE_NOOP("OpeningWizard", "应缴金额（缴费历史）")),
    ("paid", QT_TRANSLATE_NOOP("OpeningWizard", "实缴金额（缴费历史）")),
    ("paid_on", QT_TRANSLATE_NOOP("OpeningWizard", "缴费时间（缴费历史）")),
    ("cashier", QT_TRANSLATE_NOOP("OpeningWizard", "收银员（缴费历史）")),
)
CREDIT_FIELDS = (*ROOM_FIELDS, ("amount", QT_TRANSLATE_NOOP("OpeningWizard", "预存余额 *")))


class OpeningWizard(ImportWizard):
    context = "OpeningWizard"

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        self.kind = kind
        self.fields = ARREARS_FIELDS if kind == "arrears" else CREDIT_FIELDS
        super().__init__(parent)
        self.batch: opening.Batch | None = None
        self.issued = None  # the confirmation sheet, once imported
        self.create_items = QCheckBox()
        self.options.addWidget(self.create_items)
        self.create_items.hide()

    def title(self) -> str:
        return (translate("OpeningWizard", "导入期初欠费") if self.kind == "arrears"
                else translate("OpeningWizard", "导入期初预存"))

    def intro(self) -> str:
        if self.kind == "credit":
            return translate("OpeningWizard", "选择原系统的预存余额表（Excel .xlsx）：房号和预存"
                                              "余额两列即可。预存不开收据，不计入当日收费。")
        return translate("OpeningWizard", "选择原系统导出或手工台账的欠费表（Excel .xlsx），"
                                          "三种格式都可以：\n• 每户每月每个项目一行（房号、月份、"
                                          "收费项目、欠费金额）；\n• 每户一行，欠费合计和欠费起止"
                                          "（按月平均拆分，零头记在最早的月份）；\n• 缴费历史"
                                          "（开始时间、结束时间、应缴金额、实缴金额…）：已缴的只作"
                                          "历史记录，未缴的结转为欠费。\n导入需要主管确认，"
                                          "导入后打印确认单交财务签字。")

    def read(self, path: Path, columns: dict[str, int] | None, cancel):
        return opening.read_opening(path, self.kind, columns, cancel=cancel)

    def describe_plan(self, plan: opening.OpeningPlan) -> str:
        if plan.new_items:
            self.create_items.setText(translate(
                "OpeningWizard", "把“{items}”建为期初结转项目（只记旧账，不按月计费）").format(
                items="、".join(plan.new_items)))
        self.create_items.setVisible(bool(plan.new_items))
        self.create_items.setChecked(False)
        return "\n".join(summary(plan))

    def work(self, plan: opening.OpeningPlan, skip_bad: bool, rejects: str | None,
             reasons: list[str]) -> Callable | None:
        if plan.new_items and not self.create_items.isChecked():
            show_error(self, PmdeskError("opening.unknown_items",
                                         items="、".join(plan.new_items)))
            return None
        try:
            approver = approval_for(self, "opening.import")
        except PmdeskError as exc:
            show_error(self, exc)
            return None
        create = self.create_items.isChecked()
        return lambda progress, cancel: import_balances(
            plan=plan, skip_bad=skip_bad, create_items=create, rejects=rejects, reasons=reasons,
            approved_by=approver)

    def done_text(self, result) -> str:
        self.batch, self.issued = result
        return translate("OpeningWizard", "已导入第 {number} 批：{households} 户，合计 {total}。"
                                          "请打印期初余额导入确认单，交财务核对签字。").format(
            number=self.batch.id, households=self.batch.households,
            total=money_text(self.batch.total))

    def accept(self) -> None:
        super().accept()
        if self.issued is not None:
            show_issued(self.parent(), self.issued, "opening")
