"""Run the benchmark scenarios and print medians (see benchmarks/README.md)."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
FULL = {"households": 20_000, "letters": 1000, "roster": 20_000, "complaints": 50_000,
        "fee_years": 5, "audit_entries": 100_000}
SMOKE = {"households": 150, "letters": 10, "roster": 200, "complaints": 300, "fee_years": 1,
         "audit_entries": 500}  # `--smoke`: every scenario once, in seconds (the test suite)
SIZE = dict(FULL)


class ScenarioFailed(Exception):
    """A benchmark command failed; its output has been printed."""


def run(cmd: list[str], env: dict[str, str], cwd: Path) -> str:
    """Run a scenario's command and return its stdout; when it fails, print what it said on
    stderr — a benchmark that fails quietly is a benchmark nobody notices rotting."""
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        print(f"FAILED ({done.returncode}): {' '.join(cmd)}\n{done.stderr.strip()}",
              file=sys.stderr, flush=True)
        raise ScenarioFailed(cmd[1] if len(cmd) > 1 else cmd[0])
    return done.stdout


def timed(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    run(cmd, env, cwd)
    return time.perf_counter() - started


def until_first_paint(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    """Seconds from spawning `cmd` to the first paint it reports on stdout."""
    started = time.time()
    out = run(cmd, env, cwd)
    painted = float(out.split("first-paint ", 1)[1].split()[0])
    return painted - started


def median_of(runs: int, fn: Callable[[], float]) -> tuple[float, list[float]]:
    times = [fn() for _ in range(runs)]
    return statistics.median(times), times


def scenario_demo(work: Path, env: dict[str, str], runs: int) -> list[str]:
    def once() -> float:
        target = work / "demo-run.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        return timed([sys.executable, "-m", "pmdesk", "--db", str(target), "demo",
                      "--households", str(SIZE["households"]), "--years", "0"], env, work)

    median, times = median_of(min(runs, 3), once)
    return [f"demo: pmdesk demo --households {SIZE['households']} --years 0: median "
            f"{median:.2f} s "
            f"over {len(times)} runs (target < 30 s)"]


def scenario_startup(work: Path, env: dict[str, str], runs: int) -> list[str]:
    database = work / "estate.db"
    env = {**env, "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen")}
    bare = [sys.executable, str(HERE / "bare_window.py")]
    app = [sys.executable, str(HERE / "app_first_paint.py"), str(database)]
    for cmd in (bare, app):  # warm the file cache
        until_first_paint(cmd, env, work)
    bare_times, app_times = [], []
    for _ in range(runs):  # interleaved, so drift hits both alike
        bare_times.append(until_first_paint(bare, env, work))
        app_times.append(until_first_paint(app, env, work))
    b, a = statistics.median(bare_times), statistics.median(app_times)
    ratio = statistics.median(x / y for x, y in zip(app_times, bare_times, strict=True))
    return [f"startup: bare PySide6 window, first paint: median {b * 1000:.0f} ms",
            f"startup: pmdesk on {SIZE['households']} households, first paint: median "
            f"{a * 1000:.0f} ms",
            f"startup: median ratio of {runs} interleaved pairs: {ratio:.2f}x the bare window "
            f"(target <= 1.5x)"]


def scenario_letters(work: Path, env: dict[str, str], runs: int) -> list[str]:
    import letters

    count = SIZE["letters"]
    series = [letters.measure(work / f"letters-{n}", count) for n in range(min(runs, 3))]
    lines = []
    for what in ("one PDF", "separate PDFs"):
        ours = statistics.median(s[f"pmdesk {what}"] for s in series)
        bare = statistics.median(s[f"reportlab {what}"] for s in series)
        lines.append(f"letters: {count} one-page letters, {what}: pmdesk {ours:.0f} pages/s, "
                     f"bare reportlab {bare:.0f} pages/s = {ours / bare:.2f}x "
                     f"(median of {len(series)} runs; target >= 0.7x)")
    return lines


def scenario_residents(work: Path, env: dict[str, str], runs: int) -> list[str]:
    env = {**env, "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen")}
    series: dict[str, list[float]] = {}
    for _ in range(min(runs, 5)):
        out = run([sys.executable, str(HERE / "residents_gui.py"), str(work / "estate.db")],
                  env, work)
        for line in out.splitlines():
            name, seconds = line.split()
            series.setdefault(name, []).append(float(seconds))
    targets = {"open-tab": 200, "open-card": 100, "index-build": None}
    lines = []
    for name, values in series.items():
        target = targets.get(name, 16)
        goal = f" (target < {target} ms)" if target else " (in the background)"
        lines.append(f"residents: {name}: median {statistics.median(values) * 1000:.1f} ms "
                     f"over {len(values)} runs{goal}")
    return lines


def scenario_import(work: Path, env: dict[str, str], runs: int) -> list[str]:
    import roster

    series = [roster.measure(work / "roster", SIZE["roster"]) for _ in range(min(runs, 3))]
    return [f"import: {SIZE['roster']:,}-row roster, {name}: median "
            f"{statistics.median(s[name] for s in series):.2f} s over {len(series)} runs"
            f"{' (target < 5 s)' if 'import' in name else ''}" for name in series[0]]


FEE_TARGETS = {"billing-one-month": "< 2 s", "arrears-report": "< 1 s",
               "payment-with-receipt": "< 150 ms", "notices-1000-pdf": "< 4 s",
               "cash-desk-household": "< 100 ms", "cash-desk-keystroke": "< 16 ms"}


def fees_database(work: Path, env: dict[str, str], lines: list[str]) -> Path:
    """20,000 households with five years of monthly bills (`demo --years 5`), built once."""
    database = work / "fees.db"
    if not database.exists():
        households, years = SIZE["households"], SIZE["fee_years"]
        seconds = timed([sys.executable, "-m", "pmdesk", "--db", str(database), "demo",
                         "--households", str(households), "--years", str(years)], env, work)
        lines.append(f"fees: pmdesk demo --households {households} --years {years}: "
                     f"{seconds:.1f} s")
    return database


def series_lines(prefix: str, out: str, targets: dict[str, object]) -> list[str]:
    """`name seconds` (or `size-name count`) lines of a scenario script as medians."""
    series: dict[str, list[float]] = {}
    for line in out.splitlines():
        name, value = line.split()
        series.setdefault(name, []).append(float(value))
    lines = []
    for name, values in series.items():
        if name.startswith("size-"):
            lines.append(f"{prefix}: {name[5:]}: {int(values[0]):,}")
            continue
        median = statistics.median(values)
        shown = f"{median * 1000:.0f} ms" if median < 1 else f"{median:.2f} s"
        target = f" (target {targets[name]})" if name in targets else ""
        lines.append(f"{prefix}: {name}: median {shown} over {len(values)} runs{target}")
    return lines


def scenario_fees(work: Path, env: dict[str, str], runs: int) -> list[str]:
    lines: list[str] = []
    database = fees_database(work, env, lines)
    env = {**env, "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen")}
    out = run([sys.executable, str(HERE / "fees_gui.py"), str(database), str(min(runs, 5))],
              env, work)
    return lines + series_lines("fees", out, FEE_TARGETS)


SAFETY_TARGETS = {"sign-in": "< 1 s", "audit-viewer-filter": "< 300 ms",
                  "day-hash": "< 50 ms"}


def scenario_safety(work: Path, env: dict[str, str], runs: int) -> list[str]:
    """Backups, 检查数据库, sign-in and the audit chain on the fees database (`safety.py`)."""
    lines: list[str] = []
    database = fees_database(work, env, lines)
    out = run([sys.executable, str(HERE / "safety.py"), str(database), str(min(runs, 5)),
               str(SIZE["audit_entries"])], env, work)
    return lines + series_lines("safety", out, SAFETY_TARGETS)


COMPLAINT_TARGETS = {"open-queue": 0.3, "statistics-year": 1.0, "statistics-dialog": 1.0}


def scenario_complaints(work: Path, env: dict[str, str], runs: int) -> list[str]:
    """20,000 households and 50,000 complaints and repairs."""
    database = work / "complaints.db"
    lines = []
    if not database.exists():
        households, count = SIZE["households"], SIZE["complaints"]
        seconds = timed([sys.executable, "-m", "pmdesk", "--db", str(database), "demo",
                         "--households", str(households), "--years", "0", "--complaints",
                         str(count)], env, work)
        lines.append(f"complaints: pmdesk demo --households {households} --complaints "
                     f"{count}: {seconds:.1f} s")
    env = {**env, "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen")}
    out = run([sys.executable, str(HERE / "complaints_gui.py"), str(database),
               str(min(runs, 5))], env, work)
    series: dict[str, list[float]] = {}
    for line in out.splitlines():
        name, value = line.split()
        series.setdefault(name, []).append(float(value))
    for name, values in series.items():
        if name.startswith("size-"):
            lines.append(f"complaints: {name[5:]}: {int(values[0]):,}")
            continue
        target = COMPLAINT_TARGETS.get(name, 0.1)
        lines.append(f"complaints: {name}: median {statistics.median(values) * 1000:.0f} ms "
                     f"over {len(values)} runs (target < {target * 1000:.0f} ms)")
    return lines


TODAY_TARGETS = {"open-lines": "≤ 300 ms", "open-glance": "≤ 1 s", "survey-tab": "≤ 1 s",
                 "incident-tab": "≤ 1 s", "supplier-tab": "≤ 1 s", "renovation-tab": "≤ 1 s"}


def scenario_today(work: Path, env: dict[str, str], runs: int) -> list[str]:
    """今日 (`today_gui.py`) on 20,000 households with five years of bills and 50,000
    complaints and repairs, built once."""
    database = work / "today.db"
    lines = []
    if not database.exists():
        households, years, count = SIZE["households"], SIZE["fee_years"], SIZE["complaints"]
        seconds = timed([sys.executable, "-m", "pmdesk", "--db", str(database), "demo",
                         "--households", str(households), "--years", str(years),
                         "--complaints", str(count)], env, work)
        lines.append(f"today: pmdesk demo --households {households} --years {years} "
                     f"--complaints {count}: {seconds:.1f} s")
    env = {**env, "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen")}
    out = run([sys.executable, str(HERE / "today_gui.py"), str(database), str(min(runs, 5))],
              env, work)
    return lines + series_lines("today", out, TODAY_TARGETS)


SERVER_TARGETS = {"payment+receipt": "≤ 150 ms", "search-keystroke": "≤ 16 ms",
                  "billing-month": "≤ 3 s", "arrears-report": "≤ 1 s"}


def scenario_server(work: Path, env: dict[str, str], runs: int) -> list[str]:
    """The 网络版 (`server.py`): an empty database's URL in PMDESK_BENCH_SERVER."""
    url = env.get("PMDESK_BENCH_SERVER")
    if not url:
        return ["server: skipped (set PMDESK_BENCH_SERVER to an empty PostgreSQL database)"]
    seconds = 1 if SIZE == SMOKE else 20
    out = run([sys.executable, str(HERE / "server.py"), url, str(work), str(SIZE["households"]),
               str(SIZE["fee_years"]), str(min(runs, 5)), str(seconds)], env, work)
    lines = []
    for line in out.splitlines():
        name, *values = line.split()
        if name == "desks":
            made, errors, gaps = values
            lines.append(f"server: three desks paying for {seconds} s: {made} payments, "
                         f"{errors} errors, {gaps} gaps in the receipt numbers")
        elif name == "migrate-to-postgres":
            lines.append(f"server: migrate-to-postgres {SIZE['households']:,} households, "
                         f"{SIZE['fee_years']} years: {float(values[0]) / 1000:.1f} s")
        else:
            target = f" (target {SERVER_TARGETS[name]})" if name in SERVER_TARGETS else ""
            lines.append(f"server: {name}: median SQLite {float(values[0]):.1f} ms, "
                         f"PostgreSQL {float(values[1]):.1f} ms{target}")
    return lines


SCENARIOS = {"demo": scenario_demo, "import": scenario_import, "startup": scenario_startup,
             "letters": scenario_letters, "residents": scenario_residents,
             "fees": scenario_fees, "complaints": scenario_complaints, "today": scenario_today,
             "safety": scenario_safety, "server": scenario_server}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--only", choices=sorted(SCENARIOS))
    parser.add_argument("--keep", type=Path, help="scratch folder to use and keep")
    parser.add_argument("--smoke", action="store_true",
                        help="every scenario once on a tiny estate: does each still run?")
    args = parser.parse_args(argv)
    if args.smoke:
        SIZE.update(SMOKE)
        args.runs = 1
    work = args.keep or Path(tempfile.mkdtemp(prefix="pmdesk-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "XDG_CONFIG_HOME": str(work / "config"),
           "XDG_STATE_HOME": str(work / "state"), "XDG_DATA_HOME": str(work / "data")}
    import pmdesk

    editable = Path(pmdesk.__file__).resolve().is_relative_to(HERE.parent)
    origin = ("the source tree (an editable install, whose import hooks add to start-up)"
              if editable else "a regular install")
    print(f"pmdesk {pmdesk.__version__} from {origin}; Python {sys.version.split()[0]}")
    failed = []
    try:
        if not (work / "estate.db").exists():
            run([sys.executable, "-m", "pmdesk", "--db", str(work / "estate.db"), "demo",
                 "--households", str(SIZE["households"]), "--years", "0"], env, work)
        for name, scenario in SCENARIOS.items():
            if args.only in (None, name):
                try:
                    for line in scenario(work, env, args.runs):
                        print(line, flush=True)
                except ScenarioFailed:
                    failed.append(name)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
