"""The 投诉报修 tab on a big estate, offscreen: opening the queue, filtering it, the statistics.

Usage: python complaints_gui.py DB RUNS. Prints one `name seconds` line per measurement.
"""

import os
import sys
import time
from datetime import timedelta
from pathlib import Path

from pmdesk.core import clock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from pmdesk.core.safety.db import db  # noqa: E402
from pmdesk.core.safety.opening import open_db
from pmdesk.core.service import complaints  # noqa: E402


def timed(name: str, fn) -> object:
    started = time.perf_counter()
    result = fn()
    print(f"{name} {time.perf_counter() - started:.4f}", flush=True)
    return result


def main() -> None:
    app = QApplication([])
    open_db(Path(sys.argv[1]), check=False)
    runs = int(sys.argv[2])
    from pmdesk.ui.dialogs.complaint_stats import StatisticsDialog
    from pmdesk.ui.tabs.complaints import ComplaintsTab

    count = db.execute_sql("SELECT count(*) FROM complaint").fetchone()[0]
    print(f"size-complaints {count}")
    print(f"size-households {db.execute_sql('SELECT count(*) FROM unit').fetchone()[0]}")
    today = clock.today()
    for _ in range(runs):
        tab = ComplaintsTab()
        tab.resize(1100, 700)
        tab.show()

        def open_queue(tab=tab) -> None:
            tab.ensure_loaded()
            app.processEvents()  # the first paint of the rows

        timed("open-queue", open_queue)
        queue = tab.view
        queue.status.setCurrentIndex(queue.status.findData(None))  # everything, not just open
        for name, action in (
                ("filter-kind", lambda q=queue: q.kind.setCurrentIndex(q.kind.findData("repair"))),
                ("filter-search", lambda q=queue: q.search.setText("电梯")),
                ("filter-room", lambda q=queue: q.search.setText("3-2-")),
                ("filter-clear", lambda q=queue: (q.search.clear(),
                                                  q.kind.setCurrentIndex(0)))):
            timed(name, lambda a=action: (a(), app.processEvents()))
        timed("statistics-year", lambda: complaints.statistics_for(
            today - timedelta(days=365), today))
        timed("statistics-dialog", lambda: StatisticsDialog().close())
        tab.close()
        tab.deleteLater()
        app.processEvents()


if __name__ == "__main__":
    main()
