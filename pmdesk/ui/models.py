"""Table models: declared columns with translated headers over plain row tuples."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLayout,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.i18n import translate


@dataclass(frozen=True)
class Column:
    header: str  # source text, translated in `context`
    value: Callable[[Any], object]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


NO_PARENT = QModelIndex()


class RowTableModel(QAbstractTableModel):
    """A read-only table of `rows` (any objects) shown through `columns`; `color` names the
    colour of a row's text that must stand out (None: as usual)."""

    def __init__(self, columns: Sequence[Column], context: str, parent=None, *,
                 color: Callable[[Any], str | None] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.context = context
        self.color = color
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.value(self.rows[index.row()])  # the tooltip: a cell cut short whole
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ForegroundRole and self.color is not None:
            shown = self.color(self.rows[index.row()])
            return QColor(shown) if shown else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate(self.context, self.columns[section].header)
        return None


def table_view(model: QAbstractTableModel, *, stretch: int | None = None,
               row_height: int = 24) -> QTableView:
    """A read-only table of whole rows, one selected at a time. Columns fit their contents and
    column `stretch` takes the rest of the width; without `stretch` all columns share it."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    if stretch is None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def selected_row(view: QTableView) -> Any | None:
    """The row (of a `RowTableModel`) selected in `view`, or None."""
    rows = view.selectionModel().selectedRows()
    return view.model().rows[rows[0].row()] if rows else None


def select_id(view: QTableView, record_id: int) -> bool:
    """Select the row whose record has `record_id` as its `id`; False when it is not listed."""
    for row, record in enumerate(view.model().rows):
        if record.id == record_id:
            view.selectRow(row)
            return True
    return False


def list_beside_detail(owner: QWidget, bar: QLayout, left: QWidget, right: QWidget,
                       name: str = "") -> None:
    """A tab's body: its buttons above, its list on the left and the selected record on the
    right, two parts to three; a `name`d splitter keeps its sizes on this PC (MainWindow)."""
    split = QSplitter()
    split.setObjectName(name)
    split.addWidget(left)
    split.addWidget(right)
    split.setStretchFactor(0, 2)
    split.setStretchFactor(1, 3)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(bar)
    layout.addWidget(split, 1)
