"""Every benchmark scenario still runs: a tiny smoke run of `benchmarks/run.py` (a benchmark
that nobody runs rots — the safety scenario had failed quietly since the demo's accounts
changed)."""

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_every_benchmark_scenario_runs(tmp_path, request):
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from run import SCENARIOS
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    env = dict(os.environ)
    # the 网络版 scenario on the session's throw-away server; without PostgreSQL on this
    # machine it says it skipped
    with contextlib.suppress(pytest.skip.Exception):
        env["PMDESK_BENCH_SERVER"] = request.getfixturevalue("pg_cluster").new_database(
            empty=True)
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "run.py"), "--smoke",
                           "--keep", str(tmp_path / "bench")], capture_output=True, text=True,
                          timeout=600, env=env)
    assert done.returncode == 0, done.stderr
    assert "FAILED" not in done.stderr
    printed = {line.split(":")[0] for line in done.stdout.splitlines()[1:]}
    assert printed == set(SCENARIOS)
    if "PMDESK_BENCH_SERVER" in env:
        assert "server: three desks paying" in done.stdout
        assert " 0 errors, 0 gaps" in done.stdout
