"""The 楼盘图: one building as the clerk pictures it — floors from the top down, each stairwell's
rooms side by side, every unit coloured by its state or by its months of 欠费; a click opens
the household."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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


OWING_COLORS = (  # (at least so many months of 欠费, colour, legend)
    (12, "#f4a6a6", QT_TRANSLATE_NOOP("BuildingMap", "欠 12 个月以上")),
    (3, "#f8cf9c", QT_TRANSLATE_NOOP("BuildingMap", "欠 3–11 个月")),
    (1, "#fbeeb8", QT_TRANSLATE_NOOP("BuildingMap", "欠 1–2 个月")),
    (0, "#ffffff", QT_TRANSLATE_NOOP("BuildingMap", "无欠费")),
)


def _owing_color(months: int) -> str:
    return next(color for least, color, _ in OWING_COLORS if months >= least)


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
        self.owing = False  # coloured by months of 欠费 instead of by state

    def set_units(self, units: list[residents.GridUnit], *, owing: bool = False) -> None:
        self.beginResetModel()
        self.owing = owing
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
            return QColor(_owing_color(unit.owing_months) if self.owing
                          else STATE_COLORS.get(unit.state, "#ffffff"))
        if role == Qt.ItemDataRole.ToolTipRole:
            owing = translate("BuildingMap", "欠费 {months} 个月").format(
                months=unit.owing_months) if unit.owing_months else ""
            return f"{unit.code}  {label(STATES, unit.state)}  {unit.owner}  {owing}".strip()
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
        self.by_owing = QCheckBox(translate("BuildingMap", "按欠费着色"))
        self.by_owing.toggled.connect(lambda on: self.show_building(self.building, owing=on))
        self.legend = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addLayout(self.legend)
        top.addWidget(self.by_owing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.building = ""

    def _show_legend(self, owing: bool) -> None:
        while self.legend.count():
            self.legend.takeAt(0).widget().deleteLater()
        swatches = [(translate("BuildingMap", text), color) for _, color, text in OWING_COLORS] \
            if owing else [(label(STATES, state), color) for state, color in STATE_COLORS.items()]
        for text, color in swatches:
            swatch = QLabel(text)
            swatch.setStyleSheet(f"background: {color}; border: 1px solid #aaa; padding: 1px 6px;")
            self.legend.addWidget(swatch)

    def show_building(self, building: str, *, owing: bool | None = None) -> None:
        """`building` floor by floor; `owing` colours it by months of 欠费 (None: as shown)."""
        self.building = building
        if owing is not None and owing != self.by_owing.isChecked():
            self.by_owing.blockSignals(True)
            self.by_owing.setChecked(owing)
            self.by_owing.blockSignals(False)
        owing = self.by_owing.isChecked()
        units = residents.building_grid(building)
        self.model.set_units(units, owing=owing)
        self._show_legend(owing)
        self.title.setText(translate("BuildingMap", "{building}栋　{count} 户").format(
            building=building, count=len(units)))

    def _clicked(self, index: QModelIndex) -> None:
        unit = self.model.unit_at(index)
        if unit is not None:
            self.household_clicked.emit(unit.unit_id)
