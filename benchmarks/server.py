"""The 网络版 next to the one-PC office (issue 19): the same work timed on an SQLite file and on
a PostgreSQL server in one run, and three desks paying at once on the server.

    python benchmarks/server.py URL FOLDER HOUSEHOLDS YEARS RUNS SECONDS

URL is an empty database on a server; the estate is made on a file in FOLDER (the demo), moved
to the server with migrate-to-postgres, then both are timed. Prints one line per measure:
`name sqlite-ms server-ms`, and `desks payments errors gaps`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from pmdesk.actions.payments import take_payment
from pmdesk.core import clock
from pmdesk.core.demo import generate
from pmdesk.core.money import fees, reports
from pmdesk.core.moving import move_to_server
from pmdesk.core.register.search import SearchIndex
from pmdesk.core.safety import session
from pmdesk.core.safety.db import close_db, db
from pmdesk.core.safety.opening import open_db

DESK = """
import sys, time
from pmdesk.core.money import payments
from pmdesk.core.safety import session
from pmdesk.core.safety.opening import open_db
open_db(sys.argv[1])
session.act_as(session.User(0, "desk" + sys.argv[2], "manager"))
units = [u for (u,) in __import__("pmdesk.core.safety.db", fromlist=["db"]).db.execute_sql(
    "SELECT id FROM unit ORDER BY id")]
first, until, made, errors = int(sys.argv[2]), time.time() + float(sys.argv[3]), 0, 0
while time.time() < until:
    try:
        payments.pay(unit_id=units[(first + 3 * made) % len(units)], amount=100)
        made += 1
    except Exception:
        errors += 1
print(made, errors)
"""


def median_ms(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(target: Path | str, runs: int) -> dict[str, float]:
    """The clerk's heavy moments on the database at `target`."""
    open_db(target)
    owing = [row.unit_id for row in reports.arrears(clock.today()).rows][:runs]
    found = {}
    found["payment+receipt"] = statistics.median(
        _timed(lambda unit=unit: take_payment(unit_id=unit, amount=100)) for unit in owing)
    found["search-load"] = median_ms(1, lambda: SearchIndex().load())
    index = SearchIndex().load()
    found["search-keystroke"] = median_ms(runs, lambda: index.find("张"))
    found["arrears-report"] = median_ms(runs, lambda: reports.arrears(clock.today()))
    month = clock.today().replace(day=28) + timedelta(days=7)  # next month: not billed yet
    found["billing-month"] = median_ms(1, lambda: fees.run_billing(f"{month:%Y-%m}"))
    close_db()
    return found


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def desks(url: str, seconds: float) -> tuple[int, int, int]:
    """Three processes paying continuously; payments made, errors, gaps in the numbering."""
    started = [subprocess.Popen([sys.executable, "-c", DESK, url, str(n), str(seconds)],
                                stdout=subprocess.PIPE, text=True) for n in (1, 2, 3)]
    made = errors = 0
    for desk in started:
        out = desk.communicate(timeout=seconds + 120)[0].split()
        made, errors = made + int(out[0]), errors + int(out[1])
    open_db(url)
    gaps = 0
    for (year,) in db.execute_sql("SELECT DISTINCT year FROM payment").fetchall():
        count, top = db.execute_sql("SELECT count(*), max(seq) FROM payment WHERE year = ?",
                                    (year,)).fetchone()
        gaps += top - count
    close_db()
    return made, errors, gaps


def main() -> int:
    url, folder, households, years, runs, seconds = sys.argv[1:7]
    session.act_as(session.User(0, "benchmark", "manager"))
    office = Path(folder) / "server-estate.db"
    office.unlink(missing_ok=True)
    open_db(office)
    generate(households=int(households), years=int(years), seed=7)
    close_db()
    started = time.perf_counter()
    move_to_server(office, url)
    close_db()
    print(f"migrate-to-postgres {(time.perf_counter() - started) * 1000:.0f}")
    on_file, on_server = measure(office, int(runs)), measure(url, int(runs))
    for name in on_file:
        print(f"{name} {on_file[name]:.1f} {on_server[name]:.1f}")
    print("desks {} {} {}".format(*desks(url, float(seconds))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
