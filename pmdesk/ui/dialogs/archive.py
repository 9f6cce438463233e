"""The document archive (文书档案): find any notice or certificate issued and print it again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.archive import KINDS, ArchivedDocument, list_documents
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.ui.documents import kind_label, open_archived
from pmdesk.ui.models import Column, RowTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COLUMNS = [
    Column(QT_TRANSLATE_NOOP("ArchiveDialog", "编号"), lambda d: d.id, RIGHT),
    Column(QT_TRANSLATE_NOOP("ArchiveDialog", "生成时间"),
           lambda d: d.created_at.replace("T", " ")[:16]),
    Column(QT_TRANSLATE_NOOP("ArchiveDialog", "类型"), lambda d: kind_label(d.kind)),
    Column(QT_TRANSLATE_NOOP("ArchiveDialog", "标题 / 事由"), lambda d: d.subject),
    Column(QT_TRANSLATE_NOOP("ArchiveDialog", "房号"), lambda d: d.unit_code),
    Column(QT_TRANSLATE_NOOP("ArchiveDialog", "经办人"), lambda d: d.created_by),
    Column(QT_TRANSLATE_NOOP("ArchiveDialog", "页数"), lambda d: d.pages, RIGHT),
]


class ArchiveDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ArchiveDialog", "文书档案"))
        self.kind = QComboBox()
        self.kind.addItem(translate("ArchiveDialog", "全部类型"), None)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate(
            "ArchiveDialog", "按标题、房号、姓名或编号查找，如 11-2-1004、TS2026-00902"))
        self.search.setClearButtonEnabled(True)
        self.model = RowTableModel(COLUMNS, "ArchiveDialog", self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.count = QLabel()
        self.open_button = QPushButton(translate("ArchiveDialog", "打开 / 重新打印(&O)"))
        close = QPushButton(translate("ArchiveDialog", "关闭"))
        self.kind.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        close.clicked.connect(self.reject)
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(list_documents(kind=self.kind.currentData(),
                                           text=self.search.text()))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count.setText(translate("ArchiveDialog", "{count} 份文书").format(
            count=self.model.rowCount()))
        self.open_button.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount():
            self.table.selectRow(0)

    def selected(self) -> ArchivedDocument | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        document = self.selected()
        if document is not None:
            open_archived(self, document.id, document.subject, document.kind)
