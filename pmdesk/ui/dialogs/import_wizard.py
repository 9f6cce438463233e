"""The import wizard: choose the file → check the columns found (and change them) → read the
report → import. Every rule is the command line's (core/register/importer.py for the roster;
ui/dialogs/opening_wizard.py fills the same pages for the opening balances)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.actions.register import import_residents
from pmdesk.core.errors import Cancelled, PmdeskError
from pmdesk.core.register.importer import previous_import, read_roster
from pmdesk.core.safety.files import check_output
from pmdesk.error_messages import describe
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.ui.alerts import show_error
from pmdesk.ui.models import Column, RowTableModel
from pmdesk.ui.tasks import run_task

FIELDS = (
    ("building", QT_TRANSLATE_NOOP("ImportWizard", "楼栋")),
    ("stairwell", QT_TRANSLATE_NOOP("ImportWizard", "单元")),
    ("room", QT_TRANSLATE_NOOP("ImportWizard", "房号 *")),
    ("floor", QT_TRANSLATE_NOOP("ImportWizard", "楼层")),
    ("name", QT_TRANSLATE_NOOP("ImportWizard", "业主")),
    ("role", QT_TRANSLATE_NOOP("ImportWizard", "身份（业主、家庭成员、租客）")),
    ("phone", QT_TRANSLATE_NOOP("ImportWizard", "电话")),
    ("id_number", QT_TRANSLATE_NOOP("ImportWizard", "证件号码")),
    ("area", QT_TRANSLATE_NOOP("ImportWizard", "建筑面积 *")),
    ("state", QT_TRANSLATE_NOOP("ImportWizard", "房屋状态")),
    ("date", QT_TRANSLATE_NOOP("ImportWizard", "入住/交房日期")),
    ("note", QT_TRANSLATE_NOOP("ImportWizard", "备注")),
)
REJECT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("ImportWizard", "行"), lambda r: r[0]),
    Column(QT_TRANSLATE_NOOP("ImportWizard", "原因"), lambda r: r[1]),
]


class ImportWizard(QDialog):
    """The roster's wizard; a subclass imports something else by overriding `fields`,
    `read`, `describe_plan`, `work` and `done_text`."""

    fields = FIELDS
    context = "ImportWizard"  # the translation context of `fields`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.title())
        self.plan = None
        self.imported: int | None = None  # households added, once the import is done
        self.pages = QStackedWidget()

        # 1. the file
        self.file_label = QLabel(self.intro())
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(translate("ImportWizard", "选择文件(&F)…"))
        self.choose_button.clicked.connect(self.choose_file)
        first = QWidget()
        QVBoxLayout(first).addWidget(self.file_label)
        first.layout().addWidget(self.choose_button)
        first.layout().addStretch()

        # 2. the columns
        self.header_label = QLabel()
        self.header_label.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field, text in self.fields:
            combo = QComboBox()
            self.combos[field] = combo
            form.addRow(translate(self.context, text), combo)
        second = QWidget()
        QVBoxLayout(second).addWidget(self.header_label)
        second.layout().addLayout(form)

        # 3. the report
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rejects_model = RowTableModel(REJECT_COLUMNS, "ImportWizard", self)
        self.rejects = QTableView()
        self.rejects.setModel(self.rejects_model)
        self.rejects.verticalHeader().hide()
        self.rejects.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.skip_bad = QCheckBox(translate(
            "ImportWizard", "只导入正确的行（有问题的行另存，改好后再导入）"))
        third = QWidget()
        QVBoxLayout(third).addWidget(self.summary)
        third.layout().addWidget(self.rejects, 1)
        third.layout().addWidget(self.skip_bad)
        self.options = QVBoxLayout()  # a subclass's own choices before the import
        third.layout().addLayout(self.options)

        for page in (first, second, third):
            self.pages.addWidget(page)
        self.back_button = QPushButton(translate("ImportWizard", "上一步"))
        self.next_button = QPushButton(translate("ImportWizard", "下一步"))
        self.import_button = QPushButton(translate("ImportWizard", "导入(&I)"))
        cancel = QPushButton(translate("ImportWizard", "取消"))
        self.back_button.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(self.check_columns)
        self.import_button.clicked.connect(self.do_import)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.back_button, self.next_button, self.import_button, cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(640, 560)
        self.go(0)

    def title(self) -> str:
        return translate("ImportWizard", "导入住户名册")

    def intro(self) -> str:
        return translate("ImportWizard", "选择业主名册（Excel .xlsx）。表头可以在前 10 行的"
                                         "任意一行，上面有标题或合并单元格都没关系。")

    def read(self, path: Path, columns: dict[str, int] | None, cancel):
        """Read and check the file (in the background); nothing is written."""
        return read_roster(path, columns, cancel=cancel)

    def describe_plan(self, plan) -> str:
        text = translate("ImportWizard", "读取 {read} 行：可导入 {ok} 行，有问题 {bad} 行。")
        text = text.format(read=len(plan.rows), ok=len(plan.accepted), bad=len(plan.rejected))
        if plan.hidden_sheets:
            text += translate("ImportWizard", "\n隐藏的工作表未读取：{sheets}").format(
                sheets="、".join(plan.hidden_sheets))
        earlier = previous_import(plan)
        if earlier:
            text += translate("ImportWizard", "\n注意：此文件已于 {when} 导入过。").format(
                when=earlier[:16].replace("T", " "))
        for number, warning in plan.warnings:  # imported all the same, something left out
            text += translate("ImportWizard", "\n第 {row} 行：{reason}").format(
                row=number, reason=describe(warning))
        return text

    def work(self, plan, skip_bad: bool, rejects: str | None,
             reasons: list[str]) -> Callable | None:
        """The import to run in the background (one transaction), or None to stop here."""
        return lambda progress, cancel: import_residents(
            plan=plan, skip_bad=skip_bad, rejects=rejects, reasons=reasons)

    def done_text(self, result) -> str:
        self.imported, unchanged = result
        return translate("ImportWizard", "已导入 {count} 户；{unchanged} 户已在册，未改动。"
                         ).format(count=self.imported, unchanged=unchanged)

    def go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setEnabled(page > 0)
        self.next_button.setVisible(page == 1)
        self.import_button.setVisible(page == 2)

    def _read(self, path: Path, columns: dict[str, int] | None, then: Callable):
        """Read and check the roster in the background (a 20,000-row file takes seconds; the
        window keeps painting and a progress dialog with 取消 appears), then `then(plan)`."""
        def failed(exc: BaseException) -> None:
            if not isinstance(exc, Cancelled):  # the clerk pressed 取消: nothing to say
                show_error(self, exc)

        return run_task(self, lambda progress, cancel: self.read(path, columns, cancel),
                        on_done=then, on_error=failed, cancellable=True,
                        label=translate("ImportWizard", "正在读取名册…"))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("ImportWizard", "选择文件"), "",
                                              translate("ImportWizard", "Excel 表格 (*.xlsx)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path):
        return self._read(path, None, lambda plan: self._loaded(path, plan))

    def _loaded(self, path: Path, plan) -> None:
        self.plan = plan
        self.header_label.setText(translate(
            "ImportWizard", "文件：{file}\n工作表“{sheet}”，表头在第 {row} 行。"
                            "请核对每一项对应的列：").format(
            file=path.name, sheet=plan.sheet, row=plan.header_row))
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(translate("ImportWizard", "（没有这一列）"), None)
            for index, header in enumerate(plan.headers):
                combo.addItem(header or translate("ImportWizard", "第 {n} 列").format(n=index + 1),
                              index)
            combo.setCurrentIndex(combo.findData(plan.columns.get(field)))
        self.go(1)

    def check_columns(self):
        columns = {field: combo.currentData() for field, combo in self.combos.items()}
        return self._read(self.plan.path, columns, self._checked)

    def _checked(self, plan) -> None:
        self.plan = plan
        rejects = [(row.sheet_row, describe(row.reason)) for row in plan.rejected]
        self.reasons = [reason for _, reason in rejects]
        self.rejects_model.set_rows(rejects)
        self.summary.setText(self.describe_plan(plan))
        self.skip_bad.setVisible(bool(plan.rejected))
        self.skip_bad.setChecked(False)
        self.rejects.setVisible(bool(plan.rejected))
        self.go(2)

    def do_import(self):
        plan = self.plan
        if plan.rejected and not self.skip_bad.isChecked():
            QMessageBox.information(self, self.title(),
                                    describe(PmdeskError("import.has_rejects",
                                                         count=len(plan.rejected))))
            return
        if plan.rejected:
            name, _ = QFileDialog.getSaveFileName(
                self, translate("ImportWizard", "把未导入的行存到"),
                str(plan.path.with_name(plan.path.stem + "-未导入.xlsx")),
                translate("ImportWizard", "Excel 表格 (*.xlsx)"))
            if not name:
                return None
            try:
                check_output(name)  # before the import, not after it committed
            except PmdeskError as exc:
                show_error(self, exc)
                return None
        work = self.work(plan, self.skip_bad.isChecked(), name if plan.rejected else None,
                         self.reasons)
        if work is None:
            return None

        def done(result) -> None:
            QMessageBox.information(self, translate("ImportWizard", "导入完成"),
                                    self.done_text(result))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            show_error(self, exc)

        self.import_button.setEnabled(False)  # one click, one import
        return run_task(self, work, on_done=done, on_error=failed,
                        label=translate("ImportWizard", "正在导入…"))
