"""Every benchmark scenario still runs: a tiny smoke run of `benchmarks/run.py` (a benchmark
that nobody runs rots — the safety scenario had failed quietly since the demo's accounts
changed)."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_every_benchmark_scenario_runs(tmp_path):
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from run import SCENARIOS
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "run.py"), "--smoke",
                           "--keep", str(tmp_path / "bench")], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    assert "FAILED" not in done.stderr
    printed = {line.split(":")[0] for line in done.stdout.splitlines()[1:]}
    assert printed == set(SCENARIOS)
