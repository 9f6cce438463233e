"""开始使用: the first day's checklist — office details, the register, fee items, the opening
balances, the first billing run, the desk's accounts — each step with whether it is done (read
from the records) and the button that does it. Shown after the office details on a new
database, and from 帮助."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core import first_day
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate

DONE_COLOR, TODO_COLOR = "#1b7f3b", "#5f6368"
TITLES = {
    "office": QT_TRANSLATE_NOOP("FirstDay", "办公室信息"),
    "register": QT_TRANSLATE_NOOP("FirstDay", "住户名册"),
    "fee_items": QT_TRANSLATE_NOOP("FirstDay", "收费项目"),
    "opening": QT_TRANSLATE_NOOP("FirstDay", "期初余额"),
    "billing": QT_TRANSLATE_NOOP("FirstDay", "第一次出账"),
    "accounts": QT_TRANSLATE_NOOP("FirstDay", "前台人员的账号"),
}


def _detail(step: str, p: first_day.Progress) -> str:
    texts = {
        "office": (translate("FirstDay", "小区、服务中心名称、电话和公章，印在每份文书上。"),
                   translate("FirstDay", "已填写。")),
        "register": (translate("FirstDay", "导入 Excel 名册，或一户一户添加。"),
                     translate("FirstDay", "已登记 {count} 户。").format(count=p.households)),
        "fee_items": (translate("FirstDay", "物业服务费、垃圾清运费……单价与收费依据。"),
                      translate("FirstDay", "已有 {count} 个收费项目。").format(
                          count=p.fee_items)),
        "opening": (translate("FirstDay", "原系统或台账里的欠费和预存，带着月份导入；"
                                          "没有就点“没有期初余额”。"),
                    translate("FirstDay", "已导入 {count} 批。").format(count=p.opening_batches)
                    if p.opening_batches else translate("FirstDay", "本处没有期初余额。")),
        "billing": (translate("FirstDay", "按月为每户出账，之后就能收款、催缴。"),
                    translate("FirstDay", "已出账 {count} 个月。").format(
                        count=p.billed_months)),
        "accounts": (translate("FirstDay", "每位前台人员用自己的账号登录，作废、减免需主管授权。"),
                     translate("FirstDay", "已有 {count} 个前台账号。").format(count=p.clerks)),
    }
    return texts[step][1] if p.done(step) else texts[step][0]


class FirstDayDialog(QDialog):
    """`actions` maps each step to what its button does (and its caption)."""

    def __init__(self, actions: dict[str, list[tuple[str, Callable[[], object]]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FirstDay", "开始使用"))
        intro = QLabel(translate(
            "FirstDay", "按顺序完成这几步，前台就可以开始工作了。每一步做完会自动打勾。"))
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        self.marks: dict[str, QLabel] = {}
        self.details: dict[str, QLabel] = {}
        for row, step in enumerate(first_day.STEPS):
            mark, title, detail = QLabel(), QLabel(f"<b>{translate('FirstDay', TITLES[step])}"
                                                   "</b>"), QLabel()
            detail.setWordWrap(True)
            buttons = QHBoxLayout()
            for caption, action in actions.get(step, []):
                button = QPushButton(caption)
                button.clicked.connect(lambda _=False, act=action: self._run(act))
                buttons.addWidget(button)
            grid.addWidget(mark, row, 0)
            grid.addWidget(title, row, 1)
            grid.addWidget(detail, row, 2)
            grid.addLayout(buttons, row, 3)
            self.marks[step], self.details[step] = mark, detail
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(close)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * 56)
        self.refresh()

    def _run(self, action: Callable[[], object]) -> None:
        action()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Back from a wizard that finished after its button returned: read the steps again."""
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        p = first_day.progress()
        self.progress = p
        for step in first_day.STEPS:
            done = p.done(step)
            self.marks[step].setText("✓" if done else "○")
            self.marks[step].setStyleSheet(f"color: {DONE_COLOR if done else TODO_COLOR};"
                                           "font-size: 14pt;")
            self.details[step].setText(_detail(step, p))
        self.summary.setText(translate("FirstDay", "都完成了，可以开始收款了。") if p.finished
                             else "")
