"""Shared fixtures: real SQLite files in tmp_path, opened with the app's own open_db()."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def own_log_file():
    """Each test starts without the log file a previous test may have attached."""
    import logging

    logger = logging.getLogger("pmdesk")
    yield
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


@pytest.fixture
def db_path(tmp_path: Path):
    """A fresh, migrated database file; closed again after the test."""
    from pmdesk.core.db import close_db, open_db

    path = tmp_path / "office.db"
    open_db(path)
    yield path
    close_db()


@pytest.fixture
def run_cli(tmp_path: Path):
    """Run `python -m pmdesk ARGS` as a subprocess with its own data folders."""
    import subprocess

    env = dict(os.environ)
    env.pop("PMDESK_DB", None)
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        env[var] = str(tmp_path / "xdg" / var)

    def run(*args: str, input: str | None = None,
            extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pmdesk", *args], cwd=tmp_path,
                              env={**env, **(extra_env or {})},
                              capture_output=True, text=True, input=input, timeout=120)

    return run
