"""The 住户 tab: every household, found in a keystroke or two, opened into its card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.i18n import translate
from pmdesk.labels import STATES, label
from pmdesk.ui.tabs.household_model import HouseholdModel

if TYPE_CHECKING:
    from pmdesk.core.register.search import SearchIndex


class ResidentsTab(QWidget):
    household_changed = Signal(int)
    collect_requested = Signal(int)  # a card asked for the cash desk
    renovation_requested = Signal(int)  # a card asked for one of its renovations
    import_requested = Signal()  # the empty register offers the import wizard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: SearchIndex | None = None
        self.index_task = None
        self.base_ids: list[int] = []
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate(
            "ResidentsTab",
            "查找：房号（3-2-501、3栋2单元）、姓名、拼音首字母（zw）、电话后四位、车牌"))
        self.building = QComboBox()
        self.state = QComboBox()
        self.tag = QComboBox()
        self.owing = QComboBox()  # 欠费, counted as the arrears report counts it
        for text, months in ((translate("ResidentsTab", "欠费不限"), None),
                             (translate("ResidentsTab", "欠费"), 1),
                             (translate("ResidentsTab", "欠 3 个月以上"), 3),
                             (translate("ResidentsTab", "欠 12 个月以上"), 12)):
            self.owing.addItem(text, months)
        self.count = QLabel()
        self.map_button = QPushButton(translate("ResidentsTab", "楼盘图"))
        self.map_button.setCheckable(True)
        self.map_button.toggled.connect(self.show_map)
        self.stack = QStackedWidget()
        self.map = None
        self.model = HouseholdModel(self)
        self.sort_key, self.descending = "room", False
        self.model.sort_requested = self._sort
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.search.textChanged.connect(self.apply_search)
        self.search.returnPressed.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda index: self.open_household(
            self.model.unit_id(index.row())))
        for combo in (self.building, self.state, self.tag, self.owing):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.building)
        filters.addWidget(self.state)
        filters.addWidget(self.tag)
        filters.addWidget(self.owing)
        filters.addWidget(self.count)
        filters.addWidget(self.map_button)
        self.add_button = QPushButton(translate("ResidentsTab", "添加住户(&A)…"))
        self.add_button.clicked.connect(self.add_household)
        filters.addWidget(self.add_button)
        self.stack.addWidget(self.table)
        self.empty_hint = QWidget()  # the empty register: what to do next, one click away
        hint = QLabel(translate(
            "ResidentsTab", "登记簿里还没有住户。已有 Excel 名册的，导入名册（会先自动备份）；"
                            "也可以一户一户添加。"))
        hint.setWordWrap(True)
        import_button = QPushButton(translate("ResidentsTab", "导入住户名册(&I)…"))
        import_button.clicked.connect(self.import_requested)
        add_one = QPushButton(translate("ResidentsTab", "添加一户…"))
        add_one.clicked.connect(self.add_household)
        hint_row = QHBoxLayout(self.empty_hint)
        hint_row.setContentsMargins(0, 4, 0, 4)
        hint_row.addWidget(hint, 1)
        hint_row.addWidget(import_button)
        hint_row.addWidget(add_one)
        self.empty_hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.stack, 1)

    # -- loading ------------------------------------------------------------------------

    def load(self) -> None:
        """Read the register (ids now, rows as they are shown) and index it for search."""
        if self.table.model() is None:  # a Python model with a header builds PySide's `Qt`
            # enums: after the first paint (MainWindow.after_first_paint)
            self.table.setModel(self.model)
            header = self.table.horizontalHeader()
            for column, width in enumerate((100, 170, 120, 100, 140, 100)):
                header.resizeSection(column, width)
            header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)

            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            self.table.setSortingEnabled(True)
        self._fill_combos()
        self.apply_filters()
        self.rebuild_index()

    def _fill_combos(self) -> None:
        from pmdesk.core.register import residents

        for combo in (self.building, self.state, self.tag):
            combo.blockSignals(True)
            combo.clear()
        self.building.addItem(translate("ResidentsTab", "全部楼栋"), None)
        for code in residents.buildings():
            self.building.addItem(translate("ResidentsTab", "{building}栋").format(building=code),
                                  code)
        self.state.addItem(translate("ResidentsTab", "全部状态"), None)
        for code in STATES:
            self.state.addItem(label(STATES, code), code)
        self.tag.addItem(translate("ResidentsTab", "全部标签"), None)
        for name in residents.tag_names():
            self.tag.addItem(name, name)
        for combo in (self.building, self.state, self.tag):
            combo.blockSignals(False)

    def rebuild_index(self):
        from pmdesk.core.register.search import SearchIndex
        from pmdesk.ui.tasks import run_task

        def ready(index: SearchIndex) -> None:
            self.index = index
            if self.search.text().strip():
                self.apply_search()

        self.index_task = run_task(self, lambda progress, cancel: SearchIndex().load(),
                                   on_done=ready, on_error=lambda exc: None, label="",
                                   quiet=True)
        return self.index_task

    # -- filtering ----------------------------------------------------------------------

    def show_map(self, on: bool) -> None:
        """Switch between the list and the 楼盘图 of the chosen (or first) building."""
        from pmdesk.core.register import residents

        if on:
            if self.map is None:
                from pmdesk.ui.tabs.building_map import BuildingMap

                self.map = BuildingMap()
                self.map.household_clicked.connect(self.open_household)
                self.stack.addWidget(self.map)
            building = self.building.currentData() or (residents.buildings() or [None])[0]
            if building is None:
                self.map_button.setChecked(False)
                return
            self.map.show_building(building, owing=True if self.owing.currentData() else None)
            self.stack.setCurrentWidget(self.map)
        else:
            self.stack.setCurrentWidget(self.table)

    def _sort(self, key: str, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        self.apply_filters()

    def apply_filters(self) -> None:
        from pmdesk.core.register import residents

        if self.map_button.isChecked():
            self.show_map(True)
        self.base_ids = residents.household_ids(building=self.building.currentData(),
                                                state=self.state.currentData(),
                                                tag=self.tag.currentData(),
                                                owing_months=self.owing.currentData(),
                                                sort=self.sort_key, descending=self.descending)
        self.apply_search()

    def apply_search(self) -> None:
        text = self.search.text()
        hits = self.index.find(text) if self.index is not None and text.strip() else None
        if text.strip() and self.index is None:
            self.count.setText(translate("ResidentsTab", "正在准备查找…"))
            return
        ids = self.base_ids if hits is None else [i for i in self.base_ids if i in hits]
        self.model.set_ids(ids)
        unfiltered = not any(c.currentData() for c in (self.building, self.state, self.tag,
                                                       self.owing))
        self.empty_hint.setHidden(bool(self.base_ids) or not unfiltered)
        self.count.setText(translate("ResidentsTab", "{count} 户").format(count=len(ids)))
        if ids:
            self.table.selectRow(0)

    def find_units(self, text: str) -> set[int] | None:
        """The register's search, for the cash desk (None until the index is ready)."""
        return self.index.find(text) if self.index is not None else None

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- the household card -------------------------------------------------------------

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_household(self.model.unit_id(rows[0].row()))

    def add_household(self) -> None:
        """添加住户: the new household goes into the register and its card opens, for the
        family, tenants and tags."""
        from pmdesk.ui.dialogs.household import AddHouseholdDialog

        dialog = AddHouseholdDialog(self)
        if not dialog.exec() or dialog.unit_id is None:
            return
        self.load()
        self.household_changed.emit(dialog.unit_id)
        self.open_household(dialog.unit_id)

    def open_household(self, unit_id: int) -> None:
        from pmdesk.ui.dialogs.household import HouseholdCard

        card = HouseholdCard(unit_id, self)
        card.exec()
        if card.collect_requested:
            self.collect_requested.emit(unit_id)
        if card.renovation_requested:
            self.renovation_requested.emit(card.renovation_requested)
        if card.changed:
            self.model.forget([unit_id])
            if self.map_button.isChecked():
                self.show_map(True)
            self.rebuild_index()
            self.household_changed.emit(unit_id)
