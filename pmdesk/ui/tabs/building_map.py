"""The 楼盘图: one building as the clerk pictures it — floors from the top down, each stairwell's
rooms side by side, every unit coloured by its state; a click opens the household."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.register import residents
from pmdesk.i18n import translate
from pmdesk.labels import STATES, label
from pmdesk.ui.models import NO_PARENT

STATE_COLORS = {
    "owner_occupied": "#cdeccd", "rented": "#cfe2fa", "vacant": "#e4e4e4",
    "renovating": "#fcebb6", "delivered": "#ead9f2", "undelivered": "#ffffff",
}


def _position(unit: residents.GridUnit) -> int:
    """501 → 1, 1203 → 3: a room's place along its floor."""
    digits = re.sub(r"\D", "", unit.room)
    return int(digits[-2:]) if len(digits) >= 3 else int(digits or 0)


class BuildingGridModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.floors: list[int] = []
        self.columns: list[tuple[str, int]] = []  # (stairwell, position)
        self.cells: dict[tuple[int, int], residents.GridUnit] = {}

    def set_units(self, units: list[residents.GridUnit]) -> None:
        self.beginResetModel()
        self.floors = sorted({u.floor for u in units}, reverse=True)
        self.columns = sorted({(u.stairwell, _position(u)) for u in units},
                              key=lambda c: (residents.code_sort_key(c[0] or "0"), c[1]))
        rows = {floor: i for i, floor in enumerate(self.floors)}
        cols = {column: i for i, column in enumerate(self.columns)}
        self.cells = {(rows[u.floor], cols[(u.stairwell, _position(u))]): u for u in units}
        self.endResetModel()

    def unit_at(self, index: QModelIndex) -> residents.GridUnit | None:
        return self.cells.get((index.row(), index.column()))

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.floors)

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        unit = self.unit_at(index) if index.isValid() else None
        if unit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{unit.room}\n{unit.owner}" if unit.owner else unit.room
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATE_COLORS.get(unit.state, "#ffffff"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{unit.code}  {label(STATES, unit.state)}  {unit.owner}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter.value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return translate("BuildingMap", "{floor}层").format(floor=self.floors[section])
        stairwell, position = self.columns[section]
        if stairwell:
            return translate("BuildingMap", "{stairwell}单元 {position:02d}").format(
                stairwell=stairwell, position=position)
        return f"{position:02d}"


class BuildingMap(QWidget):
    household_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BuildingGridModel(self)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setDefaultSectionSize(40)
        self.view.setWordWrap(True)
        self.view.clicked.connect(self._clicked)
        legend = QHBoxLayout()
        legend.addWidget(self.title)
        legend.addStretch()
        for state, color in STATE_COLORS.items():
            swatch = QLabel(label(STATES, state))
            swatch.setStyleSheet(f"background: {color}; border: 1px solid #aaa; padding: 1px 6px;")
            legend.addWidget(swatch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(legend)
        layout.addWidget(self.view, 1)

    def show_building(self, building: str) -> None:
        self.building = building
        units = residents.building_grid(building)
        self.model.set_units(units)
        self.title.setText(translate("BuildingMap", "{building}栋　{count} 户").format(
            building=building, count=len(units)))

    def _clicked(self, index: QModelIndex) -> None:
        unit = self.model.unit_at(index)
        if unit is not None:
            self.household_clicked.emit(unit.unit_id)
