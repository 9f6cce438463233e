"""The register's table: all households by id, their rows fetched a screenful at a time.

Opening 20,000 households costs one query for the ids; `data()` asks the core for the rows of
the page around the one the view needs, so only what is on screen is ever read.

Roles and alignments are compared as integers: touching the `Qt` namespace builds all its
~100 enums (~20 ms) at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import KINDS, STATES, label

PAGE = 200
NO_PARENT = QModelIndex()  # not pmdesk.ui.models': importing Qt there would cost at start-up
DISPLAY_ROLE, ALIGNMENT_ROLE = 0, 7  # Qt.ItemDataRole.DisplayRole, .TextAlignmentRole
HORIZONTAL = 1  # Qt.Orientation.Horizontal
RIGHT = 0x0002 | 0x0080  # Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
HEADERS = (
    QT_TRANSLATE_NOOP("ResidentsTab", "房号"),
    QT_TRANSLATE_NOOP("ResidentsTab", "业主"),
    QT_TRANSLATE_NOOP("ResidentsTab", "电话"),
    QT_TRANSLATE_NOOP("ResidentsTab", "建筑面积(㎡)"),
    QT_TRANSLATE_NOOP("ResidentsTab", "状态"),
    QT_TRANSLATE_NOOP("ResidentsTab", "类型"),
    QT_TRANSLATE_NOOP("ResidentsTab", "标签"),
)


def _cells(row) -> tuple[str, ...]:
    from pmdesk.core.register.residents import format_area

    return (row.code, row.owners, row.phone, format_area(row.area), label(STATES, row.state),
            label(KINDS, row.kind), row.tags)


SORT_KEYS = ("room", "owner", None, "area", "state", "kind", None)  # per column; None: no sort


class HouseholdModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ids: list[int] = []
        self._cache: dict[int, tuple[str, ...]] = {}
        self.sort_requested = None  # set by the tab: callable(key, descending)

    def sort(self, column: int, order=None) -> None:
        """The view's header was clicked: the tab re-reads the ids in that order (in SQL)."""
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        if key and self.sort_requested is not None:
            self.sort_requested(key, order is not None and int(order.value) == 1)

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids = ids
        self.endResetModel()

    def forget(self, unit_ids=None) -> None:
        """Drop cached rows (all, or those units') so they are read again."""
        if unit_ids is None:
            self._cache.clear()
        else:
            for uid in unit_ids:
                self._cache.pop(uid, None)
        if self.ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.ids) - 1, len(HEADERS) - 1))

    def unit_id(self, row: int) -> int:
        return self.ids[row]

    def _row(self, row: int) -> tuple[str, ...]:
        uid = self.ids[row]
        cells = self._cache.get(uid)
        if cells is None:
            start = max(0, row - PAGE // 4)
            wanted = [i for i in self.ids[start:start + PAGE] if i not in self._cache]
            from pmdesk.core.register.residents import household_rows

            for key, value in household_rows(wanted).items():
                self._cache[key] = _cells(value)
            cells = self._cache.get(uid, ("",) * len(HEADERS))
        return cells

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = DISPLAY_ROLE) -> object:
        if not index.isValid():
            return None
        if role == DISPLAY_ROLE:
            return self._row(index.row())[index.column()]
        if role == ALIGNMENT_ROLE and index.column() == 3:
            return RIGHT
        return None

    def headerData(self, section: int, orientation, role: int = DISPLAY_ROLE) -> object:  # noqa: N802
        if role == DISPLAY_ROLE and getattr(orientation, "value", orientation) == HORIZONTAL:
            return translate("ResidentsTab", HEADERS[section])
        return None
