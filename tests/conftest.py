"""Shared fixtures: real SQLite files in tmp_path, opened with the app's own open_db(); the
command line as a subprocess; PDFs read the way a reader sees them (poppler)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path

import pytest

from pmdesk.core import clock
from pmdesk.core.safety import session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Tests never read the real clock: every test starts at an ordinary Wednesday morning (set here
# too, before the test modules are imported, for their module-level constants) and moves the
# clock explicitly (`clock.pin`) when it is about a day of the week or a time of day.
WEDNESDAY = datetime(2026, 11, 25, 10, 0)
clock.pin(WEDNESDAY)

# Runs the command line with the office's clock pinned (argv[1]: the moment), as a user would
# start `python -m pmdesk`.
PINNED_MAIN = ("import sys; from datetime import datetime; from pmdesk.core import clock; "
               "clock.pin(datetime.fromisoformat(sys.argv.pop(1))); "
               "from pmdesk.__main__ import main; sys.exit(main())")


@pytest.fixture(autouse=True)
def pinned_clock():
    """The clock at `WEDNESDAY` 10:00 for every test; a test may move it with `clock.pin`."""
    clock.pin(WEDNESDAY)
    yield clock
    clock.pin(WEDNESDAY)


@pytest.fixture
def on_day():
    """`with on_day(date(2025, 11, 20)): ...` — the office's clock at 10:00 that day for the
    block: what a clerk did then (a payment is dated the day it is taken)."""

    @contextmanager
    def moved(day: date):
        before = clock.now()
        clock.pin(datetime.combine(day, time(10, 0)))
        try:
            yield
        finally:
            clock.pin(before)

    return moved


@pytest.fixture
def child_argv():
    """`child_argv(script, *args)`: the command line of another Python running `script` with
    the office's clock where this test has it."""

    def argv(script: str, *args: object) -> list[str]:
        prelude = ("from datetime import datetime\nfrom pmdesk.core import clock\n"
                   f"clock.pin(datetime.fromisoformat({clock.now().isoformat()!r}))\n")
        return [sys.executable, "-c", prelude + script, *map(str, args)]

    return argv


@pytest.fixture(autouse=True)
def own_log_file():
    """Each test starts without the log file a previous test may have attached."""
    import logging

    logger = logging.getLogger("pmdesk")
    yield
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


@pytest.fixture(autouse=True)
def signed_in_manager():
    """Each test runs as a signed-in manager, as the window does after its sign-in (the session
    is process-wide); tests of the rights themselves sign in or out as they need."""

    session.act_as(session.User(0, "测试主管", "manager"))
    yield
    session.act_as(None)


class Cluster:
    """A throw-away PostgreSQL cluster for the 网络版's tests: initdb in a temporary folder,
    listening on 127.0.0.1 at a free port, run as the `postgres` user when the tests run as
    root (PostgreSQL refuses root); pmdesk connects as a role of its own, not a superuser,
    with a password. Each test gets a fresh database copied from a template that has the
    schema already."""

    ROLE, PASSWORD = "pmdesk", "desk-pw-1"
    ADMIN_PASSWORD = "admin-pw-1"

    def __init__(self, bindir: Path) -> None:
        import socket
        import tempfile

        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="pmdesk-pg-"))
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.as_owner = []
        if os.geteuid() == 0:
            import pwd

            owner = pwd.getpwnam("postgres")
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
            self.as_owner = ["runuser", "-u", "postgres", "--"]
        self.count = 0

    def run(self, tool: str, *args: str, **kwargs) -> subprocess.CompletedProcess:
        """Run a PostgreSQL program — on the real clock: libfaketime, which
        `tests/at_odd_moments.sh` preloads for the suite, stops the server's timers (its
        deadlock check never comes)."""
        env = {key: value for key, value in os.environ.items()
               if key != "LD_PRELOAD" and not key.startswith("FAKETIME")}
        return subprocess.run([*self.as_owner, str(self.bindir / tool), *args], check=True,
                              capture_output=True, text=True, cwd=self.folder, env=env,
                              **kwargs)

    def start(self) -> None:
        data = self.folder / "data"
        (self.folder / "pw").write_text(self.ADMIN_PASSWORD)
        self.run("initdb", "-D", str(data), "-U", "postgres", "--auth-local=trust",
                 "--auth-host=scram-sha-256", f"--pwfile={self.folder / 'pw'}", "-E", "UTF8",
                 "--locale=C.UTF-8")
        self.resume()
        self.sql(f"CREATE ROLE {self.ROLE} LOGIN PASSWORD '{self.PASSWORD}'")
        self.sql(f"CREATE DATABASE office_template OWNER {self.ROLE}")
        from pmdesk.core.safety.db import close_db
        from pmdesk.core.safety.opening import open_db

        open_db(self.url("office_template"))
        close_db()
        self.sql("CREATE EXTENSION amcheck; GRANT EXECUTE ON FUNCTION "  # as the IT person would
                 f"bt_index_check(regclass, boolean) TO {self.ROLE}", "office_template")

    def resume(self) -> None:
        """Start the server (again, after `pause`)."""
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"),
                 "-w", "-o", f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off "
                 "-c synchronous_commit=off -c full_page_writes=off", "start")

    def pause(self) -> None:
        """Stop the server as a restart or a power cut of the server PC would, keeping it."""
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def sql(self, statement: str, database: str = "postgres") -> str:
        """Run `statement` as the cluster's superuser (over its socket: no password)."""
        return self.run("psql", "-h", str(self.folder), "-p", str(self.port), "-U", "postgres",
                        "-d", database, "-v", "ON_ERROR_STOP=1", "-qAtc", statement).stdout

    def url(self, database: str) -> str:
        return f"postgresql://{self.ROLE}:{self.PASSWORD}@127.0.0.1:{self.port}/{database}"

    def new_database(self, *, empty: bool = False) -> str:
        """A new database for one test: the office schema already in it unless `empty`."""
        self.count += 1
        name = f"office_{self.count}"
        template = "template0" if empty else "office_template"
        self.sql(f"CREATE DATABASE {name} TEMPLATE {template} OWNER {self.ROLE}")
        return self.url(name)


def server_bindir() -> Path | None:
    """Where PostgreSQL's server programs are (Debian keeps them out of PATH)."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return candidates[-1].parent if candidates else None


@pytest.fixture(scope="session")
def pg_cluster():
    """The session's throw-away PostgreSQL server (see `Cluster`). Without PostgreSQL the
    server tests are skipped on a developer's machine; CI (PMDESK_TEST_SERVER=1) fails them."""
    bindir = server_bindir()
    if bindir is None:
        if os.environ.get("PMDESK_TEST_SERVER"):
            pytest.fail("PostgreSQL is needed: apt-get install postgresql")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    cluster = Cluster(bindir)
    cluster.start()
    yield cluster
    cluster.stop()


def pytest_generate_tests(metafunc):
    """Tests marked `both_engines` (a module's `pytestmark`) run once on an SQLite file and once
    on the server, unless marked `sqlite_only` (what they test is the file's)."""
    marked = metafunc.definition.get_closest_marker
    if "engine" in metafunc.fixturenames and marked("both_engines") and not marked(
            "sqlite_only"):
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def engine(request) -> str:
    """The database engine of this test: "sqlite", or "postgresql" for the 网络版."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_path(tmp_path: Path, engine: str, request):
    """A fresh, migrated database — a file, or on the server a new database whose URL this
    is; closed again after the test."""
    from pmdesk.core.safety.db import close_db
    from pmdesk.core.safety.opening import open_db

    path = request.getfixturevalue("pg_cluster").new_database() \
        if engine == "postgresql" else tmp_path / "office.db"
    open_db(path)
    yield path
    close_db()


@pytest.fixture
def staff(db_path):
    """A manager (created first, as the window insists) and a clerk, as signing in returns
    them; nobody signed in."""
    from pmdesk.core.safety import auth

    auth.create_account(name="王经理", role="manager", password="manager-pw")
    manager = auth.verify("王经理", "manager-pw")  # also an approval on the spot
    session.act_as(manager)
    auth.create_account(name="李小梅", role="clerk", password="clerk-pw1")
    clerk = auth.verify("李小梅", "clerk-pw1")
    session.act_as(None)
    return manager, clerk


HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


@pytest.fixture
def lock_holder():
    """`hold(path, seconds)`: another program holds the database's write lock that long
    (returned once it holds it; killed at the end of the test if still running)."""
    started: list[subprocess.Popen] = []

    def hold(path: Path, seconds: float) -> subprocess.Popen:
        holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), str(seconds)],
                                  stdout=subprocess.PIPE, text=True)
        started.append(holder)
        assert holder.stdout.readline().strip() == "holding"
        return holder

    yield hold
    for holder in started:
        holder.kill()
        holder.wait()


@pytest.fixture
def pmdesk_argv():
    """The command line that starts `pmdesk` with the office's clock where this test has it
    (for a test that runs it its own way)."""
    return [sys.executable, "-c", PINNED_MAIN, clock.now().isoformat()]


@pytest.fixture
def run_cli(tmp_path: Path):
    """Run `python -m pmdesk ARGS` as a subprocess with its own data folders."""
    env = dict(os.environ)
    env.pop("PMDESK_DB", None)
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        env[var] = str(tmp_path / "xdg" / var)

    def run(*args: str, input: str | None = None,
            extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", PINNED_MAIN, clock.now().isoformat(),
                               *args], cwd=tmp_path,
                              env={**env, **(extra_env or {})},
                              capture_output=True, text=True, input=input, timeout=120)

    return run

@pytest.fixture
def pdf_tools():
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext and pdffonts are needed: apt-get install poppler-utils")


class PdfFile:
    def __init__(self, data: bytes, folder: Path) -> None:
        self.path = folder / f"doc-{abs(hash(data))}.pdf"
        self.path.write_bytes(data)

    def text(self, *options: str) -> str:
        return subprocess.run(["pdftotext", *options, str(self.path), "-"], capture_output=True,
                              text=True, check=True).stdout

    def pages(self) -> list[str]:
        """Each page's text, read page by page (pdftotext -f N -l N), lines joined."""
        count = int(next(line.split()[-1] for line in self.info().splitlines()
                         if line.startswith("Pages:")))
        return [self.text("-f", str(n), "-l", str(n)).replace("\n", "")
                for n in range(1, count + 1)]

    def fonts(self) -> list[dict[str, str]]:
        out = subprocess.run(["pdffonts", str(self.path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
        return [{"name": line.split()[0], "emb": line.split()[-5]} for line in out]

    def info(self) -> str:
        return subprocess.run(["pdfinfo", str(self.path)], capture_output=True, text=True,
                              check=True).stdout


@pytest.fixture
def as_pdf(tmp_path, pdf_tools):
    return lambda data: PdfFile(data, tmp_path)
