"""The 住户 tab on a database, offscreen: opening it, typing in the search box, opening a card.

Usage: python residents_gui.py DB. Prints one `name seconds` line per measurement.
"""

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from pmdesk.core.safety.opening import open_db
from pmdesk.ui.dialogs.household import HouseholdCard  # noqa: E402
from pmdesk.ui.tabs.residents import ResidentsTab  # noqa: E402

QUERIES = {  # what a clerk types, one keystroke at a time
    "room": "3-2-501",
    "room-chinese": "3栋2单元",
    "name": "张伟",
    "initials": "zw",
    "pinyin": "zhangwei",
    "phone-last-4": "1234",
    "plate": "浙A1",
}


def screenful(tab: ResidentsTab) -> None:
    """What the first paint reads: the visible rows' cells."""
    for row in range(min(30, tab.model.rowCount())):
        for column in range(tab.model.columnCount()):
            tab.model.index(row, column).data()


def main() -> None:
    app = QApplication([])
    open_db(Path(sys.argv[1]), check=False)
    tab = ResidentsTab()
    tab.resize(1100, 640)
    tab.show()
    app.processEvents()
    started = time.perf_counter()
    tab._fill_combos()
    tab.apply_filters()
    screenful(tab)
    print(f"open-tab {time.perf_counter() - started:.4f}")
    started = time.perf_counter()
    tab.rebuild_index()
    while tab.index is None:
        app.processEvents()
    print(f"index-build {time.perf_counter() - started:.4f}")
    for kind, query in QUERIES.items():
        times = []
        for _ in range(3):
            tab.search.clear()
            for end in range(1, len(query) + 1):
                started = time.perf_counter()
                tab.search.setText(query[:end])
                screenful(tab)
                times.append(time.perf_counter() - started)
        print(f"keystroke-{kind} {statistics.median(times):.4f}")
    tab.search.clear()
    times = []
    for row in range(0, tab.model.rowCount(), max(1, tab.model.rowCount() // 20)):
        started = time.perf_counter()
        card = HouseholdCard(tab.model.unit_id(row))
        card.show()
        app.processEvents()
        times.append(time.perf_counter() - started)
        card.close()
    print(f"open-card {statistics.median(times):.4f}")


if __name__ == "__main__":
    main()
