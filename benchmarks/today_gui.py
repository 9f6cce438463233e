"""今日 on a big estate, offscreen: the tab from shown to its lines and counts painted, then to
the month at a glance with its charts; and the two readings of the core beneath them. Beside
it the 满意度 tab (the demo's two surveys of every household): shown to its results painted,
and the results read by the core; the 事件 tab on the incident touching most households, its
households (those who need help first) read by the core; the 联系单位 tab on the lift
company's page with the year's lift repairs sent to it; the 装修 tab on the registration with
most clearances, and its list read by the core.

Usage: python today_gui.py DB RUNS. Prints one `name seconds` line per measurement.
"""

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pmdesk.core import today  # noqa: E402
from pmdesk.core.safety.db import db  # noqa: E402
from pmdesk.core.safety.opening import open_db  # noqa: E402
from pmdesk.core.service import incidents, relations, renovations, surveys  # noqa: E402

WAIT = QEventLoop.ProcessEventsFlag.WaitForMoreEvents


def main() -> None:
    app = QApplication([])
    open_db(Path(sys.argv[1]), check=False)
    runs = int(sys.argv[2])
    from pmdesk.ui.tabs.incidents import IncidentsTab
    from pmdesk.ui.tabs.relations import RelationsTab
    from pmdesk.ui.tabs.renovations import RenovationsTab
    from pmdesk.ui.tabs.surveys import SurveysTab
    from pmdesk.ui.tabs.today import TodayTab

    for table in ("unit", "complaint", "bill"):
        print(f"size-{table} {db.execute_sql(f'SELECT count(*) FROM {table}').fetchone()[0]}")
    print(f"size-lines {len(today.today().lines)}")
    print(f"size-answers {db.execute_sql('SELECT count(*) FROM survey_answer').fetchone()[0]}")
    latest = surveys.surveys()[0].id
    biggest = max(incidents.incidents(), key=lambda i: len(incidents.affected_units(i.id)))
    print(f"size-incident-households {len(incidents.affected_units(biggest.id))}")
    lift = next(org.id for org in relations.suppliers() if "电梯" in org.name)
    print(f"size-lift-jobs {len(relations.record(lift).jobs)}")
    print(f"size-renovations {len(renovations.renovations())}")
    busiest = max(renovations.renovations(), key=lambda r: len(renovations.bookings(r.id)))
    for _ in range(runs):
        for name, read in (("core-lines", today.today), ("core-glance", today.glance)):
            started = time.perf_counter()
            read()
            print(f"{name} {time.perf_counter() - started:.4f}", flush=True)
        tab = TodayTab()
        tab.resize(1366, 700)
        tab.show()
        started = time.perf_counter()
        tab.ensure_loaded()
        while not tab.loaded or tab.reading is not None:  # waiting as the event loop waits,
            app.processEvents(WAIT)  # not spinning against the worker for the GIL
        app.processEvents()  # the rows painted
        print(f"open-lines {time.perf_counter() - started:.4f}", flush=True)
        while tab.glance.seen is None:
            app.processEvents(WAIT)
        app.processEvents()  # the charts painted
        print(f"open-glance {time.perf_counter() - started:.4f}", flush=True)
        tab.timer.stop()
        tab.close()
        tab.deleteLater()
        app.processEvents()
        started = time.perf_counter()
        surveys.results(latest)
        print(f"core-survey {time.perf_counter() - started:.4f}", flush=True)
        page = SurveysTab()
        page.resize(1366, 700)
        page.show()
        started = time.perf_counter()
        page.ensure_loaded()  # the surveys listed, the latest one's results shown
        app.processEvents()
        print(f"survey-tab {time.perf_counter() - started:.4f}", flush=True)
        page.close()
        page.deleteLater()
        app.processEvents()
        started = time.perf_counter()
        incidents.households(biggest.id)
        print(f"core-incident-households {time.perf_counter() - started:.4f}", flush=True)
        started = time.perf_counter()
        renovations.renovations()
        print(f"core-renovations {time.perf_counter() - started:.4f}", flush=True)
        for name, tab, show in (
                ("incident-tab", IncidentsTab(), lambda t: t.show_incident(biggest.id)),
                ("supplier-tab", RelationsTab(), lambda t: t.show_organisation(lift)),
                ("renovation-tab", RenovationsTab(), lambda t: t.show_renovation(busiest.id))):
            tab.resize(1366, 700)
            tab.show()
            started = time.perf_counter()
            show(tab)  # built, listed, the record's page shown
            app.processEvents()
            print(f"{name} {time.perf_counter() - started:.4f}", flush=True)
            tab.close()
            tab.deleteLater()
            app.processEvents()


if __name__ == "__main__":
    main()
