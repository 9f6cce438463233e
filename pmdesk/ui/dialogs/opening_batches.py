"""期初余额导入记录: every import of opening balances — what, from which file, how much, who —
its confirmation sheet again from the archive, and a batch undone (a manager's action, while
nothing was paid against it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.actions.opening import undo
from pmdesk.core.archive import document_pdf, list_documents
from pmdesk.core.errors import PmdeskError
from pmdesk.core.money import opening
from pmdesk.core.money.amounts import money_text
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.ui.access import with_approval
from pmdesk.ui.alerts import show_error
from pmdesk.ui.documents import open_preview
from pmdesk.ui.models import Column, RowTableModel

KIND_NAMES = {"arrears": QT_TRANSLATE_NOOP("OpeningBatches", "期初欠费"),
              "credit": QT_TRANSLATE_NOOP("OpeningBatches", "期初预存")}


def _state(batch: opening.Batch) -> str:
    if batch.undone_at:
        return translate("OpeningBatches", "已撤销（{reason}）").format(reason=batch.undo_reason)
    return translate("OpeningBatches", "有效")


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("OpeningBatches", "批次"), lambda b: b.id),
    Column(QT_TRANSLATE_NOOP("OpeningBatches", "类型"),
           lambda b: translate("OpeningBatches", KIND_NAMES[b.kind])),
    Column(QT_TRANSLATE_NOOP("OpeningBatches", "户数"), lambda b: b.households),
    Column(QT_TRANSLATE_NOOP("OpeningBatches", "合计"), lambda b: money_text(b.total)),
    Column(QT_TRANSLATE_NOOP("OpeningBatches", "文件"), lambda b: b.file_name),
    Column(QT_TRANSLATE_NOOP("OpeningBatches", "导入时间"),
           lambda b: b.imported_at[:16].replace("T", " ")),
    Column(QT_TRANSLATE_NOOP("OpeningBatches", "导入人"),
           lambda b: b.imported_by + (f"（{b.approved_by}）" if b.approved_by else "")),
    Column(QT_TRANSLATE_NOOP("OpeningBatches", "状态"), _state),
]


class OpeningBatchesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("OpeningBatches", "期初余额导入记录"))
        note = QLabel(translate(
            "OpeningBatches", "一批导错了，可以整批撤销（需主管确认），但只在还没有缴费、减免或"
                              "预存抵扣记在这批余额上时；撤销后可改好文件重新导入。"))
        note.setWordWrap(True)
        self.model = RowTableModel(COLUMNS, "OpeningBatches", self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.sheet_button = QPushButton(translate("OpeningBatches", "确认单(&P)…"))
        self.undo_button = QPushButton(translate("OpeningBatches", "撤销这一批(&U)…"))
        close = QPushButton(translate("OpeningBatches", "关闭"))
        self.sheet_button.clicked.connect(self.show_sheet)
        self.undo_button.clicked.connect(self.undo_batch)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 420)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.load()

    def load(self) -> None:
        self.model.set_rows(opening.batches())
        self.table.resizeColumnsToContents()
        if self.model.rows:
            self.table.selectRow(0)
        self._enable()

    def selected(self) -> opening.Batch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _enable(self) -> None:
        batch = self.selected()
        self.sheet_button.setEnabled(batch is not None)
        self.undo_button.setEnabled(batch is not None and not batch.undone_at)

    def show_sheet(self) -> None:
        batch = self.selected()
        found = list_documents(kind="opening", text=f"期初第{batch.id}批", limit=1)
        if not found:
            show_error(self, PmdeskError("document.not_found", number=batch.id))
            return
        open_preview(self, document_pdf(found[0].id), found[0].subject,
                     f"期初余额导入确认单-{batch.id}.pdf")

    def undo_batch(self) -> None:
        batch = self.selected()
        problem = opening.undo_problem(batch.id)
        if problem is not None:
            show_error(self, problem)
            return
        reason, ok = QInputDialog.getText(
            self, translate("OpeningBatches", "撤销第 {number} 批").format(number=batch.id),
            translate("OpeningBatches", "撤销第 {number} 批（{kind}，{households} 户，"
                                        "合计 {total}）\n\n撤销原因（必填，会记入操作日志）："
                                        ).format(
                number=batch.id, kind=translate("OpeningBatches", KIND_NAMES[batch.kind]),
                households=batch.households, total=money_text(batch.total)))
        if not ok:
            return
        answer = QMessageBox.question(self, translate("OpeningBatches", "撤销期初余额"), translate(
            "OpeningBatches", "撤销第 {number} 批？这一批的欠费账单会删除、预存会冲回，"
                              "确认单留在文书档案中。").format(number=batch.id))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with_approval(self, lambda approver: undo(batch_id=batch.id, reason=reason,
                                                      approved_by=approver))
        except PmdeskError as exc:
            show_error(self, exc)
            return
        self.load()
